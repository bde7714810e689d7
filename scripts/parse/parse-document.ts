// Parses Markdown with markdown-it into the document model: sections of blocks, each with file and line.
import { tex } from '@mdit/plugin-tex';
import type MarkdownItModule from 'markdown-it';
import { requireCjs } from '../require-cjs.js';
import type Token from 'markdown-it/lib/token.mjs';
import { titleFromFileName } from '../ingest/titles.js';
import { cleanInlineHtml, imagesInHtml } from './html-content.js';
import { escapeInline, unescapeInline } from '../text/markdown-text.js';
import type { AuthorDirective, Block, Diagnostic, DocModel, Inline, InlineAtom, ListItem, MarkdownDoc, Section, SourcePos } from '../types.js';

// html: true so raw HTML reaches us as tokens we can judge (deckhand directives, pull quotes) instead of text.
// Formulas ($…$ and $$ blocks, as Marp reads them) become math tokens: a formula is one unit, like inline code.
const MarkdownIt = requireCjs('markdown-it') as typeof MarkdownItModule;
const md = new MarkdownIt({ html: true, linkify: false, typographer: false }).use(tex, { delimiters: 'dollars', render: (content) => content });

/** Longer than this, a "heading" is prose. */
const MAX_HEADING_WORDS = 24;

const DIRECTIVE = /^<!--\s*deckhand:\s*(split|skip|bullet\s+"((?:[^"\\]|\\.)*)")\s*-->\s*$/i;

/** A child token as plain text: text and code as they read, a formula as `$TeX$`, breaks as spaces. */
function childText(c: Token): string {
  if (c.type === 'text' || c.type === 'code_inline') return c.content;
  if (c.type === 'math_inline') return `$${c.content}$`;
  return c.type === 'softbreak' || c.type === 'hardbreak' ? ' ' : '';
}

/** Plain text of an inline token: what a reader sees, without Markdown syntax. */
function plainText(token: Token): string {
  return (token.children ?? []).map(childText).join('').replace(/\s+/g, ' ').trim();
}

/** An inline token's code spans and formulas, in order. */
function atomsOf(token: Token): InlineAtom[] {
  return (token.children ?? []).flatMap((c): InlineAtom[] =>
    c.type === 'code_inline' ? [{ kind: 'code', text: c.content }] : c.type === 'math_inline' ? [{ kind: 'math', text: c.content }] : [],
  );
}

/** Inline Markdown with soft line breaks joined, so hard-wrapped source lines make one sentence. */
function inlineMarkdown(token: Token): string {
  const markdown = token.content.replace(/\s*\n\s*/g, ' ').trim();
  return token.children?.some((c) => c.type === 'html_inline') ? cleanInlineHtml(markdown) : markdown;
}

/** One or more inline tokens (a list item's or a quote's paragraphs) as one Inline: Markdown, plain text, code spans. */
function inlineOf(tokens: Token[]): Inline {
  const shown = tokens.filter((t) => inlineMarkdown(t) !== '');
  return { markdown: shown.map(inlineMarkdown).join(' '), text: shown.map(plainText).join(' '), atoms: shown.flatMap(atomsOf) };
}

