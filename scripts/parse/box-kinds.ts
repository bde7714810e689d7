// What a frame is for, from the names the dialects give it: Carpentries' `challenge`, Quarto's `callout-tip`, MyST's
// `{admonition}` with `:class: tip`, MkDocs' `??? success "Answer"`, GitHub's `[!WARNING]`, react.dev's `<Pitfall>`.
import { anyOf, everyLanguage, type LessonWords, WORD_END, WORD_START } from '../text/language.js';
import type { BoxRole, BoxStyle } from '../types.js';
import type { BoxMeta } from './dialects/tokens.js';

/** A frame as the walker treats it: a box of a role and style, a transparent group, or a set of exercises. */
export type BoxKind =
  | { kind: 'box'; role: BoxRole; style: BoxStyle; title?: string }
  /** Tabs, grids, wrappers: their content stands in the flow; `tabs` titles become labels. `known` false: a diagnostic. */
  | { kind: 'group'; known: boolean }
  /** A set of exercises, each headed by a heading inside it (react.dev's `<Challenges>`). */
  | { kind: 'exercises' };

const ROLES: [RegExp, BoxRole][] = [
  [/^(objectives?|learning-?objectives?|goals?|learning-?outcomes?|outcomes?|youwilllearn|learn)$/, 'objectives'],
  [/^(questions?|overview)$/, 'questions'],
  [/^(keypoints?|key-?points?|recap|takeaways?|key-?takeaways?)$/, 'keypoints'],
  [/^(challenge|exercise|exercises?-?\d*|practice|homework|try-?it|task|quiz|type-?along|assignment)$/, 'exercise'],
  [/^(solution|solutions|answer|answers)$/, 'solution'],
  [/^(instructor|instructor-?notes?|instructors?-?note|teacher|teaching-?notes?|speaker-?notes?)$/, 'instructor'],
];

const STYLES: [RegExp, BoxStyle][] = [
  [/^(tip|tips|hint|hints|success|check|done|good|best-?practice)$/, 'tip'],
  [/^(important|attention|key|keypoint|essential)$/, 'important'],
  [/^(warning|warn|caution|pitfall|careful)$/, 'warning'],
  [/^(danger|error|failure|fail|missing|bug|deprecated)$/, 'danger'],
  [
    /^(note|notes|info|information|abstract|summary|tldr|seealso|see-?also|todo|prereq|prerequisites?|checklist|card|definition|discussion|testimonial|example|examples|quote|cite|details|spoiler|dropdown|aside|margin|sidebar|deepdive|detailedexplanation|callout|admonition|topic|theorem|lemma|proof|remark|versionadded|versionchanged|faq|question|help|rmdnote|rmdinfo|block|div|expand|notice|alert|box|panel|important-?note)$/,
    'note',
  ],
];

/** Wrappers with no meaning of their own on a slide. */
const GROUPS =
  /^(panel-?tabset|tabset|tabs|tab-?set|tab-?item|tab|group-?tab|grid|grid-?item|grid-?item-?card|columns?|column-?\w*|sandpack|intro|container|content-\w+|glossary|table|list-?table|only|center|centered|figure-?group|subfigures?|incremental|nonincremental|fragment|r-stack|hidden|html|margin-?content)$/;

/** Any language's words for a part of a lesson (text/languages/), as a pattern. */
const lesson = (part: keyof LessonWords) => anyOf(everyLanguage((words) => words.lesson[part]));

/** Titles that say what a frame is for when its name does not (`:::tip What You'll Learn`, `??? success "Answer"`). */
const TITLE_ROLES: [RegExp, BoxRole][] = [
  [new RegExp(`^${lesson('objectives')}${WORD_END}`, 'iu'), 'objectives'],
  [new RegExp(`^${lesson('keyPoints')}$`, 'iu'), 'keypoints'],
  [new RegExp(`${WORD_START}${lesson('solution')}${WORD_END}`, 'iu'), 'solution'],
  [new RegExp(`^${lesson('exercise')}${WORD_END}`, 'iu'), 'exercise'],
];

/** A frame's name as compared: lower case, without the prefixes dialects add (`callout-`, `admonition-`, `prf:`). */
function bare(name: string): string {
  return name
    .toLowerCase()
    .replace(/^(?:(?:callout|admonition|ad|alert|panel)[-_:]|prf:|is-|rmd(?=[a-z]))/, '')
    .replace(/_/g, '-');
}

/** Names that say "a frame" and nothing about its look; a more specific name beside them wins. */
const GENERIC = /^(callout|admonition|notice|alert|box|panel|div|block|expand|details|dropdown|card)$/;

function styleOf(names: string[]): BoxStyle | undefined {
  const found = names.flatMap((n) =>
    STYLES.filter(([re]) => re.test(n)).map(([, style]) => ({ style, generic: GENERIC.test(n) })),
  );
  return (found.find((f) => !f.generic) ?? found[0])?.style;
}

/** The role, style and title of a frame; a name nobody knows is a group, shown without a frame. */
export function classifyBox(meta: BoxMeta): BoxKind {
  const names = [meta.name, ...(meta.classes ?? [])].filter(Boolean).map(bare);
  const title = meta.title?.trim() || undefined;
  if (names.some((n) => n === 'challenges' || n === 'exercises')) return { kind: 'exercises' };
  const byName = names.flatMap((n) => ROLES.filter(([re]) => re.test(n)).map(([, role]) => role))[0];
  const byTitle = title ? TITLE_ROLES.find(([re]) => re.test(title))?.[1] : undefined;
  const style = styleOf(names);
  if (!byName && !style && names.some((n) => GROUPS.test(n))) return { kind: 'group', known: true };
  if (!byName && !style && !byTitle) return { kind: 'group', known: !meta.name };
  const role =
    byName ??
    (style === undefined || style === 'note' || style === 'tip' || style === 'important' ? byTitle : undefined) ??
    'callout';
  return {
    kind: 'box',
    role,
    style: style ?? (role === 'exercise' ? 'important' : role === 'solution' ? 'tip' : 'note'),
    title,
  };
}

/** The title a frame shows when the author gave none: its name as its dialect would show it ("Note", "Challenge"). */
export function defaultTitle(meta: BoxMeta): string | undefined {
  // `{{% notice info %}}`, `{admonition}` with `:class: tip`: the class says more than the generic name.
  const named = GENERIC.test(bare(meta.name)) && meta.classes?.[0] ? meta.classes[0] : meta.name;
  const name = bare(named).replace(/-/g, ' ');
  if (!name || GROUPS.test(bare(meta.name))) return undefined;
  return name.charAt(0).toUpperCase() + name.slice(1);
}
