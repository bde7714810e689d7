// Walked pages written by hand, as walk-page.ts would give them, for the unit tests of the PowerPoint's reading of
// a slide: `h(tag, spec, ...children)` is an element, `inSlide(el)` the slide tree that holds it.
import { SlideTree } from '../../scripts/export/pptx/page-tree.js';
import type { RawElement, RawPage, RawRect, RawStyle } from '../../scripts/export/pptx/walk-page.js';

/** Computed styles as Chromium gives them for an unstyled block. */
export const BASE: RawStyle = {
  display: 'block',
  color: 'rgb(17, 20, 24)',
  'background-color': 'rgba(0, 0, 0, 0)',
  'font-family': '"Source Sans 3", sans-serif',
  'font-size': '30px',
  'font-weight': '400',
  'font-style': 'normal',
  'line-height': '40px',
  'text-align': 'start',
  'text-decoration-line': 'none',
  'margin-bottom': '0px',
  'list-style-type': 'disc',
  ...Object.fromEntries(
    ['top', 'right', 'bottom', 'left'].flatMap((s) => [
      [`padding-${s}`, '0px'],
      [`border-${s}-width`, '0px'],
      [`border-${s}-style`, 'none'],
      [`border-${s}-color`, 'rgb(17, 20, 24)'],
    ]),
  ),
};
export const INLINE = { display: 'inline' };

export interface Spec {
  css?: RawStyle;
  attrs?: Record<string, string>;
  rect?: Partial<RawRect>;
  marker?: string;
  natural?: RawElement['natural'];
  viewBox?: RawElement['viewBox'];
}
export type Built = RawElement & { css: RawStyle };

/** An element as the walker reads it; its style is interned when the page is made. */
export function h(tag: string, spec: Spec, ...children: (Built | string)[]): Built {
  const { css = {}, attrs = {}, rect = {}, ...rest } = spec;
  return { tag, style: -1, css, attrs, rect: { x: 0, y: 0, w: 100, h: 40, ...rect }, children, ...rest };
}

/** A page of one slide holding `section`; `after` is its ::after style. */
export function pageOf(section: Built, after: RawStyle = {}): RawPage {
  const styles: RawStyle[] = [{ ...BASE, ...after }];
  const intern = (el: Built) => {
    el.style = styles.push({ ...BASE, ...el.css }) - 1;
    for (const child of el.children) if (typeof child !== 'string') intern(child as Built);
  };
  intern(section);
  return { slides: [{ section, after: 0 }], styles, scroll: { x: 0, y: 2000 } };
}

export const SECTION = { rect: { x: 0, y: 1000, w: 1280, h: 720 } };
export const slideWith = (...children: Built[]) => h('section', SECTION, ...children);
const treeOf = (section: Built) => {
  const page = pageOf(section);
  return new SlideTree(page, page.slides[0]!);
};
/** The tree of a slide holding `el`, and `el`. */
export const inSlide = (el: Built) => ({ tree: treeOf(slideWith(el)), el });

/** The text of each paragraph's runs. */
export const texts = (paras: { runs: { text: string }[] }[]) => paras.map((p) => p.runs.map((r) => r.text));

/** The first element child. */
export function child(el: RawElement): Built {
  return el.children.find((c) => typeof c !== 'string') as Built;
}
