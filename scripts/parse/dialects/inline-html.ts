// Inline HTML that only formats text (`<kbd>`, `<b>`, `<span class>`, `<br>`), as Markdown or as its text. Lessons
// in every dialect use it; tags that load something (img, a, iframe) are the asset policy's and stay as they are.
import type { RuleBlock } from 'markdown-it/lib/parser_block.mjs';
import { decodeEntities } from '../../text/html.js';
import { backtickRun } from '../../text/markdown-text.js';

const CODE = /<(kbd|code|samp|var|tt)\b[^<>]*>([^<>]*)<\/\1\s*>/gi;
const STRONG = /<(b|strong)\b[^<>]*>([^<>]*)<\/\1\s*>/gi;
const EMPHASIS = /<(i|em|cite|dfn)\b[^<>]*>([^<>]*)<\/\1\s*>/gi;
const TEXT_ONLY =
  /<\/?(?:span|u|mark|small|big|abbr|sup|sub|del|ins|s|font|nobr|wbr|time|bdi|bdo|q|dfn|ruby|rt|rp)\b[^<>]*>/gi;

/** Text as a code span, its Markdown escapes read (`\`` is a backtick) and fenced by a longer run than it holds. */
function codeSpan(inner: string): string {
  const code = decodeEntities(inner.replace(/\\([!-/:-@[-`{-~])/g, '$1')).trim();
  if (!code) return '';
  const run = backtickRun(code);
  const pad = /^`|`$/.test(code) ? ' ' : '';
  return `${run}${pad}${code}${pad}${run}`;
}

/** Formatting tags as Markdown (code, bold, italic) or gone, their text kept; `<br>` as a space. */
export function rewriteInlineHtml(text: string): string {
  if (!text.includes('<')) return text;
  return text
    .replace(CODE, (_, _tag: string, inner: string) => codeSpan(inner))
    .replace(STRONG, (_, _tag: string, inner: string) => (inner.trim() ? `**${inner.trim()}**` : ''))
    .replace(EMPHASIS, (_, _tag: string, inner: string) => (inner.trim() ? `*${inner.trim()}*` : ''))
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(TEXT_ONLY, '');
}

/** A line holding only line breaks (`<br>`, `<br/>`), as notebooks put between a figure and its caption. */
const BREAK_LINE = /^(?:<br\s*\/?>\s*)+$/i;

/**
 * A block that opens with a line of only `<br>` tags ends with that line. CommonMark reads such a line as the start of
 * an HTML block running to the next blank line, which would show the Markdown after it (`#### Caption`) as text.
 */
export const breakLine: RuleBlock = (state, startLine, _endLine, silent) => {
  if (state.sCount[startLine]! - state.blkIndent >= 4) return false;
  const line = state.src.slice(state.bMarks[startLine]! + state.tShift[startLine]!, state.eMarks[startLine]).trim();
  if (!BREAK_LINE.test(line)) return false;
  // A break between blocks shows nothing: no token is left for it.
  if (!silent) state.line = startLine + 1;
  return true;
};
