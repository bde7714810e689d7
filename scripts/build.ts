// Runs a whole build: finds the sources, shares one browser and one template set across decks, builds decks
// concurrently, and writes output/index.html and output/build-report.json.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Config } from './config.js';
import { causeChain, InputError } from './errors.js';
import { createBrowserPool, type BrowserPool } from './lib/browser.js';
import { prepareMarpCli, type MarpCliSetup } from './lib/marp-cli.js';
import type { TemplateSet } from './lib/templates.js';
import { writeAtomic } from './lib/write-atomic.js';
import { buildDeck, loadBuildAssets, type BuildContext } from './pipeline.js';
import { discoverSources, type SourceEntry } from './stages/discover-sources.js';
import type { BuildReport, DeckReport } from './types.js';
import { TOOL_VERSION } from './version.js';

export interface BuildOptions {
  onProgress?: (deck: string, step: string) => void;
  onDeck?: (report: DeckReport) => void;
  /** A browser kept alive by watch mode; otherwise one is made and closed here. */
  pool?: BrowserPool;
  /** Only these sources (absolute paths) are rebuilt; the report still lists every deck. */
  only?: Set<string>;
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
  const e = error as { file?: string; line?: number; message: string };
  return { name: entry.name, source: entry.relPath, ok: false, skipped: false, slides: 0, outputs: [], diagnostics: [], timings: {},
    error: { message: e.message, file: e.file ?? entry.relPath, line: e.line, chain: causeChain(error).slice(1) } };
}

/** Builds every deck the config names. Never throws for a deck's problem; template errors fail every deck. */
export async function build(config: Readonly<Config>, options: BuildOptions = {}): Promise<BuildReport> {
  const started = Date.now();
  const { entries, conflicts, missing } = await discoverSources(config.root, config.inputs);
  const decks: DeckReport[] = [];
  for (const input of missing) decks.push(failed({ name: input, relPath: input }, new InputError('no .md or .txt documents found here', { file: input })));
  for (const conflict of conflicts) decks.push(failed({ name: path.basename(conflict.file ?? ''), relPath: conflict.file ?? '' }, conflict));

  const pool = options.pool ?? createBrowserPool(config.concurrency);
  let marpCli: Promise<MarpCliSetup> | undefined;
  try {
    let assets: Awaited<ReturnType<typeof loadBuildAssets>>;
    try {
      assets = await loadBuildAssets(config);
    } catch (error) {
      decks.push(...entries.map((e) => failed(e, error)));
      return await finish(config, decks, started, undefined);
    }
    const ctx: BuildContext = {
      config,
      ...assets,
      pool,
      marpCli: () => (marpCli ??= prepareMarpCli(assets.themes)),
      onProgress: options.onProgress ?? (() => undefined),
    };
    const todo = options.only ? entries.filter((e) => options.only!.has(e.path)) : entries;
    const built = await mapLimit(todo, config.concurrency, async (entry: SourceEntry) => {
      const report = await buildDeck(entry, ctx);
      options.onDeck?.(report);
      return report;
    });
    const previous = options.only ? await previousReports(config) : new Map<string, DeckReport>();
    for (const entry of entries) {
      const report = built.find((b) => b.source === entry.relPath) ?? previous.get(entry.relPath);
      if (report) decks.push(report);
    }
    return await finish(config, decks, started, assets.templates);
  } finally {
    if (!options.pool) await pool.close();
    await (await marpCli?.catch(() => undefined))?.dispose();
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

/** Writes build-report.json, and index.html when the templates loaded. */
async function finish(config: Readonly<Config>, decks: DeckReport[], started: number, templates: TemplateSet | undefined): Promise<BuildReport> {
  const report: BuildReport = { version: TOOL_VERSION, startedAt: new Date(started).toISOString(), durationMs: Date.now() - started, decks };
  await writeAtomic(path.join(config.outDir, 'build-report.json'), `${JSON.stringify(report, null, 2)}\n`);
  if (templates) await writeAtomic(path.join(config.outDir, 'index.html'), templates.render('site/index', indexData(report)));
  return report;
}

function indexData(report: BuildReport) {
  return {
    builtAt: report.startedAt.replace('T', ' ').slice(0, 16),
    version: report.version,
    decks: report.decks.map((d) => ({
      title: d.title ?? d.name,
      source: d.source,
      slides: d.slides || '',
      error: d.ok ? undefined : d.error?.message,
      files: d.outputs.map((o) => ({ name: o, href: `${encodeURIComponent(d.name)}/${o}` })),
    })),
  };
}
