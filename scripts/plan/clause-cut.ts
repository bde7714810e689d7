// Where a bullet cut from a sentence may end: after a whole clause, never inside a quotation or brackets, never
// after a frame whose clause has not come ("If you need a key pair, …"), never between words that belong together
// ("prior | to", "the most prosperous | and influential cities"); a sentence with no such place is cut with "…".
import { isStopword } from '../text/language.js';
import { openMarks, wordCount } from './sentences.js';
import { cutTokens, hasCjk } from '../text/script.js';
import { bareWord, CLAUSE_END, clauseEnd, type Rules, rulesFor } from './shorten-rules.js';

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
  // "Extending the notation above for two variables," and "If you need to create a key pair with …," frame a
  // clause that has not come yet: a bullet does not end inside or after them (nor after a semicolon's).
  let clause = end - 1;
  while (clause > 0 && !/[;:—–]$/.test(tokens[clause - 1]!)) clause--;
  if (rules.opensFrame.test(bareWord(tokens[clause])) && !tokens.slice(clause, end - 1).some((t) => CLAUSE_END.test(t)))
    return false;
  if (clauseEnd(lang).test(last)) return !enumeration;
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

/** Opening marks and the marks that close them, in the languages deckhand labels. */
const QUOTES: Record<string, string> = { '"': '"', '“': '”', '„': '“', '«': '»', '‘': '’', '「': '」', '『': '』' };

/** A sentence that is one quotation from its first mark to its last (a full stop after it allowed), split. */
function wholeQuotation(s: string): { open: string; inner: string; close: string } | undefined {
  const open = s[0] ?? '';
  const close = QUOTES[open];
  const end = close === undefined ? -1 : s.lastIndexOf(close);
  if (end < s.length - 2 || end < 1 || !/^[.!?。！？]?$/u.test(s.slice(end + 1))) return undefined;
  const inner = s.slice(1, end);
  // "A" and "B": two quotations, not one.
  return inner.includes(close!) || (open !== close && inner.includes(open))
    ? undefined
    : { open, inner, close: s.slice(end) };
}

/**
 * A quotation is cut inside its marks and shows that it was, as quotations are shortened in print: "The similarity
 * of two points is …". Cut at the marks, every end would leave the quotation open, and the bullet was its first word.
 */
function cutQuotation(q: { open: string; inner: string; close: string }, maxWords: number, lang: string, room: number) {
  const inner = cut(q.inner, maxWords, lang, room);
  if (inner === q.inner) return `${q.open}${q.inner}${q.close}`;
  return `${q.open}${inner.replace(/\s*…$/u, '')} …${q.close.replace(/[.!?。！？]$/u, '')}`;
}

/**
 * The longest start of the sentence, within maxWords, that ends a clause; no "…", since it reads whole. When no
 * clause ends late enough, a sentence within `wholeRoom` stays whole (a stump loses the point); a longer one ends at
 * the nearest clause within wholeRoom or, failing that, at a shorter one. Only a sentence with no clause to end at
 * (a run of words without a comma or a clause word) is cut mid-phrase, never on a little word or inside a quotation,
 * and marked with "…".
 */
export function cut(s: string, maxWords: number, lang: string, wholeRoom: number): string {
  // A quotation stays whole when it can; cut, it is cut inside its marks.
  const quote = wholeQuotation(s);
  if (quote) return wordCount(s) <= wholeRoom ? s : cutQuotation(quote, maxWords, lang, wholeRoom);
  // Words, and a dash between two words as the end of one ("humans—carbon dating showed"): a clause may end there.
  // CJK text is cut between its words (text/script.ts), each weighing less than a word of the budget.
  const words = cutTokens(s);
  const tokens = words.map((w) => w.text);
  // The sentence up to token `i`, as written (a dash between words keeps its spacing), without the punctuation a cut leaves.
  const upTo = (i: number) =>
    s.slice(0, words[i - 1]!.index + tokens[i - 1]!.length).replace(/[\s,;:—–，；：、،؛]+$/u, '');
  const within = (limit: number) => {
    let end = hasCjk(s) ? tokens.length : Math.min(tokens.length, limit);
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
  return midPhrase(tokens, end, Math.max(shortest, 3), upTo, lang);
}

/** The marks that close the quotations `text` leaves open, innermost first; undefined when a bracket is open. */
function closers(text: string): string | undefined {
  const marks = openMarks(text).map((at) => QUOTES[text[at]!]);
  return marks.includes(undefined) ? undefined : marks.reverse().join('');
}

/**
 * A cut mid-phrase, marked "…", never on a little word ("dan", "yang", "of"). Inside a quotation it closes the
 * quotation after the "…" ("“Rome was not built in a day …” she said" reads as a shortened quotation); inside
 * brackets, or too short that way, it ends before them.
 */
function midPhrase(tokens: string[], end: number, shortest: number, upTo: (i: number) => string, lang: string) {
  const dots = (text: string, close = '') => (hasCjk(text.slice(-1)) ? `${text}…${close}` : `${text} …${close}`);
  let stop = end;
  while (stop > 1 && isStopword(bareWord(tokens[stop - 1]), lang)) stop--;
  const close = closers(upTo(stop));
  if (close && stop >= shortest) return dots(upTo(stop), close);
  while (stop > 1 && (isStopword(bareWord(tokens[stop - 1]), lang) || openMarks(upTo(stop)).length)) stop--;
  return dots(upTo(stop));
}
