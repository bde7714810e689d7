// A section's blocks as units: a paragraph's bullet, a list's atoms, a table's or a code block's slides, a callout's
// framed bullets, an exercise's slides. Lead-ins stay with what they introduce; code keeps its output.
import { bulletFor } from './condense.js';
import { wordCount } from './sentences.js';
import { codeSlides, tableSlides } from './block-slides.js';
import { boxUnit } from './boxes.js';
import { wordsFor, type Atom, type Ctx, type Unit } from './context.js';
import { isEquation, paragraphUnit } from './paragraph-units.js';
import { withoutMarks } from '../text/markdown-text.js';
import type { Block, Bullet, ListItem, SourcePos } from '../types.js';

/** Items of a list that shows in two columns: more than a slide's bullets, each this short at most. */
const COLUMN_WORDS = 7;

const wordsOf = (bullets: Bullet[]) => bullets.reduce((n, b) => n + wordCount(b.markdown), 0);

/** A list as speaker notes: "- item", or "3. item" in an ordered list, indented by level. */
export function listNotes(items: ListItem[], depth = 0): string[] {
  return items.flatMap((i) => [
    `${'  '.repeat(depth)}${i.number === undefined ? '-' : `${i.number}.`} ${i.text}`,
    ...listNotes(i.children, depth + 1),
  ]);
}

/**
 * One atom per top-level list item with its sub-items (two levels at most); too many sub-items (for the budgets,
 * or for the slide as the overflow check found) continue in another atom that repeats the item.
 */
function listAtoms(items: ListItem[], pos: SourcePos, ctx: Ctx): Atom[] {
  const bullet = (i: ListItem, level: number, words: number, number = i.number): Bullet => ({
    markdown: bulletFor(i.markdown, i.text, ctx.lang, words, i.atoms),
    level,
    pos,
    number,
  });
  // Deeper levels are shown at the second level, without numbers: "2." under "2." would read as a new count.
  const flat = (xs: ListItem[]): ListItem[] => xs.flatMap((x) => [x, ...flat(x.children)]);
  return items.flatMap((item, k) => {
    const id = (p: number) => `${pos.line}.${k}.${p}`;
    const below = item.children.flatMap((c) => [
      { item: c, number: c.number },
      ...flat(c.children).map((d) => ({ item: d, number: undefined })),
    ]);
    const perPart = Math.min(...below.map((_, p) => ctx.hints[id(p)]?.children ?? Infinity), Infinity);
    const head = bullet(item, 1, wordsFor(id(0), ctx));
    const parts: Bullet[][] = [[]];
    for (const child of below) {
      const part = parts.at(-1)!;
      const next = bullet(child.item, 2, wordsFor(id(parts.length - 1), ctx), child.number);
      if (
        part.length &&
        (part.length + 2 > ctx.budgets.bullets ||
          part.length >= perPart ||
          wordsOf([head, ...part, next]) > ctx.budgets.words)
      )
        parts.push([]);
      parts.at(-1)!.push(next);
    }
    return parts.map((part, p) => ({
      id: id(p),
      bullets: [p ? { ...head, markdown: bullet(item, 1, wordsFor(id(p), ctx)).markdown } : head, ...part],
      notes: p ? [] : listNotes([item]),
    }));
  });
}

/** A list of many short items, shown in two columns on one slide rather than continued on the next. */
function columnList(block: Extract<Block, { type: 'list' }>, ctx: Ctx): Unit | undefined {
  const { items } = block;
  const anchor = `${block.pos.line}.cols`;
  if (ctx.hints[anchor] || items.length <= ctx.budgets.bullets || items.length > 2 * ctx.budgets.bullets + 2)
    return undefined;
  if (items.some((i) => i.children.length || wordCount(i.text) > COLUMN_WORDS)) return undefined;
  const bullets = items.map(
    (i): Bullet => ({
      markdown: bulletFor(i.markdown, i.text, ctx.lang, ctx.bulletWords, i.atoms),
      level: 1,
      pos: block.pos,
      number: i.number,
    }),
  );
  return {
    split: false,
    slides: [{ kind: 'content', bullets, columns: 2, notes: listNotes(items), pos: block.pos, anchor }],
  };
}

/** One block as a unit: `skip` keeps it out of the deck (notes only), `bullet` pins its text, `split` starts a slide. */
export function unitOf(block: Block, next: Block | undefined, ctx: Ctx, conclusion: boolean): Unit {
  const split = block.directives.some((d) => d.kind === 'split');
  // A speaker note the author wrote as a comment is notes only, as a skipped block is.
  const skip = block.directives.some((d) => d.kind === 'skip' || d.kind === 'note');
  const { pos } = block;
  const id = String(pos.line);
  const notesOnly = (notes: string[]): Unit => ({ split, atoms: [{ id, bullets: [], notes }] });
  switch (block.type) {
    case 'paragraph':
    case 'quote':
      return paragraphUnit(block, next, ctx, conclusion);
    case 'list':
      return skip
        ? notesOnly(listNotes(block.items))
        : (columnList(block, ctx) ?? { split, atoms: listAtoms(block.items, pos, ctx) });
    case 'table': {
      const notes = [block.caption ?? '', [block.header, ...block.rows].map((r) => r.join(' | ')).join('\n')].filter(
        Boolean,
      );
      return skip ? notesOnly(notes) : { split, slides: tableSlides(block, notes, ctx.budgets, ctx.hints) };
    }
    case 'image': {
      const image = { src: block.src, alt: block.alt, ...(block.caption ? { caption: block.caption } : {}) };
      const notes = [block.caption ? withoutMarks(block.caption) : '', block.alt].filter(
        (t, k, all) => t && all.indexOf(t) === k,
      );
      return skip
        ? notesOnly(notes)
        : { split, slides: [{ kind: 'content', bullets: [], image, notes, pos, anchor: id }] };
    }
    case 'code': {
      const slides = skip ? [] : codeSlides(block, ctx.budgets, ctx.hints);
      return slides.length ? { split, slides } : notesOnly(block.code.trim() ? [block.code] : []);
    }
    case 'box':
      return boxUnit(block, ctx, (blocks, inner) => unitsOf(blocks, inner, false));
  }
}

