// Packs a section's units into slides: atoms into the fewest, most even bullet slides under the budgets (and the
// re-plan hints), slides of their own in between; slides after the first of a title say "(continued)".
import { wordCount } from './sentences.js';
import { splitFigures } from './block-slides.js';
import type { Atom, Ctx, Packed, Unit } from './context.js';
import { bulletSlideBottom, CONTENT_BOTTOM } from './merge-slides.js';
import type { Bullet, Slide, SlideKind } from '../types.js';

type Caps = { bullets: number; words: number };
/** How far past the word budget a list may go to stay whole on a slide of its own. */
const WHOLE_SLACK = 1.5;
/**
 * Slide pixels kept free below the estimated height when packing: a re-plan costs a second measurement and
 * throws away the handout made alongside the first, so the first plan had better fit.
 */
const PACK_MARGIN = 20;

const wordsOf = (bullets: Bullet[]) => bullets.reduce((n, b) => n + wordCount(b.markdown), 0);

/**
 * Greedy packing of atoms under caps; glued atoms move together. A re-plan hint tightens the caps of whichever
 * slide holds the hinted atom, so a later regrouping cannot undo a split the overflow check asked for.
 */
function greedy(units: Atom[][], base: Caps, ctx: Ctx, title: string): Atom[][] {
  const slides: Atom[][] = [];
  const capsOf = (atoms: Atom[]): Caps =>
    atoms.reduce(
      (c, a) => ({
        bullets: Math.min(c.bullets, ctx.hints[a.id]?.bullets ?? Infinity),
        words: Math.min(c.words, ctx.hints[a.id]?.words ?? Infinity),
      }),
      base,
    );
  const bulletsIn = (atoms: Atom[]) => atoms.reduce((n, a) => n + a.bullets.length, 0);
  const fits = (atoms: Atom[], slack = 1) => {
    const c = capsOf(atoms);
    const words = atoms.reduce((n, a) => n + wordsOf(a.bullets), 0);
    // The estimated height judges too: budgets count words, but long bullets wrap onto more lines than short ones.
    return (
      bulletsIn(atoms) <= c.bullets &&
      words <= c.words * slack &&
      bulletSlideBottom(
        title,
        atoms.flatMap((a) => a.bullets),
      ) <=
        CONTENT_BOTTOM - PACK_MARGIN
    );
  };
  let open: Atom[] | undefined;
  for (const unit of units) {
    const first = unit.find((a) => a.bullets.length);
    // Prefer breaking between paragraphs and lists: a unit that fits on a fresh slide starts one.
    if (open && first && bulletsIn(open) && !fits([...open, ...unit]) && fits(unit, WHOLE_SLACK)) open = undefined;
    // A list that has a slide to itself stays whole a little past the word budget: two half-empty slides read worse,
    // and the overflow check still splits it if it really does not fit.
    if (first && !open?.length && unit.length > 1 && fits(unit, WHOLE_SLACK)) {
      if (!open) {
        open = [];
        slides.push(open);
      }
      open.push(...unit);
      continue;
    }
    for (let i = 0; i < unit.length; i++) {
      const group = unit[i]!.glue && unit[i + 1] ? [unit[i]!, unit[i + 1]!] : [unit[i]!];
      const shows = group.find((a) => a.bullets.length);
      if (!open || (shows && bulletsIn(open) && !fits([...open, ...group]))) {
        open = [];
        slides.push(open);
      }
      open.push(...group);
      i += group.length - 1;
    }
  }
  return slides;
}

/** How many units (a paragraph, a list with its lead-in) the packing spread over more than one slide. */
function brokenUnits(slides: Atom[][], units: Atom[][]): number {
  const slideOf = new Map(slides.flatMap((atoms, i) => atoms.map((a) => [a, i] as const)));
  return units.filter((u) => new Set(u.map((a) => slideOf.get(a))).size > 1).length;
}

/**
 * Packs a run of atoms into the fewest slides, then as evenly as the atoms allow, but never by breaking a list or
 * paragraph that the fewest slides kept whole: a five-item list that fits one slide stays on it.
 */
