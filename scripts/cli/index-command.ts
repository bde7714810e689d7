// `deckhand index [folders or report files...]`: the course index of several shard builds, merged into --out.
import path from 'node:path';
import type { Config } from '../config.js';
import { findReports, mergeReports } from '../build/merge-reports.js';
import { printConfigWarnings } from './terminal.js';

/** Merges the reports the inputs name (default: the output folder's own) into one index.html and build-report.json. */
export async function runIndex(inputs: string[], config: Readonly<Config>): Promise<number> {
  printConfigWarnings(config);
  const files = await findReports(config.root, inputs.length ? inputs : [config.outDir]);
  const report = await mergeReports(config, files);
  const failed = report.decks.filter((d) => !d.ok);
  const rel = (p: string) => path.relative(process.cwd(), p) || '.';
  console.log(`${report.decks.length} decks from ${files.length} report${files.length === 1 ? '' : 's'} → ${rel(config.outDir)}/index.html`);
  for (const d of failed) console.error(`error: ${d.source}: ${d.error?.message ?? 'failed'}`);
  return failed.length ? 1 : 0;
}
