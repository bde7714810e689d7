// End to end: a seed document through the whole pipeline into a temporary folder, checked with poppler.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../scripts/pipeline/build.js';
import { resolveConfig } from '../../scripts/config.js';
import type { BuildReport } from '../../scripts/types.js';
import { REPO_ROOT } from '../support/seeds.js';

const root = REPO_ROOT;
const seed = 'slides/kerjasama-antar-negara.txt';
let out: string;
let report: BuildReport;

const pdfPages = (file: string) =>
  Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
const pdfText = (file: string) => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
const squash = (s: string) => s.replace(/\\(.)/g, '$1').replace(/\s+/g, ' ').trim();

/** Slide titles as the generated Marp Markdown has them: the first heading of each slide. */
function slideTitles(marp: string): string[] {
  const body = marp.replace(/^---\n[\s\S]*?\n---\n/, '');
  return body
    .split(/\n---\n/)
    .map((slide) => /^#{1,2} (.+)$/m.exec(slide)?.[1] ?? '')
    .filter(Boolean);
}

beforeAll(async () => {
  out = mkdtempSync(path.join(os.tmpdir(), 'deckhand-e2e-'));
  report = await build(resolveConfig({ root, inputs: [seed], outDir: out, quiet: true }));
});

afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('building a seed document end to end', () => {
  it('builds the deck without errors', () => {
    expect(report.decks).toHaveLength(1);
    expect(report.decks[0]!.error).toBeUndefined();
    expect(report.decks[0]!.ok).toBe(true);
  });

  it('writes every default output, the index and the build report', () => {
    const dir = path.join(out, 'kerjasama-antar-negara');
    for (const file of ['slides.md', 'slides.html', 'slides.pdf', 'handout.html', 'handout.pdf']) {
      expect(existsSync(path.join(dir, file)), file).toBe(true);
    }
    const index = readFileSync(path.join(out, 'index.html'), 'utf8');
    expect(index).toContain('kerjasama-antar-negara/slides.pdf');
    const json = JSON.parse(readFileSync(path.join(out, 'build-report.json'), 'utf8')) as BuildReport;
    expect(json.decks[0]!.source).toBe(seed);
    expect(json.decks[0]!.timings).toHaveProperty('measure');
  });

  it('prints one PDF page per slide', () => {
    const dir = path.join(out, 'kerjasama-antar-negara');
    expect(pdfPages(path.join(dir, 'slides.pdf'))).toBe(report.decks[0]!.slides);
  });

  it('puts every slide title in the handout', () => {
    const dir = path.join(out, 'kerjasama-antar-negara');
    const titles = slideTitles(readFileSync(path.join(dir, 'slides.md'), 'utf8'));
    expect(titles.length).toBe(report.decks[0]!.slides);
    const text = squash(pdfText(path.join(dir, 'handout.pdf')));
    for (const title of titles) expect(text).toContain(squash(title));
  });

  it('makes a presenter-ready HTML deck with speaker notes and the document language', () => {
    const html = readFileSync(path.join(out, 'kerjasama-antar-negara', 'slides.html'), 'utf8');
    expect(html).toMatch(/<html[^>]+lang="id"/);
    expect(html).toContain('bespoke-marp-note');
    expect(html).not.toMatch(/https?:\/\/(fonts|cdn)\./);
  });

  it('says in the report which sentences each slide shows and why with --explain, and nothing of it without', async () => {
    expect(report.decks[0]!.explain).toBeUndefined();
    const dir = mkdtempSync(path.join(os.tmpdir(), 'deckhand-explain-'));
    try {
      const config = resolveConfig({
        root,
        inputs: [seed],
        outDir: dir,
        quiet: true,
        formats: ['html'],
        explain: true,
      });
      const [deck] = (await build(config)).decks;
      expect(deck!.explain!.length).toBeGreaterThan(0);
      for (const slide of deck!.explain!) {
        expect(slide.title).not.toBe('');
        for (const c of slide.chosen) expect([c.sentence.length > 0, c.why.length > 0]).toEqual([true, true]);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('skips an unchanged deck on the next build', async () => {
    const again = await build(resolveConfig({ root, inputs: [seed], outDir: out, quiet: true }));
    expect(again.decks[0]!.skipped).toBe(true);
  });
});
