// A course built a deck at a time: the index and report keep every deck of the output folder, drop one whose source
// is gone, say which outputs a change of formats removed (--clean) and which source of an imported pair is built; the page
// itself, in Chromium at a laptop's and a phone's width, loads only local files and keeps its titles whole.
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../scripts/pipeline/build.js';
import { chromeArgs, findChrome } from '../../scripts/browser/find-chrome.js';
import { resolveConfig } from '../../scripts/config.js';
import { importDocument } from '../../scripts/ingest/import-document.js';
import { requireCjs } from '../../scripts/require-cjs.js';
import type { BuildReport, OutputFormat } from '../../scripts/types.js';
import { tempTree } from '../support/fixtures.js';
import { REPO_ROOT } from '../support/seeds.js';

const fixture = (rel: string) => readFileSync(path.join(REPO_ROOT, 'test', 'fixtures', rel), 'utf8');
const root = tempTree({
  'slides/peta-konsep.md': fixture('watch/peta-konsep.md'),
  'slides/merge-sort.md': fixture('plan/merge-sort.md'),
  'slides/rusak.md': '---\ntitle: Rusak\nauthor: [x\ndate: 2024\n---\n\n# Rusak\n\nTeks.\n',
});
const templatesDir = path.join(REPO_ROOT, 'templates');
const configFor = (inputs: string[], formats: OutputFormat[] = ['html', 'pdf', 'handout']) =>
  resolveConfig({ root, inputs, templatesDir, formats, quiet: true });
