// Plans the slides of a deck: structure slides (title, objectives, agenda, dividers, summary, sources), one short
// bullet per paragraph with the full text in the notes, key figures, tables, code, callouts and exercises, and
// budgets kept by continuation slides.
import { condenseLabeled, maskAtoms, summaryBullets, unmask } from './condense.js';
import { splitSentences, wordCount } from './sentences.js';
import { shorten } from './shorten.js';
import { one, type Ctx, type Unit } from './context.js';
import { isFigureParagraph } from './figures.js';
import { HARD_BULLET_WORDS } from './condense.js';
import {
  hasAuthorsSummary,
  isConclusion,
  keypointSlides,
  othersWork,
  lessonParts,
  objectiveSlides,
  summaryStart,
} from './lesson.js';
import { mergeSlides, nearEmpty } from './merge-slides.js';
import { continuedTitles, pack, packRun } from './pack.js';
import { unitsOf } from './units.js';
import { pointTitles } from './point-titles.js';
import { proseOf, sectionPicks } from './section-picks.js';
import { labelsFor } from '../text/language.js';
import { escapeInline, unescapeInline } from '../text/markdown-text.js';
import type {
  Block,
  Budgets,
  Diagnostic,
  DocModel,
  Inline,
  InlineAtom,
  PlanHints,
  Section,
  Slide,
  SlideKind,
  SlidePlan,
  SourcePos,
} from '../types.js';

/** Subsections of one plain paragraph each (numbered goals, say) read best as one list, not a slide per heading. */
function foldable(section: Section): boolean {
  const plain = (c: Section) =>
    !c.children.length && c.blocks.length === 1 && c.blocks[0]!.type === 'paragraph' && !c.blocks[0]!.directives.length;
  return (
    section.children.length >= 2 &&
    section.children.every((c) => plain(c) && !isFigureParagraph((c.blocks[0] as { text: string }).text))
  );
}

/** Folded subsections: one "**Heading** — key sentence" bullet each; the notes keep heading and paragraph. */
function foldedUnit(children: Section[], ctx: Ctx): Unit {
  return {
    split: false,
    atoms: children.map((c) => {
      const { text, atoms } = c.blocks[0] as Inline;
      const masked: InlineAtom[] = [];
      const label = unmask(
        condenseLabeled(
          c.title.replace(/^\d{1,2}\\?[.)]\s+/, ''),
          maskAtoms(text, atoms, masked),
          ctx.lang,
          ctx.bulletWords,
        ),
        masked,
      );
      return one(String(c.pos.line), label, c.pos, [`${unescapeInline(c.title)}: ${text}`]);
    }),
  };
}

/** The context with the sentences the prose of `blocks` shows (section-picks.ts). */
const withPicks = (blocks: Block[], ctx: Ctx, after?: Block): Ctx =>
  ctx.prose
    ? {
        ...ctx,
        picks: sectionPicks(blocks, ctx.prose.terms, ctx.lang, { maxWords: ctx.bulletWords, ...ctx.prose }, after),
      }
    : ctx;

/**
 * A section's units; in the last section, from the paragraph where the author sums up ("To summarise the lecture:")
 * on, on a slide of their own, whose atoms `summing` collects.
 */
function sectionUnits(section: Section, ctx: Ctx, conclusion: boolean, last: boolean, summing: Set<string>): Unit[] {
  const fold = foldable(section);
  const list: Block | undefined = fold
    ? { type: 'list', pos: section.pos, ordered: false, items: [], directives: [] }
    : undefined;
  const at = last && !conclusion ? summaryStart(section) : undefined;
  const body = section.blocks.slice(0, at);
  const sums = at === undefined ? [] : unitsOf(section.blocks.slice(at), ctx, true, fold ? list : undefined);
  for (const atom of sums.flatMap((u) => u.atoms ?? [])) summing.add(atom.id);
  if (sums[0]) sums[0].split = true;
  const after = sums.length ? section.blocks[at!] : list;
  return [
    ...unitsOf(body, withPicks(body, ctx, after), conclusion, after),
    ...sums,
    ...(fold ? [foldedUnit(section.children, ctx)] : []),
  ];
}

