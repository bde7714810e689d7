// Writes files so a reader never sees half of one: write a temp file beside the target, then rename over it.
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { link, mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
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

/**
 * Writes data to target atomically; on failure the previous file is left as it was. With `replace: false` an
 * existing target is never overwritten: the write fails with code EEXIST instead.
 */
export async function writeAtomic(
  target: string,
  data: string | Uint8Array,
  options: { replace?: boolean } = {},
): Promise<void> {
  await mkdir(path.dirname(target), { recursive: true });
  const temp = tempPathFor(target);
  try {
    await writeFile(temp, data);
    if (options.replace ?? true) await rename(temp, target);
    else await publishNew(temp, target);
  } finally {
    // After rename() the temp name is gone; after link() or a failure it is left over.
    await rm(temp, { force: true });
  }
}

/** Gives `temp` the name `target` only if `target` does not exist: link() checks and creates in one step. */
async function publishNew(temp: string, target: string): Promise<void> {
  try {
    await link(temp, target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // Some file systems (FAT, some network shares) have no hard links: check, then rename.
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS') throw error;
    if (existsSync(target)) throw Object.assign(new Error(`${target} exists`), { code: 'EEXIST' });
    await rename(temp, target);
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

const TEMP = /^\..+\.(\d+)-[0-9a-f]{8}\.tmp(?:\.[\w-]+)?$|^\.html-(\d+)-/;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes temp files and folders that an interrupted build (Ctrl-C, a crash) left in dir; live builds' stay. */
export async function removeStaleTemps(dir: string): Promise<void> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return;
  }
  await Promise.all(
    names.map((name) => {
      const m = TEMP.exec(name);
      const pid = Number(m?.[1] ?? m?.[2]);
      return m && pid !== process.pid && !alive(pid)
        ? rm(path.join(dir, name), { recursive: true, force: true })
        : undefined;
    }),
  );
}

/**
 * One deck's outputs, written as hidden temp files beside their targets and renamed into place all at once by
 * commit(): readers see the previous build's files until then, never a mix, and work thrown away (an export
 * started before the overflow check changed the plan) never reaches a target.
 */
export class StagedWrites {
  readonly #temps = new Map<string, string>();

  /** A fresh temp path that becomes target on commit (a previous one for the same target is dropped). */
  async temp(target: string): Promise<string> {
    const old = this.#temps.get(target);
    if (old) await rm(old, { force: true });
    const temp = tempPathFor(target);
    this.#temps.set(target, temp);
    return temp;
  }

  /** The file that holds target's newest content: its temp when staged, the target itself otherwise. */
  current(target: string): string {
    return this.#temps.get(target) ?? target;
  }

  async write(target: string, data: string | Uint8Array): Promise<void> {
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(await this.temp(target), data);
  }

  /** Moves every staged file that was written into place; a temp that was never written is skipped. */
  async commit(): Promise<void> {
    const moves = [...this.#temps];
    this.#temps.clear();
    await Promise.all(
      moves.map(([target, temp]) =>
        rename(temp, target).catch((error: NodeJS.ErrnoException) => {
          if (error.code !== 'ENOENT') throw error;
        }),
      ),
    );
  }

  async discard(): Promise<void> {
    const temps = [...this.#temps.values()];
    this.#temps.clear();
    await Promise.all(temps.map((t) => rm(t, { force: true })));
  }
}
