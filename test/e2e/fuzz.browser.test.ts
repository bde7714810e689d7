// Property test in real Chromium: a garbled document never leaves an overflowing slide once the fit loop is done.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SourceKind } from '../../scripts/types.js';
import { chromeFit } from '../support/chrome-fit.js';
import { garbled, renderOrRefuse } from '../support/garbled.js';

describe('garbled documents in Chromium', () => {
  const fit = chromeFit('deckhand-fuzz-');

  it('never leave an overflowing slide after re-planning', async () => {
    let measured = 0;
    await fc.assert(
      fc.asyncProperty(garbled, fc.constantFrom<SourceKind>('text', 'markdown'), async (text, kind) => {
        const rendered = renderOrRefuse(text, kind);
        if (!rendered) return;
        const fitted = await fit(rendered.deck);
        // Every slide was measured: a deck that was not (no browser) proves nothing here.
        expect(fitted.measures).toHaveLength(fitted.deck.plan.slides.length);
        expect(fitted.overflowing.map((m) => `${m.title}: ${m.overflowY}px`)).toEqual([]);
        measured++;
      }),
      { numRuns: 12 },
    );
    expect(measured).toBeGreaterThanOrEqual(10);
  });
});
