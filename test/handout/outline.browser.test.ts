// A document of many sections: the cover's outline continues on pages of its own instead of being cut at the
// cover's edge, in flowing and fixed layouts alike, and every entry gives the page its section starts on.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../scripts/pipeline/build.js';
import { resolveConfig } from '../../scripts/config.js';
import { BrowserPool } from '../../scripts/browser/browser-pool.js';
import { exportPdf } from '../../scripts/export/export-pdf.js';
import { layoutHandout } from '../../scripts/handout/print-handout.js';
import type { BuildReport } from '../../scripts/types.js';

const SECTIONS = 90;
const root = mkdtempSync(path.join(os.tmpdir(), 'deckhand-outline-'));
let report: BuildReport;
const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 << 20 });
const pageText = (pdf: string, page: number) =>
  run('pdftotext', ['-layout', '-f', String(page), '-l', String(page), pdf, '-']);
const pageCount = (pdf: string) => Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [pdf]))![1]);

beforeAll(async () => {
  mkdirSync(path.join(root, 'slides'));
  const sections = Array.from(
    { length: SECTIONS },
    (_, i) =>
      `## Bagian ${i + 1} tentang kerja sama\n\nKerja sama bagian ${i + 1} memperkuat hubungan antarnegara melalui dialog, perdagangan dan pertukaran budaya.\n`,
  );
  writeFileSync(path.join(root, 'slides', 'panjang.md'), `# Kuliah panjang\n\n${sections.join('\n')}`);
  report = await build(resolveConfig({ root, quiet: true, formats: ['handout'], handoutLayouts: ['notes', 'grid-6'] }));
}, 180_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('a long outline', () => {
  it.each(['notes', 'grid-6'])(
    '%s: continues past the cover, every section listed once with the page it starts on',
    (layout) => {
      expect(report.decks[0]!.ok).toBe(true);
      const pdf = path.join(root, 'output', 'panjang', layout === 'notes' ? 'handout.pdf' : `handout-${layout}.pdf`);
      const pages = Array.from({ length: pageCount(pdf) }, (_, i) => pageText(pdf, i + 1));
      // Contents pages: the cover and the pages after it that carry the outline's title.
      const contents = pages.filter((text, i) => i === 0 || /Daftar Isi/.test(text.split('\n').slice(0, 4).join(' ')));
      expect(contents.length).toBeGreaterThan(1);
      // Two columns side by side in the text: entries come in pairs per line.
      const entries = [...contents.join('\n').matchAll(/Bagian (\d+) tentang kerja sama\s+(\d+)/g)].map((m) => ({
        section: Number(m[1]),
        page: Number(m[2]),
      }));
      expect(entries.map((e) => e.section).sort((a, b) => a - b)).toEqual(
        Array.from({ length: SECTIONS }, (_, i) => i + 1),
      );
      for (const { section, page } of entries) {
        expect(page).toBeGreaterThan(contents.length);
        expect(pages[page - 1]).toContain(`Bagian ${section} tentang kerja sama`);
      }
    },
  );
});

describe('an outline entry taller than a page', () => {
  it('is cut at the edge of a page of its own instead of being moved on from page to page', async () => {
    const page = (body: string) =>
      `<div class="page" style="height: 300px; display: flex; flex-direction: column;"><header><span data-slot="section"></span></header><div class="page-body" style="flex: 1; min-height: 0; overflow: clip;">${body}</div><footer><span data-slot="page"></span>/<span data-slot="pages"></span></footer></div>`;
    const huge = 'kerja sama '.repeat(600);
    const html = `<!DOCTYPE html><html><head><style>@page { size: 400px 300px; margin: 0; } body { margin: 0; } .page { width: 400px; }</style></head><body>
<div class="sheets">${page(`<section class="cover"><h1>Sampul</h1><h2 class="outline-title">Daftar Isi</h2><ol class="outline"><li>Bab 1</li><li>${huge}</li></ol></section>`)}</div>
<template id="page-template">${page('')}</template></body></html>`;
    await using pool = new BrowserPool(1);
    const result = await exportPdf(pool, {
      html,
      outFile: path.join(root, 'tall.pdf'),
      pdf: { preferCSSPageSize: true },
      label: 'tall.pdf',
      sheets: '.sheets',
      layout: layoutHandout,
      viewport: { width: 400, height: 300 },
    });
    // The cover keeps "Bab 1"; the tall entry gets the next page, cut at its edge; nothing more.
    expect(result.pages).toBe(2);
    expect(pageCount(path.join(root, 'tall.pdf'))).toBe(2);
  }, 60_000);
});
