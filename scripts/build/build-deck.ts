// The build: the one file that knows the order of the stages. Every deck goes
// load -> normalize | front matter -> parse -> plan -> assets -> Marp Markdown -> Marp HTML -> outputs,
// and a deck that fails costs only that deck.
import { copyFile, mkdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Config } from '../config.js';
import { BrowserMissingError, causeChain, DeckhandError, InputError, OverflowError } from '../errors.js';
import { deckKey, hashFile, keptSlidePage, readStamp, slidePageKey, templateName, templatesKey, writeStamp, type TemplateHashes } from './cache.js';
import type { BrowserPool } from '../browser/browser-pool.js';
import { createMarp, loadThemes, themeFilesOf } from '../render/marp/marp-engine.js';
import type { MarpCliSetup } from '../render/marp/marp-cli.js';
import { loadTemplates } from '../render/templates.js';
import { removeStaleTemps, StagedWrites } from '../disk/write-atomic.js';
import type { SourceEntry } from '../ingest/discover-sources.js';
import { loadSource } from '../ingest/load-source.js';
import { normalizeText } from '../ingest/raw-text/normalize-text.js';
import { parseDocument } from '../parse/parse-document.js';
import { keptMeasures, MEASURE_CHUNK, measureOverflow, pageMeasures, replanHints, type MeasureCache, type PrintOnFit } from '../measure/measure-overflow.js';
import { planSlides } from '../plan/plan-slides.js';
import { readFrontMatter } from '../ingest/read-front-matter.js';
import { renderDeck } from '../render/render-deck.js';
import { renderMarp } from '../render/render-marp.js';
import { renderPrint } from '../render/render-print.js';
import { resolveAssets } from '../assets/resolve-assets.js';
import type { DeckReport, Diagnostic, MarkdownDoc, PageMeasure, PlanHints, RenderedDeck, SlideMeasure, SourceDoc } from '../types.js';
import { exportDeck, slidesPdfJob, type ExportResult, type Timer } from './export-deck.js';
import { exportPdf, printLoaded } from '../export/export-pdf.js';

/** What a build shares across decks: templates, themes, Marp, one browser, marp-cli's config. */
export interface BuildContext {
  config: Readonly<Config>;
  templates: ReturnType<typeof loadTemplates>;
  themes: ReturnType<typeof loadThemes>;
  marp: ReturnType<typeof createMarp>;
  /** The templates folder's hashes, taken before anything loaded: a deck's key covers the files it used. */
  templateHashes: TemplateHashes;
  handoutCss: string;
  pool: BrowserPool;
  marpCli: () => Promise<MarpCliSetup>;
  onProgress: (deck: string, step: string) => void;
}

/** The handout's style sheet, relative to the templates folder: every handout is made with it. */
const HANDOUT_CSS = 'handout/handout.css';

/** Loads templates and themes once per build; errors here name the template file and line. */
export async function loadBuildAssets(config: Readonly<Config>) {
  const templates = loadTemplates(config.templatesDir);
  const themes = loadThemes(config.templatesDir);
  const marp = createMarp(themes);
  const cssFile = path.join(config.templatesDir, HANDOUT_CSS);
  const handoutCss = await readFile(cssFile, 'utf8').catch(() => '');
  return { templates, themes, marp, handoutCss };
}

/** Source -> Markdown document: raw text is normalized, Markdown has its front matter read. */
export function toMarkdown(source: SourceDoc, config: Readonly<Config>): MarkdownDoc {
  return source.kind === 'text' ? normalizeText(source, config.noise) : readFrontMatter(source);
}

