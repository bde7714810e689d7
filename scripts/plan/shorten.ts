// Shortens one sentence to a bullet with the source's own words: lead-in connectives, parentheticals, asides and
// trailing clauses go first; named examples ("seperti WTO, ASEAN, dan APEC") stay while they fit; what is still
// too long ends at a clause boundary, and only when there is none is it cut mid-phrase with "…".
import { anyOf, isStopword, perLanguage, primaryCode, WORD_END, WORD_START } from '../text/language.js';
import { cutTokens, hasCjk } from '../text/script.js';
import { wordCount } from './sentences.js';

/** The patterns a language's words make (text/languages/), once per language. */
const rulesFor = perLanguage(({ shortening: w }) => ({
  /** Who it is from, and connectives, in front of the point: "Melansir dari laman X, ...", "Selain itu, ...". */
  leading: [
    new RegExp(`^${anyOf(w.attributions)}${WORD_END}[^,]{0,80},\\s*`, 'iu'),
    new RegExp(`^${anyOf(w.connectives)}\\s*[,，،]\\s*`, 'iu'),
  ],
  /** A leading adverbial phrase ("Selaras dengan tujuan itu, ...", "In this setting, ..."): it frames the point. */
  frame: new RegExp(`^${anyOf(w.framing)}\\s[^,]{1,60},\\s+`, 'iu'),
  /**
   * Who said it, in front of what was said ("The researchers note that ...", "Para ahli menyatakan bahwa ..."): the
   * notes keep it; a bullet that is too long says the finding. Only a short subject, so a real clause is never taken.
   */
  reported: new RegExp(
    `^(?:[\\p{L}'’-]+\\s+){${w.reportingSubjectWords},4}?${anyOf(w.reporting)}\\s+${anyOf([w.reportingThat])}\\s+`,
    'iu',
  ),
  /** The same said in passing: "Creating birch tar, the researchers note, requires ...". */
  reportedAside: new RegExp(`,\\s*(?:[\\p{L}'’-]+\\s+){1,3}?${anyOf(w.reportingAside)}\\s*,\\s*`, 'giu'),
  /** "X, misalnya, Y" is an aside. */
  aside: new RegExp(`,\\s*${anyOf(w.exampleAsides)}\\s*,`, 'giu'),
  /** "..., seperti A, B, dan C" ends in a list of examples. */
  examples: new RegExp(`,?\\s*${WORD_START}${anyOf(w.exampleLeads)}${WORD_END}[^.;:]*`, 'giu'),
  trailing: new RegExp(`[,，،]\\s*${anyOf(w.trailing)}${WORD_END}[^,.;，。；،؛]*$`, 'iu'),
  /** "bukan hanya X, tetapi juga Y" must not lose its second half: that would say the opposite. */
  contrast: new RegExp(`${WORD_START}${anyOf(w.contrast)}${WORD_END}`, 'iu'),
  /** Words that open a new clause or phrase: a bullet may end just before one. */
  clauseStart: new RegExp(`^${anyOf(w.clauseStarts)}$`, 'iu'),
  /** "prior to", "due to": the preposition belongs to the word before it. */
  bound: new Set(w.boundPrepositions),
  /** Words that join the items of a list ("A, B dan C"): a comma before one is inside the list, not a clause end. */
  listJoin: new RegExp(`^${anyOf(w.listJoins)}$`, 'iu'),
}));

type Rules = ReturnType<typeof rulesFor>;

/**
 * A comma, semicolon or colon (half or full width, Arabic) that ends a clause. Chinese joins the items of a list
 * with "、"; Japanese writes its clause comma so.
 */
const CLAUSE_END = /[,;:，；：،؛]$/;
const JAPANESE_CLAUSE_END = /[,;:，；：、]$/;
const clauseEnd = (lang: string) => (primaryCode(lang) === 'ja' ? JAPANESE_CLAUSE_END : CLAUSE_END);

