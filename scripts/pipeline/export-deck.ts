// Writes a rendered deck's requested formats: the HTML deck through marp-cli, slides.pdf and the handouts in the
// shared browser, the PowerPoint. Everything goes into the deck's staged writes; the caller commits them.
import path from 'node:path';
import type { Page } from 'puppeteer';
import { deckGuided, deckHandout } from '../config.js';
import type { StagedWrites } from '../disk/write-atomic.js';
import { exportHtml } from '../export/export-html.js';
import { exportPdf, type PdfJob } from '../export/export-pdf.js';
import { exportPptxImages } from '../export/export-pptx.js';
import { exportPptxEditable } from '../export/pptx/export-pptx-editable.js';
import { handoutName, printHandout } from '../handout/print-handout.js';
import { chooseBlanks } from '../handout/guided/choose-blanks.js';
import { type GuidedRender, type RenderedHandout, renderHandout } from '../handout/render-handout.js';
import { printPages, renderPrint } from '../render/render-print.js';
import type { BlankReport, Diagnostic, HandoutLayout, RenderedDeck } from '../types.js';
import type { BuildContext } from './build-context.js';
import { THUMBNAIL } from './course-index.js';

export type Timer = <T>(step: string, fn: () => T | Promise<T>) => Promise<T>;

/** What export made: the files written, warnings for the deck's report, and the first failure if any. */
export interface ExportResult {
  outputs: string[];
  diagnostics: Diagnostic[];
  /** The handout templates the outputs were made with (none when no handout was asked for). */
  templates: string[];
  /** The guided notes' blanks, when a guided layout was asked for. */
  blanks?: BlankReport[];
  error?: unknown;
}

const GUIDED: readonly HandoutLayout[] = ['guided', 'guided-reading'];

/**
 * Every handout of the deck's layouts, each with its file name: a guided layout gives the student's copy and, for
 * the teacher, its answer key (the same pages, answers in the blanks).
 */
function renderHandouts(
  deck: RenderedDeck,
  ctx: BuildContext,
): { docs: [RenderedHandout, string][]; blanks?: BlankReport[] } {
  const handout = deckHandout(ctx.config, deck.plan.meta.handout);
  const { layouts } = handout;
  const options = deckGuided(ctx.config, deck.plan.meta.guided);
  const blanks = layouts.some((l) => GUIDED.includes(l)) ? chooseBlanks(deck.plan, options) : undefined;
  const keys = ctx.config.audience === 'teacher' ? [false, true] : [false];
  const docs = layouts.flatMap((layout, i) => {
    const copies: (GuidedRender | undefined)[] =
      blanks && GUIDED.includes(layout) ? keys.map((key) => ({ key, options, blanks })) : [undefined];
    return copies.map((guided): [RenderedHandout, string] => [
      renderHandout(
        deck,
        layout,
        handout.paper,
        ctx.templates,
        ctx.handoutCss,
        undefined,
        ctx.config.course.title,
        guided,
      ),
      handoutName(layout, i === 0, guided?.key),
    ]);
  });
  return { docs, blanks: blanks?.report };
}

/**
 * Writes the requested formats into `out` (committed by the caller). HTML needs no browser; when Chrome is
 * missing the PDFs are skipped and the error is returned with the outputs that were made. slides.pdf is left
 * out when `slidesPdf` is false: the overflow check prints it from the page it measured.
 */
