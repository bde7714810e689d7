// One deck, from its source file to every output, in the order of its phases:
//   ingest -> parse -> assets -> plan -> render   (phases.ts: pure, text in and text out)
//   images copied into the deck's folder          (they take room on the slides)
//   measure -> fit                                (fit-deck.ts: re-plans and renders overflowing slides)
//   export -> handout                             (export-deck.ts: made while the check runs, kept if it changed nothing)
//   commit and stamp                              (every output renamed into place at once, then the cache key)
// A deck that fails costs only that deck: its report says why, with file and line.
import { existsSync } from 'node:fs';
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { reportedError, ToolMissingError } from '../errors.js';
import { hashFile } from '../disk/hash.js';
import { removeStaleTemps, StagedWrites } from '../disk/write-atomic.js';
import { exportPdf, printLoaded } from '../export/export-pdf.js';
import type { SourceEntry } from '../ingest/discover-sources.js';
import { loadSource } from '../ingest/load-source.js';
import { keptMeasures, MEASURE_CHUNK, pageMeasures, type PrintOnFit } from '../measure/measure-overflow.js';
import { missingGlyphs } from '../measure/missing-glyphs.js';
import { themeFilesOf } from '../render/marp/marp-engine.js';
import { mayHaveMath, prepareMathSpeech } from '../render/math-alt.js';
import { accessibilityCounts } from '../parse/accessibility-checks.js';
import { slideChoices } from '../plan/section-picks.js';
import { renderPrint } from '../render/render-print.js';
import { templateName } from '../render/template-files.js';
import type { DeckReport, RenderedDeck } from '../types.js';
import { HANDOUT_CSS, type BuildContext } from './build-context.js';
import {
  contentKey,
  deckKey,
  keptSlidePage,
  readStamp,
  slidePageKey,
  templatesKey,
  writeStamp,
  type KeptPage,
} from './cache.js';
import { THUMBNAIL } from './course-index.js';
import { exportDeck, slidesPdfJob, slidesPdfOutputs, type ExportResult, type Timer } from './export-deck.js';
import { fitDeck, overflowWarnings, type FitResult } from './fit-deck.js';
import { keepEarlierOutputs, reportedKept } from './kept-outputs.js';
import { planAndRender, planDeck, readDocument, renderPlan } from './phases.js';

/** The overflow check and the export of a deck. */
interface Checked {
  fit: FitResult;
  result: ExportResult;
  /** The slide page as planned and measured, for the stamp: only when the check measured it and changed nothing. */
  slidePage?: KeptPage;
}

/**
 * The overflow check and the export, overlapped. Most decks fit as planned, so the formats are made while the
 * check runs (slides.pdf from the very page it measured) and kept only if the check changed nothing. A slide page
 * the last build already measured is not checked again. Everything is written to `out`; the caller commits.
 */
