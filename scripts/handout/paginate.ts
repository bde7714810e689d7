// Flows the notes and reading handouts into explicit page <div>s inside the browser, before printing. Laying
// the pages out ourselves is what lets every page carry its own section in the header, and the cover its
// outline with real page numbers. The functions below run in the page: each uses only its arguments and the
// others (and split-block.ts's, which split a block that does not fit), and paginationScript() sends them together.
import * as split from './split-block.js';

// split-block.ts's functions, defined in the page by inPageScript: named, not imported, since these functions run there
// as their source text (a test runner's import rewriting would break them).
declare const fitsIn: typeof split.fitsIn;
declare const splitBlock: typeof split.splitBlock;
declare const trimLines: typeof split.trimLines;

/** What pagination made: the page count (cover included) and blocks too tall to fit any page. */
export interface PaginateResult {
  pages: number;
  overflow: string[];
}

/**
 * A new page from the template, appended to the sheets, headed with the section; returns its body. The page
 * before it is full: it leaves the document for `done`, so that laying out the page being filled costs the same
 * on page 3,000 as on page 3 (with every page attached, each measurement re-laid out all of them).
 */
function openPage(
  sheets: HTMLElement,
  template: HTMLTemplateElement,
  section: string,
  done: HTMLElement[],
): HTMLElement {
  retireFilled(sheets, done);
  const page = blankPage(template, section);
  page.dataset.flowed = '';
  sheets.append(page);
  return page.querySelector<HTMLElement>('.page-body')!;
}

/** Takes the page last filled by the flow, if any, out of the document and onto `done`. */
function retireFilled(sheets: HTMLElement, done: HTMLElement[]): void {
  const last = sheets.lastElementChild as HTMLElement | null;
  if (last?.dataset.flowed === undefined) return;
  done.push(last);
  last.remove();
}

/** A page cloned from the template, its running header set to the section. */
function blankPage(template: HTMLTemplateElement, section: string): HTMLElement {
  const page = template.content.firstElementChild!.cloneNode(true) as HTMLElement;
  page.querySelector('[data-slot="section"]')!.textContent = section;
  return page;
}

/** Fills "page x of y" on every page and the cover outline's page numbers. */
function numberPages(pages: HTMLElement[]): number {
  const pageOf: Record<string, number> = {};
  pages.forEach((page, i) => page.querySelectorAll('[id]').forEach((el) => (pageOf[el.id] = i + 1)));
  fillNumbers(pages, 1, pages.length, pageOf);
  return pages.length;
}

/**
 * Numbers `pages` from `first` of `total`, and fills every outline entry among them with its section's page
 * (`pageOf`, by id): a handout printed in parts numbers each part's pages as the whole handout's.
 */
export function fillNumbers(pages: Element[], first: number, total: number, pageOf: Record<string, number>): void {
  pages.forEach((page, i) => {
    page.querySelectorAll('[data-slot="page"]').forEach((s) => (s.textContent = String(first + i)));
    page.querySelectorAll('[data-slot="pages"]').forEach((s) => (s.textContent = String(total)));
    page
      .querySelectorAll<HTMLElement>('[data-outline-page]')
      .forEach((slot) => (slot.textContent = String(pageOf[slot.dataset.outlinePage!] ?? '')));
  });
}

/**
 * At most how many outline entries fit the page body: its height over the shortest entry's, per column, the entries
 * measured from a sample of the first ones laid out alone. It bounds the bisection, which otherwise laid out the whole
 * outline, in balanced columns, at every step: a book's thousands of entries on every page were 22 of the 5 MB
 * document's 36 s of pagination.
 */
function outlineCapacity(list: HTMLElement, items: Element[], body: HTMLElement): number {
  list.replaceChildren(...items.slice(0, 40));
  const heights = Array.from(list.children, (item) => item.getBoundingClientRect().height).filter((h) => h > 0);
  const columns = Math.max(1, parseInt(getComputedStyle(list).columnCount, 10) || 1);
  return heights.length ? columns * Math.ceil(body.clientHeight / Math.min(...heights)) + columns : items.length;
}

/**
 * Continues the cover's outline on pages of its own when it is longer than the cover holds (a book of many
 * chapters): each page keeps as many entries as fit, found by bisection since the columns rebalance.
 */
export function spillOutline(sheets: HTMLElement, template: HTMLTemplateElement): void {
  let list = sheets.querySelector<HTMLElement>('.cover .outline');
  const title = sheets.querySelector<HTMLElement>('.cover .outline-title');
  const cover = list?.closest<HTMLElement>('.page');
  let page = cover;
  while (list && title && page) {
    const body = page.querySelector<HTMLElement>('.page-body')!;
    const items = Array.from(list.children);
    // More entries than the page can hold cannot fit: the whole list is laid out only when it might.
    const capacity = outlineCapacity(list, items, body);
    list.replaceChildren(...items);
    if (items.length <= capacity && fitsIn(list, body)) return;
    // A page of its own keeps one entry at least: one taller than a page is cut at its edge, as any block is,
    // rather than moved on from page to page for ever.
    let [lo, hi] = [page === cover ? 0 : 1, Math.min(items.length - 1, capacity)];
    if (lo > hi) return;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      list.replaceChildren(...items.slice(0, mid));
      if (fitsIn(list, body)) lo = mid;
      else hi = mid - 1;
    }
    list.replaceChildren(...items.slice(0, lo));
    const next = blankPage(template, title.textContent ?? '');
    const rest = list.cloneNode(false) as HTMLElement;
    rest.append(...items.slice(lo));
    next.querySelector('.page-body')!.append(title.cloneNode(true), rest);
    // Nothing fitted under the cover's facts: the outline starts on the next page, title and all.
    if (!lo) {
      title.remove();
      list.remove();
    }
    page.after(next);
    [page, list] = [next, rest];
  }
}

