// Flows the notes and reading handouts into explicit page <div>s inside the browser, before printing. Laying
// the pages out ourselves is what lets every page carry its own section in the header, and the cover its
// outline with real page numbers. The functions below run in the page: each uses only its arguments and the
// others, and paginationScript() sends them together.

/** What pagination made: the page count (cover included) and blocks too tall to fit any page. */
export interface PaginateResult {
  pages: number;
  overflow: string[];
}

/** The lowest y a block may reach on the page whose body is `body`. */
function limitOf(body: HTMLElement): number {
  return body.getBoundingClientRect().top + body.clientHeight;
}

function fitsIn(el: Element, body: HTMLElement): boolean {
  return el.getBoundingClientRect().bottom <= limitOf(body) + 0.5;
}

/** A shallow copy of a block that carries its rest onto the next page. */
function continuation(block: HTMLElement): HTMLElement {
  const tail = block.cloneNode(false) as HTMLElement;
  tail.removeAttribute('id');
  tail.classList.add('cont');
  return tail;
}

/** The first word of a block's text whose glyphs start below y: where the next line begins. */
function firstWordBelow(block: HTMLElement, y: number): { node: Text; offset: number } | undefined {
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    range.selectNodeContents(node);
    if (range.getBoundingClientRect().bottom < y) continue;
    for (const word of node.data.matchAll(/\S+/g)) {
      range.setStart(node, word.index);
      range.setEnd(node, word.index + 1);
      if (range.getBoundingClientRect().top >= y) return { node, offset: word.index };
    }
  }
  return undefined;
}

/**
 * Splits a block of text between lines, two lines at least on each side; returns the part for the next page.
 * The range from the first line that does not fit to the end is cut out whole, inline markup included.
 */
function splitParagraph(p: HTMLElement, body: HTMLElement): HTMLElement | undefined {
  const rect = p.getBoundingClientRect();
  const style = getComputedStyle(p);
  const px = (...values: string[]) => values.reduce((sum, v) => sum + (parseFloat(v) || 0), 0);
  const top = rect.top + px(style.paddingTop, style.borderTopWidth);
  const inner = rect.height - px(style.paddingTop, style.borderTopWidth, style.paddingBottom, style.borderBottomWidth);
  const line = parseFloat(style.lineHeight) || 16;
  const total = Math.round(inner / line);
  const fit = Math.floor((limitOf(body) - top - px(style.paddingBottom, style.borderBottomWidth)) / line);
  if (fit < 2 || total - fit < 2) return undefined;
  // Glyphs sit a little below their line's top: half a line up from line `fit` is still below line fit-1's glyphs.
  const start = firstWordBelow(p, top + (fit - 0.5) * line);
  if (!start) return undefined;
  const range = document.createRange();
  range.setStart(start.node, start.offset);
  range.setEndAfter(p.lastChild!);
  const tail = continuation(p);
  tail.append(range.extractContents());
  if (fitsIn(p, body) && tail.textContent!.trim()) return tail;
  p.append(...Array.from(tail.childNodes));
  return undefined;
}

/** Splits a list between items, or a table between body rows (its header row repeats on the next page). */
function splitItems(block: HTMLElement, body: HTMLElement): HTMLElement | undefined {
  const table = block.matches('table');
  const items = Array.from(
    table ? block.querySelectorAll<HTMLElement>(':scope > tbody > tr') : block.children,
  ) as HTMLElement[];
  const at = items.findIndex((item) => !fitsIn(item, body));
  if (at <= 0) return undefined;
  const tail = continuation(block);
  if (table) {
    const head = block.querySelector(':scope > thead');
    const rows = document.createElement('tbody');
    rows.append(...items.slice(at));
    tail.append(...(head ? [head.cloneNode(true)] : []), rows);
  } else {
    if (block.matches('ol')) tail.setAttribute('start', String(Number(block.getAttribute('start') ?? 1) + at));
    tail.append(...items.slice(at));
  }
  return tail;
}

/** Splits a notes row taller than a page: the notes that do not fit continue in a row of their own. */
function splitRow(row: HTMLElement, body: HTMLElement): HTMLElement | undefined {
  const notes = row.querySelector<HTMLElement>('.notes');
  if (!notes) return undefined;
  const kids = Array.from(notes.children) as HTMLElement[];
  let at = kids.findIndex((k) => !fitsIn(k, body));
  if (at < 0) return undefined;
  const partial = splitBlock(kids[at]!, body, false);
  if (!partial && at === 0) return undefined;
  if (partial) at++;
  const label = document.createElement('div');
  label.className = 'thumb cont-label';
  label.textContent = row.dataset.label ?? '';
  const rest = notes.cloneNode(false) as HTMLElement;
  rest.append(...(partial ? [partial] : []), ...kids.slice(at));
  const tail = continuation(row);
  tail.append(label, rest);
  return tail;
}

/**
 * Writing space at a page's foot (the guided notes' ruled lines, `[data-lines]`) gives up lines rather than move to
 * the next page, away from its slide, while two lines at least are left; true when it now fits.
 */
function trimLines(block: HTMLElement, body: HTMLElement): boolean {
  if (!block.matches('[data-lines]')) return false;
  const rules = Array.from(block.children);
  while (block.childElementCount > 2 && !fitsIn(block, body)) block.lastElementChild!.remove();
  if (fitsIn(block, body)) return true;
  block.replaceChildren(...rules);
  return false;
}

/** The part of a block that goes to the next page, if it can split. Rows split only when alone on a page. */
function splitBlock(block: HTMLElement, body: HTMLElement, fromTop: boolean): HTMLElement | undefined {
  if (block.matches('p, pre, blockquote')) return splitParagraph(block, body);
  if (block.matches('ul, ol, table')) return splitItems(block, body);
  if (block.matches('.row') && fromTop) return splitRow(block, body);
  return undefined;
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
  limitOf,
  fitsIn,
  continuation,
  firstWordBelow,
  splitParagraph,
  splitItems,
  splitRow,
  splitBlock,
  trimLines,
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
