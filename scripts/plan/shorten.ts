// Shortens one sentence to a bullet with the source's own words: lead-in connectives, parentheticals, asides and
// trailing clauses go first; named examples ("seperti WTO, ASEAN, dan APEC") stay while they fit; what is still
// too long ends at a clause boundary, and only when there is none is it cut mid-phrase with "…".
import { anyOf, isStopword, perLanguage, WORD_END, WORD_START } from '../text/language.js';
import { openMarks, wordCount } from './sentences.js';

/**
 * A participle opening a sentence ("Extending the notation above, …"): a capitalised word with a verb ending, a
 * word in lower case after it (so "United States, …" is a name, not a frame).
 */
const participle = (endings: string[]) => `\\p{Lu}\\p{Ll}{2,}${anyOf(endings)}(?=\\s\\p{Ll})`;

/** The patterns a language's words make (text/languages/), once per language. */
const rulesFor = perLanguage(({ shortening: w }) => ({
  /** Who it is from, and connectives, in front of the point: "Melansir dari laman X, ...", "Selain itu, ...". */
  leading: [
    new RegExp(`^${anyOf(w.attributions)}${WORD_END}[^,]{0,80},\\s*`, 'iu'),
    new RegExp(`^${anyOf(w.connectives)}\\s*,\\s*`, 'iu'),
  ],
  /**
   * A leading adverbial phrase ("Selaras dengan tujuan itu, ...", "In this setting, ..."): it frames the point; with
   * the clause that hangs on it ("Under the Ptolemaic Kingdom, which followed Alexander's death, ...").
   */
  frame: new RegExp(
    `^(?:${anyOf(w.framing)}|${participle(w.verbEndings)})\\s[^,]{1,60},(?:\\s*${anyOf(w.trailing)}${WORD_END}[^,]{1,60},)?\\s+`,
    'iu',
  ),
  /** A verb form by its ending ("returning", "asked"), which a preposition after it belongs to. */
  verbForm: new RegExp(`^\\p{L}{3,}${anyOf(w.verbEndings)}$`, 'iu'),
  /** A sentence's opening word that makes what follows up to its first comma a frame, not a clause. */
  opensFrame: new RegExp(`^(?:${anyOf(w.subordinators)}|\\p{L}{3,}${anyOf(w.verbEndings)})$`, 'iu'),
  /** Relative pronouns, which a bullet never starts with. */
  relative: new RegExp(`^${anyOf(w.relatives)}$`, 'iu'),
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
  trailing: new RegExp(`,\\s*${anyOf(w.trailing)}${WORD_END}[^,.;]*$`, 'iu'),
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
const bareWord = (t: string | undefined) => (t ?? '').replace(/^[("“‘]+|[,;:.!?)"”’]+$/g, '');

/** Drops the full stop a slide bullet does not need; keeps "?", "!" and "…". */
export const bare = (s: string) => s.trim().replace(/(?<!\.)\.$/, '');

/** Words of the comma-separated segment that ends at token `end` (exclusive), counting back to the previous comma. */
function segmentBefore(tokens: string[], end: number): number {
  let n = 0;
  for (let i = end - 1; i >= 0 && (n === 0 || !/[,;:]$/.test(tokens[i]!)); i--) n++;
  return n;
}

/** Words of the segment that starts at token `start`, up to the next comma or list word. */
function segmentAfter(tokens: string[], start: number, rules: Rules): number {
  let n = 0;
  for (let i = start; i < tokens.length; i++) {
    if (n > 0 && rules.listJoin.test(bareWord(tokens[i]))) break;
    n++;
    if (/[,;:.]$/.test(tokens[i]!)) break;
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
  // "Extending the notation above for two variables," and "If you need to create a key pair with …," frame a
  // clause that has not come yet: a bullet does not end inside or after them (nor after a semicolon's).
  let clause = end - 1;
  while (clause > 0 && !/[;:—–]$/.test(tokens[clause - 1]!)) clause--;
  if (rules.opensFrame.test(bareWord(tokens[clause])) && !tokens.slice(clause, end - 1).some((t) => /[,;:]$/.test(t)))
    return false;
  if (/[,;:]$/.test(last)) return !enumeration;
  if (/[—–]$/.test(last)) return true;
  // "the most prosperous and influential cities", "A, B dan C": without a comma, a list word joins words or closes a
  // list, unless a little word opens what follows it ("… asked to save and what is …").
  const after = bareWord(tokens[end + 1]).replace(/['’]\p{L}+$/u, '');
  if (rules.listJoin.test(next) && !isStopword(after, lang) && !rules.clauseStart.test(after)) return false;
  // "prior to", "due to", "according to", "returning to": the preposition belongs to the word before it.
  if (rules.bound.has(`${bareWord(last)} ${next}`.toLowerCase())) return false;
  if (next.toLowerCase() === 'to' && rules.verbForm.test(bareWord(last))) return false;
  // A clause word with two words or fewer after it ("… wilayah geografis yang sama") ends a phrase, not a clause.
  if (!next || !rules.clauseStart.test(next) || tokens.length - end <= 2) return false;
  // "…, the area where it was found was …": two or three words after a comma are the subject of a clause that has
  // not said its verb yet; a relative clause after them does not end it. "…, atau sumber daya yang …" ends a list.
  const segment = segmentBefore(tokens, end);
  return !(segment <= 3 && end > segment && !rules.listJoin.test(bareWord(tokens[end - segment])));
}

/**
 * Where a bullet cut from `s` may end, among tokens `from` down to `to`: after a whole clause, with no quotation or
 * bracket left open that the sentence closes later.
 */
function clauseCut(tokens: string[], from: number, to: number, upTo: (i: number) => string, lang: string) {
  const step = from >= to ? -1 : 1;
  for (let i = from; step < 0 ? i >= to : i <= to; i += step) {
    if (clauseEndsAt(tokens, i, lang) && !openMarks(upTo(i)).length) return i;
  }
  return undefined;
}

/**
 * The longest start of the sentence, within maxWords, that ends a clause; no "…", since it reads whole. When no
 * clause ends late enough, a sentence within `wholeRoom` stays whole (a stump loses the point); a longer one ends at
 * the nearest clause within wholeRoom or, failing that, at a shorter one. Only a sentence with no clause to end at
 * (a run of words without a comma or a clause word) is cut mid-phrase, never on a little word or inside a quotation,
 * and marked with "…".
 */
function cut(s: string, maxWords: number, lang: string, wholeRoom: number): string {
  // Words, and a dash between two words as the end of one ("humans—carbon dating showed"): a clause may end there.
  const words = [...s.matchAll(/[^\s—–]+[—–]?|[—–]/gu)];
  const tokens = words.map((m) => m[0]);
  // The sentence up to token `i`, as written (a dash between words keeps its spacing), without the punctuation a cut leaves.
  const upTo = (i: number) => s.slice(0, words[i - 1]!.index + tokens[i - 1]!.length).replace(/[\s,;:—–]+$/u, '');
  const within = (limit: number) => {
    let end = Math.min(tokens.length, limit);
    // wordCount may see more words than tokens ("Indonesia-Kanada" is one token and one word; "US$ 3" two).
    while (end > 1 && wordCount(upTo(end)) > limit) end--;
    return end;
  };
  const end = within(maxWords);
  const shortest = Math.max(4, Math.ceil(end * 0.4));
  // "bukan hanya X, tetapi juga Y" cut after X says the opposite: such a cut must show that it is one.
  const contrast = rulesFor(lang).contrast.test(s);
  const late = contrast ? undefined : clauseCut(tokens, end, shortest, upTo, lang);
  if (late) return upTo(late);
  if (wordCount(s) <= wholeRoom) return s;
  const clause = contrast
    ? undefined
    : (clauseCut(tokens, end + 1, within(wholeRoom), upTo, lang) ?? clauseCut(tokens, shortest - 1, 4, upTo, lang));
  if (clause) return upTo(clause);
  // Never end on a little word ("dan", "yang", "of"), nor inside a quotation or brackets: it reads as a mistake.
  let stop = end;
  while (stop > 1 && (isStopword(bareWord(tokens[stop - 1]), lang) || openMarks(upTo(stop)).length)) stop--;
  return `${upTo(stop)} …`;
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
  // What is left must still open a sentence: "Under the Ptolemaic Kingdom, which followed …" without its frame
  // would start with "which".
  const first = (x: string) => bareWord(x.split(/\s+/)[0]).toLowerCase();
  // "…, dan pemerintah kemudian …": a conjunction after the comma means what came before was a clause, not a frame.
  const startsInClause = (x: string) => rules.relative.test(first(x)) || rules.listJoin.test(first(x));
  // Lead-in connectives go even when the sentence fits: on a slide they are filler ("Selain itu, ...").
  const leading = rules.leading.reduce((acc, re) => {
    const lead = acc.match(re)?.[0] ?? '';
    return /\d/.test(lead) || startsInClause(acc.slice(lead.length)) ? acc : acc.replace(re, '');
  }, sentence);
  let s = capitalize(tidy(leading));
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
  step((x) => x.replace(/\s*\([^()]*\)/g, ''));
  step((x) => x.replace(rules.reported, ''));
  step((x) => x.replace(rules.aside, ''));
  step((x) => x.replace(rules.reportedAside, ' '));
  // After the asides: "Creating and using birch tar, the researchers note, requires …" has no frame.
  step((x) => (wordCount(rules.frame.exec(x)?.[0] ?? '') <= FRAME_WORDS ? x.replace(rules.frame, '') : x));
  trailing();
  if (wordCount(s) > maxWords && namedExamples(s, rules) && wordCount(s) <= namedRoom) return closed(s);
  step((x) => x.replace(rules.examples, ''));
  trailing();
  if (wordCount(s) > maxWords) s = cut(s, maxWords, lang, namedRoom);
  return closed(s);
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
