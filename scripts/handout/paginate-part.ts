// Lays out one part of a long handout in the browser (handout-parts.ts): the page that was still being filled when
// the part ran out is not kept but handed to the next part, whose blocks continue on it, so the pages come out as
// they would for the whole handout in one page. Numbering waits until every part is laid out and the total known.
// The functions below run in the page, with paginate.ts's helpers (inPageScript).
import type { fillNumbers as FillNumbers, flowPages as FlowPages, spillOutline as SpillOutline } from './paginate.js';
import { inPageScript, type Overflowing } from './paginate.js';

// paginate.ts's functions, defined in the page by inPageScript: named, not imported, since these functions run there
// as their source text (a test runner's import rewriting would break them).
declare const spillOutline: typeof SpillOutline;
declare const flowPages: typeof FlowPages;
declare const fillNumbers: typeof FillNumbers;

/** What one part's layout made, for the next part and for the numbering. */
export interface PartLayout {
  /** The part's finished pages, as HTML. */
  pages: string[];
  /** The blocks of the page that was still open, as HTML: the next part starts with them. */
  carry: string;
  /** The running section at the part's end. */
  section: string;
  /** The ids the cover's outline points at (from the cover part), and the page of each found in this part (0-based). */
  outlineIds: string[];
  found: [string, number][];
  /** Blocks too tall for any page, on the pages kept. */
  overflow: string[];
}

/** What a part's layout starts from: the previous part's open page and section, and what the outline points at. */
export interface PartStart {
  carry: string;
  section: string;
  cover: boolean;
  last: boolean;
  outlineIds: string[];
}

/** Runs in the page: lays the part out (the cover's outline, then its flow after the carried blocks). */
function layoutPart(start: PartStart): PartLayout {
  document.body.classList.add('paginating');
  const sheets = document.querySelector<HTMLElement>('.sheets')!;
  const flow = document.querySelector<HTMLElement>('.flow');
  const template = document.querySelector<HTMLTemplateElement>('#page-template');
  if (start.cover && template) spillOutline(sheets, template);
  const pages = Array.from(sheets.children) as HTMLElement[];
  const overflow: Overflowing[] = [];
  let section = start.section;
  let open: HTMLElement | undefined;
  if (flow && template) {
    flow.insertAdjacentHTML('afterbegin', start.carry);
    const flowed = flowPages(sheets, flow, template, start.section, overflow);
    section = flowed.section;
    pages.push(...flowed.pages);
    if (!start.last) open = flowed.pages.pop();
    if (open) pages.pop();
  }
  const carry = open ? Array.from(open.querySelector('.page-body')!.children, (block) => block.outerHTML).join('') : '';
  const outlineIds = start.cover
    ? Array.from(sheets.querySelectorAll<HTMLElement>('[data-outline-page]'), (slot) => slot.dataset.outlinePage!)
    : start.outlineIds;
  const wanted = new Set(outlineIds);
  const found: [string, number][] = [];
  pages.forEach((page, i) => {
    delete page.dataset.flowed;
    page.querySelectorAll('[id]').forEach((el) => wanted.has(el.id) && found.push([el.id, i]));
  });
  const kept = overflow.filter((o) => o.page !== open).map((o) => o.text);
  return { pages: pages.map((page) => page.outerHTML), carry, section, outlineIds, found, overflow: kept };
}

/** Runs in the page: numbers its pages from `first` of `total`, and returns them as HTML. */
function numberPart(first: number, total: number, pageOf: Record<string, number>): string {
  const sheets = document.querySelector<HTMLElement>('.sheets')!;
  fillNumbers(Array.from(sheets.children), first, total, pageOf);
  return sheets.innerHTML;
}

/** layoutPart as one expression for page.evaluate. */
export const layoutPartScript = (start: PartStart) =>
  inPageScript([layoutPart], `layoutPart(${JSON.stringify(start)})`);

/** numberPart as one expression for page.evaluate. */
export const numberPartScript = (first: number, total: number, pageOf: Record<string, number>) =>
  inPageScript([numberPart], `numberPart(${first}, ${total}, ${JSON.stringify(pageOf)})`);
