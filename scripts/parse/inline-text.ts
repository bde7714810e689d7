// An inline token as the document model keeps it: Markdown as written, plain text, and the spans kept whole.
import type Token from 'markdown-it/lib/token.mjs';
import type { Inline, InlineAtom } from '../types.js';

/** A child token as plain text: text and code as they read, a formula as `$TeX$`, breaks as spaces. */
function childText(c: Token): string {
  if (c.type === 'text' || c.type === 'code_inline') return c.content;
  if (c.type === 'math_inline') return `$${c.content}$`;
  return c.type === 'softbreak' || c.type === 'hardbreak' ? ' ' : '';
}

/** Plain text of an inline token: what a reader sees, without Markdown syntax. */
export function plainText(token: Token): string {
  return (token.children ?? []).map(childText).join('').replace(/\s+/g, ' ').trim();
}

/** An inline token's code spans and formulas, in order. */
function atomsOf(token: Token): InlineAtom[] {
  return (token.children ?? []).flatMap((c): InlineAtom[] =>
    c.type === 'code_inline' ? [{ kind: 'code', text: c.content }] : c.type === 'math_inline' ? [{ kind: 'math', text: c.content }] : [],
  );
}

/** Inline Markdown with soft line breaks joined, so hard-wrapped source lines make one sentence. */
export function inlineMarkdown(token: Token): string {
  return token.content.replace(/\s*\n\s*/g, ' ').trim();
}

/** One or more inline tokens (a list item's or a quote's paragraphs) as one Inline: Markdown, plain text, code spans. */
export function inlineOf(tokens: Token[]): Inline {
  const shown = tokens.filter((t) => inlineMarkdown(t) !== '');
  return { markdown: shown.map(inlineMarkdown).join(' '), text: shown.map(plainText).join(' '), atoms: shown.flatMap(atomsOf) };
}

/** Inlines joined as one (a list item of several paragraphs). */
export function joinInlines(parts: Inline[]): Inline {
  const shown = parts.filter((p) => p.markdown !== '');
  return { markdown: shown.map((p) => p.markdown).join(' '), text: shown.map((p) => p.text).join(' '), atoms: shown.flatMap((p) => p.atoms ?? []) };
}

/** Text content of a raw HTML block: scripts, styles and tags removed. */
export function htmlText(html: string): string {
  return html
    .replace(/<(script|style|iframe|noscript|template)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A formula as the tex plugin reads it: `$$…$$`, or `$…$` with no space inside either dollar. */
const MATH = /\$\$[\s\S]+?\$\$|\$(?=\S)(?:\\.|[^$\\\n])+?(?<=\S)\$/g;

/** Applies `fn` to the parts of a text outside formulas: TeX is all braces, and none of them are markup. */
function outsideMath(text: string, fn: (part: string) => string): string {
  let out = '';
  let from = 0;
  for (const m of text.matchAll(MATH)) {
    out += fn(text.slice(from, m.index)) + m[0];
    from = m.index + m[0].length;
  }
  return out + fn(text.slice(from));
}

/**
 * Applies `fn` to the parts of inline Markdown outside code spans (a run of n backticks up to the next run of
 * exactly n) and formulas, so that rewriting dialect markup never changes code or TeX the author wrote.
 */
export function outsideCode(text: string, fn: (part: string) => string): string {
  const apply = (part: string) => outsideMath(part, fn);
  let out = '';
  let from = 0;
  const run = /`+/g;
  for (let m = run.exec(text); m; m = run.exec(text)) {
    // A backslash-escaped backtick opens nothing (CommonMark): it is text.
    if ((/\\+$/.exec(text.slice(from, m.index))?.[0].length ?? 0) % 2 === 1) continue;
    const ticks = m[0];
    const close = new RegExp(`(?<!\`)${ticks}(?!\`)`, 'g');
    close.lastIndex = m.index + ticks.length;
    const end = close.exec(text);
    if (!end) continue;
    out += apply(text.slice(from, m.index)) + text.slice(m.index, end.index + ticks.length);
    from = end.index + ticks.length;
    run.lastIndex = from;
  }
  return out + apply(text.slice(from));
}
