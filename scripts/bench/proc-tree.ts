// Runs a command and measures it the way a user feels it: wall time, and the peak memory of the whole process
// tree (the tool plus the Chromium it starts), sampled from /proc because Chromium's renderers are grandchildren
// that a plain `time` or process.resourceUsage() never sees.
import { execFileSync, spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

const PAGE_SIZE = (() => {
  try {
    return Number(execFileSync('getconf', ['PAGESIZE'], { encoding: 'utf8' }).trim()) || 4096;
  } catch {
    return 4096;
  }
})();

/**
 * Memory in bytes of pid and all of its descendants, from one scan of /proc (0 off Linux). `rss` adds up each
 * process's resident set, counting shared pages once per process (Chromium's processes share a lot, so this
 * overstates); `pss` splits every shared page among its users, so the sum is the tree's real share of RAM.
 */
export function treeMemory(root: number): { rss: number; pss: number } {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  let names: string[];
  try {
    names = readdirSync('/proc');
  } catch {
    return { rss: 0, pss: 0 };
  }
  for (const name of names) {
    if (!/^\d+$/.test(name)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${name}/stat`, 'utf8');
    } catch {
      continue; // the process ended between readdir and read
    }
    // The command name may contain spaces and parentheses; the fields after the last ")" are fixed.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const pid = Number(name);
    const ppid = Number(fields[1]);
    rss.set(pid, Number(fields[21]) * PAGE_SIZE);
    children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  }
  let total = 0;
  let pss = 0;
  const todo = [root];
  const seen = new Set<number>();
  while (todo.length) {
    const pid = todo.pop()!;
    if (seen.has(pid)) continue;
    seen.add(pid);
    total += rss.get(pid) ?? 0;
    pss += pssOf(pid);
    todo.push(...(children.get(pid) ?? []));
  }
  return { rss: total, pss };
}

function pssOf(pid: number): number {
  try {
    const kb = /^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'))?.[1];
    return Number(kb ?? 0) * 1024;
  } catch {
    return 0; // ended, or a kernel without smaps_rollup
  }
}

export interface Measured {
  wallMs: number;
  /** Peak of the summed PSS (see treeMemory). */
  peakBytes: number;
  /** Peak of the summed RSS, for comparison with tools that report RSS. */
  peakRss: number;
  code: number | null;
  output: string;
}

/** Runs command to completion, sampling the tree's memory every intervalMs; output keeps the last 4 KB. */
export function runMeasured(command: string, args: string[], options: { cwd: string; intervalMs?: number }): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const keep = (chunk: Buffer) => void (output = (output + chunk.toString()).slice(-4096));
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    let peakBytes = 0;
    let peakRss = 0;
    const sample = () => {
      if (child.pid === undefined) return;
      const now = treeMemory(child.pid);
      peakBytes = Math.max(peakBytes, now.pss);
      peakRss = Math.max(peakRss, now.rss);
    };
    const timer = setInterval(sample, options.intervalMs ?? 50);
    child.on('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearInterval(timer);
      resolve({ wallMs: performance.now() - started, peakBytes, peakRss, code, output });
    });
  });
}
