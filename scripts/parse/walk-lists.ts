// Walks a list into list blocks: an item's text and sub-lists stay in it, and anything else it holds (code, a
// figure, a frame, a speaker note) follows the list.
import { joinInlines } from './inline-text.js';
import { asBlocks, isFormula, isHeading, type Item, type TokenWalker } from './walk-items.js';
import type { Block, ListItem, SourcePos } from '../types.js';

const isCode = (x: Item | undefined): boolean => !!x && !isHeading(x) && x.type === 'code';
/** A speaker note the walker made of a comment. */
const isNote = (x: Item): x is Block => !isHeading(x) && x.directives.some((d) => d.kind === 'note');

/**
 * A list; a block inside an item other than its text and sub-lists (code, a figure, a frame) follows the list
 * of the items up to it, and the list goes on after it, numbers counting on.
 */
export function walkList(w: TokenWalker, start: number, end: number, pos: SourcePos): Block[] {
  const open = w.tokens[start]!;
  const ordered = open.type === 'ordered_list_open';
  const first = ordered ? Number(open.attrGet('start') ?? 1) : undefined;
  const out: Block[] = [];
  let items: ListItem[] = [];
  let at = pos;
  let count = 0;
  const notes: Block[] = [];
  const flush = () => {
    if (items.length) out.push({ type: 'list', pos: at, ordered, items, directives: [] });
    items = [];
  };
  for (let j = start + 1; j < end; j++) {
    if (w.tokens[j]!.type !== 'list_item_open') continue;
    const close = w.closing(j);
    const inner = w.walk(j + 1, close);
    const number = first === undefined ? undefined : first + count++;
    let k = 0;
    const parts: Extract<Block, { type: 'paragraph' }>[] = [];
    const children: ListItem[] = [];
    // A speaker note written in an item follows the list, so that the item keeps its own words only.
    notes.push(...inner.filter(isNote));
    const own = inner.filter((b) => !isNote(b));
    for (; k < own.length; k++) {
      const b = own[k]!;
      if (
        isHeading(b) ||
        (b.type !== 'paragraph' && b.type !== 'list') ||
        isFormula(b) ||
        (b.type === 'paragraph' && children.length)
      )
        break;
      if (b.type === 'paragraph') parts.push(b);
      else children.push(...b.items);
    }
    const text = joinInlines(parts);
    if (!items.length) at = w.pos(w.tokens[j]!);
    // An ordered item that is only code (a multiple-choice option) keeps its number, above its code; one that opens
    // with a picture (Word's numbered steps) gives no empty number: the picture and its text follow the list.
    if (text.markdown || children.length || (number !== undefined && isCode(own[k])))
      items.push({ ...text, children, ...(number === undefined ? {} : { number }) });
    if (k < own.length) {
      flush();
      out.push(...asBlocks(own.slice(k)));
    }
    j = close;
  }
  flush();
  return [...out, ...notes];
}
