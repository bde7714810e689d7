// Cache keys per deck: a deck is rebuilt only when something it depends on changed.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Diagnostic } from '../types.js';
import { writeAtomic } from './write-atomic.js';

export const STAMP_FILE = '.deckhand-build.json';

export interface Stamp {
  key: string;
  title?: string;
  outputs: string[];
  slides: number;
  /** Files besides the source that the deck read (images): their hashes are part of the next key. */
  dependencies: string[];
  diagnostics: Diagnostic[];
}


/** sha256 of a file's bytes; "missing" when it does not exist. */
export async function hashFile(file: string): Promise<string> {
  try {
    return createHash('sha256').update(await readFile(file)).digest('hex');
  } catch {
    return 'missing';
  }
}

/** One key from every input that changes a deck's outputs. */
export function cacheKey(parts: unknown): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
}

/** The stamp written after the deck's last good build, if any. */
export function readStamp(deckDir: string): Stamp | undefined {
  const file = path.join(deckDir, STAMP_FILE);
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Stamp;
  } catch {
    return undefined;
  }
}

/** True when the stamp's key matches and every output it lists is still there. */
export function isFresh(deckDir: string, key: string): Stamp | undefined {
  const stamp = readStamp(deckDir);
  if (!stamp || stamp.key !== key) return undefined;
  return stamp.outputs.every((o) => existsSync(path.join(deckDir, o))) ? stamp : undefined;
}

export async function writeStamp(deckDir: string, stamp: Stamp): Promise<void> {
  await writeAtomic(path.join(deckDir, STAMP_FILE), JSON.stringify(stamp, null, 2));
}

