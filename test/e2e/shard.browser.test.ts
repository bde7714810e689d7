// A catalogue built by a CI matrix: `--shard I/N` shares the decks out, the union of 3 shards is the single build,
// `deckhand index` merges the shards' reports, and an output folder restored from a CI cache into a checkout at
// another path skips every unchanged deck.
import { execFile } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../scripts/pipeline/build.js';
import { shardOfDeck } from '../../scripts/pipeline/shard.js';
import { resolveConfig } from '../../scripts/config.js';
import type { BuildReport } from '../../scripts/types.js';
import { RED_PNG, tempTree } from '../support/fixtures.js';
import { REPO_ROOT } from '../support/seeds.js';

const TOPICS = [
  'Diplomasi bilateral',
  'Kerja sama regional',
  'Organisasi internasional',
  'Diplomasi publik',
  'Perjanjian dagang',
  'Peta aktor',
];
const doc = (title: string) =>
  `---\ntitle: ${title}\nlang: id\n---\n\n## Pokok bahasan\n\n${title} dibahas dalam pertemuan ini bersama contoh dari kawasan Asia Tenggara.\n\n- Pengertian ${title.toLowerCase()}\n- Contoh di ASEAN\n`;
const files: Record<string, string | Uint8Array> = Object.fromEntries(
  TOPICS.slice(0, 5).map((t, i) => [`slides/kuliah-${i + 1}.md`, doc(t)]),
);
// A deck with an image: its stamp names the picture, relative to the project.
files['slides/kuliah-6/index.md'] = `${doc(TOPICS[5]!)}\n![Peta](peta.png)\n`;
files['slides/kuliah-6/peta.png'] = RED_PNG;
const root = tempTree(files, 'deckhand-shard-');
cpSync(path.join(REPO_ROOT, 'templates'), path.join(root, 'templates'), { recursive: true });

const N = 3;
// HTML only: every deck is still planned and measured in Chromium, and no PDF is printed that no test reads.
const configFor = (projectRoot: string, outDir: string) =>
  resolveConfig({ root: projectRoot, outDir, formats: ['html'], quiet: true });
const deckhand = (args: string[], cwd: string) =>
  promisify(execFile)(process.execPath, [path.join(REPO_ROOT, 'dist/scripts/cli.js'), ...args], { cwd });
const summary = (r: BuildReport) =>
  r.decks.map((d) => ({ name: d.name, ok: d.ok, slides: d.slides, outputs: [...d.outputs].sort() }));
const shards = Array.from({ length: N }, (_, i) => ({ index: i + 1, count: N }));

let single: BuildReport;
let parts: BuildReport[];

beforeAll(async () => {
  single = await build(configFor(root, path.join(root, 'single')));
  parts = [];
  for (const shard of shards)
    parts.push(await build(configFor(root, path.join(root, 'shards', String(shard.index))), { shard }));
});

describe('deckhand build --shard I/3', () => {
  it('builds each deck on exactly one shard; the union is the single build, deck for deck', () => {
    expect(single.decks.every((d) => d.ok)).toBe(true);
    const names = parts.flatMap((p) => p.decks.map((d) => d.name));
    expect([...names].sort()).toEqual(single.decks.map((d) => d.name).sort());
    expect(new Set(names).size).toBe(names.length);
    parts.forEach((part, i) => expect(part.decks.every((d) => shardOfDeck(d.name, N) === i + 1)).toBe(true));
    for (const deck of single.decks) {
      const shard = shardOfDeck(deck.name, N);
      const read = (dir: string) => readFileSync(path.join(dir, deck.name, 'slides.md'), 'utf8');
      expect(read(path.join(root, 'shards', String(shard)))).toBe(read(path.join(root, 'single')));
    }
  });

  it("writes each shard's report under its own name, and an index of its own decks", () => {
    for (const shard of shards) {
      const dir = path.join(root, 'shards', String(shard.index));
      const report = JSON.parse(
        readFileSync(path.join(dir, `build-report.shard-${shard.index}-of-${N}.json`), 'utf8'),
      ) as BuildReport;
      expect(report.shard).toEqual(shard);
      expect(existsSync(path.join(dir, 'build-report.json'))).toBe(false);
      const cards = [...readFileSync(path.join(dir, 'index.html'), 'utf8').matchAll(/<li class="deck/g)].length;
      expect(cards).toBe(report.decks.length);
    }
  });
});

describe('deckhand index', () => {
  it("merges the shards' output folders into one index and report equal to the single build's", async () => {
    await deckhand(['index', 'shards/1', 'shards/2', 'shards/3', '-o', 'merged'], root);
    const merged = JSON.parse(readFileSync(path.join(root, 'merged', 'build-report.json'), 'utf8')) as BuildReport;
    expect(summary(merged)).toEqual(summary(single));
    const html = readFileSync(path.join(root, 'merged', 'index.html'), 'utf8');
    const links = [...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!);
    expect(links.length).toBeGreaterThanOrEqual(single.decks.length * 3);
    for (const link of links) expect(existsSync(path.join(root, 'merged', decodeURIComponent(link))), link).toBe(true);
  });

  it('merges shards downloaded into one folder, from the folder alone', async () => {
    // As the CI job downloads them: every shard's files in one folder, its own index.html left behind.
    const together = path.join(root, 'together');
    for (const shard of shards)
      cpSync(path.join(root, 'shards', String(shard.index)), together, {
        recursive: true,
        filter: (f) => path.basename(f) !== 'index.html',
      });
    const { stdout } = await deckhand(['index', '-o', 'together'], root);
    expect(stdout).toContain(`${single.decks.length} decks from ${N} reports`);
    const merged = JSON.parse(readFileSync(path.join(together, 'build-report.json'), 'utf8')) as BuildReport;
    expect(summary(merged)).toEqual(summary(single));
    expect(merged.decks.every((d) => d.folder === undefined)).toBe(true);
  });

  it('skips every unchanged deck on every shard when the output folder is restored into a checkout elsewhere', async () => {
    const elsewhere = tempTree({}, 'deckhand-ci-checkout-');
    cpSync(path.join(root, 'slides'), path.join(elsewhere, 'slides'), { recursive: true });
    cpSync(path.join(root, 'templates'), path.join(elsewhere, 'templates'), { recursive: true });
    cpSync(path.join(root, 'together'), path.join(elsewhere, 'output'), { recursive: true });
    // Another runner: the first checkout is not there.
    rmSync(path.join(root, 'slides'), { recursive: true });
    for (const shard of shards) {
      const report = await build(configFor(elsewhere, path.join(elsewhere, 'output')), { shard });
      expect(report.decks.length).toBeGreaterThan(0);
      expect(report.decks.map((d) => [d.name, d.skipped])).toEqual(report.decks.map((d) => [d.name, true]));
    }
  });
});
