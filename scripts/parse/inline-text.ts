// An inline token as the document model keeps it: Markdown as written, plain text, and the spans kept whole.
import type Token from 'markdown-it/lib/token.mjs';
import { stripTags } from '../text/html.js';
import { cleanInlineHtml } from './html-content.js';
import type { Inline, InlineAtom } from '../types.js';

/** A child token as plain text: text and code as they read, a formula as `$TeX$`, breaks as spaces. */
function childText(c: Token): string {
  if (c.type === 'text' || c.type === 'code_inline') return c.content;
  if (c.type === 'math_inline') return `$${c.content}$`;
  return c.type === 'softbreak' || c.type === 'hardbreak' ? ' ' : '';
}

/**
 * Plain text of an inline token (what a reader sees, without Markdown syntax) and its code spans and formulas, in
 * order, each with the offset in that text where its plain form starts: the condenser finds "`n`" in "Try changing
 * n to 2" there, not in the "n" of "changing".
 */
function plainInline(token: Token): { text: string; atoms: InlineAtom[] } {
  let text = '';
  const atoms: InlineAtom[] = [];
  // White space folded as it is written, so that an offset counts the folded text.
  const append = (piece: string) => {
    for (const ch of piece) {
      if (!/\s/.test(ch)) text += ch;
      else if (text && !text.endsWith(' ')) text += ' ';
    }
  };
  for (const c of token.children ?? []) {
    const kind = c.type === 'code_inline' ? 'code' : c.type === 'math_inline' ? 'math' : undefined;
    if (kind) atoms.push({ kind, text: c.content, at: text.length });
    append(childText(c));
  }
  return { text: text.trimEnd(), atoms };
}

/** Plain text of an inline token: what a reader sees, without Markdown syntax. */
export function plainText(token: Token): string {
  return plainInline(token).text;
}

/**
 * Inline Markdown with soft line breaks joined, so hard-wrapped source lines make one sentence; raw HTML in it
 * cleaned (html-content.ts: an <img> becomes a Markdown image, other tags go and leave their text).
 */
export function inlineMarkdown(token: Token): string {
  const markdown = token.content.replace(/\s*\n\s*/g, ' ').trim();
  return token.children?.some((c) => c.type === 'html_inline') ? cleanInlineHtml(markdown) : markdown;
}

/** Inlines joined with a space: texts and Markdown joined, each atom's offset moved to where its text now starts. */
function joined(parts: Inline[]): Inline {
  const shown = parts.filter((p) => p.markdown !== '');
  let offset = 0;
  const atoms = shown.flatMap((p) => {
    const moved = (p.atoms ?? []).map((a) => (a.at === undefined ? a : { ...a, at: a.at + offset }));
    offset += p.text.length + 1;
    return moved;
  });
  const marked = shown.flatMap((p) => p.marked ?? []);
  return {
    markdown: shown.map((p) => p.markdown).join(' '),
    text: shown.map((p) => p.text).join(' '),
    atoms,
    ...(marked.length ? { marked } : {}),
  };
}

/** One or more inline tokens (a list item's or a quote's paragraphs) as one Inline: Markdown, plain text, code spans. */
export function inlineOf(tokens: Token[]): Inline {
  return joined(
    tokens.map((t) => {
      const marked = (t.meta as { marked?: string[] } | null)?.marked ?? [];
      return { markdown: inlineMarkdown(t), ...plainInline(t), ...(marked.length ? { marked } : {}) };
    }),
  );
}

/** Inlines joined as one (a list item of several paragraphs). */
export function joinInlines(parts: Inline[]): Inline {
  return joined(parts);
}

/**
 * Text content of a raw HTML block, its references still written (text/html.ts): scripts, styles and tags removed,
 * white space folded. The walker reads the references once the dialects have judged the text.
 */
export function htmlText(html: string): string {
  return stripTags(html).replace(/\s+/g, ' ').trim();
}
