// The build: the one file that knows the order of the stages. Every deck goes
// load -> normalize | front matter -> parse -> plan -> assets -> Marp Markdown -> Marp HTML -> outputs,
// and a deck that fails costs only that deck.
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Config } from './config.js';
import { BrowserMissingError, causeChain, DeckhandError, InputError } from './errors.js';
import { cacheKey, hashFile, isFresh, readStamp, writeStamp } from './lib/cache.js';
import type { BrowserPool } from './lib/browser.js';
import { createMarp, loadThemes } from './lib/marp-engine.js';
import type { MarpCliSetup } from './lib/marp-cli.js';
import { loadTemplates } from './lib/templates.js';
import { writeAtomic } from './lib/write-atomic.js';
import type { SourceEntry } from './stages/discover-sources.js';
import { loadSource } from './stages/load-source.js';
import { normalizeText } from './stages/normalize-text.js';
import { parseDocument } from './stages/parse-document.js';
import { planSlides } from './stages/plan-slides.js';
import { readFrontMatter } from './stages/read-front-matter.js';
import { renderDeck } from './stages/render-deck.js';
import { renderMarp } from './stages/render-marp.js';
import { resolveAssets } from './stages/resolve-assets.js';
import type { DeckReport, MarkdownDoc, RenderedDeck, SourceDoc } from './types.js';
import { exportDeck } from './stages/export-deck.js';
import { TOOL_VERSION } from './version.js';

/** What a build shares across decks: templates, themes, Marp, one browser, marp-cli's config. */
export interface BuildContext {
  config: Readonly<Config>;
  templates: ReturnType<typeof loadTemplates>;
  themes: ReturnType<typeof loadThemes>;
  marp: ReturnType<typeof createMarp>;
  /** Hash of every file under templates/: a template change rebuilds every deck. */
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
  const files = [...templates.files, ...themes.map((t) => t.file), cssFile];
  const templatesHash = cacheKey(await Promise.all(files.map(async (f) => [path.relative(config.templatesDir, f), await hashFile(f)])));
  return { templates, themes, marp, handoutCss, templatesHash };
}

/** Source -> Markdown document: raw text is normalized, Markdown has its front matter read. */
export function toMarkdown(source: SourceDoc, config: Readonly<Config>): MarkdownDoc {
  return source.kind === 'text' ? normalizeText(source, config.noise) : readFrontMatter(source);
}

/** Runs the pure stages: source -> rendered deck (no disk, no browser). */
export function renderSource(source: SourceDoc, ctx: Pick<BuildContext, 'config' | 'templates' | 'marp' | 'themes'>) {
  const markdown = toMarkdown(source, ctx.config);
  const known = ctx.themes.map((t) => t.name);
  if (!known.includes(markdown.meta.theme)) {
    throw new InputError(`unknown theme "${markdown.meta.theme}"; available: ${known.join(', ')}`, { file: source.relPath, line: 1 });
  }
  const assets = resolveAssets(parseDocument(markdown), ctx.config.root, ctx.config.allowRemoteImages);
  const budgets = { ...ctx.config.budgets, ...markdown.meta.budgets };
  const plan = planSlides(assets.doc, budgets);
  const marpMarkdown = renderDeck(plan, ctx.templates);
  const deck: RenderedDeck = renderMarp(plan, marpMarkdown, ctx.marp);
  return { deck, assets };
}

function keyFor(source: SourceDoc, ctx: BuildContext, dependencyHashes: string[]): string {
  const { formats, handout, budgets, noise, allowRemoteImages } = ctx.config;
  return cacheKey({ v: TOOL_VERSION, source: source.hash, templates: ctx.templatesHash, formats, handout, budgets, noise, allowRemoteImages, dependencyHashes });
}

/** Builds one deck; returns its report and never throws for content problems. */
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
    const previous = readStamp(deckDir);
    const depHashes = await Promise.all((previous?.dependencies ?? []).map(hashFile));
    const key = keyFor(source, ctx, depHashes);
    const fresh = !ctx.config.force && isFresh(deckDir, key);
    if (fresh) {
      Object.assign(report, { ok: true, skipped: true, title: fresh.title, slides: fresh.slides, outputs: fresh.outputs, diagnostics: fresh.diagnostics });
      return report;
    }
    const { deck, assets } = await time('plan', () => renderSource(source, ctx));
    report.slides = deck.plan.slides.length;
    report.title = deck.plan.meta.title.replace(/\\(.)/g, '$1');
    report.diagnostics = deck.plan.diagnostics;
    await mkdir(path.join(deckDir), { recursive: true });
    if (assets.copies.length) await mkdir(path.join(deckDir, 'assets'), { recursive: true });
    await Promise.all(assets.copies.map((c) => copyFile(c.from, path.join(deckDir, c.to))));
    await writeAtomic(path.join(deckDir, 'slides.md'), deck.marpMarkdown);
    report.outputs.push('slides.md');
    const result = await exportDeck(deck, deckDir, ctx, time);
    report.outputs.push(...result.outputs);
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

