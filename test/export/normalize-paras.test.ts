// The text of a slide as the editable PowerPoint reads it, without a browser: colours and lengths, runs, paragraphs
// and list markers, from small walked pages written by hand (test/support/walked-page.ts).
import { describe, expect, it } from 'vitest';
import { listParas, markerOf, parasOf, runOf } from '../../scripts/export/pptx/normalize-paras.js';
import { hex, px } from '../../scripts/export/pptx/page-tree.js';
import { texTree } from '../../scripts/render/tex-text.js';
import type { MathTree } from '../../scripts/text/math-linear.js';
import { type Built, child, h, INLINE, inSlide, type Spec, texts } from '../support/walked-page.js';

describe('colours and lengths as CSS computes them', () => {
  it.each([
    ['rgb(255, 0, 128)', 'FF0080'],
    ['rgba(10, 20, 30, 0.5)', '0A141E'],
    ['rgb(1.6, 0, 0)', '020000'],
    ['rgba(0, 0, 0, 0)', undefined],
    ['transparent', undefined],
  ])('%s is %s', (css, expected) => expect(hex(css)).toBe(expected));

  it.each([
    ['12.5px', 12.5],
    ['auto', 0],
    ['normal', 0],
    ['', 0],
  ])('%s is %d px', (css, expected) => expect(px(css)).toBe(expected));
});

describe('a run takes the style of the element around its text', () => {
  const cases: [string, Built, (root: Built) => Built, Record<string, unknown>][] = [
    [
      'bold from weight 600',
      h('p', {}, h('b', { css: { 'font-weight': '600' } }, 'x')),
      (p) => child(p),
      { bold: true },
    ],
    ['not bold at 500', h('p', {}, h('b', { css: { 'font-weight': '500' } }, 'x')), (p) => child(p), { bold: false }],
    ['italic', h('p', {}, h('em', { css: { 'font-style': 'italic' } }, 'x')), (p) => child(p), { italic: true }],
    ['its colour', h('p', { css: { color: 'rgb(255, 0, 0)' } }, 'x'), (p) => p, { color: 'FF0000' }],
    [
      'black for a transparent colour',
      h('p', { css: { color: 'rgba(0, 0, 0, 0)' } }, 'x'),
      (p) => p,
      { color: '000000' },
    ],
    [
      'the link of an enclosing <a>',
      h('p', {}, h('a', { attrs: { href: 'https://a.b' } }, h('b', {}, 'x'))),
      (p) => child(child(p)),
      { href: 'https://a.b' },
    ],
    [
      'inline code shaded',
      h('p', {}, h('code', { css: { 'background-color': 'rgb(238, 238, 238)' } }, 'x')),
      (p) => child(p),
      { highlight: 'EEEEEE' },
    ],
    [
      'code in a block unshaded',
      h('pre', {}, h('code', { css: { 'background-color': 'rgb(238, 238, 238)' } }, 'x')),
      (p) => child(p),
      { highlight: undefined },
    ],
    [
      'struck through',
      h('p', {}, h('s', { css: { 'text-decoration-line': 'line-through' } }, 'x')),
      (p) => child(p),
      { strike: true },
    ],
  ];
  it.each(cases)('%s', (_, root, pick, expected) => {
    const { tree } = inSlide(root);
    expect(runOf(tree, pick(root), 'x')).toMatchObject(expected);
  });
});

describe("an element's paragraphs", () => {
  const cases: [string, Built, string[][]][] = [
    [
      'white space collapsed and trimmed at the ends',
      h('p', {}, '  Hello\n   ', h('b', { css: INLINE }, 'world'), '  '),
      [['Hello ', 'world']],
    ],
    ['a line break as a space', h('p', {}, 'one', h('br', { css: INLINE }), 'two'), [['one', ' ', 'two']]],
    [
      'split where a child is a block',
      h('li', {}, 'lead', h('p', {}, 'figure'), 'tail'),
      [['lead'], ['figure'], ['tail']],
    ],
    ['a nested list left to its own items', h('li', {}, 'item', h('ul', {}, h('li', {}, 'sub'))), [['item']]],
    ['nothing for white space alone', h('p', {}, '   '), []],
  ];
  it.each(cases)('%s', (_, root, expected) => {
    const { tree } = inSlide(root);
    expect(texts(parasOf(tree, root))).toEqual(expected);
  });

  it.each([
    ['start', 'left'],
    ['center', 'center'],
    ['right', 'right'],
    ['justify', 'left'],
  ])('text-align %s is %s', (textAlign, align) => {
    const { tree, el } = inSlide(h('p', { css: { 'text-align': textAlign } }, 'x'));
    expect(parasOf(tree, el)[0]!.align).toBe(align);
  });

  it('has a line height of 1.2 times its size when CSS says "normal"', () => {
    const { tree, el } = inSlide(h('p', { css: { 'line-height': 'normal', 'font-size': '30px' } }, 'x'));
    expect(parasOf(tree, el)[0]).toMatchObject({ size: 30, lineHeight: 36 });
  });
});

