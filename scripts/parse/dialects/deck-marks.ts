// The marks an author's deck leaves for parse-deck.ts, whichever dialect wrote it: where a slide starts, which lines
// are a speaker note, and which lines (or which text in a line) show on the slide in Marp's form instead of as
// written. The deck dialects' rules (marp-deck.ts, slidev-deck.ts, reveal-deck.ts, quarto-deck.ts, deck-html.ts)
// only mark; parse-deck.ts cuts the slides and applies the marks, so the author's other lines reach Marp untouched.
import type StateBlock from 'markdown-it/lib/rules_block/state_block.mjs';

/** A hidden token a block rule leaves where it consumed a deck's own line (a separator, a note): the walker skips it. */
export const DECK_LINE = 'deck_line';

/** Lines [from, to) of the Markdown (0-based, `to` exclusive). */
interface Lines {
  from: number;
  to: number;
}

export type DeckMark =
  /**
   * A slide starts at `from`; lines [from, to) are its separator (and front matter), not content. `before` and
   * `after` are Marp Markdown for the slide's start and end (a layout's directives, a background, columns).
   */
  | (Lines & {
      kind: 'break';
      before?: string;
      after?: string;
      /** Shown when nothing else of the slide can be (a slide of only a video): its title, as its front matter names it. */
      fallback?: string;
      /** The slide is left out whole (a Slidev slide that imports others: its own lines are not shown). */
      omit?: boolean;
    })
  /** Lines that are a speaker note: taken off the slide, `text` into its notes. */
  | (Lines & { kind: 'note'; text: string })
  /** Lines shown as `text` instead (empty: left out). */
  | (Lines & { kind: 'edit'; text: string })
  /** In line `line`, the first `find` is shown as `text`; with `note`, that text goes into the slide's notes. */
  | { kind: 'inline'; line: number; find: string; text: string; note?: string };

/** Records a mark for the deck being parsed. */
export function markOn(env: unknown, mark: DeckMark): void {
  const e = env as { deckMarks?: DeckMark[] };
  e.deckMarks ??= [];
  e.deckMarks.push(mark);
}

/** The marks the rules left, in the order they were made. */
export function marksOf(env: unknown): DeckMark[] {
  return (env as { deckMarks?: DeckMark[] }).deckMarks ?? [];
}

/** A block rule's end: a hidden token over lines [start, end), and the parser moved past them. */
export function consumeLines(state: StateBlock, start: number, end: number): void {
  const token = state.push(DECK_LINE, '', 0);
  token.map = [start, end];
  token.hidden = true;
  token.block = true;
  state.line = end;
}

/** The text of line `n` as written, indentation included. */
export function rawLine(state: StateBlock, n: number): string {
  return state.src.slice(state.bMarks[n]!, state.eMarks[n]!);
}

/**
 * Two columns in Marp's form (Slidev's two-cols, Quarto's `.columns`): two <div>s in a grid that a style scoped to the
 * slide draws; Markdown between them stays Markdown (a blank line after each tag).
 */
export const COLUMNS = {
  open: '<style scoped>\n.columns { display: grid; grid-template-columns: 1fr 1fr; gap: 1em; }\n</style>\n\n<div class="columns">\n<div>',
  split: '\n</div>\n<div>\n',
  close: '</div>\n</div>',
};