/** Runs the pure stages: source -> rendered deck (no disk, no browser). Hints come from the overflow check. */
export function renderSource(source: SourceDoc, ctx: Pick<BuildContext, 'config' | 'templates' | 'marp' | 'themes'>, hints: PlanHints = {}) {
  const markdown = toMarkdown(source, ctx.config);
  const known = ctx.themes.map((t) => t.name);
  if (!known.includes(markdown.meta.theme)) {
    throw new InputError(`unknown theme "${markdown.meta.theme}"; available: ${known.join(', ')}`, { file: source.relPath, line: 1 });
  }
  const assets = resolveAssets(parseDocument(markdown), ctx.config.root, ctx.config.allowRemoteImages);
  const budgets = { ...ctx.config.budgets, ...markdown.meta.budgets };
  const plan = planSlides(assets.doc, budgets, hints);
  if (plan.slides.length > ctx.config.maxSlides) {
    // Checked before Marp renders anything: the cost of a pasted book stays that of planning it.
    const at = plan.slides[ctx.config.maxSlides]!.pos;
    throw new InputError(
      `this document makes ${plan.slides.length} slides, more than the limit of ${ctx.config.maxSlides}: split it into several documents (for example one per chapter), or raise "maxSlides" in deckhand.config.json`,
      { file: source.relPath, line: at.line },
    );
  }
  const used = new Set<string>();
  const marpMarkdown = renderDeck(plan, ctx.templates, used);
  const deck: RenderedDeck = renderMarp(plan, marpMarkdown, ctx.marp, [...used]);
  return { deck, assets };
}

/** Re-plan rounds after the first measurement: split, then one step smaller type, then a last try. */
const MAX_REPLANS = 3;

/** A deck after the overflow check: the re-planned deck, its measurements and what was found. */
export interface FitResult {
  deck: RenderedDeck;
  /** The last round's measurements (empty when no browser could measure). */
  measures: SlideMeasure[];
  /** Slides that overflowed on the first check. */
  replanned: number;
  /** Slides that still overflow: the deck fails. */
  overflowing: SlideMeasure[];
  diagnostics: Diagnostic[];
}

/**
 * Measures the deck in the build's browser and re-plans overflowing slides (split, or one step smaller type) until
 * they fit; one page load per round. Without a browser the deck is built unmeasured, with a warning.
 */
export async function fitDeck(
  source: SourceDoc,
  ctx: Pick<BuildContext, 'config' | 'templates' | 'marp' | 'themes' | 'pool'>,
  first: RenderedDeck,
  workDir: string,
  print?: PrintOnFit,
): Promise<FitResult> {
  let deck = first;
  let hints: PlanHints = {};
  let measures: SlideMeasure[];
  const cache: MeasureCache = new Map();
  try {
    measures = await measureOverflow(ctx.pool, deck, workDir, cache, print);
  } catch (error) {
    if (!(error instanceof BrowserMissingError)) throw error;
    const warning: Diagnostic = { file: source.relPath, line: 1, severity: 'warning', code: 'overflow', message: `slides not checked for overflow: ${error.message}` };
    return { deck, measures: [], replanned: 0, overflowing: [], diagnostics: [warning] };
  }
  const firstOver = measures.filter((m) => m.overflowing);
  const diagnostics: Diagnostic[] = firstOver.map((m) => ({ ...m.pos, severity: 'info', code: 'replan', message: `slide ${m.slide} "${m.title}" overflowed (${m.overflowY}px down, ${m.overflowX}px across); re-planned` }));
  for (let round = 0; round < MAX_REPLANS && measures.some((m) => m.overflowing); round++) {
    const next = replanHints(deck.plan, measures.filter((m) => m.overflowing).map((m) => m.slide - 1), hints);
    if (!next) break;
    hints = next;
    deck = renderSource(source, ctx, hints).deck;
    measures = await measureOverflow(ctx.pool, deck, workDir, cache);
  }
  const overflowing = measures.filter((m) => m.overflowing);
  for (const m of overflowing) {
    diagnostics.push({ ...m.pos, severity: 'error', code: 'overflow', message: `slide ${m.slide} "${m.title}" still overflows after re-planning (${m.overflowY}px down, ${m.overflowX}px across)` });
  }
  return { deck, measures, replanned: firstOver.length, overflowing, diagnostics };
}

