// Runs a whole build: finds the sources, checks which decks are stale, and only then loads Marp, the
// templates and the browser to build those decks concurrently; writes output/index.html and build-report.json.
// The heavy modules are imported lazily so that a build where nothing changed stays well under half a second.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Config } from '../config.js';
import { InputError, reportedError } from '../errors.js';
import type { BrowserPool } from '../browser/browser-pool.js';
import { checkFresh, hashTemplates, type Stamp, type TemplateHashes } from './cache.js';
import type { MarpCliSetup } from '../render/marp/marp-cli.js';
import { writeAtomic } from '../disk/write-atomic.js';
import { writeCourseIndex } from './course-index.js';
import type { BuildAssets, BuildContext } from './build-context.js';
import { discoverSources, type SourceEntry } from '../ingest/discover-sources.js';
import type { BuildReport, DeckReport } from '../types.js';
import { TOOL_VERSION } from '../version.js';

export interface BuildOptions {
  onProgress?: (deck: string, step: string) => void;
  onDeck?: (report: DeckReport) => void;
  /** A browser kept alive by watch mode; otherwise one is made (only if a deck needs it) and closed here. */
  pool?: BrowserPool;
  /** Only these sources (absolute paths) are considered; the report still lists every deck. */
  only?: Set<string>;
  /** Kept by watch mode between builds, so templates, themes and Marp load again only when they change. */
  session?: BuildSession;
}

/** What one build leaves for the next in the same process. */
export interface BuildSession {
  assets?: { key: string; value: Promise<BuildAssets> };
}

/** Runs fn over items with at most `limit` running at once. */
async function mapLimit<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

function failed(entry: { name: string; relPath: string }, error: unknown): DeckReport {
  return { name: entry.name, source: entry.relPath, ok: false, skipped: false, slides: 0, outputs: [], diagnostics: [], timings: {}, error: reportedError(error, entry.relPath) };
}

function unchanged(entry: SourceEntry, stamp: Stamp): DeckReport {
  return { name: entry.name, source: entry.relPath, ok: true, skipped: true, title: stamp.title, slides: stamp.slides, outputs: stamp.outputs,
    diagnostics: stamp.diagnostics, timings: {} };
}

/** Builds every deck the config names. Never throws for a deck's problem; template errors fail every deck. */
export async function build(config: Readonly<Config>, options: BuildOptions = {}): Promise<BuildReport> {
  const started = Date.now();
  const { entries, conflicts, missing } = await discoverSources(config.root, config.inputs);
  const decks: DeckReport[] = [];
  for (const input of missing) decks.push(failed({ name: input, relPath: input }, new InputError('no .md, .txt or .html documents found here', { file: input })));
  for (const conflict of conflicts) decks.push(failed({ name: path.basename(conflict.file ?? ''), relPath: conflict.file ?? '' }, conflict));

  // Hash before anything is loaded: if a template changes during the build, the stamp is stale, not wrong.
  const hashes = await hashTemplates(config.templatesDir);
  const todo = options.only ? entries.filter((e) => options.only!.has(e.path)) : entries;
  const stamps = await Promise.all(todo.map((e) => (config.force ? undefined : checkFresh(e, config, hashes))));
  const reports = new Map<string, DeckReport>();
  const stale: SourceEntry[] = [];
  todo.forEach((entry, i) => {
    const stamp = stamps[i];
    if (!stamp) return void stale.push(entry);
    const report = unchanged(entry, stamp);
    reports.set(entry.relPath, report);
    options.onDeck?.(report);
  });
  if (stale.length) {
    for (const r of await buildStale(stale, config, options, hashes)) reports.set(r.source, r);
  }
  const previous = options.only ? await previousReports(config) : new Map<string, DeckReport>();
  for (const entry of entries) {
    const report = reports.get(entry.relPath) ?? previous.get(entry.relPath);
    if (report) decks.push(report);
  }
  return finish(config, decks, started, hashes.site);
}

