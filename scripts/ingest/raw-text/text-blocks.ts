// Builds pieces from judged lines: paragraphs (hard wraps joined), list items with their indent, tables, code,
// quotes and Markdown headings. Dropped lines stay as "gone" pieces so later passes can see where they were.
import { dropLine, endsSentence, type Draft, type Piece, type SrcLine } from './draft.js';
import { DOMAIN } from './noise-patterns.js';

const ITEM = /^(?:([-*+•·●▪◦‣–])|(\d{1,3})[.)])\s+(\S.*)$/;
const HASH_HEADING = /^(#{1,6})\s+(.+?)(?:\s+#+)?$/;
const BOLD_LINE = /^(\*\*|__)([^*_\s].*?)\1:?$/;
const QUOTE = /^>\s?(.*)$/;
const FENCE = /^(`{3,}|~{3,})/;
const TABLE_SEP = /^\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?$/;
const RULE = /^([-*_=])(?:\s*\1){2,}$/;

/** Marks the lines of fenced code blocks: they are kept as written. */
export function markFences(lines: SrcLine[]): void {
  let fence: string | undefined;
  for (const line of lines) {
    const m = FENCE.exec(line.raw.trim());
    if (fence) {
      line.verbatim = true;
      if (m && m[1]!.startsWith(fence)) fence = undefined;
    } else if (m) {
      line.verbatim = true;
      fence = m[1];
    }
  }
}

/** Cells of a pipe-table row: outer pipes optional, escaped pipes kept. */
export function splitCells(row: string): string[] {
  const t = row
    .trim()
    .replace(/^\|/, '')
    .replace(/(?<!\\)\|$/, '');
  return t.split(/(?<!\\)\|/).map((c) => c.trim().replace(/\\\|/g, '|'));
}

/** Source line numbers that belong to a pipe table: two or more rows with a delimiter row or equal cell counts. */
export function tableLines(lines: SrcLine[]): Set<number> {
  const found = new Set<number>();
  let run: SrcLine[] = [];
  const close = () => {
    const counts = run.map((l) => splitCells(l.text).length);
    const hasSep = run.some((l) => TABLE_SEP.test(l.text.trim()));
    const even = counts.every((c) => c === counts[0] && c >= 2);
    if (run.length >= 2 && (hasSep || (even && run.length >= 3))) for (const l of run) found.add(l.n);
    run = [];
  };
  for (const line of lines) {
    if (!line.drop && !line.verbatim && /(?<!\\)\|/.test(line.text)) run.push(line);
    else close();
  }
  close();
  return found;
}

/** Hard-wrap width of the document, if its lines were wrapped at a fixed width (else undefined). */
export function wrapWidth(lines: SrcLine[]): number | undefined {
  const long = lines.filter((l) => !l.drop && !l.verbatim && l.text.trim().length >= 40).map((l) => l.text.trim());
  if (long.length < 5) return undefined;
  const lengths = long.map((t) => t.length).sort((a, b) => a - b);
  const p90 = lengths[Math.floor(lengths.length * 0.9)] ?? 0;
  const near = lengths.filter((n) => n >= p90 - 20 && n <= p90 + 5).length;
  // Wrapping cuts sentences: most wrapped lines end mid-sentence, while one-paragraph-per-line text ends with a period.
  const open = long.filter((t) => !/[.!?:]["'”’)]*$/.test(t)).length;
  return p90 <= 100 && near / lengths.length >= 0.6 && open / long.length >= 0.5 ? p90 : undefined;
}

/** A line that continues the previous one: the previous was cut by the wrap width, or stopped mid-sentence before a lower-case word. */
function continues(prev: string, next: string, width: number | undefined): boolean {
  if (width !== undefined && prev.length >= width * 0.6) return true;
  if (endsSentence(prev) || /[:;]$/.test(prev)) return false;
  return prev.length >= 20 && /^\p{Ll}/u.test(next);
}

function newPiece(kind: Piece['kind'], line: SrcLine, text: string): Piece {
  return { kind, text, parts: [{ n: line.n, text }], indent: line.indent };
}

/** Groups judged lines into pieces; `tables` from tableLines(), `width` from wrapWidth(). */
export function buildPieces(lines: SrcLine[], draft: Draft, tables: Set<number>, width: number | undefined): Piece[] {
  const pieces: Piece[] = [];
  let gap = true;
  let open: Piece | undefined;
  for (const line of lines) {
    const t = line.text.trim();
    const last = pieces.at(-1);
    if (line.verbatim) {
      if (last?.kind === 'code' && last.parts.at(-1)!.n === line.n - 1) last.parts.push({ n: line.n, text: line.raw });
      else pieces.push({ kind: 'code', text: '', parts: [{ n: line.n, text: line.raw }], indent: 0 });
      open = undefined;
      gap = false;
      continue;
    }
    if (!line.drop && RULE.test(t)) dropLine(draft, line, { code: 'noise', message: 'separator line' });
    if (line.drop) {
      // The open paragraph stays open: an ad or caption line inside a wrapped paragraph does not end it.
      pieces.push({ ...newPiece('gone', line, line.raw.trim()), drop: line.drop });
      continue;
    }
    if (!t) {
      gap = true;
      open = undefined;
      continue;
    }
    const piece = startPiece(line, t, gap, tables, last);
    if (piece && piece === last) open = undefined;
    else if (piece) {
      pieces.push(piece);
      open = piece.kind === 'text' || piece.kind === 'item' || piece.kind === 'quote' ? piece : undefined;
    } else if (
      open &&
      ((open.kind === 'item' && line.indent > open.indent) || continues(open.parts.at(-1)!.text, t, width))
    ) {
      // An indented line under a list item, or a hard-wrapped line, continues the open block.
      open.parts.push({ n: line.n, text: t });
    } else {
      open = newPiece('text', line, t);
      pieces.push(open);
    }
    gap = false;
  }
  for (const p of pieces)
    if (p.kind !== 'gone' && p.kind !== 'code' && p.kind !== 'table')
      p.text = tidyText(p.parts.map((x) => x.text).join(' '));
  return pieces;
}

/** A piece that a line starts by its own markup (table row, heading, quote, list item); `last` when it extends that table or quote. */
function startPiece(
  line: SrcLine,
  t: string,
  gap: boolean,
  tables: Set<number>,
  last: Piece | undefined,
): Piece | undefined {
  if (tables.has(line.n)) {
    if (last?.kind === 'table' && last.parts.at(-1)!.n === line.n - 1) {
      if (TABLE_SEP.test(t)) last.sep = line.n;
      else last.rows!.push({ n: line.n, cells: splitCells(t).map(tidyText) });
      last.parts.push({ n: line.n, text: t });
      return last;
    }
    return { ...newPiece('table', line, ''), rows: [{ n: line.n, cells: splitCells(t).map(tidyText) }] };
  }
  const hash = HASH_HEADING.exec(t);
  if (hash) return { ...newPiece('heading', line, hash[2]!), level: hash[1]!.length, explicit: 'hash' };
  const bold = BOLD_LINE.exec(t);
  if (bold) return { ...newPiece('heading', line, bold[2]!), explicit: 'bold' };
  const quote = QUOTE.exec(t);
  if (quote && last?.kind === 'quote' && !gap && last.parts.at(-1)!.n === line.n - 1) {
    last.parts.push({ n: line.n, text: quote[1]! });
    return last;
  }
  if (quote) return newPiece('quote', line, quote[1]!);
  const item = ITEM.exec(t);
  if (item) {
    const number = item[2] === undefined ? undefined : Number(item[2]);
    return { ...newPiece('item', line, item[3]!), ordered: number !== undefined, number };
  }
  return undefined;
}

/** Plain text of a line: Markdown emphasis and links unwrapped, glued sentences split, "Label : value" spacing fixed. */
export function tidyText(text: string): string {
  return text
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/\[([^\]]+)\]\((?:[^()\s]|\([^()]*\))+\)/g, '$1')
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
    .replace(/(^|[\s(])([*_])(?=[^\s*_])([^*_]+?)(?<=\S)\2(?=[\s).,;:!?]|$)/g, '$1$3')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/(\p{Ll}{2,}[.!?])(\p{Lu}\p{L})/gu, (m, end: string, start: string, offset: number, all: string) => {
      // "internasional.Kerja" is two sentences glued by a copy; "example.com/Page" and "Detik.Com" are addresses.
      const rest = /^\S*/.exec(all.slice(offset, offset + 200))![0];
      const token = all.slice(all.lastIndexOf(' ', offset) + 1, offset) + rest;
      return /:\/\/|@|^www\./i.test(token) || DOMAIN.test(token) ? m : `${end} ${start}`;
    })
    .replace(/^(\p{Lu}[\p{L}\d]*(?:\s[\p{L}\d]+){0,4})\s+:\s+/u, '$1: ')
    .replace(/\s+/g, ' ')
    .trim();
}
