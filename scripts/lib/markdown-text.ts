// Escaping between plain text and Markdown, shared by every stage that writes Markdown.

/** Escapes Markdown syntax (and raw HTML) in plain text so it renders as the same text. */
export function escapeInline(text: string): string {
  return text.replace(/([\\`*_{}[\]<>()#+!|~])/g, '\\$1').replace(/^(\s*)(-|\d+[.)])(\s)/, '$1\\$2$3');
}

/** Text for an HTML comment (speaker notes): "--" cannot end the comment early. */
export function commentSafe(text: string): string {
  return text.replace(/--/g, '‐‐').replace(/<!/g, '<\u200b!');
}
