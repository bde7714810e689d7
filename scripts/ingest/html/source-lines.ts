// Marks the block elements of a saved page with the source line of their start tag (data-dh-line), from
// htmlparser2's token positions, so the Markdown made from the article can point back into the HTML file.
import { Parser } from 'htmlparser2';

/** The attribute that carries an element's source line through Readability and into the Markdown. */
export const LINE_ATTR = 'data-dh-line';

const MARKED = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'dt',
  'dd',
  'pre',
  'blockquote',
  'figure',
  'figcaption',
  'img',
  'picture',
  'table',
  'tr',
  'td',
  'th',
  'div',
  'section',
  'article',
  'header',
  'footer',
  'aside',
  'nav',
  'ul',
  'ol',
  'span',
  'a',
]);

/** Offsets where each line starts, for a binary search from offset to line. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function lineAt(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/** The page with `data-dh-line="N"` added to each block start tag; scripts, styles and comments are left as they are. */
export function annotateLines(html: string): string {
  const starts = lineStarts(html);
  const marks: { at: number; line: number }[] = [];
  const parser = new Parser(
    {
      onopentagname(name) {
        const at = parser.startIndex;
        // Tags the parser implies (a </p> with no <p>) are not in the text: only a real "<name" is marked.
        if (!MARKED.has(name) || html.slice(at, at + 1 + name.length).toLowerCase() !== `<${name}`) return;
        marks.push({ at: at + 1 + name.length, line: lineAt(starts, at) });
      },
    },
    { decodeEntities: false, lowerCaseTags: true },
  );
  parser.end(html);
  const out: string[] = [];
  let from = 0;
  for (const { at, line } of marks) {
    out.push(html.slice(from, at), ` ${LINE_ATTR}="${line}"`);
    from = at;
  }
  out.push(html.slice(from));
  return out.join('');
}

/** The source line an element (or its nearest marked ancestor) came from. */
export function lineOfElement(element: Element | null, fallback = 1): number {
  for (let e = element; e; e = e.parentElement) {
    const line = Number(e.getAttribute(LINE_ATTR));
    if (line > 0) return line;
  }
  return fallback;
}
