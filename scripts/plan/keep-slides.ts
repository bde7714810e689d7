// Plans an author's own deck: every slide as the author wrote it, in the same order, with its notes as notes. Nothing
// is condensed, split or merged. A slide the overflow check found too full is fitted only as Marp's own tools fit
// one: its type set smaller by a scoped style (PlanHint.fontSize), which the fit loop asks for step by step.
import { escapeInline } from '../text/markdown-text.js';
import type { Budgets, Directive, DocModel, PlanHints, Slide, SlidePlan } from '../types.js';

/** A kept slide's anchor: its number, which no re-plan changes. */
export const keptAnchor = (index: number): string => `k${index + 1}`;

/** Marp's way to set one slide's type smaller: a style scoped to that slide. */
export const scopedFontSize = (px: number): string => `<style scoped>section { font-size: ${px}px; }</style>`;

/** One slide's content scaled as a whole, its header, footer and page number as they are. */
export const scopedZoom = (share: number): string =>
  `<style scoped>section > :not(header):not(footer) { zoom: ${share}; }</style>`;

/** The styles that fit a kept slide, as the fit loop asked for them. */
function fitted(markdown: string, hint: PlanHints[string] | undefined): string {
  const styles = [
    ...(hint?.fontSize ? [scopedFontSize(hint.fontSize.px)] : []),
    ...(hint?.zoom ? [scopedZoom(hint.zoom)] : []),
  ];
  return styles.length ? `${markdown}\n\n${styles.join('\n')}` : markdown;
}

/** DocModel of an author's deck -> SlidePlan, one kept slide per slide written. */
export function keepSlides(model: DocModel, budgets: Budgets, hints: PlanHints = {}): SlidePlan {
  const deck = model.deck!;
  const slides: Slide[] = deck.slides.map((s, i) => {
    const anchor = keptAnchor(i);
    const title = escapeInline(s.title);
    return {
      kind: 'kept',
      title,
      section: model.sections[i]?.title ?? title,
      bullets: [],
      notes: s.notes,
      pos: s.pos,
      continued: false,
      anchor,
      markdown: fitted(s.markdown, hints[anchor]),
    };
  });
  const theme: Directive = { name: 'theme', value: model.meta.theme };
  const lang: Directive[] = deck.directives.some((d) => d.name === 'lang')
    ? []
    : [{ name: 'lang', value: model.meta.lang }];
  return {
    source: model.source,
    meta: model.meta,
    slides,
    doc: model,
    budgets,
    diagnostics: [...model.diagnostics],
    directives: [theme, ...lang, ...deck.directives],
  };
}
