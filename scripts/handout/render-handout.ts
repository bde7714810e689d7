// Renders the printable handout HTML for one layout from the rendered deck, through templates/handout/.
// Fixed layouts (lines, grid-N) are paginated here; notes and reading are flowed into pages by the browser.
import { fontFaceCss } from '../render/fonts.js';
import { timing } from '../render/render-deck.js';
import { unescapeInline } from '../text/markdown-text.js';
import { geometryCss, geometryFor, slidesPerPage, type HandoutGeometry } from './geometry.js';
import type { PdfInfo } from '../export/pdf-info.js';
import { readingSections } from './reading.js';
import { formulasIn, mathCssFor } from './math-html.js';
import { HANDOUT_PART_SLIDES, partCount, partData } from './handout-parts.js';
import { notesColumn, noteSources } from './notes-column.js';
import type { HandoutGroup, HandoutSlide } from './handout-slide.js';
import { labelsFor, type Labels } from '../text/language.js';
import type { TemplateSet } from '../render/templates.js';
import type { GuidedOptions, HandoutDoc, HandoutLayout, Paper, RenderedDeck, Slide } from '../types.js';
import type { BlankPlan } from './guided/choose-blanks.js';
import { guidedGroups } from './guided/guided-slides.js';
import { readingBlanks } from './guided/guided-reading.js';
import { marksByLine } from './guided/deck-terms.js';

/** What export needs besides the HTML: geometry, and the document information for the PDF. */
export interface RenderedHandout extends HandoutDoc {
  geometry: HandoutGeometry;
  info: PdfInfo;
  /** The templates it was rendered with, relative to the templates folder (for the cache key). */
  templates: string[];
  /**
   * A long deck's handout in parts (handout-parts.ts), laid out and printed one at a time: `html(0)` is the cover,
   * `html(k)` the k-th share of the slides. `html` above is still the whole handout, as written before printing.
   */
  parts?: { count: number; html: (part: number) => string };
}

/** Slide headings are not headings of the handout: they would fill the PDF bookmarks with every slide title. */
function thumbnail(html: string): string {
  return html.replace(/<h([1-6])\b/g, '<h$1 role="presentation"');
}

/**
 * Groups slides under their section dividers (and the summary and sources slides), for headings and the outline.
 * Solution slides wait in a "Solutions" group at the end, so that a student can try each exercise first.
 */
export function groupBySection(deck: RenderedDeck, solutionsAppendix = true): HandoutGroup[] {
  const groups: HandoutGroup[] = [{ id: 'hd-g0', title: '', slides: [] }];
  const sources = noteSources(deck.plan.doc);
  const solutions: HandoutSlide[] = [];
  deck.plan.slides.forEach((slide, i) => {
    // The code a slide shows (every part of a slide that code shares, and what it printed) is repeated beside it.
    const code = slide.parts
      ? slide.parts.flatMap((p) => (p.code ? [p.code] : []))
      : [slide.code, slide.output].filter((c) => c !== undefined);
    const notes = [
      ...notesColumn(slide.notes, sources),
      ...code.map((c) => ({ text: c.lines.join('\n'), html: '', item: false, code: true })),
    ];
    const shown: HandoutSlide = {
      number: i + 1,
      title: unescapeInline(slide.title),
      svg: thumbnail(deck.slideHtml[i]!),
      notes,
      slide,
    };
    if (slide.kind === 'solution') return void solutions.push(shown);
    const heading =
      slide.kind === 'divider'
        ? slide.title
        : slide.kind === 'summary' || slide.kind === 'sources'
          ? (slide.section ?? slide.title)
          : undefined;
    if (heading !== undefined && (slide.kind === 'divider' || unescapeInline(heading) !== groups.at(-1)!.title)) {
      groups.push({ id: `hd-g${groups.length}`, title: unescapeInline(heading), slides: [] });
    }
    groups.at(-1)!.slides.push(shown);
  });
  if (solutions.length && solutionsAppendix)
    groups.push({
      id: `hd-g${groups.length}`,
      title: labelsFor(deck.plan.meta.lang, deck.plan.meta.labels).solutions,
      slides: solutions,
    });
  const kept = groups.filter((g) => g.slides.length > 0);
  for (const g of kept) if (g.title) g.slides[0]!.start = { id: g.id, title: g.title };
  return kept;
}

