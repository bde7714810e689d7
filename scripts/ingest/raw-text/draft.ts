// The state one normalize run works on: source lines, the pieces built from them, metadata found, removals reported.
import type { Diagnostic } from '../../types.js';

/** Why a line left the body; the Diagnostic code. */
export type DropCode =
  | 'noise'
  | 'metadata'
  | 'caption'
  | 'source-note'
  | 'injected'
  | 'front-matter'
  | 'html'
  | 'template';

/** Why a line or piece left the body. */
export interface Drop {
  code: DropCode;
  message: string;
  /** The line heads a list of links to other articles ("Related articles"). */
  linkList?: boolean;
  /** A byline, date or site line of the article's header. */
  header?: boolean;
}

/** One physical source line: its raw text, and its text once markup and injected spam are removed. */
export interface SrcLine {
  n: number;
  raw: string;
  text: string;
  indent: number;
  /** Inside a code fence: kept byte for byte. */
  verbatim: boolean;
  drop?: Drop;
}

/** A source line and the part of the piece's text it gave. */
export interface Part {
  n: number;
  text: string;
}

/** "gone" pieces are dropped lines, kept in place so position-based passes can see them. */
export type PieceKind = 'text' | 'heading' | 'item' | 'table' | 'code' | 'quote' | 'gone';

/** One block of the document: a paragraph, heading, list item, table, code block, or a dropped line ("gone"). */
export interface Piece {
  kind: PieceKind;
  /** Plain text, unescaped (items: without the marker). */
  text: string;
  parts: Part[];
  indent: number;
  ordered?: boolean;
  /** The number of a numbered item or heading ("3" of "3. Mendorong ..."). */
  number?: number;
  level?: number;
  /** Marked up as a heading in the source (`## x`, `**x**`); `bold` for the weaker `**x**` form. */
  explicit?: 'hash' | 'bold';
  /** Table rows, first row the header; `sep` is the source line of the delimiter row, if any. */
  rows?: { n: number; cells: string[] }[];
  sep?: number;
  drop?: Drop;
}

/** Metadata gathered while reading; first value wins unless noted. */
export interface FoundMeta {
  title?: string;
  subtitle?: string;
  author?: string;
  dates: { date: string; published: boolean }[];
  lang?: string;
  publisher?: string;
  sources: string[];
  noise?: string[];
}

/** One normalize run's state; passes read and extend it. */
export interface Draft {
  file: string;
  lang: string;
  meta: FoundMeta;
  diagnostics: Diagnostic[];
  /** Lines with a removal inside them (tags, template tags, spam) already reported. */
  partial: Set<number>;
  /** The text is a web page: page furniture was found around its article (body-blocks.ts). */
  page?: boolean;
}

// Removals inside a line; once the whole line goes, its one report (with the raw text) says it all.
const PARTIAL = new Set(['html', 'template', 'injected']);

/** Records a removal (or a warning) at one source line. */
export function report(
  draft: Draft,
  line: number,
  code: string,
  message: string,
  text?: string,
  severity: Diagnostic['severity'] = 'info',
): void {
  if (PARTIAL.has(code)) draft.partial.add(line);
  draft.diagnostics.push({ file: draft.file, line, severity, code, message, ...(text === undefined ? {} : { text }) });
}

/** Drops a whole source line, reporting it. */
export function dropLine(draft: Draft, line: SrcLine, drop: Drop): void {
  line.drop = drop;
  if (draft.partial.delete(line.n))
    draft.diagnostics = draft.diagnostics.filter((d) => d.line !== line.n || !PARTIAL.has(d.code));
  report(draft, line.n, drop.code, drop.message, line.raw.trim());
}

/** Drops a piece from the body, reporting each of its source lines. */
export function dropPiece(draft: Draft, piece: Piece, code: DropCode, message: string): void {
  if (piece.drop) return;
  piece.drop = { code, message };
  for (const part of piece.parts) report(draft, part.n, code, message, part.text);
}

/** Still part of the body. */
export function isLive(piece: Piece): boolean {
  return !piece.drop;
}

/** The first source line of a piece. */
export function lineOf(piece: Piece): number {
  return piece.parts[0]?.n ?? 1;
}

/** Number of words. */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** Ends like a sentence: . ! ? … possibly followed by a closing quote or bracket. */
export function endsSentence(text: string): boolean {
  return /[.!?…]["'”’)\]]*$/.test(text.trim());
}

/** Running text rather than a label: a finished sentence, or too long to be a heading. */
export function isProse(piece: Piece): boolean {
  return (piece.kind === 'text' || piece.kind === 'quote') && (endsSentence(piece.text) || wordCount(piece.text) >= 15);
}
