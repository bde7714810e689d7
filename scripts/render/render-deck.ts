// Renders a slide plan to Marp Markdown through the Handlebars templates in templates/deck/.
import { labelsFor } from '../text/language.js';
import { backtickRun, escapeInline } from '../text/markdown-text.js';
import type { TemplateSet } from './templates.js';
import type { Bullet, Slide, SlidePlan } from '../types.js';

/** The line under the title on the title slide: author and date. */
export function byline(plan: SlidePlan): string {
  const { author, date } = plan.meta;
  return [author, date].filter(Boolean).map((s) => escapeInline(s!)).join(' · ');
}

/** A bullet as the templates see it: its list marker ("-" or "3."), and the indent that nests it under its parent. */
type MarkedBullet = Bullet & { marker: string; pad: string };

/**
 * List markers for a slide's bullets. A second-level bullet is indented past its parent's marker, as CommonMark
 * wants: two spaces under "- ", three under "1. ", four under "10. ".
 */
function marked(bullets: Bullet[]): MarkedBullet[] {
  let parent = '-';
  return bullets.map((b) => {
    const marker = b.number === undefined ? '-' : `${b.number}.`;
    if (b.level <= 1) parent = marker;
    return { ...b, marker, pad: b.level <= 1 ? '' : ' '.repeat(parent.length + 1) };
  });
}

/**
 * The slides as the templates see them: bullets with their markers, an agenda continued on a second slide goes on
 * counting (`start`), and a code slide carries its text and a fence that no line of it can close.
 */
function forTemplates(slides: Slide[]): (Omit<Slide, 'bullets'> & { bullets: MarkedBullet[]; start?: number; fence?: string; text?: string })[] {
  let count = 0;
  return slides.map((slide) => {
    const s = { ...slide, bullets: marked(slide.bullets) };
    if (s.code) return { ...s, fence: backtickRun(s.code.lines.join('\n'), 3), text: s.code.lines.join('\n') };
    if (s.kind !== 'agenda') return s;
    const start = count + 1;
    count += s.bullets.length;
    return { ...s, start };
  });
}

/**
 * Runs of blank lines (left by template conditionals) become one, except inside code blocks, whose blank lines
 * are the author's. Code fences are the ones code-slide writes: backticks at the start of a line.
 */
function tidyBlankLines(markdown: string): string {
  const out: string[] = [];
  let fence: string | undefined;
  for (const line of markdown.split('\n')) {
    if (fence) {
      if (line.trimEnd() === fence) fence = undefined;
    } else {
      fence = /^`{3,}/.exec(line)?.[0];
      if (line === '' && out.at(-1) === '') continue;
    }
    out.push(line);
  }
  return out.join('\n');
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
    slides: forTemplates(plan.slides),
  };
  return `${tidyBlankLines(templates.render('deck/deck', data, used)).trim()}\n`;
}
