// Escaping between plain text and Markdown, shared by every stage that writes Markdown.

/**
 * Escapes Markdown syntax (raw HTML, entities and Marp's $math$ included) in plain text so it renders as the same text,
 * and no more: a reader of the Markdown should see "bilateral (dua negara)", not "bilateral \(dua negara\)".
 * Brackets and "<" are always escaped, so "(", ")" and "!" can never form a link or an image and stay as written;
 * "#" and "+" matter only where they open a line ("# x", "+ x"), and "#" at the end of a heading ("C #"). A
 * backslash only escapes punctuation, so "1. x" becomes "1\. x", and a leading "-", "+" or "=" cannot start a
 * list, a rule or a setext underline.
 */
export function escapeInline(text: string): string {
  return text
    .replace(/([\\`*_{}[\]<>|~&$])/g, '\\$1')
    .replace(/^(\s*)(\d+)([.)])(\s|$)/, '$1$2\\$3$4')
    .replace(/^(\s*)([-+=#])/, '$1\\$2')
    .replace(/(\s)(#+\s*)$/, '$1\\$2');
}

/** The plain text of Markdown that escapeInline wrote (slide titles, bullets): backslash escapes removed. */
export function unescapeInline(markdown: string): string {
  return markdown.replace(/\\(.)/g, '$1');
}

/** Text for an HTML comment (speaker notes): "--" cannot end the comment early. */
export function commentSafe(text: string): string {
  return text.replace(/--/g, '‐‐').replace(/<!/g, '<\u200b!');
}

/** A run of backticks longer than any in `text`, and at least `min` long: code delimited by it cannot end early. */
export function backtickRun(text: string, min = 1): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  return '`'.repeat(Math.max(min, longest + 1));
}

/** A link or image destination as Markdown reads it whole: spaces, parentheses and angle brackets percent-encoded. */
export function markdownDestination(url: string): string {
  return url.replace(/[\s()<>]/g, (c) => encodeURIComponent(c));
}

/** Applies fn to the parts of inline Markdown outside its code spans: `<div>` or `![x](y)` in code is code. */
export function outsideCode(markdown: string, fn: (text: string) => string): string {
  // split() with two groups gives: text, run, code, text, run, code, ..., text.
  return markdown.split(/(`+)([\s\S]*?[^`])\1(?!`)/).reduce((out, part, i, parts) => {
    if (i % 3 === 0) return out + fn(part);
    if (i % 3 === 1) return out + part + parts[i + 1]! + part;
    return out;
  }, '');
}
