// Cache keys per deck: a deck is rebuilt only when something it depends on changed. Everything here is cheap
// (hashes and small JSON files, no Marp, no browser) so a build where nothing changed loads nothing heavy.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Config } from '../config.js';
import type { Diagnostic } from '../types.js';
import { TOOL_VERSION } from '../version.js';
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

/**
 * Hashes of everything under the templates folder. `decks` covers what every deck reads (deck and handout
 * templates, themes, handout CSS, anything else there); `site` covers site/, which only index.html uses, so
 * editing the index page rebuilds no deck. Content hashes, not mtimes: a checkout or copy that keeps mtimes
 * must still rebuild, and hashing a few dozen small files costs about a millisecond.
 */
export async function hashTemplates(templatesDir: string): Promise<{ decks: string; site: string }> {
  let files: string[];
  try {
    const entries = await readdir(templatesDir, { recursive: true, withFileTypes: true });
    files = entries.filter((e) => e.isFile()).map((e) => path.relative(templatesDir, path.join(e.parentPath, e.name)).replace(/\\/g, '/'));
  } catch {
    // A missing folder is reported by the template loader with its path; here it is just a different key.
    files = [];
  }
  files.sort();
  const hashed = await Promise.all(files.map(async (f) => [f, await hashFile(path.join(templatesDir, f))] as const));
  const site = hashed.filter(([f]) => f.startsWith('site/'));
  return { decks: cacheKey(hashed.filter(([f]) => !f.startsWith('site/'))), site: cacheKey(site) };
}

/** What goes into a deck's key besides its source: the tool, the templates, the config that shapes outputs. */
export function deckKey(sourceHash: string, templatesHash: string, dependencyHashes: string[], config: Readonly<Config>): string {
  const { handout, budgets, noise, allowRemoteImages, maxSlides } = config;
  // Sorted: `-f pdf,html` and `-f html,pdf` make the same files.
  const formats = [...config.formats].sort();
  return cacheKey({ v: TOOL_VERSION, source: sourceHash, templates: templatesHash, formats, handout, budgets, noise, allowRemoteImages, maxSlides, dependencyHashes });
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

/**
 * The deck's stamp when its outputs are up to date, computed from the files alone (source bytes, the images
 * the last build read, the templates hash, the config), without parsing or rendering anything.
 */
export async function checkFresh(entry: { path: string; name: string }, config: Readonly<Config>, templatesHash: string): Promise<Stamp | undefined> {
  const deckDir = path.join(config.outDir, entry.name);
  const stamp = readStamp(deckDir);
  if (!stamp || !Array.isArray(stamp.dependencies)) return undefined;
  const [sourceHash, ...depHashes] = await Promise.all([entry.path, ...stamp.dependencies].map(hashFile));
  if (sourceHash === 'missing') return undefined;
  return isFresh(deckDir, deckKey(sourceHash!, templatesHash, depHashes, config));
}

/** Records a good build; written last, so a build that stops half way leaves the deck stale. */
export async function writeStamp(deckDir: string, stamp: Stamp): Promise<void> {
  await writeAtomic(path.join(deckDir, STAMP_FILE), JSON.stringify(stamp, null, 2));
}
