// The decks the course index and build-report.json list: this run's, and every other deck the output folder holds.
// Building one deck (or another shard) must not make the others vanish from the index while their folders remain.
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Config } from '../config.js';
import type { BuildReport, DeckReport } from '../types.js';
import { readStamp, type Stamp } from './cache.js';
import { reportedKept } from './kept-outputs.js';
import { onShard, type Shard } from './shard.js';

const natural = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

/** Decks by source path in natural order: slides/lecture-2.md before slides/lecture-10.md. */
export const bySource = (a: { source: string }, b: { source: string }): number => natural.compare(a.source, b.source);

/** The report a build left in `file`, if it can be read. */
export async function readReport(file: string): Promise<BuildReport | undefined> {
  try {
    const report = JSON.parse(await readFile(file, 'utf8')) as BuildReport;
    return Array.isArray(report.decks) ? report : undefined;
  } catch {
    return undefined;
  }
}

/** A deck as its stamp describes it: its last good build. */
export function fromStamp(name: string, stamp: Stamp, source: string): DeckReport {
  const { title, course, lang, dir, date, builtAt, slides, outputs, diagnostics } = stamp;
  const kept = reportedKept(stamp.kept);
  return {
    name,
    source,
    title,
    ...(course && { course }),
    ...(lang && { lang }),
    ...(dir && { dir }),
    date,
    builtAt,
    ok: true,
    skipped: true,
    slides,
    outputs,
    diagnostics: diagnostics ?? [],
    timings: {},
    ...(kept && { kept }),
  };
}

/** This run's facts (time, removals) do not belong to a deck it did not build. */
function asEarlier(deck: DeckReport): DeckReport {
  const { durationMs: _d, removed: _r, ...rest } = deck;
  return { ...rest, skipped: true, earlier: true, timings: {} };
}

/**
 * This run's decks, plus the decks of earlier builds that are still there: a folder in the output folder whose
 * stamp (.deckhand-build.json) names a source that still exists, or a deck whose last build failed (from the
 * previous report) while its source exists. With a shard, only that shard's decks. Sorted by source path in
 * natural order: lecture-2 before lecture-10.
 */
export async function courseDecks(
  config: Readonly<Config>,
  run: DeckReport[],
  previous: BuildReport | undefined,
  shard?: Shard,
): Promise<DeckReport[]> {
  const decks = new Map(run.map((d) => [d.name, d]));
  const built = new Set(run.map((d) => d.source));
  // A source this run considered speaks for itself (a clash that was resolved is not listed as failing still).
  const exists = (source: string) =>
    source !== '' && !built.has(source) && existsSync(path.resolve(config.root, source));
  const last = new Map((previous?.decks ?? []).map((d) => [d.name, d]));
  const folders = await readdir(config.outDir, { withFileTypes: true }).catch(() => []);
  for (const folder of folders) {
    const name = folder.name;
    if (!folder.isDirectory() || name.startsWith('.') || decks.has(name) || !onShard(name, shard)) continue;
    const before = last.get(name);
    // A failure is listed until it is fixed or its source is gone; the stamp is the last good build.
    if (before && !before.ok) {
      if (exists(before.source)) decks.set(name, asEarlier(before));
      continue;
    }
    const stamp = readStamp(path.join(config.outDir, name));
    // Stamps before 0.1 did not name their source: the previous report does.
    const source = stamp?.source ?? before?.source ?? '';
    if (stamp && exists(source)) decks.set(name, asEarlier(fromStamp(name, stamp, source)));
  }
  // A deck that failed before writing anything has no folder.
  for (const before of last.values()) {
    if (!before.ok && !decks.has(before.name) && onShard(before.name, shard) && exists(before.source))
      decks.set(before.name, asEarlier(before));
  }
  return [...decks.values()].sort(bySource);
}
