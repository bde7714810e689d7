// The export stage: writes a rendered deck's requested formats (HTML via marp-cli, PDFs in the shared browser).
import path from 'node:path';
import { BrowserMissingError } from '../errors.js';
import { runMarpCli } from '../render/marp/marp-cli.js';
import type { StagedWrites } from '../disk/write-atomic.js';
import type { BuildContext } from './build-deck.js';
import type { Diagnostic, RenderedDeck } from '../types.js';
import { exportHtml } from '../export/export-html.js';
import { exportPdf, type PdfJob } from '../export/export-pdf.js';
import { renderHandout, type RenderedHandout } from '../handout/render-handout.js';
import { renderPrint } from '../render/render-print.js';

export type Timer = <T>(step: string, fn: () => T | Promise<T>) => Promise<T>;

/** What export made: the files written, warnings for the deck's report, and the first failure if any. */
export interface ExportResult {
  outputs: string[];
  diagnostics: Diagnostic[];
  /** The handout templates the outputs were made with (none when no handout was asked for). */
  templates: string[];
  error?: unknown;
}

/**
 * Writes the requested formats into `out` (committed by the caller). HTML needs no browser; when Chrome is
 * missing the PDFs are skipped and the error is returned with the outputs that were made. slides.pdf is left
 * out when `slidesPdf` is false: the overflow check prints it from the page it measured.
 */
export async function exportDeck(deck: RenderedDeck, deckDir: string, ctx: BuildContext, time: Timer, out: StagedWrites, slidesPdf = true): Promise<ExportResult> {
  const { formats } = ctx.config;
  const outputs: string[] = [];
  const diagnostics: Diagnostic[] = [];
  const file = deck.plan.source.relPath;
  const markdownFile = out.current(path.join(deckDir, 'slides.md'));
  const handout = { ...ctx.config.handout, ...deck.plan.meta.handout };
  const layouts = handout.layouts.length ? handout.layouts : ctx.config.handout.layouts;
  const handouts = layouts.map((layout) => renderHandout(deck, layout, handout.paper, ctx.templates, ctx.handoutCss));
  if (formats.includes('handout')) {
    for (const doc of handouts) {
      await out.write(path.join(deckDir, `handout-${doc.layout}.html`), doc.html);
      outputs.push(`handout-${doc.layout}.html`);
    }
    await out.write(path.join(deckDir, 'handout.html'), handouts[0]!.html);
    outputs.push('handout.html');
  }
  const jobs: Promise<string | string[]>[] = [];
  // marp-cli works in this process while Chromium prints in its own: the HTML deck runs alongside the PDFs.
  if (formats.includes('html')) {
    const job = async () => exportHtml(await ctx.marpCli(), { markdownFile, outFile: await out.temp(path.join(deckDir, 'slides.html')), meta: deck.plan.meta, source: file });
    jobs.push(time('html', job).then(() => 'slides.html'));
  }
  if (formats.includes('pdf') && slidesPdf) {
    const job = async () => exportPdf(ctx.pool, await slidesPdfJob(deck, deckDir, out));
    jobs.push(time('pdf', job).then(() => 'slides.pdf'));
  }
  if (formats.includes('handout')) {
    jobs.push(...handouts.map((doc, i) => time(`handout:${doc.layout}`, () => exportHandout(ctx, deck, deckDir, out, doc, i === 0, diagnostics))));
  }
  if (formats.includes('pptx')) {
    jobs.push(time('pptx', async () => {
      if (!ctx.pool.executable) throw new BrowserMissingError('PPTX needs Chrome/Chromium');
      await runMarpCli(await ctx.marpCli(), [markdownFile, '--pptx', '--browser-path', ctx.pool.executable, '-o', await out.temp(path.join(deckDir, 'slides.pptx'))], file);
      return 'slides.pptx';
    }));
  }
  const settled = await Promise.allSettled(jobs);
  for (const r of settled) if (r.status === 'fulfilled') outputs.push(...[r.value].flat());
  const failed = settled.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  const templates = formats.includes('handout') ? handouts.flatMap((h) => h.templates) : [];
  return { outputs, diagnostics, templates, error: failed?.reason };
}

/** slides.pdf: the print page, one 1280x720 page per slide, with the deck's document information. */
export async function slidesPdfJob(deck: RenderedDeck, deckDir: string, out: StagedWrites): Promise<PdfJob> {
  const { meta } = deck.plan;
  const info = { title: meta.title, author: meta.author, subject: meta.subtitle, creator: 'deckhand' };
  const outFile = await out.temp(path.join(deckDir, 'slides.pdf'));
  return { html: renderPrint(deck), outFile, pdf: { width: '1280px', height: '720px' }, sheets: 'div.marpit', label: `${deck.plan.source.relPath} slides.pdf`, info };
}

const MM_TO_PX = 96 / 25.4;

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
    paginate: true,
    viewport: { width: Math.ceil(g.width * MM_TO_PX), height: Math.ceil(g.height * MM_TO_PX) },
    info: doc.info,
  };
}

/**
 * Prints one handout to handout-<layout>.pdf. The first layout is also the default handout.pdf: a copy, not a
 * second print. Blocks too tall for a page are reported as warnings on the deck.
 */
async function exportHandout(
  ctx: BuildContext,
  deck: RenderedDeck,
  deckDir: string,
  out: StagedWrites,
  doc: RenderedHandout,
  isDefault: boolean,
  diagnostics: Diagnostic[],
): Promise<string[]> {
  const name = `handout-${doc.layout}.pdf`;
  const file = deck.plan.source.relPath;
  const target = path.join(deckDir, name);
  const job = handoutJob(doc, await out.temp(target), `${file} ${name}`);
  const result = await exportPdf(ctx.pool, job);
  // A block cut at a page edge is worth a warning, not a failure.
  for (const text of result.overflow) {
    diagnostics.push({ file, line: 1, severity: 'warning', code: 'handout-overflow', message: `taller than a ${doc.layout} handout page; cut at the page edge`, text });
  }
  // The paginated page replaces the flowing HTML written before printing: it shows and prints as the PDF does.
  const htmlFiles = [`handout-${doc.layout}.html`, ...(isDefault ? ['handout.html'] : [])];
  if (result.html) await Promise.all(htmlFiles.map((f) => out.write(path.join(deckDir, f), result.html!)));
  if (!isDefault) return [name];
  await out.copy(target, path.join(deckDir, 'handout.pdf'));
  return ['handout.pdf', name];
}
