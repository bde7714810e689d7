// Raw documents -> clean Markdown: structure recovered, web noise dropped and reported, every author sentence kept.
import path from 'node:path';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../../scripts/ingest/raw-text/normalize-text.js';
import { parseDocument } from '../../../scripts/parse/parse-document.js';
import type { MarkdownDoc, SourceDoc } from '../../../scripts/types.js';
import { sourceAt, sourceOf } from '../../support/documents.js';

const load = (relPath: string) => sourceAt(relPath);
const source = (text: string, name = 'memory') => sourceOf(text, `${name}.txt`);

const unescapeMarkdown = (s: string) => s.replace(/\\([!-/:-@[-`{-~])/g, '$1');

function headings(doc: MarkdownDoc): string[] {
  return doc.markdown
    .split('\n')
    .filter((l) => /^#{1,6} /.test(l))
    .map(unescape);
}

/** Markdown as a reader sees the words: escapes, heading, list, quote and table markers removed. */
function bodyText(markdown: string): string {
  return markdown
    .split('\n')
    .filter((l) => !/^\|(\s*-+\s*\|)+$/.test(l))
    .map((l) => unescapeMarkdown(l.replace(/^#{1,6} |^\s*(?:-|\d+\\?[.)]) |^> /, '')).replace(/(?<!\\)\|/g, ' '))
    .join(' ');
}

/** Compared without whitespace and case, so joined wraps and repaired spacing do not matter. */
const squash = (s: string) => s.replace(/\s+/g, '').toLowerCase();

interface Expected {
  /** Source lines that must leave the body, with their diagnostic code. */
  dropped: Record<number, string>;
  /** Parts of kept lines that must be removed: the line, the code, the exact text. */
  inline?: { line: number; code: string; text: string }[];
}

/** Every sentence of every kept line (minus expected inline removals) is in the Markdown; nothing else was dropped. */
function expectAuthorTextKept(src: SourceDoc, doc: MarkdownDoc, expected: Expected): void {
  const body = squash(bodyText(doc.markdown));
  src.text.split('\n').forEach((raw, i) => {
    const n = i + 1;
    if (expected.dropped[n] || !raw.trim()) return;
    let line = raw.trim();
    for (const cut of expected.inline ?? []) if (cut.line === n) line = line.replace(cut.text, ' ');
    const pieces = line.includes('|')
      ? line.split('|').filter((c) => !/^\s*-*\s*$/.test(c))
      : line.replace(/^(?:[-*•]|\d+[.)])\s+/, '').split(/(?<=[.!?])\s+/);
    for (const sentence of pieces) expect(body, `line ${n}: "${sentence.trim()}"`).toContain(squash(sentence));
  });
  const removals = doc.diagnostics
    .filter((d) => d.text !== undefined)
    .map((d) => `${d.line} ${d.code} ${d.code === 'metadata' || d.code === 'injected' ? d.text : ''}`);
  const wanted = [
    ...Object.entries(expected.dropped).map(
      ([line, code]) => `${line} ${code} ${code === 'metadata' ? src.text.split('\n')[Number(line) - 1]!.trim() : ''}`,
    ),
    ...(expected.inline ?? []).map((c) => `${c.line} ${c.code} ${c.text}`),
  ];
  expect(removals.sort()).toEqual(wanted.sort());
}

/** Each dropped line is reported with its text and is no longer in the Markdown. */
function expectDroppedAndReported(src: SourceDoc, doc: MarkdownDoc, dropped: Record<number, string>): void {
  const lines = src.text.split('\n');
  const body = bodyText(doc.markdown);
  for (const [n, code] of Object.entries(dropped)) {
    const text = lines[Number(n) - 1]!.trim();
    const diagnostic = doc.diagnostics.find((d) => d.line === Number(n));
    expect(diagnostic, `line ${n}`).toMatchObject({ file: src.relPath, severity: 'info', code, text });
    expect(diagnostic!.message.length).toBeGreaterThan(5);
    expect(body, `line ${n} still in the Markdown`).not.toContain(text);
  }
}

/** Each Markdown line points at the source line whose text it carries. */
function expectLineMap(src: SourceDoc, doc: MarkdownDoc): void {
  const lines = src.text.split('\n').map((l) => squash(l.replace(/\|/g, ' ')));
  const md = doc.markdown.split('\n');
  expect(doc.lineMap).toHaveLength(md.length);
  md.forEach((l, i) => {
    const text = squash(bodyText(l)).slice(0, 16);
    if (!text || /^\|(\s*-+\s*\|)+$/.test(l)) return;
    expect(lines[doc.lineMap[i]! - 1], `Markdown line ${i + 1}: ${l.slice(0, 40)}`).toContain(text);
  });
}

const BILATERAL = 'slides/kerja-sama-bilateral-adalah-bentuk-diplomasi.txt';
const ANTAR = 'slides/kerjasama-antar-negara.txt';
const DIPLOMASI = 'slides/kerjasama-internasional-dan-diplomasi.txt';
const MANFAAT = 'slides/manfaat-kerja-sama-dan-hubungan-internasional.txt';
const MITRA = 'slides/memperkuat-hubungan-dengan-mitra-internasional.txt';

const SEEDS: Record<string, Expected> = {
  [BILATERAL]: {
    dropped: {
      1: 'metadata',
      3: 'metadata',
      5: 'metadata',
      6: 'metadata',
      7: 'caption',
      8: 'caption',
      20: 'caption',
      21: 'caption',
      33: 'caption',
      34: 'caption',
      66: 'caption',
      67: 'caption',
      85: 'noise',
      86: 'noise',
      88: 'noise',
      90: 'noise',
      92: 'noise',
      94: 'noise',
    },
    inline: [{ line: 10, code: 'metadata', text: 'Liputan6.com, Jakarta' }],
  },
  [ANTAR]: { dropped: { 1: 'metadata', 62: 'noise', 64: 'noise' } },
  [DIPLOMASI]: { dropped: { 1: 'metadata' }, inline: [{ line: 19, code: 'injected', text: 'pengeluaran hk' }] },
  [MANFAAT]: { dropped: { 1: 'metadata', 53: 'source-note' } },
  [MITRA]: { dropped: { 1: 'noise', 3: 'metadata', 5: 'noise', 59: 'metadata', 61: 'noise' } },
};

describe('normalizeText on the five scraped seed articles', () => {
  for (const [file, expected] of Object.entries(SEEDS)) {
    describe(path.basename(file), () => {
      const src = load(file);
      const doc = normalizeText(src);
      it('keeps every sentence the author wrote and drops only the expected lines', () =>
        expectAuthorTextKept(src, doc, expected));
      it('reports every dropped line with its class and text, and removes it from the Markdown', () =>
        expectDroppedAndReported(src, doc, expected.dropped));
      it('points every Markdown line at the source line it came from', () => expectLineMap(src, doc));
      it('detects Indonesian', () => expect(doc.meta.lang).toBe('id'));
      it('matches the Markdown snapshot', () => expect(doc.markdown).toMatchSnapshot());
    });
  }

  it('bilateral: title, subtitle, byline and dateline go to the metadata; the photo headline before the dateline is a caption', () => {
    const doc = normalizeText(load(BILATERAL));
    expect(doc.meta).toMatchObject({
      title: 'Kerja Sama Bilateral Adalah Bentuk Diplomasi, yang Mempererat Persahabatan Antar Negara',
      subtitle: 'Bilateral adalah hubungan antara dua negara dengan tujuan saling menguntungkan kedua belah pihak.',
      author: 'Silvia Estefina Subitmele',
      date: '17 Nov 2023',
      publisher: 'Liputan6.com',
      sources: [],
    });
    expect(doc.markdown.startsWith('Kerja sama bilateral adalah suatu bentuk diplomasi')).toBe(true);
    expect(doc.markdown).not.toMatch(/^# /m);
  });

  it('bilateral: numbered headings after a lead-in and country names under "Contoh ..." nest one level down', () => {
    const doc = normalizeText(load(BILATERAL));
    expect(headings(doc)).toEqual([
      '## Pengertian Bilateral dan Diplomasinya',
      '## Tujuan',
      '### 1. Mempererat Persahabatan',
      '### 2. Menciptakan Perdamaian Dunia',
      '### 3. Mendorong Pertumbuhan Ekonomi',
      '### 4. Memperluas Tenaga Kerja',
      '### 5. Meningkatkan Kemajuan di Berbagai Bidang',
      '### 6. Melengkapi Kebutuhan Negara',
      '## Contoh Kerjasama Bilateral',
      '### Amerika Serikat',
      '### Kanada',
      '### Meksiko',
    ]);
    const model = parseDocument(doc);
    expect(model.sections.map((s) => [s.title, s.children.length])).toEqual([
      ['Pengertian Bilateral dan Diplomasinya', 0],
      ['Tujuan', 6],
      ['Contoh Kerjasama Bilateral', 3],
    ]);
    expect(model.sections[2]!.children[1]!.pos).toEqual({ file: BILATERAL, line: 75 });
  });

  it('antar-negara: indented numbered lines are list items, "•" lines under them a nested list', () => {
    const doc = normalizeText(load(ANTAR));
    expect(doc.meta).toMatchObject({ title: 'Kerjasama Antar Negara', sources: [] });
    expect(headings(doc)).toEqual([
      '## Pengertian Kerja Sama Antarnegara',
      '## Tujuan Kerja Sama Antarnegara',
      '## Bentuk Kerja Sama Antarnegara',
      '## Contoh Kerja Sama Antarnegara yang Nyata',
      '## Kesimpulan',
    ]);
    expect(doc.markdown).toContain('1. Kerja Sama Ekonomi\n   - Contoh: Perdagangan internasional');
    expect(doc.markdown).toContain('1. Memenuhi kebutuhan nasional: Negara menjalin kerja sama');
    const lists = parseDocument(doc)
      .sections.flatMap((s) => s.blocks)
      .filter((b) => b.type === 'list');
    expect(
      lists.map((l) => (l.type === 'list' ? [l.ordered, l.items.length, l.items[0]!.children.length] : [])),
    ).toEqual([
      [true, 5, 0],
      [true, 5, 1],
      [false, 4, 0],
    ]);
  });

  it('diplomasi: removes the injected "pengeluaran hk" and keeps the sentence readable', () => {
    const doc = normalizeText(load(DIPLOMASI));
    expect(doc.markdown).not.toMatch(/pengeluaran hk/i);
    expect(doc.markdown).toContain('di arena global. Menjalin kemitraan yang kuat, Indonesia tidak hanya');
    expect(doc.diagnostics).toContainEqual(
      expect.objectContaining({ line: 19, code: 'injected', text: 'pengeluaran hk' }),
    );
    expect(doc.meta.title).toBe('Kerjasama Internasional dan Diplomasi Pemerintah Indonesia');
    expect(headings(doc)).toEqual([
      '## Latar Belakang Kerjasama Internasional',
      '## Peran Diplomasi dalam Kebijakan Luar Negeri',
      '## Contoh Kerjasama dengan Negara Lain',
      '## Dampak Kerjasama Internasional terhadap Pembangunan',
      '## Tantangan dalam Diplomasi dan Kerjasama',
    ]);
  });

  it('manfaat: no title line, so the title comes from the source URL slug, with a warning', () => {
    const doc = normalizeText(load(MANFAAT));
    expect(doc.meta).toMatchObject({
      title: 'Manfaat Kerja Sama dan Hubungan Internasional Keuntungan Bersama',
      publisher: 'Koranriau.co.id',
      sources: [
        'https://mediaindonesia.com/internasional/765071/manfaat-kerja-sama-dan-hubungan-internasional-keuntungan-bersama',
      ],
    });
    expect(doc.diagnostics).toContainEqual(expect.objectContaining({ line: 1, severity: 'warning', code: 'title' }));
    expect(doc.markdown).not.toContain('mediaindonesia');
    expect(doc.markdown).not.toContain('Koranriau');
  });

  it('manfaat: headings with colons stay headings, "Label: explanation" paragraphs stay paragraphs', () => {
    const doc = normalizeText(load(MANFAAT));
    expect(headings(doc)).toEqual([
      '## Bentuk-Bentuk Kerja Sama Internasional',
      '## Manfaat Hubungan Internasional bagi Indonesia',
      '## Tantangan dalam Kerja Sama dan Hubungan Internasional',
      '## Membangun Kerja Sama Internasional yang Efektif',
      '## Studi Kasus: Keberhasilan Kerja Sama Internasional',
      '## Masa Depan Kerja Sama Internasional',
    ]);
    expect(doc.markdown).toContain('\n\nKeuntungan Ekonomi: Salah satu manfaat paling nyata');
  });

  it('manfaat: the pipe table becomes a Markdown table, captioned by the line before it', () => {
    const doc = normalizeText(load(MANFAAT));
    expect(doc.markdown).toContain('Tabel Contoh Kerja Sama Internasional:\n\n| Jenis Kerja Sama');
    const blocks = parseDocument(doc).sections.at(-1)!.blocks;
    const table = blocks.find((b) => b.type === 'table')!;
    expect(table).toMatchObject({
      type: 'table',
      caption: 'Tabel Contoh Kerja Sama Internasional',
      header: ['Jenis Kerja Sama', 'Contoh', 'Manfaat'],
      pos: { line: 46 },
    });
    if (table.type !== 'table') throw new Error('not a table');
    expect(table.rows).toHaveLength(5);
    expect(table.rows[0]).toEqual([
      'Perdagangan',
      'Perjanjian Perdagangan Bebas ASEAN (AFTA)',
      'Meningkatkan ekspor dan impor, menciptakan lapangan kerja',
    ]);
  });

  it('mitra: breadcrumb and self-promotion dropped, the closing name is the author, numbered headings stay top level', () => {
    const doc = normalizeText(load(MITRA));
    expect(doc.meta).toMatchObject({
      title: 'Memperkuat Hubungan dengan Mitra Internasional',
      author: 'Ron Lee',
      publisher: 'keywestfishingtournament.com',
    });
    expect(headings(doc)).toEqual([
      '## Pedahuluan',
      '## 1. Pentingnya Hubungan Internasional di Era Globalisasi',
      '## 2. Kunjungan Diplomatik: Simbol Persahabatan dan Komitmen',
      '## 3. Perjanjian Ekonomi: Memperkuat Kerja Sama di Sektor Perdagangan dan Investasi',
      '## 4. Kolaborasi di Isu Global: Perubahan Iklim, Kesehatan, dan Keamanan',
      '## 5. Hubungan Budaya dan Pendidikan: Membangun Pemahaman yang Lebih Mendalam',
      '## 6. Tantangan dalam Memperkuat Hubungan Internasional',
      '## 7. Masa Depan Hubungan Internasional: Menuju Dunia yang Lebih Terhubung',
      '## Kesimpulan',
    ]);
    expect(doc.markdown).not.toContain('keywestfishingtournament');
  });
});

describe('normalizeText on documents from elsewhere', () => {
  it('clean Markdown-like notes keep their headings, lists, table and quote, and drop nothing but the title line', () => {
    const src = load('test/fixtures/normalize/clean-notes.txt');
    const doc = normalizeText(src);
    expect(doc.meta.title).toBe('Pengantar Hubungan Internasional');
    expect(headings(doc)).toEqual([
      '## Konsep Dasar',
      '### Aktor Negara',
      '### Aktor Bukan Negara',
      '## Teori Utama',
      '## Istilah Penting',
      '## Catatan Penulisan',
    ]);
    expect(doc.diagnostics).toEqual([expect.objectContaining({ line: 1, code: 'metadata' })]);
    expect(doc.markdown).toContain(
      '- Kedaulatan: kekuasaan tertinggi negara atas wilayahnya.\n  - Kedaulatan ke dalam: kekuasaan atas urusan dalam negeri.',
    );
    expect(doc.markdown).toContain('| Konstruktivisme | Ide dan norma | Identitas |');
    expect(doc.markdown).toContain('> Politik luar negeri adalah kelanjutan dari politik dalam negeri.');
    expectLineMap(src, doc);
  });

  it('content that looks like markup (<script>, {{ x }}, |, <!-- -->, ---) renders as text', () => {
    const doc = normalizeText(load('test/fixtures/normalize/clean-notes.txt'));
    const html = new MarkdownIt({ html: true }).render(doc.markdown);
    expect(html).not.toContain('<script>');
    expect(html).toContain(
      'tag &lt;script&gt;, templat {{ x }}, tanda | di tengah kalimat, komentar &lt;!-- ini --&gt; dan garis --- di tengah kalimat.',
    );
    const lone = normalizeText(
      source(
        'Judul Catatan Ini\n\nKalimat pertama selesai.\n\nBahasa C# memakai tag <script>alert(1)</script> di dalam halaman web.\n\nGaris --- dan {% raw %} tetap teks? Tidak: {% raw %} adalah tag templat.',
      ),
    );
    const rendered = new MarkdownIt({ html: true }).render(lone.markdown);
    expect(rendered).toContain('Bahasa C# memakai tag &lt;script&gt;alert(1)&lt;/script&gt; di dalam halaman web.');
    expect(lone.diagnostics).toContainEqual(
      expect.objectContaining({ line: 7, code: 'template', text: '{% raw %} {% raw %}' }),
    );
  });

  it('an English wire story loses nav, cookie banner, share buttons, related links, newsletter, about-us and copyright', () => {
    const src = load('test/fixtures/normalize/wire-story-en.txt');
    const doc = normalizeText(src);
    const dropped = {
      1: 'noise',
      2: 'noise',
      3: 'noise',
      4: 'noise',
      6: 'noise',
      8: 'metadata',
      10: 'metadata',
      12: 'metadata',
      13: 'metadata',
      15: 'noise',
      16: 'noise',
      17: 'noise',
      18: 'noise',
      34: 'noise',
      35: 'noise',
      36: 'noise',
      37: 'noise',
      39: 'noise',
      40: 'noise',
      42: 'noise',
      44: 'noise',
    };
    expectAuthorTextKept(src, doc, { dropped, inline: [{ line: 20, code: 'metadata', text: 'LONDON (Reuters) -' }] });
    expectDroppedAndReported(src, doc, dropped);
    expect(doc.meta).toMatchObject({
      title: 'UK and EU agree new framework for research cooperation',
      subtitle: 'Scientists welcome the deal but warn that funding gaps remain.',
      author: 'Jane Smith and Tom Okafor',
      date: 'March 4, 2024',
      publisher: 'Reuters',
      lang: 'en',
    });
    expect(headings(doc)).toEqual(['## What the deal covers', '## What happens next']);
    expect(doc.markdown.startsWith('Britain and the European Union agreed on Monday')).toBe(true);
  });

  it('an Indonesian news page: dateline, glued sentences, injected spam, reporter initials and about-us handled', () => {
    const src = load('test/fixtures/normalize/berita-daring.txt');
    const doc = normalizeText(src);
    const dropped = {
      1: 'noise',
      2: 'noise',
      4: 'metadata',
      6: 'metadata',
      7: 'metadata',
      11: 'noise',
      26: 'noise',
      28: 'noise',
      29: 'noise',
    };
    expectAuthorTextKept(src, doc, {
      dropped,
      inline: [
        { line: 9, code: 'metadata', text: 'JAKARTA, WartaNusa.id -' },
        { line: 15, code: 'injected', text: 'slot gacor' },
        { line: 24, code: 'metadata', text: '(ant/dew)' },
      ],
    });
    expectDroppedAndReported(src, doc, dropped);
    expect(doc.meta).toMatchObject({ author: 'Dewi Lestari', date: '12 Februari 2024', publisher: 'WartaNusa.id' });
    expect(doc.markdown).toContain('bersama kementerian luar negeri. Kerja sama ini mencakup');
    expect(doc.markdown).toContain('sebelum berangkat. Pendaftar tahun lalu mencapai 12.000 orang.');
    expect(doc.markdown).toMatch(/melalui laman resmi kementerian\.$/);
    expect(doc.markdown).not.toContain('ant/dew');
    expect(headings(doc)).toEqual(['## Syarat Pendaftaran']);
  });

  it('a Hugo export: front matter read, HTML tags and template tags dropped with their text kept, wraps joined', () => {
    const src = load('test/fixtures/normalize/hugo-export.txt');
    const doc = normalizeText(src);
    expect(doc.meta).toMatchObject({
      title: 'Diplomasi Ekonomi Indonesia di Asia Tenggara',
      author: 'Tim Pengajar Hubungan Internasional',
      date: '2024-01-15',
      subtitle: 'Catatan kuliah tentang diplomasi ekonomi.',
    });
    const codes = (from: number, to: number) =>
      doc.diagnostics.filter((d) => d.line >= from && d.line <= to).map((d) => d.code);
    expect(codes(1, 8)).toEqual(Array(8).fill('front-matter'));
    expect(doc.diagnostics).toContainEqual(
      expect.objectContaining({ line: 10, code: 'template', text: '{{< toc >}}' }),
    );
    expect(doc.diagnostics).toContainEqual(expect.objectContaining({ line: 33, code: 'template' }));
    expect(doc.diagnostics).toContainEqual(expect.objectContaining({ line: 31, code: 'html' }));
    expect(doc.diagnostics).toContainEqual(
      expect.objectContaining({ line: 37, code: 'noise', text: '<button type="submit">Berlangganan</button>' }),
    );
    expect(headings(doc)).toEqual(['## Instrumen Diplomasi Ekonomi', '## Tantangan']);
    expect(doc.markdown).toContain(
      'untuk memajukan perdagangan, investasi, dan pariwisata. Indonesia menjadikannya salah satu',
    );
    expect(doc.markdown).toContain('\n\nDiplomasi ekonomi adalah diplomasi yang membawa hasil nyata bagi rakyat.\n\n');
    expect(doc.markdown).toContain('\n\nIbu kota: Jakarta\n\nMata uang: Rupiah\n\n');
    expect(doc.markdown).toContain('seperti \\{\\{ judul \\}\\} dan tag \\<script\\> di dalam catatan');
    expect(doc.markdown).not.toMatch(/iframe|newsletter|toc|<p>|blockquote/);
  });

  it('a long document without headings stays paragraphs: no fake headings, hard wraps joined, title from the file name', () => {
    const src = load('test/fixtures/normalize/no-headings.txt');
    const doc = normalizeText(src);
    expect(headings(doc)).toEqual([]);
    expect(doc.markdown.split('\n\n')).toHaveLength(7);
    expect(doc.meta.title).toBe('No headings');
    expect(doc.diagnostics).toEqual([expect.objectContaining({ severity: 'warning', code: 'title' })]);
    expect(doc.markdown).toContain('perlindungan bagi sektor yang rentan. ASEAN sendiri memberi ruang');
    expectAuthorTextKept(src, doc, { dropped: {} });
    expectLineMap(src, doc);
  });
  it('a blog post: "Posted on DATE by NAME" is the byline, a numbered list before a paragraph stays a list', () => {
    const src = load('test/fixtures/normalize/blog-post-en.txt');
    const doc = normalizeText(src);
    expectAuthorTextKept(src, doc, {
      dropped: { 1: 'metadata', 3: 'metadata', 29: 'noise', 30: 'noise', 31: 'noise' },
    });
    expect(doc.meta).toMatchObject({
      title: 'How to Prepare for a Model UN Conference',
      author: 'Alex Morgan',
      date: '12 May 2023',
      lang: 'en',
    });
    expect(headings(doc)).toEqual([
      '## What is Model UN?',
      '## Steps to prepare',
      '## Tips from past delegates',
      '## Conclusion',
    ]);
    expect(doc.markdown).toContain(
      '1. Research your country\n2. Write a position paper\n3. Practise public speaking\n\nEach step',
    );
  });

  it('a news page with a table of contents: the contents links go, "Jakarta - " is a dateline, an ad line does not split the paragraph', () => {
    const src = load('test/fixtures/normalize/berita-daftar-isi.txt');
    const doc = normalizeText(src);
    const dropped = {
      1: 'noise',
      2: 'noise',
      3: 'noise',
      5: 'metadata',
      7: 'metadata',
      8: 'metadata',
      11: 'noise',
      22: 'metadata',
    };
    expectAuthorTextKept(src, doc, { dropped, inline: [{ line: 10, code: 'metadata', text: 'Jakarta -' }] });
    expect(doc.meta).toMatchObject({
      title: 'Diplomasi Indonesia di Forum Dunia',
      author: 'Budi Santoso',
      date: '3 Januari 2024',
    });
    expect(doc.markdown).toContain('Pemerintah mengirim delegasi ke berbagai pertemuan penting sepanjang tahun lalu.');
    expect(headings(doc)).toEqual(['## Pengertian Diplomasi', '## Fungsi Diplomasi']);
  });
});

describe('normalizeText options and edge cases', () => {
  it('drops lines matching the extra noise patterns, naming the pattern', () => {
    const doc = normalizeText(load(BILATERAL), ['^Melansir dari laman']);
    expect(doc.diagnostics.filter((d) => d.message.includes('/^Melansir dari laman/')).map((d) => d.line)).toEqual([
      25, 69,
    ]);
    expect(doc.markdown).not.toContain('Melansir');
  });

  it('an invalid noise pattern is a warning, not a crash', () => {
    const doc = normalizeText(source('Judul Dokumen Ini\n\nSatu kalimat yang cukup panjang untuk menjadi paragraf.'), [
      '(unclosed',
    ]);
    expect(doc.diagnostics).toContainEqual(expect.objectContaining({ severity: 'warning', code: 'noise-pattern' }));
    expect(doc.markdown).toBe('Satu kalimat yang cukup panjang untuk menjadi paragraf.');
  });

  it('a line of gambling spam alone is dropped as noise', () => {
    const doc = normalizeText(
      source(
        'Judul Dokumen Ini\n\nTogel Online Hari Ini\n\nSatu kalimat yang cukup panjang untuk menjadi paragraf biasa.\n\nKalimat kedua juga selesai.',
      ),
    );
    expect(doc.diagnostics).toContainEqual(expect.objectContaining({ line: 3, code: 'noise' }));
    expect(doc.markdown).not.toMatch(/togel/i);
  });

  it('a date line with the kind of piece beside it ("October 22, 2019 report") is the date, not a later related story\'s', () => {
    const text = [
      'Home',
      'Other Sciences',
      'October 22, 2019 report',
      'Flint flake tool partially covered by birch tar adds to evidence of Neanderthal complex thinking',
      'by Bob Yirka , Phys.org',
      'A team of researchers affiliated with several institutions in The Netherlands has found evidence of Neanderthals using birch tar on a small cutting tool.',
      'The tool was found on Zandmotor beach near The Hague, and carbon dating showed it to be approximately 50,000 years old.',
      'Related Stories',
      'Neanderthal tool-making process may have been simpler than previously thought',
      'Jan 17, 2020',
    ].join('\n');
    const doc = normalizeText(source(text));
    expect(doc.meta.date).toBe('October 22, 2019');
    expect(doc.meta.author).toBe('Bob Yirka, Phys.org');
    expect(doc.markdown).not.toContain('2019 report');
  });

  it('"Oleh karena itu" opening a sentence is prose, not a byline', () => {
    const doc = normalizeText(
      source('Judul Dokumen Ini\n\nOleh karena itu, kerja sama harus diperkuat.\n\nKalimat kedua juga selesai.'),
    );
    expect(doc.meta.author).toBeUndefined();
    expect(doc.markdown).toContain('Oleh karena itu, kerja sama harus diperkuat.');
  });
});
