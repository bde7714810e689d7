// Discovery: folders, files and globs become sources; two sources for one output folder is an error naming both.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../scripts/errors.js';
import { discoverSources, missingInputsError, outputName } from '../../scripts/ingest/discover-sources.js';
import { tempTree } from '../support/fixtures.js';

const project = (files: Record<string, string>) => tempTree(files, 'deckhand-discover-');

describe('discoverSources', () => {
  it('finds .md, .txt and <name>/index.md in a folder, and names every other file that is not built', async () => {
    const root = project({
      'slides/a.md': 'x',
      'slides/b.txt': 'x',
      'slides/c/index.md': 'x',
      'slides/c/pic.png': 'x',
      'slides/peta.png': 'x',
      'slides/theme.css': 'x',
      'slides/lecture.key': 'x',
      'slides/notes.xyz': 'x',
    });
    const { entries, notRead } = await discoverSources(root, ['slides']);
    expect(entries.map((e) => [e.name, e.kind])).toEqual([
      ['a', 'markdown'],
      ['b', 'text'],
      ['c', 'markdown'],
    ]);
    expect(notRead).toEqual([
      { file: path.join('slides', 'lecture.key'), reason: expect.stringMatching(/^Keynote files are not read/) },
      { file: path.join('slides', 'notes.xyz'), reason: '.xyz is not a format deckhand reads' },
    ]);
  });

  it('says why a file named on the command line is not built', async () => {
    const root = project({ 'slides/lecture.key': 'x', 'only/notes.xyz': 'x' });
    const found = await discoverSources(root, ['slides/lecture.key', 'only']);
    expect(found.missing).toEqual(['slides/lecture.key', 'only']);
    expect(missingInputsError(root, found.missing, found.notRead).message).toBe(
      'slides/lecture.key: Keynote files are not read; deckhand makes decks from documents (export the deck to PDF to share it); ' +
        'only: no documents there (.md, .markdown, .qmd, .Rmd, .mdx, .txt, .html, .htm, .ipynb, .rst, .org, .docx, .odt, .tex, .epub, .adoc, .asciidoc); notes.xyz: .xyz is not a format deckhand reads',
    );
  });

  it('accepts single files and globs', async () => {
    const root = project({ 'slides/a.md': 'x', 'slides/b.txt': 'x' });
    expect((await discoverSources(root, ['slides/b.txt'])).entries.map((e) => e.name)).toEqual(['b']);
    expect((await discoverSources(root, ['slides/*.md'])).entries.map((e) => e.name)).toEqual(['a']);
  });

  it('reports two sources that build to the same output folder, naming both', async () => {
    const root = project({ 'slides/a.md': 'x', 'slides/a.txt': 'y' });
    const { entries, conflicts } = await discoverSources(root, ['slides']);
    expect(entries).toHaveLength(1);
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]!.message).toContain('slides/a.md');
    expect(conflicts[0]!.message).toContain('slides/a.txt');
  });

  it('builds the Markdown that deckhand import made instead of its .txt, never the import report, and says so', async () => {
    const root = project({ 'slides/a.txt': 'x', 'slides/a.md': 'y', 'slides/a.import-report.md': 'z' });
    const { entries, conflicts, notes } = await discoverSources(root, ['slides']);
    expect(conflicts).toEqual([]);
    expect(entries.map((e) => e.relPath)).toEqual([path.join('slides', 'a.md')]);
    expect(notes).toEqual([
      {
        file: path.join('slides', 'a.md'),
        line: 1,
        severity: 'info',
        code: 'imported',
        message: `deck "a" is built from ${path.join('slides', 'a.md')}, which deckhand import made from ${path.join('slides', 'a.txt')}; the .txt is not used`,
      },
    ]);
  });

  it('lists inputs that match nothing', async () => {
    const root = project({ 'slides/a.md': 'x' });
    expect((await discoverSources(root, ['nothing/*.md'])).missing).toEqual(['nothing/*.md']);
  });

  it('says a missing path is not found, and a folder or glob without documents has none', () => {
    const root = project({ 'slides/a.md': 'x', 'empty/notes.docx': 'x' });
    const e = missingInputsError(root, ['slides/sorting/index.md', 'slides/*.mdx', 'empty']);
    expect(e).toBeInstanceOf(UsageError);
    expect(e.message).toBe(
      'slides/sorting/index.md: not found; slides/*.mdx: no documents match; empty: no documents there (.md, .markdown, .qmd, .Rmd, .mdx, .txt, .html, .htm, .ipynb, .rst, .org, .docx, .odt, .tex, .epub, .adoc, .asciidoc)',
    );
    expect(e.message).not.toMatch(/no documents found/);
  });

  it('names outputs after the file, or the folder for index.md', () => {
    expect(outputName('/x/slides/Kerja Sama.md')).toBe('Kerja-Sama');
    expect(outputName('/x/slides/kuliah-1/index.md')).toBe('kuliah-1');
  });
});

describe('discoverSources: the formats', () => {
  it('finds every format the registry lists, whatever the case of its extension, and index.* only as Markdown', async () => {
    const root = project({
      'slides/a.MD': 'x',
      'slides/b.Rmd': 'x',
      'slides/c.qmd': 'x',
      'slides/d.htm': 'x',
      'slides/e/index.mdx': 'x',
      'slides/f/index.txt': 'x',
      'slides/g_files/page.html': 'x',
    });
    const { entries } = await discoverSources(root, ['slides']);
    expect(entries.map((e) => [e.name, e.kind])).toEqual([
      ['a', 'markdown'],
      ['b', 'markdown'],
      ['c', 'markdown'],
      ['d', 'html'],
      ['e', 'markdown'],
    ]);
  });

  it('builds the Markdown imported from a saved page instead of the page', async () => {
    const root = project({ 'slides/a.html': 'x', 'slides/a.md': 'y', 'slides/a.import-report.md': 'z' });
    const { entries, notes } = await discoverSources(root, ['slides']);
    expect(entries.map((e) => e.relPath)).toEqual([path.join('slides', 'a.md')]);
    expect(notes[0]!.message).toMatch(/made from slides\/a\.html; the \.html is not used$/);
  });
});
