// Runs a whole build: finds the sources, checks which decks are stale, and only then loads Marp, the
// templates and the browser to build those decks concurrently; writes output/index.html and build-report.json,
// which list every deck the output folder holds (course-decks.ts), not only this run's.
// The heavy modules are imported lazily so that a build where nothing changed stays well under half a second.
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { Config } from '../config.js';
import { reportedError } from '../errors.js';
import type { BrowserPool, JobCost } from '../browser/browser-pool.js';
import { cacheKey } from '../disk/hash.js';
import { checkFresh, hashTemplates, type Stamp, type TemplateHashes } from './cache.js';
import type { MarpCliSetup } from '../render/marp/marp-cli.js';
import { writeAtomic } from '../disk/write-atomic.js';
import { courseDecks, fromStamp, readReport } from './course-decks.js';
import { writeCourseIndex } from './course-index.js';
import type { BuildAssets, BuildContext } from './build-context.js';
import { discoverSources, missingInputsError, outputName, type SourceEntry } from '../ingest/discover-sources.js';
import { onShard, reportFileName, type Shard } from './shard.js';
import type { BuildReport, DeckReport, Diagnostic, NotRead, ProfileReport } from '../types.js';
import { TOOL_VERSION } from '../version.js';

export type { Shard } from './shard.js';

export interface BuildOptions {
  onProgress?: (deck: string, step: string) => void;
  onDeck?: (report: DeckReport) => void;
  /** A browser kept alive by watch mode; otherwise one is made (only if a deck needs it) and closed here. */
  pool?: BrowserPool;
  /** Only these sources (absolute paths) are considered; the report still lists every deck. */
  only?: Set<string>;
  /** Kept by watch mode between builds, so templates, themes and Marp load again only when they change. */
  session?: BuildSession;
  /** Only this shard's share of the decks (shard.ts); its report is build-report.shard-I-of-N.json. */
  shard?: Shard;
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
  return {
    name: entry.name,
    source: entry.relPath,
    ok: false,
    skipped: false,
    slides: 0,
    outputs: [],
    diagnostics: [],
    timings: {},
    error: reportedError(error, entry.relPath),
  };
}

/** A deck whose stamp says it is fresh: its last good build, as the stamp describes it. */
const unchanged = (entry: SourceEntry, stamp: Stamp): DeckReport => fromStamp(entry.name, stamp, entry.relPath);

/**
 * Builds every deck the config names (with a shard, its share). Never throws for a deck's problem; template errors
 * fail every deck. Inputs that match nothing are a UsageError, thrown before anything is written.
 */
export async function build(config: Readonly<Config>, options: BuildOptions = {}): Promise<BuildReport> {
  const started = Date.now();
  const { shard } = options;
  const found = await discoverSources(config.root, config.inputs);
  if (found.missing.length) throw missingInputsError(config.root, found.missing, found.notRead);
  const entries = found.entries.filter((e) => onShard(e.name, shard));
  const decks: DeckReport[] = [];
  for (const conflict of found.conflicts) {
    const file = conflict.file ?? '';
    // On the shard of the output folder the two sources claim.
    if (onShard(outputName(file), shard)) decks.push(failed({ name: path.basename(file), relPath: file }, conflict));
  }
  const notes = found.notes.filter((n) => entries.some((e) => e.relPath === n.file));
  // Each shard names the files that would have built to its own output folders, so the shards name each once.
  const notRead = found.notRead.filter((n) => onShard(outputName(n.file), shard));

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
  let profile: ProfileReport | undefined;
  if (stale.length) {
    const built = await buildStale(stale, config, options, hashes);
    for (const r of built.reports) reports.set(r.source, r);
    profile = built.profile;
    notes.push(...built.notes);
  }
  for (const entry of todo) decks.push(reports.get(entry.relPath)!);
  return finish(config, { decks, started, notes, notRead, shard, profile }, hashes.site);
}

/**
 * Starts Chromium now, while Marp and the templates load, and opens the pages the first jobs will use: both
 * are slow to start. Every deck is measured on a page, and each handout layout is printed on its own.
 */
function warmUp(pool: BrowserPool, config: Readonly<Config>, decks: number): void {
  const perDeck = 1 + (config.formats.includes('handout') ? config.handout.layouts.length : 0);
  pool.warm(decks * perDeck);
}

/**
 * Loads the build assets and the browser, and builds the stale decks; a template error fails every one. What loading
 * had to say (Marpit patches left off) comes back as notes.
 */
