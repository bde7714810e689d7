// The walked page (walk-page.ts) as the slides the PowerPoint is made from: which element is a formula, an image,
// a row of cards, a list, code or a table, what its boxes, borders and fills are, and where the page number sits.
// Every decision about the page is here or in normalize-paras.ts, in plain code that unit tests reach.
import { listParas, mathRuns, paraOf, parasOf, runOf } from './normalize-paras.js';
import { descendants, elementsOf, hex, px, SlideTree, textOf } from './page-tree.js';
import type { Deco, ReadBlock, ReadPara, Run, SlideRead } from './slide-read.js';
import type { RawElement, RawPage } from './walk-page.js';

type TableBlock = Extract<ReadBlock, { type: 'table' }>;

/** Every slide the page showed, in order. */
export function normalizePage(page: RawPage): SlideRead[] {
  return page.slides.map((slide) => slideOf(new SlideTree(page, slide)));
}

function slideOf(tree: SlideTree): SlideRead {
  const { section } = tree;
  const blocks = elementsOf(section)
    .filter((el) => el.tag !== 'footer' && el.tag !== 'header')
    .flatMap((el) => blockOf(tree, el) ?? []);
  const footerEl = elementsOf(section).find((el) => el.tag === 'footer');
  const footerPara = footerEl && parasOf(tree, footerEl)[0];
  return {
    fill: hex(tree.css(section, 'background-color')) ?? 'FFFFFF',
    fonts: tree.css(section, 'font-family'),
    deco: decoOf(tree, section),
    justify: tree.css(section, 'justify-content'),
    blocks,
    footer: footerPara ? { para: footerPara, box: tree.box(footerEl!) } : undefined,
    page: pageNumber(tree),
    backgrounds: backgroundsOf(tree),
    shots: tree.shots,
  };
}

/** Marp's background pictures of a slide: each <figure> of its background layer, and its caption (the alt words). */
function backgroundsOf(tree: SlideTree): SlideRead['backgrounds'] {
  const layer = tree.background;
  const figures = layer ? descendants(layer, (el) => el.tag === 'figure') : [];
  return figures.map((figure) => {
    const caption = descendants(figure, (el) => el.tag === 'figcaption')[0];
    return { box: tree.box(figure), shot: tree.shot(figure), alt: caption ? textOf(caption).trim() : '' };
  });
}

const SIDES = ['top', 'right', 'bottom', 'left'] as const;

/** Background and borders of an element: a border is drawn when it has a width, a colour and a style. */
export function decoOf(tree: SlideTree, el: RawElement): Deco {
  const css = (property: string) => tree.css(el, property);
  const borders = SIDES.flatMap((side) => {
    const width = px(css(`border-${side}-width`));
    const color = hex(css(`border-${side}-color`));
    return width > 0 && color && css(`border-${side}-style`) !== 'none' ? [{ side, width, color }] : [];
  });
  const pad = SIDES.map((side) => px(css(`padding-${side}`))) as Deco['pad'];
  return { box: tree.box(el), fill: hex(css('background-color')), borders, pad };
}

/** The space after a block's last paragraph is the block's margin, kept apart (it scales, and ends a column). */
function closed(paras: ReadPara[]): ReadPara[] {
  if (paras.length) paras[paras.length - 1]!.spaceAfter = 0;
  return paras;
}

/** An element's only child, when the element holds nothing else (no text beside it). */
export function onlyChild(el: RawElement): RawElement | undefined {
  const kids = elementsOf(el);
  return kids.length === 1 && !textOf(el).replace(textOf(kids[0]!), '').trim() ? kids[0] : undefined;
}

/** A slide's top-level element as a block; undefined when it shows no text. */
export function blockOf(tree: SlideTree, el: RawElement): ReadBlock | undefined {
  const deco = decoOf(tree, el);
  const marginBottom = px(tree.css(el, 'margin-bottom'));
  const only = onlyChild(el);
  if (only?.tag === 'mjx-container' && only.attrs.display !== undefined) {
    return { type: 'math', ...displayMath(tree, only, deco), marginBottom };
  }
  if (only?.tag === 'img') {
    return {
      type: 'image',
      deco: { ...deco, box: tree.box(only) },
      src: only.attrs.src ?? '',
      alt: only.attrs.alt ?? '',
      natural: only.natural ?? { w: 0, h: 0 },
      shot: tree.shot(only),
      marginBottom,
    };
  }
  // A formula inside the text that has no one-line form (a matrix, a binomial) makes the block a picture: the
  // PowerPoint never shows a wrong formula.
  if (el.tag !== 'pre' && descendants(el, (d) => d.tag === 'mjx-container').some((m) => !mathRuns(tree, m))) {
    const picture = { box: tree.box(el), natural: { w: el.rect.w, h: el.rect.h } };
    const alt = textOf(el).replace(/\s+/g, ' ').trim();
    return {
      type: 'image',
      deco: { ...deco, box: picture.box },
      src: '',
      alt,
      natural: picture.natural,
      shot: tree.shot(el),
      marginBottom,
    };
  }
  const tag = el.tag;
  const list = tag === 'ul' || tag === 'ol';
  if (list && tree.css(el, 'display') === 'grid') {
    const cards = elementsOf(el).map((li) => ({ paras: closed(parasOf(tree, li)), deco: decoOf(tree, li) }));
    return { type: 'cards', cards, deco, marginBottom };
  }
  if (list) return { type: 'text', paras: closed(listParas(tree, el)), deco, tag, marginBottom };
  if (tag === 'pre') return { type: 'code', ...codeOf(tree, el), deco, marginBottom };
  if (tag === 'table') return { type: 'table', ...tableOf(tree, el), deco, marginBottom };
  // A callout (a blockquote) holds its title and a list of its body: both are its text.
  const paras = closed(parasOf(tree, el, 1, 0, true));
  return paras.length ? { type: 'text', paras, deco, tag, marginBottom } : undefined;
}