/** Folds white space and the space before punctuation, and drops punctuation a cut left at the start. */
export const tidy = (s: string) =>
  s
    .replace(/\s+([,.;:])/g, '$1')
    .replace(/\s+/g, ' ')
    .replace(/^[,;:\s]+/, '')
    .trim();
const capitalize = (s: string) => s.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
const bareWord = (t: string | undefined) =>
  (t ?? '').replace(/^[("“‘（「『]+|[,;:.!?)"”’，；：。！？、）」』،؛؟]+$/g, '');

/** Drops the full stop a slide bullet does not need ("。" too); keeps "?", "!" and "…". */
export const bare = (s: string) => s.trim().replace(/(?<!\.)[.。]$/, '');

/** Words of the comma-separated segment that ends at token `end` (exclusive), counting back to the previous comma. */
function segmentBefore(tokens: string[], end: number): number {
  let n = 0;
  for (let i = end - 1; i >= 0 && (n === 0 || !CLAUSE_END.test(tokens[i]!)); i--) n++;
  return n;
}

/** Words of the segment that starts at token `start`, up to the next comma or list word. */
function segmentAfter(tokens: string[], start: number, rules: Rules): number {
  let n = 0;
  for (let i = start; i < tokens.length; i++) {
    if (n > 0 && rules.listJoin.test(bareWord(tokens[i]))) break;
    n++;
    if (CLAUSE_END.test(tokens[i]!) || /[.。]$/.test(tokens[i]!)) break;
  }
  return n;
}

/**
 * Whether the words before token `end` make a whole clause to end a bullet with: a comma, semicolon or colon that
 * does not sit inside a list of short items ("barang, jasa, teknologi, atau ..."), or a word that opens a clause next.
 */
function clauseEndsAt(tokens: string[], end: number, lang: string): boolean {
  const rules = rulesFor(lang);
  const last = tokens[end - 1]!;
  const next = bareWord(tokens[end]);
  if (isStopword(bareWord(last), lang)) return false;
  const enumeration = segmentAfter(tokens, end, rules) <= 2 || (segmentBefore(tokens, end) <= 2 && end > 2);
  if (clauseEnd(lang).test(last)) return !enumeration;
  if (/[—–]$/.test(last)) return true;
  // "prior to", "due to", "according to": the preposition belongs to the word before it.
  if (rules.bound.has(`${bareWord(last)} ${next}`.toLowerCase())) return false;
  // A clause word with two words or fewer after it ("… wilayah geografis yang sama") ends a phrase, not a clause.
  if (!next || !rules.clauseStart.test(next) || tokens.length - end <= 2) return false;
  // "…, the area where it was found was …": two or three words after a comma are the subject of a clause that has
  // not said its verb yet; a relative clause after them does not end it. "…, atau sumber daya yang …" ends a list.
  const segment = segmentBefore(tokens, end);
  if (segment <= 3 && end > segment && !rules.listJoin.test(bareWord(tokens[end - segment]))) return false;
  // "A, B dan C": the list word closes a list, it opens no clause.
  return !(rules.listJoin.test(next) && segmentBefore(tokens, end) <= 2);
}

/**
 * The longest start of the sentence, within maxWords, that ends a clause; no "…", since it reads whole. When no
 * clause ends late enough, a sentence within `wholeRoom` stays whole (a stump ending in "…" loses the point); a
 * longer one is cut mid-phrase (never on a little word) and marked with "…".
 */
function cut(s: string, maxWords: number, lang: string, wholeRoom: number): string {
  // Words, and a dash between two words as the end of one ("humans—carbon dating showed"): a clause may end there.
  // CJK text is cut between its words (text/script.ts), each weighing less than a word of the budget.
  const words = cutTokens(s);
  const tokens = words.map((w) => w.text);
  // The sentence up to token `i`, as written (a dash between words keeps its spacing), without the punctuation a cut leaves.
  const upTo = (i: number) =>
    s.slice(0, words[i - 1]!.index + tokens[i - 1]!.length).replace(/[\s,;:—–，；：、،؛]+$/u, '');
  let end = hasCjk(s) ? tokens.length : Math.min(tokens.length, maxWords);
  // wordCount may see more words than tokens ("Indonesia-Kanada" is one token and one word; "US$ 3" two).
  while (end > 1 && wordCount(upTo(end)) > maxWords) end--;
  const shortest = Math.max(4, Math.ceil(end * 0.4));
  // "bukan hanya X, tetapi juga Y" cut after X says the opposite: such a cut must show that it is one.
  for (let i = end; i >= shortest && !rulesFor(lang).contrast.test(s); i--) {
    if (clauseEndsAt(tokens, i, lang)) return upTo(i);
  }
  if (wordCount(s) <= wholeRoom) return s;
  // Never end on a little word ("dan", "yang", "of"): it reads as a mistake, not a cut.
  while (end > 1 && isStopword(bareWord(tokens[end - 1]), lang)) end--;
  return hasCjk(upTo(end).slice(-1)) ? `${upTo(end)}…` : `${upTo(end)} …`;
}

/** Examples that name things (WTO, ASEAN, Protokol Kyoto): they carry the point, unlike "such as many others". */
function namedExamples(s: string, rules: Rules): boolean {
  return [...s.matchAll(rules.examples)].some((m) =>
    /\s(?:\p{Lu}{2,}|\p{Lu}\p{Ll}+)/u.test(m[0].replace(/^,?\s*\S+/, ' ')),
  );
}

/**
 * Shortens a sentence to maxWords: lead-in connectives, parentheticals, asides and who-said-it first, then trailing
 * clauses one at a time, then examples (named ones stay while the sentence fits `namedRoom`, the room a bullet
 * really has), and at last a cut at a clause boundary; with none, a sentence within namedRoom stays whole.
 */
export function shorten(sentence: string, maxWords: number, lang: string, namedRoom = maxWords): string {
  const rules = rulesFor(lang);
  // Lead-in connectives go even when the sentence fits: on a slide they are filler ("Selain itu, ...").
  let s = capitalize(
    tidy(
      rules.leading.reduce((acc, re) => (/\d/.test(acc.match(re)?.[0] ?? '') ? acc : acc.replace(re, '')), sentence),
    ),
  );
  // A step that leaves too little to stand alone is not taken: a cut at a clause is better than a stump.
  const enough = Math.min(6, Math.ceil(maxWords / 2));
  const step = (fn: (x: string) => string) => {
    if (wordCount(s) <= maxWords) return;
    const next = capitalize(tidy(fn(s)));
    if (wordCount(next) >= enough) s = next;
  };
  const trailing = () => {
    while (wordCount(s) > maxWords && !rules.contrast.test(s)) {
      const shorter = tidy(s.replace(/[.!?]$/, '').replace(rules.trailing, ''));
      if (shorter === tidy(s.replace(/[.!?]$/, '')) || wordCount(shorter) < enough) break;
      s = shorter;
    }
  };
  step((x) => x.replace(/\s*\([^()]*\)/g, ''));
  step((x) => x.replace(rules.reported, ''));
  step((x) => (wordCount(rules.frame.exec(x)?.[0] ?? '') <= 9 ? x.replace(rules.frame, '') : x));
  step((x) => x.replace(rules.aside, ''));
  step((x) => x.replace(rules.reportedAside, ' '));
  trailing();
  if (wordCount(s) > maxWords && namedExamples(s, rules) && wordCount(s) <= namedRoom)
    return s.replace(/\s+/g, ' ').trim();
  step((x) => x.replace(rules.examples, ''));
  trailing();
  if (wordCount(s) > maxWords) s = cut(s, maxWords, lang, namedRoom);
  return s.replace(/\s+/g, ' ').trim();
}
