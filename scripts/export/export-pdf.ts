// Prints an HTML page to PDF in the shared browser, writing the file atomically. Flowing handouts are first
// laid out into pages in the browser, long documents are printed in parts and joined, and the PDF gets its
// document information afterwards.
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { fontsReady } from '../browser/fonts-ready.js';
import { readyToMeasure } from '../measure/marp-auto-scaling.js';
import type { Page, PDFOptions } from 'puppeteer';
import { timeoutFor, type BrowserPool } from '../browser/browser-pool.js';
import { withPdfInfo, type PdfInfo } from './pdf-info.js';
import { PRINT_PART } from '../render/render-print.js';
import { commitTemp, tempPathFor, writeAtomic } from '../disk/write-atomic.js';

export interface PdfJob {
  /** The page to print; saved beside the PDF so relative asset URLs resolve inside the deck's folder. */
  html: string;
  outFile: string;
  pdf: PDFOptions;
  label: string;
  /** The deck and the phase (slides.pdf, a handout), for a build's profile. */
  deck?: string;
  phase?: string;
  /**
   * Lays the loaded page out before it prints, under print CSS (a handout flows itself into numbered pages). The
   * page as laid out is returned as PdfResult.html, so that printing it again gives the same pages.
   */
  layout?: (page: Page) => Promise<Omit<PdfResult, 'html'>>;
  /** Lay the page out at this size, in CSS pixels: the sheet's width, so nothing reflows when printed. */
  viewport?: { width: number; height: number };
  /** Author, subject and keywords, which Chrome cannot write itself. */
  info?: PdfInfo;
  /** The element whose children are the printed pages, one each: a long document is printed in parts. */
  sheets?: string;
  /** Runs on the loaded page before it prints (a picture of the first slide for the course index). */
  capture?: (page: Page) => Promise<void>;
  /**
   * A long document as several pages, each loaded and printed on its own and the PDFs joined, so that Chromium holds
   * one of them at a time: `html` is part 0, `parts.html(i)` part i, of `parts.count`. Only the first is laid out
   * and captured.
   */
  parts?: { count: number; html: (part: number) => string };
}

/** What printing found: the page count when the page was laid out, and blocks too tall for any page. */
export interface PdfResult {
  pages?: number;
  overflow: string[];
  /** The page as printed, after its layout. */
  html?: string;
}

/** Runs in the page: leaves only pages [from, to) in the container, keeping the others aside for later parts. */
function showPages(selector: string, from: number, to: number): void {
  const box = document.querySelector(selector)!;
  const held = window as unknown as { deckhandPages?: Element[] };
  held.deckhandPages ??= Array.from(box.children);
  box.replaceChildren(...held.deckhandPages.slice(from, to));
}

/** A print in one piece or in parts, and the page's language (set again on the joined document). */
export interface Printed {
  parts: Uint8Array[];
  lang?: string;
}

/**
 * Prints the loaded page: in one go, or PRINT_PART pages at a time, each part tagged (pdf-merge joins the tags). A
 * page that is one of several (`alone` false) is a part too.
 */
export async function printParts(page: Page, job: Pick<PdfJob, 'pdf' | 'sheets'>, alone = true): Promise<Printed> {
  const options: PDFOptions = { printBackground: true, tagged: true, outline: true, timeout: 0, ...job.pdf };
  const count = job.sheets
    ? await page.evaluate((s) => document.querySelector(s)?.childElementCount ?? 0, job.sheets)
    : 0;
  if (count <= PRINT_PART && alone) return { parts: [await page.pdf(options)] };
  const lang = await page.evaluate(() => document.documentElement.lang);
  const parts: Uint8Array[] = [];
  for (let from = 0; from < count; from += PRINT_PART) {
    await page.evaluate(showPages, job.sheets!, from, from + PRINT_PART);
    parts.push(await page.pdf(options));
  }
  return { parts, lang };
}

/**
 * The page as laid out, to be saved beside the PDF. Layout changes the body only, so the head is kept from the HTML
 * as rendered rather than serialized back out of the browser: most of it is the inlined fonts, and the whole page
 * took 35-40 ms to serialize, the body alone 5-10.
 */
async function laidOutHtml(page: Page, html: string): Promise<string> {
  const at = html.search(/<body[\s>]/i);
  if (at < 0) return page.content();
  return `${html.slice(0, at)}${await page.evaluate(() => document.body.outerHTML)}\n</html>\n`;
}