/**
 * A display formula, taken as a picture of its drawing. MathJax stretches the formula's <svg> across the line and
 * centres the drawing in it: the box is narrowed to the drawing's width, as the viewBox's proportions give it.
 */
function displayMath(tree: SlideTree, container: RawElement, deco: Deco): { deco: Deco; shot: number } {
  const svg = descendants(container, (el) => el.tag === 'svg')[0]!;
  const box = tree.box(svg);
  const vb = svg.viewBox;
  const w = vb?.h ? Math.min(box.w, (box.h * vb.w) / vb.h) : box.w;
  const shot = tree.shot(svg);
  const taken = tree.shots[shot]!;
  tree.shots[shot] = { ...taken, x: taken.x + (box.w - w) / 2, w };
  return { deco: { ...deco, box: { ...box, x: box.x + (box.w - w) / 2, w } }, shot };
}

/** A code block: its lines of runs (a last empty line is the block's closing newline), in the style of its <code>. */
function codeOf(tree: SlideTree, pre: RawElement): { lines: Run[][]; para: ReadPara } {
  const lines: Run[][] = [[]];
  const walk = (el: RawElement) => {
    for (const child of el.children) {
      if (typeof child !== 'string') {
        walk(child);
        continue;
      }
      child.split('\n').forEach((part, i) => {
        if (i > 0) lines.push([]);
        if (part) lines[lines.length - 1]!.push(runOf(tree, el, part));
      });
    }
  };
  walk(pre);
  if (lines.length > 1 && !lines[lines.length - 1]!.length) lines.pop();
  const code = descendants(pre, (el) => el.tag === 'code')[0];
  return { lines, para: paraOf(tree, code ?? pre, []) };
}

/** A table: its cells' paragraphs and fills, the first row's column widths, and its cells' border and padding. */
function tableOf(tree: SlideTree, table: RawElement): Omit<TableBlock, 'type' | 'deco' | 'marginBottom'> {
  const trs = descendants(table, (el) => el.tag === 'tr');
  const rows = trs.map((tr) =>
    elementsOf(tr).map((cell) => ({
      paras: closed(parasOf(tree, cell)),
      fill: hex(tree.css(cell, 'background-color')),
    })),
  );
  const colW = trs[0] ? elementsOf(trs[0]).map((c) => c.rect.w) : [];
  const td = descendants(table, (el) => el.tag === 'td' || el.tag === 'th')[0];
  const cell = td ? decoOf(tree, td) : undefined;
  return { rows, colW, border: cell?.borders[0]?.color ?? 'CCCCCC', cellPad: cell?.pad ?? [4, 8, 4, 8] };
}

/**
 * Marp's page number (the section's ::after), as a paragraph in a box 160 px wide at its corner: the right one,
 * or the left one of a right-to-left deck.
 */
export function pageNumber(tree: SlideTree): SlideRead['page'] {
  const number = tree.section.attrs['data-marpit-pagination'];
  if (!number) return undefined;
  const after = (property: string) => tree.css('after', property);
  const size = px(after('font-size'));
  const h = after('line-height') === 'normal' ? 1.2 * size : px(after('line-height'));
  const { w: width, h: height } = tree.frame;
  const rtl = after('direction') === 'rtl';
  const x = rtl ? px(after('left')) : width - px(after('right')) - 160;
  const box = { x, y: height - px(after('bottom')) - h, w: 160, h };
  const run: Run = {
    text: number,
    color: hex(after('color')) ?? '000000',
    size,
    bold: Number(after('font-weight')) >= 600,
    italic: false,
    fonts: after('font-family'),
  };
  const para: ReadPara = {
    runs: [run],
    size,
    lineHeight: h,
    color: run.color,
    fonts: run.fonts,
    bold: run.bold,
    align: rtl ? 'left' : 'right',
    spaceAfter: 0,
    level: 1,
    indent: 0,
  };
  return { para, box };
}
