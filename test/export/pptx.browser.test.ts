// The editable PowerPoint, read back from its XML: the seed decks built with --formats pptx have one slide per
// planned slide, each bullet in a text run of its own paragraph, each slide's notes as the presenter view shows
// them, real text on every slide, and none of the XML pptxgenjs gets wrong.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../scripts/pipeline/build.js';
import { loadBuildAssets } from '../../scripts/pipeline/build-context.js';
import { resolveConfig } from '../../scripts/config.js';
import { notesText } from '../../scripts/export/pptx/export-pptx-editable.js';
import type { BuildReport, RenderedDeck } from '../../scripts/types.js';
import { builtSeedDeck } from '../support/built-deck.js';
import { plainText, readPptx, squash, type PptxParts } from '../support/pptx.js';
import { REPO_ROOT, SEED_FILES, SEED_NAMES } from '../support/seeds.js';

let out: string;
let report: BuildReport;
const decks = new Map<string, { deck: RenderedDeck; pptx: PptxParts; comments: string[][] }>();

beforeAll(async () => {
  out = mkdtempSync(path.join(os.tmpdir(), 'deckhand-pptx-'));
  const config = resolveConfig({ root: REPO_ROOT, inputs: SEED_FILES, outDir: out, formats: ['pptx'], quiet: true });
  report = await build(config);
  const assets = await loadBuildAssets(config);
  for (const name of SEED_NAMES) {
    const deck = builtSeedDeck(name, config, assets);
    // What Marp collects as each slide's notes: what the HTML deck's presenter view shows.
    const { comments } = assets.marp.render(deck.marpMarkdown);
    decks.set(name, { deck, pptx: await readPptx(path.join(out, name, 'slides.pptx')), comments });
  }
});

afterAll(() => rmSync(out, { recursive: true, force: true }));

describe.each(SEED_NAMES)('%s as an editable PowerPoint', (name) => {
  it('was built, with the slides of the final plan', () => {
    const deck = report.decks.find((d) => d.name === name)!;
    expect(deck.ok, deck.error?.message).toBe(true);
    expect(deck.outputs).toContain('slides.pptx');
    expect(decks.get(name)!.deck.plan.slides).toHaveLength(deck.slides);
  });

  it('has one slide per planned slide, each title in a paragraph of its own', () => {
    const { deck, pptx } = decks.get(name)!;
    expect(pptx.slides).toHaveLength(deck.plan.slides.length);
    deck.plan.slides.forEach((slide, i) =>
      expect(pptx.paragraphs[i]!.map(squash), `slide ${i + 1}`).toContain(plainText(slide.title)),
    );
  });

  it('holds every bullet as a paragraph of text runs', () => {
    const { deck, pptx } = decks.get(name)!;
    let bullets = 0;
    deck.plan.slides.forEach((slide, i) => {
      for (const bullet of slide.bullets.filter((b) => !b.formula)) {
        expect(pptx.paragraphs[i]!.map(squash), `slide ${i + 1}`).toContain(plainText(bullet.markdown));
        bullets++;
      }
    });
    expect(bullets).toBeGreaterThan(5);
  });

  it('gives every slide a notes part with its notes, as the HTML presenter view shows them', () => {
    const { deck, pptx, comments } = decks.get(name)!;
    deck.plan.slides.forEach((slide, i) => {
      expect(pptx.notes[i], `slide ${i + 1}`).toBe(notesText(slide));
      expect(pptx.notes[i], `slide ${i + 1}`).toBe((comments[i] ?? []).join('\n\n'));
    });
    expect(pptx.notes.filter(Boolean).length).toBeGreaterThan(3);
  });

  it('has real text on every slide, not only a picture', () => {
    const { pptx } = decks.get(name)!;
    pptx.slides.forEach((xml, i) => {
      expect(xml, `slide ${i + 1}`).toMatch(/<p:txBody>[\s\S]*<a:t>[^<]+<\/a:t>/);
      expect(xml.match(/<p:pic>/g)?.length ?? 0, `slide ${i + 1}`).toBeLessThan((xml.match(/<p:sp>/g) ?? []).length);
    });
  });

  it('writes one paragraph-properties element per paragraph, the header row marked, backgrounds whole', () => {
    const { pptx } = decks.get(name)!;
    for (const xml of [...pptx.slides, ...pptx.masters]) {
      for (const p of xml.match(/<a:p>[\s\S]*?<\/a:p>/g) ?? [])
        expect((p.match(/<a:pPr\b/g) ?? []).length).toBeLessThanOrEqual(1);
      expect(xml).not.toMatch(/<a:tblPr\/>/);
      expect(xml).not.toMatch(/<\/a:solidFill><\/p:bgPr>/);
    }
    expect(pptx.masters.join('')).toMatch(/<p:bgPr><a:solidFill>[\s\S]*?<a:effectLst\/><\/p:bgPr>/);
  });
});