/** A block too tall for any page, and the page it was left on. */
export interface Overflowing {
  text: string;
  page: Element | null;
}

/**
 * Moves every block of `.flow` onto pages cloned from `#page-template` and returns the pages, taken out of the
 * document, and the section of the last block. A block that does not fit goes to the next page, or splits when it
 * can; headings and `[data-keep]` blocks move with the block after them. A block without a section of its own
 * belongs to the last heading before it (`section` before the first): that is the running header.
 */
export function flowPages(
  sheets: HTMLElement,
  flow: HTMLElement,
  template: HTMLTemplateElement,
  section: string,
  overflow: Overflowing[],
): { pages: HTMLElement[]; section: string } {
  // Blocks wait unrendered: each is laid out once, on the page it is tried on.
  flow.style.display = 'none';
  const done: HTMLElement[] = [];
  const queue = Array.from(flow.children) as HTMLElement[];
  let current = section;
  for (const el of queue) {
    if (el.dataset.section === undefined) el.dataset.section = current;
    else current = el.dataset.section;
  }
  const isKeep = (el: Element) => el.matches('[data-keep], h2, h3, h4');
  let body: HTMLElement | undefined;
  let keep: HTMLElement[] = [];
  while (queue.length) {
    const block = queue.shift()!;
    body ??= openPage(sheets, template, block.dataset.section ?? '', done);
    body.append(block);
    if (fitsIn(block, body) || trimLines(block, body)) {
      keep = isKeep(block) ? [...keep, block] : [];
      continue;
    }
    const held = keep;
    keep = [];
    const fromTop = body.firstElementChild === (held[0] ?? block);
    const tail = splitBlock(block, body, fromTop);
    if (tail) queue.unshift(tail);
    else if (fromTop) {
      const text = (block.dataset.label ?? block.textContent ?? '').trim().slice(0, 80);
      overflow.push({ text, page: body.parentElement });
    } else {
      // To the next page with the headings that must stay with it; it is measured again there.
      block.remove();
      queue.unshift(block);
      if (held.length) openPage(sheets, template, held[0]!.dataset.section ?? '', done).append(...held);
      keep = held;
      body = held.length ? (held[0]!.parentElement as HTMLElement) : undefined;
      continue;
    }
    body = undefined;
  }
  flow.remove();
  retireFilled(sheets, done);
  return { pages: done, section: current };
}

/** Lays the whole handout out: the cover's outline continued on pages of its own, the flow, every page numbered. */
function paginateFlow(): PaginateResult {
  const sheets = document.querySelector<HTMLElement>('.sheets')!;
  const flow = document.querySelector<HTMLElement>('.flow');
  const template = document.querySelector<HTMLTemplateElement>('#page-template');
  if (template) spillOutline(sheets, template);
  const fixed = Array.from(sheets.children) as HTMLElement[];
  if (!flow || !template) return { pages: numberPages(fixed), overflow: [] };
  const overflow: Overflowing[] = [];
  const { pages } = flowPages(sheets, flow, template, '', overflow);
  for (const page of pages) delete page.dataset.flowed;
  sheets.append(...pages);
  return { pages: numberPages([...fixed, ...pages]), overflow: overflow.map((o) => o.text) };
}

/**
 * Paginates with the slide pictures' insides left unlaid (`body.paginating`, handout.css): a picture's box has its
 * size from the slide's fixed size alone, so the pages come out the same, and each slide is laid out once, when it
 * prints, instead of also on every measurement (a fifth of a long handout's pagination).
 */
function paginate(): PaginateResult {
  document.body.classList.add('paginating');
  try {
    return paginateFlow();
  } finally {
    document.body.classList.remove('paginating');
  }
}

/** The functions the pagination runs in the page, in an order in which each is defined before it runs. */
export const PAGINATION_HELPERS: readonly ((...args: never[]) => unknown)[] = [
  split.limitOf,
  split.fitsIn,
  split.continuation,
  split.firstWordBelow,
  split.splitParagraph,
  split.splitItems,
  split.splitRow,
  split.splitBlock,
  split.trimLines,
  retireFilled,
  openPage,
  blankPage,
  fillNumbers,
  numberPages,
  outlineCapacity,
  spillOutline,
  flowPages,
];

/** `call` as one expression for page.evaluate, with the pagination's functions defined before it. */
export function inPageScript(functions: readonly ((...args: never[]) => unknown)[], call: string): string {
  return `(() => {\n${[...PAGINATION_HELPERS, ...functions].map(String).join('\n')}\nreturn ${call};\n})()`;
}

/** The pagination as one expression for page.evaluate: the helpers above, then a call of paginate. */
export function paginationScript(): string {
  return inPageScript([paginateFlow, paginate], 'paginate()');
}
