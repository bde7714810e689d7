// The re-plan policy: what the planner should try next for a slide the overflow check found too full.
import { wordCount } from '../plan/sentences.js';
import type { PlanHint, PlanHints, SlidePlan } from '../types.js';

/**
 * What the planner should try next for overflowing slides (0-based indexes), keyed by slide anchor: a slide of two
 * or more parts (bullets, table rows, code lines, figure cards) is split in two; one that cannot split, or was
 * split already, gets one step smaller type. Undefined when nothing is left to try.
 */
export function replanHints(plan: SlidePlan, overflowing: number[], previous: PlanHints): PlanHints | undefined {
  const hints: PlanHints = { ...previous };
  let changed = false;
  for (const index of overflowing) {
    const slide = plan.slides[index];
    if (!slide?.anchor) continue;
    const prev = previous[slide.anchor] ?? {};
    const hint: PlanHint = { ...prev };
    const tried = prev.bullets !== undefined || prev.rows !== undefined || prev.figures !== undefined;
    const top = slide.bullets.filter((b) => b.level === 1).length;
    const [rows, figures] = [slide.table?.rows.length ?? slide.code?.lines.length ?? 0, slide.figures?.length ?? 0];
    const words = slide.bullets.reduce((n, b) => n + wordCount(b.markdown), 0);
    if (!tried && top >= 2) Object.assign(hint, { bullets: Math.ceil(slide.bullets.length / 2), words: Math.max(1, Math.ceil(words / 2)) });
    else if (!tried && rows >= 2) hint.rows = Math.ceil(rows / 2);
    else if (!tried && figures >= 2) hint.figures = Math.ceil(figures / 2);
    else if (!prev.dense) hint.dense = true;
    else continue;
    hints[slide.anchor] = hint;
    changed = true;
  }
  return changed ? hints : undefined;
}
