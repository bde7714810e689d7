// Prints a rendered handout to PDF in the shared browser: laid out into pages there first, every page numbered.
import path from 'node:path';
import type { Page } from 'puppeteer';
import type { BrowserPool } from '../browser/browser-pool.js';
import type { StagedWrites } from '../disk/write-atomic.js';
import { exportPdf, type PdfJob } from '../export/export-pdf.js';
import type { Diagnostic, HandoutLayout, RenderedDeck } from '../types.js';
import { paginationScript, type PaginateResult } from './paginate.js';
import { printHandoutParts } from './print-handout-parts.js';
import type { RenderedHandout } from './render-handout.js';

const MM_TO_PX = 96 / 25.4;

/**
 * Lays a handout out in the browser before it prints: a long outline continues past the cover, `.flow` (notes and
 * reading) is flowed into pages, and every page is numbered.
 */
export const layoutHandout = async (page: Page): Promise<PaginateResult> =>
  (await page.evaluate(paginationScript())) as PaginateResult;

/** The print job for a handout: sheet-sized pages, flowed in the browser when the layout flows. */
export function handoutJob(doc: RenderedHandout, outFile: string, label: string): PdfJob {
  const g = doc.geometry;
  return {
    html: doc.html,
    outFile,
    // Every page is a sheet-sized box laid out in the HTML, header and footer included: no printer margins.
    pdf: { preferCSSPageSize: true, landscape: g.landscape, margin: { top: '0', right: '0', bottom: '0', left: '0' } },
    label,
    sheets: '.sheets',
    // Fixed layouts too: a long outline continues past the cover, and every page is numbered again.
    layout: layoutHandout,
    viewport: { width: Math.ceil(g.width * MM_TO_PX), height: Math.ceil(g.height * MM_TO_PX) },
    info: doc.info,
  };
}

/**
 * A handout's file name without extension: the first layout asked for is the handout, the others are named by layout.
 * The guided notes are always named (a handout.pdf with blanks would surprise), and a key is named as one.
 */
export function handoutName(layout: HandoutLayout, first: boolean, key = false): string {
  if (layout === 'guided' || layout === 'guided-reading') return `handout-${layout}${key ? '-key' : ''}`;
  return first ? 'handout' : `handout-${layout}`;
}

/**
 * Prints one handout to `<name>.pdf`, and replaces `<name>.html` with the page as laid out. Blocks too tall for a
 * page are reported as warnings on the deck.
 */
export async function printHandout(
  pool: BrowserPool,
  deck: RenderedDeck,
  deckDir: string,
  out: StagedWrites,
  doc: RenderedHandout,
  base: string,
  diagnostics: Diagnostic[],
): Promise<string> {
  const name = `${base}.pdf`;
  const file = deck.plan.source.relPath;
  const target = path.join(deckDir, name);
  const job = {
    ...handoutJob(doc, await out.temp(target), `${file} ${name}`),
    deck: deck.plan.source.name,
    phase: 'handout',
  };
  const result = doc.parts
    ? await printHandoutParts(pool, job, doc.parts, await out.temp(path.join(deckDir, `${base}.html`)))
    : await exportPdf(pool, job);
  // A block cut at a page edge is worth a warning, not a failure.
  for (const text of result.overflow) {
    diagnostics.push({
      file,
      line: 1,
      severity: 'warning',
      code: 'handout-overflow',
      message: `taller than a ${doc.layout} handout page; cut at the page edge`,
      text,
    });
  }
  // The paginated page replaces the flowing HTML written before printing: it shows and prints as the PDF does.
  // (A handout in parts wrote it a part at a time.)
  if ('html' in result && result.html) await out.write(path.join(deckDir, `${base}.html`), result.html);
  return name;
}
