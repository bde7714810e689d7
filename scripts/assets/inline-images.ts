// Images inside inline Markdown (in a paragraph, a list item, a table cell, around a link): their destinations,
// found outside code spans, rewritten to what the asset policy decided.
import { markdownDestination, outsideCode } from '../text/markdown-text.js';
import { describedAlt } from '../text/marp-image-words.js';

/** `![alt](destination "title")`, the destination bare (balanced parentheses allowed) or in <…>. */
const IMAGE =
  /!\[((?:[^\]\\]|\\.)*)\]\(\s*(<[^>\n]*>|(?:[^\s()\\]|\\.|\([^\s()]*\))+)(\s+(?:"[^"]*"|'[^']*'|\([^)]*\)))?\s*\)/g;

/** The destination as written, without its angle brackets and backslash escapes. */
const destination = (raw: string) => (raw.startsWith('<') ? raw.slice(1, -1) : raw).replace(/\\(.)/g, '$1');
const unescapeAlt = (alt: string) => alt.replace(/\\(.)/g, '$1');

/** What an inline image becomes: its new destination, or its alt text in its place (`{ alt: true }`). */
export type ImageRewrite = string | { alt: true };

/**
 * Rewrites every inline image's destination to `fn(src, alt)`, or puts its alt text, as written and without Marp's
 * image keywords, in its place; an image outside code spans only.
 */
export function rewriteImages(markdown: string, fn: (src: string, alt: string) => ImageRewrite): string {
  if (!markdown.includes('![')) return markdown;
  return outsideCode(markdown, (text) =>
    text.replace(IMAGE, (_whole, alt: string, raw: string, title: string | undefined) => {
      const href = fn(destination(raw), unescapeAlt(alt));
      return typeof href === 'string' ? `![${alt}](${markdownDestination(href)}${title ?? ''})` : describedAlt(alt);
    }),
  );
}

/** Whether inline Markdown has words besides its images (a badge in a sentence), not a picture standing alone. */
export function wordsBesideImages(markdown: string): boolean {
  const rest = outsideCode(markdown, (text) => text.replace(IMAGE, ' '));
  return /[\p{L}\p{N}]/u.test(rest.replace(/\]\([^)]*\)/g, ' '));
}
