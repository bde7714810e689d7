import { existsSync, readdirSync } from 'node:fs';
import { appendFile, cp, mkdir, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../scripts/build.js';
import { resolveConfig, type Config } from '../scripts/config.js';
import { checkFresh, deckKey, hashTemplates, STAMP_FILE } from '../scripts/lib/cache.js';
import type { BuildReport } from '../scripts/types.js';

// Two real lecture documents (the shortest seeds) and the real templates, in a temp project.
const SEEDS = ['kerjasama-antar-negara.txt', 'memperkuat-hubungan-dengan-mitra-internasional.txt'];
const DECKS = SEEDS.map((s) => s.replace('.txt', ''));
const REPO = path.resolve(import.meta.dirname, '..');

async function makeProject(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'deckhand-cache-'));
  await mkdir(path.join(dir, 'slides'));
  await cp(path.join(REPO, 'templates'), path.join(dir, 'templates'), { recursive: true });
  for (const seed of SEEDS) await cp(path.join(REPO, 'slides', seed), path.join(dir, 'slides', seed));
  return dir;
}

const rebuilt = (report: BuildReport) => report.decks.filter((d) => !d.skipped).map((d) => d.name).sort();
const mtime = async (file: string) => (await stat(file)).mtimeMs;

describe('incremental builds', () => {
  let dir: string;
  let config: Readonly<Config>;
  const html = (deck: string) => path.join(config.outDir, deck, 'slides.html');

  beforeAll(async () => {
    dir = await makeProject();
    // HTML only keeps these builds short; the cache does not care which formats are asked for.
    config = resolveConfig({ root: dir, formats: ['html'], quiet: true });
    const first = await build(config);
    expect(first.decks.map((d) => [d.name, d.ok, d.error?.message])).toEqual(DECKS.map((d) => [d, true, undefined]));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('skips every deck when nothing changed, without touching their files or the index', async () => {
    const before = await Promise.all([...DECKS.map(html), path.join(config.outDir, 'index.html')].map(mtime));
    const report = await build(config);
    expect(rebuilt(report)).toEqual([]);
    expect(report.decks.every((d) => d.ok && d.slides > 0 && d.outputs.includes('slides.html'))).toBe(true);
    expect(await Promise.all([...DECKS.map(html), path.join(config.outDir, 'index.html')].map(mtime))).toEqual(before);
  });

  it('rebuilds only the deck whose source changed', async () => {
    await appendFile(path.join(dir, 'slides', SEEDS[0]!), '\nSatu kalimat baru untuk kuliah hari ini.\n');
    expect(rebuilt(await build(config))).toEqual([DECKS[0]]);
  });

  it('rebuilds every deck when a deck template changes', async () => {
    await appendFile(path.join(dir, 'templates', 'deck', 'deck.hbs'), '{{!-- edited --}}');
    expect(rebuilt(await build(config))).toEqual(DECKS);
    expect(rebuilt(await build(config))).toEqual([]);
  });

  it('re-renders only the index when the index template changes', async () => {
    const index = path.join(config.outDir, 'index.html');
    await appendFile(path.join(dir, 'templates', 'site', 'index.hbs'), '\n<!-- edited index -->\n');
    expect(rebuilt(await build(config))).toEqual([]);
    expect(await readFile(index, 'utf8')).toContain('<!-- edited index -->');
  });

  it('rebuilds every deck with force', async () => {
    expect(rebuilt(await build({ ...config, force: true }))).toEqual(DECKS);
  });

  it('rebuilds a deck whose output was deleted, and everything after output/ is deleted', async () => {
    await rm(html(DECKS[1]!));
    expect(rebuilt(await build(config))).toEqual([DECKS[1]]);
    await rm(config.outDir, { recursive: true });
    const report = await build(config);
    expect(rebuilt(report)).toEqual(DECKS);
    expect(report.decks.every((d) => d.ok)).toBe(true);
    await Promise.all([...DECKS.map(html), path.join(config.outDir, 'index.html'), path.join(config.outDir, DECKS[0]!, STAMP_FILE)].map((f) => stat(f)));
  });

  it('removes what a format no longer asked for made, so no stale handout sits beside new slides', async () => {
    const deckDir = path.join(config.outDir, DECKS[0]!);
    await build({ ...config, formats: ['html', 'handout'] });
    expect(existsSync(path.join(deckDir, 'handout.pdf'))).toBe(true);
    const report = await build(config);
    expect(rebuilt(report)).toEqual(DECKS);
    expect(readdirSync(deckDir).filter((f) => !f.startsWith('.')).sort()).toEqual(['slides.html', 'slides.md']);
  });

  it('rebuilds when an output-shaping option changes', async () => {
    const strict = { ...config, budgets: { ...config.budgets, bullets: 3 } };
    expect(rebuilt(await build(strict))).toEqual(DECKS);
    expect(rebuilt(await build(config))).toEqual(DECKS);
  });
});

describe('cache keys', () => {
  it('ignore the order of formats but not the formats', () => {
    const config = resolveConfig({ root: REPO, formats: ['pdf', 'html'] });
    const same = deckKey('s', 't', [], config);
    expect(deckKey('s', 't', [], { ...config, formats: ['html', 'pdf'] })).toBe(same);
    expect(deckKey('s', 't', [], { ...config, formats: ['html'] })).not.toBe(same);
    expect(deckKey('s', 't', ['missing'], config)).not.toBe(same);
  });

  it('keep the index template out of the decks hash', async () => {
    const dir = await makeProject();
    try {
      const before = await hashTemplates(path.join(dir, 'templates'));
      await appendFile(path.join(dir, 'templates', 'site', 'index.hbs'), 'x');
      const after = await hashTemplates(path.join(dir, 'templates'));
      expect(after.decks).toBe(before.decks);
      expect(after.site).not.toBe(before.site);
      await appendFile(path.join(dir, 'templates', 'themes', 'deckhand.css'), '/* x */');
      expect((await hashTemplates(path.join(dir, 'templates'))).decks).not.toBe(before.decks);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('find nothing fresh without a stamp', async () => {
    const config = resolveConfig({ root: REPO, outDir: path.join(os.tmpdir(), 'deckhand-no-such-output') });
    expect(await checkFresh({ path: path.join(REPO, 'slides', SEEDS[0]!), name: DECKS[0]! }, config, 'x')).toBeUndefined();
  });
});
