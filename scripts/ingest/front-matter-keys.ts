// The front matter keys deckhand reads, as a table: one row per key, with the names each dialect gives it, how
// its value is read and where it goes in DocMeta; then the keys other tools write, accepted without a word.
import { LAYOUTS, PAPERS, parseBudgets, parseGuided } from '../config.js';
import { parseLabels } from '../labels.js';
import type { DocMeta, HandoutLayout, Paper } from '../types.js';
import { LANGUAGE_CODE, textOf } from './front-matter-values.js';
import { unescapeMarkdown } from '../text/markdown-text.js';

/** What a value says: a value for the metadata, nothing (undefined), or what is wrong with it. */
type Read<T> =
  | { value: T | undefined }
  /** A bad value, said as what the key expects. */
  | { expected: string }
  /** A bad value the reader describes itself (a budget of the config's rules). */
  | { error: string; cause: unknown }
  /** A value that is ignored, with a warning. */
  | { warning: string }
  | undefined;

interface KeyRow<K extends keyof DocMeta = keyof DocMeta> {
  /** Where it goes. */
  to: K;
  /** Its names, deckhand's own first: the first name the front matter gives a value wins. */
  names: readonly string[];
  /** Every name's values joined instead (sources). */
  joined?: boolean;
  read(value: unknown, key: string): Read<DocMeta[K]>;
}

const row = <K extends keyof DocMeta>(
  to: K,
  names: readonly string[],
  read: (value: unknown, key: string) => Read<DocMeta[K]>,
  joined = false,
): KeyRow => ({ to, names, read, joined }) as unknown as KeyRow;

/** Text; nothing for an empty key ("title:"), a mistake for a mapping without a name. */
const text = (value: unknown): Read<string> => {
  const found = textOf(value);
  return found === undefined && value !== null && value !== '' ? { expected: 'expected text' } : { value: found };
};

/**
 * Text the author wrote as Markdown, as Pandoc and Quarto read a title: its backslash escapes ("\[draft\]") are the
 * characters they escape, so the slide, which escapes them again, shows "[draft]", not "\[draft\]".
 */
const prose = (value: unknown): Read<string> => {
  const read = text(value);
  if (!read || !('value' in read) || read.value === undefined) return read;
  return { value: unescapeMarkdown(read.value) };
};

/** A date as a title slide shows it: Hugo's time and zone (2018-08-07T08:30:11-07:00) left out. */
const day = (value: unknown): Read<string> => {
  const read = text(value);
  if (!read || !('value' in read) || read.value === undefined) return read;
  return {
    value: read.value.replace(/^(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/, '$1'),
  };
};

/** Lists of short texts (Carpentries' objectives): each item as text, a lone string as one item. */
const textList = (value: unknown): Read<string[]> => {
  const list = (Array.isArray(value) ? value : [value]).map(textOf).filter((s): s is string => !!s);
  return { value: list.length ? list : undefined };
};

const minutes = (value: unknown, key: string): Read<number> => {
  const n = typeof value === 'number' ? value : Number(textOf(value));
  return Number.isFinite(n) && n >= 0
    ? { value: n }
    : { warning: `front matter key "${key}" is not a number of minutes; ignored` };
};

const HANDOUT = `expected { layouts: [${LAYOUTS.join(', ')}], paper: ${PAPERS.join(' | ')} }`;

function handout(value: unknown): Read<DocMeta['handout']> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { expected: HANDOUT };
  const { layouts, paper, ...rest } = value as Record<string, unknown>;
  if (Object.keys(rest).length > 0) return { expected: HANDOUT };
  const out: NonNullable<DocMeta['handout']> = {};
  if (layouts !== undefined) {
    const list = typeof layouts === 'string' ? layouts.split(',').map((s) => s.trim()) : layouts;
    if (!Array.isArray(list) || !list.every((l) => LAYOUTS.includes(l as HandoutLayout))) return { expected: HANDOUT };
    out.layouts = list as HandoutLayout[];
  }
  if (paper !== undefined) {
    if (!PAPERS.includes(paper as Paper)) return { expected: HANDOUT };
    out.paper = paper as Paper;
  }
  return { value: out };
}

function budgets(value: unknown): Read<DocMeta['budgets']> {
  try {
    return { value: parseBudgets(value) };
  } catch (cause) {
    return { error: (cause as Error).message, cause };
  }
}

