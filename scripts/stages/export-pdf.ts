// Prints an HTML page to PDF in the shared browser, writing the file atomically.
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PDFOptions } from 'puppeteer';
import type { BrowserPool } from '../lib/browser.js';
import { commitTemp, tempPathFor, writeAtomic } from '../lib/write-atomic.js';

export interface PdfJob {
  /** The page to print; saved beside the PDF so relative asset URLs resolve inside the deck's folder. */
  html: string;
  outFile: string;
  pdf: PDFOptions;
  label: string;
}

/** HTML -> PDF file. The page may load only files in the output folder; nothing from the network. */
export async function exportPdf(pool: BrowserPool, job: PdfJob): Promise<void> {
  const dir = path.dirname(job.outFile);
  const htmlFile = tempPathFor(job.outFile.replace(/\.pdf$/, '.print.html'));
  await writeAtomic(htmlFile, job.html);
  const pdfTemp = tempPathFor(job.outFile);
  try {
    await pool.use(
      {
        allowDir: dir,
        run: async (page) => {
          // JavaScript off: content can never run code while printing.
          await page.setJavaScriptEnabled(false);
          await page.goto(pathToFileURL(htmlFile).href, { waitUntil: 'load' });
          await page.evaluateHandle('document.fonts.ready').catch(() => undefined);
          await page.pdf({ path: pdfTemp, printBackground: true, tagged: true, outline: true, ...job.pdf });
        },
      },
      job.label,
    );
    await commitTemp(pdfTemp, job.outFile);
  } finally {
    await Promise.all([rm(htmlFile, { force: true }), rm(pdfTemp, { force: true })]);
  }
}

