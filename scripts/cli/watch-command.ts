// `deckhand watch` and `deckhand serve`: the watcher, and with serve the live-reload server, until told to stop.
import path from 'node:path';
import type { Config } from '../config.js';
import { UsageError } from '../errors.js';
import { startServer, type DevServer } from '../watch/serve.js';
import { startWatch } from '../watch/watch.js';
import { onStop, type StopReason } from './stop-signals.js';
import { createProgress, printConfigWarnings, printSummary } from './terminal.js';

/**
 * `deckhand watch` / `deckhand serve`: runs until Ctrl+C, SIGTERM, SIGHUP or its parent process exits (stop-signals.ts),
 * then closes the watcher, the server and Chromium. With serve, open pages reload after each rebuild.
 */
export async function runWatch(config: Readonly<Config>, opts: { serve: boolean; port: number }): Promise<number> {
  const log = (line: string) => void process.stderr.write(`${line}\n`);
  printConfigWarnings(config);
  let dispose: () => void = () => {};
  const stopped = new Promise<StopReason>((resolve) => {
    dispose = onStop(resolve);
  });
  const watcher = startWatch(config, { log, onDeck: createProgress(config.quiet).deck });
  let server: DevServer | undefined;
  try {
    // Served from the start: the last build's outputs are there to look at while the first build runs.
    if (opts.serve) {
      server = await startServer({ root: config.outDir, port: opts.port }).catch((error: NodeJS.ErrnoException) => {
        throw error.code === 'EADDRINUSE'
          ? new UsageError(`port ${opts.port} is in use; pick another with --port`)
          : error;
      });
      const live = server;
      // The index reloads on every rebuild; a deck's pages only when that deck was built again.
      watcher.on('rebuild', (e) => e.report && live.reload(e.rebuilt));
      log(`serving ${path.relative(process.cwd(), config.outDir) || '.'}/ at ${server.url} with live reload`);
    }
    const first = await Promise.race([watcher.ready, stopped]);
    if ('decks' in first) {
      printSummary(first, config);
      server?.reload();
      log('watching for changes (Ctrl+C to stop)');
      // The first build's progress and summary scrolled the address away: it is the last line again.
      if (server) log(`open ${server.url} (live reload)`);
    }
    // Stopping is how watch mode ends: not a failure.
    log(`stopping (${(await stopped).why})`);
    return 0;
  } finally {
    dispose();
    await watcher.close();
    await server?.close();
  }
}
