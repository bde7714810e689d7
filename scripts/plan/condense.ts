// Turns a paragraph into one short bullet made only of the source's own words: the most central sentence
// (TextRank over word overlap, plus position), shortened (shorten.ts) to fit.
import { anyOf, isStopword, perLanguage, WORD_END, words } from '../text/language.js';
import { backtickRun, escapeInline } from '../text/markdown-text.js';
import { hasCjk } from '../text/script.js';
import type { InlineAtom } from '../types.js';
import { splitSentences, wordCount } from './sentences.js';
import { bare, shorten, tidy } from './shorten.js';

/** No bullet is ever longer than this, whatever the budgets say: a slide is not a paragraph. */
export const HARD_BULLET_WORDS = 25;
/** Most words after "**Label** —": the explanation, not the whole paragraph. */
export const LABEL_BODY_WORDS = 14;

/** "Label: explanation" with a short label (at most 7 words, starting upper case or with a digit). */
export function splitLabel(text: string): { label: string; rest: string } | undefined {
  const m = /^(\*\*)?([\p{Lu}\d][^:.!?]{1,80}?)(\*\*)?\s*:\s+(\S[\s\S]*)$/u.exec(text.trim());
  if (!m) return undefined;
  const label = m[2]!.trim();
  if (words(label).length > 7 || /^https?$/i.test(label)) return undefined;
  return { label, rest: m[4]!.trim() };
}

/** Words that carry content; a CJK word of two characters does ("并行", "数据"). */
const contentWords = (s: string, lang: string) =>
  words(s).filter((w) => w.length > (hasCjk(w) ? 1 : 2) && !isStopword(w, lang) && !/^\d+$/.test(w));

/** Above this many sentences TextRank's n-by-n matrix costs too much; the linear centroid score stands in. */
const TEXTRANK_LIMIT = 300;

/**
 * Centroid centrality (Radev et al. 2004) for long texts: how much of the whole text's vocabulary a sentence
 * shares, in one pass over the words. Scores average 1, like TextRank's.
 */
function centroidCentrality(bags: Set<string>[]): number[] {
  const df = new Map<string, number>();
  for (const bag of bags) for (const w of bag) df.set(w, (df.get(w) ?? 0) + 1);
  const raw = bags.map((bag) =>
    bag.size < 2 ? 0 : [...bag].reduce((sum, w) => sum + df.get(w)! - 1, 0) / Math.log(bag.size + 1),
  );
  const mean = raw.reduce((x, y) => x + y, 0) / raw.length || 1;
  return raw.map((r) => r / mean);
}

/**
 * TextRank (Mihalcea & Tarau 2004): PageRank over sentences linked by shared content words. Scores average 1.
 * Texts of more than 300 sentences (a whole long document) use the linear centroid score instead.
 */
export function sentenceCentrality(sentences: string[], lang: string): number[] {
  const n = sentences.length;
  if (n <= 1) return sentences.map(() => 1);
  const bags = sentences.map((s) => new Set(contentWords(s, lang)));
  if (n > TEXTRANK_LIMIT) return centroidCentrality(bags);
  const sim = bags.map((a, i) =>
    bags.map((b, j) => {
      if (i === j || a.size < 2 || b.size < 2) return 0;
      let common = 0;
      for (const w of a) if (b.has(w)) common++;
      return common / (Math.log(a.size) + Math.log(b.size));
    }),
  );
  const out = sim.map((row) => row.reduce((x, y) => x + y, 0));
  let rank = sentences.map(() => 1);
  for (let iter = 0; iter < 30; iter++) {
    rank = sentences.map(
      (_, i) => 0.15 + 0.85 * sim.reduce((sum, row, j) => sum + (out[j]! > 0 ? (row[i]! * rank[j]!) / out[j]! : 0), 0),
    );
  }
  const mean = rank.reduce((x, y) => x + y, 0) / n;
  return rank.map((r) => r / mean);
}

// Sentences that lean on the previous one ("Hal ini ...", "This means ...") make poor bullets on their own.
const anaphoric = perLanguage(({ shortening }) => new RegExp(`^${anyOf(shortening.anaphoric)}${WORD_END}`, 'iu'));

/** Scores each sentence: centrality, a lead bonus (paragraphs open with their topic), fit and length. */
export function scoreSentences(sentences: string[], lang: string, maxWords = 20): number[] {
  const central = sentenceCentrality(sentences, lang);
  return sentences.map((s, i) => {
    const n = wordCount(s);
    const lead = i === 0 ? 0.6 : 0;
    const fit = n <= maxWords ? 0.3 : 0;
    const thin = contentWords(s, lang).length < 3 ? -1.5 : 0;
    return central[i]! + lead + fit + thin + (anaphoric(lang).test(s) ? -0.5 : 0);
  });
}

