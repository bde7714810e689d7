// Watch mode, after Eleventy's Watch.js: changed paths go into a queue, a burst of saves is debounced into
// one rebuild, and a dependency map (source -> deck, image -> decks, templates -> every deck) decides which
// decks to build again; the per-deck cache keys then skip any deck whose inputs did not really change. One
// browser stays open between rebuilds. A failed rebuild is printed and leaves the last good outputs in place.
import { EventEmitter } from 'node:events';
import path from 'node:path';
import { watch as watchFiles, type FSWatcher } from 'chokidar';
import { build, type BuildSession } from '../pipeline/build.js';
import type { Config } from '../config.js';
import { causeChain } from '../errors.js';
import { BrowserPool } from '../browser/browser-pool.js';
import { readStamp, stampDependencies } from '../pipeline/cache.js';
import { discoverSources } from '../ingest/discover-sources.js';
import { isDocument } from '../ingest/formats.js';
import type { BuildReport, DeckReport } from '../types.js';

/** What one rebuild did. */
export interface RebuildEvent {
  /** Paths whose changes this rebuild handled. */
  changed: string[];
  /** Names of the decks built again (failed ones included); unchanged decks are left out. */
  rebuilt: string[];
  failed: DeckReport[];
  report?: BuildReport;
  /** Set when the build as a whole threw; the outputs of the last good build are still in place. */
  error?: unknown;
  durationMs: number;
}

export interface WatchOptions {
  /** Quiet time after the last change before rebuilding; editors often write a file several times. */
  debounceMs?: number;
  log?: (line: string) => void;
  /** A browser to reuse; otherwise one is made and closed by close(). */
  pool?: BrowserPool;
  /** Told of each deck of the first build as it finishes (the command line prints its progress). */
  onDeck?: (report: DeckReport) => void;
}

/** A running watch: `ready` settles after the first build and once the file watcher is listening. */
export interface DeckWatcher extends EventEmitter<{ rebuild: [RebuildEvent] }> {
  ready: Promise<BuildReport>;
  close(): Promise<void>;
}

const GLOB_MAGIC = /[*?[\]{}()!]/;

/** Folders and files to watch for the inputs: a glob is watched from its static base folder. */
function watchRoots(config: Readonly<Config>): string[] {
  const roots = config.inputs.map((input) => {
    const parts = input.split(/[\\/]/);
    const magic = parts.findIndex((p) => GLOB_MAGIC.test(p));
    return path.resolve(config.root, magic < 0 ? input : parts.slice(0, magic).join('/') || '.');
  });
  return [...new Set([...roots, config.templatesDir, ...(config.configFile ? [config.configFile] : [])])];
}

const inside = (dir: string, file: string) => file === dir || file.startsWith(dir + path.sep);

/** Image -> sources that use it, from the stamps the last builds wrote. */
function imageMap(config: Readonly<Config>, report: BuildReport): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  for (const deck of report.decks) {
    const stamp = readStamp(path.join(config.outDir, deck.name));
    for (const dep of stamp ? stampDependencies(stamp, config.root) : []) {
      const users = map.get(dep) ?? new Set<string>();
      users.add(path.resolve(config.root, deck.source));
      map.set(dep, users);
    }
  }
  return map;
}

/**
 * Whether a batch of changes may touch a deck, so that the inputs are looked at again: a document (new, edited or
 * gone), a picture a deck uses, or a template. A swap file or a picture nobody uses needs no discovery.
 */
export function mayAffectDecks(
  changed: string[],
  known: Set<string>,
  images: Map<string, Set<string>>,
  templatesDir: string,
): boolean {
  return changed.some((f) => isDocument(f) || known.has(f) || images.has(f) || inside(templatesDir, f));
}

/** The sources a batch of changes affects, or undefined when nothing needs building. */
export function affectedSources(
  changed: string[],
  sources: string[],
  known: Set<string>,
  images: Map<string, Set<string>>,
  templatesDir: string,
): Set<string> | undefined {
  const only = new Set<string>();
  let structural = false;
  for (const file of changed) {
    if (inside(templatesDir, file)) sources.forEach((s) => only.add(s));
    if (sources.includes(file)) only.add(file);
    images.get(file)?.forEach((s) => only.add(s));
    // A deleted source leaves the index out of date, though no deck is built.
    if (known.has(file) && !sources.includes(file)) structural = true;
  }
  return only.size || structural ? only : undefined;
}

/**
 * Eleventy's queue: paths collect while the files settle (debounceMs after the last event), then one batch runs;
 * changes that arrive during a run wait for the next batch, so builds never overlap.
 */
