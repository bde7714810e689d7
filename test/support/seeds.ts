// The five sample documents (scraped articles from ../shared/seeds), as tests name them.
import path from 'node:path';

export const REPO_ROOT = path.resolve(import.meta.dirname, '..', '..');

/** Output names of the seed decks, in alphabetical order. */
export const SEED_NAMES = [
  'kerja-sama-bilateral-adalah-bentuk-diplomasi',
  'kerjasama-antar-negara',
  'kerjasama-internasional-dan-diplomasi',
  'manfaat-kerja-sama-dan-hubungan-internasional',
  'memperkuat-hubungan-dengan-mitra-internasional',
] as const;

/** The seeds' paths relative to the repository root: slides/<name>.txt. */
export const SEED_FILES = SEED_NAMES.map((n) => `slides/${n}.txt`);
