// deckhand's two changes to Marpit, both for speed, neither changing a result: the linear slide rule
// (marpit-slides.ts) and theme parses and packs shared between instances (marp-theme-cache.ts). Both replace Marpit
// internals, so they apply only to the Marpit they were written against; with any other version Marp keeps its own
// rules and the build says so in its notes, once. Marpit is one module per process, shared with marp-cli, so the
// changes are made once per process, where the first Marp is made (createMarp), and stay.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { requireCjs } from '../../require-cjs.js';
import { shareThemeWork } from './marp-theme-cache.js';
import { linearSlides } from './marpit-slides.js';

/** The Marpit version whose internals the patches copy and wrap. */
export const PATCHED_MARPIT = '3.2.3';

/** The Marpit that marp-core loads: its version, and where that is written (its package.json and line). */
export interface MarpitInstall {
  version: string;
  file: string;
  line: number;
}

/** What patchMarpit did. */
export interface MarpitPatches extends MarpitInstall {
  applied: boolean;
  /** Why they were left off, for the build's notes; absent when they apply. */
  notice?: string;
}

/** Requires from marp-core's folder: Marpit is marp-core's dependency, not ours, and marp-cli shares that copy. */
const marpitRequire = () => createRequire(requireCjs.resolve('@marp-team/marp-core'));

/** The Marpit that marp-core loads. */
export function installedMarpit(): MarpitInstall {
  const file = marpitRequire().resolve('@marp-team/marpit/package.json');
  const text = readFileSync(file, 'utf8');
  const version = String((JSON.parse(text) as { version?: unknown }).version);
  return { version, file, line: text.slice(0, text.indexOf('"version"')).split('\n').length };
}

let outcome: MarpitPatches | undefined;

/**
 * Applies the patches to `marpit` if it is the version they were written against, all or none; never throws. The
 * first call decides for the process (Marpit's modules are shared); later calls return what it did.
 */
export function patchMarpit(marpit: MarpitInstall = installedMarpit()): MarpitPatches {
  outcome ??= apply(marpit);
  return outcome;
}

function apply(marpit: MarpitInstall): MarpitPatches {
  const off = (why: string): MarpitPatches => ({
    ...marpit,
    applied: false,
    notice: `Marpit ${marpit.version}: ${why}; Marp uses its own slide rule and theme handling, which are slower on long decks`,
  });
  if (marpit.version !== PATCHED_MARPIT) return off(`deckhand's speed-ups were written for Marpit ${PATCHED_MARPIT}`);
  let steps: (() => void)[];
  try {
    // Everything is looked up before anything changes, so a Marpit laid out otherwise is left as it was.
    const require = marpitRequire();
    steps = [linearSlides(require), shareThemeWork(require)];
  } catch (error) {
    return off(`deckhand's speed-ups could not find what they replace (${(error as Error).message})`);
  }
  for (const step of steps) step();
  return { ...marpit, applied: true };
}
