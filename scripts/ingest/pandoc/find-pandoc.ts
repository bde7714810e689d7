// Finds the pandoc installed on this machine, as Chrome is found (browser/find-chrome.ts): PANDOC_PATH when it is
// set (then only there: set to nothing, it says there is no pandoc), else `pandoc` on the PATH. deckhand never
// downloads one. Its version is read once per path, and one older than 2.17 counts as missing.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** What reading these formats needs; said in the warning when pandoc is missing. */
export const PANDOC_INSTALL =
  'install pandoc 2.17 or newer (Debian, Ubuntu: apt-get install -y pandoc) or set PANDOC_PATH';
const OLDEST: readonly number[] = [2, 17];

/** The pandoc to run, or why there is none. */
export type FoundPandoc = { path: string; version: string } | { missing: string };

const versions = new Map<string, string | undefined>();

/** `pandoc --version`'s number, or undefined when the program does not run. */
function versionOf(path: string): string | undefined {
  if (!versions.has(path)) {
    try {
      const out = execFileSync(path, ['--version'], {
        encoding: 'utf8',
        timeout: 10_000,
        stdio: ['ignore', 'pipe', 'ignore'],
      });
      versions.set(path, /^pandoc(?:\.exe)?\s+([\d.]+)/m.exec(out)?.[1]);
    } catch {
      versions.set(path, undefined);
    }
  }
  return versions.get(path);
}

const older = (version: string) => {
  const parts = version.split('.').map(Number);
  for (let i = 0; i < OLDEST.length; i++) if ((parts[i] ?? 0) !== OLDEST[i]) return (parts[i] ?? 0) < OLDEST[i]!;
  return false;
};

/** PANDOC_PATH when set, else pandoc on the PATH; its version checked. */
export function findPandoc(env: NodeJS.ProcessEnv = process.env): FoundPandoc {
  const set = env.PANDOC_PATH;
  let path: string | undefined;
  if (set !== undefined) {
    if (!set || !existsSync(set)) return { missing: `PANDOC_PATH (${set || 'empty'}) names no program` };
    path = set;
  } else {
    try {
      path = execFileSync('which', ['pandoc'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    } catch {
      path = undefined;
    }
  }
  if (!path) return { missing: 'pandoc is not installed' };
  const version = versionOf(path);
  if (!version) return { missing: `${path} does not run as pandoc` };
  if (older(version)) return { missing: `pandoc ${version} is older than ${OLDEST.join('.')}` };
  return { path, version };
}
