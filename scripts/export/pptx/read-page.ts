// Reads the rendered slides in Chromium: for every slide, the blocks it shows (paragraphs, lists, code, tables,
// formulas, images, cards) with their text runs, and the theme's colours, fonts, sizes and boxes as the browser
// computed them. The PowerPoint is made from these and the slide plan, so the theme CSS is the only place that
// says how a deck looks. Everything here runs inside the page: no imports, no closures over Node values, and one
// function (page.evaluate sends a single function's source), its helpers inside it.

/** A box on the slide, in CSS pixels from the slide's top left corner (the slide is 1280 x 720). */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** A stretch of text with one style. Colours are RRGGBB; `size` is in CSS pixels. */
export interface Run {
  text: string;
  color: string;
  size: number;
  bold: boolean;
  italic: boolean;
  /** The font stack, as CSS writes it: the first family is the deck's, the rest what CSS falls back to. */
  fonts: string;
  href?: string;
  /** Background of inline code. */
  highlight?: string;
  strike?: boolean;
  /** Raised or lowered (math sub- and superscripts). */
  shift?: 'sub' | 'sup';
}

/** A paragraph as the page laid it out: its runs and the block style around them. */
export interface ReadPara {
  runs: Run[];
  size: number;
  lineHeight: number;
  color: string;
  fonts: string;
  bold: boolean;
  align: 'left' | 'center' | 'right';
  /** A right-to-left paragraph (Arabic, Hebrew, Persian): PowerPoint lays it out from the right. */
  rtl?: boolean;
  spaceAfter: number;
  /** 1 for a top-level list item or plain paragraph. */
  level: number;
  marker?: { type: 'number'; start: number } | { type: 'char'; code: string };
  /** Left indent of a list item's text, per level. */
  indent: number;
}

/** Background and borders of an element, for the shapes drawn behind its text. */
export interface Deco {
  box: Box;
  fill?: string;
  borders: { side: 'top' | 'right' | 'bottom' | 'left'; width: number; color: string }[];
  /** Padding: top, right, bottom, left. */
  pad: [number, number, number, number];
}

export interface ReadCell {
  paras: ReadPara[];
  fill?: string;
}

export type ReadBlock =
  | { type: 'text'; paras: ReadPara[]; deco: Deco; tag: string; marginBottom: number }
  | { type: 'math'; deco: Deco; shot: number; marginBottom: number }
  | {
      type: 'image';
      deco: Deco;
      src: string;
      alt: string;
      natural: { w: number; h: number };
      shot: number;
      marginBottom: number;
    }
  | { type: 'code'; lines: Run[][]; para: ReadPara; deco: Deco; marginBottom: number }
  | {
      type: 'table';
      rows: ReadCell[][];
      colW: number[];
      deco: Deco;
      border: string;
      cellPad: [number, number, number, number];
      marginBottom: number;
    }
  | { type: 'cards'; cards: { paras: ReadPara[]; deco: Deco }[]; deco: Deco; marginBottom: number };

/** One rendered slide. `shots` are page boxes (for screenshots) of formulas and images, by `shot` index. */
export interface SlideRead {
  fill: string;
  /** The slide's font stack. */
  fonts: string;
  deco: Deco;
  /** justify-content of the slide: "center" on title and divider slides. */
  justify: string;
  blocks: ReadBlock[];
  footer?: { para: ReadPara; box: Box };
  page?: { para: ReadPara; box: Box };
  shots: Box[];
}

