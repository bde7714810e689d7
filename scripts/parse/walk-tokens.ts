// Walks markdown-it's tokens (with the frames, figures and drops the dialect rules left) into the document model's
// blocks and headings, each with its file and line. Frames become boxes; headings inside a frame become its title
// or labels, never sections; blocks inside a list item (code, figures) follow the item instead of being lost. The
// walk of each kind of block is a file of its own: walk-inline.ts, walk-lists.ts, walk-code-tables.ts, walk-frames.ts.
import type Token from 'markdown-it/lib/token.mjs';
import { decodeEntities } from '../text/html.js';
import { BOX_OPEN, DROPPED, FIGURE, type BoxMeta, type DroppedMeta, type FigureMeta } from './dialects/tokens.js';
import { htmlText } from './inline-text.js';
import { cleanInline } from './markdown-it.js';
import { walkCode, walkTable } from './walk-code-tables.js';
import { walkBox, walkQuote } from './walk-frames.js';
import { walkHeading, walkHtml, walkParagraph } from './walk-inline.js';
import {
  type Bare,
  type Heading,
  isComment,
  type Item,
  noteBlock,
  speakerNote,
  type TokenWalker,
} from './walk-items.js';
import { walkList } from './walk-lists.js';
import type { AuthorDirective, Block, Diagnostic, MarkdownDoc, SourcePos } from '../types.js';

export { type Heading, type Item, isHeading } from './walk-items.js';

const DIRECTIVE = /^<!--\s*deckhand:\s*(split|skip|bullet\s+"((?:[^"\\]|\\.)*)")\s*-->\s*$/i;

/** Walks the tokens of one document, gathering the diagnostics of what it leaves out. */
export class Walker implements TokenWalker {
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
          push(...walkHeading(this, this.tokens[i + 1]!, Number(t.tag.slice(1)), pos));
          break;
        case 'paragraph_open':
          push(...walkParagraph(this.tokens[i + 1]!, pos));
          break;
        case 'bullet_list_open':
        case 'ordered_list_open':
          push(...walkList(this, i, end, pos));
          break;
        case 'table_open':
          push({ type: 'table', pos, ...walkTable(this, i, end) });
          break;
        case 'blockquote_open':
          push(...walkQuote(this, this.walk(i + 1, end), pos));
          break;
        case BOX_OPEN:
          push(...walkBox(this, t.meta as BoxMeta, this.walk(i + 1, end), pos));
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
          push(walkCode(this, t, pos));
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
            else push(...walkHtml(this, t.content, pos));
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
            ...walkBox(
              this,
              {
                name: t.attrGet('data-callout') ?? 'note',
                title: t.attrGet('data-callout-title') ?? undefined,
                dialect: 'obsidian',
              },
              walkHtml(this, t.content, pos),
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
}
