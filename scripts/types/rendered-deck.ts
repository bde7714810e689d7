// What render, measure and handout make: the rendered deck and its slide size, each slide's measurement, a handout.
import type { SourcePos } from './diagnostic.js';
import type { HandoutLayout, Paper } from './options.js';
import type { SlidePlan } from './slide-plan.js';

/** A slide's size in CSS pixels. */
export interface SlideSize {
  width: number;
  height: number;
}

/** Marp Markdown for a deck, and what marp-core renders from it (HTML is pure text, no browser yet). */
export interface RenderedDeck {
  plan: SlidePlan;
  marpMarkdown: string;
  /**
   * Every slide's size as Marp rendered it (its theme's, 1280 x 720 for 16:9): the overflow check, slides.pdf, the
   * editable PowerPoint and the handout's slide pictures all take it from here.
   */
  size: SlideSize;
  /** marp-core output: one <svg> per slide inside html, with the theme CSS. */
  html: string;
  css: string;
  /** Per-slide HTML fragments cut from html, in slide order. */
  slideHtml: string[];
  /** The templates the Marp Markdown was rendered with, relative to the templates folder (for the cache key). */
  templates: string[];
}

/** What headless Chromium measured on one rendered slide (at the slide's size, the bottom 70px kept for the footer). */
export interface SlideMeasure {
  /** 1-based slide number. */
  slide: number;
  title: string;
  pos: SourcePos;
  /** Lowest and rightmost content edge, in slide pixels. */
  bottom: number;
  right: number;
  /** Pixels past the allowed area (0 when it fits). */
  overflowX: number;
  overflowY: number;
  /** Pixels of content hidden inside a block's own box or covered by another block (counted in overflowX/Y too). */
  clipped?: number;
  overflowing: boolean;
  /** The slide's own type size (its section's font-size, px): a kept slide is fitted from it. */
  fontSize?: number;
}

/** A slide's measurement as a stamp keeps it: without the title and source line, which the plan of the day supplies. */
export type PageMeasure = Omit<SlideMeasure, 'title' | 'pos'>;

export interface HandoutDoc {
  layout: HandoutLayout;
  paper: Paper;
  html: string;
  landscape?: boolean;
  /** A guided layout's answer key: the same pages with the answers in the blanks. */
  key?: boolean;
}