export async function exportDeck(
  deck: RenderedDeck,
  deckDir: string,
  ctx: BuildContext,
  time: Timer,
  out: StagedWrites,
  slidesPdf = true,
): Promise<ExportResult> {
  const { formats } = ctx.config;
  const outputs: string[] = [];
  const diagnostics: Diagnostic[] = [];
  const file = deck.plan.source.relPath;
  const markdownFile = out.current(path.join(deckDir, 'slides.md'));
  const rendered = await time('handout-html', () => renderHandouts(deck, ctx));
  let handouts = rendered.docs;
  if (formats.includes('handout')) {
    for (const [doc, base] of handouts) {
      await out.write(path.join(deckDir, `${base}.html`), doc.html);
      outputs.push(`${base}.html`);
    }
  }
  // A handout in parts is printed from its parts: the whole page, written above, need not be held while it prints.
  handouts = handouts.map(([doc, base]) => [doc.parts ? { ...doc, html: '' } : doc, base]);
  const jobs: Promise<string | string[]>[] = [];
  // marp-cli works in this process while Chromium prints in its own: the HTML deck runs alongside the PDFs.
  if (formats.includes('html')) {
    const job = async () =>
      exportHtml(await ctx.marpCli(), {
        markdownFile,
        outFile: await out.temp(path.join(deckDir, 'slides.html')),
        meta: deck.plan.meta,
        source: file,
      });
    jobs.push(time('html', job).then(() => 'slides.html'));
  }
  if (formats.includes('pdf') && slidesPdf) {
    const job = async () => {
      const pdf = await slidesPdfJob(deck, deckDir, out);
      await exportPdf(ctx.pool, pdf);
      return slidesPdfOutputs(pdf);
    };
    jobs.push(time('pdf', job));
  }
  if (formats.includes('handout')) {
    jobs.push(
      ...handouts.map(([doc, base]) =>
        time(`handout:${doc.layout}${doc.key ? '-key' : ''}`, () =>
          printHandout(ctx.pool, deck, deckDir, out, doc, base, diagnostics),
        ),
      ),
    );
  }
  if (formats.includes('pptx')) {
    jobs.push(
      time('pptx', async () => {
        await exportPptxEditable(ctx.pool, {
          deck,
          deckDir,
          outFile: await out.temp(path.join(deckDir, 'slides.pptx')),
          diagnostics,
        });
        return 'slides.pptx';
      }),
    );
  }
  if (formats.includes('pptx-images')) {
    jobs.push(
      time('pptx-images', async () => {
        const job = {
          markdownFile,
          outFile: await out.temp(path.join(deckDir, 'slides-images.pptx')),
          executable: ctx.pool.executable,
          source: file,
        };
        await exportPptxImages(await ctx.marpCli(), job);
        return 'slides-images.pptx';
      }),
    );
  }
  const settled = await Promise.allSettled(jobs);
  for (const r of settled) if (r.status === 'fulfilled') outputs.push(...[r.value].flat());
  const failed = settled.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  const templates = formats.includes('handout') ? handouts.flatMap(([h]) => h.templates) : [];
  const blanks = formats.includes('handout') ? rendered.blanks : undefined;
  return { outputs, diagnostics, templates, ...(blanks ? { blanks } : {}), error: failed?.reason };
}

/**
 * 480 x 270 px for a 16:9 deck (360 x 270 at 4:3): sharp at the index's card width (about 300 CSS px) on a 1.5x
 * screen; 6-24 kB for the seeds. Taking it costs about 55 ms in Chromium, as much as printing a 15-slide slides.pdf
 * from the same page.
 */
const THUMBNAIL_SCALE = 0.375;

/** The slides.pdf job, and the thumbnail it takes on the way (once the page it prints from is loaded). */
export interface SlidesPdfJob extends PdfJob {
  /** The temp file the picture goes to, and how long taking it took (absent until it is taken). */
  thumbnail: { file: string; ms?: number };
}

/** slides.pdf: the print page, one slide-sized page per slide, with the deck's document information. */
export async function slidesPdfJob(deck: RenderedDeck, deckDir: string, out: StagedWrites): Promise<SlidesPdfJob> {
  const { meta } = deck.plan;
  const info = { title: meta.title, author: meta.author, subject: meta.subtitle, creator: 'deckhand' };
  const outFile = await out.temp(path.join(deckDir, 'slides.pdf'));
  const thumbnail = { file: await out.temp(path.join(deckDir, THUMBNAIL)), ms: undefined as number | undefined };
  // The first slide sits at the page's top left, at its own size: a picture of it costs no second page load.
  const capture = async (page: Page) => {
    const start = performance.now();
    await page.screenshot({
      path: thumbnail.file,
      type: 'png',
      clip: { x: 0, y: 0, ...deck.size, scale: THUMBNAIL_SCALE },
    });
    thumbnail.ms = Math.round(performance.now() - start);
  };
  const pdf = { width: `${deck.size.width}px`, height: `${deck.size.height}px` };
  const count = printPages(deck);
  return {
    html: renderPrint(deck, count > 1 ? 0 : undefined),
    ...(count > 1 ? { parts: { count, html: (part: number) => renderPrint(deck, part) } } : {}),
    outFile,
    pdf,
    sheets: 'div.marpit',
    label: `${deck.plan.source.relPath} slides.pdf`,
    info,
    capture,
    thumbnail,
    deck: deck.plan.source.name,
    phase: 'pdf',
  };
}

/** What a printed slides.pdf job made: the PDF, and the thumbnail when it was taken. */
export function slidesPdfOutputs(job: SlidesPdfJob): string[] {
  return ['slides.pdf', ...(job.thumbnail.ms === undefined ? [] : [THUMBNAIL])];
}
