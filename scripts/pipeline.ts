// The build: the one file that knows the order of the stages. Every deck goes
// load -> normalize | front matter -> parse -> plan -> assets -> Marp Markdown -> Marp HTML -> outputs,
// and a deck that fails costs only that deck.
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Config } from './config.js';
import { BrowserMissingError, causeChain, DeckhandError, InputError, OverflowError } from './errors.js';
import { deckKey, hashFile, hashTemplates, writeStamp } from './lib/cache.js';
import type { BrowserPool } from './lib/browser.js';
import { createMarp, loadThemes } from './lib/marp-engine.js';
import type { MarpCliSetup } from './lib/marp-cli.js';
import { loadTemplates } from './lib/templates.js';
import { removeStaleTemps, writeAtomic } from './lib/write-atomic.js';
import type { SourceEntry } from './stages/discover-sources.js';
import { loadSource } from './stages/load-source.js';
import { normalizeText } from './stages/normalize-text.js';
import { parseDocument } from './stages/parse-document.js';
import { measureOverflow, replanHints, type MeasureCache, type PrintOnFit } from './stages/measure-overflow.js';
import { planSlides } from './stages/plan-slides.js';
import { readFrontMatter } from './stages/read-front-matter.js';
import { renderDeck } from './stages/render-deck.js';
import { renderMarp } from './stages/render-marp.js';
import { resolveAssets } from './stages/resolve-assets.js';
import type { DeckReport, Diagnostic, MarkdownDoc, PlanHints, RenderedDeck, SlideMeasure, SourceDoc } from './types.js';
import { exportDeck, slidesPdfJob } from './stages/export-deck.js';
import { printLoaded } from './stages/export-pdf.js';

/** What a build shares across decks: templates, themes, Marp, one browser, marp-cli's config. */
export interface BuildContext {
  config: Readonly<Config>;
  templates: ReturnType<typeof loadTemplates>;
  themes: ReturnType<typeof loadThemes>;
  marp: ReturnType<typeof createMarp>;
  /** Hash of every file under templates/ except site/: a template change rebuilds every deck. */
  templatesHash: string;
  handoutCss: string;
  pool: BrowserPool;
  marpCli: () => Promise<MarpCliSetup>;
  onProgress: (deck: string, step: string) => void;
}

/** Loads templates and themes once per build; errors here name the template file and line. */
export async function loadBuildAssets(config: Readonly<Config>) {
  const templates = loadTemplates(config.templatesDir);
  const themes = loadThemes(config.templatesDir);
  const marp = createMarp(themes);
  const cssFile = path.join(config.templatesDir, 'handout', 'handout.css');
  const handoutCss = await readFile(cssFile, 'utf8').catch(() => '');
  const templatesHash = (await hashTemplates(config.templatesDir)).decks;
  return { templates, themes, marp, handoutCss, templatesHash };
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
  const marpMarkdown = renderDeck(plan, ctx.templates);
  const deck: RenderedDeck = renderMarp(plan, marpMarkdown, ctx.marp);
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

function keyFor(source: SourceDoc, ctx: BuildContext, dependencyHashes: string[]): string {
  return deckKey(source.hash, ctx.templatesHash, dependencyHashes, ctx.config);
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
    await mkdir(deckDir, { recursive: true });
    await removeStaleTemps(deckDir);
    if (assets.copies.length) await mkdir(path.join(deckDir, 'assets'), { recursive: true });
    await Promise.all(assets.copies.map((c) => copyFile(c.from, path.join(deckDir, c.to))));
    // Measured after the images are in place: they take room on the slide. The first check loads the print page
    // itself, so a deck that fits as planned (the usual case) is printed to slides.pdf from that same page.
    const pdfJob = ctx.config.formats.includes('pdf') ? slidesPdfJob(planned.deck, deckDir) : undefined;
    const print: PrintOnFit | undefined = pdfJob && { html: pdfJob.html, run: (page) => printLoaded(page, pdfJob) };
    const fit = await time('measure', () => fitDeck(source, ctx, planned.deck, deckDir, print));
    const { deck } = fit;
    report.slides = deck.plan.slides.length;
    report.diagnostics = [...deck.plan.diagnostics, ...fit.diagnostics];
    report.measurements = fit.measures;
    report.replanned = fit.replanned;
    report.overflow = fit.overflowing.map((m) => ({ slide: m.slide, title: m.title, overflowX: m.overflowX, overflowY: m.overflowY }));
    await writeAtomic(path.join(deckDir, 'slides.md'), deck.marpMarkdown);
    report.outputs.push('slides.md');
    if (fit.overflowing.length) throw overflowError(fit.overflowing);
    const result = await exportDeck(deck, deckDir, ctx, time, !!print?.done);
    report.outputs.push(...result.outputs);
    report.diagnostics.push(...result.diagnostics);
    if (result.error) throw result.error;
    const newKey = keyFor(source, ctx, await Promise.all(assets.dependencies.map(hashFile)));
    await writeStamp(deckDir, { key: newKey, title: report.title, outputs: report.outputs, slides: report.slides, dependencies: assets.dependencies, diagnostics: report.diagnostics });
    report.ok = true;
  } catch (error) {
    const e = error instanceof DeckhandError ? error : undefined;
    report.error = { message: (error as Error).message, file: e?.file ?? entry.relPath, line: e?.line, chain: causeChain(error).slice(1) };
    if (error instanceof BrowserMissingError) report.error.browserMissing = true;
  }
  return report;
}

