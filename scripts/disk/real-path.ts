// Whether a file lies inside a folder, judged on real paths: a link inside the project to a file outside it is
// outside. Every file read on a document's behalf (images, themes, a converter's inputs) is checked here first.
import { realpathSync } from 'node:fs';
import path from 'node:path';

/** Whether `abs` lies inside the folder `root` (both already resolved, links not followed). */
export function isInside(root: string, abs: string): boolean {
  const rel = path.relative(root, abs);
  return !rel.startsWith('..') && !path.isAbsolute(rel);
}

/**
 * The real path of `abs` when it lies inside the real path of `root`; undefined when the file, or any link on its
 * way, leads outside, or when it cannot be resolved (missing, a dangling link).
 */
export function realInside(
  root: string,
  abs: string,
  realpath: (p: string) => string = realpathSync,
): string | undefined {
  try {
    const real = realpath(abs);
    return isInside(realpath(root), real) ? real : undefined;
  } catch {
    return undefined;
  }
}
