// deckhand's Marpit patches change speed, never a result: on real decks (the samples as deckhand writes them) the
// patched engine gives the same tokens and HTML as Marpit's own rules, which a fresh Node shows by being handed
// another Marpit version: the patches stay off there, and it says why. The corpus's lessons and authors' own Marp
// decks get the same comparison in marpit-patches.corpus.test.ts (npm run test:corpus).
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BuildAssets } from '../../../scripts/pipeline/build-context.js';
import { createMarp, loadThemes } from '../../../scripts/render/marp/marp-engine.js';
import { installedMarpit, PATCHED_MARPIT } from '../../../scripts/render/marp/marpit-patches.js';
import { assetsOf } from '../../support/documents.js';
import { deckhandDecks, expectSameAsOwnRules, inFreshNode, TEMPLATES } from '../../support/marpit-decks.js';
import { REPO_ROOT, SEED_FILES } from '../../support/seeds.js';

let assets: BuildAssets;
let decks: Map<string, string>;
let work: string;

beforeAll(async () => {
  assets = await assetsOf();
  decks = await deckhandDecks([...SEED_FILES, 'test/fixtures/plan/code.md'].map((rel) => path.join(REPO_ROOT, rel)));
  work = mkdtempSync(path.join(os.tmpdir(), 'deckhand-marpit-'));
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('Marpit patches', () => {
  it(`apply to the Marpit they were written for (${PATCHED_MARPIT}), the one installed`, () => {
    // A newer Marpit fails here on purpose: check marpit-slides.ts and marp-theme-cache.ts against it, then move
    // PATCHED_MARPIT. Builds meanwhile run on Marpit's own rules and say so.
    expect(installedMarpit().version).toBe(PATCHED_MARPIT);
    expect(createMarp(loadThemes(TEMPLATES)).patches).toMatchObject({ applied: true, version: PATCHED_MARPIT });
    expect(assets.notes).toEqual([]);
  });

  it("give the same tokens and HTML as Marpit's own rules on the samples", () => {
    expectSameAsOwnRules(decks, work);
  });

  it('stay off for another Marpit, say so once with where its version is written, and never throw', () => {
    const { patches, notes } = inFreshNode([], '3.9.0', work);
    expect(patches).toMatchObject({ applied: false, version: '3.9.0' });
    expect(patches.file).toMatch(/marpit[\\/]package\.json$/);
    expect(patches.line).toBeGreaterThan(1);
    expect(patches.notice).toMatch(/Marpit 3\.9\.0.*3\.2\.3.*own slide rule/);
    // The build's notes (build-report.json, and an info line in the summary) carry it, with the file relative.
    expect(notes).toEqual([
      {
        file: path.join('node_modules', '@marp-team', 'marpit', 'package.json'),
        line: patches.line,
        severity: 'info',
        code: 'marpit-version',
        message: patches.notice,
      },
    ]);
  });
});