/**
 * Starts Chromium now, while Marp and the templates load, and opens the pages the first jobs will use: both
 * are slow to start. Every deck is measured on a page, and each handout layout is printed on its own.
 */
function warmUp(pool: BrowserPool, config: Readonly<Config>, decks: number): void {
  const perDeck = 1 + (config.formats.includes('handout') ? config.handout.layouts.length : 0);
  pool.warm(decks * perDeck);
}

/** Loads the build assets and the browser, and builds the stale decks; a template error fails every one. */
async function buildStale(stale: SourceEntry[], config: Readonly<Config>, options: BuildOptions, hashes: TemplateHashes) {
  const pool = options.pool ?? (await import('../browser/browser-pool.js')).createBrowserPool(config.concurrency, undefined, undefined, config.allowRemoteImages);
  warmUp(pool, config, stale.length);
  let marpCli: Promise<MarpCliSetup> | undefined;
  try {
    const { buildDeck } = await import('./build-deck.js');
    let assets: BuildAssets;
    try {
      assets = await assetsFor(config, options.session, hashes.all);
    } catch (error) {
      const reports = stale.map((e) => failed(e, error));
      reports.forEach((r) => options.onDeck?.(r));
      return reports;
    }
    const ctx: BuildContext = {
      config,
      ...assets,
      // The hashes taken before loading, so a stamp never claims templates newer than the ones used.
      templateHashes: hashes,
      pool,
      marpCli: () => (marpCli ??= import('../render/marp/marp-cli.js').then((m) => m.prepareMarpCli(assets.themes))),
      onProgress: options.onProgress ?? (() => undefined),
    };
    const reports = await mapLimit(await largestFirst(stale), config.concurrency, async (entry) => {
      const report = await buildDeck(entry, ctx);
      options.onDeck?.(report);
      return report;
    });
    return reports;
  } finally {
    if (!options.pool) await pool.close();
    await (await marpCli?.catch(() => undefined))?.dispose();
  }
}

/**
 * Longest jobs first: a long deck started last would leave one page working while the others idle. Source
 * size is a fair guess at a deck's length.
 */
async function largestFirst(entries: SourceEntry[]): Promise<SourceEntry[]> {
  const sizes = await Promise.all(entries.map((e) => stat(e.path).then((s) => s.size, () => 0)));
  return entries.map((entry, i) => ({ entry, size: sizes[i]! })).sort((a, b) => b.size - a.size).map((x) => x.entry);
}

/** The templates, themes and Marp, from the session when no template changed since it loaded them. */
async function assetsFor(config: Readonly<Config>, session: BuildSession | undefined, key: string): Promise<BuildAssets> {
  const { loadBuildAssets } = await import('./build-context.js');
  if (!session) return loadBuildAssets(config);
  if (session.assets?.key !== key) session.assets = { key, value: loadBuildAssets(config) };
  try {
    return await session.assets.value;
  } catch (error) {
    // Not kept: the next build tries again, once the template is fixed.
    session.assets = undefined;
    throw error;
  }
}

async function previousReports(config: Readonly<Config>): Promise<Map<string, DeckReport>> {
  try {
    const report = JSON.parse(await readFile(path.join(config.outDir, 'build-report.json'), 'utf8')) as BuildReport;
    return new Map(report.decks.map((d) => [d.source, { ...d, skipped: true }]));
  } catch {
    return new Map();
  }
}

/** Writes index.html (see course-index.ts) and build-report.json; an index that cannot be written is a build error. */
async function finish(config: Readonly<Config>, decks: DeckReport[], started: number, siteHash: string): Promise<BuildReport> {
  const report: BuildReport = { version: TOOL_VERSION, startedAt: new Date(started).toISOString(), durationMs: 0, decks };
  try {
    await writeCourseIndex(config, report, siteHash);
  } catch (error) {
    report.errors = [reportedError(error, 'index.html')];
  }
  report.durationMs = Date.now() - started;
  await writeAtomic(path.join(config.outDir, 'build-report.json'), `${JSON.stringify(report, null, 2)}\n`);
  return report;
}
