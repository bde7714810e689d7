// Fences whose body is Markdown (MyST directives, knitr blocks): where one closes, and its body tokenized in place,
// so that everything inside (lists, code, other frames) is parsed by the same rules and keeps its source lines.
import type StateBlock from 'markdown-it/lib/rules_block/state_block.mjs';

/** An opening fence (``` ~~~ or :::) and where it ends. */
export interface FenceSpan {
  char: string;
  /** The text after the fence characters, trimmed. */
  info: string;
  /** The closing fence's line, or the end of the enclosing block when the fence is never closed. */
  close: number;
  closed: boolean;
}

/** The run of `char` at `pos` and its length. */
function runAt(state: StateBlock, pos: number, max: number): { char: string; length: number } | undefined {
  const char = state.src[pos];
  if (char !== '`' && char !== '~' && char !== ':') return undefined;
  let end = pos;
  while (end < max && state.src[end] === char) end++;
  return { char, length: end - pos };
}

/**
 * The fence that opens at `startLine` with one of `chars`, closed (as CommonMark closes fences) by the first line of
 * at least as many of the same characters and nothing else.
 */
export function scanFence(state: StateBlock, startLine: number, endLine: number, chars: string): FenceSpan | undefined {
  if (state.sCount[startLine]! - state.blkIndent >= 4) return undefined;
  const pos = state.bMarks[startLine]! + state.tShift[startLine]!;
  const max = state.eMarks[startLine]!;
  const open = runAt(state, pos, max);
  if (!open || open.length < 3 || !chars.includes(open.char)) return undefined;
  const info = state.src.slice(pos + open.length, max).trim();
  if (open.char === '`' && info.includes('`')) return undefined;
  for (let line = startLine + 1; line < endLine; line++) {
    const start = state.bMarks[line]! + state.tShift[line]!;
    const end = state.eMarks[line]!;
    if (start < end && state.sCount[line]! < state.blkIndent)
      return { char: open.char, info, close: line, closed: false };
    if (state.sCount[line]! - state.blkIndent >= 4) continue;
    const run = runAt(state, start, end);
    if (
      run?.char === open.char &&
      run.length >= open.length &&
      state.src.slice(start + run.length, end).trim() === ''
    ) {
      return { char: open.char, info, close: line, closed: true };
    }
  }
  return { char: open.char, info, close: endLine, closed: false };
}

/** Tokenizes lines [start, end) as Markdown inside the current block, lazy continuations kept from running past `end`. */
export function tokenizeBody(state: StateBlock, start: number, end: number, extraIndent = 0): void {
  const { parentType, lineMax, blkIndent } = state;
  state.parentType = 'container' as typeof state.parentType;
  state.lineMax = end;
  state.blkIndent = blkIndent + extraIndent;
  state.md.block.tokenize(state, start, end);
  state.parentType = parentType;
  state.lineMax = lineMax;
  state.blkIndent = blkIndent;
}

/** Line `n` of the block as text, its indent up to the block's removed. */
export function lineText(state: StateBlock, n: number): string {
  return state.getLines(n, n + 1, state.blkIndent, false).replace(/\n$/, '');
}
