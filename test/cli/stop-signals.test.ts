// A long-running command notices its parent is gone quickly: npm and its shell do not pass a signal on, so watch
// mode's only way to learn that it was stopped is that its parent exited.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { onStop } from '../../scripts/cli/stop-signals.js';
import { tempTree } from '../support/fixtures.js';
import { REPO_ROOT } from '../support/seeds.js';

const STOP_SIGNALS = path.join(REPO_ROOT, 'dist', 'scripts', 'cli', 'stop-signals.js');

/** A process that waits for onStop, as watch mode does, and says its pid once it waits. */
const CHILD = `import { onStop } from ${JSON.stringify(STOP_SIGNALS)};
onStop(() => process.exit(0));
setInterval(() => {}, 60_000);
process.stdout.write(\`ready \${process.pid}\\n\`);
`;

/** A parent that starts the child and lives until killed. */
const PARENT = `require('node:child_process').spawn(process.execPath, [process.argv[1]], { stdio: 'inherit' });
setInterval(() => {}, 60_000);`;

const alive = (pid: number) =>
  existsSync(`/proc/${pid}`) && !readFileSync(`/proc/${pid}/stat`, 'utf8').includes(') Z ');

/** Kills the parent once the child waits, and measures how long the child outlives it, in ms. */
async function outlives(script: string): Promise<number> {
  const parent = spawn(process.execPath, ['-e', PARENT, script], { stdio: ['ignore', 'pipe', 'inherit'] });
  const pid = await new Promise<number>((resolve, reject) => {
    parent.stdout.on('data', (chunk: Buffer) => {
      const match = /ready (\d+)/.exec(chunk.toString());
      if (match) resolve(Number(match[1]));
    });
    parent.once('exit', () => reject(new Error('the parent exited first')));
  });
  // At a different moment of the child's polling each time.
  await new Promise((resolve) => setTimeout(resolve, Math.random() * 1000));
  const gone = new Promise<number>((resolve) => parent.once('exit', () => resolve(performance.now())));
  parent.kill('SIGKILL');
  const exited = await gone;
  while (alive(pid)) {
    if (performance.now() - exited > 5000) process.kill(pid, 'SIGKILL');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  return performance.now() - exited;
}

describe('stopping when the parent exits', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('notices within 0.2 s that its parent is gone, whenever that happens', () => {
    vi.useFakeTimers();
    const ppid = vi.spyOn(process, 'ppid', 'get').mockReturnValue(4242);
    for (const after of [0, 37, 99, 150]) {
      const stopped: string[] = [];
      const dispose = onStop((reason) => stopped.push(reason.why));
      vi.advanceTimersByTime(after);
      ppid.mockReturnValue(1);
      vi.advanceTimersByTime(200);
      expect(stopped, `parent gone ${after} ms in`).toEqual(['its parent process exited']);
      dispose();
      ppid.mockReturnValue(4242);
    }
  });

  it('stops within a second of its parent exiting, as the README says, whenever that happens', async () => {
    const script = path.join(tempTree({}), 'child.mjs');
    writeFileSync(script, CHILD);
    // Five at once, each killed at its own moment; a second includes starting to exit on a busy machine.
    const times = await Promise.all(Array.from({ length: 5 }, () => outlives(script)));
    for (const ms of times) expect(ms, times.map(Math.round).join(', ')).toBeLessThan(1000);
  });
});
