// The real documents of ../shared/corpus (SOURCES.md there says where each comes from). They sit beside the
// checkout, in CI too; DECKHAND_CORPUS names another place. Tests that need them fail, naming where they looked.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './seeds.js';

const candidates = [
  process.env.DECKHAND_CORPUS,
  path.resolve(REPO_ROOT, '..', 'shared', 'corpus'),
  path.resolve(REPO_ROOT, '..', '..', 'shared', 'corpus'),
];

/** The corpus folder; throws when it is nowhere to be found, rather than letting a test pass without it. */
export function corpusDir(): string {
  const found = candidates.find((c): c is string => !!c && existsSync(c));
  if (!found)
    throw new Error(
      `the real-document corpus was not found (looked in ${candidates.filter(Boolean).join(', ')}); set DECKHAND_CORPUS`,
    );
  return found;
}

/** A corpus file's absolute path. */
export const corpusFile = (name: string): string => path.join(corpusDir(), name);