describe("a list item's marker", () => {
  const li = (spec: Spec = {}) => h('li', spec, 'x');
  const cases: [string, Built, number, ReturnType<typeof markerOf>][] = [
    ['numbered from the list start', h('ol', { attrs: { start: '3' } }, li(), li()), 1, { type: 'number', start: 4 }],
    ['numbered from 1 without one', h('ol', {}, li(), li(), li()), 2, { type: 'number', start: 3 }],
    ['numbered from 1 for start="0"', h('ol', { attrs: { start: '0' } }, li()), 0, { type: 'number', start: 1 }],
    ['the character ::marker shows', h('ul', {}, li({ marker: '"▸ "' })), 0, { type: 'char', code: '25B8' }],
    ['a disc', h('ul', {}, li({ marker: 'normal' })), 0, { type: 'char', code: '2022' }],
    [
      'a square',
      h('ul', {}, li({ marker: 'normal', css: { 'list-style-type': 'square' } })),
      0,
      { type: 'char', code: '25A0' },
    ],
    [
      'none for list-style-type none',
      h('ul', {}, li({ marker: 'normal', css: { 'list-style-type': 'none' } })),
      0,
      undefined,
    ],
  ];
  it.each(cases)('%s', (_, list, index, expected) => {
    const { tree } = inSlide(list);
    expect(markerOf(tree, list.children[index] as Built, list)).toEqual(expected);
  });

  it('sits on the first paragraph of each item, nested items a level deeper and indented by their list', () => {
    const nested = h('ul', { css: { 'padding-left': '20px' } }, h('li', { marker: 'normal' }, 'b'));
    const list = h(
      'ul',
      { css: { 'padding-left': '40px' } },
      h('li', { marker: 'normal' }, 'a', nested),
      h('li', { marker: 'normal' }, 'c'),
    );
    const { tree } = inSlide(list);
    const paras = listParas(tree, list);
    expect(paras.map((p) => [p.runs[0]!.text, p.level, p.indent, p.marker?.type])).toEqual([
      ['a', 1, 40, 'char'],
      ['b', 2, 20, 'char'],
      ['c', 1, 40, 'char'],
    ]);
  });
});

describe('an inline formula in the text, as MathJax drew it on the slide', () => {
  /** The walked <mjx-container> of MathJax's real drawing of `tex`. */
  const formula = (tex: string): Built => {
    const walked = (t: MathTree | string): Built | string =>
      typeof t === 'string' ? t : h(t.tag, { attrs: t.attrs, css: INLINE }, ...t.children.map(walked));
    return child(walked(texTree(tex)) as Built);
  };
  const paragraph = (...parts: (Built | string)[]) => {
    const { tree, el } = inSlide(h('p', {}, ...parts));
    return parasOf(tree, el)[0]!.runs.map((r) => [r.text, r.italic, r.shift]);
  };

  it.each([
    ['a square root, its sign before what it covers', '\\sigma/\\sqrt{n}', 'σ/√n'],
    ['a bar over a letter, on the letter', '\\bar{X}', 'X̄'],
    ['a fraction, its numerator bracketed', '\\frac{a+b}{2}', '(a+b)/2'],
  ])('reads %s', (_, tex, text) => {
    expect(
      paragraph('so ', formula(tex))
        .map(([t]) => t)
        .join(''),
    ).toBe(`so ${text}`);
  });

  it('raises a superscript and lowers a subscript, in the order they read', () => {
    expect(paragraph(formula('x_i^2'))).toEqual([
      ['x', true, undefined],
      ['i', true, 'sub'],
      ['2', false, 'sup'],
    ]);
  });
});