/** The error a deck fails with when slides still overflow; it points at the first one's source line. */
export function overflowError(overflowing: SlideMeasure[]): OverflowError {
  const first = overflowing[0]!;
  const which = overflowing.map((m) => m.slide).join(', ');
  return new OverflowError(`${overflowing.length} slide(s) overflow even after re-planning (slide ${which}): shorten the text or add <!-- deckhand: split -->`, { file: first.pos.file, line: first.pos.line });
}

/** The overflow check and the export of a deck: the export is missing when slides still overflow. */
interface Checked {
  fit: FitResult;
  result?: ExportResult;
  /** The slide page as planned and measured, for the stamp: only when the check measured it and changed nothing. */
  slidePage?: { key: string; measures: PageMeasure[] };
}

/**
 * The overflow check and the export, overlapped. Most decks fit as planned, so the formats are made while the
 * check runs (slides.pdf from the very page it measured) and kept only if the check changed nothing. A slide page
 * the last build already measured is not checked again. Everything is written to `out`; the caller commits.
 */
async function checkAndExport(
  source: SourceDoc,
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
  // The images count too: the page names them by path, and a new picture under an old name looks different.
  const pageKey = slidePageKey(pdfJob?.html ?? renderPrint(planned), pdfJob?.info, imageHashes);
  // The slides look exactly as last time (the edit was to the speaker notes): their measurements and slides.pdf
  // still hold, and only the formats that show the notes are made again.
  const kept = ctx.config.force ? undefined : keptSlidePage(deckDir, pageKey, pdfJob !== undefined);
  const measures = kept && keptMeasures(planned.plan, kept);
  if (measures) {
    const result = await exportDeck(planned, deckDir, ctx, time, out, false);
    if (pdfJob) result.outputs.push('slides.pdf');
    return { fit: { deck: planned, measures, replanned: 0, overflowing: [], diagnostics: [] }, result, slidePage: { key: pageKey, measures: kept! } };
  }
  const print: PrintOnFit | undefined = pdfJob && { html: pdfJob.html, run: (page) => printLoaded(page, pdfJob) };
  // A deck past one measuring page cannot be printed by the check, and wasting its export would cost too much.
  const early = planned.plan.slides.length <= MEASURE_CHUNK ? exportDeck(planned, deckDir, ctx, time, out, false) : undefined;
  early?.catch(() => undefined);
  let fit: FitResult;
  try {
    fit = await time('measure', () => fitDeck(source, ctx, planned, deckDir, print));
  } catch (error) {
    await early?.catch(() => undefined);
    throw error;
  }
  if (fit.deck === planned && !fit.overflowing.length) {
    // The check's page was not the whole deck (two slides alike are measured once; a long deck takes several
    // pages): slides.pdf is printed on its own, beside the other formats.
    const printing = pdfJob && !print?.done ? time('pdf', () => exportPdf(ctx.pool, pdfJob)).then(() => undefined, (error: unknown) => ({ error })) : undefined;
    const result = await (early ?? exportDeck(planned, deckDir, ctx, time, out, false));
    const printed = await printing;
    if (printed) result.error ??= printed.error;
    else if (pdfJob) result.outputs.push('slides.pdf');
    // Measured by a browser: a deck built without one has no measurements to keep.
    const measured = fit.measures.length === planned.plan.slides.length;
    return { fit, result, slidePage: measured ? { key: pageKey, measures: pageMeasures(fit.measures) } : undefined };
  }
  // The check re-planned the deck (or failed it): what was made from the first plan is thrown away.
  await early?.catch(() => undefined);
  await out.discard();
  await out.write(md, fit.deck.marpMarkdown);
  if (fit.overflowing.length) return { fit };
  return { fit, result: await exportDeck(fit.deck, deckDir, ctx, time, out, true) };
}

/**
 * Every file under templates/ the deck was made with: the templates its Markdown and handouts were rendered
 * with, its theme and the themes that one imports, and the handout style sheet when it has a handout.
 */
function templatesUsed(deck: RenderedDeck, result: ExportResult | undefined, ctx: BuildContext): string[] {
  const themes = themeFilesOf(ctx.themes, deck.plan.meta.theme).map((f) => templateName(ctx.config.templatesDir, f));
  const handout = ctx.config.formats.includes('handout') ? [HANDOUT_CSS] : [];
  return [...new Set([...deck.templates, ...(result?.templates ?? []), ...themes, ...handout])].sort();
}

