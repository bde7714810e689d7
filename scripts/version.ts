// The tool's version, and with its compiled code part of every cache key: a new deckhand rebuilds every deck.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package root: the nearest folder above this file with package.json (works from dist/ and from source). */
export const PACKAGE_ROOT: string = (() => {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return dir;
})();

export const TOOL_VERSION: string = (
  JSON.parse(readFileSync(path.join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }
).version;

/**
 * The compiled code's identity: tsc's build info holds every source file's hash, so a checkout that pulled new code
 * and compiled it rebuilds its decks even though package.json's version did not change. A package without build
 * info is known by its version alone.
 */
function codeStamp(): string {
  try {
    const info = readFileSync(path.join(PACKAGE_ROOT, 'dist', '.tsbuildinfo'));
    return `+${createHash('sha256').update(info).digest('hex').slice(0, 12)}`;
  } catch {
    return '';
  }
}

/** What every cache key holds of the tool: its version and, in a checkout, its compiled code. */
export const CACHE_VERSION: string = `${TOOL_VERSION}${codeStamp()}`;
