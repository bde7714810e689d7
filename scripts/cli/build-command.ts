// `deckhand build`: one build, its progress on stderr and its summary at the end.
import { build, type Shard } from '../pipeline/build.js';
import { resolveConfig, type ConfigFlags } from '../config.js';
import { INSTALL_HINT } from '../errors.js';
import type { BuildReport } from '../types.js';
import { onStop } from './stop-signals.js';
import { printProfile } from './profile-table.js';
import { createProgress } from './progress.js';
import { printConfigWarnings, printSummary } from './terminal.js';

/** 0 when every deck this run built or found unchanged is good, 1 when any failed (decks listed from earlier builds do not count). */
export function exitCodeFor(report: BuildReport): number {
  return report.decks.every((d) => d.ok || d.earlier) ? 0 : 1;
}

/** Builds the decks the flags name (only shard's share, when given); returns the exit code. */
export async function runBuild(flags: ConfigFlags, shard?: Shard): Promise<number> {
  const config = resolveConfig(flags);
  printConfigWarnings(config);
  // Ctrl-C, SIGTERM, SIGHUP or the parent gone: every output is written to a temp file and renamed, so what exists is
  // complete; the next build removes the temp files this run leaves. Exiting kills Chromium's process group
  // (Puppeteer's exit handler). (Watch mode stops its own way.)
  const dispose = onStop(({ why, code }) => {
    console.error(
      `\ndeckhand: stopped (${why}); outputs already written are complete, unfinished ones were not written`,
    );
    process.exit(code);
  });
  const progress = createProgress(config);
  const report = await build(config, { onProgress: progress.step, onDeck: progress.deck, shard }).finally(dispose);
  progress.done();
  printSummary(report, config);
  if (report.profile) printProfile(report.profile);
  if (report.decks.some((d) => d.error?.browserMissing)) console.error(`\n${INSTALL_HINT}`);
  return exitCodeFor(report);
}
