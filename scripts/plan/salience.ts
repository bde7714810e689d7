// Which sentences of a section say what matters: every sentence of its prose scored by signals a reader of slides
// would name (how central it is to the section, how much it uses the terms the document's title, headings and text
// repeat, the author's cue phrases, results and numbers, its place), then as many chosen as the section's words
// earn, none repeating another. Every signal is one among several: position alone decides nothing.
import { anyOf, isCommonWord, perLanguage, WORD_END, WORD_START, words } from '../text/language.js';
import type { Choice } from '../types.js';
import { HARD_BULLET_WORDS, sentenceCentrality, wholeRoom } from './condense.js';
import { compress } from './shorten.js';
import { wordCount } from './sentences.js';

/** A paragraph's sentences, as the planner splits them (atoms masked), in the order written. */
export interface Prose {
  /** Which paragraph of the section, in order. */
  paragraph: number;
  sentences: string[];
  /** The sentences as the author wrote them (atoms as text), for the explanation. */
  plain: string[];
}

/** A sentence chosen for a slide: which one of its paragraph, and why. */
export interface Pick {
  index: number;
  choice: Choice;
}

/**
 * Words of text a slide shows one bullet for. Slides carry about a fifth of a text's words (the authors of the
 * paper-slides corpus show 20% of their papers' words, lecture slides as much or less), in bullets of 12 to 15
 * words: one bullet for every 70 words of prose, and one at least for any section with prose.
 */
const WORDS_PER_BULLET = 70;

/**
 * Words of a document a talk presents in full at WORDS_PER_BULLET, about a fifteen-minute read. A talk grows
 * slower than its text: past this, the words each bullet stands for grow with the square root of the length.
 */
const TALK_WORDS = 2000;

/** The words of prose one bullet stands for in a document of `words` words. */
export const wordsPerBullet = (words: number): number => WORDS_PER_BULLET * Math.max(1, Math.sqrt(words / TALK_WORDS));

/** A word as the document's terms count it: lower case, a plural's "s" dropped ("models" is "model"). */
const termOf = (w: string) => (w.length > 4 && /[^s]s$/.test(w) ? w.slice(0, -1) : w);

/** The content words of a text: not common, not a number, longer than two letters. */
export const contentTerms = (text: string, lang: string): string[] =>
  words(text)
    .filter((w) => w.length > 2 && !/^\d/.test(w) && !isCommonWord(w, lang))
    .map(termOf);

/**
 * The document's terms: each content word weighted by how many of its sentences use it, twice over for a word its
 * title or headings use. A sentence rich in them is about what the document is about.
 */
export function documentTerms(sentences: string[], headings: string[], lang: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const s of sentences) for (const t of new Set(contentTerms(s, lang))) counts.set(t, (counts.get(t) ?? 0) + 1);
  const titled = new Set(headings.flatMap((h) => contentTerms(h, lang)));
  const weights = new Map<string, number>();
  for (const [t, n] of counts) if (n > 1 || titled.has(t)) weights.set(t, Math.log2(1 + n) * (titled.has(t) ? 2 : 1));
  return weights;
}

const patterns = perLanguage(({ salience, shortening }) => ({
  cue: new RegExp(`${WORD_START}${anyOf(salience.cues)}${WORD_END}`, 'iu'),
  pointer: new RegExp(`${WORD_START}${anyOf(salience.pointers)}\\.?\\s*\\d`, 'iu'),
  anaphoric: new RegExp(`^${anyOf(shortening.anaphoric)}${WORD_END}`, 'iu'),
}));

/** A result or a measure: a decimal, a percentage or a number with a unit, not a year in a citation. */
const RESULT = /\d[.,]\d|\d\s?%|\b\d+(?:\.\d+)?\s?(?:x|times|ms|s|fold|points?)\b/i;
/** "(Smith et al., 2019)", "[12]": who said it before, which a slide rarely shows. */
const CITATION = /\([^()]*\b(?:19|20)\d{2}[a-z]?\)|\[\d+(?:[,–-]\s*\d+)*\]|\bet al\b/g;

/** What making a bullet of a sentence costs: a cut at a clause loses some of it, a cut with "…" more. */
function fit(s: string, maxWords: number, lang: string): [number, string][] {
  const limit = Math.min(maxWords, HARD_BULLET_WORDS);
  const { how } = compress(s, limit, lang, wholeRoom(limit));
  if (how === 'ellipsis') return [[-1, 'only fits cut short']];
  return how === 'clause' ? [[-0.3, 'fits ended at a clause']] : [];
}

/** Text extracted from a formula ("w 1 and ), 1 ≤ N"): most of its words are single letters, digits or symbols. */
function garbled(s: string): boolean {
  const tokens = s.split(/\s+/).filter(Boolean);
  const odd = tokens.filter((t) => !/\p{L}{2,}/u.test(t)).length;
  return tokens.length >= 6 && odd / tokens.length > 0.35;
}

