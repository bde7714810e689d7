// The accessibility audit of accessible-outputs.a11y.test.ts on real lectures: three corpus lessons with
// formulas, code, tables and pictures (MyST, Quarto, GitHub alerts) and the five sample decks of pasted text, every
// handout layout each. axe-core finds nothing on any page; every PDF checked is tagged as PDF/UA-1 asks, as far as
// pdf.js reads it: slides.pdf with a heading per slide, and the notes and 4-up handouts in reading order.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserPool } from '../../scripts/browser/browser-pool.js';
import { LAYOUTS, resolveConfig } from '../../scripts/config.js';
import { build } from '../../scripts/pipeline/build.js';
import type { BuildReport, HandoutLayout } from '../../scripts/types.js';
import { axeProblems, deckHtml, figureCounts, handoutPdfProblems, slidesPdfProblems } from '../support/a11y-audit.js';
import { corpusFile } from '../support/corpus.js';
import { REPO_ROOT } from '../support/seeds.js';

// Every layout the config accepts: a new one is audited without being listed here.
const EVERY_LAYOUT: HandoutLayout[] = [...LAYOUTS];
const LESSONS = [
  '03_en_myst_mude-multivariate.md',
  '04_en_quarto_corestats-one-sample.qmd',
  '07_en_gfm-alerts_genai-js-intro.md',
];
const SAMPLES = readdirSync(path.join(REPO_ROOT, 'slides')).filter((f) => f.endsWith('.txt'));
const DECKS = [
  ...LESSONS.map((f) => ({ name: f.replace(/\.\w+$/, ''), lang: 'en' })),
  ...SAMPLES.map((f) => ({ name: f.replace(/\.\w+$/, ''), lang: 'id' })),
];
let out: string;
let report: BuildReport;
const pool = new BrowserPool(1);

beforeAll(async () => {
  out = mkdtempSync(path.join(os.tmpdir(), 'deckhand-a11y-corpus-'));
  const inputs = [...LESSONS.map(corpusFile), ...SAMPLES.map((f) => path.join(REPO_ROOT, 'slides', f))];
  report = await build(
    resolveConfig({ root: REPO_ROOT, inputs, outDir: out, handoutLayouts: EVERY_LAYOUT, quiet: true, force: true }),
  );
}, 900_000);
afterAll(async () => {
  await pool.close();
  rmSync(out, { recursive: true, force: true });
});

describe('accessible outputs, on real lectures', () => {
  it('builds every deck', () => expect(report.decks.filter((d) => !d.ok).map((d) => d.name)).toEqual([]));

  it.each(DECKS)(
    '$name: axe finds nothing on slides.html (every slide) or any handout layout',
    async ({ name }) => {
      expect(await axeProblems(pool, deckHtml(out, name))).toEqual([]);
    },
    300_000,
  );

  it('axe finds nothing on the course page', async () => {
    expect(await axeProblems(pool, [path.join(out, 'index.html')])).toEqual([]);
  });

  it.each(DECKS)('$name: slides.pdf, the notes and the 4-up handouts are tagged in reading order', async (d) => {
    expect(await slidesPdfProblems(path.join(out, d.name, 'slides.pdf'), d.lang)).toEqual([]);
    expect(await handoutPdfProblems(path.join(out, d.name, 'handout.pdf'), d.lang)).toEqual([]);
    expect(await handoutPdfProblems(path.join(out, d.name, 'handout-grid-4.pdf'), d.lang)).toEqual([]);
  });

  it('leaves no Figure without Alt in any PDF', async () => {
    const pdfs = DECKS.flatMap((d) =>
      readdirSync(path.join(out, d.name))
        .filter((f) => f.endsWith('.pdf'))
        .map((f) => path.join(out, d.name, f)),
    );
    const counts = await figureCounts(pdfs);
    expect(counts.figures).toBeGreaterThan(300);
    expect(counts.withoutAlt).toBe(0);
  });
});
