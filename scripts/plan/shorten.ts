// Shortens one sentence to a bullet with the source's own words: lead-in connectives, parentheticals, asides and
// trailing clauses go first; named examples ("seperti WTO, ASEAN, dan APEC") stay while they fit; what is still
// too long ends at a clause boundary, and only when there is none is it cut mid-phrase with "…".
import { cut } from './clause-cut.js';
import { openMarks, wordCount } from './sentences.js';
import { bareWord, type Rules, rulesFor } from './shorten-rules.js';

/** Most words of a frame a too-long sentence loses ("To use a model to help Dinocrates with the lighthouse, …"). */
const FRAME_WORDS = 16;

/** Folds white space and the space before punctuation, and drops punctuation a cut left at the start. */
export const tidy = (s: string) =>
  s
    .replace(/\s+([,.;:])/g, '$1')
    .replace(/\s+/g, ' ')
    .replace(/^[,;:\s]+/, '')
    .trim();
const capitalize = (s: string) => s.replace(/^\p{Ll}/u, (c) => c.toUpperCase());

/** Drops the full stop a slide bullet does not need ("。" too); keeps "?", "!" and "…". */
export const bare = (s: string) => s.trim().replace(/(?<!\.)[.。]$/, '');

/** Examples that name things (WTO, ASEAN, Protokol Kyoto): they carry the point, unlike "such as many others". */
function namedExamples(s: string, rules: Rules): boolean {
  return [...s.matchAll(rules.examples)].some((m) =>
    /\s(?:\p{Lu}{2,}|\p{Lu}\p{Ll}+)/u.test(m[0].replace(/^,?\s*\S+/, ' ')),
  );
}

/** How a sentence became its bullet: as written, by deletions alone, ended at a clause, or cut with "…". */
export type Shortening = 'kept' | 'deleted' | 'clause' | 'ellipsis';

/**
 * "(Harnad, 1990)", "(Feng and Lapata, 2010; Kiela and Bottou, 2014)", "[12]": who said it before, which a bullet
 * does without even when it fits (the notes keep it). A parenthesis of a name and a year, or of reference numbers.
 */
const CITATION = /\s*\((?=[^()]*\p{Lu})[^()]*\b(?:1[89]|20)\d{2}[a-z]?\b[^()]*\)|\s*\[\d+(?:\s*[,–-]\s*\d+)*\]/gu;

/** shorten(), saying how: the shorter sentence and whether it needed a cut. */
export function compress(
  sentence: string,
  maxWords: number,
  lang: string,
  namedRoom = maxWords,
): { text: string; how: Shortening } {
  const rules = rulesFor(lang);
  // What is left must still open a sentence: "Under the Ptolemaic Kingdom, which followed …" without its frame
  // would start with "which".
  const first = (x: string) => bareWord(x.split(/\s+/)[0]).toLowerCase();
  // "…, dan pemerintah kemudian …": a conjunction after the comma means what came before was a clause, not a frame.
  const startsInClause = (x: string) => rules.relative.test(first(x)) || rules.listJoin.test(first(x));
  // Lead-in connectives, fillers and citations go even when the sentence fits: on a slide they are filler.
  const leading = rules.leading.reduce((acc, re) => {
    const lead = acc.match(re)?.[0] ?? '';
    return /\d/.test(lead) || startsInClause(acc.slice(lead.length)) ? acc : acc.replace(re, '');
  }, sentence);
  let s = capitalize(tidy(leading.replace(CITATION, '')));
  const deleted = s !== tidy(sentence);
  // A step that leaves too little to stand alone is not taken: a cut at a clause is better than a stump.
  const enough = Math.min(6, Math.ceil(maxWords / 2));
  const step = (fn: (x: string) => string) => {
    if (wordCount(s) <= maxWords) return;
    const next = tidy(fn(s));
    if (wordCount(next) >= enough && (first(next) === first(s) || !startsInClause(next))) s = capitalize(next);
  };
  const trailing = () => {
    while (wordCount(s) > maxWords && !rules.contrast.test(s)) {
      const shorter = tidy(s.replace(/[.!?]$/, '').replace(rules.trailing, ''));
      if (shorter === tidy(s.replace(/[.!?]$/, '')) || wordCount(shorter) < enough) break;
      s = shorter;
    }
  };
  const long = wordCount(s) > maxWords;
  step((x) => x.replace(/\s*\([^()]*\)/g, ''));
  step((x) => x.replace(rules.reported, ''));
  step((x) => x.replace(rules.aside, ''));
  step((x) => x.replace(rules.reportedAside, ' '));
  // After the asides: "Creating and using birch tar, the researchers note, requires …" has no frame.
  step((x) => (wordCount(rules.frame.exec(x)?.[0] ?? '') <= FRAME_WORDS ? x.replace(rules.frame, '') : x));
  trailing();
  const named = wordCount(s) > maxWords && namedExamples(s, rules) && wordCount(s) <= namedRoom;
  if (!named) step((x) => x.replace(rules.examples, ''));
  if (!named) trailing();
  const how: Shortening = long || deleted ? 'deleted' : 'kept';
  if (named || wordCount(s) <= maxWords) return { text: closed(s), how };
  const ended = cut(s, maxWords, lang, namedRoom);
  return { text: closed(ended), how: ended === s ? how : ended.endsWith('…') ? 'ellipsis' : 'clause' };
}

/**
 * Shortens a sentence to maxWords: lead-in connectives, fillers and citations always; then, while it is too long,
 * parentheticals, asides and who-said-it, trailing clauses one at a time, examples (named ones stay while the
 * sentence fits `namedRoom`, the room a bullet really has), and at last a cut at a clause boundary; with none, a
 * sentence within namedRoom stays whole.
 */
export function shorten(sentence: string, maxWords: number, lang: string, namedRoom = maxWords): string {
  return compress(sentence, maxWords, lang, namedRoom).text;
}

/**
 * A bullet that leaves no quotation or bracket open: an opening mark the text never closes goes (at the start),
 * or the text ends before it when enough is left to stand alone. Nothing is added: only the author's words.
 */
export function closed(text: string): string {
  let s = text.replace(/\s+/g, ' ').trim();
  for (let open = openMarks(s); open.length; open = openMarks(s)) {
    const at = open[0]!;
    const before = s.slice(0, at).replace(/[\s,;:—–]+$/u, '');
    s = at > 0 && wordCount(before) >= 3 ? before : `${s.slice(0, at)}${s.slice(at + 1)}`.replace(/\s+/g, ' ').trim();
  }
  return s;
}