/** The most representative sentence of a paragraph. */
export function keySentence(sentences: string[], lang: string, maxWords = 20): string {
  if (sentences.length <= 1) return sentences[0] ?? '';
  const scores = scoreSentences(sentences, lang, maxWords);
  let best = 0;
  scores.forEach((s, i) => {
    if (s > scores[best]!) best = i;
  });
  return sentences[best]!;
}

/** Words the explanation beside a label may keep: the label carries the point (at most LABEL_BODY_WORDS). */
const labelRoom = (label: string, limit: number) => Math.max(4, Math.min(LABEL_BODY_WORDS, limit - wordCount(label)));

/** "**Label** — key sentence": the label is Markdown already; the explanation is shortened to fit beside it. */
export function condenseLabeled(label: string, text: string, lang: string, maxWords: number): string {
  const limit = Math.min(maxWords, HARD_BULLET_WORDS);
  // A label too long to leave room for an explanation is cut like any other text.
  if (wordCount(label) > limit - 4) label = shorten(label, limit - 4, lang);
  const room = labelRoom(label, limit);
  // Named examples may use the whole bullet: "seperti WTO, ASEAN, dan APEC" carries the point.
  const body = shorten(keySentence(splitSentences(text), lang, room), room, lang, limit - wordCount(label));
  return `**${label}** — ${escapeInline(bare(body))}`;
}

/** A sentence with no clause to end at stays whole within a quarter over the budget (never above the hard limit). */
export const wholeRoom = (limit: number) => Math.max(limit, Math.min(HARD_BULLET_WORDS, Math.ceil(limit * 1.25)));

/** A chosen sentence (atoms masked) as one Markdown bullet: shortened to fit, whole within a quarter over. */
export function sentenceBullet(sentence: string, lang: string, maxWords: number): string {
  const limit = Math.min(maxWords, HARD_BULLET_WORDS);
  return escapeInline(bare(shorten(sentence, limit, lang, wholeRoom(limit))));
}

/** One Markdown bullet for a plain-text paragraph: its key sentence, shortened; labels become "**Label** — text". */
export function condenseParagraph(text: string, lang: string, maxWords: number): string {
  const limit = Math.min(maxWords, HARD_BULLET_WORDS);
  const label = splitLabel(text);
  if (label) {
    const name = words(label.label).length > limit / 2 ? tidy(label.label.replace(/\s*\([^()]*\)/g, '')) : label.label;
    return condenseLabeled(escapeInline(name), label.rest, lang, limit);
  }
  return escapeInline(bare(shorten(keySentence(splitSentences(text), lang, limit), limit, lang, wholeRoom(limit))));
}

/**
 * Stands in for the n-th masked span while a text is condensed: one word, with nothing in it to cut or escape, and
 * in no script that counts by characters (U+0298, a Latin letter without case that no lecture writes).
 */
const mask = (n: number) => `ʘ${n}ʘ`;
const MASKED = /ʘ(\d+)ʘ/g;

/** An atom as parse's plain text has it: code as its text, a formula with its dollars. */
const plainOf = (atom: InlineAtom) => (atom.kind === 'math' ? `$${atom.text}$` : atom.text).replace(/\s+/g, ' ');

/** Whether `plain` stands at `at` in `text` as a word of its own where its edges are letters or digits. */
function standsAlone(text: string, at: number, plain: string): boolean {
  const word = /[\p{L}\p{N}_]/u;
  const before = word.test(plain[0]!) && word.test(text[at - 1] ?? '');
  const after = word.test(plain.at(-1)!) && word.test(text[at + plain.length] ?? '');
  return !before && !after;
}

/**
 * Where an atom's plain form stands in the text, at or after `from`: at the offset parse recorded when the text
 * still holds it there; else the occurrence nearest that offset that stands as a word of its own ("n" is not the
 * n of "changing"), else the nearest at all; -1 when the text no longer holds it.
 */
function atomOffset(text: string, plain: string, from: number, expected: number | undefined): number {
  if (expected !== undefined && expected >= from && text.startsWith(plain, expected)) return expected;
  const found: number[] = [];
  for (let at = text.indexOf(plain, from); at >= 0; at = text.indexOf(plain, at + 1)) found.push(at);
  const near = (xs: number[]) =>
    expected === undefined ? xs[0] : xs.sort((a, b) => Math.abs(a - expected) - Math.abs(b - expected))[0];
  return near(found.filter((at) => standsAlone(text, at, plain))) ?? near(found) ?? -1;
}

/**
 * The text with its code spans and formulas (in order, where parse's plain text has them) masked; each masked atom
 * is added to `masked`, whose index the mask names, so that texts condensed together can share one list.
 */
