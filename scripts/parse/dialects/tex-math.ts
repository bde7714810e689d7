// Formulas as authors delimit them, all made the one formula token that Marp's `$…$` and `$$…$$` show:
// - kramdown (Jekyll course notes) writes inline math as `$$…$$` inside a sentence: a formula in the text, and a
//   display only on a line of its own (a paragraph that opens with `$$x$$ is …` is a paragraph, not a display);
// - LaTeX's and MathJax's `\(…\)` and `\[…\]` (the tex plugin reads them, PLUGINS in markdown-it.ts);
// - a document's own macros (`\newcommand`, front matter `macros:`), expanded in every formula (tex-macros.ts).
// The inline source is rewritten to `$…$`, so a bullet that keeps its own Markdown shows the formula as Marp reads it.
import type { RuleBlock } from 'markdown-it/lib/parser_block.mjs';
import type { RuleCore } from 'markdown-it/lib/parser_core.mjs';
import type { RuleInline } from 'markdown-it/lib/parser_inline.mjs';
import type Token from 'markdown-it/lib/token.mjs';
import { expandMacros, takeDefinitions, type TexMacros } from '../tex-macros.js';

/** A line that opens with `$$x$$` and goes on with text: kramdown's inline formula starting a sentence. */
const OPENS_WITH_FORMULA = /^\$\$(?!\$)(?:\\.|[^$\\])+\$\$(?!\$)\s*\S/;

/** A paragraph that opens with an inline `$$…$$`, read as a paragraph before the display-math rule sees it. */
export const formulaFirstParagraph: RuleBlock = (state, startLine, endLine, silent) => {
  if (state.sCount[startLine]! - state.blkIndent >= 4) return false;
  const line = state.src.slice(state.bMarks[startLine]! + state.tShift[startLine]!, state.eMarks[startLine]);
  if (!OPENS_WITH_FORMULA.test(line)) return false;
  if (silent) return true;
  let next = startLine + 1;
  while (next < endLine && !state.isEmpty(next) && state.sCount[next]! >= state.blkIndent) next++;
  const open = state.push('paragraph_open', 'p', 1);
  open.map = [startLine, next];
  const inline = state.push('inline', '', 0);
  inline.content = state.getLines(startLine, next, state.blkIndent, false).trim();
  inline.map = [startLine, next];
  inline.children = [];
  state.push('paragraph_close', 'p', -1);
  state.line = next;
  return true;
};

/** `$$…$$` inside a sentence: an inline formula (kramdown's convention), not the start of a display. */
export const inlineDoubleDollar: RuleInline = (state, silent) => {
  const { src, pos } = state;
  if (!src.startsWith('$$', pos) || src[pos + 2] === '$') return false;
  let end = pos + 2;
  while (end < state.posMax && !(src.startsWith('$$', end) && src[end - 1] !== '\\')) end++;
  const content = src.slice(pos + 2, end).trim();
  if (end >= state.posMax || !content) return false;
  if (!silent) {
    const token = state.push('math_inline', 'math', 0);
    token.markup = '$$';
    token.content = content;
    // As written, spaces and all, to find it again in the paragraph's Markdown (texMath).
    token.info = src.slice(pos + 2, end);
  }
  state.pos = end + 2;
  return true;
};

const CLOSING: Record<string, string> = { $: '$', $$: '$$', '\\(': '\\)' };

/** Every formula token of the document: inline ones with the inline token that holds them. */
function formulas(tokens: Token[]): { token: Token; parent?: Token }[] {
  return tokens.flatMap((t) =>
    t.type === 'math_block'
      ? [{ token: t }]
      : (t.children ?? []).filter((c) => c.type === 'math_inline').map((c) => ({ token: c, parent: t })),
  );
}

/**
 * The document's macros taken from its formulas (a formula of definitions only becomes empty and shows nothing),
 * every formula expanded, and each inline formula written `$…$` in its paragraph's Markdown.
 */
export const texMath: RuleCore = (state) => {
  const macros: TexMacros = new Map(state.env.texMacros ?? []);
  const found = formulas(state.tokens).map((f) => ({
    ...f,
    source: `${f.token.markup}${f.token.info || f.token.content}${CLOSING[f.token.markup] ?? ''}`,
  }));
  for (const { token } of found) token.content = takeDefinitions(token.content, macros);
  const rewritten = new Map<Token, { from: number; out: string }>();
  for (const { token, parent, source } of found) {
    token.content = expandMacros(token.content, macros);
    if (!parent) continue;
    const at = rewritten.get(parent) ?? { from: 0, out: '' };
    const start = parent.content.indexOf(source, at.from);
    if (start < 0) continue;
    at.out += parent.content.slice(at.from, start) + (token.content ? `$${token.content}$` : '');
    at.from = start + source.length;
    rewritten.set(parent, at);
  }
  for (const [parent, at] of rewritten) parent.content = at.out + parent.content.slice(at.from);
  return true;
};