async function checkAndExport(
  planned: RenderedDeck,
  deckDir: string,
  ctx: BuildContext,
  time: Timer,
  out: StagedWrites,
  imageHashes: string[],
): Promise<Checked> {
  const md = path.join(deckDir, 'slides.md');
  await out.write(md, planned.marpMarkdown);
  const pdfJob = ctx.config.formats.includes('pdf') ? await slidesPdfJob(planned, deckDir, out) : undefined;
  // The images count too: the page names them by path, and a new picture under an old name looks different. A long
  // deck's job holds only its first print page: its whole page is made for the key, and dropped.
  const pageKey = slidePageKey(pdfJob && !pdfJob.parts ? pdfJob.html : renderPrint(planned), pdfJob?.info, imageHashes);
  // The slides look exactly as last time (the edit was to the speaker notes): their measurements and slides.pdf
  // still hold, and only the formats that show the notes are made again.
  const kept = ctx.config.force ? undefined : keptSlidePage(deckDir, pageKey, pdfJob !== undefined);
  // A deck the check re-planned last time gets the same hints again: they give the same slides as then.
  const final = kept?.hints ? planAndRender(planned.plan.doc, ctx, kept.hints) : planned;
  const measures = kept && keptMeasures(final.plan, kept.measures);
  if (measures) {
    if (final !== planned) await out.write(md, final.marpMarkdown);
    const result = await exportDeck(final, deckDir, ctx, time, out, false);
    // The slides and so their first one are as last time: slides.pdf and the thumbnail stay as they are.
    if (pdfJob) result.outputs.push('slides.pdf', ...(existsSync(path.join(deckDir, THUMBNAIL)) ? [THUMBNAIL] : []));
    const overflowing = measures.filter((m) => m.overflowing);
    const fit = {
      deck: final,
      measures,
      replanned: 0,
      overflowing,
      diagnostics: overflowWarnings(overflowing, final),
      hints: kept.hints ?? {},
    };
    return { fit, result, slidePage: kept };
  }
  const print: PrintOnFit | undefined =
    pdfJob && !pdfJob.parts ? { html: pdfJob.html, run: (page) => printLoaded(page, pdfJob) } : undefined;
  // A deck past one measuring page cannot be printed by the check, and wasting its export would cost too much.
  const early =
    planned.plan.slides.length <= MEASURE_CHUNK ? exportDeck(planned, deckDir, ctx, time, out, false) : undefined;
  early?.catch(() => undefined);
  let fit: FitResult;
  try {
    fit = await time('measure', () => fitDeck(ctx, planned, deckDir, print));
  } catch (error) {
    await early?.catch(() => undefined);
    throw error;
  }
  if (fit.deck === planned) {
    // The check's page was not the whole deck (two slides alike are measured once; a long deck takes several
    // pages): slides.pdf is printed on its own, beside the other formats.
    const printing =
      pdfJob && !print?.done
        ? time('pdf', () => exportPdf(ctx.pool, pdfJob)).then(
            () => undefined,
            (error: unknown) => ({ error }),
          )
        : undefined;
    const result = await (early ?? exportDeck(planned, deckDir, ctx, time, out, false));
    const printed = await printing;
    if (printed) result.error ??= printed.error;
    else if (pdfJob) result.outputs.push(...slidesPdfOutputs(pdfJob));
    // Measured by a browser: a deck built without one has no measurements to keep.
    const measured = fit.measures.length === planned.plan.slides.length;
    return { fit, result, slidePage: measured ? { key: pageKey, measures: pageMeasures(fit.measures) } : undefined };
  }
  // The check re-planned the deck (or failed it): what was made from the first plan is thrown away.
  await early?.catch(() => undefined);
  await out.discard();
  await out.write(md, fit.deck.marpMarkdown);
  const measured = fit.measures.length === fit.deck.plan.slides.length;
  const slidePage = measured ? { key: pageKey, hints: fit.hints, measures: pageMeasures(fit.measures) } : undefined;
  return { fit, result: await exportDeck(fit.deck, deckDir, ctx, time, out, true), slidePage };
}

/**
 * Every file under templates/ the deck was made with: the templates its Markdown and handouts were rendered
 * with, its theme and the themes that one imports, and the handout style sheet when it has a handout.
 */
function templatesUsed(deck: RenderedDeck, result: ExportResult, ctx: BuildContext): string[] {
  // An author's theme is not a template: it is among the deck's dependencies, hashed as its pictures are.
  const authors = new Set(ctx.themes.filter((t) => t.author).map((t) => t.file));
  const themes = themeFilesOf(ctx.themes, deck.plan.meta.theme)
    .filter((f) => !authors.has(f))
    .map((f) => templateName(ctx.config.templatesDir, f));
  const handout = ctx.config.formats.includes('handout') ? [HANDOUT_CSS] : [];
  return [...new Set([...deck.templates, ...result.templates, ...themes, ...handout])].sort();
}

/** A deck whose source needs a program that is not installed: not built, and one warning saying what to install. */
function notBuilt(report: DeckReport, error: ToolMissingError, started: number): DeckReport {
  const warning = {
    file: report.source,
    line: 1,
    severity: 'warning' as const,
    code: 'needs-tool',
    message: error.message,
  };
  return {
    ...report,
    ok: true,
    skipped: true,
    diagnostics: [warning],
    durationMs: Math.round(performance.now() - started),
  };
}

