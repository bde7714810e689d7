// The whole CLI on the seeds plus a folder of hostile files: exit 1, every bad file named with its line, every
// other deck built, and nothing in the hostile decks runs or reaches the network.
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/seeds.js';

const CLI = path.join(REPO_ROOT, 'dist/scripts/cli.js');
let root: string;
let server: http.Server;
let hits = 0;
let run: { code: number; stdout: string; stderr: string };

beforeAll(async () => {
  server = http.createServer((_, res) => {
    hits++;
    res.end('x');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const bait = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  root = mkdtempSync(path.join(os.tmpdir(), 'deckhand-hostile-'));
  mkdirSync(path.join(root, 'slides'));
  mkdirSync(path.join(root, 'hostile'));
  cpSync(
    path.join(REPO_ROOT, 'slides/kerjasama-antar-negara.txt'),
    path.join(root, 'slides/kerjasama-antar-negara.txt'),
  );
  cpSync(path.join(REPO_ROOT, 'test/fixtures/hostile/hostile.md'), path.join(root, 'hostile/inject.md'));
  const files: Record<string, string | Uint8Array> = {
    'empty.md': '\n \n',
    'binary.txt': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00]),
    'latin1.txt': new Uint8Array([...Buffer.from('Judul\n\nKalimat '), 0xe9, 0x0a]),
    'yaml.md': '---\ntitle: "unclosed\n---\nTeks.\n',
    'paper.md': '---\nhandout: { paper: a3 }\n---\nTeks.\n',
    'remote.md': `# Gambar\n\n## Satu\n\nParagraf dengan gambar jarak jauh yang tidak boleh diambil sama sekali.\n\n![x](${bait}/img.png)\n\n<img src="${bait}/raw.png">\n\n[tautan](${bait}/link)\n`,
    'css.txt': `Judul Gaya\n\nParagraf dengan <style>body{background:url(${bait}/bg.png)}</style> gaya dan <link rel="stylesheet" href="${bait}/s.css"> tautan.\n\n<!-- _backgroundImage: url(${bait}/marp.png) -->\n`,
  };
  for (const [name, data] of Object.entries(files)) writeFileSync(path.join(root, 'hostile', name), data);

  run = await new Promise((resolve) => {
    execFile(
      process.execPath,
      [CLI, 'build', 'slides', 'hostile', '--formats', 'html,pdf,handout'],
      { cwd: root, env: { ...process.env, CI: 'true' } },
      (error, stdout, stderr) =>
        resolve({ code: typeof error?.code === 'number' ? error.code : error ? 1 : 0, stdout, stderr }),
    );
  });
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(root, { recursive: true, force: true });
});

describe('deckhand build on the seeds plus a folder of hostile files', () => {
  it('exits 1', () => {
    expect(run.code).toBe(1);
  });

  it('names each bad file, with its line, in the summary (on stderr, with the other errors)', () => {
    const out = run.stderr;
    expect(out).toMatch(/hostile\/empty\.md:1: .*empty/);
    expect(out).toMatch(/hostile\/binary\.txt:\d+: .*binary/);
    expect(out).toMatch(/hostile\/latin1\.txt:3: .*UTF-8/);
    expect(out).toMatch(/hostile\/yaml\.md:\d+: .*YAML/);
    expect(out).toMatch(/hostile\/paper\.md:2: .*handout.*a4 \| letter/);
  });

  it('builds everything else, every format', () => {
    for (const deck of ['kerjasama-antar-negara', 'inject', 'remote', 'css']) {
      for (const file of ['slides.md', 'slides.html', 'slides.pdf', 'handout.pdf']) {
        expect(existsSync(path.join(root, 'output', deck, file)), `${deck}/${file}`).toBe(true);
      }
    }
  });

  it('lets nothing in the hostile decks run', () => {
    for (const deck of ['inject', 'remote', 'css']) {
      const html = readFileSync(path.join(root, 'output', deck, 'slides.html'), 'utf8');
      const handout = readFileSync(path.join(root, 'output', deck, 'handout.html'), 'utf8');
      for (const page of [html, handout]) {
        expect(page).not.toMatch(/<script[^>]*>\s*alert/i);
        expect(page).not.toMatch(/<iframe/i);
        expect(page).not.toMatch(/<\w+[^>]*\son(error|click|load)\s*=/i);
      }
    }
  });

  it('fetches nothing: the bait server saw no request while HTML, PDFs and handouts were made', () => {
    expect(hits).toBe(0);
    const report = JSON.parse(readFileSync(path.join(root, 'output/build-report.json'), 'utf8'));
    const remote = report.decks.find((d: { name: string }) => d.name === 'remote');
    expect(remote.diagnostics.some((d: { code: string; line: number }) => d.code === 'image' && d.line > 1)).toBe(true);
  });
});
