// `deckhand watch` and `deckhand serve`: the watcher, and with serve the live-reload server, until told to stop.
import path from 'node:path';
import type { Config } from '../config.js';
import { UsageError } from '../errors.js';
import { startServer, type DevServer } from '../watch/serve.js';
import { startWatch } from '../watch/watch.js';
import { onStop, type StopReason } from './stop-signals.js';
import { createProgress } from './progress.js';
import { printConfigWarnings, printSummary } from './terminal.js';

/**
 * `deckhand watch` / `deckhand serve`: runs until Ctrl+C, SIGTERM, SIGHUP or its parent process exits (stop-signals.ts),
 * then closes the watcher, the server and Chromium. With serve, open pages reload after each rebuild.
 */
export async function runWatch(config: Readonly<Config>, opts: { serve: boolean; port: number }): Promise<number> {
  const log = (line: string) => void process.stderr.write(`${line}\n`);
  printConfigWarnings(config);
  // The port first: a busy one is a usage error before any build starts or any output is written.
  const server = opts.serve ? await serve(config, opts.port) : undefined;
  let dispose: () => void = () => {};
  const stopped = new Promise<StopReason>((resolve) => {
    dispose = onStop(resolve);
  });
  const watcher = startWatch(config, { log, onDeck: createProgress(config).deck });
  try {
    // Served from the start: the last build's outputs are there to look at while the first build runs.
    if (server) {
      // The index reloads on every rebuild; a deck's pages only when that deck was built again.
      watcher.on('rebuild', (e) => e.report && server.reload(e.rebuilt));
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

/** The live-reload server on `port`; a port another program holds is a usage error that names the way out. */
async function serve(config: Readonly<Config>, port: number): Promise<DevServer> {
  try {
    return await startServer({ root: config.outDir, port });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    const other = port < 65535 ? port + 1 : port - 1;
    throw new UsageError(
      `port ${port} is in use (another deckhand serve?); pick another with --port ${other}, or --port 0 for any free port`,
    );
  }
}
