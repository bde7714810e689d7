// The parts of a lesson that have places of their own in a deck: objectives and questions (front matter or frames)
// on a slide right after the title, key points as the summary at the end, and the author's own summary: a
// conclusion section, or the paragraph of the last section where the author sums up.
import { anyOf, everyLanguage, WORD_END } from '../text/language.js';
import type { Atom, Ctx, Unit } from './context.js';
import { continuedTitles, pack, packRun } from './pack.js';
import type { Block, DocModel, ListItem, Section, Slide, SlideKind, SourcePos } from '../types.js';

type Box = Extract<Block, { type: 'box' }>;

export interface Lesson {
  /** The document without the frames taken out. */
  doc: DocModel;
  objectives: Block[];
  questions: Block[];
  keypoints: Block[];
}

/** A conclusion's heading in any language (text/languages/), numbered or not: "3. Kesimpulan", "Wrapping up". */
const CONCLUSION = new RegExp(
  String.raw`^(?:\d+\\?[.)]\s*)?${anyOf(everyLanguage((words) => words.lesson.conclusion))}${WORD_END}`,
  'iu',
);

/** Whether a heading titles the document's conclusion. */
export const isConclusion = (title: string): boolean => CONCLUSION.test(title);

/** A heading over others' work in any language, numbered or not: "2 Related Work", "Tinjauan Pustaka". */
const RELATED_WORK = new RegExp(
  String.raw`^(?:\d+\\?[.)]?\s*)?${anyOf(everyLanguage((words) => words.lesson.relatedWork))}${WORD_END}`,
  'iu',
);

/**
 * The share of bullets a survey of others' work earns for its words: authors of talks give it a slide or two and put
 * their time into their own work (on paper-slides, R-1 40.5 to 40.7, nine papers up and two down).
 */
const OTHERS_WORK_SHARE = 0.5;

/** The context a section under `trail` (its top-level heading) is planned in: a survey of others' work earns less. */
export const othersWork = (trail: string, ctx: Ctx): Ctx =>
  ctx.prose && RELATED_WORK.test(trail)
    ? { ...ctx, prose: { ...ctx.prose, perBullet: ctx.prose.perBullet / OTHERS_WORK_SHARE } }
    : ctx;

/** Where an author sums up, in any language: "To summarise the lecture:", "In short, …", "Kesimpulannya, …". */
const SUMMARY_LEAD = new RegExp(`^${anyOf(everyLanguage((words) => words.lesson.summaryLeads))}${WORD_END}`, 'iu');

/** The index of the paragraph where the author sums up the section, if any. */
export function summaryStart(section: Section): number | undefined {
  const at = section.blocks.findIndex((b) => b.type === 'paragraph' && SUMMARY_LEAD.test(b.text.trim()));
  return at < 0 ? undefined : at;
}

/**
 * Whether the author wrote the summary: a conclusion section anywhere, or the last section (the last subsection of
 * the last, if it has any) summing up. A deck then shows the author's, and makes none of its own.
 */
export function hasAuthorsSummary(doc: DocModel): boolean {
  const all = (s: Section): Section[] => [s, ...s.children.flatMap(all)];
  if (doc.sections.flatMap(all).some((s) => isConclusion(s.title))) return true;
  let last = doc.sections.at(-1);
  while (last?.children.length) last = last.children.at(-1);
  return !!last && summaryStart(last) !== undefined;
}

const TAKEN = new Set(['objectives', 'questions', 'keypoints']);

/** Front matter items (Markdown, with code spans) as a list block. */
function listOf(items: string[] | undefined, pos: SourcePos): Block[] {
  if (!items?.length) return [];
  const item = (markdown: string): ListItem => ({
    markdown,
    text: markdown.replace(/`([^`]*)`/g, '$1'),
    atoms: [...markdown.matchAll(/`([^`]+)`/g)].map((m) => ({ kind: 'code' as const, text: m[1]! })),
    children: [],
  });
  return [{ type: 'list', pos, ordered: false, items: items.map(item), directives: [] }];
}

