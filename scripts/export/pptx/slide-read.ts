// What the PowerPoint is made from: every rendered slide as the page showed it, its blocks (paragraphs, lists, code,
// tables, formulas, images, cards) with their text runs, and the theme's colours, fonts, sizes and boxes as the
// browser computed them. walk-page.ts reads the page; normalize-page.ts makes these from what it read.

/** A box on the slide, in CSS pixels from the slide's top left corner (the deck's size: 1280 x 720, 960 x 720 at 4:3). */
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
  /** Marp's background pictures (`![bg …]`), as the page drew them: a box, its screenshot, the words of its alt text. */
  backgrounds: { box: Box; shot: number; alt: string }[];
  shots: Box[];
}
