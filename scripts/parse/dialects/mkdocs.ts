// MkDocs (Python-Markdown mkdocsAdmonition, pymdownx.details and pymdownx.tabbed): `!!! note "Title"`, `??? success
// "Answer"` and `???+`, and content tabs `=== "Label"`, each with a body indented by four spaces. The body is
// tokenized in place as Markdown; a tab is a group whose label goes above its content. Material's icon shortcodes
// (`:fontawesome-solid-file-pdf:`) are dropped from inline text.
import type StateBlock from 'markdown-it/lib/rules_block/state_block.mjs';
import { tokenizeBody } from './fence-body.js';
import { BOX_CLOSE, BOX_OPEN, type BoxMeta } from './tokens.js';

const HEAD = /^(!!!|\?\?\?\+?)[ \t]+([\w-]+)((?:[ \t]+[\w-]+)*)(?:[ \t]+"(.*)")?[ \t]*$/;
const TAB = /^===[+!]*[ \t]+"(.*)"[ \t]*$/;

/** An admonition's or a tab's head line, as the parts HEAD matches. */
function head(line: string): RegExpExecArray | undefined {
  const m = HEAD.exec(line);
  if (m) return m;
  const tab = TAB.exec(line);
  return tab
    ? (Object.assign(['', '===', 'tab', '', tab[1]!], { index: 0, input: line }) as unknown as RegExpExecArray)
    : undefined;
}

/** `!!! note "Title"`, `??? success` and `=== "Tab"` with their four-space indented body, tokenized in place. */
export function mkdocsAdmonition(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  if (state.sCount[startLine]! - state.blkIndent >= 4) return false;
  const pos = state.bMarks[startLine]! + state.tShift[startLine]!;
  const m = head(state.src.slice(pos, state.eMarks[startLine]!));
  if (!m) return false;
  if (silent) return true;
  const indent = state.sCount[startLine]! + 4;
  let end = startLine + 1;
  for (let line = end; line < endLine; line++) {
    const blank = state.bMarks[line]! + state.tShift[line]! >= state.eMarks[line]!;
    if (!blank && state.sCount[line]! < indent) break;
    if (!blank) end = line + 1;
  }
  const open = state.push(BOX_OPEN, 'div', 1);
  const title = m[4] === undefined ? undefined : m[4].trim();
  open.meta = {
    name: m[2]!,
    classes: (m[3] ?? '').trim().split(/\s+/).filter(Boolean),
    title,
    dialect: 'mkdocs',
  } satisfies BoxMeta;
  // An explicit empty title ("") shows no title bar at all.
  if (title === '') open.meta.title = undefined;
  open.map = [startLine, end];
  tokenizeBody(state, startLine + 1, end, indent - state.blkIndent);
  state.push(BOX_CLOSE, 'div', -1);
  state.line = end;
  return true;
}

/** Material for MkDocs' icon and emoji shortcodes that name an icon set. */
export function dropIcons(text: string): string {
  return text.replace(/:(?:fontawesome|material|octicons|simple|fa|fab|fas)-[\w-]+:\s?/g, '');
}
