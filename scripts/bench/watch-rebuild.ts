// Times the rebuild a lecturer running `deckhand watch` sees: from saving a source to its deck being rebuilt,
// with Marp loaded and the browser already open.
import { once } from 'node:events';
import { resolveConfig } from '../config.js';
import { startWatch, type RebuildEvent } from '../watch/watch.js';
import { touchSource } from './workspace.js';

/** Milliseconds from each save (rotating through sources) to the watcher's rebuild event. */
export async function measureWatchRebuilds(
  root: string,
  sources: string[],
  runs: number,
): Promise<{ times: number[]; failures: number }> {
  const config = resolveConfig({ root, outDir: 'out-watch', quiet: true });
  const watcher = startWatch(config);
  const times: number[] = [];
  let failures = 0;
  try {
    await watcher.ready;
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      const event = once(watcher, 'rebuild') as Promise<[RebuildEvent]>;
      await touchSource(sources[i % sources.length]!);
      const [result] = await event;
      times.push(performance.now() - started);
      if (result.error || result.failed.length || result.rebuilt.length !== 1) failures++;
    }
  } finally {
    await watcher.close();
  }
  return { times, failures };
}
