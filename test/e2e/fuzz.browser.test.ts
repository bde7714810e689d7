// Property test in real Chromium: a garbled document never leaves an overflowing slide once the fit loop is done.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBrowserPool, type BrowserPool } from '../../scripts/browser/browser-pool.js';
import { fitDeck } from '../../scripts/build/fit-deck.js';
import type { SourceKind } from '../../scripts/types.js';
import { config, garbled, loadAssets, renderOrRefuse } from '../support/garbled.js';

describe('garbled documents in Chromium', () => {
  let pool: BrowserPool;
  let work: string;
  beforeAll(async () => {
    await loadAssets();
    pool = createBrowserPool(2);
    work = mkdtempSync(path.join(os.tmpdir(), 'deckhand-fuzz-'));
  });
  afterAll(async () => {
    await pool.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('never leave an overflowing slide after re-planning', async () => {
    let measured = 0;
    await fc.assert(
      fc.asyncProperty(garbled, fc.constantFrom<SourceKind>('text', 'markdown'), async (text, kind) => {
        const rendered = renderOrRefuse(text, kind);
        if (!rendered) return;
        const fit = await fitDeck({ config, ...(await loadAssets()), pool }, rendered.deck, work);
        // Every slide was measured: a deck that was not (no browser) proves nothing here.
        expect(fit.measures).toHaveLength(fit.deck.plan.slides.length);
        expect(fit.overflowing.map((m) => `${m.title}: ${m.overflowY}px`)).toEqual([]);
        measured++;
      }),
      { numRuns: 12 },
    );
    expect(measured).toBeGreaterThanOrEqual(10);
  });
});