export function maskAtoms(text: string, atoms: InlineAtom[] | undefined, masked: InlineAtom[]): string {
  let out = '';
  let from = 0;
  for (const atom of atoms ?? []) {
    const plain = plainOf(atom);
    const at = plain.trim() ? atomOffset(text, plain, from, atom.at) : -1;
    if (at < 0) continue;
    out += text.slice(from, at) + mask(masked.push(atom) - 1);
    from = at + plain.length;
  }
  return out + text.slice(from);
}

/** An atom as Markdown: code padded when it starts or ends with a backtick, so the delimiters stay apart; math in dollars. */
function atomMarkdown(atom: InlineAtom): string {
  if (atom.kind === 'math') return `$${atom.text}$`;
  const run = backtickRun(atom.text);
  const pad = /^`|`$/.test(atom.text) ? ' ' : '';
  return `${run}${pad}${atom.text}${pad}${run}`;
}

/**
 * A short paragraph keeps its own Markdown (emphasis, links); a long one is condensed from its plain text. Code
 * spans and formulas count as one word each and are never cut into: `range(n)` and $T(n)$ are not parentheticals.
 * They come back as code and as math.
 */
export function bulletFor(
  markdown: string,
  plain: string,
  lang: string,
  maxWords: number,
  atoms: InlineAtom[] = [],
): string {
  const limit = Math.min(maxWords, HARD_BULLET_WORDS);
  const masked: InlineAtom[] = [];
  const text = maskAtoms(plain, atoms, masked);
  const short = wordCount(text) <= limit && splitSentences(text).length === 1;
  const label = splitLabel(text);
  if (short && !label) return bare(markdown);
  // A "Label: explanation" that needs no cut keeps its explanation's own Markdown too: emphasis, links, math.
  const own =
    short && label && wordCount(label.rest) <= labelRoom(label.label, limit) ? splitLabel(markdown) : undefined;
  if (own && own.label === label!.label) return `**${escapeInline(label!.label)}** — ${bare(own.rest)}`;
  return unmask(condenseParagraph(text, lang, limit), masked);
}

/** The atoms of `masked` that masked text holds. */
export function atomsIn(text: string, masked: InlineAtom[]): InlineAtom[] {
  return [...text.matchAll(MASKED)].flatMap((m) => masked[Number(m[1])] ?? []);
}

/** Masked atoms (in Markdown that maskAtoms' text became) back, as code and as math. */
export function unmask(markdown: string, masked: InlineAtom[]): string {
  return markdown.replace(MASKED, (m, n: string) =>
    masked[Number(n)] === undefined ? m : atomMarkdown(masked[Number(n)]!),
  );
}

/**
 * The document's highest-scoring sentences, for a summary when there is no conclusion: TextRank over all
 * sentences, at most one per group (section), returned in document order.
 */
export function topSentences(groups: string[][], lang: string, count: number, maxWords: number): string[] {
  const all = groups.flatMap((sentences, g) => sentences.map((s, i) => ({ s, g, i })));
  if (!all.length) return [];
  const central = sentenceCentrality(
    all.map((x) => x.s),
    lang,
  );
  const scored = all.map((x, k) => ({
    ...x,
    k,
    score:
      central[k]! +
      (x.i === 0 ? 0.4 : 0) +
      (wordCount(x.s) <= maxWords ? 0.4 : 0) -
      (anaphoric(lang).test(x.s) ? 0.5 : 0),
  }));
  const chosen: typeof scored = [];
  for (const x of [...scored].sort((a, b) => b.score - a.score)) {
    if (chosen.length >= count) break;
    // A lead-in ("... sebagai berikut:") announces a list; it summarises nothing.
    if (contentWords(x.s, lang).length >= 3 && !/:$/.test(x.s) && !chosen.some((c) => c.g === x.g)) chosen.push(x);
  }
  return chosen.sort((a, b) => a.k - b.k).map((x) => x.s);
}

/** A conclusion paragraph as up to `count` bullets: its best sentences in reading order, each shortened. */
export function keySentences(text: string, lang: string, maxWords: number, count = 3): string[] {
  const sentences = splitSentences(text).filter((s) => wordCount(s) >= 4);
  const scores = scoreSentences(sentences, lang, maxWords);
  const best = new Set([...scores.keys()].sort((a, b) => scores[b]! - scores[a]!).slice(0, count));
  return sentences
    .filter((_, i) => best.has(i))
    .map((s) => escapeInline(bare(shorten(s, Math.min(maxWords, HARD_BULLET_WORDS), lang))));
}

/** Summary bullets for a document without a conclusion: topSentences, shortened; `group` says whose each is. */
export function summaryBullets(
  groups: string[][],
  lang: string,
  count: number,
  maxWords: number,
): { markdown: string; group: number }[] {
  return topSentences(groups, lang, count, maxWords).map((s) => ({
    markdown: escapeInline(bare(shorten(s, maxWords, lang))),
    group: groups.findIndex((list) => list.includes(s)),
  }));
}