function changeQueue(debounceMs: number, run: (batch: string[]) => Promise<void>) {
  const queue = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let closed = false;
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(flush, debounceMs);
  };
  const after = (work: Promise<unknown>) => {
    running = work
      .then(
        () => undefined,
        () => undefined,
      )
      .finally(() => {
        running = undefined;
        if (queue.size && !closed) schedule();
      });
  };
  function flush(): void {
    if (closed || running || !queue.size) return;
    const batch = [...queue];
    queue.clear();
    after(run(batch));
  }
  return {
    add(file: string) {
      queue.add(file);
      schedule();
    },
    /** Holds changes back until this work (the first build) is done. */
    after,
    async close() {
      closed = true;
      clearTimeout(timer);
      await running;
    },
  };
}

/** Starts watching: builds everything once, then rebuilds what each batch of changes affects. */
export function startWatch(config: Readonly<Config>, options: WatchOptions = {}): DeckWatcher {
  const emitter = new EventEmitter<{ rebuild: [RebuildEvent] }>();
  const log = options.log ?? (() => undefined);
  const pool = options.pool ?? new BrowserPool(config.concurrency, { allowRemote: config.allowRemoteImages });
  const session: BuildSession = {};
  let images = new Map<string, Set<string>>();
  let known = new Set<string>();

  const outDir = path.resolve(config.outDir);
  const files: FSWatcher = watchFiles(watchRoots(config), {
    ignoreInitial: true,
    // Our own outputs (when output/ sits inside a watched folder), hidden and temp files, dependencies.
    ignored: (file) => inside(outDir, file) || /(^|[\\/])(\.[^\\/]+|node_modules)$/.test(file) || file.endsWith('~'),
  });
  const queue = changeQueue(options.debounceMs ?? 150, rebuild);
  files.on('all', (_event, file) => queue.add(path.resolve(file)));
  files.on('error', (error) => log(`watch error: ${(error as Error).message}`));

  /** Refreshes the dependency map from the stamps, and watches images it did not know. */
  function remember(report: BuildReport): void {
    images = imageMap(config, report);
    known = new Set(report.decks.map((d) => path.resolve(config.root, d.source)));
    const watched = files.getWatched();
    const fresh = [...images.keys()].filter((f) => !watched[path.dirname(f)]?.includes(path.basename(f)));
    if (fresh.length) files.add(fresh);
  }

  async function rebuild(changed: string[]): Promise<void> {
    const started = Date.now();
    if (config.configFile && changed.includes(config.configFile))
      log(`${path.relative(config.root, config.configFile)} changed: restart deckhand to apply it`);
    if (!mayAffectDecks(changed, known, images, config.templatesDir)) return;
    try {
      const { entries } = await discoverSources(config.root, config.inputs);
      const only = affectedSources(
        changed,
        entries.map((e) => e.path),
        known,
        images,
        config.templatesDir,
      );
      if (!only) return;
      const report = await build(config, { pool, only, session });
      remember(report);
      const mine = report.decks.filter((d) => only.has(path.resolve(config.root, d.source)) && !d.skipped);
      const event: RebuildEvent = {
        changed,
        rebuilt: mine.map((d) => d.name),
        failed: mine.filter((d) => !d.ok),
        report,
        durationMs: Date.now() - started,
      };
      logRebuild(log, event);
      emitter.emit('rebuild', event);
    } catch (error) {
      log(
        `rebuild failed: ${causeChain(error).join('\n  caused by: ')}\nthe last good outputs are kept; still watching`,
      );
      emitter.emit('rebuild', { changed, rebuilt: [], failed: [], error, durationMs: Date.now() - started });
    }
  }

  let closing = false;
  let stopWaiting = () => {};
  // Closed before the watcher was listening (stopped at once, or a port in use), the first build never starts.
  const listening = new Promise<void>((resolve) => {
    stopWaiting = resolve;
    files.once('ready', () => resolve());
  });
  const initial = listening.then(() => {
    if (closing) throw new Error('watch closed before its first build');
    return build(config, { pool, session, onDeck: options.onDeck });
  });
  queue.after(initial.then(remember));
  const close = async () => {
    closing = true;
    stopWaiting();
    await files.close();
    // Chromium first: a rebuild in progress then fails at once (its outputs are whole or absent, its stamp stale)
    // instead of holding the stop for as long as it takes.
    if (!options.pool) await pool.closeForGood();
    await queue.close();
  };
  return Object.assign(emitter, { ready: initial, close });
}

function logRebuild(log: (line: string) => void, event: RebuildEvent): void {
  const seconds = `${(event.durationMs / 1000).toFixed(1)} s`;
  const ok = event.rebuilt.filter((name) => !event.failed.some((f) => f.name === name));
  if (!event.rebuilt.length) log(`no deck changed (${seconds})`);
  else if (ok.length) log(`rebuilt ${ok.join(', ')} in ${seconds}`);
  for (const deck of event.failed) {
    const where = [deck.error?.file, deck.error?.line].filter((x) => x !== undefined).join(':');
    log(`✗ ${deck.name}: ${where ? `${where}: ` : ''}${deck.error?.message ?? 'failed'} (last good outputs kept)`);
  }
}
