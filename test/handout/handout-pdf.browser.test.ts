// Printed handouts, for real in Chromium, checked with poppler: files per layout, page counts, where each
// slide lands, the cover's page numbers, bookmarks, metadata, fonts, paper sizes and clean page edges.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../scripts/pipeline/build.js';
import { resolveConfig } from '../../scripts/config.js';
import { BrowserPool } from '../../scripts/browser/browser-pool.js';
import { handoutJob } from '../../scripts/handout/print-handout.js';
import { exportPdf } from '../../scripts/export/export-pdf.js';
import { renderHandout } from '../../scripts/handout/render-handout.js';
import type { BuildReport, HandoutLayout } from '../../scripts/types.js';
import { assetsOf, deckOf, sourceOf } from '../support/documents.js';
import { REPO_ROOT } from '../support/seeds.js';

const root = REPO_ROOT;
const seed = 'slides/kerja-sama-bilateral-adalah-bentuk-diplomasi.txt';
const fixture = 'test/fixtures/handout/diplomasi.md';
const LAYOUTS: HandoutLayout[] = ['notes', 'lines', 'grid-1', 'grid-2', 'grid-4', 'grid-6', 'grid-9', 'reading'];
const PER_PAGE: Partial<Record<HandoutLayout, number>> = {
  lines: 3,
  'grid-1': 1,
  'grid-2': 2,
  'grid-4': 4,
  'grid-6': 6,
  'grid-9': 9,
};
let out: string;
let a4: BuildReport;
let letter: BuildReport;

const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 << 20 });
const info = (file: string) => run('pdfinfo', [file]);
const pages = (file: string) => Number(/Pages:\s+(\d+)/.exec(info(file))![1]);
const pageText = (file: string, page: number) => run('pdftotext', ['-f', String(page), '-l', String(page), file, '-']);
const squash = (s: string) => s.replace(/\\(.)/g, '$1').replace(/\s+/g, ' ').trim();
const file = (deck: string, name: string, dir = 'a4') => path.join(out, dir, deck, name);
const deckName = (source: string) => path.basename(source).replace(/\.\w+$/, '');
/** The first layout asked for is the handout itself (handout.pdf); the others are named by layout. */
const handoutOf = (layout: string, ext = 'pdf', first: string = LAYOUTS[0]!) =>
  layout === first ? `handout.${ext}` : `handout-${layout}.${ext}`;

