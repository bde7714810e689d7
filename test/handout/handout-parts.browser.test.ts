// A long deck's handout is laid out and printed in parts, one page load each, so that Chromium never holds the whole
// book: the pages come out as they do when the handout is laid out whole, page for page, numbered as the whole's.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BrowserPool } from '../../scripts/browser/browser-pool.js';
import { exportPdf } from '../../scripts/export/export-pdf.js';
import { handoutJob } from '../../scripts/handout/print-handout.js';
import { printHandoutParts } from '../../scripts/handout/print-handout-parts.js';
import { renderHandout } from '../../scripts/handout/render-handout.js';
import type { HandoutLayout } from '../../scripts/types.js';
import { assetsOf, deckOf, sourceAt } from '../support/documents.js';

const out = mkdtempSync(path.join(os.tmpdir(), 'deckhand-parts-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 << 20 });
const pages = (file: string) => Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [file]))![1]);
const NOW = new Date(2024, 0, 2);

describe('a handout in parts', () => {
  it.each<HandoutLayout>(['notes', 'grid-4', 'reading'])(
    '%s: the same pages as the handout laid out whole, numbered as the whole',
    async (layout) => {
      const deck = await deckOf(sourceAt('slides/kerjasama-internasional-dan-diplomasi.txt'));
      const { templates, handoutCss } = await assetsOf();
      const whole = renderHandout(deck, layout, 'a4', templates, handoutCss, NOW);
      const parted = renderHandout(deck, layout, 'a4', templates, handoutCss, NOW, undefined, undefined, 4);
      expect(whole.parts).toBeUndefined();
      expect(parted.parts!.count).toBeGreaterThan(3);
      const file = (name: string) => path.join(out, `${layout}-${name}`);
      const [wholePdf, partsPdf, partsHtml] = [file('whole.pdf'), file('parts.pdf'), file('parts.html')];
      {
        await using pool = new BrowserPool(1);
        await exportPdf(pool, handoutJob(whole, wholePdf, 'whole'));
        const result = await printHandoutParts(pool, handoutJob(parted, partsPdf, 'parts'), parted.parts!, partsHtml);
        expect(result.pages).toBe(pages(wholePdf));
      }
      expect(pages(partsPdf)).toBe(pages(wholePdf));
      // Page for page the same text: the running headers, "page x of y", the cover's outline and its page numbers.
      expect(run('pdftotext', ['-layout', partsPdf, '-'])).toBe(run('pdftotext', ['-layout', wholePdf, '-']));
      // The handout as laid out, written a part at a time: every page once, numbered.
      const html = readFileSync(partsHtml, 'utf8');
      expect(html.match(/<div class="page"/g)).toHaveLength(pages(wholePdf));
      expect(html).toContain(`<span data-slot="pages">${pages(wholePdf)}</span>`);
    },
    120_000,
  );
});
