// A deck's slide size is the size Marp rendered it at (RenderedDeck.size), not a fixed 1280 x 720: a deck in a 4:3
// theme (960 x 720, Marp's 4:3, as an author's own Marp deck may keep) is measured, printed, made into a PowerPoint
// and handed out at 4:3.
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import JSZip from 'jszip';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserPool } from '../../scripts/browser/browser-pool.js';
import { resolveConfig, type Config } from '../../scripts/config.js';
import { renderHandout } from '../../scripts/handout/render-handout.js';
import { build } from '../../scripts/pipeline/build.js';
import { loadBuildAssets } from '../../scripts/pipeline/build-context.js';
import type { BuildAssets } from '../../scripts/pipeline/build-context.js';
import type { BuildReport, RenderedDeck } from '../../scripts/types.js';
import { builtDeck } from '../support/built-deck.js';
import { tempTree } from '../support/fixtures.js';
import { REPO_ROOT } from '../support/seeds.js';

const THEME = `/* @theme lecture-4x3 */
/* @size 4:3 960px 720px */
@import 'deckhand';

section { width: 960px; height: 720px; }
`;

const LESSON = `---
title: Bilateral cooperation
theme: lecture-4x3
---

# Why countries cooperate

Two countries that trade with each other tend to sign agreements that lower tariffs and protect investment.
Such agreements are easier to reach between two parties than among many, which is why bilateral treaties remain
common even where regional blocs exist.

## Trade

| Partner | Exports (bn) | Imports (bn) |
|---|---|---|
| Japan | 12.1 | 9.8 |
| China | 30.4 | 41.2 |
| Australia | 6.3 | 7.9 |

## Investment

- Treaties protect investors against expropriation without compensation.
- Disputes go to arbitration rather than to national courts.
- Some treaties now include clauses on labour rights and the environment.

# Summary

Bilateral agreements remain the main instrument of economic diplomacy for middle-sized economies.
`;

const PX_TO_PT = 0.75;
const EMU_PER_PX = 914400 / 96;

let root: string;
let config: Readonly<Config>;
let report: BuildReport;
let deck: RenderedDeck;
let assets: BuildAssets;
const outFile = (name: string) => path.join(config.outDir, 'lesson', name);

beforeAll(async () => {
  root = tempTree({ 'slides/lesson.md': LESSON }, 'deckhand-4x3-');
  cpSync(path.join(REPO_ROOT, 'templates'), path.join(root, 'templates'), { recursive: true });
  writeFileSync(path.join(root, 'templates', 'themes', 'lecture-4x3.css'), THEME);
  config = resolveConfig({
    root,
    inputs: ['slides'],
    outDir: path.join(root, 'output'),
    formats: ['pdf', 'pptx', 'handout'],
    handoutLayouts: ['grid-1', 'notes'],
    quiet: true,
  });
  report = await build(config);
  assets = await loadBuildAssets(config);
  deck = builtDeck('slides/lesson.md', config, assets);
}, 300_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('a deck rendered at 4:3', () => {
  it('is 960 x 720, as Marp rendered it, and builds without overflow', () => {
    expect(report.decks[0]).toMatchObject({ ok: true });
    expect(deck.size).toEqual({ width: 960, height: 720 });
    expect(report.decks[0]!.diagnostics.filter((d) => d.code === 'overflow')).toEqual([]);
    // Measured on 960-pixel slides: nothing the check saw reaches past the slide's right edge.
    const measured = report.decks[0]!.measurements ?? [];
    expect(measured).toHaveLength(deck.plan.slides.length);
    for (const m of measured) expect(m.right).toBeLessThanOrEqual(960);
  });

  it('prints slides.pdf on 4:3 pages of 960 x 720 px, its thumbnail 4:3 too', async () => {
    const pdf = await PDFDocument.load(readFileSync(outFile('slides.pdf')));
    expect(pdf.getPageCount()).toBe(deck.plan.slides.length);
    for (const page of pdf.getPages()) {
      const { width, height } = page.getSize();
      expect([Math.round(width), Math.round(height)]).toEqual([960 * PX_TO_PT, 720 * PX_TO_PT]);
    }
    const png = readFileSync(outFile('thumbnail.png'));
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([360, 270]);
  });

  it('makes a PowerPoint of 4:3 slides, 10 x 7.5 inches', async () => {
    const zip = await JSZip.loadAsync(readFileSync(outFile('slides.pptx')));
    const xml = await zip.file('ppt/presentation.xml')!.async('string');
    const size = /<p:sldSz cx="(\d+)" cy="(\d+)"/.exec(xml)!;
    expect([Number(size[1]), Number(size[2])]).toEqual([960 * EMU_PER_PX, 720 * EMU_PER_PX]);
  });

  it('hands out 4:3 slide pictures, each within its page', async () => {
    await using pool = new BrowserPool(1);
    for (const layout of ['grid-1', 'notes'] as const) {
      const handout = renderHandout(deck, layout, 'a4', assets.templates, assets.handoutCss);
      const file = path.join(root, `handout-${layout}.html`);
      writeFileSync(file, handout.html);
      const boxes = await pool.use(
        {
          allowDir: root,
          run: async (page) => {
            await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
            return page.$$eval('.thumb svg[data-marpit-svg]', (svgs) =>
              svgs.map((s) => {
                const r = s.getBoundingClientRect();
                return { width: r.width, height: r.height };
              }),
            );
          },
        },
        `4:3 handout ${layout}`,
      );
      // One slide a page in grid-1; the notes layout shows the slides that have notes.
      if (layout === 'grid-1') expect(boxes).toHaveLength(deck.plan.slides.length);
      else expect(boxes.length).toBeGreaterThan(2);
      for (const b of boxes) expect(b.width / b.height, layout).toBeCloseTo(4 / 3, 2);
      // The slide's picture is as wide as the layout's geometry says: sized for 4:3 pages, not for 16:9.
      const mm = (b: { width: number }) => (b.width * 25.4) / 96;
      for (const b of boxes) expect(mm(b), layout).toBeLessThanOrEqual(handout.geometry.thumb + 0.5);
      if (layout === 'grid-1') expect((handout.geometry.thumb * 3) / 4).toBeLessThan(handout.geometry.body.height);
    }
  });
});
