// Property tests: random and garbled text through normalize -> parse -> plan -> render never throws an unexpected
// error and never yields an empty or over-budget slide; most generated documents really render.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_BUDGETS } from '../../scripts/config.js';
import { HARD_BULLET_WORDS } from '../../scripts/plan/condense.js';
import { wordCount } from '../../scripts/plan/sentences.js';
import type { Slide, SourceKind } from '../../scripts/types.js';
import { garbled, loadAssets, renderOrRefuse, tally } from '../support/garbled.js';

beforeAll(loadAssets);

const words = (s: Slide) => s.bullets.reduce((n, b) => n + wordCount(b.markdown), 0);

function checkPlan(text: string, kind: SourceKind): void {
  const rendered = renderOrRefuse(text, kind);
  if (!rendered) return;
  const { deck } = rendered;
  for (const s of deck.plan.slides) {
    // A document that reads as the author's own Marp deck keeps its slides as written, an empty one too, as Marp
    // shows it (test/render/kept-decks.test.ts holds such slides to Marp's own count).
    if (s.kind === 'kept') continue;
    const hasContent =
      s.title.trim() !== '' ||
      s.bullets.length > 0 ||
      !!s.table ||
      !!s.code?.lines.length ||
      !!s.figures?.length ||
      !!s.image;
    expect(hasContent, `empty ${s.kind} slide`).toBe(true);
    if (s.kind === 'content')
      expect(
        s.bullets.length + (s.table ? 1 : 0) + (s.figures?.length ?? 0) + (s.image ? 1 : 0),
        s.title,
      ).toBeGreaterThan(0);
    // A list of many short items goes on one slide in two columns (plan/units.ts columnList).
    expect(s.bullets.length).toBeLessThanOrEqual(
      s.columns === 2 ? 2 * DEFAULT_BUDGETS.bullets + 2 : DEFAULT_BUDGETS.bullets,
    );
    expect(words(s)).toBeLessThanOrEqual(DEFAULT_BUDGETS.words);
    for (const b of s.bullets) expect(wordCount(b.markdown)).toBeLessThanOrEqual(HARD_BULLET_WORDS);
  }
  expect(deck.slideHtml).toHaveLength(deck.plan.slides.length);
}

describe('random and garbled documents', () => {
  afterAll(() => {
    // A property over inputs that are all refused proves nothing: nearly every generated document must render.
    expect(tally.rendered).toBeGreaterThanOrEqual(0.9 * (tally.rendered + tally.refused));
  });

  it('plan into non-empty slides within budget: inputs fast-check found', () => {
    // Two near-empty slides were joined into one of seven bullets, against a budget of six.
    checkPlan('ň〡\nᏸa\n    • Co\nҫ0\nᏸ¹\nKerjasama internasional dan diplomasi menjadi aspek p\n4. Me\n', 'text');
  });

  it('plan into non-empty slides within budget, as raw text', () => {
    fc.assert(
      fc.property(garbled, (text) => checkPlan(text, 'text')),
      { numRuns: 150 },
    );
  });

  it('plan into non-empty slides within budget, as Markdown', () => {
    fc.assert(
      fc.property(garbled, (text) => checkPlan(text, 'markdown')),
      { numRuns: 150 },
    );
  });

  it('survive arbitrary Unicode, control characters included', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', minLength: 1, maxLength: 400 }).filter((t) => t.trim() !== ''),
        (text) => checkPlan(text, 'text'),
      ),
      { numRuns: 150 },
    );
  });
});
