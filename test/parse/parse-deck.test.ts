// An author's deck as parse-deck.ts keeps it: slides cut where the deck's own tool cuts them, notes taken off the
// slides into their notes, directives left where Marp reads them, raw HTML in Marp's form.
import { describe, expect, it } from 'vitest';
import { resolveAssets } from '../../scripts/assets/resolve-assets.js';
import type { DocModel } from '../../scripts/types.js';
import { modelOf, sourceOf } from '../support/documents.js';

const deckOf = (text: string): DocModel => modelOf(sourceOf(text, 'slides/deck.md', '/p'));
const marp = (body: string) => deckOf(`---\nmarp: true\n---\n${body}`);

describe('a Marp deck', () => {
  it('has a slide per top-level rule, and the notes of each', () => {
    const { deck } = marp('# A\n\n<!-- say hello -->\n\n---\n\n# B\n\n> ---\n\n***\n\nC\n');
    expect(deck!.slides.map((s) => s.markdown)).toEqual(['# A', '# B\n\n> ---', 'C']);
    expect(deck!.slides.map((s) => s.notes)).toEqual([['say hello'], [], []]);
    expect(deck!.slides.map((s) => s.title)).toEqual(['A', 'B', '']);
    expect(deck!.slides.map((s) => s.pos.line)).toEqual([4, 10, 16]);
  });

  it('leaves directives where Marp reads them, and takes a note out of a paragraph', () => {
    const { deck } = marp('<!-- _class: lead -->\n<!-- backgroundColor: #fff -->\n# A\n\nText <!-- aside --> more.\n');
    expect(deck!.slides[0]).toMatchObject({
      markdown: '<!-- _class: lead -->\n<!-- backgroundColor: #fff -->\n# A\n\nText  more.',
      notes: ['aside'],
    });
  });

  it('cuts before each heading headingDivider names, as Marpit does', () => {
    const { deck } = deckOf('---\nmarp: true\nheadingDivider: 2\n---\n# A\n\ntext\n\n## B\n\n### c\n\n## D\n');
    expect(deck!.slides.map((s) => s.title)).toEqual(['A', 'B', 'D']);
    expect(deck!.directives.map((d) => d.name)).not.toContain('headingDivider');
  });

  it('keeps its front matter directives as Marp reads them (loosely: #fff is a colour)', () => {
    const { deck } = deckOf('---\nmarp: true\nbackgroundColor: #fff\npaginate: true\ntitle: T\n---\n# A\n');
    expect(deck!.directives).toMatchObject([
      { name: 'backgroundColor', value: '#fff', pos: { line: 3 } },
      { name: 'paginate', value: 'true', pos: { line: 4 } },
    ]);
  });

  it('takes the theme a comment sets (the last one), at its line', () => {
    const doc = deckOf('---\nmarp: true\ntheme: default\n---\n<!-- theme: gaia -->\n# A\n');
    expect(doc.meta).toMatchObject({ theme: 'gaia', themeLine: 5 });
  });

  it("shows raw HTML as Markdown: a heading, a picture, the text; a <br> stays; deckhand's comments go", () => {
    const { deck, diagnostics } = marp(
      '<div class="x">\n<h2>Hi</h2>\n<img src="a.png" alt="A">\n<p>Some <b>text</b></p>\n</div>\n\nOne<br>two <kbd>x</kbd>\n\n<!-- deckhand: split -->\n\n<iframe src="https://example.com"></iframe>\n',
    );
    expect(deck!.slides[0]!.markdown).toBe('## Hi\n\n![A](a.png)\n\nSome text\n\nOne<br>two x');
    expect(diagnostics.filter((d) => d.severity === 'warning').map((d) => [d.line, d.message])).toEqual([
      [14, '<iframe> cannot be shown on a printed slide: left out'],
    ]);
  });

  it('puts its pictures under the asset policy: a remote background is left out, with a warning at its line', () => {
    const doc = deckOf(
      "---\nmarp: true\nbackgroundImage: url('https://example.com/bg.png')\n---\n# A\n\n<!-- _backgroundImage: url(http://x.test/b.png) -->\n![bg right](missing.png)\n",
    );
    const { doc: resolved } = resolveAssets(doc, '/p', false, () => false);
    expect(resolved.deck!.directives).toMatchObject([{ name: 'backgroundImage', value: 'none' }]);
    expect(resolved.deck!.slides[0]!.markdown).toMatch(
      /^# A\n\n<!-- _backgroundImage: none -->\n!\[bg right\]\(assets\//,
    );
    expect(resolved.diagnostics.map((d) => d.line).sort()).toEqual([3, 7, 8]);
  });
});

