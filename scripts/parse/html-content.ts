// Raw HTML an author wrote among the Markdown. No slide or handout renders raw HTML, so nothing in it can run or
// load; but an <img> is a picture the author meant to show: it becomes a Markdown image, which the asset policy
// then judges like any other. Elements that only load or run things (video, iframe, script, ...) go whole; any
// other tag goes and leaves its text, so that no markup reaches a slide as text.
import { markdownDestination, outsideCode } from '../text/markdown-text.js';

/** Elements dropped with their content: what they hold is fallback text, code, or something to load. */
const DROPPED = 'script|style|iframe|noscript|template|object|embed|video|audio|picture|svg|canvas|map|link';
const DROPPED_ELEMENT = new RegExp(
  `<(${DROPPED})\\b[^>]*>[\\s\\S]*?<\\/\\1\\s*>|<(?:${DROPPED}|source|track|param|area|base|meta)\\b[^>]*\\/?>`,
  'gi',
);
/** A tag: a name right after "<" or "</" and then a space, "/" or ">" (so an autolink <https://…> is not one). */
const TAG = /<\/?[a-zA-Z][\w-]*(?=[\s/>])[^>]*>/g;
const IMG = /<img\b[^>]*>/gi;
const COMMENT = /<!--[\s\S]*?-->/g;

/** An HTML tag's attribute value, entities left as written. */
function attr(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return m ? (m[2] ?? m[3] ?? m[4]) : undefined;
}

/** Every <img> in a piece of HTML, with its source and alt text. */
export function imagesInHtml(html: string): { src: string; alt: string }[] {
  return [...html.matchAll(IMG)]
    .map((m) => ({ src: attr(m[0], 'src') ?? '', alt: attr(m[0], 'alt') ?? '' }))
    .filter((i) => i.src);
}

/** Markdown for an image: the alt text's brackets escaped, the destination percent-encoded where Markdown needs it. */
export function imageMarkdown(src: string, alt: string): string {
  return `![${alt.replace(/([[\]\\])/g, '\\$1')}](${markdownDestination(src)})`;
}

/** Inline Markdown with its raw HTML cleaned: images as Markdown images, loaders gone, other tags gone, text kept. */
export function cleanInlineHtml(markdown: string): string {
  if (!markdown.includes('<')) return markdown;
  return outsideCode(markdown, (text) =>
    text
      .replace(COMMENT, '')
      .replace(DROPPED_ELEMENT, '')
      .replace(IMG, (tag) => {
        const src = attr(tag, 'src');
        return src ? imageMarkdown(src, attr(tag, 'alt') ?? '') : '';
      })
      .replace(TAG, '')
      .replace(/[ \t]{2,}/g, ' '),
  ).trim();
}
