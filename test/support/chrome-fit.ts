// The fit loop in real Chromium for a block of property tests: one pool of two pages and one work folder, shared by
// the block's tests and closed and removed after them.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { BrowserPool } from '../../scripts/browser/browser-pool.js';
import { fitDeck, type FitResult } from '../../scripts/pipeline/fit-deck.js';
import type { RenderedDeck } from '../../scripts/types.js';
import { config, loadAssets } from './garbled.js';

/** Registers the pool and folder on the enclosing describe block; returns the deck's fit loop. */
export function chromeFit(prefix: string): (deck: RenderedDeck) => Promise<FitResult> {
  let pool: BrowserPool;
  let work: string;
  beforeAll(async () => {
    await loadAssets();
    pool = new BrowserPool(2);
    work = mkdtempSync(path.join(os.tmpdir(), prefix));
  });
  afterAll(async () => {
    await pool.close();
    rmSync(work, { recursive: true, force: true });
  });
  return async (deck) => fitDeck({ config, ...(await loadAssets()), pool }, deck, work);
}
