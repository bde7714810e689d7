// Property tests: random and garbled text (the seeds shuffled and cut at random places among it) through
// normalize -> parse -> plan -> render never throws an unexpected error and never yields an empty, over-budget
// or overflowing slide.
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { mkdtempSync, rmSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_BUDGETS, resolveConfig } from '../scripts/config.js';
import { DeckhandError } from '../scripts/errors.js';
import { createBrowserPool, type BrowserPool } from '../scripts/browser/browser-pool.js';
import { HARD_BULLET_WORDS, wordCount } from '../scripts/plan/condense.js';
import { fitDeck, loadBuildAssets, renderSource } from '../scripts/build/build-deck.js';
import type { Slide, SourceDoc, SourceKind } from '../scripts/types.js';

const root = path.resolve(import.meta.dirname, '..');
const seeds = ['kerjasama-internasional-dan-diplomasi', 'manfaat-kerja-sama-dan-hubungan-internasional', 'memperkuat-hubungan-dengan-mitra-internasional',
  'kerja-sama-bilateral-adalah-bentuk-diplomasi', 'kerjasama-antar-negara'].map((n) => readFileSync(path.join(root, 'slides', `${n}.txt`), 'utf8'));
const seedLines = seeds.flatMap((s) => s.split('\n'));

const config = resolveConfig({ root, quiet: true });
let assets: Awaited<ReturnType<typeof loadBuildAssets>>;
beforeAll(async () => {
  assets = await loadBuildAssets(config);
});

const source = (text: string, kind: SourceKind): SourceDoc => ({ path: path.join(root, 'slides', `fuzz.${kind === 'text' ? 'txt' : 'md'}`), relPath: 'slides/fuzz', name: 'fuzz', kind, text, hash: 'fuzz' });

/** Text that looks like pasted documents gone wrong: seed lines shuffled and cut, mixed with random noise. */
const garbled = fc
  .array(
    fc.oneof(
      fc.constantFrom(...seedLines),
      fc.tuple(fc.constantFrom(...seedLines), fc.nat(400)).map(([line, cut]) => line.slice(0, cut)),
      fc.string({ unit: 'grapheme', maxLength: 120 }),
      fc.constantFrom('---', '***', '| a | b |', '|', '<!-- _class: x -->', '{{ x }}', '{{> p}}', '# ', '1.', '•', '  - ', '<script>', '```', '> ', '![x](y.png)', ':', ''),
    ),
    { minLength: 1, maxLength: 60 },
  )
  .map((lines) => lines.join('\n'))
  .filter((text) => text.trim() !== '');

const words = (s: Slide) => s.bullets.reduce((n, b) => n + wordCount(b.markdown), 0);

/** Renders, allowing only the errors a user is meant to see: a DeckhandError that names the file. */
function renderOrExpectedError(text: string, kind: SourceKind) {
  try {
    return renderSource(source(text, kind), { config, ...assets });
  } catch (error) {
    if (error instanceof DeckhandError && error.file === 'slides/fuzz' && error.line !== undefined) return undefined;
    throw error;
  }
}

function checkPlan(text: string, kind: SourceKind): void {
  const rendered = renderOrExpectedError(text, kind);
  if (!rendered) return;
  const { deck } = rendered;
  for (const s of deck.plan.slides) {
    const hasContent = s.title.trim() !== '' || s.bullets.length > 0 || !!s.table || !!s.code?.lines.length || !!s.figures?.length || !!s.image;
    expect(hasContent, `empty ${s.kind} slide`).toBe(true);
    if (s.kind === 'content') expect(s.bullets.length + (s.table ? 1 : 0) + (s.figures?.length ?? 0) + (s.image ? 1 : 0), s.title).toBeGreaterThan(0);
    expect(s.bullets.length).toBeLessThanOrEqual(DEFAULT_BUDGETS.bullets);
    expect(words(s)).toBeLessThanOrEqual(DEFAULT_BUDGETS.words);
    for (const b of s.bullets) expect(wordCount(b.markdown)).toBeLessThanOrEqual(HARD_BULLET_WORDS);
  }
  expect(deck.slideHtml).toHaveLength(deck.plan.slides.length);
}

describe('random and garbled documents', () => {
  it('plan into non-empty slides within budget, as raw text', () => {
    fc.assert(fc.property(garbled, (text) => checkPlan(text, 'text')), { numRuns: 150 });
  });

  it('plan into non-empty slides within budget, as Markdown', () => {
    fc.assert(fc.property(garbled, (text) => checkPlan(text, 'markdown')), { numRuns: 150 });
  });

  it('survive arbitrary Unicode, control characters included', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', minLength: 1, maxLength: 400 }).filter((t) => t.trim() !== ''), (text) => checkPlan(text, 'text')), { numRuns: 150 });
  });
});

describe('garbled documents in Chromium', () => {
  let pool: BrowserPool;
  let work: string;
  beforeAll(() => {
    pool = createBrowserPool(2);
    work = mkdtempSync(path.join(os.tmpdir(), 'deckhand-fuzz-'));
  });
  afterAll(async () => {
    await pool.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('never leave an overflowing slide after re-planning', async () => {
    await fc.assert(
      fc.asyncProperty(garbled, fc.constantFrom<SourceKind>('text', 'markdown'), async (text, kind) => {
        const doc = source(text, kind);
        const rendered = renderOrExpectedError(text, kind);
        if (!rendered) return;
        const { deck } = rendered;
        const fit = await fitDeck(doc, { config, ...assets, pool }, deck, work);
        expect(fit.overflowing.map((m) => `${m.title}: ${m.overflowY}px`)).toEqual([]);
      }),
      { numRuns: 12 },
    );
  });
});

