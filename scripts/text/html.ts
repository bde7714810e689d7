// HTML and plain text, both ways, for every phase: escaping text for the pages deckhand writes (print page,
// handouts, index), and the one way text comes out of HTML (tags gone, character references read by the
// `entities` package, which htmlparser2 uses too).
import { decodeHTMLStrict } from 'entities';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/**
 * HTML character references as the characters they stand for, every name HTML knows ("&amp;" -> "&",
 * "&mdash;" -> "—", "&#8217;" -> "’", "&nbsp;" -> U+00A0). A reference needs its ";", as CommonMark reads them:
 * "AT&T" and "&copy 2024" in text stay as written.
 */
export function decodeEntities(text: string): string {
  return text.includes('&') ? decodeHTMLStrict(text) : text;
}

/** Elements whose content is no text: code to run, styles, templates, fallbacks. */
const NOT_TEXT = /<(script|style|iframe|noscript|template)\b[\s\S]*?<\/\1\s*>/gi;

/**
 * The text of a piece of HTML with its references still written: comments and non-text elements gone, every
 * other tag replaced by `tag` (a space keeps words apart), white space as it was. For text that is judged as
 * markup still (a tag named in text must not become one), before decodeEntities.
 */
export function stripTags(html: string, tag = ' '): string {
  return html
    .replace(NOT_TEXT, tag)
    .replace(/<!--[\s\S]*?-->/g, tag)
    .replace(/<[^>]*>/g, tag);
}

/** The text of a piece of HTML: stripTags, then its character references read. */
export function htmlToText(html: string, tag = ' '): string {
  return decodeEntities(stripTags(html, tag));
}
