// Blocks that get slides of their own rather than bullets: tables split by rows (the header repeated), code split
// by lines, and figure cards split by count. Each part is anchored so the overflow re-plan can tighten it alone.
import { escapeInline } from '../text/markdown-text.js';
import type { SlideBody } from './context.js';
import type { Block, Budgets, Bullet, PlanHints, Slide } from '../types.js';

/** Where a run of `left` items is cut so that every part holds at most `cap` and the parts come out even. */
function evenTake(left: number, cap: number): number {
  return Math.max(1, left <= cap ? left : Math.ceil(left / Math.ceil(left / cap)));
}

/** Long tables split by rows into balanced parts; every part repeats the header row. */
export function tableSlides(
  block: Extract<Block, { type: 'table' }>,
  notes: string[],
  budgets: Budgets,
  hints: PlanHints,
): SlideBody[] {
  const out: SlideBody[] = [];
  for (let at = 0; at === 0 || at < block.rows.length; ) {
    const anchor = `${block.pos.line}.r${at}`;
    const take = evenTake(block.rows.length - at, hints[anchor]?.rows ?? budgets.tableRows);
    // The caption ("Tabel ...", taken by parse from the line before the table) is plain text.
    const table = {
      header: block.header,
      rows: block.rows.slice(at, at + take),
      caption: block.caption && escapeInline(block.caption),
    };
    out.push({ kind: 'table', bullets: [], table, notes: at === 0 ? notes : [], pos: block.pos, anchor });
    at += take;
  }
  return out;
}

const blank = (line: string | undefined) => line !== undefined && line.trim() === '';

const indent = (line: string) => line.length - line.trimStart().length;

/**
 * Where a part of code that starts at `at` ends: after as many whole stretches between blank lines (a function, a
 * loop) as fit in `cap` lines. A stretch longer than that is cut near an even share, before its least indented
 * line there (the next function or statement rather than the middle of a loop).
 */
function codeCut(lines: string[], at: number, cap: number): number {
  let end = at;
  for (let i = at; i < lines.length; ) {
    let stop = i;
    while (stop < lines.length && !blank(lines[stop])) stop++;
    if (stop - at > cap) return end > at ? end : outdentCut(lines, at, stop, cap);
    end = stop;
    while (blank(lines[stop])) stop++;
    i = stop;
  }
  return end;
}

/** The cut in a stretch of code [at, stop) too long for one part: the least indented line near an even share. */
function outdentCut(lines: string[], at: number, stop: number, cap: number): number {
  const even = at + evenTake(stop - at, cap);
  let best = even;
  for (let i = at + Math.ceil((even - at) / 2); i <= Math.min(stop - 1, at + cap); i++) {
    const [a, b] = [indent(lines[i]!), indent(lines[best]!)];
    if (a < b || (a === b && Math.abs(i - even) < Math.abs(best - even))) best = i;
  }
  return best;
}

/** Code lines that a lead-in bullet above the code takes the room of (up to two lines of text, and a gap). */
const LEAD_LINES = 3;

type CodeBlock = Extract<Block, { type: 'code' }>;

/** Lines of output that may go under the last part of the code that printed it, past the code budget. */
const OUTPUT_SLACK = 4;

/** A code block's lines as a slide shows them: tabs as spaces, blank lines at either end dropped. */
function codeLines(block: CodeBlock): string[] {
  const lines = block.code.replace(/\t/g, '    ').split('\n');
  while (blank(lines[0])) lines.shift();
  while (blank(lines.at(-1))) lines.pop();
  return lines;
}

/**
 * A code block as code slides, every line shown as written: a block longer than the budget continues on the next
 * slide (see codeCut), and blank lines at a part's edges are dropped. The slides show all of it, so it is not
 * repeated in the speaker notes. An empty block gets no slide. A lead-in (the paragraph that introduces the code)
 * sits above the first part, with its notes. What the code printed (`output`) goes under its last part when it
 * fits there, else on slides of its own; a block that is output itself is shown as output.
 */
export function codeSlides(
  block: CodeBlock,
  budgets: Budgets,
  hints: PlanHints,
  lead?: { bullets: Bullet[]; notes: string[] },
  output?: CodeBlock,
): SlideBody[] {
  const out = codeParts(block, budgets, hints, lead);
  if (!output) return out;
  const printed = codeLines(output);
  const last = out.at(-1);
  // Re-planned after an overflow (a hint names the joined slide), the output goes to a slide of its own.
  const joined = last && `${last.anchor}.o${output.pos.line}`;
  if (
    last?.code &&
    joined &&
    !hints[joined] &&
    printed.length &&
    last.code.lines.length + printed.length <= budgets.codeLines + OUTPUT_SLACK
  ) {
    last.output = { lang: '', lines: printed, output: output.output ?? 'output' };
    last.anchor = joined;
    return out;
  }
  return [...out, ...codeParts(output, budgets, hints)];
}

function codeParts(
  block: CodeBlock,
  budgets: Budgets,
  hints: PlanHints,
  lead?: { bullets: Bullet[]; notes: string[] },
): SlideBody[] {
  const lines = block.code.replace(/\t/g, '    ').split('\n');
  const lang = /^[\w#+.-]+$/.test(block.lang) ? block.lang : '';
  const out: SlideBody[] = [];
  let at = 0;
  while (at < lines.length) {
    while (blank(lines[at])) at++;
    if (at >= lines.length) break;
    const anchor = `${block.pos.line}.c${at}`;
    const first = out.length === 0 && lead;
    const cap =
      hints[anchor]?.rows ??
      Math.max(1, budgets.codeLines - (first && lead.bullets.length ? LEAD_LINES + 2 * (lead.bullets.length - 1) : 0));
    const end = codeCut(lines, at, cap);
    const part = lines.slice(at, end);
    while (blank(part.at(-1))) part.pop();
    const [bullets, notes] = first ? [lead.bullets, lead.notes] : [[], []];
    out.push({
      kind: 'code',
      bullets,
      code: { lang, lines: part, ...(block.output ? { output: block.output } : {}) },
      notes,
      pos: block.pos,
      anchor,
    });
    at = end;
  }
  return out;
}

/** A figures slide holds at most budgets.bullets cards (fewer when re-planned); more continue on the next slide. */
export function splitFigures(slide: Slide, budgets: Budgets, hints: PlanHints): Slide[] {
  if (slide.kind !== 'figures') return [slide];
  const figures = slide.figures ?? [];
  const out: Slide[] = [];
  for (let at = 0; at === 0 || at < figures.length; ) {
    const anchor = at === 0 ? slide.anchor! : `${slide.anchor}.f${at}`;
    const cap = Math.min(hints[anchor]?.figures ?? budgets.bullets, budgets.bullets);
    out.push({
      ...slide,
      figures: figures.slice(at, at + cap),
      notes: at === 0 ? slide.notes : [],
      anchor,
      dense: hints[anchor]?.dense,
    });
    at += cap;
  }
  return out;
}
