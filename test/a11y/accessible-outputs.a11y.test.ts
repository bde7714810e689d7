// Accessible by default, checked on what a build writes from documents in this checkout: a statistics lecture
// (formulas, code, a table whose header is a formula, callouts), an Indonesian lecture with a picture and a table,
// and a sample deck of pasted text. axe-core finds no WCAG 2.1 A/AA or best-practice violation on slides.html (every
// slide), every handout layout or the course page; the PDFs are tagged as PDF/UA-1 asks, as far as pdf.js reads them.
// The corpus lectures get the same audit in accessible-outputs.corpus.test.ts.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserPool } from '../../scripts/browser/browser-pool.js';
import { LAYOUTS, resolveConfig } from '../../scripts/config.js';
import { build } from '../../scripts/pipeline/build.js';
import type { BuildReport, HandoutLayout } from '../../scripts/types.js';
import { axeProblems, deckHtml, figureCounts, handoutPdfProblems, slidesPdfProblems } from '../support/a11y-audit.js';
import { REPO_ROOT } from '../support/seeds.js';

// Every layout the config accepts: a new one is audited without being listed here.
const EVERY_LAYOUT: HandoutLayout[] = [...LAYOUTS];
const DECKS = [
  { source: 'test/fixtures/statistics/sampling.md', name: 'sampling', lang: 'en' },
  { source: 'test/fixtures/handout/diplomasi.md', name: 'diplomasi', lang: 'id' },
  { source: 'slides/kerjasama-antar-negara.txt', name: 'kerjasama-antar-negara', lang: 'id' },
];
let out: string;
let report: BuildReport;
const pool = new BrowserPool(1);

beforeAll(async () => {
  out = mkdtempSync(path.join(os.tmpdir(), 'deckhand-a11y-'));
  const config = resolveConfig({
    root: REPO_ROOT,
    inputs: DECKS.map((d) => d.source),
    outDir: out,
    handoutLayouts: EVERY_LAYOUT,
    quiet: true,
    force: true,
  });
  report = await build(config);
}, 300_000);
afterAll(async () => {
  await pool.close();
  rmSync(out, { recursive: true, force: true });
});

describe('accessible outputs, from the documents in this checkout', () => {
  it('builds every deck', () =>
    expect(report.decks.map((d) => [d.name, d.ok]).sort()).toEqual(DECKS.map((d) => [d.name, true]).sort()));

  it.each(DECKS)('$name: axe finds nothing on slides.html (every slide) or any handout layout', async ({ name }) => {
    const files = deckHtml(out, name);
    // slides.html, a page per layout, and the guided notes' answer keys.
    expect(files.length).toBeGreaterThanOrEqual(1 + EVERY_LAYOUT.length);
    expect(await axeProblems(pool, files)).toEqual([]);
  });

  it('axe finds nothing on the course page', async () => {
    expect(await axeProblems(pool, [path.join(out, 'index.html')])).toEqual([]);
  });

  it.each(DECKS)(
    '$name: slides.pdf has a heading per slide, every formula and picture a Figure with Alt',
    async (d) => {
      expect(await slidesPdfProblems(path.join(out, d.name, 'slides.pdf'), d.lang)).toEqual([]);
    },
  );

  it.each(DECKS)('$name: the notes and 4-up handouts read slide by slide, each with its notes', async (d) => {
    expect(await handoutPdfProblems(path.join(out, d.name, 'handout.pdf'), d.lang)).toEqual([]);
    expect(await handoutPdfProblems(path.join(out, d.name, 'handout-grid-4.pdf'), d.lang)).toEqual([]);
  });

  it('leaves no Figure without Alt in any PDF, every layout and answer key', async () => {
    const pdfs = DECKS.flatMap((d) =>
      readdirSync(path.join(out, d.name))
        .filter((f) => f.endsWith('.pdf'))
        .map((f) => path.join(out, d.name, f)),
    );
    expect(pdfs.length).toBeGreaterThanOrEqual(DECKS.length * (1 + EVERY_LAYOUT.length));
    expect((await figureCounts(pdfs)).withoutAlt).toBe(0);
  });

  it('labels every formula with the words a screen reader says, in the PDF as on the page', async () => {
    const { readPdfStructure, allNodes } = await import('../support/pdf-structure.js');
    const pdf = await readPdfStructure(path.join(out, 'sampling', 'slides.pdf'));
    const alts = pdf.pages.flatMap((p) =>
      allNodes(p)
        .filter((n) => n.role === 'Figure')
        .map((n) => n.alt),
    );
    expect(alts).toContain('mu equals 72');
    expect(alts.some((a) => a?.includes('the square root of 36'))).toBe(true);
  });
});
