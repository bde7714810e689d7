// The walker's items (blocks and headings) and what every file of the walk shares: the walker as its functions see
// it, a heading inside a frame as a label, a comment as a speaker note.
import type Token from 'markdown-it/lib/token.mjs';
import { escapeInline } from '../text/markdown-text.js';
import { marpComment } from './dialects/marp-deck.js';
import type { Block, Diagnostic, SourcePos } from '../types.js';

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
export type Bare = Block extends infer B ? (B extends Block ? Omit<B, 'directives'> : never) : never;

/** What the walking functions ask of the walker (walk-tokens.ts): its tokens, positions and notes, and the walk. */
export interface TokenWalker {
  readonly tokens: Token[];
  readonly diagnostics: Diagnostic[];
  pos(token: Token): SourcePos;
  closing(start: number): number;
  note(pos: SourcePos, severity: Diagnostic['severity'], message: string, text?: string): void;
  walk(from: number, to: number): Item[];
}

/** A heading inside a frame: a bold line of its own. */
export function label(h: Heading): Block {
  return {
    type: 'paragraph',
    pos: h.pos,
    markdown: `**${h.title}**`,
    text: h.title.replace(/[*_`\\]/g, ''),
    atoms: [],
    directives: [],
  };
}

export const asBlocks = (items: Item[]): Block[] => items.map((x) => (isHeading(x) ? label(x) : x));

export const isComment = (html: string) => /^<!--[\s\S]*-->$/.test(html.trim());

/**
 * The speaker note a comment is: its text, unless it is a directive for Marp (`<!-- _class: lead -->`), deckhand's
 * own, or a formatter's switch (`<!-- prettier-ignore -->`), which are no notes.
 */
export function speakerNote(html: string): string | undefined {
  const content = /^<!--+\s*([\s\S]*?)\s*--+>$/.exec(html.trim())?.[1] ?? '';
  return content && marpComment(content) === 'note' ? content : undefined;
}

/** A speaker note as a block: in the slide's notes and the notes handout, never on the slide (plan/units.ts). */
export const noteBlock = (text: string, pos: SourcePos): Block => ({
  type: 'paragraph',
  pos,
  markdown: escapeInline(text),
  text,
  atoms: [],
  directives: [{ kind: 'note' }],
});

/** A paragraph that is one display formula: it stays a block of its own, never part of a list item's text. */
export const isFormula = (b: Block) => b.type === 'paragraph' && /^\$\$[\s\S]*\$\$$/.test(b.markdown);
