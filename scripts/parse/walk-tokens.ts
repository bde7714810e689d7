// Walks markdown-it's tokens (with the frames, figures and drops the dialect rules left) into the document model's
// blocks and headings, each with its file and line. Frames become boxes; headings inside a frame become its title
// or labels, never sections; blocks inside a list item (code, figures) follow the item instead of being lost.
import type Token from 'markdown-it/lib/token.mjs';
import { decodeEntities, htmlToText } from '../text/html.js';
import { escapeInline } from '../text/markdown-text.js';
import { classifyBox, defaultTitle } from './box-kinds.js';
import {
  BOX_OPEN,
  DROPPED,
  FIGURE,
  type BoxMeta,
  type DroppedMeta,
  type FenceMeta,
  type FigureMeta,
} from './dialects/tokens.js';
import { imagesInHtml } from './html-content.js';
import { htmlText, inlineMarkdown, inlineOf, joinInlines, plainText } from './inline-text.js';
import { marpComment } from './dialects/marp-deck.js';
import { cleanInline } from './markdown-it.js';
import type { AuthorDirective, Block, Diagnostic, ListItem, MarkdownDoc, SourcePos } from '../types.js';

export interface Heading {
  level: number;
  title: string;
  pos: SourcePos;
}

export type Item = Block | Heading;

export function isHeading(x: Item): x is Heading {
  return !('type' in x);
}

/** A block before its author directives are attached. */
type Bare = Block extends infer B ? (B extends Block ? Omit<B, 'directives'> : never) : never;

/** Longer than this, a "heading" is prose. */
const MAX_HEADING_WORDS = 24;

const DIRECTIVE = /^<!--\s*deckhand:\s*(split|skip|bullet\s+"((?:[^"\\]|\\.)*)")\s*-->\s*$/i;

