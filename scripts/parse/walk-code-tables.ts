// Walks the blocks kept as written, cell by cell or line by line: code blocks (with what a program printed) and tables.
import type Token from 'markdown-it/lib/token.mjs';
import type { FenceMeta } from './dialects/tokens.js';
import { inlineMarkdown } from './inline-text.js';
import type { Bare, TokenWalker } from './walk-items.js';
import type { Block, SourcePos } from '../types.js';

/** A fence or an indented block as code; a hidden cell's goes to the speaker notes only. */
export function walkCode(w: TokenWalker, t: Token, pos: SourcePos): Bare | Block {
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
  w.note(pos, 'info', 'a code cell the document hides (echo or include false) goes to the speaker notes only');
  return { ...code, directives: [{ kind: 'skip' }] } as Block;
}

/** A table as its header cells and body rows, each cell its Markdown. */
export function walkTable(w: TokenWalker, start: number, end: number): { header: string[]; rows: string[][] } {
  const header: string[] = [];
  const rows: string[][] = [];
  let row: string[] | undefined;
  let inHead = false;
  for (let j = start; j < end; j++) {
    const t = w.tokens[j]!;
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
