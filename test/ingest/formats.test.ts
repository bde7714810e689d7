// The registry of source formats: what each extension is read as, and what is no document at all.
import { describe, expect, it } from 'vitest';
import {
  describeFormats,
  formatOf,
  isDocument,
  isFolderIndex,
  SOURCE_FORMATS,
  whyNotRead,
  withoutExtension,
} from '../../scripts/ingest/formats.js';

describe('source formats', () => {
  it.each([
    ['lecture.md', 'markdown'],
    ['lecture.Rmd', 'markdown'],
    ['lecture.rmd', 'markdown'],
    ['lecture.QMD', 'markdown'],
    ['lecture.mdx', 'markdown'],
    ['article.txt', 'text'],
    ['page.htm', 'html'],
    ['lecture.ipynb', 'notebook'],
    ['gpu.rst', 'pandoc'],
    ['wordle.org', 'pandoc'],
    ['handout.DOCX', 'pandoc'],
    ['raii.tex', 'pandoc'],
    ['book.epub', 'pandoc'],
    ['sorting.adoc', 'asciidoc'],
  ])('reads %s as %s', (file, kind) => {
    expect(formatOf(file)?.kind).toBe(kind);
  });

  it('names no reader for files beside documents', () => {
    for (const file of ['peta.png', 'theme.css', 'lecture.key', 'Makefile', 'a.md.swp']) {
      expect(isDocument(file)).toBe(false);
    }
  });

  it('says why a file that looks like a document is not read', () => {
    expect(whyNotRead('slides/lecture.key')).toMatch(/^Keynote files are not read/);
    expect(whyNotRead('slides/Week 2.PPTX')).toMatch(/^presentation files are not read/);
    expect(whyNotRead('slides/old.doc')).toMatch(/save the file as Word \(\.docx\)/);
    expect(whyNotRead('slides/notes.xyz')).toBe('.xyz is not a format deckhand reads');
  });

  it('reports no picture, stylesheet, data, code or include beside the documents', () => {
    for (const file of ['peta.PNG', 'theme.css', 'data.csv', 'model.py', 'refs.bib', '_quarto.yml', 'Makefile'])
      expect(whyNotRead(file)).toBeUndefined();
    expect(whyNotRead('lecture.md')).toBeUndefined();
  });

  it('spells every extension once, so that one file cannot have two readers', () => {
    const all = SOURCE_FORMATS.flatMap((f) => f.extensions.map((e) => e.toLowerCase()));
    expect(new Set(all).size).toBe(all.length);
  });

  it('takes a folder index only in a format that has them', () => {
    expect(isFolderIndex('/s/sorting/index.md')).toBe(true);
    expect(isFolderIndex('/s/sorting/INDEX.qmd')).toBe(true);
    expect(isFolderIndex('/s/site/index.html')).toBe(false);
    expect(isFolderIndex('/s/sorting/main.md')).toBe(false);
  });

  it('drops a document extension only', () => {
    expect(withoutExtension('/s/Kerja Sama.Rmd')).toBe('/s/Kerja Sama');
    expect(withoutExtension('/s/v1.2')).toBe('/s/v1.2');
  });

  it('lists the formats for messages', () => {
    expect(describeFormats()).toBe(
      'Markdown (.md .markdown .qmd .Rmd .mdx), plain text (.txt), saved web pages (.html .htm), Jupyter notebooks (.ipynb), ' +
        'reStructuredText (.rst), Org (.org), Word (.docx), OpenDocument text (.odt), LaTeX (.tex), EPUB (.epub) and AsciiDoc (.adoc .asciidoc)',
    );
  });
});