/** A heading inside a frame: a bold line of its own. */
function label(h: Heading): Block {
  return {
    type: 'paragraph',
    pos: h.pos,
    markdown: `**${h.title}**`,
    text: h.title.replace(/[*_`\\]/g, ''),
    atoms: [],
    directives: [],
  };
}

const asBlocks = (items: Item[]): Block[] => items.map((x) => (isHeading(x) ? label(x) : x));

const isComment = (html: string) => /^<!--[\s\S]*-->$/.test(html.trim());
/** A speaker note the walker made of a comment. */
const isCode = (x: Item | undefined): boolean => !!x && !isHeading(x) && x.type === 'code';
const isNote = (x: Item): x is Block => !isHeading(x) && x.directives.some((d) => d.kind === 'note');

/**
 * The speaker note a comment is: its text, unless it is a directive for Marp (`<!-- _class: lead -->`), deckhand's
 * own, or a formatter's switch (`<!-- prettier-ignore -->`), which are no notes.
 */
function speakerNote(html: string): string | undefined {
  const content = /^<!--+\s*([\s\S]*?)\s*--+>$/.exec(html.trim())?.[1] ?? '';
  return content && marpComment(content) === 'note' ? content : undefined;
}

/** A speaker note as a block: in the slide's notes and the notes handout, never on the slide (plan/units.ts). */
const noteBlock = (text: string, pos: SourcePos): Block => ({
  type: 'paragraph',
  pos,
  markdown: escapeInline(text),
  text,
  atoms: [],
  directives: [{ kind: 'note' }],
});

/** A paragraph that is one display formula: it stays a block of its own, never part of a list item's text. */
const isFormula = (b: Block) => b.type === 'paragraph' && /^\$\$[\s\S]*\$\$$/.test(b.markdown);

export class Walker {
  readonly diagnostics: Diagnostic[] = [];
  constructor(
    readonly tokens: Token[],
    readonly doc: MarkdownDoc,
  ) {}

  pos(token: Token): SourcePos {
    const mdLine = token.map?.[0] ?? 0;
    return { file: this.doc.source.relPath, line: this.doc.lineMap[mdLine] ?? mdLine + 1 };
  }

  /** Index of the token that closes the one at `start` (same nesting level). */
  closing(start: number): number {
    const open = this.tokens[start]!;
    const closeType = open.type.replace(/_open$/, '_close');
    let depth = 0;
    for (let j = start; j < this.tokens.length; j++) {
      const t = this.tokens[j]!;
      if (t.type === open.type) depth++;
      else if (t.type === closeType && --depth === 0) return j;
    }
    return this.tokens.length - 1;
  }

  note(pos: SourcePos, severity: Diagnostic['severity'], message: string, text?: string): void {
    this.diagnostics.push({
      ...pos,
      severity,
      code: 'dialect',
      message,
      ...(text ? { text: text.slice(0, 160) } : {}),
    });
  }

  /** The blocks and headings of tokens [from, to). */
  walk(from: number, to: number): Item[] {
    const items: Item[] = [];
    let pending: AuthorDirective[] = [];
    const push = (...blocks: (Bare | Block | Heading)[]) => {
      blocks.forEach((b, k) =>
        items.push(
          'type' in b
            ? ({
                ...b,
                directives:
                  k === 0
                    ? [...pending, ...('directives' in b ? b.directives : [])]
                    : 'directives' in b
                      ? b.directives
                      : [],
              } as Block)
            : b,
        ),
      );
      if (blocks.some((b) => 'type' in b)) pending = [];
    };
    for (let i = from; i < to; i++) {
      const t = this.tokens[i]!;
      const pos = this.pos(t);
      const end = t.nesting === 1 ? this.closing(i) : i;
      switch (t.type) {
        case 'heading_open':
          push(...this.heading(this.tokens[i + 1]!, Number(t.tag.slice(1)), pos));
          break;
        case 'paragraph_open':
          push(...this.paragraph(this.tokens[i + 1]!, pos));
          break;
        case 'bullet_list_open':
        case 'ordered_list_open':
          push(...this.list(i, end, pos));
          break;
        case 'table_open':
          push({ type: 'table', pos, ...this.table(i, end) });
          break;
        case 'blockquote_open':
          push(...this.quote(this.walk(i + 1, end), pos));
          break;
        case BOX_OPEN:
          push(...this.box(t.meta as BoxMeta, this.walk(i + 1, end), pos));
          break;
        case 'math_block': {
          // Display math stays a paragraph of its own, as the author wrote it: the planner shows it as an equation.
          const formula = t.content.trim();
          if (formula)
            push({
              type: 'paragraph',
              pos,
              markdown: `$$\n${formula}\n$$`,
              text: `$$${formula}$$`,
              atoms: [{ kind: 'math', text: formula }],
            });
          break;
        }
        case 'fence':
        case 'code_block':
          push(this.code(t, pos));
          break;
        case 'html_block': {
          const directive = DIRECTIVE.exec(t.content.trim());
          if (directive) {
            const kind = directive[1]!.toLowerCase();
            pending.push(
              kind === 'split'
                ? { kind: 'split' }
                : kind === 'skip'
                  ? { kind: 'skip' }
                  : { kind: 'bullet', text: directive[2]!.replace(/\\"/g, '"') },
            );
          } else if (isComment(t.content)) {
            const note = speakerNote(t.content);
            if (note) push(noteBlock(note, pos));
          } else {
            // `<h3>Title</h3>` written as HTML (MkDocs lessons do) is a heading all the same.
            const h = /^<h([1-6])\b[^>]*>([\s\S]*?)<\/h\1>$/i.exec(t.content.trim());
            // Its text is Markdown to the author (MkDocs lessons put `code` in it); its references are read, and what
            // they stand for stays text.
            const title = h && decodeEntities(htmlText(h[2]!)).replace(/[&<>]/g, '\\$&');
            if (h && title) push({ level: Number(h[1]), title, pos });
            else push(...this.html(t.content, pos));
          }
          break;
        }
        case DROPPED: {
          const meta = t.meta as DroppedMeta;
          this.note(pos, 'info', `${meta.dialect}: ${meta.what} left out`, t.content || t.markup);
          break;
        }
        case FIGURE: {
          const meta = t.meta as FigureMeta;
          push({
            type: 'image',
            pos,
            src: meta.src,
            alt: meta.alt || meta.caption || '',
            ...(meta.caption ? { caption: cleanInline(meta.caption, () => undefined) } : {}),
          });
          break;
        }
        case 'admonition_block':
          push(
            ...this.box(
              {
                name: t.attrGet('data-callout') ?? 'note',
                title: t.attrGet('data-callout-title') ?? undefined,
                dialect: 'obsidian',
              },
              this.html(t.content, pos),
              pos,
            ),
          );
          break;
        default:
          break;
      }
      i = end;
    }
    return items;
  }

  heading(inline: Token, level: number, pos: SourcePos): (Bare | Heading)[] {
    const text = plainText(inline);
    // A heading is a title: images and links in it become their text; an empty heading is no section at all.
    const plainOnly = (inline.children ?? []).some((c) => c.type === 'image' || c.type === 'link_open');
    if (!text) {
      this.diagnostics.push({
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
      this.diagnostics.push({
        ...pos,
        severity: 'warning',
        code: 'heading',
        message: `a ${text.split(/\s+/).length}-word heading is kept as a paragraph`,
      });
      return [{ type: 'paragraph', pos, ...inlineOf([inline]) }];
    }
    return [{ level, title: plainOnly ? escapeInline(text) : inlineMarkdown(inline), pos }];
  }

  paragraph(inline: Token, pos: SourcePos): (Bare | Block)[] {
    const children = inline.children ?? [];
    // A comment inside the paragraph is a speaker note too: it follows the paragraph, off the slide.
    const notes = children.flatMap((c) => {
      const note = c.type === 'html_inline' && isComment(c.content) ? speakerNote(c.content) : undefined;
      return note ? [noteBlock(note, pos)] : [];
    });
    return [...this.paragraphOnly(inline, pos), ...notes];
  }

  paragraphOnly(inline: Token, pos: SourcePos): Bare[] {
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

  code(t: Token, pos: SourcePos): Bare | Block {
    const meta = (t.meta ?? {}) as FenceMeta;
    const info = t.info.trim().split(/\s+/)[0] ?? '';
    // Carpentries writes ```output and ```error for what a command printed.
    const output =
      meta.output ??
      (/^(output|error|warning|out|console-output|stdout|stderr)$/i.test(info)
        ? /^(error|stderr)$/i.test(info)
          ? 'error'
          : 'output'
        : undefined);
    const code: Bare = {
      type: 'code',
      pos,
      lang: output && /^(output|error|warning|out|stdout|stderr)$/i.test(info) ? '' : info,
      code: t.content.replace(/\n$/, ''),
      ...(output ? { output } : {}),
    };
    if (!meta.hidden) return code;
    this.note(pos, 'info', 'a code cell the document hides (echo or include false) goes to the speaker notes only');
    return { ...code, directives: [{ kind: 'skip' }] } as Block;
  }

  /** Raw HTML: a `<pre>` is code; otherwise its text (template output left out), or nothing. */
  html(content: string, pos: SourcePos): Block[] {
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
      this.note(pos, 'info', 'template expression of a live HTML demo left out', m);
      return ' ';
    });
    // References are read last: "&lt;div&gt;" is text that names a tag, which the dialects must not take for one.
    const text = decodeEntities(cleanInline(live, (what, m) => this.note(pos, 'info', `${what} left out`, m)))
      .replace(/\s+/g, ' ')
      .trim();
    if (text) return [...images, { type: 'paragraph', pos, markdown: escapeInline(text), text, directives: [] }];
    if (images.length) return images;
    if (!/^<!--[\s\S]*-->$/.test(content.trim())) {
      this.diagnostics.push({
        ...pos,
        severity: 'info',
        code: 'html',
        message: 'raw HTML block without text dropped',
        text: content.trim().slice(0, 120),
      });
    }
    return [];
  }

  /** A blockquote of paragraphs is a quote; one that holds more (a heading, code, a list) is a callout. */
  quote(inner: Item[], pos: SourcePos): (Bare | Item)[] {
    if (inner.every((x) => !isHeading(x) && x.type === 'paragraph' && !isFormula(x))) {
      const quoted = joinInlines(inner as Extract<Block, { type: 'paragraph' }>[]);
      return quoted.markdown ? [{ type: 'quote', pos, ...quoted }] : [];
    }
    return this.box({ name: 'quote', dialect: 'markdown' }, inner, pos);
  }

  /**
   * A frame: a box of its role and style, a group whose content stands in the flow, or a set of exercises. A group
   * that holds headings (a tab that holds a whole lesson) keeps them, its label a heading above them.
   */
  box(meta: BoxMeta, inner: Item[], pos: SourcePos): Item[] {
    const lead = inner[0] && isHeading(inner[0]) && !meta.title ? inner[0] : undefined;
    const title = meta.title ?? lead?.title;
    const kind = classifyBox({ ...meta, title });
    const rest = lead && kind.kind === 'box' ? inner.slice(1) : inner;
    if (kind.kind === 'group') {
      if (!kind.known) this.note(pos, 'info', `${meta.dialect}: unknown frame "${meta.name}" shown without its frame`);
      // A labelled tab (MkDocs' `=== "R"`) that holds a lesson keeps its headings under its label; in a tab set
      // without labels (Quarto's panel-tabset) the headings are the tabs' labels.
      const levels = inner.filter(isHeading).map((h) => h.level);
      if (levels.length && meta.title)
        return [{ level: Math.max(1, Math.min(...levels) - 1), title: meta.title, pos }, ...inner];
      return [...(meta.title ? [label({ level: 0, title: meta.title, pos })] : []), ...asBlocks(inner)];
    }
    if (kind.kind === 'exercises') {
      const out: Block[] = [];
      for (const item of inner) {
        if (isHeading(item))
          out.push({
            type: 'box',
            pos: item.pos,
            role: 'exercise',
            style: 'important',
            title: item.title,
            blocks: [],
            directives: [],
          });
        else {
          const last = out.at(-1);
          if (last?.type === 'box' && last.role === 'exercise') last.blocks.push(item);
          else out.push(item);
        }
      }
      return out;
    }
    const shownTitle = kind.title ?? title ?? (kind.role === 'callout' ? defaultTitle(meta) : undefined);
    return [
      {
        type: 'box',
        pos,
        role: kind.role,
        style: kind.style,
        ...(shownTitle ? { title: shownTitle } : {}),
        blocks: asBlocks(rest),
        directives: [],
      },
    ];
  }

  /**
   * A list; a block inside an item other than its text and sub-lists (code, a figure, a frame) follows the list
   * of the items up to it, and the list goes on after it, numbers counting on.
   */
  list(start: number, end: number, pos: SourcePos): Block[] {
    const open = this.tokens[start]!;
    const ordered = open.type === 'ordered_list_open';
    const first = ordered ? Number(open.attrGet('start') ?? 1) : undefined;
    const out: Block[] = [];
    let items: ListItem[] = [];
    let at = pos;
    let count = 0;
    const notes: Block[] = [];
    const flush = () => {
      if (items.length) out.push({ type: 'list', pos: at, ordered, items, directives: [] });
      items = [];
    };
    for (let j = start + 1; j < end; j++) {
      if (this.tokens[j]!.type !== 'list_item_open') continue;
      const close = this.closing(j);
      const inner = this.walk(j + 1, close);
      const number = first === undefined ? undefined : first + count++;
      let k = 0;
      const parts: Extract<Block, { type: 'paragraph' }>[] = [];
      const children: ListItem[] = [];
      // A speaker note written in an item follows the list, so that the item keeps its own words only.
      notes.push(...inner.filter(isNote));
      const own = inner.filter((b) => !isNote(b));
      for (; k < own.length; k++) {
        const b = own[k]!;
        if (
          isHeading(b) ||
          (b.type !== 'paragraph' && b.type !== 'list') ||
          isFormula(b) ||
          (b.type === 'paragraph' && children.length)
        )
          break;
        if (b.type === 'paragraph') parts.push(b);
        else children.push(...b.items);
      }
      const text = joinInlines(parts);
      if (!items.length) at = this.pos(this.tokens[j]!);
      // An ordered item that is only code (a multiple-choice option) keeps its number, above its code; one that opens
      // with a picture (Word's numbered steps) gives no empty number: the picture and its text follow the list.
      if (text.markdown || children.length || (number !== undefined && isCode(own[k])))
        items.push({ ...text, children, ...(number === undefined ? {} : { number }) });
      if (k < own.length) {
        flush();
        out.push(...asBlocks(own.slice(k)));
      }
      j = close;
    }
    flush();
    return [...out, ...notes];
  }

  table(start: number, end: number): { header: string[]; rows: string[][] } {
    const header: string[] = [];
    const rows: string[][] = [];
    let row: string[] | undefined;
    let inHead = false;
    for (let j = start; j < end; j++) {
      const t = this.tokens[j]!;
      if (t.type === 'thead_open') inHead = true;
      else if (t.type === 'thead_close') inHead = false;
      else if (t.type === 'tr_open') row = [];
      else if (t.type === 'tr_close' && row) {
        if (inHead) header.push(...row);
        else rows.push(row);
        row = undefined;
      } else if (t.type === 'inline' && row) row.push(inlineMarkdown(t));
    }
    return { header, rows };
  }
}
