// A document of many sections: the cover's outline continues on pages of its own instead of being cut at the
// cover's edge, in flowing and fixed layouts alike, and every entry gives the page its section starts on.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../scripts/build.js';
import { resolveConfig } from '../scripts/config.js';
import type { BuildReport } from '../scripts/types.js';

const SECTIONS = 90;
const root = mkdtempSync(path.join(os.tmpdir(), 'deckhand-outline-'));
let report: BuildReport;
const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 << 20 });
const pageText = (pdf: string, page: number) => run('pdftotext', ['-layout', '-f', String(page), '-l', String(page), pdf, '-']);
const pageCount = (pdf: string) => Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [pdf]))![1]);

beforeAll(async () => {
  mkdirSync(path.join(root, 'slides'));
  const sections = Array.from({ length: SECTIONS }, (_, i) =>
    `## Bagian ${i + 1} tentang kerja sama\n\nKerja sama bagian ${i + 1} memperkuat hubungan antarnegara melalui dialog, perdagangan dan pertukaran budaya.\n`);
  writeFileSync(path.join(root, 'slides', 'panjang.md'), `# Kuliah panjang\n\n${sections.join('\n')}`);
  report = await build(resolveConfig({ root, quiet: true, formats: ['handout'], handoutLayouts: ['notes', 'grid-6'] }));
}, 180_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('a long outline', () => {
  it.each(['notes', 'grid-6'])('%s: continues past the cover, every section listed once with the page it starts on', (layout) => {
    expect(report.decks[0]!.ok).toBe(true);
    const pdf = path.join(root, 'output', 'panjang', `handout-${layout}.pdf`);
    const pages = Array.from({ length: pageCount(pdf) }, (_, i) => pageText(pdf, i + 1));
    // Contents pages: the cover and the pages after it that carry the outline's title.
    const contents = pages.filter((text, i) => i === 0 || /Daftar Isi/.test(text.split('\n').slice(0, 4).join(' ')));
    expect(contents.length).toBeGreaterThan(1);
    // Two columns side by side in the text: entries come in pairs per line.
    const entries = [...contents.join('\n').matchAll(/Bagian (\d+) tentang kerja sama\s+(\d+)/g)].map((m) => ({ section: Number(m[1]), page: Number(m[2]) }));
    expect(entries.map((e) => e.section).sort((a, b) => a - b)).toEqual(Array.from({ length: SECTIONS }, (_, i) => i + 1));
    for (const { section, page } of entries) {
      expect(page).toBeGreaterThan(contents.length);
      expect(pages[page - 1]).toContain(`Bagian ${section} tentang kerja sama`);
    }
  });
});
