// Front matter: known keys checked, unknown keys warned about, YAML errors with file:line:column.
import { describe, expect, it } from 'vitest';
import { causeChain, FrontMatterError } from '../../scripts/errors.js';
import { KEYS } from '../../scripts/ingest/front-matter-keys.js';
import { readFrontMatter, splitFrontMatter } from '../../scripts/ingest/read-front-matter.js';
import { sourceOf } from '../support/documents.js';
import { thrownBy } from '../support/fixtures.js';

const source = (text: string) => sourceOf(text, 'slides/a.md');

const frontMatterError = (text: string) => thrownBy(() => readFrontMatter(source(text)), FrontMatterError);

describe('readFrontMatter', () => {
  it('takes title, author, date, lang and handout options from front matter', () => {
    const doc = readFrontMatter(
      source(
        '---\ntitle: Diplomasi\nauthor: Ibu Sari\ndate: 2024-03-01\nlang: id\nhandout:\n  layouts: [notes, lines]\n  paper: letter\n---\n\n## Satu\n\nTeks.\n',
      ),
    );
    expect(doc.meta).toMatchObject({
      title: 'Diplomasi',
      author: 'Ibu Sari',
      date: '2024-03-01',
      lang: 'id',
      handout: { layouts: ['notes', 'lines'], paper: 'letter' },
    });
    expect(doc.markdown.startsWith('\n## Satu')).toBe(true);
  });

  it('maps body lines back to their line in the file', () => {
    const doc = readFrontMatter(source('---\ntitle: T\n---\n# A\n'));
    expect(doc.lineMap[0]).toBe(4);
  });

  it('reports malformed YAML with file, line and column', () => {
    const e = frontMatterError('---\ntitle: ok\nauthor: [unclosed\n---\nbody\n');
    expect(e.file).toBe('slides/a.md');
    expect(e.line).toBeGreaterThanOrEqual(3);
    expect(e.column).toBeGreaterThan(0);
  });

  it('names the key and the allowed values for a bad value of a known key', () => {
    const e = frontMatterError('---\ntitle: T\nhandout:\n  paper: a3\n---\nx\n');
    expect(e.message).toMatch(/handout/);
    expect(e.message).toMatch(/a4 \| letter/);
    expect(e.line).toBe(3);
  });

  it("only warns about unknown keys, and accepts other tools' keys silently", () => {
    const doc = readFrontMatter(source('---\ntitle: T\ndraft: true\ntags: [a]\nflavour: mint\n---\nx\n'));
    expect(doc.diagnostics).toHaveLength(1);
    expect(doc.diagnostics[0]).toMatchObject({ severity: 'warning', line: 5, file: 'slides/a.md' });
    expect(doc.diagnostics[0]!.message).toMatch(/flavour/);
  });

  it('detects the language when front matter does not set it', () => {
    expect(
      readFrontMatter(source('The cooperation of the states is a matter of trade and of peace.\n')).meta.lang,
    ).toBe('en');
    expect(readFrontMatter(source('Kerja sama ini adalah hal yang penting bagi negara dan dunia.\n')).meta.lang).toBe(
      'id',
    );
  });

  it('leaves a document without front matter untouched', () => {
    expect(splitFrontMatter('# A\n\n---\n\nB').body).toBe('# A\n\n---\n\nB');
  });

  it("gives a YAML error's line once, as the file's line, and does not repeat the message as its cause", () => {
    const e = frontMatterError('---\ntitle: A\nauthor: [x\ndate: 2024\n---\n\n# Hi\n');
    expect(e).toMatchObject({ file: 'slides/a.md', line: 4 });
    expect(e.message).toMatch(/^front matter is not valid YAML: /);
    expect(e.message).not.toMatch(/line \d/);
    expect(causeChain(e)).toEqual([`slides/a.md:4:1: ${e.message}`]);
  });
});

