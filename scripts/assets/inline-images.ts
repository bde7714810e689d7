// Images inside inline Markdown (in a paragraph, a list item, a table cell, around a link): their destinations,
// found outside code spans, rewritten to what the asset policy decided.
import { markdownDestination, outsideCode } from '../text/markdown-text.js';

/** `![alt](destination "title")`, the destination bare (balanced parentheses allowed) or in <…>. */
const IMAGE =
  /!\[((?:[^\]\\]|\\.)*)\]\(\s*(<[^>\n]*>|(?:[^\s()\\]|\\.|\([^\s()]*\))+)(\s+(?:"[^"]*"|'[^']*'|\([^)]*\)))?\s*\)/g;

/** The destination as written, without its angle brackets and backslash escapes. */
const destination = (raw: string) => (raw.startsWith('<') ? raw.slice(1, -1) : raw).replace(/\\(.)/g, '$1');
const unescapeAlt = (alt: string) => alt.replace(/\\(.)/g, '$1');

/** Rewrites every inline image's destination to `fn(src, alt)`; an image outside code spans only. */
export function rewriteImages(markdown: string, fn: (src: string, alt: string) => string): string {
  if (!markdown.includes('![')) return markdown;
  return outsideCode(markdown, (text) =>
    text.replace(IMAGE, (_whole, alt: string, raw: string, title: string | undefined) => {
      const href = fn(destination(raw), unescapeAlt(alt));
      return `![${alt}](${markdownDestination(href)}${title ?? ''})`;
    }),
  );
}
