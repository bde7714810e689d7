// A page is measured and printed with the fonts its layout uses loaded, not with the fallback's metrics.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BrowserPool } from '../../scripts/browser/browser-pool.js';
import { loadPage } from '../../scripts/export/export-pdf.js';
import { fontFaceCss } from '../../scripts/render/fonts.js';

describe('loadPage', () => {
  const pool = new BrowserPool(1);
  afterAll(() => pool.close());

  it('returns once every font face the text is laid out in has loaded', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'deckhand-fonts-'));
    try {
      const file = path.join(dir, 'page.html');
      const css = `${fontFaceCss()} body { font-family: 'Source Sans 3'; } b { font-weight: 700; } i { font-style: italic; }`;
      await writeFile(file, `<!doctype html><style>${css}</style><p>Plain, <b>bold</b> and <i>italic</i> text.</p>`);
      const status = await pool.use(
        {
          allowDir: dir,
          run: async (page) => {
            await loadPage(page, file);
            return page.evaluate(() => ({
              used: ['400 16px "Source Sans 3"', '700 16px "Source Sans 3"', 'italic 400 16px "Source Sans 3"'].map(
                (font) => document.fonts.check(font, 'Plain'),
              ),
              loaded: [...document.fonts].filter((f) => f.status === 'loaded').length,
            }));
          },
        },
        'fonts',
      );
      expect(status.used).toEqual([true, true, true]);
      expect(status.loaded).toBeGreaterThanOrEqual(3);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