describe('a Slidev deck', () => {
  const slidev = (body: string) => deckOf(`---\ntheme: default\nhighlighter: shiki\n---\n${body}`);

  it("cuts at --- lines, reads a slide's front matter, and keeps a slide's last comment as its note", () => {
    const { deck } = slidev(
      '# Cover\n\n<!-- hidden aside -->\n\nText\n\n<!-- the note -->\n\n--- \nlayout: image-right\nimage: /sea.png\nclass: big\n---\n\n# Two\n',
    );
    expect(deck!.slides.map((s) => s.markdown)).toEqual([
      '<!-- _class: lead -->\n\n# Cover\n\nText',
      '<!-- _class: big -->\n\n![bg right](public/sea.png)\n\n# Two',
    ]);
    expect(deck!.slides.map((s) => s.notes)).toEqual([['the note'], []]);
  });

  it('makes two columns of two-cols and ::right::, and shows what <v-click> wraps', () => {
    const { deck } = slidev(
      '# A\n\n---\nlayout: two-cols\n---\n\n# Left\n\n<v-click>\n\nStep\n\n</v-click>\n::right::\n\nRight\n',
    );
    expect(deck!.slides[1]!.markdown).toMatch(
      /<div class="columns">\n<div>\n\n# Left\n\nStep\n[\s\S]*<\/div>\n<div>\n[\s\S]*Right\n\n<\/div>\n<\/div>$/,
    );
  });

  it('leaves out a slide that imports others, with a warning at its line', () => {
    const { deck, diagnostics } = slidev('# A\n\n---\nsrc: ./pages/more.md\n---\n\n<!-- ignored -->\n\n---\n\n# B\n');
    expect(deck!.slides.map((s) => s.title)).toEqual(['A', 'B']);
    expect(diagnostics.filter((d) => d.severity === 'warning')).toMatchObject([
      { line: 7, message: expect.stringMatching(/imported from \.\/pages\/more\.md are not read/) },
    ]);
  });
});

describe('a reveal.js deck', () => {
  const reveal = (body: string) => deckOf(`---\ndeckhand:\n  slides: reveal\n---\n${body}`);

  it('cuts at ---, -- and ---v after a blank line; Note: to the slide end is its note, never on the slide', () => {
    const { deck } = reveal(
      '## A\n* one <!-- .element: class="fragment" -->\n\nNote:\nSay it <br/>\nslowly\n\n\n--\n## B\n<!-- {_style="font-size:60%"} -->\n\n---v\n\n## C\n',
    );
    expect(deck!.slides.map((s) => s.markdown)).toEqual(['## A\n* one', '## B', '## C']);
    expect(deck!.slides.map((s) => s.notes)).toEqual([['Say it\nslowly'], [], []]);
  });

  it('shows <!-- .slide: data-background… --> as a Marp background, and a rule inside a slide not at all', () => {
    const { deck } = reveal(
      '<!-- .slide: data-background-image="sea.png" data-transition="fade" -->\n## A\n\n***\n\ntext\n\n---\n\n<!-- .slide: data-background="#102030" -->\n## B\n',
    );
    expect(deck!.slides.map((s) => s.markdown)).toEqual([
      '![bg](sea.png)\n## A\n\ntext',
      '<!-- _backgroundColor: "#102030" -->\n## B',
    ]);
  });
});

describe('a Quarto deck', () => {
  const quarto = (body: string) =>
    deckOf(`---\ntitle: Systems\nauthor: V. S.\nformat:\n  revealjs:\n    slide-number: true\n---\n${body}`);

  it("opens with the title slide, cuts at # (a section's lead slide), ## and ---, and keeps ::: notes as notes", () => {
    const { deck } = quarto('# Part\n\n## One\n\nA\n\n. . .\n\nB\n\n::: notes\nTell a story\n:::\n\n---\n\nC\n');
    expect(deck!.slides.map((s) => s.markdown)).toEqual([
      '<!-- _class: lead title -->\n\n# Systems\n\nV. S.',
      '<!-- _class: lead divider -->\n\n# Part',
      '## One\n\nA\n\nB',
      'C',
    ]);
    expect(deck!.slides[2]!.notes).toEqual(['Tell a story']);
    expect(deck!.directives).toMatchObject([{ name: 'paginate', value: 'true' }]);
  });

  it('shows columns as two columns, fragments complete, a picture at its width, a hidden cell not at all', () => {
    const { deck } = quarto(
      '## A\n\n:::: {.columns}\n::: {.column width="50%"}\n::: {.fragment}\nL\n:::\n:::\n::: {.column}\nR\n:::\n::::\n\n![cat](c.png){width=25%}\n\n```{python}\n#| echo: false\nx = 1\n```\n',
    );
    expect(deck!.slides[1]!.markdown).toMatch(
      /^## A\n\n<style scoped>[\s\S]*<div class="columns">\n\n<div>\n\nL\n\n<\/div>\n<div>\n\nR\n\n<\/div>\n\n<\/div>\n\n!\[cat w:320px\]\(c\.png\)$/,
    );
  });
});

describe('the deck contract: Marp Markdown a converter writes (a RISE notebook, an Org or Beamer deck)', () => {
  it('keeps every slide and every note, a note of several comments too', () => {
    const doc = deckOf(
      '---\nmarp: true\ntitle: Lecture 2\n---\n\n# Pandas\n\nData frames\n\n<!-- Open the notebook first. -->\n\n---\n\n## Filtering\n\n```python\ndf[df.x > 1]\n```\n\n<!-- Show the mask. -->\n<!-- Then the result: 3 rows. -->\n\n---\n\n## Done\n',
    );
    expect(doc.deck!.dialect).toBe('marp');
    expect(doc.deck!.slides.map((s) => [s.title, s.notes])).toEqual([
      ['Pandas', ['Open the notebook first.']],
      ['Filtering', ['Show the mask.', 'Then the result: 3 rows.']],
      ['Done', []],
    ]);
    expect(doc.deck!.slides[1]!.markdown).toBe('## Filtering\n\n```python\ndf[df.x > 1]\n```');
  });
});