/** The lesson's objectives, questions and key points, and the document without their frames. */
export function lessonParts(doc: DocModel): Lesson {
  const taken: Box[] = [];
  const keep = (blocks: Block[]) => blocks.filter((b) => !(b.type === 'box' && TAKEN.has(b.role) && taken.push(b)));
  const section = (s: Section): Section => ({ ...s, blocks: keep(s.blocks), children: s.children.map(section) });
  const rest = { ...doc, intro: keep(doc.intro), sections: doc.sections.map(section) };
  const pos = { file: doc.source.relPath, line: 1 };
  const of = (role: string) => taken.filter((b) => b.role === role).flatMap((b) => b.blocks);
  return {
    doc: rest,
    objectives: [...listOf(doc.meta.objectives, pos), ...of('objectives')],
    questions: [...listOf(doc.meta.questions, pos), ...of('questions')],
    keypoints: [...listOf(doc.meta.keypoints, pos), ...of('keypoints')],
  };
}

/** A bold line that names the group below it ("Questions"). */
const heading = (markdown: string, pos: SourcePos): Block => ({
  type: 'paragraph',
  pos,
  markdown: `**${markdown}**`,
  text: markdown,
  atoms: [],
  directives: [],
});

/** Planned slides of `blocks` under `title`, as slides of `kind` where they are bullets. */
function slidesOf(
  blocks: Block[],
  title: string,
  kind: SlideKind,
  ctx: Ctx,
  plan: (blocks: Block[]) => Unit[],
): Slide[] {
  const { slides } = pack(plan(blocks), title, title, kind, ctx);
  continuedTitles(slides, ctx);
  return slides.map((s) => ({ ...s, kind: s.kind === 'content' ? kind : s.kind }));
}

/**
 * The slide after the title: the questions and the objectives under their labels, on one slide when they are few;
 * else (or when the overflow check finds they do not fit) a slide for each, titled by its label.
 */
export function objectiveSlides(lesson: Lesson, ctx: Ctx, plan: (blocks: Block[]) => Unit[]): Slide[] {
  const { objectives, questions } = lesson;
  if (!objectives.length && !questions.length) return [];
  const pos = (questions[0] ?? objectives[0])!.pos;
  // Both kinds get their labels; a single frame ("Learning outcomes") brings its own, if any.
  const both = objectives.length > 0 && questions.length > 0;
  const units = plan(
    both
      ? [heading(ctx.labels.questions, pos), ...questions, heading(ctx.labels.objectives, pos), ...objectives]
      : [...questions, ...objectives],
  );
  const anchor = 'objectives';
  const atoms = units.flatMap((u) => u.atoms ?? []);
  const bullets = atoms.flatMap((a) => a.bullets);
  if (!ctx.hints[anchor] && units.every((u) => u.atoms) && bullets.length <= ctx.budgets.bullets + 2) {
    const title = both ? ctx.labels.overview : objectives.length ? ctx.labels.objectives : ctx.labels.questions;
    return [
      {
        kind: 'objectives',
        title,
        section: title,
        bullets,
        notes: atoms.flatMap((a) => a.notes),
        pos,
        continued: false,
        anchor,
      },
    ];
  }
  // Too many for one slide: a slide for each labelled group ("Questions", "Objectives"), titled by its label.
  const groups: Atom[][] = [];
  for (const atom of atoms) {
    if (!groups.length || (atom.bullets[0]?.lead && /^\*\*[^*]+\*\*:?$/.test(atom.bullets[0].markdown)))
      groups.push([]);
    groups.at(-1)!.push(atom);
  }
  return groups.flatMap((group) => {
    const label = group[0]!.bullets[0]?.lead
      ? group[0]!.bullets[0].markdown.replace(/^\*\*|\*\*:?$/g, '')
      : ctx.labels.objectives;
    const rest = group[0]!.bullets[0]?.lead
      ? [{ ...group[0]!, bullets: group[0]!.bullets.slice(1) }, ...group.slice(1)]
      : group;
    const slides = packRun(
      rest.map((a) => [a]),
      label,
      label,
      'objectives',
      ctx,
    );
    continuedTitles(slides, ctx);
    return slides;
  });
}

/** The key points as the deck's summary. */
export function keypointSlides(lesson: Lesson, ctx: Ctx, plan: (blocks: Block[]) => Unit[]): Slide[] {
  if (!lesson.keypoints.length) return [];
  return slidesOf(lesson.keypoints, ctx.labels.keyPoints, 'summary', ctx, plan);
}