/** A section's slides: a divider (top level), its content, then its subsections' (or them folded into a list). */
function sectionSlides(section: Section, parent: string | undefined, outer: Ctx, last = false): Slide[] {
  const conclusion = isConclusion(section.title);
  const summing = new Set<string>();
  const trail = parent ?? section.title;
  const ctx = othersWork(trail, outer);
  const units = sectionUnits(section, ctx, conclusion, last && !section.children.length, summing);
  const packed = pack(units, section.title, trail, conclusion ? 'summary' : 'content', ctx);
  const { orphans } = packed;
  const slides = mergeSlides(packed, ctx).map((s) =>
    s.anchor && summing.has(s.anchor) ? { ...s, kind: 'summary' as const } : s,
  );
  continuedTitles(slides, ctx, section.title);
  pointTitles(slides, section.title, ctx);
  const anchor = `d${section.pos.line}`;
  const divider: Slide = {
    kind: 'divider',
    title: section.title,
    section: trail,
    bullets: [],
    notes: orphans,
    ...(packed.speaker.length ? { speaker: packed.speaker } : {}),
    pos: section.pos,
    continued: false,
    anchor,
    dense: ctx.hints[anchor]?.dense,
  };
  // Top-level sections open with a divider; a subsection or conclusion without slides still shows its heading.
  const opener = (!parent && !conclusion) || !slides.length ? [divider] : [];
  const children = foldable(section)
    ? []
    : section.children.flatMap((c, k, all) => sectionSlides(c, trail, ctx, last && k === all.length - 1));
  // A section of a sentence or two ("Setup", "Contributors") is said on its divider: one slide, not two.
  const [only] = slides;
  if (
    opener.length &&
    slides.length === 1 &&
    only!.kind === 'content' &&
    nearEmpty(only!) &&
    !only!.box &&
    !ctx.hints[`${anchor}.t`]
  ) {
    const speaker = [...(divider.speaker ?? []), ...(only!.speaker ?? [])];
    return [
      {
        ...divider,
        bullets: only!.bullets,
        notes: [...divider.notes, ...only!.notes],
        ...(speaker.length ? { speaker } : {}),
        anchor: `${anchor}.t`,
      },
      ...children,
    ];
  }
  return [...opener, ...slides, ...children];
}

/** Slides listing short items (agenda, summary, sources), packed under the same budgets. */
function listSlides(kind: SlideKind, title: string, items: { markdown: string; pos?: SourcePos }[], ctx: Ctx): Slide[] {
  const fit = (m: string) => (wordCount(m) > ctx.bulletWords ? shorten(m, ctx.bulletWords, ctx.lang) : m);
  const atoms = items.map((it, k) => [one(`${kind}.${k}`, fit(it.markdown), it.pos, [])]);
  const slides = atoms.length ? packRun(atoms, title, title, kind, ctx) : [];
  continuedTitles(slides, ctx);
  return slides;
}

/** The summary without a conclusion section: the document's most central sentences, one per section at most. */
function summaryItems(doc: DocModel, ctx: Ctx): { markdown: string; pos: SourcePos }[] {
  const count = Math.min(4, ctx.budgets.bullets);
  const maxWords = Math.min(ctx.bulletWords, Math.max(10, Math.floor(ctx.budgets.words / count)));
  const blocks = (s: Section): Block[] => [...s.blocks, ...s.children.flatMap(blocks)];
  const shown = (b: Block): b is Extract<Block, { type: 'paragraph' }> =>
    b.type === 'paragraph' && !b.directives.some((d) => d.kind === 'skip' || d.kind === 'note');
  const masked: InlineAtom[] = [];
  const groups = doc.sections.map((s) =>
    blocks(s)
      .filter(shown)
      .flatMap((b) => splitSentences(maskAtoms(b.text, b.atoms, masked))),
  );
  return summaryBullets(groups, doc.meta.lang, count, maxWords).map((b) => ({
    markdown: unmask(b.markdown, masked),
    pos: doc.sections[b.group]!.pos,
  }));
}

/** Author, publisher and source URLs (as links) for the closing slide. */
function sourceItems(doc: DocModel, ctx: Ctx): { markdown: string }[] {
  const { meta } = doc;
  const link = (s: string) => (/^https?:\/\/[^\s<>]+$/.test(s) ? `<${s}>` : escapeInline(s));
  const items = [
    meta.author && `${ctx.labels.by} ${escapeInline(meta.author)}`,
    meta.publisher && escapeInline(meta.publisher),
  ];
  return [...items.filter((s): s is string => !!s), ...meta.sources.filter((s) => s !== meta.publisher).map(link)].map(
    (markdown) => ({ markdown }),
  );
}

/** An agenda longer than this many slides is left out: nobody presents twenty slides of headings. */
const AGENDA_SLIDES = 3;

/**
 * The agenda: the top-level sections, for three or more. A book's worth of sections (more than three slides of
 * them) gets none, with a note: the dividers still open each section, and the handout's contents lists them all.
 */
