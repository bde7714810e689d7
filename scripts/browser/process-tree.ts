// A process and all of its descendants as /proc shows them (Linux; empty elsewhere): Chromium's renderers are
// grandchildren of the build, which process.resourceUsage() never sees. Used for the build's profile (Chromium's
// CPU) and by the bench (the whole tree's memory).
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

const conf = (name: string, fallback: number) => {
  try {
    return Number(execFileSync('getconf', [name], { encoding: 'utf8' }).trim()) || fallback;
  } catch {
    return fallback;
  }
};
const PAGE_SIZE = conf('PAGESIZE', 4096);
const TICKS_PER_SECOND = conf('CLK_TCK', 100);

/** One process of the tree: its resident set and its CPU time, its own and its reaped children's. */
export interface TreeProcess {
  rssBytes: number;
  cpuMs: number;
  childrenCpuMs: number;
}

/** pid and all of its descendants, from one scan of /proc. */
export function processTree(root: number): Map<number, TreeProcess> {
  const children = new Map<number, number[]>();
  const all = new Map<number, TreeProcess>();
  let names: string[];
  try {
    names = readdirSync('/proc');
  } catch {
    return new Map();
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
    const f = stat
      .slice(stat.lastIndexOf(')') + 2)
      .split(' ')
      .map(Number);
    const ms = (ticks: number) => (ticks * 1000) / TICKS_PER_SECOND;
    all.set(Number(name), {
      rssBytes: f[21]! * PAGE_SIZE,
      cpuMs: ms(f[11]! + f[12]!),
      childrenCpuMs: ms(f[13]! + f[14]!),
    });
    children.set(f[1]!, [...(children.get(f[1]!) ?? []), Number(name)]);
  }
  const tree = new Map<number, TreeProcess>();
  const todo = [root];
  while (todo.length) {
    const pid = todo.pop()!;
    if (tree.has(pid) || !all.has(pid)) continue;
    tree.set(pid, all.get(pid)!);
    todo.push(...(children.get(pid) ?? []));
  }
  return tree;
}

/** The CPU time a process tree used so far: every live process's own, plus what its ended children used. */
export function treeCpuMs(root: number): number {
  let total = 0;
  for (const p of processTree(root).values()) total += p.cpuMs + p.childrenCpuMs;
  return total;
}