/** Builds one deck that build() found stale (cache.checkFresh); returns its report, never throws for content problems. */
export async function buildDeck(entry: SourceEntry, ctx: BuildContext): Promise<DeckReport> {
  const started = performance.now();
  const report: DeckReport = {
    name: entry.name,
    source: entry.relPath,
    ok: false,
    skipped: false,
    slides: 0,
    outputs: [],
    diagnostics: [],
    timings: {},
  };
  const deckDir = path.join(ctx.config.outDir, entry.name);
  const time = async <T>(step: string, fn: () => T | Promise<T>): Promise<T> => {
    ctx.onProgress(entry.name, step);
    const start = performance.now();
    try {
      return await (ctx.profile ? ctx.profile.time(entry.name, step, fn) : fn());
    } finally {
      report.timings[step] = Math.round(performance.now() - start);
    }
  };
  try {
    const source = await time('load', () => loadSource(entry));
    const assets = await time('parse', () => readDocument(source, ctx));
    const plan = await time('plan', () => planDeck(assets.doc, ctx));
    // Rendering is synchronous: the words its formulas are read with are loaded first (render/math-alt.ts).
    if (mayHaveMath(source.text)) await prepareMathSpeech(plan.meta.lang);
    const planned = { assets, deck: await time('render', () => renderPlan(plan, ctx)) };
    report.title = planned.deck.plan.meta.title;
    if (planned.deck.plan.doc.deck) report.written = planned.deck.plan.doc.deck.dialect;
    report.course = planned.deck.plan.meta.course;
    report.date = planned.deck.plan.meta.date;
    report.lang = planned.deck.plan.meta.lang;
    if (planned.deck.plan.meta.dir === 'rtl') report.dir = 'rtl';
    if (planned.deck.plan.meta.draft) {
      // A draft (Hugo's `draft: true`) is not published: it gets no deck, and the report says why.
      report.diagnostics = [
        {
          file: entry.relPath,
          line: 1,
          severity: 'info',
          code: 'draft',
          message: 'draft: true in the front matter: not built (remove it to build this deck)',
        },
      ];
      return { ...report, ok: true, skipped: true };
    }
    // Hashed before they are copied: an image replaced during the build leaves the deck stale, not wrongly fresh.
    const imageHashes = await Promise.all(assets.dependencies.map(hashFile));
    await mkdir(deckDir, { recursive: true });
    await removeStaleTemps(deckDir);
    if (assets.copies.length || assets.carried.length || assets.placeholders.length)
      await mkdir(path.join(deckDir, 'assets'), { recursive: true });
    await Promise.all([
      ...assets.copies.map((c) => copyFile(c.from, path.join(deckDir, c.to))),
      ...assets.carried.map((c) => writeFile(path.join(deckDir, c.to), c.bytes)),
      ...assets.placeholders.map((p) => writeFile(path.join(deckDir, p.to), p.svg)),
    ]);
    // Measured after the images are in place: they take room on the slide.
    const out = new StagedWrites();
    let checked: Checked;
    try {
      checked = await checkAndExport(planned.deck, deckDir, ctx, time, out, imageHashes);
    } catch (error) {
      await out.discard();
      throw error;
    }
    const { fit, result, slidePage } = checked;
    const { deck } = fit;
    report.slides = deck.plan.slides.length;
    report.diagnostics = [...deck.plan.diagnostics, ...fit.diagnostics, ...result.diagnostics, ...missingGlyphs(deck)];
    report.accessibility = accessibilityCounts(report.diagnostics);
    report.measurements = fit.measures;
    report.replanned = fit.replanned;
    if (result.blanks) report.blanks = result.blanks;
    report.overflow = fit.overflowing.map((m) => ({
      slide: m.slide,
      title: m.title,
      overflowX: m.overflowX,
      overflowY: m.overflowY,
    }));
    report.outputs.push('slides.md', ...result.outputs);
    if (ctx.config.explain) report.explain = slideChoices(deck.plan.slides);
    // What was made is kept even when the deck fails: the Markdown and the HTML without Chrome.
    await out.commit();
    if (result.error) throw result.error;
    // What earlier builds made and this one did not is kept (stale if the deck changed), or removed with --clean.
    const content = contentKey(source.hash, ctx.templateHashes, imageHashes, ctx.config);
    const { kept, removed } = await keepEarlierOutputs(
      deckDir,
      readStamp(deckDir),
      report.outputs,
      content,
      ctx.config.clean,
      ctx.config.audience,
    );
    if (removed.length) report.removed = removed;
    report.kept = reportedKept(kept);
    const templates = templatesUsed(deck, result, ctx);
    const newKey = deckKey(source.hash, templatesKey(ctx.templateHashes, templates), imageHashes, ctx.config);
    report.builtAt = new Date().toISOString();
    const { title, course, lang, dir, date, builtAt, outputs, slides, diagnostics } = report;
    const stamp = {
      key: newKey,
      source: entry.relPath,
      title,
      course,
      lang,
      dir,
      date,
      builtAt,
      outputs,
      slides,
      dependencies: assets.dependencies,
      templates,
      slidePage,
      diagnostics,
      contentKey: content,
      kept: kept.length ? kept : undefined,
      audience: ctx.config.audience,
    };
    await writeStamp(deckDir, stamp, ctx.config.root);
    report.ok = true;
  } catch (error) {
    // A format whose program is not installed (pandoc) costs its own deck, with one warning that says what to install.
    if (error instanceof ToolMissingError) return notBuilt(report, error, started);
    report.error = reportedError(error, entry.relPath);
  }
  // Wall time: the steps above overlap (the HTML is made while the PDF prints), so their sum would overstate it.
  report.durationMs = Math.round(performance.now() - started);
  return report;
}