async function buildStale(
  stale: SourceEntry[],
  config: Readonly<Config>,
  options: BuildOptions,
  hashes: TemplateHashes,
): Promise<{ reports: DeckReport[]; profile?: ProfileReport; notes: Diagnostic[] }> {
  const profile = config.profile ? new (await import('./profile.js')).BuildProfile() : undefined;
  const onJob = profile && ((cost: JobCost) => profile.job(cost));
  // A pool of the build's own is ended when the build is (a watch passes its own, kept between builds).
  await using owned = options.pool
    ? undefined
    : new (await import('../browser/browser-pool.js')).BrowserPool(config.concurrency, {
        allowRemote: config.allowRemoteImages,
        onJob,
      });
  const pool = options.pool ?? owned!;
  warmUp(pool, config, stale.length);
  let marpCli: Promise<MarpCliSetup> | undefined;
  try {
    const { buildDeck } = await import('./build-deck.js');
    let assets: BuildAssets;
    try {
      // The folders of the decks to build: a theme CSS beside a deck is one of its author's themes.
      const dirs = [...new Set(stale.map((e) => path.dirname(e.path)))].sort();
      const load = () => assetsFor(config, options.session, hashes.all, dirs);
      assets = await (profile ? profile.time('(build)', 'load templates, themes, Marp', load) : load());
    } catch (error) {
      const reports = stale.map((e) => failed(e, error));
      reports.forEach((r) => options.onDeck?.(r));
      return { reports, notes: [] };
    }
    const { notes, ...loaded } = assets;
    const ctx: BuildContext = {
      config,
      ...loaded,
      // The hashes taken before loading, so a stamp never claims templates newer than the ones used.
      templateHashes: hashes,
      pool,
      marpCli: () => (marpCli ??= import('../render/marp/marp-cli.js').then((m) => m.prepareMarpCli(assets.themes))),
      onProgress: options.onProgress ?? (() => undefined),
      profile,
    };
    const reports = await mapLimit(await largestFirst(stale), config.concurrency, async (entry) => {
      const report = await buildDeck(entry, ctx);
      options.onDeck?.(report);
      return report;
    });
    // Read before the browser closes: its processes' times go with them.
    return { reports, profile: profile?.report(await pool.cpuMs()), notes };
  } finally {
    await (await marpCli?.catch(() => undefined))?.dispose();
  }
}

/**
 * Longest jobs first: a long deck started last would leave one page working while the others idle. Source
 * size is a fair guess at a deck's length.
 */
async function largestFirst(entries: SourceEntry[]): Promise<SourceEntry[]> {
  const sizes = await Promise.all(
    entries.map((e) =>
      stat(e.path).then(
        (s) => s.size,
        () => 0,
      ),
    ),
  );
  return entries
    .map((entry, i) => ({ entry, size: sizes[i]! }))
    .sort((a, b) => b.size - a.size)
    .map((x) => x.entry);
}

/** The templates, themes and Marp, from the session when no template or author theme changed since it loaded them. */
async function assetsFor(
  config: Readonly<Config>,
  session: BuildSession | undefined,
  templates: string,
  dirs: string[],
): Promise<BuildAssets> {
  const { loadBuildAssets } = await import('./build-context.js');
  if (!session) return loadBuildAssets(config, dirs);
  // The authors' themes count too: an edited theme CSS is loaded again, as an edited template is.
  const { findAuthorThemes } = await import('../render/marp/author-themes.js');
  const authors = findAuthorThemes(config.root, config.themeSet, dirs, []).themes;
  const key = cacheKey({ templates, dirs, themes: authors.map((t) => [t.file, t.css]) });
  if (session.assets?.key !== key) session.assets = { key, value: loadBuildAssets(config, dirs) };
  const { value } = session.assets;
  try {
    return await value;
  } catch (error) {
    // Not kept: the next build tries again, once the template is fixed.
    session.assets = undefined;
    throw error;
  }
}

/** What a build found, for its report. */
interface Outcome {
  decks: DeckReport[];
  started: number;
  notes: Diagnostic[];
  notRead: NotRead[];
  shard?: Shard;
  profile?: ProfileReport;
}

/**
 * Writes index.html (see course-index.ts) and the build report, both listing every deck of the output folder
 * (course-decks.ts); an index that cannot be written is a build error.
 */
async function finish(config: Readonly<Config>, outcome: Outcome, siteHash: string): Promise<BuildReport> {
  const { started, notes, shard } = outcome;
  const reportFile = path.join(config.outDir, reportFileName(shard));
  const decks = await courseDecks(config, outcome.decks, await readReport(reportFile), shard);
  const report: BuildReport = {
    version: TOOL_VERSION,
    startedAt: new Date(started).toISOString(),
    durationMs: 0,
    decks,
  };
  if (notes.length) report.notes = notes;
  if (outcome.notRead.length) report.notRead = outcome.notRead;
  if (shard) report.shard = shard;
  if (outcome.profile) report.profile = outcome.profile;
  try {
    await writeCourseIndex(config, report, siteHash);
  } catch (error) {
    report.errors = [reportedError(error, 'index.html')];
  }
  report.durationMs = Date.now() - started;
  await writeAtomic(reportFile, `${JSON.stringify(report, null, 2)}\n`);
  return report;
}
