// Framed parts of a lesson as slides: a callout's bullets framed in its style under its title; an exercise on
// slides labelled as one, each of its solutions on the slides right after it; instructor notes in the speaker notes
// only. The blocks inside are planned like any section's (`plan` is units.ts' unitsOf, passed in).
import { anyOf, everyLanguage, WORD_END, WORD_START } from '../text/language.js';
import { unescapeInline } from '../text/markdown-text.js';
import type { Ctx, SlideBody, Unit } from './context.js';
import { mergeSlides } from './merge-slides.js';
import { continuedTitles, pack } from './pack.js';
import type { Block, Slide, SlideKind } from '../types.js';

type Box = Extract<Block, { type: 'box' }>;
/** Plans blocks as units of a section (units.ts' unitsOf), in the context given. */
type Plan = (blocks: Block[], ctx: Ctx) => Unit[];

/** Every sentence of a box as notes lines: for instructor notes, which are never shown. */
export function boxText(blocks: Block[]): string[] {
  return blocks.flatMap((b): string[] => {
    switch (b.type) {
      case 'paragraph':
      case 'quote':
        return [b.text];
      case 'list':
        return b.items.flatMap(function item(i): string[] {
          return [`- ${i.text}`, ...i.children.flatMap(item)];
        });
      case 'code':
        return [b.code];
      case 'table':
        return [[b.header, ...b.rows].map((r) => r.join(' | ')).join('\n')];
      case 'image':
        return [b.caption ?? b.alt].filter(Boolean);
      case 'box':
        return [...(b.title ? [unescapeInline(b.title)] : []), ...boxText(b.blocks)];
    }
  });
}

const plainTitle = (t: string) => unescapeInline(t).replace(/[*_`]/g, '').trim();

/** "Exercise: Title", unless the title says so itself ("Challenge 1", "Latihan: …"). */
function labelled(label: string, title: string | undefined, words: RegExp): string {
  if (!title) return label;
  return words.test(plainTitle(title)) ? title : `${label}: ${title}`;
}

/** Any language's words for exercises and solutions (text/languages/): at a title's start, or anywhere in it. */
const lesson = (part: 'exercise' | 'solution') => anyOf(everyLanguage((words) => words.lesson[part]));
const EXERCISE_WORDS = new RegExp(`^${lesson('exercise')}${WORD_END}`, 'iu');
const SOLUTION_WORDS = new RegExp(`^${lesson('solution')}${WORD_END}`, 'iu');
const MENTIONS_SOLUTION = new RegExp(`${WORD_START}${lesson('solution')}${WORD_END}`, 'iu');

/** Blocks planned with every sentence shown (ctx.whole), as an exercise's text or a short callout's needs. */
const wholly = (blocks: Block[], ctx: Ctx, plan: Plan): Unit[] => plan(blocks, { ...ctx, whole: true });

/** A frame's blocks as slides of their own, titled `title`, of kind `kind` where they are bullets or code. */
function framedSlides(blocks: Block[], title: string, kind: SlideKind, ctx: Ctx, plan: Plan): SlideBody[] {
  const units = wholly(blocks, ctx, plan);
  const slides = mergeSlides(pack(units, title, title, kind, ctx), ctx);
  continuedTitles(slides, ctx);
  return slides.map(({ section: _section, ...s }: Slide) => ({
    ...s,
    kind: s.kind === 'content' || s.kind === 'code' ? kind : s.kind,
  }));
}

/** The slides of an exercise, then those of each of its solutions. */
function exerciseSlides(box: Box, ctx: Ctx, plan: Plan): SlideBody[] {
  const solutions = box.blocks.filter((b): b is Box => b.type === 'box' && b.role === 'solution');
  const own = box.blocks.filter((b) => !solutions.includes(b as Box));
  const title = labelled(ctx.labels.exercise, box.title, EXERCISE_WORDS);
  const slides = framedSlides(own.length ? own : [], title, 'exercise', ctx, plan);
  if (!slides.length)
    slides.push({ kind: 'exercise', title, bullets: [], notes: [], pos: box.pos, anchor: `${box.pos.line}.x` });
  // "Solution: <the exercise's title>"; an exercise titled only by its kind ("Challenge 1") lets its solution keep its own.
  const generic =
    !box.title || (EXERCISE_WORDS.test(plainTitle(box.title)) && plainTitle(box.title).split(/\s+/).length <= 2);
  const ownTitle = (s: Box) => (s.title && SOLUTION_WORDS.test(plainTitle(s.title)) ? s.title : ctx.labels.solution);
  const answer = (s: Box) => (generic ? ownTitle(s) : `${ctx.labels.solution}: ${box.title}`);
  return [...slides, ...solutions.flatMap((s) => framedSlides(s.blocks, answer(s), 'solution', ctx, plan))];
}

/** A callout: its bullets framed (packing with the slide before it), or, holding code or a table, slides framed whole. */
function calloutUnit(box: Box, ctx: Ctx, plan: Plan): Unit {
  const frame = { style: box.style, ...(box.title ? { title: box.title } : {}) };
  // A short callout is read out whole; a long one is condensed like any other prose.
  const words = boxText(box.blocks).join(' ').split(/\s+/).length;
  const units = words <= ctx.budgets.words ? wholly(box.blocks, ctx, plan) : plan(box.blocks, ctx);
  if (units.every((u) => u.atoms)) {
    const atoms = units
      .flatMap((u) => u.atoms ?? [])
      .map((a) => ({ ...a, box: frame, bullets: a.bullets.map((b) => ({ ...b, boxed: true })) }));
    if (atoms.some((a) => a.bullets.length)) return { split: units[0]?.split ?? false, box: true, atoms };
  }
  const { slides } = pack(units, '', '', 'content', ctx);
  const bodies = slides.map(
    ({ title: _t, section: _s, continued: _c, ...s }: Slide): SlideBody => ({
      ...s,
      box: frame,
      bullets: s.bullets.map((b) => ({ ...b, boxed: true })),
    }),
  );
  return { split: true, box: true, slides: bodies };
}

/** A box as a unit of its section. */
export function boxUnit(box: Box, ctx: Ctx, plan: Plan): Unit {
  switch (box.role) {
    case 'instructor':
      return {
        split: false,
        atoms: [{ id: String(box.pos.line), bullets: [], notes: [], speaker: boxText(box.blocks) }],
      };
    case 'exercise':
      return { split: true, box: true, slides: exerciseSlides(box, ctx, plan) };
    case 'solution': {
      // "Answer" stays; a control's words ("Expand here to see the solution") say only that it is one.
      const plain = box.title ? plainTitle(box.title) : '';
      const title = SOLUTION_WORDS.test(plain)
        ? box.title!
        : MENTIONS_SOLUTION.test(plain)
          ? ctx.labels.solution
          : labelled(ctx.labels.solution, box.title, SOLUTION_WORDS);
      return { split: true, box: true, slides: framedSlides(box.blocks, title, 'solution', ctx, plan) };
    }
    default:
      return calloutUnit(box, ctx, plan);
  }
}
