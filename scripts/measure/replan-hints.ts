// The re-plan policy: what the planner should try next for a slide the overflow check found too full. Every step
// makes the slide's content smaller than the last, so the fit loop always ends; type gets smaller only once the
// content cannot be split or shortened any more.
import { wordCount } from '../plan/sentences.js';
import type { PlanHint, PlanHints, Slide, SlidePlan } from '../types.js';

/** A bullet is shortened to no fewer words than this: below it a bullet stops saying anything. */
const SHORTEST_BULLET = 6;
/** A kept slide's type is set smaller by this much a step, and not below the last share of its theme's size. */
const KEPT_STEP = 0.9;
export const KEPT_SMALLEST = 0.6;
/** Then its content as a whole, pictures too, by this much a step, and not below this share: small, but on the slide, and the warning says so. */
const ZOOM_STEP = 0.8;
export const ZOOM_SMALLEST = 0.25;

/**
 * A kept slide's next step (it is never split): its type one step smaller; at the smallest type, or straight away for
 * a slide with pictures (smaller type would leave them as tall and its title tiny), its content scaled as a whole one
 * step; undefined when both are at their smallest.
 */
function keptStep(prev: PlanHint, fontSize: number | undefined, pictures: boolean): PlanHint | undefined {
  const of = prev.fontSize?.of ?? fontSize;
  const px = of ? Math.floor((prev.fontSize?.px ?? of) * KEPT_STEP) : 0;
  if (of && !pictures && px >= of * KEPT_SMALLEST) return { ...prev, fontSize: { px, of } };
  const zoom = Math.floor((prev.zoom ?? 1) * ZOOM_STEP * 100) / 100;
  return zoom >= ZOOM_SMALLEST ? { ...prev, zoom } : undefined;
}

/** Whether `next` asks for less than `prev` in some way: a smaller cap, a cap set for the first time, denser type. */
function tighter(next: PlanHint, prev: PlanHint): boolean {
  return (Object.keys(next) as (keyof PlanHint)[]).some((key) => {
    const [a, b] = [next[key], prev[key]];
    return typeof a === 'number' ? b === undefined || a < (b as number) : a === true && !b;
  });
}

/** The next step for one slide, from what it holds and what was tried; undefined when nothing is left. */
function nextStep(slide: Slide, prev: PlanHint): PlanHint | undefined {
  const top = slide.bullets.filter((b) => b.level <= 1).length;
  const children = slide.bullets.length - top;
  const rows = slide.table?.rows.length ?? slide.code?.lines.length ?? 0;
  const figures = slide.figures?.length ?? 0;
  const words = slide.bullets.reduce((n, b) => n + wordCount(b.markdown), 0);
  const longest = Math.max(
    0,
    ...slide.bullets.filter((b) => !b.pinned && !b.formula).map((b) => wordCount(b.markdown)),
  );
  const steps: PlanHint[] = [
    // 1. Split: half the bullets (with half the words), table rows, code lines or figure cards on each slide.
    ...(top >= 2 ? [{ bullets: Math.ceil(slide.bullets.length / 2), words: Math.max(1, Math.ceil(words / 2)) }] : []),
    ...(rows >= 2 ? [{ rows: Math.ceil(rows / 2) }] : []),
    ...(figures >= 2 ? [{ figures: Math.ceil(figures / 2) }] : []),
    // 2. One list item: its sub-items continue on the next slide, under the item again.
    ...(children >= 2 ? [{ children: Math.ceil(children / 2) }] : []),
    // 3. Shorter bullets (their whole text is in the notes); an author's pinned bullet is kept as it is.
    ...(longest > SHORTEST_BULLET ? [{ bulletWords: Math.max(SHORTEST_BULLET, Math.floor(longest * 0.6)) }] : []),
    // 4. Only then one step smaller type.
    { dense: true },
  ];
  // A step that asks for nothing new (a split the planner could not make) gives way to the next one.
  return steps.map((step) => ({ ...prev, ...step })).find((next) => tighter(next, prev));
}

/**
 * What the planner should try next for the overflowing slides (0-based indexes), keyed by slide anchor; undefined
 * when nothing is left to try for any of them. `fontSizes` are the slides' measured type sizes, by index.
 */
export function replanHints(
  plan: SlidePlan,
  overflowing: number[],
  previous: PlanHints,
  fontSizes: (number | undefined)[] = [],
): PlanHints | undefined {
  const hints: PlanHints = { ...previous };
  let changed = false;
  for (const index of overflowing) {
    const slide = plan.slides[index];
    if (!slide?.anchor) continue;
    const prev = previous[slide.anchor] ?? {};
    const hint =
      slide.kind === 'kept'
        ? keptStep(prev, fontSizes[index], /!\[[^\]]*\]\(|<img\b/i.test(slide.markdown ?? ''))
        : nextStep(slide, prev);
    if (!hint) continue;
    hints[slide.anchor] = hint;
    changed = true;
  }
  return changed ? hints : undefined;
}
