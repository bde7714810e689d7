// Writes files so a reader never sees half of one: write a temp file beside the target, then rename over it.
import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * A hidden temp path in the target's own folder (rename is atomic only within one file system). The extension
 * stays last because Chromium and marp-cli pick a file's type by it.
 */
export function tempPathFor(target: string): string {
  const ext = path.extname(target);
  const base = path.basename(target, ext);
  return path.join(path.dirname(target), `.${base}.${process.pid}-${randomBytes(4).toString('hex')}.tmp${ext}`);
}

/** Writes data to target atomically; on failure the previous file is left as it was. */
export async function writeAtomic(target: string, data: string | Uint8Array): Promise<void> {
  await mkdir(path.dirname(target), { recursive: true });
  const temp = tempPathFor(target);
  try {
    await writeFile(temp, data);
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/** Moves a finished temp file into place. */
export async function commitTemp(temp: string, target: string): Promise<void> {
  try {
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
