// The fit loop: measure a rendered deck in Chromium, and re-plan and render the slides that overflow until they fit.
// A deck never fails for overflow: what still does not fit once every step was tried is a warning at its line.
import { BrowserMissingError } from '../errors.js';
import { measureOverflow, type MeasureCache, type PrintOnFit } from '../measure/measure-overflow.js';
import { KEPT_SMALLEST, replanHints, ZOOM_SMALLEST } from '../measure/replan-hints.js';
import { scopedFontSize, scopedZoom } from '../plan/keep-slides.js';
import type { Diagnostic, PlanHints, RenderedDeck, SlideMeasure } from '../types.js';
import type { BuildContext } from './build-context.js';
import { planAndRender } from './phases.js';

/**
 * Re-plan rounds after the first measurement at most. Every round tightens each overflowing slide one step (a
 * split halves it), so a few rounds reach one bullet, row or card per slide, a shorter bullet and smaller type.
 */
const MAX_REPLANS = 12;

/** A deck after the overflow check: the re-planned deck, its measurements and what was found. */
export interface FitResult {
  deck: RenderedDeck;
  /** The last round's measurements (empty when no browser could measure). */
  measures: SlideMeasure[];
  /** Slides that overflowed on the first check. */
  replanned: number;
  /** Slides that still overflow once every step was tried: built anyway, each with a warning. */
  overflowing: SlideMeasure[];
  diagnostics: Diagnostic[];
  /** The re-plan hints the final deck was planned with (empty when the first plan fitted). */
  hints: PlanHints;
}

/**
 * Measures the deck in the build's browser and re-plans overflowing slides (split, or one step smaller type) until
 * they fit; one page load per round. Only planning and rendering run again: the document model the first plan was
 * made from is planned anew. Without a browser the deck is built unmeasured, with a warning.
 */
export async function fitDeck(
  ctx: Pick<BuildContext, 'config' | 'templates' | 'marp' | 'themes' | 'pool'>,
  first: RenderedDeck,
  workDir: string,
  print?: PrintOnFit,
): Promise<FitResult> {
  let deck = first;
  let hints: PlanHints = {};
  let measures: SlideMeasure[];
  const cache: MeasureCache = new Map();
  try {
    measures = await measureOverflow(ctx.pool, deck, workDir, cache, print);
  } catch (error) {
    if (!(error instanceof BrowserMissingError)) throw error;
    const file = first.plan.source.relPath;
    const warning: Diagnostic = {
      file,
      line: 1,
      severity: 'warning',
      code: 'overflow',
      message: `slides not checked for overflow: ${error.message}`,
    };
    return { deck, measures: [], replanned: 0, overflowing: [], diagnostics: [warning], hints };
  }
  const firstOver = measures.filter((m) => m.overflowing);
  const kept = first.plan.slides.map((s) => s.kind === 'kept');
  const diagnostics: Diagnostic[] = firstOver
    .filter((m) => !kept[m.slide - 1])
    .map((m) => ({
      ...m.pos,
      severity: 'info',
      code: 'replan',
      message: `slide ${m.slide} "${m.title}" overflowed (${m.overflowY}px down, ${m.overflowX}px across); re-planned`,
    }));
  for (let round = 0; round < MAX_REPLANS && measures.some((m) => m.overflowing); round++) {
    const next = replanHints(
      deck.plan,
      measures.filter((m) => m.overflowing).map((m) => m.slide - 1),
      hints,
      measures.map((m) => m.fontSize),
    );
    if (!next) break;
    hints = next;
    deck = planAndRender(first.plan.doc, ctx, hints);
    measures = await measureOverflow(ctx.pool, deck, workDir, cache);
  }
  const overflowing = measures.filter((m) => m.overflowing);
  diagnostics.push(...keptFits(firstOver, measures, hints, deck), ...overflowWarnings(overflowing, deck));
  return { deck, measures, replanned: firstOver.length, overflowing, diagnostics, hints };
}

/**
 * The author's own slides that overflowed, each with its number and line: fitted by smaller type, then by its
 * content scaled as a whole (as scoped styles would in Marp), or still overflowing at the smallest (overflowWarnings).
 */
function keptFits(first: SlideMeasure[], last: SlideMeasure[], hints: PlanHints, deck: RenderedDeck): Diagnostic[] {
  return first.flatMap((m): Diagnostic[] => {
    const slide = deck.plan.slides[m.slide - 1];
    const hint = slide?.kind === 'kept' && slide.anchor ? hints[slide.anchor] : undefined;
    if (!hint || last[m.slide - 1]?.overflowing) return [];
    const size = hint.fontSize;
    const how = [
      ...(size ? [`its type is set at ${Math.round((size.px / size.of) * 100)}%`] : []),
      ...(hint.zoom ? [`its content scaled to ${Math.round(hint.zoom * 100)}%`] : []),
    ];
    if (!how.length) return [];
    const styles = [...(size ? [scopedFontSize(size.px)] : []), ...(hint.zoom ? [scopedZoom(hint.zoom)] : [])];
    return [
      {
        ...m.pos,
        severity: 'warning',
        code: 'overflow',
        message: `${named(m)} overflowed (${m.overflowY}px down, ${m.overflowX}px across): ${how.join(' and ')} to fit, as ${styles.join(' ')} on the slide would in Marp`,
      },
    ];
  });
}

/** A slide as a message names it: its number, and its title when it has one. */
const named = (m: SlideMeasure) => `slide ${m.slide}${m.title ? ` "${m.title}"` : ''}`;

/** A warning at each slide that still overflows once every step was tried (an author's kept slide is never split). */
export function overflowWarnings(overflowing: SlideMeasure[], deck?: RenderedDeck): Diagnostic[] {
  return overflowing.map((m) => ({
    ...m.pos,
    severity: 'warning',
    code: 'overflow',
    message:
      deck?.plan.slides[m.slide - 1]?.kind === 'kept'
        ? `${named(m)} overflows (${m.overflowY}px down, ${m.overflowX}px across), even with its type set at ${Math.round(KEPT_SMALLEST * 100)}% and its content scaled to ${Math.round(ZOOM_SMALLEST * 100)}%: shorten it, or make it two slides with ---`
        : `slide ${m.slide} "${m.title}" still overflows after it was split, shortened and set smaller (${m.overflowY}px down, ${m.overflowX}px across): shorten the text here or add <!-- deckhand: split -->`,
  }));
}
