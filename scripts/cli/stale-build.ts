// In a checkout of deckhand's own sources, `npm run build` runs the compiled CLI without compiling first (tsc takes
// longer than a build with nothing to do). If scripts/ changed since the last compile, the CLI compiles and runs
// again in a fresh process, so that it never runs stale code; an installed deckhand has no sources and skips this.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { PACKAGE_ROOT } from '../version.js';

const TSC = path.join(PACKAGE_ROOT, 'node_modules', 'typescript', 'bin', 'tsc');

/**
 * Whether a source under root/scripts/ is newer than the last compile, whose record (dist/.tsbuildinfo) tsc -b
 * rewrites whenever it compiles. About 2 ms: one stat per file. False outside a checkout (no sources, or never
 * compiled here).
 */
export function sourcesChanged(root: string = PACKAGE_ROOT): boolean {
  const [sources, record] = [path.join(root, 'scripts'), path.join(root, 'dist', '.tsbuildinfo')];
  if (!existsSync(sources) || !existsSync(record)) return false;
  const compiled = statSync(record).mtimeMs;
  return readdirSync(sources, { recursive: true, withFileTypes: true }).some(
    (e) => e.isFile() && e.name.endsWith('.ts') && statSync(path.join(e.parentPath, e.name)).mtimeMs > compiled,
  );
}

/**
 * When the compiled CLI is older than its sources: compiles, runs the same command again, and returns its exit
 * code. Undefined when the compiled code is current (the usual case) and the command should run here.
 */
export function rerunIfStale(argv: string[]): number | undefined {
  if (process.env.DECKHAND_RERUN || !existsSync(TSC) || !sourcesChanged()) return undefined;
  process.stderr.write('deckhand: scripts/ changed since the last compile; compiling first (tsc -b)\n');
  const compiled = spawnSync(process.execPath, [TSC, '-b', path.join(PACKAGE_ROOT, 'tsconfig.json')], {
    stdio: 'inherit',
  });
  if (compiled.status !== 0) return 2;
  const run = spawnSync(process.execPath, argv, { stdio: 'inherit', env: { ...process.env, DECKHAND_RERUN: '1' } });
  return run.status ?? 1;
}
