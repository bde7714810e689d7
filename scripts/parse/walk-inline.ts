// Walks the blocks of text: headings, paragraphs (a paragraph of pictures alone is pictures, a comment in one a
// speaker note) and raw HTML, which is code, a picture, text or nothing.
import type Token from 'markdown-it/lib/token.mjs';
import { decodeEntities, htmlToText } from '../text/html.js';
import { escapeInline } from '../text/markdown-text.js';
import { imagesInHtml } from './html-content.js';
import { htmlText, inlineMarkdown, inlineOf, plainText } from './inline-text.js';
import { cleanInline } from './markdown-it.js';
import { type Bare, type Heading, isComment, noteBlock, speakerNote, type TokenWalker } from './walk-items.js';
import type { Block, SourcePos } from '../types.js';

/** Longer than this, a "heading" is prose. */
const MAX_HEADING_WORDS = 24;

/** A heading as a heading item; an empty one is none, and one as long as prose is a paragraph. */
export function walkHeading(w: TokenWalker, inline: Token, level: number, pos: SourcePos): (Bare | Heading)[] {
  const text = plainText(inline);
  // A heading is a title: images and links in it become their text; an empty heading is no section at all.
  const plainOnly = (inline.children ?? []).some((c) => c.type === 'image' || c.type === 'link_open');
  if (!text) {
    w.diagnostics.push({
      ...pos,
      severity: 'info',
      code: 'heading',
      message: 'empty heading ignored',
      text: inline.content,
    });
    return [];
  }
  if (text.split(/\s+/).length > MAX_HEADING_WORDS) {
    // Prose is not a title: most often a paragraph that a following "---" turned into a setext heading.
    w.diagnostics.push({
      ...pos,
      severity: 'warning',
      code: 'heading',
      message: `a ${text.split(/\s+/).length}-word heading is kept as a paragraph`,
    });
    return [{ type: 'paragraph', pos, ...inlineOf([inline]) }];
  }
  return [{ level, title: plainOnly ? escapeInline(text) : inlineMarkdown(inline), pos }];
}

/** A paragraph, then the speaker notes written in it. */
export function walkParagraph(inline: Token, pos: SourcePos): (Bare | Block)[] {
  const children = inline.children ?? [];
  // A comment inside the paragraph is a speaker note too: it follows the paragraph, off the slide.
  const notes = children.flatMap((c) => {
    const note = c.type === 'html_inline' && isComment(c.content) ? speakerNote(c.content) : undefined;
    return note ? [noteBlock(note, pos)] : [];
  });
  return [...paragraphOnly(inline, pos), ...notes];
}

function paragraphOnly(inline: Token, pos: SourcePos): Bare[] {
  const children = inline.children ?? [];
  const images = children.filter((c) => c.type === 'image');
  // Around pictures: white space, line breaks, and the links a picture may stand in (a video's thumbnail, badges).
  const frame = (c: Token) =>
    (c.type === 'text' && !c.content.trim()) || /^(softbreak|hardbreak|link_open|link_close)$/.test(c.type);
  // A paragraph of pictures and nothing else (one, or a row of them) is a picture block each, in order.
  if (images.length && children.every((c) => c.type === 'image' || frame(c)))
    return images.map((image) => ({ type: 'image', pos, src: image.attrGet('src') ?? '', alt: image.content }));
  // A paragraph of nothing but HTML that loads or runs things (a <video>, an <iframe>) has nothing left to show.
  const shown = inlineOf([inline]);
  return plainText(inline) && shown.markdown ? [{ type: 'paragraph', pos, ...shown }] : [];
}

/** Raw HTML: a `<pre>` is code; otherwise its text (template output left out), or nothing. */
export function walkHtml(w: TokenWalker, content: string, pos: SourcePos): Block[] {
  const pre = /^<pre\b[^>]*>\n?([\s\S]*?)<\/pre>\s*$/i.exec(content.trim());
  if (pre)
    return [
      {
        type: 'code',
        pos,
        lang: '',
        code: htmlToText(pre[1]!, '').replace(/\n$/, ''),
        directives: [],
      },
    ];
  // An <img> the author wrote in HTML is still a picture to show (the asset policy judges its source).
  const images: Block[] = imagesInHtml(content).map((i) => ({
    type: 'image',
    pos,
    src: i.src,
    alt: i.alt,
    directives: [],
  }));
  // A raw HTML block with `{{ … }}` in it is a live template (a Vue or Alpine demo): its text only means something running.
  const live = htmlText(content).replace(/\{\{[\s\S]*?\}\}/g, (m) => {
    w.note(pos, 'info', 'template expression of a live HTML demo left out', m);
    return ' ';
  });
  // References are read last: "&lt;div&gt;" is text that names a tag, which the dialects must not take for one.
  const text = decodeEntities(cleanInline(live, (what, m) => w.note(pos, 'info', `${what} left out`, m)))
    .replace(/\s+/g, ' ')
    .trim();
  if (text) return [...images, { type: 'paragraph', pos, markdown: escapeInline(text), text, directives: [] }];
  if (images.length) return images;
  if (!/^<!--[\s\S]*-->$/.test(content.trim())) {
    w.diagnostics.push({
      ...pos,
      severity: 'info',
      code: 'html',
      message: 'raw HTML block without text dropped',
      text: content.trim().slice(0, 120),
    });
  }
  return [];
}