/** Rows of the notes layout: a divider becomes its section's heading; slides without notes sit two to a row. */
function notesRows(group: HandoutGroup): { divider?: HandoutSlide; rows: { slides: HandoutSlide[]; pair: boolean }[] } {
  const divider = group.slides[0]?.slide.kind === 'divider' ? group.slides[0] : undefined;
  const rows: { slides: HandoutSlide[]; pair: boolean }[] = [];
  for (const s of group.slides) {
    // A divider's heading is the section's; one that says a short section's text keeps its notes as a row.
    if (s === divider && !s.notes.length) continue;
    const last = rows.at(-1);
    if (s.notes.length === 0 && last?.pair && last.slides.length === 1) last.slides.push(s);
    else rows.push({ slides: [s], pair: s.notes.length === 0 });
  }
  return { divider, rows };
}

/** Pages of a fixed layout: `per` slides each, headed by the sections they show. Page 1 is the cover. */
function fixedPages(groups: HandoutGroup[], per: number) {
  const slides = groups.flatMap((g) => g.slides.map((s) => ({ ...s, group: g.title })));
  const pages = [];
  for (let i = 0; i < slides.length; i += per) {
    const on = slides.slice(i, i + per);
    const titles = [...new Set(on.map((s) => s.group).filter(Boolean))];
    const section = titles.length > 1 ? `${titles[0]} – ${titles.at(-1)}` : (titles[0] ?? '');
    pages.push({ number: pages.length + 2, section, slides: on });
  }
  return pages;
}

function layoutName(layout: HandoutLayout, labels: Labels, key: boolean): string {
  if (layout.startsWith('grid-')) return labels.gridLayout.replace('{n}', layout.slice(5));
  if (layout === 'guided' || layout === 'guided-reading') {
    const name = layout === 'guided' ? labels.guidedLayout : labels.guidedReadingLayout;
    return key ? `${name} · ${labels.answerKey}` : name;
  }
  return labels[`${layout as 'notes' | 'lines' | 'reading'}Layout`];
}

/** How a guided layout is drawn: the student's copy or the key, its options, and the deck's blanks. */
export interface GuidedRender {
  key: boolean;
  options: GuidedOptions;
  blanks: BlankPlan;
}

const isReading = (layout: HandoutLayout) => layout === 'reading' || layout === 'guided-reading';

/** The reading text: the article (reading), with blanks (guided-reading), or none for the other layouts. */
function readingOf(deck: RenderedDeck, layout: HandoutLayout, guided: GuidedRender | undefined) {
  if (!isReading(layout)) return [];
  const svg = (i: number) => thumbnail(deck.slideHtml[i]!);
  if (layout === 'reading' || !guided) return readingSections(deck, svg);
  const style = {
    key: guided.key,
    cue: guided.options.cue,
    labels: labelsFor(deck.plan.meta.lang, deck.plan.meta.labels),
  };
  const marked = marksByLine(deck.plan.doc).size > 0;
  return readingSections(deck, svg, readingBlanks(guided.blanks, marked, guided.options, style));
}

/** Today's date as YYYY-MM-DD, for a footer when the document has no date of its own. */
function isoDate(now: Date): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** The outline on the cover: one entry per section, with its page when the layout is paginated here. */
function outlineFor(
  layout: HandoutLayout,
  groups: HandoutGroup[],
  per: number,
  reading: ReturnType<typeof readingSections>,
) {
  if (isReading(layout))
    return reading.filter((s) => s.level === 2).map((s) => ({ id: s.id, title: s.section, page: '' }));
  let index = 0;
  return groups.flatMap((g) => {
    const first = index;
    index += g.slides.length;
    return g.title ? [{ id: g.id, title: g.title, page: per ? String(2 + Math.floor(first / per)) : '' }] : [];
  });
}

