// The words deckhand writes on slides and handouts, by name, and the overrides a config file or a document's front
// matter gives them (`labels: { agenda: Plan }`). Each language's file gives them all (text/languages/). Pure: a
// mistake comes back as its message, for the config file and the front matter reader to report at its line.
import { didYouMean } from './suggest.js';

/** The label names. gridLayout's {n} is the number of slides per page; handout is the cover's and the PDF subject's word. */
export const LABEL_KEYS = [
  'agenda',
  'introduction',
  'summary',
  'sources',
  'continued',
  'notes',
  'page',
  'of',
  'slide',
  'source',
  'contents',
  'by',
  'handout',
  'author',
  'date',
  'slides',
  'notesLayout',
  'linesLayout',
  'gridLayout',
  'readingLayout',
  // The guided notes: their names, the key's, and a blank as a screen reader says it ({n} letters, {w} words, {c}
  // the cue letters).
  'guidedLayout',
  'guidedReadingLayout',
  'answerKey',
  'blank',
  'blankWords',
  'blankStarts',
  // Lesson structure: the slide after the title, exercise and solution labels, the handout's appendix, timing.
  'objectives',
  'questions',
  'overview',
  'keyPoints',
  'exercise',
  'solution',
  'solutions',
  'teaching',
  'exercises',
  'minutes',
  'timing',
] as const;
export type LabelKey = (typeof LABEL_KEYS)[number];
export type Labels = Record<LabelKey, string>;

const isMapping = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** A mistake in labels: what is wrong, and the key it is at ("agendaa"), if one. */
export interface LabelMistake {
  error: string;
  key?: string;
}

/** Label overrides from front matter (or one language's in a config file): label names to text. */
export function parseLabels(value: unknown, at = 'labels'): { labels: Partial<Labels> } | LabelMistake {
  if (value === undefined || value === null) return { labels: {} };
  if (!isMapping(value))
    return {
      error: `${at} must be a mapping of label names to text, such as { agenda: Plan }; got ${JSON.stringify(value)}`,
    };
  const labels: Partial<Labels> = {};
  for (const [key, v] of Object.entries(value)) {
    if (!(LABEL_KEYS as readonly string[]).includes(key))
      return { key, error: `unknown label "${key}"${didYouMean(key, LABEL_KEYS)}; allowed: ${LABEL_KEYS.join(', ')}` };
    if (typeof v !== 'string' || !v.trim())
      return { key, error: `${at}.${key} must be text; got ${JSON.stringify(v)}` };
    labels[key as LabelKey] = v;
  }
  return { labels };
}

/**
 * A config file's labels, by language code: `{ de: { agenda: Inhalt } }`. A mistake is `fail`'s error at the key
 * it is about (the config file knows its lines).
 */
export function labelsByLanguage(
  value: unknown,
  fail: (keys: string[], message: string) => Error,
): Record<string, Partial<Labels>> {
  if (value === undefined) return {};
  if (!isMapping(value))
    throw fail(
      ['labels'],
      `labels must be a mapping of language codes to labels, such as { de: { agenda: Inhalt } }; got ${JSON.stringify(value)}`,
    );
  const out: Record<string, Partial<Labels>> = {};
  for (const [lang, value_] of Object.entries(value)) {
    const read = parseLabels(value_, `labels.${lang}`);
    if ('error' in read) throw fail(read.key ? ['labels', lang, read.key] : ['labels', lang], read.error);
    out[lang.toLowerCase()] = read.labels;
  }
  return out;
}