/**
 * Removes the outputs the deck's previous build made and this one did not (a handout layout or a format no longer
 * asked for): a stale slides.pdf beside new slides would be mistaken for the current deck. Only names from our own
 * stamp, and only after a successful build; a failed one keeps the last good set.
 */
async function removeDropped(deckDir: string, outputs: string[]): Promise<void> {
  const before = readStamp(deckDir)?.outputs ?? [];
  const dropped = before.filter((name) => !outputs.includes(name) && name === path.basename(name) && !name.startsWith('.'));
  await Promise.all(dropped.map((name) => rm(path.join(deckDir, name), { force: true })));
}

/** Builds one deck that build() found stale (cache.checkFresh); returns its report, never throws for content problems. */
export async function buildDeck(entry: SourceEntry, ctx: BuildContext): Promise<DeckReport> {
  const report: DeckReport = { name: entry.name, source: entry.relPath, ok: false, skipped: false, slides: 0, outputs: [], diagnostics: [], timings: {} };
  const deckDir = path.join(ctx.config.outDir, entry.name);
  const time = async <T>(step: string, fn: () => T | Promise<T>): Promise<T> => {
    ctx.onProgress(entry.name, step);
    const start = performance.now();
    try {
      return await fn();
    } finally {
      report.timings[step] = Math.round(performance.now() - start);
    }
  };
  try {
    const source = await time('load', () => loadSource(entry));
    const planned = await time('plan', () => renderSource(source, ctx));
    const { assets } = planned;
    report.title = planned.deck.plan.meta.title;
    // Hashed before they are copied: an image replaced during the build leaves the deck stale, not wrongly fresh.
    const imageHashes = await Promise.all(assets.dependencies.map(hashFile));
    await mkdir(deckDir, { recursive: true });
    await removeStaleTemps(deckDir);
    if (assets.copies.length) await mkdir(path.join(deckDir, 'assets'), { recursive: true });
    await Promise.all(assets.copies.map((c) => copyFile(c.from, path.join(deckDir, c.to))));
    // Measured after the images are in place: they take room on the slide.
    const out = new StagedWrites();
    let checked: Checked;
    try {
      checked = await checkAndExport(source, planned.deck, deckDir, ctx, time, out, imageHashes);
    } catch (error) {
      await out.discard();
      throw error;
    }
    const { fit, result, slidePage } = checked;
    const { deck } = fit;
    report.slides = deck.plan.slides.length;
    report.diagnostics = [...deck.plan.diagnostics, ...fit.diagnostics, ...(result?.diagnostics ?? [])];
    report.measurements = fit.measures;
    report.replanned = fit.replanned;
    report.overflow = fit.overflowing.map((m) => ({ slide: m.slide, title: m.title, overflowX: m.overflowX, overflowY: m.overflowY }));
    report.outputs.push('slides.md', ...(result?.outputs ?? []));
    // What was made is kept even when the deck fails: the Markdown of an overflowing deck, the HTML without Chrome.
    await out.commit();
    if (!result) throw overflowError(fit.overflowing);
    if (result.error) throw result.error;
    await removeDropped(deckDir, report.outputs);
    const templates = templatesUsed(deck, result, ctx);
    const newKey = deckKey(source.hash, templatesKey(ctx.templateHashes, templates), imageHashes, ctx.config);
    await writeStamp(deckDir, { key: newKey, title: report.title, outputs: report.outputs, slides: report.slides, dependencies: assets.dependencies, templates, slidePage, diagnostics: report.diagnostics });
    report.ok = true;
  } catch (error) {
    const e = error instanceof DeckhandError ? error : undefined;
    report.error = { message: (error as Error).message, file: e?.file ?? entry.relPath, line: e?.line, chain: causeChain(error).slice(1) };
    if (error instanceof BrowserMissingError) report.error.browserMissing = true;
  }
  return report;
}