/**
 * RenderedDeck -> handout HTML for one layout and paper size, with its geometry and PDF information. Each page's
 * footer names the course (config course.title), or else the deck: students file pages, not source paths. A deck
 * of more than `partSlides` slides also gets its handout in parts.
 */
export function renderHandout(
  deck: RenderedDeck,
  layout: HandoutLayout,
  paper: Paper,
  templates: TemplateSet,
  handoutCss: string,
  now: Date = new Date(),
  course?: string,
  guided?: GuidedRender,
  partSlides = HANDOUT_PART_SLIDES,
): RenderedHandout {
  return formulasIn(deck.plan.meta.lang, () =>
    handoutOf(deck, layout, paper, templates, handoutCss, now, course, guided, partSlides),
  );
}

function handoutOf(
  deck: RenderedDeck,
  layout: HandoutLayout,
  paper: Paper,
  templates: TemplateSet,
  handoutCss: string,
  now: Date,
  course: string | undefined,
  guided: GuidedRender | undefined,
  partSlides: number,
): RenderedHandout {
  const { meta } = deck.plan;
  const labels = labelsFor(meta.lang, meta.labels);
  const geometry = geometryFor(layout, paper, deck.size);
  const per = slidesPerPage(geometry);
  // The guided notes leave solutions out: a student tries first, and the key has the student's pages.
  const groups = groupBySection(deck, layout !== 'guided');
  const { title } = meta;
  const sources = [...meta.sources, ...(meta.publisher ? [meta.publisher] : [])];
  const reading = readingOf(deck, layout, guided);
  const outline = outlineFor(layout, groups, per, reading);
  const key = guided?.key ?? false;
  const style = { key, cue: guided?.options.cue ?? 'letters', labels };
  const pages = per ? fixedPages(groups, per) : [];
  const data = {
    meta,
    title,
    labels,
    layout,
    layoutName: layoutName(layout, labels, key),
    layoutPartial: layout.startsWith('grid-') ? 'grid' : layout === 'guided-reading' ? 'reading' : layout,
    paper,
    geometry,
    geometryCss: geometryCss(geometry),
    fonts: fontFaceCss(),
    marpCss: deck.css,
    handoutCss,
    sources,
    // The document's own course wins over the config's, as front matter wins over the config file.
    footerLeft: [meta.date ?? isoDate(now), meta.course ?? course ?? title, ...(key ? [labels.answerKey] : [])].join(
      ' · ',
    ),
    timing: timing(deck.plan),
    slideCount: deck.plan.slides.length,
    pageCount: per ? pages.length + 1 : '',
    outline,
    outlineColumns: outline.length > 18,
    groups: layout === 'notes' ? groups.map((g) => ({ ...g, ...notesRows(g) })) : [],
    guided: layout === 'guided' && guided ? guidedGroups(groups, guided.blanks, style) : [],
    pages,
    reading,
  };
  const subject = meta.subtitle ? meta.subtitle : `${labels.handout}: ${data.layoutName}`;
  const used = new Set<string>();
  // MathJax's style sheet goes into the page only when a note or the reading text has a typeset formula.
  const rendered = templates.render('handout/handout', data, used);
  const math = mathCssFor(rendered);
  const withMath = (page: string) => (math ? page.replace('</head>', `<style>${math}</style>\n</head>`) : page);
  const html = withMath(rendered);
  const count = partCount(deck.plan.slides.length, partSlides);
  const part = (n: number) =>
    withMath(templates.render('handout/handout', partData(data, n, count, partSlides), new Set()));
  const headings = [title, labels.contents, ...outline.map((o) => o.title), ...reading.map((s) => s.plainTitle)];
  return {
    layout,
    paper,
    landscape: geometry.landscape,
    html,
    ...(key ? { key } : {}),
    geometry,
    templates: [...used],
    ...(count > 1 ? { parts: { count, html: part } } : {}),
    // Keywords: the section titles, which is what a library catalogue or a file search wants.
    info: {
      title,
      author: meta.author,
      subject,
      keywords: outline.map((o) => o.title).slice(0, 12),
      creator: 'deckhand',
      headings,
    },
  };
}
