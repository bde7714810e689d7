// One slide of the walked page as a tree to ask questions of, as the page's DOM was asked before: an element's
// style, its nearest ancestor of a tag, its text, its boxes on the slide and on the page. Reading only; the
// decisions are in normalize-page.ts and normalize-paras.ts.
import type { Box } from './slide-read.js';
import type { RawElement, RawNode, RawPage, RawSlide } from './walk-page.js';

/** A CSS colour as RRGGBB, or undefined when it is fully transparent or not rgb()/rgba(). */
export function hex(css: string): string | undefined {
  const m = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/.exec(css);
  if (!m || m[4] === '0') return undefined;
  return [m[1], m[2], m[3]]
    .map((v) => Math.round(Number(v)).toString(16).padStart(2, '0'))
    .join('')
    .toUpperCase();
}

/** A CSS length in pixels; 0 for "auto", "normal" and the like. */
export const px = (v: string): number => parseFloat(v) || 0;

const isElement = (node: RawNode): node is RawElement => typeof node !== 'string';

/** An element's element children (a DOM's `children`). */
export const elementsOf = (el: RawElement): RawElement[] => el.children.filter(isElement);

/** An element's text, as the DOM's textContent: every text node under it, in order. */
export const textOf = (el: RawElement): string =>
  el.children.map((child) => (isElement(child) ? textOf(child) : child)).join('');

/** The elements under `el` (not `el` itself) that `match`, in document order (a DOM's querySelectorAll). */
export function descendants(el: RawElement, match: (el: RawElement) => boolean): RawElement[] {
  return elementsOf(el).flatMap((child) => [...(match(child) ? [child] : []), ...descendants(child, match)]);
}

/** One slide's tree: its elements' parents and styles, and the pictures its formulas and images are taken as. */
export class SlideTree {
  readonly section: RawElement;
  /** The layer of the slide's background pictures, if Marp drew any. */
  readonly background?: RawElement;
  /** Page boxes (for screenshots) of formulas and images, by `shot` index. */
  readonly shots: Box[] = [];
  private readonly parents = new Map<RawElement, RawElement>();

  constructor(
    private readonly page: RawPage,
    private readonly slide: RawSlide,
  ) {
    this.section = slide.section;
    this.background = slide.background;
    const link = (el: RawElement) => {
      for (const child of elementsOf(el)) {
        this.parents.set(child, el);
        link(child);
      }
    };
    link(this.section);
  }

  /** The value of a computed style property of an element (or of the section's ::after). */
  css(el: RawElement | 'after', property: string): string {
    return this.page.styles[el === 'after' ? this.slide.after : el.style]?.[property] ?? '';
  }

  parent(el: RawElement): RawElement | undefined {
    return this.parents.get(el);
  }

  /** The element itself or its nearest ancestor that matches, within the slide (a DOM's `closest`). */
  closest(el: RawElement, match: (el: RawElement) => boolean): RawElement | undefined {
    for (let at: RawElement | undefined = el; at; at = this.parents.get(at)) if (match(at)) return at;
    return undefined;
  }

  /** The slide's frame on the page: all of it, where a split background leaves the section only part of it. */
  get frame(): Box {
    return this.slide.frame ?? this.section.rect;
  }

  /** An element's box on the slide. */
  box(el: RawElement): Box {
    const r = el.rect;
    const origin = this.frame;
    return { x: r.x - origin.x, y: r.y - origin.y, w: r.w, h: r.h };
  }

  /** Takes an element's page box as a new picture; returns its `shot` index. */
  shot(el: RawElement): number {
    const r = el.rect;
    return this.shots.push({ x: r.x + this.page.scroll.x, y: r.y + this.page.scroll.y, w: r.w, h: r.h }) - 1;
  }
}
