// Renders a slide plan to Marp Markdown through the Handlebars templates in templates/deck/.
import { labelsFor } from '../text/language.js';
import { backtickRun, escapeInline } from '../text/markdown-text.js';
import type { TemplateSet } from './templates.js';
import type { Bullet, Slide, SlideCode, SlidePart, SlidePlan } from '../types.js';

/** The line under the title on the title slide: author and date. */
export function byline(plan: SlidePlan): string {
  const { author, date } = plan.meta;
  return [author, date]
    .filter(Boolean)
    .map((s) => escapeInline(s!))
    .join(' · ');
}

/** A lesson's timing for the title slide and the handout cover: "Teaching: 45 min · Exercises: 10 min". */
export function timing(plan: SlidePlan): string {
  const { teaching, exercises, lang } = plan.meta;
  const labels = labelsFor(lang, plan.meta.labels);
  const part = (label: string, minutes: number | undefined) =>
    minutes === undefined ? [] : [`${label}: ${minutes} ${labels.minutes}`];
  return [...part(labels.teaching, teaching), ...part(labels.exercises, exercises)].join(' · ');
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

/** Code as the templates see it: its text, and a fence that no line of it can close. */
const fenced = (code: SlideCode | undefined) =>
  code && { ...code, text: code.lines.join('\n'), fence: backtickRun(code.lines.join('\n'), 3) };

/** Slide kinds that the body template writes: bullets, callouts, code and output, images, in any mix. */
const BODY: ReadonlySet<Slide['kind']> = new Set(['content', 'code', 'exercise', 'solution', 'objectives']);

/** The classes of a body slide: its kind, smaller type, its callout's style, two columns. */
function bodyClass(slide: Slide): string {
  const kind = slide.kind === 'content' ? (slide.parts?.some((p) => p.code) ? 'code' : '') : slide.kind;
  const box = slide.box ? `box box-${slide.box.style}` : '';
  return [
    kind,
    slide.dense && 'dense',
    box,
    slide.columns && 'columns',
    slide.image && 'image',
    slide.image?.caption && 'captioned',
  ]
    .filter(Boolean)
    .join(' ');
}

/**
 * The slides as the templates see them: bullets with their markers (a callout's framed ones apart), an agenda
 * continued on a second slide goes on counting (`start`), code with its fence; `framed` when a callout holds code.
 */
function forTemplates(slides: Slide[]) {
  let count = 0;
  return slides.map((slide) => {
    const framed = !!slide.box && !!slide.code && slide.bullets.every((b) => b.boxed);
    const own = framed ? slide.bullets : slide.bullets.filter((b) => !b.boxed);
    const parts = slide.parts?.map((p: SlidePart) =>
      p.code ? { code: fenced(p.code) } : { bullets: marked(p.bullets) },
    );
    const s = {
      ...slide,
      bullets: marked(own),
      boxed: framed ? [] : marked(slide.bullets.filter((b) => b.boxed)),
      parts,
      code: fenced(slide.code),
      output: fenced(slide.output),
      framed,
    };
    const body = BODY.has(slide.kind) ? { body: true, cls: bodyClass(slide) } : {};
    if (s.kind !== 'agenda') return { ...s, ...body };
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
      fence = /^(`{3,}|~{3,})/.exec(line)?.[0];
      if (line === '' && out.at(-1) === '') continue;
    }
    out.push(line);
  }
  return out.join('\n');
}

/**
 * A right-to-left deck says so in its own Markdown (Marp's style directive), so that every page showing it, and
 * Marp itself opening slides.md, lays it out mirrored: the theme uses logical sides throughout.
 */
const RTL_STYLE = 'section { direction: rtl; --forward: "←"; }';

/** An author's global directives, with a right-to-left deck's direction added to its style (or as its style). */
function withDirection(directives: NonNullable<SlidePlan['directives']>, dir: SlidePlan['meta']['dir']) {
  if (dir !== 'rtl') return directives;
  const style = directives.find((d) => d.name === 'style');
  if (!style) return [...directives, { name: 'style', value: RTL_STYLE }];
  return directives.map((d) => (d === style ? { ...d, value: `${String(d.value)}\n${RTL_STYLE}` } : d));
}

/**
 * SlidePlan -> Marp Markdown. Content is already Markdown-escaped; the templates add structure only. The
 * template files used are added to `used`.
 */
export function renderDeck(plan: SlidePlan, templates: TemplateSet, used?: Set<string>): string {
  const data = {
    // The footer directive is Markdown, and meta.title is plain text.
    meta: { ...plan.meta, footer: escapeInline(plan.meta.title) },
    labels: labelsFor(plan.meta.lang, plan.meta.labels),
    rtlStyle: plan.meta.dir === 'rtl' ? RTL_STYLE : undefined,
    byline: byline(plan),
    timing: timing(plan),
    slides: forTemplates(plan.slides),
    // A kept deck's front matter: the author's global directives, theme resolved.
    directives: plan.directives && withDirection(plan.directives, plan.meta.dir),
  };
  return `${tidyBlankLines(templates.render('deck/deck', data, used)).trim()}\n`;
}
