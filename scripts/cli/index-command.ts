// `deckhand index [folders or report files...]`: the course index of several shard builds, merged into --out.
import path from 'node:path';
import type { Config } from '../config.js';
import { findReports, mergeReports } from '../pipeline/merge-reports.js';
import { printConfigWarnings } from './terminal.js';

/**
 * Merges the reports the inputs name (default: the output folder's own) into one index.html and build-report.json.
 * Exits 0 once the index is written, failed decks and all: the shard that built a failed deck already failed, and
 * the course page shows the error, so it can still be published.
 */
export async function runIndex(inputs: string[], config: Readonly<Config>): Promise<number> {
  printConfigWarnings(config);
  const files = await findReports(config.root, inputs.length ? inputs : [config.outDir]);
  const report = await mergeReports(config, files);
  const failed = report.decks.filter((d) => !d.ok);
  const rel = (p: string) => path.relative(process.cwd(), p) || '.';
  for (const d of failed) console.error(`warning: ${d.source}: listed as failed: ${d.error?.message ?? 'failed'}`);
  console.log(
    `${report.decks.length} decks from ${files.length} report${files.length === 1 ? '' : 's'} → ${rel(config.outDir)}/index.html`,
  );
  return 0;
}
