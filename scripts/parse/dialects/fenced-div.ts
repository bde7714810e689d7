// Pandoc fenced divs as Carpentries, Quarto and Docusaurus write them: `::: challenge`, `:::: {.callout-tip
// title="…"}`, `:::tip Title`, closed by a bare `:::` of any length. Each fence line becomes a mark; markers.ts pairs
// them as Pandoc does (a bare fence closes the innermost open div), so divs of equal length nest. MyST's `:::{note}`
// is a directive (myst.ts), tried before this rule.
import type StateBlock from 'markdown-it/lib/rules_block/state_block.mjs';
import { parseAttributes } from './pandoc-attrs.js';
import { MARK_CLOSE, MARK_OPEN, type BoxMeta } from './tokens.js';

/** The frame an opening fence's text describes: `{#id .a .b key=v}`, `name`, `name Title`, `name[Title]`. */
export function divMeta(info: string): BoxMeta | undefined {
  const text = info.replace(/\s*:+\s*$/, '').trim();
  if (text.startsWith('{')) {
    const attrs = parseAttributes(text.replace(/^\{|\}$/g, ''));
    if (!attrs) return undefined;
    const [name = '', ...classes] = attrs.classes;
    return { name, classes, title: attrs.values.title, dialect: 'pandoc', closer: ':::' };
  }
  const m = /^([\w-]+)(?:\[(.*)\]|\s+(.*))?$/.exec(text);
  if (!m) return undefined;
  return { name: m[1]!, title: (m[2] ?? m[3])?.trim() || undefined, dialect: 'pandoc', closer: ':::' };
}

/** A `:::` fence line (opening with its class and title, or a bare closer) as a mark that markers.ts pairs. */
export function fencedDiv(state: StateBlock, startLine: number, _endLine: number, silent: boolean): boolean {
  if (state.sCount[startLine]! - state.blkIndent >= 4) return false;
  const pos = state.bMarks[startLine]! + state.tShift[startLine]!;
  const line = state.src.slice(pos, state.eMarks[startLine]!);
  const m = /^(:{3,})\s*(.*)$/.exec(line);
  if (!m) return false;
  const info = m[2]!.trim();
  // MyST's colon directives (`:::{note}`) belong to myst.ts.
  if (/^\{[^\s.#=}]+\}/.test(info)) return false;
  const meta = info ? divMeta(info) : undefined;
  if (info && !meta) return false;
  if (silent) return true;
  const token = state.push(meta ? MARK_OPEN : MARK_CLOSE, 'div', 0);
  token.map = [startLine, startLine + 1];
  token.meta = meta ?? { closer: ':::' };
  token.markup = m[1]!;
  token.block = true;
  state.line = startLine + 1;
  return true;
}