function agendaSlides(doc: DocModel, ctx: Ctx): Slide[] {
  const count = doc.sections.length;
  if (count < 3) return [];
  if (count > AGENDA_SLIDES * ctx.budgets.bullets) {
    const message = `${count} sections: more than ${AGENDA_SLIDES} agenda slides, so the deck has no agenda (the handout's contents lists every section)`;
    ctx.diagnostics.push({
      file: doc.source.relPath,
      line: doc.sections[0]!.pos.line,
      severity: 'info',
      code: 'agenda',
      message,
    });
    return [];
  }
  return listSlides(
    'agenda',
    ctx.labels.agenda,
    doc.sections.map((s) => ({ markdown: s.title.replace(/^\d{1,2}\\?[.)]\s+/, ''), pos: s.pos })),
    ctx,
  );
}

/** The text before the first heading, under "Introduction"; what has no slide goes to the title slide's notes. */
function introSlides(doc: DocModel, titleSlide: Slide, ctx: Ctx): Slide[] {
  const units = unitsOf(doc.intro, withPicks(doc.intro, ctx), false);
  const intro = pack(units, ctx.labels.introduction, titleSlide.title, 'content', ctx);
  titleSlide.notes.push(...intro.orphans);
  if (intro.speaker.length) titleSlide.speaker = intro.speaker;
  const slides = mergeSlides(intro, ctx);
  continuedTitles(slides, ctx, ctx.labels.introduction);
  pointTitles(slides, ctx.labels.introduction, ctx);
  return slides;
}

/** DocModel -> SlidePlan. Hints (from the overflow check) split or shrink the slides they name by anchor. */
export function planSlides(model: DocModel, budgets: Budgets, hints: PlanHints = {}): SlidePlan {
  const { meta } = model;
  const ctx: Ctx = {
    lang: meta.lang,
    budgets,
    bulletWords: Math.min(budgets.bulletWords, HARD_BULLET_WORDS),
    hints,
    labels: labelsFor(meta.lang, meta.labels),
    diagnostics: [],
    prose: proseOf(model),
  };
  const lesson = lessonParts(model);
  const { doc } = lesson;
  const plan = (blocks: Block[]) => unitsOf(blocks, ctx, false);
  const first: SourcePos = { file: doc.source.relPath, line: 1 };
  const title = escapeInline(meta.title);
  const subtitle = meta.subtitle
    ? escapeInline(meta.subtitle)
    : meta.description && wordCount(meta.description) <= 25
      ? escapeInline(meta.description)
      : undefined;
  const titleNotes = meta.description && !subtitle?.includes(escapeInline(meta.description)) ? [meta.description] : [];
  const slides: Slide[] = [
    {
      kind: 'title',
      title,
      subtitle,
      bullets: [],
      notes: titleNotes,
      pos: first,
      continued: false,
      anchor: 'title',
      dense: hints.title?.dense,
    },
  ];
  slides.push(...objectiveSlides(lesson, ctx, plan));
  slides.push(...agendaSlides(doc, ctx));
  slides.push(...introSlides(doc, slides[0]!, ctx));
  for (const [k, section] of doc.sections.entries())
    slides.push(...sectionSlides(section, undefined, ctx, k === doc.sections.length - 1));
  const keypoints = keypointSlides(lesson, ctx, plan);
  if (keypoints.length) slides.push(...keypoints);
  else if (!hasAuthorsSummary(doc)) {
    const items = summaryItems(doc, ctx);
    if (items.length >= 2) slides.push(...listSlides('summary', ctx.labels.summary, items, ctx));
  }
  if (meta.sources.length || meta.publisher)
    slides.push(
      ...listSlides('sources', ctx.labels.sources, sourceItems(doc, ctx), ctx).map((s) => ({ ...s, pos: first })),
    );
  return {
    source: doc.source,
    meta,
    slides,
    doc: model,
    budgets,
    diagnostics: [...doc.diagnostics, ...ctx.diagnostics, ...emptyDeck(slides, first)],
  };
}

/** Slides that show only the document's frame: its title, headings and sources, none of its text. */
const FRAME_KINDS: ReadonlySet<SlideKind> = new Set(['title', 'agenda', 'divider', 'sources']);

/** A document with nothing but a title (and headings) builds a deck of one slide: a warning, not silence. */
function emptyDeck(slides: Slide[], first: SourcePos): Diagnostic[] {
  // A divider that carries the section's text (a section of one short paragraph) shows the document's text.
  if (!slides.every((s) => FRAME_KINDS.has(s.kind) && !(s.kind === 'divider' && s.bullets.length))) return [];
  const what = slides.some((s) => s.kind === 'divider') ? 'a title and headings' : 'a title';
  const message = `the document has only ${what}: the deck shows nothing else (write the lecture's text below the title)`;
  return [{ ...first, severity: 'warning', code: 'empty', message }];
}