/** Loads a page to print: its fonts ready, at the given viewport. */
export async function loadPage(page: Page, htmlFile: string, viewport?: PdfJob['viewport']): Promise<void> {
  // JavaScript off: content can never run code while printing. Our own layout runs through the DevTools
  // protocol, which still works with page scripts disabled.
  await page.setJavaScriptEnabled(false);
  if (viewport) await page.setViewport(viewport);
  // No per-call limits: the pool's job timer bounds the whole print, scaled to the page's size.
  await page.goto(pathToFileURL(htmlFile).href, { waitUntil: 'load', timeout: 0 });
  await readyToMeasure(page);
}

/** Print CSS on, and the fonts it lays the page out with loaded: what a layout measured under print CSS needs. */
export async function emulatePrint(page: Page): Promise<void> {
  await page.emulateMediaType('print');
  await fontsReady(page);
}

async function print(
  page: Page,
  job: PdfJob,
  htmlFile: string,
  alone: boolean,
): Promise<{ printed: Printed; result: PdfResult }> {
  await loadPage(page, htmlFile, job.viewport);
  let result: PdfResult = { overflow: [] };
  try {
    if (job.layout) {
      // Measured under print CSS, exactly as it will be printed.
      await emulatePrint(page);
      result = { ...(await job.layout(page)), html: await laidOutHtml(page, job.html) };
    }
    await job.capture?.(page);
    return { printed: await printParts(page, job, alone), result };
  } finally {
    if (job.layout) await page.emulateMediaType(undefined);
  }
}

/** HTML -> PDF file. The page may load only files in the output folder; nothing from the network. */
export async function exportPdf(pool: BrowserPool, job: PdfJob): Promise<PdfResult> {
  const count = job.parts?.count ?? 1;
  const { printed, result } = await printPage(pool, job, job.html, count === 1);
  // One page load at a time: each part's page is made only when the one before it has printed.
  const later = { ...job, layout: undefined, capture: undefined };
  for (let i = 1; i < count; i++) {
    printed.parts.push(...(await printPage(pool, later, job.parts!.html(i), false)).printed.parts);
  }
  // Joined after the pages are handed back: it is work for this process, not for the browser.
  await writePdf(job, printed);
  return result;
}

/** Loads one page of a job (saved beside the PDF, so relative asset URLs resolve) and prints it. */
function printPage(
  pool: BrowserPool,
  job: PdfJob,
  html: string,
  alone: boolean,
): Promise<{ printed: Printed; result: PdfResult }> {
  return onPageFile(pool, job, html, (page, htmlFile) => print(page, job, htmlFile, alone), !alone);
}

/**
 * Runs `run` on a pool page given a page file: `html` saved beside the job's PDF (the only folder the page may read,
 * so relative asset URLs resolve) and removed after. `release`: the page is one of many (browser-pool.ts).
 */
export async function onPageFile<T>(
  pool: BrowserPool,
  job: Pick<PdfJob, 'outFile' | 'deck' | 'phase' | 'label'>,
  html: string,
  run: (page: Page, htmlFile: string) => Promise<T>,
  release = false,
): Promise<T> {
  const htmlFile = tempPathFor(job.outFile.replace(/\.pdf$/, '.print.html'));
  await writeAtomic(htmlFile, html);
  try {
    const { deck, phase, label } = job;
    const allowDir = path.dirname(job.outFile);
    const timeoutMs = timeoutFor(html);
    return await pool.use({ allowDir, deck, phase, run: (page) => run(page, htmlFile), timeoutMs, release }, label);
  } finally {
    await rm(htmlFile, { force: true });
  }
}

/** The PDF as printed, or its parts joined: pdf-lib takes a quarter of a second to load, so only long documents load it. */
async function joined(printed: Printed): Promise<Uint8Array> {
  if (printed.parts.length === 1) return printed.parts[0]!;
  const { mergePdfs } = await import('./pdf-merge.js');
  return mergePdfs(printed.parts, printed.lang);
}

/** Joins the printed parts and writes them, with the document information Chrome cannot set, through a temp file. */
export async function writePdf(job: Pick<PdfJob, 'outFile' | 'info'>, printed: Printed): Promise<void> {
  const pdfTemp = tempPathFor(job.outFile);
  try {
    const bytes = Buffer.from(await joined(printed));
    await writeFile(pdfTemp, job.info ? withPdfInfo(bytes, job.info) : bytes);
    await commitTemp(pdfTemp, job.outFile);
  } finally {
    await rm(pdfTemp, { force: true });
  }
}

/** Prints a page that is already loaded (the overflow check's, when it measured the print page) to job.outFile. */
export async function printLoaded(page: Page, job: Omit<PdfJob, 'html'>): Promise<void> {
  await job.capture?.(page);
  await writePdf(job, await printParts(page, job));
}
