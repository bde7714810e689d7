// The benchmark's memory probe: it must see the whole tree (Chromium's renderers are grandchildren of the CLI).
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { runMeasured, treePss, treeRss } from '../../scripts/bench/proc-tree.js';

const linux = process.platform === 'linux';

describe.runIf(linux)('process tree memory', () => {
  it('finds a grandchild process and adds up its memory', async () => {
    // sh -> sleep: the sleep is a grandchild of this process.
    const child = spawn('sh', ['-c', 'sleep 5 & wait'], { stdio: 'ignore' });
    await new Promise((resolve) => setTimeout(resolve, 200));
    const tree = treeRss(process.pid);
    const grandchildren = [...tree.keys()].filter((pid) => pid !== process.pid && pid !== child.pid);
    child.kill();
    expect(tree.has(child.pid!)).toBe(true);
    expect(grandchildren.length).toBeGreaterThanOrEqual(1);
    expect(tree.get(process.pid)).toBeGreaterThan(10 * 1024 * 1024);
    expect(treePss([process.pid])).toBeGreaterThan(10 * 1024 * 1024);
  });

  it('times a command and reports the peak memory of its tree', async () => {
    const m = await runMeasured(
      process.execPath,
      ['-e', 'const a = Buffer.alloc(64 * 1024 * 1024, 1); setTimeout(() => a.length, 1200)'],
      { cwd: process.cwd(), intervalMs: 20 },
    );
    expect(m.code).toBe(0);
    expect(m.wallMs).toBeGreaterThan(1000);
    expect(m.peakRss).toBeGreaterThan(64 * 1024 * 1024);
    expect(m.peakBytes).toBeGreaterThan(64 * 1024 * 1024);
  });
});