describe('the table of front matter keys', () => {
  it("reads each dialect's name for a key: Quarto's authors, Pandoc's abstract; deckhand's own name wins", () => {
    const meta = (yaml: string) => readFrontMatter(source(`---\n${yaml}\n---\nx\n`)).meta;
    expect(meta('authors: [Ana, Budi]\nabstract: "A  short\n  summary"')).toMatchObject({
      author: 'Ana, Budi',
      description: 'A short summary',
    });
    expect(meta('authors: Budi\nauthor: Ana')).toMatchObject({ author: 'Ana' });
    expect(meta('date: 2018-08-07T08:30:11-07:00\nsource: a\nsources: [b, c]')).toMatchObject({
      date: '2018-08-07',
      sources: ['a', 'b', 'c'],
    });
  });

  it('names each key once, in one row', () => {
    const names = KEYS.flatMap((row) => row.names);
    expect(new Set(names).size).toBe(names.length);
  });

  it('warns about a lesson timing that is no number, at its line, and reads the rest', () => {
    const doc = readFrontMatter(source('---\ntitle: T\nteaching: soon\nexercises: 10\n---\nx\n'));
    expect(doc.meta).toMatchObject({ title: 'T', exercises: 10 });
    expect(doc.diagnostics).toEqual([
      expect.objectContaining({ line: 3, message: 'front matter key "teaching" is not a number of minutes; ignored' }),
    ]);
  });
});

describe('front matter mistakes: what to type, every one at its line', () => {
  it("says to quote a title with a colon in it, showing the line quoted, not the YAML parser's words", () => {
    const e = frontMatterError('---\ntitle: Hypothesis Testing: the basics\nauthor: Ana\n---\n\n# Hi\n');
    expect(e).toMatchObject({ file: 'slides/a.md', line: 2 });
    expect(e.message).toBe(
      'front matter key "title": its value holds ": ", which YAML reads as the start of another key; put the value in quotes: title: "Hypothesis Testing: the basics"',
    );
  });

  it('says to quote a value that starts with a character YAML keeps for itself, quotes inside escaped', () => {
    expect(frontMatterError('---\ntitle: @home and "away"\n---\nx\n').message).toMatch(
      /starts with "@", which YAML keeps for itself; put the value in quotes: title: "@home and \\"away\\""$/,
    );
    expect(frontMatterError('---\ntitle: *Stars*\n---\nx\n').message).toMatch(
      /put the value in quotes: title: "\*Stars\*"$/,
    );
  });

  it('reports every mistake, each at its line, the first giving the error its line', () => {
    const e = frontMatterError(
      '---\ntitle: Stats: part 1\nsubtitle: `t` tests\nlang: english\ntheme: a b\nflavour: mint\n---\nx\n',
    );
    expect(e.line).toBe(2);
    const lines = e.message.split('\n');
    // A theme that is not a name is a warning, not a mistake: a deck never fails for its theme (issue 29).
    expect(lines[0]).toBe('front matter has 3 mistakes:');
    expect(lines.slice(1).map((l) => /^ {2}slides\/a\.md:(\d+): /.exec(l)?.[1])).toEqual(['2', '3', '4']);
    expect(lines[2]).toMatch(/subtitle: "`t` tests"$/);
    expect(lines[3]).toMatch(/"lang" has a bad value "english"/);
  });
});

describe('the guided notes’ front matter', () => {
  it('reads a glossary as a list, a mapping or entries, under any of its names', async () => {
    const { modelOf } = await import('../support/documents.js');
    const meta = (yaml: string) => modelOf(`---\n${yaml}\n---\n# T\n\nText.\n`).meta;
    expect(meta('terms: [commit, push]').terms).toEqual(['commit', 'push']);
    expect(meta('glossary:\n  commit: a saved version\n  push: send commits').terms).toEqual(['commit', 'push']);
    expect(meta('key-terms:\n  - term: remote\n    definition: a copy elsewhere').terms).toEqual(['remote']);
    expect(meta('guided: { blanks: 1 }').guided).toEqual({ blanks: 1 });
  });
});
