// Prints a long deck's handout a part at a time (handout-parts.ts), so that Chromium never holds more than one
// part: each part is loaded and laid out in turn (the page still being filled carried on to the next), then, the
// total known, each part's pages are loaded again, numbered as the whole handout's and printed, and the PDFs joined.
// The laid-out handout.html is written a part at a time as well.
import { open } from 'node:fs/promises';
import type { BrowserPool } from '../browser/browser-pool.js';
import {
  emulatePrint,
  loadPage,
  onPageFile,
  printParts,
  writePdf,
  type PdfJob,
  type Printed,
} from '../export/export-pdf.js';
import { layoutPartScript, numberPartScript, type PartLayout, type PartStart } from './paginate-part.js';

/** One laid-out part waiting to be numbered and printed: its pages as HTML, and how many. */
interface LaidOut {
  html: string;
  count: number;
}

/** What printing the parts found: the page count and the blocks too tall for any page. */
export interface PartsResult {
  pages: number;
  overflow: string[];
}

/** Lays out every part in turn; returns the parts' pages and each outline entry's page (1-based, in the whole). */
async function layoutParts(pool: BrowserPool, job: PdfJob, parts: { count: number; html: (part: number) => string }) {
  const laidOut: LaidOut[] = [];
  const pageOf: Record<string, number> = {};
  const overflow: string[] = [];
  let start: PartStart = { carry: '', section: '', cover: true, last: parts.count === 1, outlineIds: [] };
  let pages = 0;
  for (let part = 0; part < parts.count; part++) {
    const done = await onPageFile(
      pool,
      job,
      parts.html(part),
      async (page, file): Promise<PartLayout> => {
        await loadPage(page, file, job.viewport);
        // Measured under print CSS, exactly as it will be printed.
        await emulatePrint(page);
        try {
          return (await page.evaluate(layoutPartScript(start))) as PartLayout;
        } finally {
          await page.emulateMediaType(undefined);
        }
      },
      true,
    );
    for (const [id, i] of done.found) pageOf[id] ??= pages + i + 1;
    overflow.push(...done.overflow);
    laidOut.push({ html: done.pages.join('\n'), count: done.pages.length });
    pages += done.pages.length;
    const last = part + 2 === parts.count;
    start = { carry: done.carry, section: done.section, cover: false, last, outlineIds: done.outlineIds };
  }
  return { laidOut, pageOf, overflow, pages };
}

/**
 * Lays out, numbers and prints a handout in parts into job.outFile, and writes the handout as laid out into
 * `htmlFile`. `head` is the handout page up to its sheets (styles, fonts and the body's classes).
 */
export async function printHandoutParts(
  pool: BrowserPool,
  job: PdfJob,
  parts: { count: number; html: (part: number) => string },
  htmlFile: string,
): Promise<PartsResult> {
  const head = sheetsHead(parts.html(0));
  const { laidOut, pageOf, overflow, pages } = await layoutParts(pool, job, parts);
  const printed: Printed = { parts: [] };
  const file = await open(htmlFile, 'w');
  try {
    await file.write(`${head}<div class="sheets">\n`);
    let first = 1;
    for (const [i, part] of laidOut.entries()) {
      const page = `${head}<div class="sheets">${part.html}</div>\n</body>\n</html>\n`;
      const numbered = await onPageFile(
        pool,
        job,
        page,
        async (tab, pageFile) => {
          await loadPage(tab, pageFile, job.viewport);
          const html = (await tab.evaluate(numberPartScript(first, pages, pageOf))) as string;
          return { html, print: await printParts(tab, job, false) };
        },
        true,
      );
      await file.write(`${numbered.html}\n`);
      printed.parts.push(...numbered.print.parts);
      printed.lang ??= numbered.print.lang;
      first += part.count;
      // Printed: its pages need not wait for the others.
      laidOut[i] = { html: '', count: part.count };
    }
    await file.write('</div>\n</body>\n</html>\n');
  } finally {
    await file.close();
  }
  await writePdf(job, printed);
  return { pages, overflow };
}

/** The handout page up to its sheets: everything the parts' pages share. */
function sheetsHead(html: string): string {
  const at = html.indexOf('<div class="sheets">');
  if (at < 0) throw new Error('the handout template has no <div class="sheets">');
  return html.slice(0, at);
}