const outDir = path.join(root, 'output');
const names = (report: BuildReport) => report.decks.map((d) => d.name);
const cards = () =>
  [...readFileSync(path.join(outDir, 'index.html'), 'utf8').matchAll(/<li class="deck[^"]*">/g)].length;

let whole: BuildReport;
beforeAll(async () => {
  whole = await build(configFor(['slides']));
});

describe('the course index and report across builds', () => {
  it('lists every deck in the report after a whole build, the failed one with its error; the page only the good ones', () => {
    expect(names(whole)).toEqual(['merge-sort', 'peta-konsep', 'rusak']);
    expect(whole.decks.map((d) => d.ok)).toEqual([true, true, false]);
    expect(whole.decks[2]!.error).toMatchObject({ file: 'slides/rusak.md', line: 4 });
    expect(cards()).toBe(2);
    expect(readFileSync(path.join(outDir, 'index.html'), 'utf8')).not.toContain('front matter is not valid YAML');
  });

  it("gives each built deck its wall time, no longer than the build's", () => {
    for (const deck of whole.decks.filter((d) => d.ok)) {
      expect(deck.durationMs).toBeGreaterThan(0);
      expect(deck.durationMs!).toBeLessThanOrEqual(whole.durationMs);
    }
  });

  it('keeps the other decks in the index and report when one deck is built', async () => {
    const report = await build(configFor(['slides/peta-konsep.md']));
    expect(names(report)).toEqual(['merge-sort', 'peta-konsep', 'rusak']);
    expect(report.decks.map((d) => d.earlier ?? false)).toEqual([true, false, true]);
    expect(report.decks[2]!.error?.message).toMatch(/not valid YAML/);
    // The failed deck, which never built, is the report's business, not the students'.
    expect(cards()).toBe(2);
    const json = JSON.parse(readFileSync(path.join(outDir, 'build-report.json'), 'utf8')) as BuildReport;
    expect(names(json)).toEqual(['merge-sort', 'peta-konsep', 'rusak']);
  });

  it('leaves the index and report alone when a path is mistyped', async () => {
    const before = readFileSync(path.join(outDir, 'build-report.json'), 'utf8');
    await expect(build(configFor(['slides/*.mdx']))).rejects.toThrow('slides/*.mdx: no documents match');
    expect(readFileSync(path.join(outDir, 'build-report.json'), 'utf8')).toBe(before);
  });

  it('says which outputs a change of formats removed with --clean, and removes them', async () => {
    const report = await build({ ...configFor(['slides/peta-konsep.md'], ['html', 'pdf']), clean: true });
    const deck = report.decks.find((d) => d.name === 'peta-konsep')!;
    expect(deck.removed?.sort()).toEqual(['handout.html', 'handout.pdf']);
    for (const file of deck.removed!) expect(existsSync(path.join(outDir, 'peta-konsep', file))).toBe(false);
    expect(readFileSync(path.join(outDir, 'build-report.json'), 'utf8')).toContain('"removed"');
  });

  it('drops a deck whose source is gone, though its folder remains', async () => {
    rmSync(path.join(root, 'slides', 'merge-sort.md'));
    const report = await build(configFor(['slides/peta-konsep.md'], ['html', 'pdf']));
    expect(existsSync(path.join(outDir, 'merge-sort'))).toBe(true);
    expect(names(report)).toEqual(['peta-konsep', 'rusak']);
    expect(cards()).toBe(1);
  });

  it('builds the Markdown that deckhand import made, and says so', async () => {
    const seed = path.join(REPO_ROOT, 'slides', 'kerjasama-antar-negara.txt');
    copyFileSync(seed, path.join(root, 'slides', 'antar-negara.txt'));
    await importDocument('slides/antar-negara.txt', root);
    const report = await build(configFor(['slides/antar-negara.txt', 'slides/antar-negara.md'], ['html', 'pdf']));
    expect(report.decks.find((d) => d.name === 'antar-negara')!.source).toBe(path.join('slides', 'antar-negara.md'));
    expect(report.notes?.map((n) => n.message)).toEqual([
      `deck "antar-negara" is built from ${path.join('slides', 'antar-negara.md')}, which deckhand import made from ${path.join('slides', 'antar-negara.txt')}; the .txt is not used`,
    ]);
  });
});

describe('the course page in Chromium', () => {
  const puppeteer = (requireCjs('puppeteer') as typeof import('puppeteer')).default;
  let browser: Browser;
  const shots = path.join(os.tmpdir(), 'deckhand-index-shots');

  beforeAll(async () => {
    browser = await puppeteer.launch({ executablePath: findChrome()!, headless: true, args: chromeArgs() });
    mkdirSync(shots, { recursive: true });
  });
  afterAll(() => browser?.close());

  it.each([1280, 390])(
    'at %i px: local files only, nothing cut off, titles not wrapped word by word',
    async (width) => {
      // A long title, as lecturers write them, beside the short ones.
      const long =
        '---\ntitle: Kerja Sama Bilateral Adalah Bentuk Diplomasi yang Mempererat Persahabatan Antar Negara di Asia Tenggara\n---\n\n## Satu\n\nKerja sama bilateral adalah hubungan antara dua negara.\n';
      writeFileSync(path.join(root, 'slides', 'panjang.md'), long);
      await build(configFor(['slides/panjang.md'], ['html', 'pdf']));
      const page = await browser.newPage();
      const requests: string[] = [];
      page.on('request', (r) => void requests.push(r.url()));
      await page.setViewport({ width, height: 900 });
      await page.goto(pathToFileURL(path.join(outDir, 'index.html')).href, { waitUntil: 'load' });
      await page.screenshot({ path: path.join(shots, `index-${width}.png`), fullPage: true });
      const facts = await page.evaluate(() => {
        const lines = (el: Element) => {
          // One rect per word: the number of distinct tops is the number of lines.
          const range = document.createRange();
          const tops = new Set<number>();
          const text = el.textContent ?? '';
          const node = el.querySelector('a')?.firstChild ?? el.firstChild!;
          let at = 0;
          for (const word of text.split(' ')) {
            range.setStart(node, at);
            range.setEnd(node, at + word.length);
            tops.add(Math.round(range.getBoundingClientRect().top));
            at += word.length + 1;
          }
          return tops.size;
        };
        return {
          scroll: document.documentElement.scrollWidth,
          cut: [...document.querySelectorAll('.deck *')]
            .filter((el) => el.getBoundingClientRect().right > el.closest('.deck')!.getBoundingClientRect().right + 0.5)
            .map((el) => el.outerHTML.slice(0, 80)),
          titles: [...document.querySelectorAll('h2')].map((h) => ({
            words: (h.textContent ?? '').split(' ').length,
            lines: lines(h),
          })),
          pictures: [...document.querySelectorAll('img')].map((img) => img.naturalWidth),
          text: document.body.textContent ?? '',
          links: [...document.querySelectorAll('.deck')].map((d) =>
            [...d.querySelectorAll('.links a')].map((a) => a.textContent),
          ),
        };
      });
      await page.close();
      expect(requests.length).toBeGreaterThan(1);
      for (const url of requests) expect(url.startsWith(`${pathToFileURL(outDir).href}/`), url).toBe(true);
      expect(facts.scroll).toBeLessThanOrEqual(width);
      expect(facts.cut).toEqual([]);
      for (const t of facts.titles.filter((x) => x.words >= 3))
        expect(t.lines, JSON.stringify(t)).toBeLessThanOrEqual(Math.ceil(t.words / 2));
      expect(facts.titles.some((t) => t.words >= 12)).toBe(true);
      expect(facts.pictures.length).toBeGreaterThanOrEqual(3);
      for (const w of facts.pictures) expect(w).toBe(480);
      // Failures and source paths are for the lecturer, in the build report; the Markdown only when asked for.
      expect(facts.text).not.toMatch(/not valid YAML|slides\/|\.md\b/);
      expect(facts.links[0]).toEqual(['Present', 'Slides PDF']);
    },
  );
});
