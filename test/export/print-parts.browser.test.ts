// Long documents are printed in parts of PRINT_PART pages and joined: every page once, in order, with the
// document information and language of a single print. Real Chromium, checked with poppler.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterAll, describe, expect, it } from 'vitest';
import { BrowserPool } from '../../scripts/browser/browser-pool.js';
import { mergePdfs } from '../../scripts/export/pdf-merge.js';
import { exportPdf } from '../../scripts/export/export-pdf.js';
import { PRINT_PART } from '../../scripts/render/render-print.js';
import { allNodes, readPdfStructure, textOf } from '../support/pdf-structure.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'deckhand-parts-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 << 20 });
const pageText = (file: string, page: number) =>
  run('pdftotext', ['-f', String(page), '-l', String(page), file, '-']).trim();

/** PDF bookmarks as poppler reads them: title and page. */
function bookmarks(pdf: string): { title: string; page: number }[] {
  const xml = run('pdftohtml', ['-xml', '-i', '-stdout', '-q', pdf]);
  return [...xml.matchAll(/<item page="(\d+)">([^<]*)<\/item>/g)].map((m) => ({
    title: m[2]!.trim(),
    page: Number(m[1]),
  }));
}

/** A page of `count` sheets, each saying its own number, one per printed page; every tenth opens a chapter. */
function sheets(count: number): string {
  const pages = Array.from(
    { length: count },
    (_, i) => `<div class="page">${i % 10 === 0 ? `<h1>Bab ${i / 10 + 1}</h1>` : ''}<p>Sheet ${i + 1}</p></div>`,
  ).join('');
  return `<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>Panjang</title><style>
@page { size: 400px 300px; margin: 0; }
body { margin: 0; } .page { width: 400px; height: 300px; break-after: page; font: 40px sans-serif; } h1, p { margin: 0; font-size: 30px; }
.sheets > .page:last-child { break-after: auto; }
</style></head><body><div class="sheets">${pages}</div></body></html>`;
}

describe('printing a long document', () => {
  it(`prints more than ${PRINT_PART} pages in parts, joined with every page once and in order`, async () => {
    const count = 2 * PRINT_PART + 3;
    const outFile = path.join(dir, 'long.pdf');
    {
      await using pool = new BrowserPool(1);
      await exportPdf(pool, {
        html: sheets(count),
        outFile,
        pdf: { preferCSSPageSize: true },
        sheets: '.sheets',
        label: 'long.pdf',
        info: { title: 'Panjang', author: 'Dosen', creator: 'deckhand' },
      });
    }
    const info = run('pdfinfo', [outFile]);
    expect(info).toMatch(new RegExp(`Pages:\\s+${count}\\b`));
    expect(info).toMatch(/Title:\s+Panjang/);
    expect(info).toMatch(/Author:\s+Dosen/);
    for (const page of [2, PRINT_PART, PRINT_PART + 2, 2 * PRINT_PART + 2, count])
      expect(pageText(outFile, page)).toBe(`Sheet ${page}`);
    // Every part's bookmarks, pointing at the joined document's pages.
    const chapters = Math.ceil(count / 10);
    expect(bookmarks(outFile)).toEqual(
      Array.from({ length: chapters }, (_, i) => ({ title: `Bab ${i + 1}`, page: 10 * i + 1 })),
    );
    // The language a screen reader needs survives the join.
    expect(readFileSync(outFile, 'latin1')).toMatch(/\/Lang\s*\(id\)/);
    // So do the tags, every part's joined in one tree: each page's text tagged, each chapter a heading, in order.
    const tags = await readPdfStructure(outFile);
    expect(tags.marked).toBe(true);
    expect(tags.displayDocTitle).toBe(true);
    expect(tags.pages.every((p) => p !== undefined)).toBe(true);
    for (const page of [1, PRINT_PART, PRINT_PART + 1, count])
      expect(textOf(tags.pages[page - 1]!)).toContain(`Sheet ${page}`);
    const headings = tags.pages.flatMap((p) =>
      allNodes(p)
        .filter((n) => n.role === 'H1')
        .map(textOf),
    );
    expect(headings).toEqual(Array.from({ length: chapters }, (_, i) => `Bab ${i + 1}`));
  }, 120_000);
});

describe('mergePdfs', () => {
  const pdf = async (sizes: number[]) => {
    const doc = await PDFDocument.create();
    for (const w of sizes) doc.addPage([w, 100]);
    return doc.save();
  };

  it('returns a single part untouched', async () => {
    const one = await pdf([100]);
    expect(await mergePdfs([one])).toBe(one);
  });

  it('keeps the pages of every part in order', async () => {
    const merged = await PDFDocument.load(
      await mergePdfs([await pdf([101, 102]), await pdf([103]), await pdf([104, 105])]),
    );
    expect(merged.getPages().map((p) => p.getWidth())).toEqual([101, 102, 103, 104, 105]);
  });
});
