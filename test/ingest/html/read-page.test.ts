// Saved web pages -> Markdown: the article taken out with Readability, its blocks judged, images kept only from
// the page's own saved folder, every Markdown line pointing at an HTML line.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPage } from '../../../scripts/ingest/html/read-page.js';
import { savedImagePath } from '../../../scripts/ingest/html/page-images.js';
import type { SourceDoc } from '../../../scripts/types.js';
import { REPO_ROOT } from '../../support/seeds.js';
import { sourceAt } from '../../support/documents.js';

/** A saved page as a build reads it, named by its file name. */
function page(file: string): SourceDoc {
  const abs = path.resolve(REPO_ROOT, file);
  return sourceAt(path.basename(abs), path.dirname(abs));
}

describe('readPage on a lecture page written for the tests', () => {
  const src = page('test/fixtures/html/lecture-page.html');
  const doc = readPage(src);
  const lines = src.text.split('\n');

  it('keeps headings, lists, the table and the formula, and reads title, author, language, description and address', () => {
    expect(doc.meta).toMatchObject({
      title: 'Peta Kerja Sama ASEAN',
      author: 'Rina Wulandari',
      lang: 'id',
      subtitle: 'Catatan kuliah tentang bentuk kerja sama negara-negara ASEAN.',
      sources: ['https://catatan-kuliah.example.org/asean/peta-kerja-sama'],
    });
    expect(doc.markdown).toContain('## Tiga Pilar Komunitas ASEAN');
    expect(doc.markdown).toMatch(/^- +Komunitas Ekonomi, yang membuka pasar tunggal dan basis produksi\.$/m);
    expect(doc.markdown).toContain('| 2019 | 23 persen |');
    expect(doc.markdown).toContain('$g = \\frac{x_1 - x_0}{x_0}$');
  });

  it('keeps an image of the saved folder with its caption, and leaves out and reports one from the network', () => {
    expect(doc.markdown).toContain('![Peta negara anggota ASEAN.](lecture-page_files/peta.png)');
    expect(doc.markdown).not.toMatch(/cdn\.example\.com|Spanduk/);
    expect(doc.diagnostics).toContainEqual(
      expect.objectContaining({
        code: 'image',
        severity: 'warning',
        line: 22,
        text: 'Spanduk konferensi tingkat tinggi.',
      }),
    );
  });

  it('reports the menu, footer and share counter it leaves out, each at its HTML line', () => {
    for (const [line, text] of [
      [10, 'Beranda'],
      [39, '2.4K shares'],
      [42, '© 2024 Catatan Kuliah. Hak cipta dilindungi.'],
    ] as const) {
      expect(doc.diagnostics).toContainEqual(expect.objectContaining({ line, code: 'noise', text }));
      expect(doc.markdown).not.toContain(text);
    }
  });

  it('reports the headline and byline as metadata', () => {
    expect(doc.diagnostics).toContainEqual(
      expect.objectContaining({ line: 13, code: 'metadata', text: 'Peta Kerja Sama ASEAN' }),
    );
    expect(doc.diagnostics).toContainEqual(
      expect.objectContaining({ line: 14, code: 'metadata', text: 'Oleh Rina Wulandari' }),
    );
  });

  it('points every Markdown line with text at the HTML line it came from', () => {
    doc.markdown.split('\n').forEach((l, i) => {
      const words = /[A-Z][a-z]+ [a-z]+/.exec(l)?.[0];
      if (words && !l.startsWith('!')) expect(lines[doc.lineMap[i]! - 1], l).toContain(words);
    });
  });
});

describe('savedImagePath', () => {
  it('accepts only files inside <name>_files/', () => {
    expect(savedImagePath('page_files/a%20b.png', '/x/page.html')).toBe('page_files/a b.png');
    expect(savedImagePath('./page_files/a.png', '/x/page.html')).toBe('page_files/a.png');
    for (const bad of [
      'https://x.org/a.png',
      '//x.org/a.png',
      '/etc/a.png',
      'page_files/../../a.png',
      'other_files/a.png',
      'data:image/png;base64,AA',
    ]) {
      expect(savedImagePath(bad, '/x/page.html'), bad).toBeUndefined();
    }
  });
});
