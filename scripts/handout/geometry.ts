// Page geometry for printed handouts: paper sizes, print-safe margins, and how each layout fills a page.
// Everything is in millimetres and pure, so page counts and outline page numbers follow from arithmetic.
import type { HandoutLayout, Paper, SlideSize } from '../types.js';

/** Height of the running header and of the footer band, gaps included. */
const HEAD = 9;
const FOOT = 9;
/** A caption line under each thumbnail ("Slide 7" and, at a section start, its name). */
const CAPTION = 7;
const GAP = 6;
/** Ruled lines for writing are 8 mm apart, like college-ruled paper. */
const RULE = 8;

const PAPERS: Record<Paper, { width: number; height: number }> = {
  a4: { width: 210, height: 297 },
  letter: { width: 215.9, height: 279.4 },
};

export interface Margins {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** One layout on one paper: sheet size, margins, and the grid of slides on each page. */
export interface HandoutGeometry {
  paper: Paper;
  /** Puppeteer's paper name. */
  format: 'A4' | 'Letter';
  landscape: boolean;
  width: number;
  height: number;
  margin: Margins;
  /** The area between header and footer. */
  body: { width: number; height: number };
  /** Notes and reading flow into pages in the browser; the other layouts are paginated here. */
  flow: boolean;
  cols: number;
  rows: number;
  /** Width of each slide thumbnail. */
  thumb: number;
  /** Ruled lines beside each slide (layout "lines"). */
  lines: number;
}

interface Spec {
  landscape: boolean;
  cols: number;
  rows: number;
}

// Like PowerPoint's handouts, but landscape wherever it makes the slides larger: one slide (a full sheet),
// four (2x2: 124 mm wide instead of 83) and nine (3x3: 74 mm instead of 52). Two and six per page are larger
// in portrait.
const SPECS: Record<HandoutLayout, Spec> = {
  notes: { landscape: false, cols: 1, rows: 0 },
  reading: { landscape: false, cols: 1, rows: 0 },
  guided: { landscape: false, cols: 1, rows: 0 },
  'guided-reading': { landscape: false, cols: 1, rows: 0 },
  lines: { landscape: false, cols: 1, rows: 3 },
  'grid-1': { landscape: true, cols: 1, rows: 1 },
  'grid-2': { landscape: false, cols: 1, rows: 2 },
  'grid-4': { landscape: true, cols: 2, rows: 2 },
  'grid-6': { landscape: false, cols: 2, rows: 3 },
  'grid-9': { landscape: true, cols: 3, rows: 3 },
};

/**
 * Print margins: at least 12 mm everywhere (inside every printer's unprintable edge) and 22 mm along the
 * long edge that a hole punch or binder takes: the left edge in portrait, the top edge in landscape.
 */
export function marginsFor(landscape: boolean): Margins {
  return landscape ? { top: 20, right: 14, bottom: 12, left: 14 } : { top: 12, right: 12, bottom: 12, left: 22 };
}

/** The geometry of a layout on a paper size, for slides of `slide`'s size (thumbnails keep the slides' ratio). */
export function geometryFor(layout: HandoutLayout, paper: Paper, slide: SlideSize): HandoutGeometry {
  const spec = SPECS[layout];
  const sheet = PAPERS[paper];
  const [width, height] = spec.landscape ? [sheet.height, sheet.width] : [sheet.width, sheet.height];
  const margin = marginsFor(spec.landscape);
  const body = { width: width - margin.left - margin.right, height: height - margin.top - margin.bottom - HEAD - FOOT };
  const flow = spec.rows === 0;
  // Lines: the slide takes half the width, the ruled lines the other half.
  const cellWidth = layout === 'lines' ? (body.width - GAP) / 2 : (body.width - (spec.cols - 1) * GAP) / spec.cols;
  const cellHeight = flow ? body.height : (body.height - (spec.rows - 1) * GAP) / spec.rows;
  const ratio = slide.width / slide.height;
  const thumb = flow ? 78 : Math.floor(Math.min(cellWidth, (cellHeight - CAPTION) * ratio) * 10) / 10;
  return {
    paper,
    format: paper === 'letter' ? 'Letter' : 'A4',
    landscape: spec.landscape,
    width,
    height,
    margin,
    body,
    flow,
    cols: spec.cols,
    rows: spec.rows,
    thumb,
    lines: layout === 'lines' ? Math.floor((cellHeight - 2) / RULE) : 0,
  };
}

/** Slides on one page of a fixed layout (0 for the flowing ones). */
export function slidesPerPage(g: HandoutGeometry): number {
  return g.cols * g.rows;
}

/** CSS custom properties and the @page rule that carry the geometry into handout.css. */
export function geometryCss(g: HandoutGeometry): string {
  const mm = (n: number) => `${Math.round(n * 100) / 100}mm`;
  return [
    `@page { size: ${mm(g.width)} ${mm(g.height)}; margin: 0; }`,
    ':root {',
    `  --page-w: ${mm(g.width)}; --page-h: ${mm(g.height)};`,
    `  --m-top: ${mm(g.margin.top)}; --m-right: ${mm(g.margin.right)}; --m-bottom: ${mm(g.margin.bottom)}; --m-left: ${mm(g.margin.left)};`,
    `  --head: ${mm(HEAD)}; --foot: ${mm(FOOT)}; --gap: ${mm(GAP)}; --caption: ${mm(CAPTION)}; --rule: ${mm(RULE)};`,
    `  --cols: ${g.cols}; --rows: ${Math.max(1, g.rows)}; --thumb: ${mm(g.thumb)};`,
    '}',
  ].join('\n');
}
