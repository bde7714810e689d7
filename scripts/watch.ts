// Watch mode (placeholder until the fast-rebuilds work lands): builds once.
import { build } from './build.js';
import type { Config } from './config.js';

export async function runWatch(config: Readonly<Config>, _opts: { serve: boolean; port: number }): Promise<number> {
  const report = await build(config);
  return report.decks.every((d) => d.ok) ? 0 : 1;
}