/** Text content of a raw HTML block: scripts, styles and tags removed. */
export function htmlText(html: string): string {
  return html
    .replace(/<(script|style|iframe|noscript|template)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

class Walker {
  i = 0;
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

  /** The items of the list that opens at `start`; an ordered list's items keep their numbers. */
  listItems(start: number, end: number): ListItem[] {
    const items: ListItem[] = [];
    const open = this.tokens[start]!;
    const first = open.type === 'ordered_list_open' ? Number(open.attrGet('start') ?? 1) : undefined;
    for (let j = start + 1; j < end; j++) {
      const t = this.tokens[j]!;
      if (t.type !== 'list_item_open') continue;
      const close = this.closing(j);
      const inlines: Token[] = [];
      const children: ListItem[] = [];
      for (let k = j + 1; k < close; k++) {
        const c = this.tokens[k]!;
        if (c.type === 'inline') inlines.push(c);
        else if (c.type === 'bullet_list_open' || c.type === 'ordered_list_open') {
          const nestedEnd = this.closing(k);
          children.push(...this.listItems(k, nestedEnd));
          k = nestedEnd;
        }
      }
      items.push({ ...inlineOf(inlines), children, ...(first === undefined ? {} : { number: first + items.length }) });
      j = close;
    }
    return items;
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

interface Heading {
  level: number;
  title: string;
  pos: SourcePos;
}

/** MarkdownDoc -> DocModel. Never throws on content: odd blocks become text or diagnostics. */
export function parseDocument(doc: MarkdownDoc): DocModel {
  const tokens = md.parse(doc.markdown, {});
  const w = new Walker(tokens, doc);
  const diagnostics: Diagnostic[] = [...doc.diagnostics];
  const items: (Block | Heading)[] = [];
  let pending: AuthorDirective[] = [];
  type Bare = Block extends infer B ? (B extends Block ? Omit<B, 'directives'> : never) : never;
  const push = (block: Bare) => {
    items.push({ ...block, directives: pending } as Block);
    pending = [];
  };

  for (w.i = 0; w.i < tokens.length; w.i++) {
    const t = tokens[w.i]!;
    const pos = w.pos(t);
    switch (t.type) {
      case 'heading_open': {
        const inline = tokens[w.i + 1]!;
        const text = plainText(inline);
        // A heading is a title: images and links in it become their text; an empty heading is no section at all.
        const plainOnly = (inline.children ?? []).some((c) => c.type === 'image' || c.type === 'link_open');
        if (!text) diagnostics.push({ ...pos, severity: 'info', code: 'heading', message: 'empty heading ignored', text: inline.content });
        else if (text.split(/\s+/).length > MAX_HEADING_WORDS) {
          // Prose is not a title: most often a paragraph that a following "---" turned into a setext heading.
          diagnostics.push({ ...pos, severity: 'warning', code: 'heading', message: `a ${text.split(/\s+/).length}-word heading is kept as a paragraph` });
          push({ type: 'paragraph', pos, ...inlineOf([inline]) });
        } else items.push({ level: Number(t.tag.slice(1)), title: plainOnly ? escapeInline(text) : inlineMarkdown(inline), pos });
        w.i = w.closing(w.i);
        break;
      }
      case 'paragraph_open': {
        const inline = tokens[w.i + 1]!;
        const children = inline.children ?? [];
        const image = children.find((c) => c.type === 'image');
        const onlyImage = image && children.every((c) => c === image || (c.type === 'text' && !c.content.trim()) || c.type === 'softbreak');
        if (onlyImage) push({ type: 'image', pos, src: image.attrGet('src') ?? '', alt: image.content });
        else {
          // A paragraph of nothing but HTML that loads or runs things (a <video>, an <iframe>) has nothing left to show.
          const shown = inlineOf([inline]);
          if (plainText(inline) && shown.markdown) push({ type: 'paragraph', pos, ...shown });
        }
        w.i = w.closing(w.i);
        break;
      }
      case 'bullet_list_open':
      case 'ordered_list_open': {
        const end = w.closing(w.i);
        push({ type: 'list', pos, ordered: t.type === 'ordered_list_open', items: w.listItems(w.i, end) });
        w.i = end;
        break;
      }
      case 'table_open': {
        const end = w.closing(w.i);
        push({ type: 'table', pos, ...w.table(w.i, end), caption: takeCaption(items) });
        w.i = end;
        break;
      }
      case 'blockquote_open': {
        const end = w.closing(w.i);
        const inlines = tokens.slice(w.i, end).filter((x) => x.type === 'inline');
        const { markdown, text } = inlineOf(inlines);
        if (markdown) push({ type: 'quote', pos, markdown, text });
        w.i = end;
        break;
      }
      case 'math_block': {
        // Display math stays a paragraph of its own, as the author wrote it: the planner shows it as an equation.
        const formula = t.content.trim();
        if (formula) push({ type: 'paragraph', pos, markdown: `$$\n${formula}\n$$`, text: `$$${formula}$$`, atoms: [{ kind: 'math', text: formula }] });
        break;
      }
      case 'fence':
      case 'code_block':
        push({ type: 'code', pos, lang: t.info.trim().split(/\s+/)[0] ?? '', code: t.content.replace(/\n$/, '') });
        break;
      case 'html_block': {
        const directive = DIRECTIVE.exec(t.content.trim());
        if (directive) {
          const kind = directive[1]!.toLowerCase();
          pending.push(kind === 'split' ? { kind: 'split' } : kind === 'skip' ? { kind: 'skip' } : { kind: 'bullet', text: directive[2]!.replace(/\\"/g, '"') });
          break;
        }
        // An <img> the author wrote in HTML is still a picture to show (the asset policy judges its source).
        for (const image of imagesInHtml(t.content)) push({ type: 'image', pos, src: image.src, alt: image.alt });
        const text = htmlText(t.content);
        if (text) push({ type: 'paragraph', pos, markdown: escapeInline(text), text });
        else if (!/^<!--[\s\S]*-->$/.test(t.content.trim()) && !imagesInHtml(t.content).length) {
          diagnostics.push({ ...pos, severity: 'info', code: 'html', message: 'raw HTML block without text dropped', text: t.content.trim().slice(0, 120) });
        }
        break;
      }
      default:
        break;
    }
  }
  return assemble(doc, items, diagnostics);
}

const CAPTION = /^(?:tabel|table|tab\.)\b|:$/i;

/** A short paragraph right before a table that names it ("Tabel Contoh ...:") becomes the table's caption. */
function takeCaption(items: (Block | Heading)[]): string | undefined {
  const last = items.at(-1);
  if (!last || isHeading(last) || last.type !== 'paragraph' || last.directives.length) return undefined;
  if (!CAPTION.test(last.text.trim()) || last.text.split(/\s+/).length > 16) return undefined;
  items.pop();
  return last.text.trim().replace(/:$/, '');
}

/** Two titles that say the same: equal but for case, punctuation and spacing. */
function sameTitle(a: string, b: string): boolean {
  const key = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return key(a) === key(b);
}

function isHeading(x: Block | Heading): x is Heading {
  return !('type' in x);
}

/** Groups blocks under headings; the title comes from front matter or a lone leading `#` heading. */
function assemble(doc: MarkdownDoc, items: (Block | Heading)[], diagnostics: Diagnostic[]): DocModel {
  const meta = { ...doc.meta };
  const headings = items.filter(isHeading);
  const h1s = headings.filter((h) => h.level === 1);
  const loneH1 = h1s.length === 1 && headings[0] === h1s[0] ? h1s[0] : undefined;
  let titleHeading: Heading | undefined;
  if (loneH1 && (!meta.title || sameTitle(meta.title, unescapeInline(loneH1.title)))) titleHeading = loneH1;
  else if (!meta.title && headings[0]) titleHeading = headings[0];
  // A lone `#` that repeats the front matter's title is the title, not a section of its own.
  if (titleHeading && !meta.title) meta.title = unescapeInline(titleHeading.title);
  if (!meta.title) {
    meta.title = titleFromFileName(doc.source.name);
    diagnostics.push({ file: doc.source.relPath, line: 1, severity: 'warning', code: 'title', message: `no title found; using the file name "${meta.title}"` });
  }
  const rest = headings.filter((h) => h !== titleHeading);
  const top = rest.length ? Math.min(...rest.map((h) => h.level)) : 1;

  const intro: Block[] = [];
  const sections: Section[] = [];
  let current: Section | undefined;
  for (const item of items) {
    if (item === titleHeading) continue;
    if (isHeading(item)) {
      const section: Section = { title: item.title, level: item.level === top ? 1 : 2, pos: item.pos, blocks: [], children: [] };
      const parent = sections.at(-1);
      if (section.level === 1 || !parent) {
        section.level = 1;
        sections.push(section);
      } else parent.children.push(section);
      current = section;
    } else if (current) current.blocks.push(item);
    else intro.push(item);
  }
  return { source: doc.source, meta, intro, sections, diagnostics };
}
