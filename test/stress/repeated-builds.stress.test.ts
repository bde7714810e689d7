// The same cold build, many times over: a build that has printed every deck must end with exit 0 and never with a
// Node stack trace (one in three cold builds once crashed after the last deck, when Chromium was killed while its
// protocol pipe still had bytes in flight).
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { BuildReport } from '../../scripts/types.js';
import { REPO_ROOT, SEED_NAMES } from '../support/seeds.js';

const CLI = path.join(REPO_ROOT, 'dist', 'scripts', 'cli.js');
const RUNS = 30;
const out = mkdtempSync(path.join(os.tmpdir(), 'deckhand-repeat-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

function coldBuild(): Promise<{ code: number; stderr: string }> {
  return new Promise((resolve) =>
    execFile(
      process.execPath,
      [CLI, 'build', '--force', '-q', '-o', out],
      { cwd: REPO_ROOT },
      (error, _stdout, stderr) =>
        resolve({ code: typeof error?.code === 'number' ? error.code : error ? 1 : 0, stderr }),
    ),
  );
}

describe(`${RUNS} cold builds of the seeds in a row`, () => {
  it(
    'each ends with exit 0, every deck built, and no stack trace',
    async () => {
      const failures: string[] = [];
      for (let run = 1; run <= RUNS; run++) {
        const { code, stderr } = await coldBuild();
        if (code !== 0 || /node:events|Unhandled|^\s+at /m.test(stderr))
          failures.push(`run ${run}: exit ${code}\n${stderr.slice(-600)}`);
      }
      expect(failures).toEqual([]);
      const report = JSON.parse(readFileSync(path.join(out, 'build-report.json'), 'utf8')) as BuildReport;
      expect(
        report.decks
          .filter((d) => d.ok && !d.skipped)
          .map((d) => d.name)
          .sort(),
      ).toEqual([...SEED_NAMES]);
    },
    RUNS * 60_000,
  );
});