function guided(value: unknown): Read<DocMeta['guided']> {
  try {
    return { value: parseGuided(value) };
  } catch (cause) {
    return { error: (cause as Error).message, cause };
  }
}

/**
 * A glossary as authors write one: a list of terms, a list of { term, definition } entries, or a mapping of each term
 * to its definition; the terms are what the guided notes read.
 */
const termList = (value: unknown): Read<string[]> => {
  const entry = (v: unknown) =>
    typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date)
      ? textOf((v as Record<string, unknown>).term ?? (v as Record<string, unknown>).name)
      : textOf(v);
  const list = Array.isArray(value)
    ? value.map(entry)
    : typeof value === 'object' && value !== null && !(value instanceof Date)
      ? Object.keys(value)
      : [textOf(value)];
  const terms = list.filter((s): s is string => !!s?.trim()).map((s) => s.trim());
  return { value: terms.length ? terms : undefined };
};
function labels(value: unknown): Read<DocMeta['labels']> {
  const read = parseLabels(value);
  return 'error' in read ? { error: read.error, cause: undefined } : { value: read.labels };
}

/** TeX macros: `{ E: '\\mathbb{E}', norm: ['\\| #1 \\|', 1] }`; Marp's `math: mathjax` names an engine, not macros. */
function macros(value: unknown): Read<DocMeta['macros']> {
  if (typeof value === 'string') return { value: undefined };
  const ok =
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.values(value).every(
      (v) => typeof v === 'string' || (Array.isArray(v) && typeof v[0] === 'string' && typeof v[1] === 'number'),
    );
  return ok ? { value: value as DocMeta['macros'] } : { expected: "expected TeX macros such as { E: '\\mathbb{E}' }" };
}

/** Every key deckhand reads. Aliases are the names other tools give the same thing. */
export const KEYS: readonly KeyRow[] = [
  row('title', ['title'], prose),
  row('subtitle', ['subtitle'], prose),
  // The course the lecture belongs to: the handouts' footer, and the course page's title when the config has none.
  row('course', ['course'], prose),
  // Quarto, Hugo and MyST list their authors; `author` wins when both are there.
  row('author', ['author', 'authors'], prose),
  row('date', ['date'], day),
  row('publisher', ['publisher'], text),
  // A lesson's summary line: Hugo's description and summary, Quarto's and Pandoc's abstract, Jekyll's excerpt.
  row('description', ['description', 'abstract', 'summary', 'excerpt'], (value) => {
    const found = textOf(value);
    return { value: found && unescapeMarkdown(found.replace(/\s+/g, ' ')) };
  }),
  // The Carpentries' lesson keys.
  row('objectives', ['objectives'], textList),
  row('questions', ['questions'], textList),
  row('keypoints', ['keypoints'], textList),
  row('teaching', ['teaching'], minutes),
  row('exercises', ['exercises'], minutes),
  // Hugo's: a draft is not published.
  row('draft', ['draft'], (value) => ({ value: value === true || value === 'true' ? true : undefined })),
  row('lang', ['lang'], (value) =>
    typeof value === 'string' && LANGUAGE_CODE.test(value)
      ? { value }
      : { expected: 'expected a language code such as "id" or "en"' },
  ),
  // Pandoc's: the direction a document is written in, when its language does not say it.
  row('dir', ['dir'], (value) =>
    value === 'rtl' || value === 'ltr' ? { value } : { expected: 'expected "rtl" (right to left) or "ltr"' },
  ),
  // A deck never fails for its theme: one that is not a name (Slidev's "./my-theme") is said and left.
  row('theme', ['theme'], (value) =>
    typeof value === 'string' && /^[\w-]+$/.test(value)
      ? { value }
      : { warning: `theme ${JSON.stringify(value)} is not a theme name; deckhand's theme is used` },
  ),
  row(
    'sources',
    ['source', 'sources'],
    (value) => ({ value: (Array.isArray(value) ? value : [value]).map(textOf).filter((s): s is string => !!s) }),
    true,
  ),
  row('noise', ['noise'], (value) =>
    Array.isArray(value) && value.every((v) => typeof v === 'string')
      ? { value }
      : { expected: 'expected a list of patterns' },
  ),
  row('budgets', ['budgets'], budgets),
  row('labels', ['labels'], labels),
  // MathJax's macros, as MyST (math:) and MathJax's own configuration (macros:) write them.
  row('macros', ['macros', 'math'], macros),
  row('handout', ['handout'], handout),
  // The guided notes: the lecture's key terms (a glossary, Quarto's and Jupyter Book's habit), then how to blank.
  row('terms', ['terms', 'glossary', 'key-terms', 'key_terms', 'keyterms', 'vocabulary'], termList, true),
  row('guided', ['guided'], guided),
];

