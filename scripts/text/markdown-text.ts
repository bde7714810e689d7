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

/**
 * Text an author wrote as Markdown outside the body (a front matter title, as Pandoc reads one), as it reads: each
 * backslash escape of ASCII punctuation is the character it escapes; other backslashes stay ("C:\Users").
 */
export function unescapeMarkdown(text: string): string {
  return text.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

/**
 * Inline Markdown with its emphasis marks and backticks taken out, for a note: a link's destination and an
 * autolink stay whole, and an underscore inside a word ("jay_gee", "snake_case") is a letter, not a mark.
 */
export function withoutMarks(markdown: string): string {
  return markdown.replace(
    /(\]\([^)]*\)|<[a-z][a-z0-9+.-]*:[^>\s]*>)|[*`]|(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/giu,
    (_, keep: string | undefined) => keep ?? '',
  );
}

/** Text for an HTML comment (speaker notes): "--" cannot end the comment early. */
export function commentSafe(text: string): string {
  return text.replace(/--/g, '‐‐').replace(/<!/g, '<\u200b!');
}

/**
 * The TeX of text that is only a display formula, `$$ … $$` on one line or several, as Marp reads one: a formula
 * paragraph on a slide, and its speaker note in the handout.
 */
export function displayFormula(text: string): string | undefined {
  return /^\$\$\s*((?:(?!\$\$)[\s\S])+?)\s*\$\$$/.exec(text.trim())?.[1];
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

/** A formula as the tex plugin reads it: `$$…$$`, or `$…$` with no space inside either dollar. */
const MATH = /\$\$[\s\S]+?\$\$|\$(?=\S)(?:\\.|[^$\\\n])+?(?<=\S)\$/g;

/** A code span: a run of backticks up to the same run (a lone run is literal backticks). */
const CODE_SPAN = /(`+)[^`\n][\s\S]*?\1(?!`)|`+/;

/**
 * Text with each formula (`$…$`, `$$…$$`, as the tex plugin reads them) replaced by what `fn` makes of its TeX;
 * code spans are left as written.
 */
export function mapMath(text: string, fn: (tex: string, display: boolean, written: string) => string): string {
  return text.replace(new RegExp(`${CODE_SPAN.source}|${MATH.source}`, 'g'), (m) => {
    if (m.startsWith('`')) return m;
    const display = m.startsWith('$$');
    return fn(m.slice(display ? 2 : 1, display ? -2 : -1).trim(), display, m);
  });
}

/** Applies `fn` to the parts of a text outside formulas: TeX is all braces and backslashes, none of them markup. */
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
 * Applies `fn` to the parts of inline Markdown outside its code spans (a run of n backticks up to the next run of
 * exactly n; a backslash-escaped backtick opens none) and formulas: `<div>`, `![x](y)` or `{.class}` in code or TeX
 * is the author's code or TeX.
 */
export function outsideCode(markdown: string, fn: (text: string) => string): string {
  const apply = (part: string) => outsideMath(part, fn);
  let out = '';
  let from = 0;
  const run = /`+/g;
  for (let m = run.exec(markdown); m; m = run.exec(markdown)) {
    if ((/\\+$/.exec(markdown.slice(from, m.index))?.[0].length ?? 0) % 2 === 1) continue;
    const ticks = m[0];
    const close = new RegExp(`(?<!\`)${ticks}(?!\`)`, 'g');
    close.lastIndex = m.index + ticks.length;
    const end = close.exec(markdown);
    if (!end) continue;
    out += apply(markdown.slice(from, m.index)) + markdown.slice(m.index, end.index + ticks.length);
    from = end.index + ticks.length;
    run.lastIndex = from;
  }
  return out + apply(markdown.slice(from));
}

/** Applies `fn` to the stretches of a Markdown text outside fenced code blocks (``` or ~~~, indented up to 3). */
export function outsideFences(markdown: string, fn: (text: string) => string): string {
  const out: string[] = [];
  let run: string[] = [];
  let fence: string | undefined;
  const flush = () => {
    if (run.length) out.push(fn(run.join('\n')));
    run = [];
  };
  for (const line of markdown.split('\n')) {
    const open = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence) {
      out.push(line);
      if (open && open[0] === fence[0] && open.length >= fence.length && !line.trim().slice(open.length))
        fence = undefined;
    } else if (open) {
      flush();
      out.push(line);
      fence = open;
    } else run.push(line);
  }
  flush();
  return out.join('\n');
}
