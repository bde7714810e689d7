// Watch mode as people start it: `npm run watch` stopped by a signal to npm (which npm and its shell do not pass on)
// takes deckhand and its Chromium down with it; `deckhand serve` ends its first build with its address.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempTree } from '../support/fixtures.js';
import { REPO_ROOT } from '../support/seeds.js';

const DOC =
  '---\ntitle: Peta Konsep Diplomasi\nlang: id\n---\n\n# Alat diplomasi\n\n- Perundingan bilateral antara dua negara\n- Forum multilateral seperti ASEAN dan PBB\n';

/** Every process whose parent chain leads to pid, from /proc. */
function descendants(pid: number): { pid: number; cmd: string }[] {
  const parents = new Map<number, number>();
  const cmds = new Map<number, string>();
  for (const entry of readdirSync('/proc').filter((e) => /^\d+$/.test(e))) {
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
      cmds.set(Number(entry), readFileSync(`/proc/${entry}/cmdline`, 'utf8').replace(/\0/g, ' '));
    } catch {
      // gone meanwhile
    }
  }
  const found: { pid: number; cmd: string }[] = [];
  const walk = (p: number) => {
    for (const [child, parent] of parents) {
      if (parent === p) {
        found.push({ pid: child, cmd: cmds.get(child) ?? '' });
        walk(child);
      }
    }
  };
  walk(pid);
  return found;
}

const alive = (pid: number) =>
  existsSync(`/proc/${pid}`) && !readFileSync(`/proc/${pid}/stat`, 'utf8').includes(') Z ');

async function until(what: () => boolean, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (what()) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return what();
}

/** Resolves with everything written so far once `text` appears in the process's output (within a minute). */
function waitFor(child: ChildProcess, text: string): Promise<string> {
  let seen = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no "${text}" within a minute:\n${seen}`)), 60_000);
    const on = (chunk: Buffer) => {
      seen += chunk.toString();
      if (!seen.includes(text)) return;
      clearTimeout(timer);
      resolve(seen);
    };
    child.stdout?.on('data', on);
    child.stderr?.on('data', on);
    child.once('exit', (code) => reject(new Error(`exited ${code} before "${text}":\n${seen}`)));
  });
}

const leftovers: number[] = [];
afterEach(() => {
  for (const pid of leftovers.splice(0)) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
});

describe('stopping and serving', () => {
  it('stops deckhand and Chromium when npm run watch is stopped by a signal to npm', async () => {
    const dir = tempTree({ 'slides/peta.md': DOC });
    const npm = spawn(
      'npm',
      ['run', '--silent', 'watch', '--', '-o', path.join(dir, 'out'), path.join(dir, 'slides')],
      { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    await waitFor(npm, 'watching for changes');
    const tree = descendants(npm.pid!);
    // npm runs the script through a shell: deckhand is the node process under it.
    const deckhand = tree.find((p) => p.cmd.includes('cli.js watch') && !/^(\/bin\/)?sh /.test(p.cmd))!;
    const chromium = tree.filter((p) => /chrom/i.test(p.cmd));
    leftovers.push(deckhand.pid, ...chromium.map((p) => p.pid));
    expect(chromium.length).toBeGreaterThan(0);
    const npmGone = new Promise<number>((resolve) => npm.once('exit', () => resolve(performance.now())));
    npm.kill('SIGTERM');
    expect(await until(() => !alive(deckhand.pid), 10_000), 'deckhand still running').toBe(true);
    expect(await until(() => chromium.every((p) => !alive(p.pid)), 5_000), 'Chromium still running').toBe(true);
    // The README's promise: within a second of its parent exiting (polled here every 100 ms, so up to 0.1 s late).
    expect(performance.now() - (await npmGone)).toBeLessThan(1100);
  });

  it('prints the address again as the last line once the first build is done', async () => {
    const dir = tempTree({ 'slides/peta.md': DOC });
    const cli = path.join(REPO_ROOT, 'dist', 'scripts', 'cli.js');
    // One stream, in the order a terminal shows it.
    const serve = spawn('sh', ['-c', `exec "${process.execPath}" "${cli}" serve --port 0 -o out slides 2>&1`], {
      cwd: dir,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    leftovers.push(serve.pid!);
    const output = await waitFor(serve, '(live reload)\n');
    const lines = output.trim().split('\n');
    const url = /^open (http:\/\/127\.0\.0\.1:\d+\/) \(live reload\)$/.exec(lines.at(-1)!)?.[1];
    expect(url, output).toBeDefined();
    expect(lines[0]).toContain(`at ${url}`);
    expect(await (await fetch(url!)).text()).toContain('Peta Konsep Diplomasi');
    serve.kill('SIGTERM');
    const code = await new Promise<number | null>((resolve) => serve.once('exit', (c) => resolve(c)));
    expect(code).toBe(0);
  });
});
