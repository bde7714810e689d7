// Outputs of earlier builds that this one was not asked for: a PowerPoint built a minute ago with
// `--formats ...,pptx`, then a plain build. They are the lecturer's files and stay; each is marked stale once the
// deck has changed since it was made (contentKey), so an old file is never taken for the current deck. Only
// --clean removes them.
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { Audience, KeptOutput } from '../types.js';
import type { Stamp, StampedOutput } from './cache.js';

/** What became of the earlier outputs: kept (stale or current), or removed with --clean. */
export interface EarlierOutputs {
  kept: StampedOutput[];
  removed: string[];
}

/** A plain file of the deck's folder that a stamp named: never a path elsewhere, never a hidden file. */
const ownFile = (name: string) => name === path.basename(name) && !name.startsWith('.');

/**
 * The outputs the previous stamp lists (made or kept then) that this build did not make, still on disk: removed
 * with `clean`, otherwise kept, stale unless made under this build's contentKey. A student build removes what a
 * teacher's build left (an answer key, slides with solutions): the folder it writes is the one students are given.
 * Runs only after a good build.
 */
export async function keepEarlierOutputs(
  deckDir: string,
  previous: Stamp | undefined,
  made: string[],
  contentKey: string,
  clean: boolean,
  audience: Audience = 'teacher',
): Promise<EarlierOutputs> {
  // A stamp of an older version has no contentKey: its outputs count as made from another version.
  const madeThen = (previous?.outputs ?? []).map((file) => ({
    file,
    key: previous!.contentKey ?? previous!.key,
    builtAt: previous!.builtAt,
    stale: false,
  }));
  const seen = new Set(made);
  const earlier = [...madeThen, ...(previous?.kept ?? [])].filter((o) => {
    if (seen.has(o.file) || !ownFile(o.file)) return false;
    seen.add(o.file);
    return existsSync(path.join(deckDir, o.file));
  });
  // A stamp of an older version made the teacher's outputs.
  if (clean || (audience === 'student' && (previous?.audience ?? 'teacher') !== 'student')) {
    await Promise.all(earlier.map((o) => rm(path.join(deckDir, o.file), { force: true })));
    return { kept: [], removed: earlier.map((o) => o.file) };
  }
  return { kept: earlier.map((o) => ({ ...o, stale: o.key !== contentKey })), removed: [] };
}

/** Kept outputs as a report shows them, without the key. */
export function reportedKept(kept: StampedOutput[] | undefined): KeptOutput[] | undefined {
  return kept?.length ? kept.map(({ file, builtAt, stale }) => ({ file, builtAt, stale })) : undefined;
}
