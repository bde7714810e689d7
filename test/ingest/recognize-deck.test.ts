// Recognising a deck the author already paginated: one decision from the front matter and the slide markup, and
// the front matter key that overrides it either way.
import { describe, expect, it } from 'vitest';
import { readFrontMatter } from '../../scripts/ingest/read-front-matter.js';
import { recognizeDeck } from '../../scripts/ingest/recognize-deck.js';
import { sourceOf } from '../support/documents.js';

const cases: [title: string, data: Record<string, unknown>, body: string, dialect: string | undefined][] = [
  ['marp: true is a Marp deck', { marp: true }, '# One\n', 'marp'],
  ['--- breaks and a Marp directive comment', {}, '# A\n\n---\n\n<!-- _class: lead -->\n# B\n', 'marp'],
  ['--- breaks and Marp keys in the front matter', { paginate: true }, '# A\n\n---\n\n# B\n', 'marp'],
  ['a lecture with one rule and no directive', {}, '# A\n\nText.\n\n---\n\nMore text.\n', undefined],
  ['a directive but no slide break', {}, '## A\n\n<!-- _class: invert -->\n\nText.\n', undefined],
  ['--- inside a code block is no break', { paginate: true }, '# A\n\n```yaml\n---\nmarp: true\n---\n```\n', undefined],
  ['Quarto format: revealjs', { format: 'revealjs' }, '## A\n', 'quarto'],
  ['Quarto format with revealjs options', { format: { revealjs: { theme: 'x' } } }, '## A\n', 'quarto'],
  ['Quarto html is a document', { format: 'html' }, '## A\n', undefined],
  ['Slidev headmatter', { highlighter: 'shiki', drawings: { persist: true } }, '# A\n', 'slidev'],
  ['a Slidev slide front matter', {}, '# A\n\n---\nlayout: two-cols\n---\n\n# B\n', 'slidev'],
  ['Slidev <v-click>', {}, '# A\n\n<v-click>\n\nB\n\n</v-click>\n', 'slidev'],
  ['reveal.js vertical separators', {}, '## A\n\n\n--\n## B\n\n\n--\n## C\n', 'reveal'],
  ['reveal.js Note: and a separator', {}, '## A\n\nNote:\nSay hello\n\n\n---\n## B\n', 'reveal'],
  ['reveal.js .slide: attributes', {}, '<!-- .slide: data-background="#fff" -->\n## A\n', 'reveal'],
  ['Jekyll layout: is not Slidev', { layout: 'page', title: 'T' }, '# A\n', undefined],
];

describe('recognizeDeck', () => {
  it.each(cases)('%s', (_title, data, body, dialect) => {
    expect(recognizeDeck(data, body).dialect).toBe(dialect);
  });

  it('keeps or plans as the front matter says, whatever the guess', () => {
    const breaks = '# A\n\n---\n\n<!-- _class: lead -->\n# B\n';
    expect(recognizeDeck({ deckhand: { slides: 'plan' } }, breaks).dialect).toBeUndefined();
    expect(recognizeDeck({ marp: true, deckhand: { slides: 'plan' } }, breaks).dialect).toBeUndefined();
    expect(recognizeDeck({ deckhand: { slides: 'keep' } }, '# Lecture\n\nText.\n')).toMatchObject({
      dialect: 'marp',
      reason: 'front matter deckhand.slides: keep (marp)',
    });
    expect(recognizeDeck({ deckhand: { slides: 'reveal' } }, '# A\n').dialect).toBe('reveal');
  });

  it('says when deckhand.slides means nothing, and goes by the guess', () => {
    const guess = recognizeDeck({ marp: true, deckhand: { slides: 'yes' } }, '# A\n');
    expect(guess.dialect).toBe('marp');
    expect(guess.warning).toMatch(/deckhand\.slides is "yes": expected keep, plan/);
  });
});

describe('readFrontMatter of an author deck', () => {
  const source = (text: string) => sourceOf(text, 'slides/a.md');

  it("takes Marp's directives (paginate, footer, _class, backgroundColor) as known keys, not unknown ones", () => {
    const doc = readFrontMatter(
      source('---\nmarp: true\npaginate: true\nfooter: Waves\n_class: lead\nbackgroundColor: "#fff"\n---\n# A\n'),
    );
    expect(doc.diagnostics).toEqual([]);
    expect(doc.meta.deck).toMatchObject({ dialect: 'marp', reason: 'marp: true', lines: { paginate: 3, footer: 4 } });
  });

  it("uses Marp's default theme for a Marp deck that names none, deckhand's for a lecture", () => {
    expect(readFrontMatter(source('---\nmarp: true\n---\n# A\n')).meta.theme).toBe('default');
    expect(readFrontMatter(source('---\ntitle: T\n---\n# A\n')).meta.theme).toBe('deckhand');
  });

  it('warns about a theme that is not a name (a Slidev path), at its line, instead of failing', () => {
    const doc = readFrontMatter(source('---\nhighlighter: shiki\ntheme: ./my-theme\n---\n# A\n'));
    expect(doc.meta.deck?.dialect).toBe('slidev');
    expect(doc.diagnostics).toMatchObject([
      { line: 3, severity: 'warning', message: expect.stringMatching(/not a theme name/) },
    ]);
  });
});