/** Runs in the page: reads every slide <section> of the deck. */
export function readSlides(): SlideRead[] {
  const hex = (css: string): string | undefined => {
    const m = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/.exec(css);
    if (!m || m[4] === '0') return undefined;
    return [m[1], m[2], m[3]]
      .map((v) => Math.round(Number(v)).toString(16).padStart(2, '0'))
      .join('')
      .toUpperCase();
  };
  const px = (v: string) => parseFloat(v) || 0;
  const sections = Array.from(document.querySelectorAll<HTMLElement>('div.marpit > svg > foreignObject > section'));
  return sections.map((section) => {
    const origin = section.getBoundingClientRect();
    const shots: Box[] = [];
    const boxOf = (el: Element): Box => {
      const r = el.getBoundingClientRect();
      return { x: r.left - origin.left, y: r.top - origin.top, w: r.width, h: r.height };
    };
    const shotOf = (el: Element): number => {
      const r = el.getBoundingClientRect();
      shots.push({ x: r.left + window.scrollX, y: r.top + window.scrollY, w: r.width, h: r.height });
      return shots.length - 1;
    };
    const decoOf = (el: Element): Deco => {
      const s = getComputedStyle(el);
      const sides = ['top', 'right', 'bottom', 'left'] as const;
      const borders = sides.flatMap((side) => {
        const width = px(s.getPropertyValue(`border-${side}-width`));
        const color = hex(s.getPropertyValue(`border-${side}-color`));
        return width > 0 && color && s.getPropertyValue(`border-${side}-style`) !== 'none'
          ? [{ side, width, color }]
          : [];
      });
      const pad = sides.map((side) => px(s.getPropertyValue(`padding-${side}`))) as Deco['pad'];
      return { box: boxOf(el), fill: hex(s.backgroundColor), borders, pad };
    };
    const runOf = (el: Element, text: string): Run => {
      const s = getComputedStyle(el);
      const code = el.closest('code');
      return {
        text,
        color: hex(s.color) ?? '000000',
        size: px(s.fontSize),
        bold: Number(s.fontWeight) >= 600,
        italic: s.fontStyle === 'italic',
        fonts: s.fontFamily,
        href: el.closest('a')?.getAttribute('href') ?? undefined,
        highlight: code && !code.closest('pre') ? hex(getComputedStyle(code).backgroundColor) : undefined,
        strike: s.textDecorationLine.includes('line-through') || undefined,
      };
    };
    // Inline math: its glyphs as text (MathJax keeps each glyph's code point), sub- and superscripts shifted.
    const mathRuns = (container: Element): Run[] => {
      const runs: Run[] = [];
      const walk = (g: Element, shift?: 'sub' | 'sup') => {
        const node = g.getAttribute('data-mml-node');
        const kids = Array.from(g.children);
        if (node === 'msub' || node === 'msup' || node === 'msubsup') {
          walk(kids[0]!, shift);
          kids.slice(1).forEach((k, i) => walk(k, node === 'msup' || i === 1 ? 'sup' : 'sub'));
          return;
        }
        const c = g.getAttribute('data-c');
        if (c) {
          const run = runOf(container, String.fromCodePoint(parseInt(c, 16)).normalize('NFKC'));
          run.italic = g.closest('[data-mml-node="mi"]') !== null && /^\p{L}$/u.test(run.text);
          runs.push({ ...run, shift });
        }
        for (const k of kids) walk(k, shift);
      };
      container.querySelectorAll('svg > g').forEach((g) => walk(g));
      return runs;
    };
    const paraOf = (el: Element, runs: Run[], level = 1, indent = 0): ReadPara => {
      const s = getComputedStyle(el);
      // text-align: start is the right side of a right-to-left paragraph.
      const rtl = s.direction === 'rtl';
      const align =
        s.textAlign === 'center' || s.textAlign === 'right' || s.textAlign === 'left'
          ? s.textAlign
          : (s.textAlign === 'end') !== rtl
            ? 'right'
            : 'left';
      const lineHeight = s.lineHeight === 'normal' ? 1.2 * px(s.fontSize) : px(s.lineHeight);
      return {
        runs,
        size: px(s.fontSize),
        lineHeight,
        color: hex(s.color) ?? '000000',
        fonts: s.fontFamily,
        bold: Number(s.fontWeight) >= 600,
        align,
        ...(rtl ? { rtl } : {}),
        spaceAfter: px(s.marginBottom),
        level,
        indent,
      };
    };
    // An element's paragraphs: its text runs, split where a child is laid out as a block (a card's figure).
    const parasOf = (root: Element, level = 1, indent = 0): ReadPara[] => {
      const paras: ReadPara[] = [];
      let runs: Run[] = [];
      const flush = (el: Element) => {
        const kept = runs;
        runs = [];
        // White space at the ends of a paragraph is not shown (and a run of only white space may be all of it).
        for (const run of kept) {
          run.text = run.text.trimStart();
          if (run.text) break;
        }
        for (const run of kept.toReversed()) {
          run.text = run.text.trimEnd();
          if (run.text) break;
        }
        const shown = kept.filter((r) => r.text !== '');
        if (shown.length) paras.push(paraOf(el, shown, level, indent));
      };
      const visit = (node: Node, block: Element) => {
        if (node.nodeType === Node.TEXT_NODE) {
          runs.push(runOf(node.parentElement!, (node.textContent ?? '').replace(/\s+/g, ' ')));
          return;
        }
        if (!(node instanceof Element) || node.matches('ul, ol')) return;
        if (node.matches('mjx-container')) return void runs.push(...mathRuns(node));
        if (node.tagName === 'BR') return void runs.push(runOf(block, ' '));
        const isBlock = node !== root && getComputedStyle(node).display === 'block';
        if (isBlock) flush(block);
        for (const child of Array.from(node.childNodes)) visit(child, isBlock ? node : block);
        if (isBlock) flush(node);
      };
      visit(root, root);
      flush(root);
      return paras;
    };
    const markerOf = (li: Element, list: Element): ReadPara['marker'] => {
      if (list.tagName === 'OL')
        return {
          type: 'number',
          start: ((list as HTMLOListElement).start || 1) + Array.from(list.children).indexOf(li),
        };
      const content = getComputedStyle(li, '::marker').content;
      const quoted = /^"\s*(\S)/u.exec(content)?.[1];
      const type = getComputedStyle(li).listStyleType;
      const char = quoted ?? ({ square: '■', disc: '•', circle: '◦' } as Record<string, string>)[type];
      return char
        ? { type: 'char', code: char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0') }
        : undefined;
    };
    const listParas = (list: Element): ReadPara[] =>
      Array.from(list.querySelectorAll('li')).flatMap((li) => {
        let level = 1;
        for (let p = li.parentElement?.closest('li'); p && list.contains(p); p = p.parentElement?.closest('li'))
          level++;
        const indent = px(getComputedStyle(li.parentElement!).paddingLeft);
        const paras = parasOf(li, level, indent);
        if (paras[0]) paras[0].marker = markerOf(li, li.parentElement!);
        return paras;
      });
    // The space after a block's last paragraph is the block's margin, kept apart (it scales, and ends a column).
    const closed = (paras: ReadPara[]) => {
      if (paras.length) paras[paras.length - 1]!.spaceAfter = 0;
      return paras;
    };
    const blockOf = (el: Element): ReadBlock | undefined => {
      const deco = decoOf(el);
      const marginBottom = px(getComputedStyle(el).marginBottom);
      const only =
        el.children.length === 1 && !el.textContent?.replace(el.children[0]!.textContent ?? '', '').trim()
          ? el.children[0]!
          : undefined;
      if (only?.matches('mjx-container[display]')) {
        // MathJax stretches a display formula's <svg> across the line and centres the drawing in it: keep the drawing.
        const svg = only.querySelector('svg')!;
        const box = boxOf(svg);
        const vb = svg.viewBox.baseVal;
        const w = vb?.height ? Math.min(box.w, (box.h * vb.width) / vb.height) : box.w;
        const shot = shotOf(svg);
        shots[shot] = { ...shots[shot]!, x: shots[shot]!.x + (box.w - w) / 2, w };
        return { type: 'math', deco: { ...deco, box: { ...box, x: box.x + (box.w - w) / 2, w } }, shot, marginBottom };
      }
      if (only?.matches('img')) {
        const img = only as HTMLImageElement;
        const natural = { w: img.naturalWidth, h: img.naturalHeight };
        return {
          type: 'image',
          deco: { ...deco, box: boxOf(img) },
          src: img.getAttribute('src') ?? '',
          alt: img.alt,
          natural,
          shot: shotOf(img),
          marginBottom,
        };
      }
      if (el.matches('ul, ol') && getComputedStyle(el).display === 'grid') {
        const cards = Array.from(el.children).map((li) => ({ paras: closed(parasOf(li)), deco: decoOf(li) }));
        return { type: 'cards', cards, deco, marginBottom };
      }
      if (el.matches('ul, ol'))
        return { type: 'text', paras: closed(listParas(el)), deco, tag: el.tagName.toLowerCase(), marginBottom };
      if (el.matches('pre')) {
        const lines: Run[][] = [[]];
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          (node.textContent ?? '').split('\n').forEach((part, i) => {
            if (i > 0) lines.push([]);
            if (part) lines[lines.length - 1]!.push(runOf(node.parentElement!, part));
          });
        }
        if (lines.length > 1 && !lines[lines.length - 1]!.length) lines.pop();
        return { type: 'code', lines, para: paraOf(el.querySelector('code') ?? el, []), deco, marginBottom };
      }
      if (el.matches('table')) {
        const rows = Array.from(el.querySelectorAll('tr')).map((tr) =>
          Array.from(tr.children).map((cell) => ({
            paras: closed(parasOf(cell)),
            fill: hex(getComputedStyle(cell).backgroundColor),
          })),
        );
        const first = el.querySelector('tr');
        const colW = first ? Array.from(first.children).map((c) => c.getBoundingClientRect().width) : [];
        const td = el.querySelector('td, th');
        const cell = td ? decoOf(td) : undefined;
        return {
          type: 'table',
          rows,
          colW,
          deco,
          border: cell?.borders[0]?.color ?? 'CCCCCC',
          cellPad: cell?.pad ?? [4, 8, 4, 8],
          marginBottom,
        };
      }
      const paras = closed(parasOf(el));
      return paras.length ? { type: 'text', paras, deco, tag: el.tagName.toLowerCase(), marginBottom } : undefined;
    };
    const blocks = Array.from(section.children)
      .filter((el) => !el.matches('footer, header'))
      .flatMap((el) => blockOf(el) ?? []);
    const footerEl = section.querySelector(':scope > footer');
    const footerPara = footerEl && parasOf(footerEl)[0];
    const footer = footerPara ? { para: footerPara, box: boxOf(footerEl) } : undefined;
    const number = section.getAttribute('data-marpit-pagination');
    let page: SlideRead['page'];
    if (number) {
      const after = getComputedStyle(section, '::after');
      const size = px(after.fontSize);
      const h = after.lineHeight === 'normal' ? 1.2 * size : px(after.lineHeight);
      const box = { x: origin.width - px(after.right) - 160, y: origin.height - px(after.bottom) - h, w: 160, h };
      const run: Run = {
        text: number,
        color: hex(after.color) ?? '000000',
        size,
        bold: Number(after.fontWeight) >= 600,
        italic: false,
        fonts: after.fontFamily,
      };
      page = {
        para: {
          runs: [run],
          size,
          lineHeight: h,
          color: run.color,
          fonts: run.fonts,
          bold: run.bold,
          align: 'right',
          spaceAfter: 0,
          level: 1,
          indent: 0,
        },
        box,
      };
    }
    const s = getComputedStyle(section);
    return {
      fill: hex(s.backgroundColor) ?? 'FFFFFF',
      fonts: s.fontFamily,
      deco: decoOf(section),
      justify: s.justifyContent,
      blocks,
      footer,
      page,
      shots,
    };
  });
}
