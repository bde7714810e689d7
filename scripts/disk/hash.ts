// Content hashes: every cache key in the build (a deck's stamp, the index page, Marp's theme memos) is one of these.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';

/** sha256 of a file's bytes; "missing" when it does not exist. */
export async function hashFile(file: string): Promise<string> {
  try {
    return createHash('sha256')
      .update(await readFile(file))
      .digest('hex');
  } catch {
    return 'missing';
  }
}

/** One key from every input that changes a result: sha256 of the inputs as JSON. */
export function cacheKey(parts: unknown): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
}
