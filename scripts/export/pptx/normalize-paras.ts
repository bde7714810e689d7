// The text of a walked slide as PowerPoint paragraphs: runs of one style each, paragraphs split where a child is
// laid out as a block, white space as the page shows it, list levels and markers, inline formulas as text.
import { descendants, elementsOf, hex, px, type SlideTree } from './page-tree.js';
import type { ReadPara, Run } from './slide-read.js';
import { linearMath } from '../../text/math-linear.js';
import type { RawElement } from './walk-page.js';

const tagIs =
  (...tags: string[]) =>
  (el: RawElement) =>
    tags.includes(el.tag);

/** A stretch of `text` in the style of `el`: its colour, size, weight, link and inline code's background. */
export function runOf(tree: SlideTree, el: RawElement, text: string): Run {
  const css = (property: string) => tree.css(el, property);
  const code = tree.closest(el, tagIs('code'));
  return {
    text,
    color: hex(css('color')) ?? '000000',
    size: px(css('font-size')),
    bold: Number(css('font-weight')) >= 600,
    italic: css('font-style') === 'italic',
    fonts: css('font-family'),
    href: tree.closest(el, tagIs('a'))?.attrs.href,
    // Code inside a <pre> is a code block, shaded as a whole: only inline code has a background of its own.
    highlight: code && !tree.closest(code, tagIs('pre')) ? hex(tree.css(code, 'background-color')) : undefined,
    strike: css('text-decoration-line').includes('line-through') || undefined,
  };
}

/**
 * An inline formula as text that reads as it shows (text/math-linear.ts): σ/√n, X̄, sub- and superscripts
 * shifted, letters of identifiers in italics; undefined when a part of it has no one-line form.
 */
export function mathRuns(tree: SlideTree, container: RawElement): Run[] | undefined {
  const svg = descendants(container, (el) => el.tag === 'svg')[0];
  const spans = svg && linearMath(svg);
  return spans?.map((s) => ({ ...runOf(tree, container, s.text), italic: s.italic, shift: s.shift }));
}

/** The block style around a paragraph's runs. A line height of "normal" is 1.2 times the font size. */
export function paraOf(tree: SlideTree, el: RawElement, runs: Run[], level = 1, indent = 0): ReadPara {
  const css = (property: string) => tree.css(el, property);
  const textAlign = css('text-align');
  // text-align: start is the right side of a right-to-left paragraph.
  const rtl = css('direction') === 'rtl';
  const align =
    textAlign === 'center' || textAlign === 'right' || textAlign === 'left'
      ? textAlign
      : (textAlign === 'end') !== rtl
        ? 'right'
        : 'left';
  const lineHeight = css('line-height') === 'normal' ? 1.2 * px(css('font-size')) : px(css('line-height'));
  return {
    runs,
    size: px(css('font-size')),
    lineHeight,
    color: hex(css('color')) ?? '000000',
    fonts: css('font-family'),
    bold: Number(css('font-weight')) >= 600,
    align,
    ...(rtl ? { rtl } : {}),
    spaceAfter: px(css('margin-bottom')),
    level,
    indent,
  };
}

/** Runs with the white space at the paragraph's ends taken off (a run of only white space may be all of it). */
export function trimmed(runs: Run[]): Run[] {
  for (const run of runs) {
    run.text = run.text.trimStart();
    if (run.text) break;
  }
  for (const run of runs.toReversed()) {
    run.text = run.text.trimEnd();
    if (run.text) break;
  }
  return runs.filter((r) => r.text !== '');
}

/**
 * An element's paragraphs: its text runs, split where a child is laid out as a block (a card's figure). Lists are
 * left out (a list item's own sub-lists are read by listParas), unless `lists`: then a list inside (a callout's
 * body, under its title) is read in its place, its items as list paragraphs.
 */
export function parasOf(tree: SlideTree, root: RawElement, level = 1, indent = 0, lists = false): ReadPara[] {
  const paras: ReadPara[] = [];
  let runs: Run[] = [];
  const flush = (el: RawElement) => {
    const shown = trimmed(runs);
    runs = [];
    if (shown.length) paras.push(paraOf(tree, el, shown, level, indent));
  };
  const visit = (el: RawElement, block: RawElement) => {
    if (el.tag === 'ul' || el.tag === 'ol') {
      if (!lists) return;
      flush(block);
      return void paras.push(...listParas(tree, el));
    }
    if (el.tag === 'mjx-container') return void runs.push(...(mathRuns(tree, el) ?? []));
    if (el.tag === 'br') return void runs.push(runOf(tree, block, ' '));
    const isBlock = el !== root && tree.css(el, 'display') === 'block';
    if (isBlock) flush(block);
    for (const child of el.children) {
      if (typeof child === 'string') runs.push(runOf(tree, el, child.replace(/\s+/g, ' ')));
      else visit(child, isBlock ? el : block);
    }
    if (isBlock) flush(el);
  };
  visit(root, root);
  flush(root);
  return paras;
}

const BULLETS: Record<string, string> = { square: '■', disc: '•', circle: '◦' };

/**
 * A list item's marker: its number in an ordered list (counted from the list's start), or its bullet character as
 * a hex code point: the one its ::marker shows, else the one its list-style-type names; none for any other.
 */
export function markerOf(tree: SlideTree, li: RawElement, list: RawElement): ReadPara['marker'] {
  if (list.tag === 'ol') {
    const start = parseInt(list.attrs.start ?? '', 10) || 1;
    return { type: 'number', start: start + elementsOf(list).indexOf(li) };
  }
  const quoted = /^"\s*(\S)/u.exec(li.marker ?? '')?.[1];
  const char = quoted ?? BULLETS[tree.css(li, 'list-style-type')];
  return char ? { type: 'char', code: char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0') } : undefined;
}

/** Every item of a list, nested lists' too, as paragraphs: its level is how deep it is nested, its indent the list's padding. */
export function listParas(tree: SlideTree, list: RawElement): ReadPara[] {
  return descendants(list, tagIs('li')).flatMap((li) => {
    let level = 1;
    for (let at = tree.parent(li); at && at !== list; at = tree.parent(at)) if (at.tag === 'li') level++;
    const parent = tree.parent(li)!;
    const paras = parasOf(tree, li, level, px(tree.css(parent, 'padding-left')));
    if (paras[0]) paras[0].marker = markerOf(tree, li, parent);
    return paras;
  });
}
