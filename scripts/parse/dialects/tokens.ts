// The tokens the dialect rules leave for the walker (parse/walk-tokens.ts), whichever dialect wrote the markup.
// Each rule turns its syntax into these; only the walker knows what becomes of them.
import type StateBlock from 'markdown-it/lib/rules_block/state_block.mjs';
import type StateCore from 'markdown-it/lib/rules_core/state_core.mjs';
import type Token from 'markdown-it/lib/token.mjs';

/** A framed part (admonition, fenced div, alert, directive, component), opened and closed like a blockquote. */
export const BOX_OPEN = 'box_open';
export const BOX_CLOSE = 'box_close';
/** One end of a frame whose other end a later rule pairs up (`:::` lines, Hugo and JSX tags): see markers.ts. */
export const MARK_OPEN = 'box_mark_open';
export const MARK_CLOSE = 'box_mark_close';
/** Markup understood and left out on purpose (an import line, a Liquid include, a MyST target): reported, never shown. */
export const DROPPED = 'dialect_dropped';
/** A figure written as a directive or shortcode: an image with its caption. */
export const FIGURE = 'dialect_figure';

/** What a frame says about itself, as its dialect wrote it; parse/box-kinds.ts decides what it is for. */
export interface BoxMeta {
  /** The frame's kind as written: "challenge", "callout-tip", "note", "admonition", "DeepDive". */
  name: string;
  /** Further classes (Pandoc `{.a .b}`, MyST `:class:`). */
  classes?: string[];
  /** The title as inline Markdown, when the markup gives one. */
  title?: string;
  /** Which dialect wrote it, for diagnostics: "pandoc", "myst", "mkdocs", "github", "hugo", "mdx", "kramdown", "knitr". */
  dialect: string;
  /** For markers: the closing mark that ends this frame (":::" for fenced divs, "hugo:notice", "jsx:Hint"). */
  closer?: string;
}

/** What a dropped token says: the dialect and what it was, for the diagnostic. */
export interface DroppedMeta {
  dialect: string;
  what: string;
}

/** What a figure token carries. */
export interface FigureMeta {
  src: string;
  alt: string;
  /** Inline Markdown. */
  caption?: string;
}

/** Extra facts on a code fence: output blocks, and cells the rendered document hides (echo=FALSE). */
export interface FenceMeta {
  output?: 'output' | 'error';
  hidden?: boolean;
}

/** Pushes a token that stands for `lines` source lines [start, end) and says why it was left out. */
export function pushDropped(state: StateBlock, start: number, end: number, meta: DroppedMeta): Token {
  const token = state.push(DROPPED, '', 0);
  token.map = [start, end];
  token.meta = meta;
  token.content = state.getLines(start, end, 0, false).trim();
  token.block = true;
  return token;
}

/** A fence token's meta, created on first use. */
export function fenceMeta(token: Token): FenceMeta {
  token.meta = (token.meta as FenceMeta | null) ?? {};
  return token.meta as FenceMeta;
}

/** Source line `n` (0-based) of the document being parsed, as written. */
export function sourceLine(state: StateBlock | StateCore, n: number): string {
  const env = state.env as { lines?: string[] };
  env.lines ??= state.src.split('\n');
  const lines = env.lines;
  return lines[n] ?? '';
}

/** A problem or removal a rule found, by Markdown line (0-based); parse turns it into a Diagnostic at file:line. */
export interface DialectNote {
  line: number;
  severity: 'info' | 'warning';
  message: string;
  text?: string;
}

/** Records a note for the document being parsed. */
export function noteOn(env: unknown, note: DialectNote): void {
  const e = env as { dialectNotes?: DialectNote[] };
  e.dialectNotes ??= [];
  e.dialectNotes.push(note);
}