/** The signals of one sentence, each with what it adds to the score and how the explanation names it. */
function signals(
  s: string,
  at: { first: boolean; opens: boolean },
  lang: string,
  maxWords: number,
): [number, string][] {
  const { cue, anaphoric, pointer } = patterns(lang);
  const n = wordCount(s);
  const found: [number, string][] = [...fit(s, maxWords, lang)];
  const said = cue.exec(s)?.[0];
  if (said) found.push([0.6, `cue: ${said.toLowerCase()}`]);
  if (RESULT.test(s)) found.push([0.3, 'results or numbers']);
  // Paragraphs open with their topic (as the condenser has long held: keySentence's lead bonus).
  if (at.first) found.push([0.6, 'first of its paragraph']);
  if (at.opens) found.push([0.2, 'opens the section']);
  if (anaphoric.test(s)) found.push([-0.5, 'leans on the sentence before']);
  if (n < 6) found.push([-1, 'too short to say much']);
  if (n > 40) found.push([-0.4, 'long']);
  if (pointer.test(s)) found.push([-0.5, 'points at a figure or table']);
  if (garbled(s)) found.push([-1, 'mostly symbols']);
  const citations = s.match(CITATION)?.length ?? 0;
  if (citations) found.push([-0.25 * Math.min(citations, 4), 'mostly citations']);
  return found;
}

/** Each sentence's terms score: the weight of its document terms per word, the section's mean made 1. */
function termScores(sentences: string[], terms: ReadonlyMap<string, number>, lang: string): number[] {
  const raw = sentences.map((s) => {
    const own = new Set(contentTerms(s, lang));
    let sum = 0;
    for (const t of own) sum += terms.get(t) ?? 0;
    return sum / (wordCount(s) + 5);
  });
  const mean = raw.reduce((a, b) => a + b, 0) / (raw.length || 1) || 1;
  return raw.map((r) => r / mean);
}

/** The section's sentences, scored: centrality, terms and the signals above, each with its explanation. */
export function scoreProse(
  prose: Prose[],
  terms: ReadonlyMap<string, number>,
  lang: string,
  maxWords: number,
): (Pick & { paragraph: number })[] {
  const flat = prose.flatMap((p, k) =>
    p.sentences.map((s, i) => ({ s, plain: p.plain[i] ?? s, paragraph: p.paragraph, index: i, opens: k === 0 })),
  );
  const central = sentenceCentrality(
    flat.map((x) => x.s),
    lang,
  );
  const term = termScores(
    flat.map((x) => x.s),
    terms,
    lang,
  );
  return flat.map((x, k) => {
    const found = signals(x.s, { first: x.index === 0, opens: x.opens && x.index === 0 }, lang, maxWords);
    const score = 0.8 * central[k]! + term[k]! + found.reduce((sum, [v]) => sum + v, 0);
    const why = [
      ...(central[k]! > 1.2 ? ['central to its section'] : []),
      ...(term[k]! > 1.2 ? ["uses the document's terms"] : []),
      ...found.map(([, name]) => name),
    ];
    if (!why.length) why.push('as central as its neighbours');
    return { paragraph: x.paragraph, index: x.index, choice: { sentence: x.plain, score, why } };
  });
}

/** How much two sentences say the same: the share of the smaller's content words the other has. */
function overlap(a: string, b: string, lang: string): number {
  const x = new Set(contentTerms(a, lang));
  const y = new Set(contentTerms(b, lang));
  if (!x.size || !y.size) return 0;
  let common = 0;
  for (const t of x) if (y.has(t)) common++;
  return common / Math.min(x.size, y.size);
}

/** How much a sentence loses for each share of its words a chosen one has said, and the share that says the same. */
const REDUNDANCY = 1.5;
const SAME = 0.8;

/**
 * The section's choice: `count` sentences, best first, each losing what it shares with those chosen before it
 * (maximal marginal relevance), so that two bullets never say the same; returned per paragraph, in reading order.
 */
export function choose(scored: (Pick & { paragraph: number })[], count: number, lang: string): Map<number, Pick[]> {
  const left = [...scored];
  const chosen: typeof scored = [];
  const similar = (x: (typeof left)[number]) =>
    Math.max(0, ...chosen.map((c) => overlap(c.choice.sentence, x.choice.sentence, lang)));
  while (chosen.length < count && left.length) {
    // Most of its words said already: it says the same, and is not chosen at all.
    const fresh = left.filter((x) => similar(x) < SAME);
    if (!fresh.length) break;
    const value = (x: (typeof left)[number]) => x.choice.score - REDUNDANCY * similar(x);
    fresh.sort((a, b) => value(b) - value(a));
    chosen.push(fresh[0]!);
    left.splice(left.indexOf(fresh[0]!), 1);
  }
  const out = new Map<number, Pick[]>();
  for (const c of chosen.sort((a, b) => a.paragraph - b.paragraph || a.index - b.index)) {
    out.set(c.paragraph, [...(out.get(c.paragraph) ?? []), { index: c.index, choice: c.choice }]);
  }
  return out;
}
