// Runs a command and measures it the way a user feels it: wall time, and the peak memory of the whole process
// tree (the tool plus the Chromium it starts), sampled from /proc because Chromium's renderers are grandchildren
// that a plain `time` or process.resourceUsage() never sees.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { processTree } from '../browser/process-tree.js';

/** pid and all of its descendants, with each one's resident set. */
export function treeRss(root: number): Map<number, number> {
  return new Map([...processTree(root)].map(([pid, p]) => [pid, p.rssBytes]));
}

/**
 * The tree's real share of RAM: each process's PSS splits every shared page among its users (Chromium's processes
 * share a lot, so summed RSS overstates). Reading smaps_rollup walks a process's page tables under its memory
 * lock, which stalls Chromium, so this is read sparingly (see runMeasured).
 */
export function treePss(pids: Iterable<number>): number {
  let pss = 0;
  for (const pid of pids) {
    try {
      const kb = /^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'))?.[1];
      pss += Number(kb ?? 0) * 1024;
    } catch {
      // ended, or a kernel without smaps_rollup
    }
  }
  return pss;
}

/** The least time between two PSS readings. */
const PSS_GAP_MS = 500;

export interface Measured {
  wallMs: number;
  /** Peak of the summed PSS (see treePss), read near the RSS peak. */
  peakBytes: number;
  /** Peak of the summed RSS, for comparison with tools that report RSS. */
  peakRss: number;
  /** At that peak, the command's own process (Node) and the rest of its tree (Chromium), RSS. */
  atPeak: { root: number; rest: number };
  code: number | null;
  output: string;
}

/** Runs command to completion, sampling the tree's memory every intervalMs; output keeps the last 4 KB. */
export function runMeasured(
  command: string,
  args: string[],
  options: { cwd: string; intervalMs?: number },
): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-4096);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    let peakBytes = 0;
    let peakRss = 0;
    let atPeak = { root: 0, rest: 0 };
    let lastPss = -Infinity;
    // RSS every tick (cheap); PSS only near the RSS peak and at most every PSS_GAP_MS: reading it often slowed
    // the measured build by a sixth.
    const sample = () => {
      if (child.pid === undefined) return;
      const tree = treeRss(child.pid);
      const rss = [...tree.values()].reduce((a, b) => a + b, 0);
      if (rss > peakRss) {
        const root = tree.get(child.pid) ?? 0;
        atPeak = { root, rest: rss - root };
        peakRss = rss;
      }
      if (rss >= 0.9 * peakRss && performance.now() - lastPss >= PSS_GAP_MS) {
        lastPss = performance.now();
        peakBytes = Math.max(peakBytes, treePss(tree.keys()));
      }
    };
    const timer = setInterval(sample, options.intervalMs ?? 50);
    child.on('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearInterval(timer);
      resolve({ wallMs: performance.now() - started, peakBytes, peakRss, atPeak, code, output });
    });
  });
}
