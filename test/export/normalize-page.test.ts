// The blocks and frame of a slide as the editable PowerPoint reads them, without a browser: images, formulas,
// cards, code, tables, the footer and the page number, from small walked pages written by hand
// (test/support/walked-page.ts).
import { describe, expect, it } from 'vitest';
import { blockOf, normalizePage } from '../../scripts/export/pptx/normalize-page.js';
import { parasOf } from '../../scripts/export/pptx/normalize-paras.js';
import { texTree } from '../../scripts/render/tex-text.js';
import type { MathTree } from '../../scripts/text/math-linear.js';
import { type Built, h, INLINE, inSlide, pageOf, SECTION, slideWith, texts } from '../support/walked-page.js';

describe('a block with a picture', () => {
  it('is an image when a paragraph holds only an <img>, with its box on the slide and on the page', () => {
    const img = h('img', {
      attrs: { src: 'peta.png', alt: 'Peta' },
      natural: { w: 800, h: 600 },
      rect: { x: 10, y: 1100, w: 400, h: 300 },
    });
    const { tree, el } = inSlide(h('p', {}, img));
    expect(blockOf(tree, el)).toMatchObject({
      type: 'image',
      src: 'peta.png',
      alt: 'Peta',
      natural: { w: 800, h: 600 },
      deco: { box: { x: 10, y: 100, w: 400, h: 300 } },
      shot: 0,
    });
    expect(tree.shots).toEqual([{ x: 10, y: 3100, w: 400, h: 300 }]);
  });

  it('is text when an <img> shares its paragraph with words', () => {
    const { tree, el } = inSlide(h('p', {}, 'see ', h('img', { attrs: { src: 'a.png' }, css: INLINE })));
    expect(blockOf(tree, el)).toMatchObject({ type: 'text', tag: 'p' });
    expect(tree.shots).toEqual([]);
  });

  it("is a formula's picture, narrowed to the drawing MathJax centres in a stretched <svg>", () => {
    const svg = h('svg', { rect: { x: 0, y: 1000, w: 1000, h: 50 }, viewBox: { w: 200, h: 50 } });
    const { tree, el } = inSlide(h('p', {}, h('mjx-container', { attrs: { display: 'true' } }, svg)));
    expect(blockOf(tree, el)).toMatchObject({ type: 'math', shot: 0, deco: { box: { x: 400, y: 0, w: 200, h: 50 } } });
    expect(tree.shots).toEqual([{ x: 400, y: 3000, w: 200, h: 50 }]);
  });

  it("reads an inline formula's glyphs: letters of identifiers in italics, a superscript raised", () => {
    const glyph = (c: string, node?: string) =>
      h('g', { attrs: { 'data-c': c, ...(node && { 'data-mml-node': node }) } });
    const power = h(
      'g',
      { attrs: { 'data-mml-node': 'msup' } },
      h('g', { attrs: { 'data-mml-node': 'mi' } }, glyph('1D465')),
      glyph('32', 'mn'),
    );
    const math = h('mjx-container', { css: INLINE }, h('svg', {}, h('g', {}, power)));
    const { tree, el } = inSlide(h('p', {}, 'so ', math));
    const runs = parasOf(tree, el)[0]!.runs;
    expect(runs.map((r) => [r.text, r.italic, r.shift])).toEqual([
      ['so ', false, undefined],
      ['x', true, undefined],
      ['2', false, 'sup'],
    ]);
  });
});

describe('a block of text, cards, code or a table', () => {
  it('is a row of cards when a list is laid out as a grid', () => {
    const card = (text: string) =>
      h('li', { css: { 'margin-bottom': '8px' } }, h('p', { css: { 'margin-bottom': '6px' } }, text));
    const { tree, el } = inSlide(h('ul', { css: { display: 'grid' } }, card('one'), card('two')));
    const block = blockOf(tree, el);
    expect(block?.type).toBe('cards');
    if (block?.type !== 'cards') return;
    expect(block.cards.map((c) => texts(c.paras))).toEqual([[['one']], [['two']]]);
    expect(block.cards[0]!.paras[0]!.spaceAfter).toBe(0);
  });

  it("is code: a line per newline, the block's closing newline dropped, the style of its <code>", () => {
    const code = h('code', { css: { 'font-size': '24px' } }, h('span', { css: INLINE }, 'a = 1'), '\n\nb = 2\n');
    const { tree, el } = inSlide(h('pre', {}, code));
    const block = blockOf(tree, el);
    if (block?.type !== 'code') throw new Error(`not code: ${block?.type}`);
    expect(block.lines.map((l) => l.map((r) => r.text))).toEqual([['a = 1'], [], ['b = 2']]);
    expect(block.para.size).toBe(24);
  });

  it.each([
    [
      'its cells’ border and padding',
      {
        'border-top-width': '1px',
        'border-top-style': 'solid',
        'border-top-color': 'rgb(0, 0, 255)',
        'padding-top': '2px',
      },
      '0000FF',
      [2, 0, 0, 0],
    ],
    ['a grey border when its cells have none', {}, 'CCCCCC', [0, 0, 0, 0]],
  ])('is a table with %s', (_, cellCss, border, cellPad) => {
    const row = (...cells: string[]) =>
      h('tr', {}, ...cells.map((t, i) => h('td', { css: cellCss, rect: { w: 100 * (i + 1) } }, t)));
    const { tree, el } = inSlide(h('table', {}, h('tbody', {}, row('a', 'b'), row('c', 'd'))));
    expect(blockOf(tree, el)).toMatchObject({ type: 'table', colW: [100, 200], border, cellPad });
  });

  it('is nothing when it shows no text', () => {
    const { tree, el } = inSlide(h('p', {}, ' '));
    expect(blockOf(tree, el)).toBeUndefined();
  });

  it("keeps a block's last paragraph free of space after (the block's margin is apart)", () => {
    const { tree, el } = inSlide(
      h(
        'div',
        { css: { 'margin-bottom': '20px' } },
        h('p', { css: { 'margin-bottom': '12px' } }, 'a'),
        h('p', { css: { 'margin-bottom': '12px' } }, 'b'),
      ),
    );
    const block = blockOf(tree, el);
    if (block?.type !== 'text') throw new Error('not text');
    expect([block.paras.map((p) => p.spaceAfter), block.marginBottom]).toEqual([[12, 0], 20]);
  });
});

