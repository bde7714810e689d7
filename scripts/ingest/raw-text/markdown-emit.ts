// Writes the kept pieces as Markdown, one source line number per output line, every text escaped.
import { escapeInline } from '../../text/markdown-text.js';
import { isLive, lineOf, type Piece } from './draft.js';

/**
 * Escapes text for a Markdown line; beyond escapeInline, a lone "---" and HTML entities must stay text too.
 * `blockStart`: the text opens a block, where "1. x" would start a list (in a heading it cannot).
 */
export function escapeText(text: string, blockStart = true): string {
  // The list escape goes before the dot ("1\. x"), where CommonMark honours it.
  const numbered = /^(\d+)([.)])(\s.*)$/.exec(text);
  const escaped = numbered
    ? `${numbered[1]}${blockStart ? '\\' : ''}${numbered[2]}${escapeInline(numbered[3]!)}`
    : escapeInline(text);
  return escaped.replace(/^([-=])(?=[-=\s]*$)/, '\\$1').replace(/&(?=#?[a-z0-9]+;)/gi, '\\&');
}

class Out {
  lines: string[] = [];
  lineMap: number[] = [];
  push(text: string, line: number): void {
    this.lines.push(text);
    this.lineMap.push(line);
  }
  /** Ends a block with one blank line. */
  gap(line: number): void {
    if (this.lines.length > 0 && this.lines.at(-1) !== '') this.push('', line);
  }
}

/** A run of list items; nesting follows the source indentation, sub-items indented to their parent's text. */
function emitList(items: Piece[], out: Out): void {
  const stack: { indent: number; pad: number; width: number }[] = [];
  for (const item of items) {
    while (stack.length > 0 && item.indent <= stack.at(-1)!.indent) stack.pop();
    const parent = stack.at(-1);
    const pad = parent ? parent.pad + parent.width : 0;
    const marker = item.ordered ? `${item.number ?? 1}.` : '-';
    out.push(`${' '.repeat(pad)}${marker} ${escapeText(item.text)}`, lineOf(item));
    stack.push({ indent: item.indent, pad, width: marker.length + 1 });
  }
}

function emitTable(table: Piece, out: Out): void {
  const [head, ...body] = table.rows!;
  const width = Math.max(...table.rows!.map((r) => r.cells.length));
  const row = (cells: string[]) =>
    `| ${Array.from({ length: width }, (_, i) => escapeText(cells[i] ?? '')).join(' | ')} |`;
  out.push(row(head!.cells), head!.n);
  out.push(`|${' --- |'.repeat(width)}`, table.sep ?? head!.n);
  for (const r of body) out.push(row(r.cells), r.n);
}

/** Markdown of the live pieces and, for each output line, the source line it came from. */
export function emitMarkdown(pieces: Piece[]): { markdown: string; lineMap: number[] } {
  const out = new Out();
  const live = pieces.filter(isLive);
  for (let i = 0; i < live.length; i++) {
    const p = live[i]!;
    if (p.kind === 'item') {
      let end = i + 1;
      while (live[end]?.kind === 'item') end++;
      const items = live.slice(i, end);
      emitList(items, out);
      i += items.length - 1;
      out.gap(lineOf(items.at(-1)!));
      continue;
    }
    if (p.kind === 'heading') out.push(`${'#'.repeat(p.level ?? 2)} ${escapeText(p.text, false)}`, lineOf(p));
    else if (p.kind === 'text' && p.text) out.push(escapeText(p.text), lineOf(p));
    else if (p.kind === 'quote') out.push(`> ${escapeText(p.text)}`, lineOf(p));
    else if (p.kind === 'table') emitTable(p, out);
    else if (p.kind === 'code') for (const part of p.parts) out.push(part.text, part.n);
    out.gap(p.parts.at(-1)?.n ?? lineOf(p));
  }
  while (out.lines.at(-1) === '') {
    out.lines.pop();
    out.lineMap.pop();
  }
  return { markdown: out.lines.join('\n'), lineMap: out.lineMap };
}
