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

/** Plain text of an inline token: what a reader sees, without Markdown syntax. */
export function plainText(token: Token): string {
  return (token.children ?? []).map(childText).join('').replace(/\s+/g, ' ').trim();
}

/** An inline token's code spans and formulas, in order. */
function atomsOf(token: Token): InlineAtom[] {
  return (token.children ?? []).flatMap((c): InlineAtom[] =>
    c.type === 'code_inline'
      ? [{ kind: 'code', text: c.content }]
      : c.type === 'math_inline'
        ? [{ kind: 'math', text: c.content }]
        : [],
  );
}

/**
 * Inline Markdown with soft line breaks joined, so hard-wrapped source lines make one sentence; raw HTML in it
 * cleaned (html-content.ts: an <img> becomes a Markdown image, other tags go and leave their text).
 */
export function inlineMarkdown(token: Token): string {
  const markdown = token.content.replace(/\s*\n\s*/g, ' ').trim();
  return token.children?.some((c) => c.type === 'html_inline') ? cleanInlineHtml(markdown) : markdown;
}

/** One or more inline tokens (a list item's or a quote's paragraphs) as one Inline: Markdown, plain text, code spans. */
export function inlineOf(tokens: Token[]): Inline {
  const shown = tokens.filter((t) => inlineMarkdown(t) !== '');
  const marked = shown.flatMap((t) => (t.meta as { marked?: string[] } | null)?.marked ?? []);
  return {
    markdown: shown.map(inlineMarkdown).join(' '),
    text: shown.map(plainText).join(' '),
    atoms: shown.flatMap(atomsOf),
    ...(marked.length ? { marked } : {}),
  };
}

/** Inlines joined as one (a list item of several paragraphs). */
export function joinInlines(parts: Inline[]): Inline {
  const shown = parts.filter((p) => p.markdown !== '');
  const marked = shown.flatMap((p) => p.marked ?? []);
  return {
    markdown: shown.map((p) => p.markdown).join(' '),
    text: shown.map((p) => p.text).join(' '),
    atoms: shown.flatMap((p) => p.atoms ?? []),
    ...(marked.length ? { marked } : {}),
  };
}

/**
 * Text content of a raw HTML block, its references still written (text/html.ts): scripts, styles and tags removed,
 * white space folded. The walker reads the references once the dialects have judged the text.
 */
export function htmlText(html: string): string {
  return stripTags(html).replace(/\s+/g, ' ').trim();
}
