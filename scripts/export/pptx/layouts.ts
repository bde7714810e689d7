// How each kind of slide becomes PowerPoint shapes. A layout turns a planned slide and what the page showed of it
// into columns of blocks (fitted in Chromium, fit-columns.ts) and the shapes drawn behind them; `place` then turns
// the fitted columns into shapes. A new kind of slide is one entry in LAYOUTS.
import { FOOTER_BAND } from '../../measure/measure-overflow.js';
import type { Slide, SlideKind, SlideSize } from '../../types.js';
import type { ColumnFit, FitColumn, FitItem, FitPara } from './fit-columns.js';
import type { Box, Deco, ReadBlock, ReadCell, ReadPara, SlideRead } from './slide-read.js';

export interface TextShape {
  type: 'text';
  name: string;
  box: Box;
  paras: ReadPara[];
  valign: 'top' | 'middle';
  pad: [number, number, number, number];
  fill?: string;
}
export interface TableShape {
  type: 'table';
  box: Box;
  colW: number[];
  rowH: number[];
  rows: ReadCell[][];
  border: string;
  pad: [number, number, number, number];
}
export interface PictureShape {
  type: 'picture';
  box: Box;
  /** A formula or an image the page showed: the index of its screenshot, and the image file, if any. */
  shot: number;
  src?: string;
  alt: string;
}
export interface RectShape {
  type: 'rect';
  box: Box;
  fill: string;
}
export type Shape = TextShape | TableShape | PictureShape | RectShape;

/** Blocks stacked in a box: fitted as one column, then placed top down (or centred). */
export interface Column {
  name: string;
  box: Box;
  blocks: ReadBlock[];
  valign: 'top' | 'middle';
  /** Smallest scale of its text. */
  min: number;
}

/** A slide as a layout arranges it: the columns to fit and the shapes behind them. */
export interface Frame {
  columns: Column[];
  behind: Shape[];
}

/** A kind of slide's layout: the planned slide, what the page showed of it, and the slide's size. */
export type Layout = (slide: Slide, read: SlideRead, size: SlideSize) => Frame;

/** The rectangles that draw an element's background and borders around `box`. */
export function decoShapes(deco: Deco, box: Box = deco.box): RectShape[] {
  const rects: RectShape[] = deco.fill ? [{ type: 'rect', box, fill: deco.fill }] : [];
  for (const b of deco.borders) {
    const at: Record<typeof b.side, Box> = {
      top: { x: box.x, y: box.y, w: box.w, h: b.width },
      bottom: { x: box.x, y: box.y + box.h - b.width, w: box.w, h: b.width },
      left: { x: box.x, y: box.y, w: b.width, h: box.h },
      right: { x: box.x + box.w - b.width, y: box.y, w: b.width, h: box.h },
    };
    rects.push({ type: 'rect', box: at[b.side], fill: b.color });
  }
  return rects;
}

/** Title and divider slides: every block in one column, centred on the slide like the theme centres it. */
function centred(min: number): Layout {
  return (slide, read, size) => {
    const [top, right, bottom, left] = read.deco.pad;
    // The slide's content box: all of it, or the part a background picture leaves (`![bg right]`).
    const { x, w } = read.deco.box;
    const box = { x: x + left, y: top, w: Math.min(w, size.width) - left - right, h: size.height - top - bottom };
    return {
      columns: [
        { name: slide.kind, box, blocks: read.blocks, valign: read.justify === 'center' ? 'middle' : 'top', min },
      ],
      behind: [],
    };
  };
}

/**
 * Slides with a heading: the title where the page put it, the other blocks stacked below it down to the footer
 * band, and cards (key figures) each in its own box where the page's grid put it.
 */
function titled(min: number): Layout {
  return (slide, read, size) => {
    const first = read.blocks[0];
    const heading = first?.type === 'text' && /^h\d$/.test(first.tag) ? first : undefined;
    const rest = heading ? read.blocks.slice(1) : read.blocks;
    const columns: Column[] = [];
    const behind: Shape[] = [];
    if (heading) columns.push({ name: 'Title', box: heading.deco.box, blocks: [heading], valign: 'top', min: 0.5 });
    const stacked = rest.filter((b) => b.type !== 'cards');
    if (stacked.length) {
      const [, right, , left] = read.deco.pad;
      const y = stacked[0]!.deco.box.y;
      const { x, w } = read.deco.box;
      columns.push({
        name: slide.kind,
        box: { x: x + left, y, w: Math.min(w, size.width) - left - right, h: size.height - FOOTER_BAND - y },
        blocks: stacked,
        valign: 'top',
        min,
      });
    }
    for (const block of rest) {
      if (block.type !== 'cards') continue;
      block.cards.forEach((card, i) => {
        const [t, r, b, l] = card.deco.pad;
        const { x, y, w, h } = card.deco.box;
        behind.push(...decoShapes(card.deco));
        const inner = { x: x + l, y: y + t, w: w - l - r, h: h - t - b };
        columns.push({
          name: `Figure ${i + 1}`,
          box: inner,
          blocks: [
            {
              type: 'text',
              paras: card.paras,
              deco: { ...card.deco, pad: [0, 0, 0, 0], fill: undefined, borders: [] },
              tag: 'li',
              marginBottom: 0,
            },
          ],
          valign: 'top',
          min,
        });
      });
    }
    return { columns, behind };
  };
}

/**
 * The layout of each kind of slide. The theme (CSS) styles the kinds; these say where their blocks go. A new
 * SlideKind does not compile until it has its entry here (an exercise or a callout is `titled`, like content).
 */
