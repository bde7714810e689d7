// The export stage: writes a rendered deck's requested formats (HTML via marp-cli, PDFs in the shared browser).
import path from 'node:path';
import { BrowserMissingError } from '../errors.js';
import { runMarpCli } from '../lib/marp-cli.js';
import { commitTemp, tempPathFor, writeAtomic } from '../lib/write-atomic.js';
import type { BuildContext } from '../pipeline.js';
import type { RenderedDeck } from '../types.js';
import { exportHtml } from './export-html.js';
import { exportPdf } from './export-pdf.js';
import { renderHandout } from './render-handout.js';
import { renderPrint } from './render-print.js';

export type Timer = <T>(step: string, fn: () => T | Promise<T>) => Promise<T>;

/**
 * Writes the requested formats. HTML needs no browser, so it is written first; when Chrome is missing the
 * PDFs are skipped and the error is returned with the outputs that were made.
 */
export async function exportDeck(deck: RenderedDeck, deckDir: string, ctx: BuildContext, time: Timer): Promise<{ outputs: string[]; error?: unknown }> {
  const { formats } = ctx.config;
  const outputs: string[] = [];
  const file = deck.plan.source.relPath;
  const markdownFile = path.join(deckDir, 'slides.md');
  const handout = { ...ctx.config.handout, ...deck.plan.meta.handout };
  const handouts = handout.layouts.map((layout) => ({ layout, doc: renderHandout(deck, layout, handout.paper, ctx.templates, ctx.handoutCss) }));
  if (formats.includes('html')) {
    await time('html', async () => exportHtml(await ctx.marpCli(), { markdownFile, outFile: path.join(deckDir, 'slides.html'), meta: deck.plan.meta, source: file }));
    outputs.push('slides.html');
  }
  if (formats.includes('handout')) {
    for (const { layout, doc } of handouts) {
      const name = handoutName(layout, handout.layouts[0]!);
      await writeAtomic(path.join(deckDir, `${name}.html`), doc.html);
      outputs.push(`${name}.html`);
    }
  }
  const jobs: Promise<string>[] = [];
  if (formats.includes('pdf')) {
    const job = { html: renderPrint(deck), outFile: path.join(deckDir, 'slides.pdf'), pdf: { width: '1280px', height: '720px' }, label: `${file} slides.pdf` };
    jobs.push(time('pdf', () => exportPdf(ctx.pool, job)).then(() => 'slides.pdf'));
  }
  if (formats.includes('handout')) {
    for (const { layout, doc } of handouts) {
      const name = handoutName(layout, handout.layouts[0]!);
      const pdf = { format: doc.page.format, margin: doc.page.margin, displayHeaderFooter: true, headerTemplate: doc.header, footerTemplate: doc.footer, landscape: doc.landscape };
      const job = { html: doc.html, outFile: path.join(deckDir, `${name}.pdf`), pdf, label: `${file} ${name}.pdf` };
      jobs.push(time(`handout:${layout}`, () => exportPdf(ctx.pool, job)).then(() => `${name}.pdf`));
    }
  }
  if (formats.includes('pptx')) {
    jobs.push(time('pptx', async () => {
      if (!ctx.pool.executable) throw new BrowserMissingError('PPTX needs Chrome/Chromium');
      await exportPptx(ctx, markdownFile, path.join(deckDir, 'slides.pptx'), file);
      return 'slides.pptx';
    }));
  }
  const settled = await Promise.allSettled(jobs);
  for (const r of settled) if (r.status === 'fulfilled') outputs.push(r.value);
  const failed = settled.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  return { outputs, error: failed?.reason };
}

/** The first layout is the default handout.pdf; every layout also gets handout-<layout>.pdf when several are asked. */
function handoutName(layout: string, first: string): string {
  return layout === first ? 'handout' : `handout-${layout}`;
}

/** PPTX goes through marp-cli, which starts its own browser: only when asked for. */
async function exportPptx(ctx: BuildContext, markdownFile: string, outFile: string, file: string): Promise<void> {
  const temp = tempPathFor(outFile);
  await runMarpCli(await ctx.marpCli(), [markdownFile, '--pptx', '--browser-path', ctx.pool.executable!, '-o', temp], file);
  await commitTemp(temp, outFile);
}
