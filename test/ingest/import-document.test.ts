// `deckhand import FILE`: clean Markdown with front matter and a report of what was dropped, written atomically.
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InputError, OutputError } from '../../scripts/errors.js';
import { importDocument } from '../../scripts/ingest/import-document.js';
import { readPage } from '../../scripts/ingest/html/read-page.js';
import { readFrontMatter } from '../../scripts/ingest/read-front-matter.js';
import { sourceAt } from '../support/documents.js';
import { REPO_ROOT } from '../support/seeds.js';

const seeds = path.join(REPO_ROOT, 'slides');
const SEED = 'manfaat-kerja-sama-dan-hubungan-internasional';
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'deckhand-import-'));
  copyFileSync(path.join(seeds, `${SEED}.txt`), path.join(dir, `${SEED}.txt`));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('importDocument', () => {
  it('writes FILE.md with front matter that deckhand reads back, and the clean body', async () => {
    const result = await importDocument(`${SEED}.txt`, dir);
    expect(result.markdownPath).toBe(path.join(dir, `${SEED}.md`));
    const doc = readFrontMatter(sourceAt(`${SEED}.md`, dir));
    expect(doc.meta).toMatchObject({
      title: 'Manfaat Kerja Sama dan Hubungan Internasional Keuntungan Bersama',
      lang: 'id',
      publisher: 'Koranriau.co.id',
      sources: [
        'https://mediaindonesia.com/internasional/765071/manfaat-kerja-sama-dan-hubungan-internasional-keuntungan-bersama',
      ],
    });
    expect(doc.diagnostics).toEqual([]);
    expect(doc.markdown).toContain('## Bentuk-Bentuk Kerja Sama Internasional');
    expect(doc.markdown).not.toContain('Artikel ini merupakan');
  });

  it('writes FILE.import-report.md listing each dropped line with its class, text and reason', async () => {
    const result = await importDocument(`${SEED}.txt`, dir);
    expect(result.reportPath).toBe(path.join(dir, `${SEED}.import-report.md`));
    expect(result.dropped).toBe(2);
    const report = readFileSync(result.reportPath, 'utf8');
    expect(report).toContain(`# Import report: ${SEED}.txt`);
    expect(report).toContain('| 1 | metadata | Koranriau.co.id- | site name: moved to the metadata (publisher) |');
    expect(report).toMatch(
      /\| 53 \| source-note \| Artikel ini merupakan Rangkuman Ulang Dari Berita : https:\/\/mediaindonesia\.com\/[^|]+ \| source note/,
    );
    expect(report).toContain(
      'title "Manfaat Kerja Sama dan Hubungan Internasional Keuntungan Bersama" is taken from the source URL',
    );
  });

  it('refuses to overwrite an existing FILE.md, naming it, and leaves it untouched', async () => {
    writeFileSync(path.join(dir, `${SEED}.md`), 'my edits\n');
    const error = await importDocument(`${SEED}.txt`, dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OutputError);
    expect((error as OutputError).file).toBe(`${SEED}.md`);
    expect((error as Error).message).toContain(`${SEED}.md already exists`);
    expect(readFileSync(path.join(dir, `${SEED}.md`), 'utf8')).toBe('my edits\n');
    expect(readdirSync(dir).sort()).toEqual([`${SEED}.md`, `${SEED}.txt`]);
  });

  it('overwrites FILE.md with force, leaving no temporary files', async () => {
    writeFileSync(path.join(dir, `${SEED}.md`), 'my edits\n');
    await importDocument(path.join(dir, `${SEED}.txt`), dir, [], true);
    expect(readFileSync(path.join(dir, `${SEED}.md`), 'utf8')).toMatch(/^---\ntitle: Manfaat Kerja Sama/);
    expect(readdirSync(dir).sort()).toEqual([`${SEED}.import-report.md`, `${SEED}.md`, `${SEED}.txt`]);
  });

  it('passes extra noise patterns to normalize', async () => {
    const result = await importDocument(`${SEED}.txt`, dir, ['^Keuntungan Ekonomi:']);
    expect(readFileSync(result.markdownPath, 'utf8')).not.toContain('Keuntungan Ekonomi');
    expect(readFileSync(result.reportPath, 'utf8')).toContain('| 5 | noise | Keuntungan Ekonomi:');
  });

  it('refuses a Markdown file as input', async () => {
    writeFileSync(path.join(dir, 'notes.md'), '# Notes\n');
    await expect(importDocument('notes.md', dir)).rejects.toThrow(OutputError);
  });
});

describe('importDocument: the formats it reads', () => {
  it('reads a saved web page with the page reader, as the build would', async () => {
    const page = path.join(REPO_ROOT, 'test/fixtures/html/lecture-page.html');
    copyFileSync(page, path.join(dir, 'lecture-page.html'));
    const result = await importDocument('lecture-page.html', dir);
    const markdown = readFileSync(result.markdownPath, 'utf8');
    expect(result.markdownPath).toBe(path.join(dir, 'lecture-page.md'));
    const built = readPage(sourceAt('lecture-page.html', dir));
    expect(markdown).toMatch(/^---\ntitle: /);
    expect(markdown).toContain(built.markdown);
    expect(readFileSync(result.reportPath, 'utf8')).toContain('# Import report: lecture-page.html');
  });

  it('refuses a file that is no document, naming what it reads', async () => {
    writeFileSync(path.join(dir, 'notes.key'), 'x');
    const error = await importDocument('notes.key', dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toBe(
      'notes.key is not a document deckhand reads; import reads plain text (.txt), saved web pages (.html .htm), Jupyter notebooks (.ipynb), reStructuredText (.rst), Org (.org), Word (.docx), OpenDocument text (.odt), LaTeX (.tex), EPUB (.epub) or AsciiDoc (.adoc .asciidoc)',
    );
  });

  it("writes a Word handout's Markdown and its five pictures, where the Markdown names them", async () => {
    const name = '32_en_docx_nuitrcs-d3-handout';
    copyFileSync(path.join(REPO_ROOT, 'test/fixtures/formats', `${name}.docx`), path.join(dir, `${name}.docx`));
    const result = await importDocument(`${name}.docx`, dir);
    const markdown = readFileSync(result.markdownPath, 'utf8');
    expect(result.images).toHaveLength(5);
    for (const image of result.images) {
      expect(readFileSync(image).length).toBeGreaterThan(10_000);
      expect(markdown).toContain(`](${path.relative(dir, image)})`);
    }
    expect(markdown).toMatch(/^---\ntitle: "Intro to d3.js: Relevant Links"\n---\n/);
  });

  it("writes a notebook's Markdown and the plots it carries, where the Markdown names them", async () => {
    const name = '29_en_ipynb-images_numerical-mooc-1d-convection';
    copyFileSync(path.join(REPO_ROOT, 'test/fixtures/formats', `${name}.ipynb`), path.join(dir, `${name}.ipynb`));
    const result = await importDocument(`${name}.ipynb`, dir);
    const markdown = readFileSync(result.markdownPath, 'utf8');
    expect(result.images.map((i) => path.relative(dir, i))).toEqual(
      [30, 35, 46, 50].map((n) => path.join(`${name}_files`, `cell-${n}-1.png`)),
    );
    for (const image of result.images) expect(markdown).toContain(`](${path.relative(dir, image)})`);
    expect(readFileSync(result.reportPath, 'utf8')).toContain('an output of styles or scripts only: left out');
  });
});
