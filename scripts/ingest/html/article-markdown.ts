// The article's DOM -> Markdown with turndown and its GFM tables, and a source line for every Markdown line:
// each block's first text carries its HTML line through turndown as a private-use marker, read back and removed.
import type TurndownService from 'turndown';
import { requireCjs } from '../../require-cjs.js';
import { LINE_ATTR, lineOfElement } from './source-lines.js';

const Turndown = requireCjs('turndown') as typeof TurndownService;
const { gfm } = requireCjs('@joplin/turndown-plugin-gfm') as { gfm: TurndownService.Plugin };

/** Attribute of a span holding TeX (set by the page preparation); turndown writes it as $…$ or $$…$$. */
export const MATH_ATTR = 'data-dh-math';
/** Attributes of a div that is a frame (an AsciiDoc admonition): turndown writes it as a fenced div with its title. */
export const FRAME_ATTR = 'data-dh-frame';
export const FRAME_TITLE_ATTR = 'data-dh-title';

// Private-use characters: no page text contains them, and turndown neither escapes nor collapses them.
const OPEN = '\uE000';
const CLOSE = '\uE001';
const MARK = /\uE000(\d+)\uE001/g;
// Page parts with no text for a reader (or none that can be shown without running or loading something).
const REMOVED = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'BUTTON',
  'FORM',
  'INPUT',
  'SELECT',
  'TEXTAREA',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'VIDEO',
  'AUDIO',
  'svg',
  'SVG',
  'CANVAS',
]);
const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, dt, dd, blockquote, pre, figure, td, th, caption';

function converter(): TurndownService {
  const td = new Turndown({
    headingStyle: 'atx',
    codeBlockStyle: 'fenced',
    bulletListMarker: '-',
    emDelimiter: '_',
    hr: '',
  });
  td.use(gfm);
  td.remove((node) => REMOVED.has(node.nodeName));
  // A rule between articles is decoration; in Marp Markdown it would even end the slide.
  td.addRule('rule', { filter: 'hr', replacement: () => '\n\n' });
  td.addRule('math', {
    filter: (node) => node.nodeName === 'SPAN' && node.hasAttribute(MATH_ATTR),
    replacement: (_content, node) => {
      const tex = (node as HTMLElement).getAttribute(MATH_ATTR)!;
      return (node as HTMLElement).getAttribute('data-display') === 'block' ? `\n\n$$\n${tex}\n$$\n\n` : `$${tex}$`;
    },
  });
  td.addRule('frame', {
    filter: (node) => node.nodeName === 'DIV' && node.hasAttribute(FRAME_ATTR),
    replacement: (content, node) => {
      const name = (node as HTMLElement).getAttribute(FRAME_ATTR)!;
      const title = (node as HTMLElement).getAttribute(FRAME_TITLE_ATTR)?.replace(/"/g, '\u201d');
      return `\n\n${title ? `::: {.${name} title="${title}"}` : `::: ${name}`}\n\n${content.trim()}\n\n:::\n\n`;
    },
  });
  return td;
}

let cached: TurndownService | undefined;

/** Puts a line marker before the first text of every block, so it survives into the line that block becomes. */
function markLines(root: Element): void {
  const doc = root.ownerDocument;
  for (const block of root.querySelectorAll(BLOCKS)) {
    const walker = doc.createTreeWalker(block, 4 /* NodeFilter.SHOW_TEXT */);
    let text = walker.nextNode() as Text | null;
    while (text && !text.data.trim()) text = walker.nextNode() as Text | null;
    if (!text || (text.previousSibling?.nodeType === 3 && (text.previousSibling as Text).data.includes(OPEN))) continue;
    // Leading white space is insignificant at a block's start; left after the marker it would indent the line.
    text.data = text.data.replace(/^\s+/, '');
    const line = block.hasAttribute(LINE_ATTR) ? lineOfElement(block) : lineOfElement(text.parentElement);
    text.parentNode!.insertBefore(doc.createTextNode(`${OPEN}${line}${CLOSE}`), text);
  }
}

/** Markdown of the article element, and for each of its lines the HTML source line it came from. */
export function articleMarkdown(root: Element): { markdown: string; lineMap: number[] } {
  markLines(root);
  cached ??= converter();
  const lines = cached.turndown(root.innerHTML).split('\n');
  const lineMap: number[] = [];
  let last = Number(new RegExp(MARK.source).exec(lines.join('\n'))?.[1] ?? 1);
  const markdown = lines.map((line) => {
    const found = new RegExp(MARK.source).exec(line);
    if (found) last = Number(found[1]);
    lineMap.push(last);
    return line.replace(MARK, '');
  });
  return { markdown: markdown.join('\n'), lineMap };
}

/** An HTML fragment (a notebook's table output) as Markdown: tables as pipe tables; styles, scripts and forms go. */
export function htmlToMarkdown(html: string): string {
  cached ??= converter();
  return cached.turndown(html).replace(MARK, '');
}