describe('a block of text with more in it', () => {
  it('is a callout’s title and its body: the list under the title is read in its place', () => {
    const item = (text: string) => h('li', { marker: '"■ "' }, text);
    const { tree, el } = inSlide(
      h(
        'blockquote',
        { css: { 'padding-left': '24px' } },
        h('p', {}, h('strong', { css: { ...INLINE, 'font-weight': '700' } }, 'Note')),
        h('ul', { css: { 'padding-left': '30px' } }, item('The standard error shrinks'), item('Four times as many')),
        h('p', {}, 'After the list'),
      ),
    );
    const block = blockOf(tree, el);
    if (block?.type !== 'text') throw new Error(`not text: ${block?.type}`);
    expect(texts(block.paras)).toEqual([
      ['Note'],
      ['The standard error shrinks'],
      ['Four times as many'],
      ['After the list'],
    ]);
    expect(block.paras.map((p) => [p.level, p.indent, p.marker?.type])).toEqual([
      [1, 0, undefined],
      [1, 30, 'char'],
      [1, 30, 'char'],
      [1, 0, undefined],
    ]);
    expect(block.paras[0]!.runs[0]!.bold).toBe(true);
  });

  it('is a picture of the paragraph, its text as alt text, when a formula in it has no one-line form', () => {
    const walked = (t: MathTree | string): Built | string =>
      typeof t === 'string' ? t : h(t.tag, { attrs: t.attrs, css: INLINE }, ...t.children.map(walked));
    const binomial = (walked(texTree('\\binom{n}{k}')) as Built).children[0] as Built;
    const { tree, el } = inSlide(h('p', { rect: { x: 72, y: 1200, w: 600, h: 40 } }, 'Choose ', binomial, ' of them'));
    expect(blockOf(tree, el)).toMatchObject({ type: 'image', src: '', alt: 'Choose of them', shot: 0 });
    expect(tree.shots).toEqual([{ x: 72, y: 3200, w: 600, h: 40 }]);
  });
});

describe('a slide', () => {
  const footer = h('footer', { rect: { x: 30, y: 1680, w: 500, h: 30 } }, 'Diplomasi');
  const section = h(
    'section',
    {
      ...SECTION,
      attrs: { 'data-marpit-pagination': '7' },
      css: {
        'border-left-width': '8px',
        'border-left-style': 'solid',
        'border-left-color': 'rgb(0, 0, 255)',
        'border-top-width': '4px',
        'justify-content': 'center',
      },
    },
    h('header', {}, 'Head'),
    h('h1', {}, 'Title'),
    footer,
  );
  const [slide] = normalizePage(
    pageOf(section, { 'font-size': '20px', 'line-height': 'normal', right: '30px', bottom: '20px' }),
  );

  it('holds its blocks, not the header and footer', () =>
    expect(slide!.blocks.map((b) => b.type === 'text' && b.tag)).toEqual(['h1']));
  it('is white when its background is transparent', () => expect(slide!.fill).toBe('FFFFFF'));
  it('draws the borders that have a width, a colour and a style', () =>
    expect(slide!.deco.borders).toEqual([{ side: 'left', width: 8, color: '0000FF' }]));
  it('keeps its justify-content', () => expect(slide!.justify).toBe('center'));
  it('has its footer with its box on the slide', () =>
    expect(slide!.footer).toMatchObject({ para: { runs: [{ text: 'Diplomasi' }] }, box: { x: 30, y: 680 } }));
  it("has its page number right-aligned in a 160 px box at the ::after's corner", () =>
    expect(slide!.page).toMatchObject({
      para: { runs: [{ text: '7', size: 20 }], align: 'right', lineHeight: 24 },
      box: { x: 1280 - 30 - 160, y: 720 - 20 - 24, w: 160, h: 24 },
    }));
  it('has no page number when Marp paginates none', () =>
    expect(normalizePage(pageOf(slideWith(h('p', {}, 'x'))))[0]!.page).toBeUndefined());
});
