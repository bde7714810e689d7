// Whether a block fits the page being filled, and, when it does not, the part of it that goes to the next page:
// split between lines, list items, table rows, or a notes row's notes. These functions run in the page among
// paginate.ts's helpers (PAGINATION_HELPERS): each uses only its arguments and the others here, and nothing imported,
// since they run as their source text.

/** The lowest y a block may reach on the page whose body is `body`. */
export function limitOf(body: HTMLElement): number {
  return body.getBoundingClientRect().top + body.clientHeight;
}

export function fitsIn(el: Element, body: HTMLElement): boolean {
  return el.getBoundingClientRect().bottom <= limitOf(body) + 0.5;
}

/** A shallow copy of a block that carries its rest onto the next page. */
export function continuation(block: HTMLElement): HTMLElement {
  const tail = block.cloneNode(false) as HTMLElement;
  tail.removeAttribute('id');
  tail.classList.add('cont');
  return tail;
}

/** The first word of a block's text whose glyphs start below y: where the next line begins. */
export function firstWordBelow(block: HTMLElement, y: number): { node: Text; offset: number } | undefined {
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
export function splitParagraph(p: HTMLElement, body: HTMLElement): HTMLElement | undefined {
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
export function splitItems(block: HTMLElement, body: HTMLElement): HTMLElement | undefined {
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
export function splitRow(row: HTMLElement, body: HTMLElement): HTMLElement | undefined {
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
export function trimLines(block: HTMLElement, body: HTMLElement): boolean {
  if (!block.matches('[data-lines]')) return false;
  const rules = Array.from(block.children);
  while (block.childElementCount > 2 && !fitsIn(block, body)) block.lastElementChild!.remove();
  if (fitsIn(block, body)) return true;
  block.replaceChildren(...rules);
  return false;
}

/** The part of a block that goes to the next page, if it can split. Rows split only when alone on a page. */
export function splitBlock(block: HTMLElement, body: HTMLElement, fromTop: boolean): HTMLElement | undefined {
  if (block.matches('p, pre, blockquote')) return splitParagraph(block, body);
  if (block.matches('ul, ol, table')) return splitItems(block, body);
  if (block.matches('.row') && fromTop) return splitRow(block, body);
  return undefined;
}
