// Runs in the page: reads every slide <section> of the deck into plain data and decides nothing (as Slidev's
// PPTX walker does). Each element keeps its tag, the attributes and computed styles a slide may need, and its box
// as the browser laid it out; text stays text. normalize-page.ts makes every decision from this, in code unit tests
// reach. page.evaluate sends one function's source: no imports, no closures over Node values, helpers inside it.

/** A box as getBoundingClientRect gives it, in CSS pixels from the viewport's top left corner. */
export interface RawRect {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Computed style values by CSS property name ("font-size"): the properties walkPage reads, as the page gave them. */
export type RawStyle = Record<string, string>;

/** An element of a slide, or a text node (its text). */
export type RawNode = RawElement | string;

export interface RawElement {
  /** The tag name in lower case ("p", "mjx-container", "g"). */
  tag: string;
  /** Its computed style: an index into RawPage.styles (few distinct styles among many elements). */
  style: number;
  rect: RawRect;
  /** The attributes it has among those walkPage reads (href, src, alt, start, data-c, ...). */
  attrs: Record<string, string>;
  children: RawNode[];
  /** A list item's ::marker content ('"• "', or "normal" when list-style-type draws it). */
  marker?: string;
  /** An image's size in its file. */
  natural?: { w: number; h: number };
  /** An <svg>'s viewBox size. */
  viewBox?: { w: number; h: number };
}

export interface RawSlide {
  section: RawElement;
  /** The style of the section's ::after (Marp's page number). */
  after: number;
  /** The slide's whole frame (its <svg>): a slide split by a background picture shows its content in part of it. */
  frame?: RawRect;
  /** The layer Marp draws a slide's background pictures on (`![bg …]`): its <figure>s. */
  background?: RawElement;
}

export interface RawPage {
  slides: RawSlide[];
  styles: RawStyle[];
  /** The page's scroll offset, to turn viewport boxes into page boxes for screenshots. */
  scroll: { x: number; y: number };
}

/**
 * Runs in the page: every slide <section> of the deck as a tree of plain data; `selector` picks each slide's content
 * layer, not the layers Marp draws its background pictures and page number on.
 */
export function walkPage(selector: string): RawPage {
  const sides = ['top', 'right', 'bottom', 'left'];
  const KEYS = [
    ...['display', 'color', 'background-color', 'justify-content', 'list-style-type', 'margin-bottom'],
    ...['font-family', 'font-size', 'font-weight', 'font-style', 'line-height', 'text-align', 'text-decoration-line'],
    'direction',
    ...['right', 'bottom', 'left'],
    ...sides.flatMap((s) => [`padding-${s}`, `border-${s}-width`, `border-${s}-style`, `border-${s}-color`]),
  ];
  const ATTRS = ['href', 'src', 'alt', 'start', 'display', 'data-mml-node', 'data-c', 'data-marpit-pagination'];
  const styles: RawStyle[] = [];
  const known = new Map<string, number>();
  const intern = (computed: CSSStyleDeclaration): number => {
    const record: RawStyle = {};
    for (const key of KEYS) record[key] = computed.getPropertyValue(key);
    const json = JSON.stringify(record);
    let index = known.get(json);
    if (index === undefined) {
      index = styles.push(record) - 1;
      known.set(json, index);
    }
    return index;
  };
  const read = (el: Element): RawElement => {
    const r = el.getBoundingClientRect();
    const attrs: Record<string, string> = {};
    for (const name of ATTRS) {
      const value = el.getAttribute(name);
      if (value !== null) attrs[name] = value;
    }
    const children: RawNode[] = [];
    for (const child of Array.from(el.childNodes)) {
      if (child.nodeType === Node.TEXT_NODE) children.push(child.textContent ?? '');
      else if (child instanceof Element) children.push(read(child));
    }
    const raw: RawElement = {
      tag: el.tagName.toLowerCase(),
      style: intern(getComputedStyle(el)),
      rect: { x: r.left, y: r.top, w: r.width, h: r.height },
      attrs,
      children,
    };
    if (el instanceof HTMLLIElement) raw.marker = getComputedStyle(el, '::marker').content;
    if (el instanceof HTMLImageElement) raw.natural = { w: el.naturalWidth, h: el.naturalHeight };
    const box = el instanceof SVGSVGElement ? el.viewBox.baseVal : undefined;
    if (box) raw.viewBox = { w: box.width, h: box.height };
    return raw;
  };
  const sections = Array.from(document.querySelectorAll(selector));
  return {
    slides: sections.map((section) => {
      const svg = section.closest('svg');
      const r = (svg ?? section).getBoundingClientRect();
      const layer = svg?.querySelector('section[data-marpit-advanced-background="background"]');
      return {
        section: read(section),
        after: intern(getComputedStyle(section, '::after')),
        frame: { x: r.left, y: r.top, w: r.width, h: r.height },
        ...(layer ? { background: read(layer) } : {}),
      };
    }),
    styles,
    scroll: { x: window.scrollX, y: window.scrollY },
  };
}
