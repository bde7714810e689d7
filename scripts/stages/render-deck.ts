// Renders a slide plan to Marp Markdown through the Handlebars templates in templates/deck/.
import { labelsFor } from '../lib/language.js';
import { escapeInline } from '../lib/markdown-text.js';
import type { TemplateSet } from '../lib/templates.js';
import type { Slide, SlidePlan } from '../types.js';

/** The line under the title on the title slide: author and date. */
export function byline(plan: SlidePlan): string {
  const { author, date } = plan.meta;
  return [author, date].filter(Boolean).map((s) => escapeInline(s!)).join(' · ');
}

/** Where each agenda slide's numbering starts: an agenda continued on a second slide goes on counting. */
function numbered(slides: Slide[]): (Slide & { start?: number })[] {
  let count = 0;
  return slides.map((s) => {
    if (s.kind !== 'agenda') return s;
    const start = count + 1;
    count += s.bullets.length;
    return { ...s, start };
  });
}

/**
 * SlidePlan -> Marp Markdown. Content is already Markdown-escaped; the templates add structure only. The
 * template files used are added to `used`.
 */
export function renderDeck(plan: SlidePlan, templates: TemplateSet, used?: Set<string>): string {
  const data = {
    // The footer directive is Markdown, and meta.title is plain text.
    meta: { ...plan.meta, footer: escapeInline(plan.meta.title) },
    labels: labelsFor(plan.meta.lang),
    byline: byline(plan),
    slides: numbered(plan.slides),
  };
  return `${templates.render('deck/deck', data, used).replace(/\n{3,}/g, '\n\n').trim()}\n`;
}