export const LAYOUTS: Record<SlideKind, Layout> = {
  title: centred(0.5),
  divider: centred(0.5),
  agenda: titled(0.5),
  objectives: titled(0.5),
  content: titled(0.5),
  exercise: titled(0.5),
  solution: titled(0.5),
  table: titled(0.5),
  code: titled(0.4),
  figures: titled(0.5),
  summary: titled(0.5),
  sources: titled(0.4),
  kept: (slide, read, size) => (read.justify === 'center' ? centred(0.4) : titled(0.4))(slide, read, size),
};

const fitPara = (p: ReadPara): FitPara => ({
  runs: p.runs.map((r) => ({ text: r.text, size: r.size, bold: r.bold, italic: r.italic, fonts: r.fonts })),
  lineHeight: p.lineHeight,
  spaceAfter: p.spaceAfter,
  indent: p.marker ? p.indent * p.level : 0,
});

/** A code block's lines as paragraphs: every line as written (an empty one keeps its height). */
export function codeParas(block: Extract<ReadBlock, { type: 'code' }>): ReadPara[] {
  const { para } = block;
  return block.lines.map((runs) => ({
    ...para,
    spaceAfter: 0,
    runs: runs.length
      ? runs
      : [{ text: ' ', color: para.color, size: para.size, bold: false, italic: false, fonts: para.fonts }],
  }));
}

function fitItem(block: ReadBlock): FitItem {
  switch (block.type) {
    case 'text':
      return {
        type: 'text',
        paras: block.paras.map(fitPara),
        pad: block.deco.pad,
        pre: false,
        marginBottom: block.marginBottom,
      };
    case 'code':
      return {
        type: 'text',
        paras: codeParas(block).map(fitPara),
        pad: block.deco.pad,
        pre: true,
        marginBottom: block.marginBottom,
      };
    case 'table':
      return {
        type: 'table',
        colW: block.colW,
        rows: block.rows.map((row) => row.map((cell) => cell.paras.map(fitPara))),
        pad: block.cellPad,
        marginBottom: block.marginBottom,
      };
    default:
      return { type: 'box', w: block.deco.box.w, h: block.deco.box.h, marginBottom: block.marginBottom };
  }
}

/** A column as the fitter measures it. */
export const fitColumn = (c: Column): FitColumn => ({
  w: c.box.w,
  h: c.box.h,
  items: c.blocks.map(fitItem),
  min: c.min,
});

const scalePara = (p: ReadPara, s: number): ReadPara => ({
  ...p,
  size: p.size * s,
  lineHeight: p.lineHeight * s,
  spaceAfter: p.spaceAfter * s,
  runs: p.runs.map((r) => ({ ...r, size: r.size * s })),
});

/** Places a fitted column's blocks top down (or centred) and returns their shapes. `alt` names formulas in order. */
export function place(column: Column, fit: ColumnFit, alt: (block: ReadBlock) => string): Shape[] {
  const s = fit.scale;
  const total =
    fit.heights.reduce((a, b) => a + b, 0) + column.blocks.slice(0, -1).reduce((sum, b) => sum + b.marginBottom * s, 0);
  let y = column.box.y + (column.valign === 'middle' ? Math.max(0, (column.box.h - total) / 2) : 0);
  const { x, w } = column.box;
  const shapes: Shape[] = [];
  column.blocks.forEach((block, i) => {
    const h = fit.heights[i]!;
    const box = { x, y, w, h };
    if (block.type === 'text' || block.type === 'code') {
      const paras = (block.type === 'code' ? codeParas(block) : block.paras).map((p) => scalePara(p, s));
      shapes.push(...decoShapes({ ...block.deco, fill: block.type === 'code' ? undefined : block.deco.fill }, box));
      const name = column.blocks.length === 1 ? column.name : `${column.name} ${i + 1}`;
      shapes.push({
        type: 'text',
        name,
        box,
        paras,
        valign: 'top',
        pad: block.deco.pad,
        fill: block.type === 'code' ? block.deco.fill : undefined,
      });
    } else if (block.type === 'table') {
      const cols = fit.cols[i]?.length === block.colW.length ? fit.cols[i]! : block.colW;
      const k =
        Math.min(
          w,
          block.colW.reduce((a, b) => a + b, 0),
        ) / cols.reduce((a, b) => a + b, 0);
      const colW = cols.map((c) => c * k);
      const rows = block.rows.map((row) =>
        row.map((cell) => ({ ...cell, paras: cell.paras.map((p) => scalePara(p, s)) })),
      );
      shapes.push({
        type: 'table',
        box,
        colW,
        rowH: fit.rows[i] ?? [],
        rows,
        border: block.border,
        pad: block.cellPad,
      });
    } else if (block.type === 'math' || block.type === 'image') {
      const natural =
        block.type === 'image' && block.natural.w && block.natural.h
          ? block.natural
          : { w: block.deco.box.w, h: block.deco.box.h };
      // Shown whole at its own aspect ratio, as large as the measured height allows, centred like the page does.
      const k = Math.min(h / natural.h, w / natural.w);
      const pw = natural.w * k;
      shapes.push({
        type: 'picture',
        box: { x: x + (w - pw) / 2, y, w: pw, h: natural.h * k },
        shot: block.shot,
        src: block.type === 'image' ? block.src : undefined,
        alt: alt(block),
      });
    }
    y += h + block.marginBottom * s;
  });
  return shapes;
}
