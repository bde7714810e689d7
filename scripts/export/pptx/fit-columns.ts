// Sizes the PowerPoint's text so that it fits when the file opens: PowerPoint does not shrink text until the box is
// edited. Each column of boxes (a slide's body, its title, a figure card) is laid out in Chromium as PowerPoint will
// lay it out (same widths, sizes, line pitch and paragraph spacing), once in the deck's font and once in the fonts
// CSS falls back to (what an app without the deck's font shows), and scaled down until both fit. Runs in the page.

/** A paragraph to measure: its runs' text and sizes, its line pitch and spacing, in CSS pixels at scale 1. */
export interface FitPara {
  runs: { text: string; size: number; bold: boolean; italic: boolean; fonts: string }[];
  lineHeight: number;
  spaceAfter: number;
  /** Left indent of the text (list items). */
  indent: number;
}

export type FitItem =
  | { type: 'text'; paras: FitPara[]; pad: [number, number, number, number]; pre: boolean; marginBottom: number }
  /** A picture: it scales with the text, and never grows past the column. */
  | { type: 'box'; w: number; h: number; marginBottom: number }
  | { type: 'table'; colW: number[]; rows: FitPara[][][]; pad: [number, number, number, number]; marginBottom: number };

/** Boxes stacked top to bottom in `w` x `h`; text never scales below `min`. */
export interface FitColumn {
  w: number;
  h: number;
  items: FitItem[];
  min: number;
}

/** How a column fits: the scale of its text, each item's height at that scale, and tables' rows and columns. */
export interface ColumnFit {
  scale: number;
  heights: number[];
  rows: number[][];
  /** A table's column widths, as Chromium lays the table out in the fallback fonts (the wider). */
  cols: number[][];
  fits: boolean;
}

/** Runs in the page: the largest scale at which every column fits, in both fonts, with the heights it gives. */
export function fitColumns(columns: FitColumn[]): ColumnFit[] {
  // A little narrower than the box: renderers differ in kerning and in where they break a line.
  const SLACK = 0.96;
  const host = document.createElement('div');
  host.style.cssText = 'position:absolute;left:0;top:0;visibility:hidden;';
  document.body.appendChild(host);
  const fallback = (fonts: string) => fonts.split(',').slice(1).join(',').trim() || 'sans-serif';
  const paraEl = (p: FitPara) => {
    const el = document.createElement('p');
    // Every line exactly one line pitch high, as PowerPoint's exact line spacing sets it: no strut, runs at the top.
    el.style.cssText = `margin:0 0 calc(var(--s) * ${p.spaceAfter}px);padding-left:${p.indent}px;font-size:0;line-height:calc(var(--s) * ${p.lineHeight}px);`;
    for (const r of p.runs) {
      const span = document.createElement('span');
      span.textContent = r.text;
      span.dataset.fonts = r.fonts;
      span.style.cssText = `vertical-align:top;font-size:calc(var(--s) * ${r.size}px);font-weight:${r.bold ? 700 : 400};font-style:${r.italic ? 'italic' : 'normal'};`;
      el.appendChild(span);
    }
    return el;
  };
  const itemEl = (item: FitItem, w: number): HTMLElement => {
    if (item.type === 'box') {
      const el = document.createElement('div');
      el.dataset.box = `${item.w},${item.h}`;
      return el;
    }
    if (item.type === 'table') {
      const table = document.createElement('table');
      // Column widths are laid out anew, for the fonts being measured: a word the page fits may not fit in another font.
      table.style.cssText = `border-collapse:collapse;width:${item.colW.reduce((a, b) => a + b, 0) * SLACK}px;`;
      for (const row of item.rows) {
        const tr = table.insertRow();
        row.forEach((cell) => {
          const td = tr.insertCell();
          td.style.cssText = `padding:${item.pad.map((p) => `${p}px`).join(' ')};vertical-align:top;overflow-wrap:break-word;`;
          for (const p of cell) td.appendChild(paraEl(p));
        });
      }
      return table;
    }
    const el = document.createElement('div');
    el.style.cssText = `padding:${item.pad.map((p) => `${p}px`).join(' ')};width:${w}px;box-sizing:border-box;overflow-wrap:anywhere;white-space:${item.pre ? 'pre-wrap' : 'normal'};`;
    for (const p of item.paras) el.appendChild(paraEl(p));
    return el;
  };
  const results = columns.map((column) => {
    const el = document.createElement('div');
    const w = column.w * SLACK;
    el.style.cssText = `width:${w}px;--s:1;`;
    const items = column.items.map((item) => el.appendChild(itemEl(item, w)));
    host.appendChild(el);
    const measure = (s: number) => {
      el.style.setProperty('--s', String(s));
      items.forEach((item) => {
        const [bw, bh] = (item.dataset.box ?? '').split(',').map(Number);
        if (bw === undefined || bh === undefined || !item.dataset.box) return;
        const k = Math.min(s, w / bw);
        item.style.cssText = `width:${bw * k}px;height:${bh * k}px;`;
      });
      const heights = items.map((item) => item.getBoundingClientRect().height);
      const rows = items.map((item) =>
        item instanceof HTMLTableElement ? Array.from(item.rows).map((r) => r.getBoundingClientRect().height) : [],
      );
      const cols = items.map((item) =>
        item instanceof HTMLTableElement
          ? Array.from(item.rows[0]?.cells ?? []).map((c) => c.getBoundingClientRect().width / SLACK)
          : [],
      );
      return { heights, rows, cols };
    };
    const spans = Array.from(el.querySelectorAll('span'));
    const both = (s: number) => {
      spans.forEach((sp) => (sp.style.fontFamily = sp.dataset.fonts!));
      const own = measure(s);
      spans.forEach((sp) => (sp.style.fontFamily = fallback(sp.dataset.fonts!)));
      const other = measure(s);
      const heights = own.heights.map((h, i) => Math.max(h, other.heights[i]!));
      const rows = own.rows.map((r, i) => r.map((h, j) => Math.max(h, other.rows[i]![j]!)));
      const margins = column.items.slice(0, -1).reduce((sum, item) => sum + item.marginBottom * s, 0);
      return { heights, rows, cols: other.cols, total: heights.reduce((a, b) => a + b, 0) + margins };
    };
    let scale = 1;
    let best = both(1);
    if (best.total > column.h) {
      // Bisect for the largest scale that fits; a column that does not fit even at `min` keeps `min`.
      let lo = column.min;
      let hi = 1;
      best = both(lo);
      scale = lo;
      if (best.total <= column.h) {
        for (let i = 0; i < 7; i++) {
          const mid = (lo + hi) / 2;
          const at = both(mid);
          if (at.total <= column.h) [lo, best, scale] = [mid, at, mid];
          else hi = mid;
        }
      }
    }
    return { scale, heights: best.heights, rows: best.rows, cols: best.cols, fits: best.total <= column.h };
  });
  host.remove();
  return results;
}