export function packRun(units: Atom[][], title: string, section: string, kind: SlideKind, ctx: Ctx): Slide[] {
  const base = { bullets: ctx.budgets.bullets, words: ctx.budgets.words };
  // Judged under the longer of the titles the slides may get ("… (continued)").
  const longest = `${title} (${ctx.labels.continued})`;
  let best = greedy(units, base, ctx, longest);
  const count = best.length;
  const broken = brokenUnits(best, units);
  const all = units.flat();
  const [bullets, words] = [
    all.reduce((n, a) => n + a.bullets.length, 0),
    all.reduce((n, a) => n + wordsOf(a.bullets), 0),
  ];
  search: for (let b = Math.ceil(bullets / count); count > 1 && b <= base.bullets; b++) {
    for (let w = Math.ceil(words / count); w <= base.words; w += 2) {
      const tried = greedy(units, { bullets: b, words: w }, ctx, longest);
      if (tried.length > count || brokenUnits(tried, units) > broken) continue;
      best = tried;
      break search;
    }
  }
  return best.map((atoms) => {
    const anchor = (atoms.find((a) => a.bullets.length) ?? atoms[0]!).id;
    const pos = atoms.flatMap((a) => a.bullets)[0]?.pos ?? { file: '', line: 0 };
    const dense = atoms.some((a) => ctx.hints[a.id]?.dense) || undefined;
    const box = atoms.find((a) => a.box && a.bullets.length)?.box;
    const speaker = atoms.flatMap((a) => a.speaker ?? []);
    return {
      kind,
      title,
      section,
      bullets: atoms.flatMap((a) => a.bullets),
      notes: atoms.flatMap((a) => a.notes),
      ...(speaker.length ? { speaker } : {}),
      pos,
      continued: false,
      anchor,
      dense,
      ...(box ? { box } : {}),
    };
  });
}

/**
 * Titles of a run of slides: after the first slide of a title, "(continued)". With `only`, just the slides of that
 * title: an exercise's or a solution's slides are titled already, and a second "Answer" is not the first continued.
 */
export function continuedTitles(slides: Slide[], ctx: Ctx, only?: string): void {
  const seen = new Set<string>();
  for (const s of slides) {
    if (s.continued || (only !== undefined && s.title !== only)) continue;
    s.continued = seen.has(s.title);
    seen.add(s.title);
    if (s.continued) s.title = `${s.title} (${ctx.labels.continued})`;
  }
}

/** Packs a section's units into slides (see Packed). */
export function pack(units: Unit[], title: string, section: string, kind: SlideKind, ctx: Ctx): Packed {
  const slides: Slide[] = [];
  const starts = new Set<Slide>();
  let orphans: string[] = [];
  const speaker: string[] = [];
  let run: Atom[][] = [];
  let fresh = false;
  const flush = () => {
    const packed = packRun(run, title, section, kind, ctx);
    const real = packed.filter((s) => s.bullets.length);
    const loose = packed.filter((s) => !s.bullets.length).flatMap((s) => s.notes);
    (real[0]?.notes ?? slides.at(-1)?.notes ?? orphans).push(...loose);
    const aside = packed.filter((s) => !s.bullets.length).flatMap((s) => s.speaker ?? []);
    const holder = real[0] ?? slides.at(-1);
    if (aside.length && holder) holder.speaker = [...(holder.speaker ?? []), ...aside];
    else if (aside.length) speaker.push(...aside);
    if (fresh && real[0]) {
      starts.add(real[0]);
      fresh = false;
    }
    slides.push(...real);
    run = [];
  };
  for (const unit of units) {
    if (unit.split || unit.slides) flush();
    if (unit.split) fresh = true;
    if (unit.atoms) run.push(unit.atoms);
    else {
      const made = unit.slides.flatMap((s) =>
        splitFigures(
          {
            ...s,
            title: s.title ?? title,
            section,
            continued: s.continued ?? false,
            dense: s.dense ?? ctx.hints[s.anchor!]?.dense,
          },
          ctx.budgets,
          ctx.hints,
        ),
      );
      if (fresh && made[0]) {
        starts.add(made[0]);
        fresh = false;
      }
      slides.push(...made);
    }
  }
  flush();
  if (slides[0]) [slides[0].notes, orphans] = [[...orphans, ...slides[0].notes], []];
  if (slides[0] && speaker.length) slides[0].speaker = [...speaker.splice(0), ...(slides[0].speaker ?? [])];
  return { slides, fresh: starts, orphans, speaker };
}