type Code = Extract<Block, { type: 'code' }>;

/** Code and the output block right after it: one unit, the output under the code. */
function withOutput(blocks: Block[], i: number): Code | undefined {
  const [code, next] = [blocks[i], blocks[i + 1]];
  return code?.type === 'code' &&
    !code.output &&
    next?.type === 'code' &&
    next.output &&
    !next.directives.length &&
    !code.directives.length
    ? next
    : undefined;
}

/**
 * A section's blocks as units; `after` is what follows the last block (folded subsections), so a lead-in keeps
 * its list. A paragraph just before a code block introduces it: its bullet goes above the code, on its slide. The
 * unit after a callout starts a slide of its own, so that a slide frames one callout at most, at its end.
 */
export function unitsOf(blocks: Block[], ctx: Ctx, conclusion: boolean, after?: Block): Unit[] {
  const units: Unit[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    const output = withOutput(blocks, i);
    const unit =
      output && block.type === 'code'
        ? { split: false, slides: codeSlides(block, ctx.budgets, ctx.hints, undefined, output) }
        : unitOf(block, blocks[i + 1] ?? after, ctx, conclusion);
    if (output) i++;
    const previous = units.at(-1);
    if (previous?.box) unit.split = true;
    // A list's lead-in and the list are one unit: they move to a new slide together, and stay together.
    const glued =
      previous?.atoms?.length === 1 && previous.atoms[0]!.glue && !previous.box ? previous.atoms[0]! : undefined;
    if (block.type === 'list' && !unit.split && glued) {
      units.pop();
      if (unit.atoms) units.push({ split: previous!.split, atoms: [glued, ...unit.atoms] });
      else
        units.push({
          split: previous!.split,
          slides: unit.slides.map((s, k) =>
            k ? s : { ...s, bullets: [...glued.bullets, ...s.bullets], notes: [...glued.notes, ...s.notes] },
          ),
        });
      continue;
    }
    // The sentences that set up an equation and the equation: one unit, so that they share a slide.
    const setup = previous?.atoms?.at(-1)?.glue && !previous.box ? previous.atoms : undefined;
    if (isEquation(block) && unit.atoms && !unit.split && setup) {
      units.pop();
      units.push({ split: previous!.split, atoms: [...setup, ...unit.atoms] });
      continue;
    }
    const before = blocks[i - (output ? 2 : 1)];
    // A multiple-choice option that is only code ("1." then its code) keeps its number above the code.
    const number =
      before?.type === 'list' &&
      before.items.length === 1 &&
      !before.items[0]!.text &&
      !before.items[0]!.children.length;
    const lead = (before?.type === 'paragraph' || number) && !previous?.box ? previous?.atoms : undefined;
    // Any paragraph right before code introduces it; one before a figure only when it says so ("like this:").
    const introduces =
      block.type === 'code' || (block.type === 'image' && before?.type === 'paragraph' && /:\s*$/.test(before.text));
    const leads =
      introduces && unit.slides?.length && !unit.split && lead?.length === 1 && lead[0]!.bullets.length === 1;
    if (!leads) {
      units.push(unit);
      continue;
    }
    units.pop();
    // A short paragraph before the lead-in (a sentence of context) goes above the code too, rather than alone on a slide.
    const earlier = units.at(-1);
    const context =
      block.type === 'code' &&
      !previous!.split &&
      blocks[i - (output ? 3 : 2)]?.type === 'paragraph' &&
      earlier?.atoms?.length === 1 &&
      !earlier.box &&
      earlier.atoms[0]!.bullets.length === 1 &&
      wordsOf(earlier.atoms[0]!.bullets) < 15
        ? earlier.atoms[0]!
        : undefined;
    if (context) units.pop();
    const leadIn = context
      ? { bullets: [...context.bullets, ...lead[0]!.bullets], notes: [...context.notes, ...lead[0]!.notes] }
      : lead[0]!;
    const [first, ...rest] =
      block.type === 'code' ? codeSlides(block, ctx.budgets, ctx.hints, leadIn, output) : unit.slides!;
    // A figure's lead-in ("we had a diagram like this:") sits above it, as a code block's does.
    const withLead =
      block.type === 'image'
        ? { ...first!, bullets: lead[0]!.bullets, notes: [...lead[0]!.notes, ...first!.notes] }
        : first!;
    units.push({ split: (context ? earlier! : previous!).split, slides: [withLead, ...rest] });
  }
  return units;
}