/**
 * Keys other tools put in front matter: accepted without a warning. They say how a site or a document is built,
 * not what a lecture says.
 */
const FOREIGN_KEYS = new Set(
  [
    // Site generators: Hugo, Jekyll, Docusaurus, Just the Docs, MkDocs.
    'tags categories slug layout permalink keywords aliases weight image cover toc published lastmod url id',
    'sidebar_label sidebar_position sidebar_class_name hide_title hide_table_of_contents pagination_label',
    'pagination_next pagination_prev custom_edit_url hide search template icon status comments type menu chapter',
    'series linktitle translationKey pre post expiryDate publishDate headless hidden site lang_code redirect_from',
    'nav_order parent grand_parent has_children nav_exclude last_modified_date',
    // Documents and notebooks: Pandoc, Quarto, R Markdown, Jupyter Book, MyST.
    'format execute editor jupyter knitr engine output bibliography csl link-citations params number-sections',
    'code-fold code-tools fig-cap-location html kernelspec jupytext myst exports downloads numbering license github',
    'subject citation affiliation affiliations thanks email root chapterNumber geometry fontsize documentclass',
    'classoption header-includes include-before include-after',
    // Slides, math and diagrams: Marp, MathJax, KaTeX, Mermaid; lessons' own scheduling keys.
    'marp mathjax katex mermaid start end lesson_title episode objectives_title start_time break duration',
    'level difficulty prerequisites requirements',
  ].flatMap((line) => line.split(' ')),
);

/** A problem with one key, to be said at its line. */
export interface KeyProblem {
  key: string;
  severity: 'error' | 'warning';
  message: string;
  cause?: unknown;
}

/** Reads one row: its first name with something to say (every name's, for a joined row). */
function readRow(entry: KeyRow, data: Record<string, unknown>, meta: Partial<DocMeta>, problems: KeyProblem[]): void {
  for (const key of entry.names.filter((name) => data[name] !== undefined)) {
    const read = entry.read(data[key], key);
    if (!read) continue;
    if ('expected' in read)
      problems.push({
        key,
        severity: 'error',
        message: `front matter key "${key}" has a bad value ${JSON.stringify(data[key])}; ${read.expected}`,
      });
    else if ('error' in read) problems.push({ key, severity: 'error', message: read.error, cause: read.cause });
    else if ('warning' in read) problems.push({ key, severity: 'warning', message: read.warning });
    else if (read.value !== undefined) {
      const before = meta[entry.to];
      (meta as Record<string, unknown>)[entry.to] =
        entry.joined && Array.isArray(before) ? [...before, ...(read.value as unknown[])] : read.value;
      if (!entry.joined) return;
    }
  }
}

/**
 * The metadata a front matter's keys give, and each problem with a key, in the order of the keys. `tool` holds the
 * keys an author's deck gives its own tool (Marp's directives, Slidev's headmatter): not unknown either.
 */
export function readKeys(
  data: Record<string, unknown>,
  tool: ReadonlySet<string> = new Set(),
): { meta: Partial<DocMeta>; problems: KeyProblem[] } {
  const meta: Partial<DocMeta> = {};
  const problems: KeyProblem[] = [];
  for (const entry of KEYS) readRow(entry, data, meta, problems);
  // deckhand's own key (deckhand.slides) is read by recognize-deck.ts.
  const known = new Set([...KEYS.flatMap((entry) => entry.names), 'deckhand']);
  for (const key of Object.keys(data).filter((k) => !known.has(k) && !FOREIGN_KEYS.has(k) && !tool.has(k)))
    problems.push({ key, severity: 'warning', message: `unknown front matter key "${key}" ignored` });
  const order = Object.keys(data);
  return { meta, problems: problems.sort((a, b) => order.indexOf(a.key) - order.indexOf(b.key)) };
}