/** Slide titles as the generated Marp Markdown has them: the first heading of each slide. */
function slideTitles(deck: string): string[] {
  const marp = readFileSync(file(deck, 'slides.md'), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
  return marp.split(/\n---\n/).map((slide) => /^#{1,2} (.+)$/m.exec(slide)?.[1] ?? '');
}

/** PDF bookmarks as poppler reads them: title and page. */
function bookmarks(pdf: string): { title: string; page: number }[] {
  const xml = run('pdftohtml', ['-xml', '-i', '-stdout', '-q', pdf]);
  return [...xml.matchAll(/<item page="(\d+)">([^<]*)<\/item>/g)].map((m) => ({
    title: squash(m[2]!),
    page: Number(m[1]),
  }));
}

/** A page as 8-bit grey pixels, at 20 pixels per centimetre. */
function greyPage(pdf: string, page: number): { width: number; height: number; px: Buffer } {
  const pgm = execFileSync('pdftoppm', ['-gray', '-r', '50.8', '-f', String(page), '-l', String(page), pdf]);
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.subarray(0, 50).toString('latin1'))!;
  return { width: Number(header[1]), height: Number(header[2]), px: pgm.subarray(header[0].length) };
}

beforeAll(async () => {
  out = mkdtempSync(path.join(os.tmpdir(), 'deckhand-handout-'));
  const common = { root, inputs: [seed, fixture], formats: ['handout' as const], quiet: true, force: true };
  a4 = await build(resolveConfig({ ...common, outDir: path.join(out, 'a4'), handoutLayouts: LAYOUTS }));
  letter = await build(
    resolveConfig({
      ...common,
      inputs: [fixture],
      outDir: path.join(out, 'letter'),
      handoutLayouts: ['grid-4', 'notes', 'lines'],
      paper: 'letter',
    }),
  );
}, 180_000);

afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('handout PDFs', () => {
  it('writes the first layout as handout.pdf and each other as handout-<layout>.pdf, each once', () => {
    for (const deck of a4.decks) {
      expect(deck.error).toBeUndefined();
      expect(deck.outputs.filter((o) => o.endsWith('.pdf')).sort()).toEqual(LAYOUTS.map((l) => handoutOf(l)).sort());
      expect(existsSync(file(deck.name, 'handout-notes.pdf'))).toBe(false);
    }
  });

  it('saves each handout HTML as printed: its own head, the pages laid out and numbered as in the PDF', () => {
    for (const layout of ['notes', 'reading', 'grid-4'] as const) {
      const html = readFileSync(file(deckName(seed), handoutOf(layout, 'html')), 'utf8');
      const count = pages(file(deckName(seed), handoutOf(layout)));
      expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
      expect(html).toMatch(/<title>[^<]+<\/title>[\s\S]*@font-face[\s\S]*<\/head>\s*<body class="handout/);
      const numbers = [...html.matchAll(/data-slot="page">(\d+)</g)].map((m) => Number(m[1]));
      expect(numbers).toEqual(Array.from({ length: count }, (_, i) => i + 1));
      expect(html.trimEnd().endsWith('</body>\n</html>')).toBe(true);
    }
  });

  it('gives N-up layouts ceil(slides / N) pages plus the cover', () => {
    for (const deck of a4.decks) {
      for (const [layout, n] of Object.entries(PER_PAGE)) {
        expect(pages(file(deck.name, handoutOf(layout))), `${deck.name} ${layout}`).toBe(
          1 + Math.ceil(deck.slides / n),
        );
      }
    }
  });

  it('prints each slide title on the page its N-up layout puts it', () => {
    for (const source of [seed, fixture]) {
      const titles = slideTitles(deckName(source));
      for (const [layout, n] of Object.entries(PER_PAGE)) {
        const pdf = file(deckName(source), handoutOf(layout));
        const texts = new Map<number, string>();
        titles.forEach((title, i) => {
          const page = 2 + Math.floor(i / n);
          if (!texts.has(page)) texts.set(page, squash(pageText(pdf, page)));
          expect(texts.get(page), `${layout}: slide ${i + 1} on page ${page}`).toContain(squash(title));
        });
      }
    }
  });

  it.each(['notes', 'reading'])(
    '%s: the cover outline gives the page where each section starts, and so do the bookmarks',
    (layout) => {
      const pdf = file('diplomasi', handoutOf(layout));
      const marks = bookmarks(pdf).slice(2);
      expect(marks.length).toBeGreaterThanOrEqual(5);
      const cover = squash(pageText(pdf, 1));
      for (const { title, page } of marks.filter((m) => cover.includes(m.title))) {
        expect(cover).toContain(`${title} ${page}`);
        expect(squash(pageText(pdf, page))).toContain(title);
      }
    },
  );

  it('puts every slide title in the notes handout, dividers as their section headings', () => {
    for (const source of [seed, fixture]) {
      const pdf = file(deckName(source), 'handout.pdf');
      const text = squash(Array.from({ length: pages(pdf) }, (_, i) => pageText(pdf, i + 1)).join(' '));
      for (const title of slideTitles(deckName(source))) expect(text).toContain(squash(title));
    }
  });

  it('bookmarks the title, the contents and each section, never the headings inside slides', () => {
    const sections = [...readFileSync(path.join(root, fixture), 'utf8').matchAll(/^## (.+)$/gm)].map((m) => m[1]!);
    const expected = ['Kerjasama Internasional dan Diplomasi Indonesia', 'Daftar Isi', ...sections, 'Sumber'];
    for (const layout of ['notes', 'grid-6', 'lines']) {
      expect(
        bookmarks(file('diplomasi', handoutOf(layout))).map((m) => m.title),
        layout,
      ).toEqual(expected);
    }
  });

  it('heads every page with the deck title and footers it with date, deck title (no source) and "page x of y"', () => {
    const pdf = file('diplomasi', 'handout.pdf');
    const total = pages(pdf);
    for (let p = 1; p <= total; p++) {
      const text = squash(pageText(pdf, p));
      expect(text).toContain('Kerjasama Internasional dan Diplomasi Indonesia');
      // The course's or the deck's title for students, not where the lecture came from (#30 item 11).
      expect(text).toContain('2024-03-04 · Kerjasama Internasional dan Diplomasi Indonesia');
      expect(text).not.toContain('2024-03-04 · https://');
      expect(text).toContain(`Halaman ${p} dari ${total}`);
    }
  });

  it('sets title, author, subject, keywords and language, is tagged, and embeds every font', () => {
    const pdf = file('diplomasi', 'handout-reading.pdf');
    const meta = info(pdf);
    expect(meta).toMatch(/Title:\s+Kerjasama Internasional dan Diplomasi Indonesia/);
    expect(meta).toMatch(/Author:\s+Dr. Sari Wulandari/);
    expect(meta).toMatch(/Subject:\s+Bahan kuliah Hubungan Internasional, pertemuan 3/);
    expect(meta).toMatch(/Keywords:\s+Latar Belakang Kerjasama Internasional, Peran Diplomasi/);
    expect(meta).toMatch(/Tagged:\s+yes/);
    expect(readFileSync(pdf).toString('latin1')).toContain('/Lang (id)');
    const fonts = run('pdffonts', [pdf]).split('\n').slice(2).filter(Boolean);
    expect(fonts.length).toBeGreaterThan(0);
    for (const line of fonts) expect(line.split(/\s+/).at(-5), line).toBe('yes');
  });

  it('prints on Letter when asked, turning the same layouts to landscape, with the same page counts', () => {
    const deck = letter.decks[0]!;
    expect(deck.error).toBeUndefined();
    const dir = (name: string) => file('diplomasi', name, 'letter');
    expect(info(dir('handout.pdf'))).toMatch(/Page size:\s+792 x 612 pts \(letter\)/);
    expect(info(dir('handout-notes.pdf'))).toMatch(/Page size:\s+612 x 792 pts \(letter\)/);
    expect(pages(dir('handout-lines.pdf'))).toBe(1 + Math.ceil(deck.slides / 3));
    expect(pages(dir('handout.pdf'))).toBe(1 + Math.ceil(deck.slides / 4));
    expect(existsSync(dir('handout-grid-4.pdf'))).toBe(false);
  });

  // Looked at by eye (docs/handout-<layout>.png); this keeps what was checked: ink on the page, none near the
  // edge where printers cannot print, and nothing cut off at the bottom of the page body.
  it.each(LAYOUTS)('%s: page 2 has content and leaves a clean 10 mm edge all round', (layout) => {
    const { width, height, px } = greyPage(file('kerja-sama-bilateral-adalah-bentuk-diplomasi', handoutOf(layout)), 2);
    const edge = 20; // 10 mm at 20 px/cm
    let inkInside = 0;
    let inkAtEdge = 0;
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        if (px[y * width + x]! > 200) continue;
        if (x < edge || y < edge || x >= width - edge || y >= height - edge) inkAtEdge++;
        else inkInside++;
      }
    }
    expect(inkAtEdge).toBe(0);
    expect(inkInside / (width * height)).toBeGreaterThan(0.01);
  });
});

describe('flowing a long document into pages', () => {
  it('splits long code between lines and reports a table row taller than a page instead of failing', async () => {
    const code = Array.from({ length: 150 }, (_, i) => `baris ${i + 1} dari kode contoh`).join('\n');
    const words = readFileSync(path.join(root, fixture), 'utf8')
      .split(/\s+/)
      .filter((w) => /^[a-z]+$/.test(w))
      .slice(0, 1400);
    const text = `---\ntitle: Dokumen Panjang\nlang: id\n---\n\n## Kode\n\n\`\`\`\n${code}\n\`\`\`\n\n## Tabel\n\n| Negara | Catatan |\n|---|---|\n| Indonesia | ${words.join(' ')} |\n\n## Penutup\n\nSelesai.\n`;
    const assets = await assetsOf();
    const doc = renderHandout(
      await deckOf(sourceOf(text, 'slides/panjang.md')),
      'reading',
      'a4',
      assets.templates,
      assets.handoutCss,
    );
    const pdf = path.join(out, 'panjang.pdf');
    {
      await using pool = new BrowserPool(1);
      const result = await exportPdf(pool, handoutJob(doc, pdf, 'panjang'));
      expect(result.overflow, JSON.stringify(result.overflow)).toHaveLength(1);
      expect(result.overflow[0]).toMatch(/^Negara\s*Catatan\s*Indonesia/);
    }
    const text2 = run('pdftotext', [pdf, '-']);
    // Every line once in the text; the first ones also in the picture of the section's first slide, a code slide.
    for (const n of [15, 75, 150])
      expect(text2.match(new RegExp(`baris ${n} dari kode`, 'g')), `line ${n}`).toHaveLength(1);
    expect(text2.match(/baris 1 dari kode/g)).toHaveLength(2);
    expect(pages(pdf)).toBeGreaterThanOrEqual(5);
  }, 60_000);
});
