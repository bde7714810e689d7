// Shortens one sentence to a bullet with the source's own words: lead-in connectives, parentheticals, asides and
// trailing clauses go first; named examples ("seperti WTO, ASEAN, dan APEC") stay while they fit; what is still
// too long ends at a clause boundary, and only when there is none is it cut mid-phrase with "…".
import { isStopword } from '../text/language.js';
import { wordCount } from './sentences.js';

const LEADING = [
  // Attributions and connectives in front of the point: "Melansir dari laman X, ...", "Selain itu, ...".
  /^(?:melansir|menurut|mengutip|dikutip dari|according to)\b[^,]{0,80},\s*/iu,
  /^(?:pertama-tama|pertama|kedua|ketiga|selain itu|di samping itu|oleh karena itu|dengan demikian|akhirnya|namun|seringkali|sebagai contoh|contohnya|misalnya|dalam konteks ini|first|second|finally|moreover|however|in addition|therefore|for example)\s*,\s*/iu,
];
// A leading adverbial phrase ("Selaras dengan tujuan itu, ...", "In this setting, ..."): it frames the point and
// goes when the sentence is too long.
const FRAME =
  /^(?:selaras dengan|sejalan dengan|sesuai dengan|berdasarkan|dalam|dengan|melalui|sebagai|pada|bagi|di tengah|in|with|through|as|by|for|at|on|under|given|during|after|before|since|unlike|like)\s[^,]{1,60},\s+/iu;
// Who said it, in front of what was said ("The researchers note that ...", "Para ahli menyatakan bahwa ..."): the
// notes keep it; a bullet that is too long says the finding. Only a short subject, so a real clause is never taken.
const REPORTED = [
  /^(?:[\p{L}'’-]+\s+){0,4}?(?:notes?|noted|says?|said|suggests?|suggested|believes?|believed|finds|found|reports?|reported|argues?|argued|explains?|explained|claims?|claimed|shows?|showed|shown|concludes?|concluded|writes?|wrote|adds?|added)\s+that\s+/iu,
  /^(?:[\p{L}'’-]+\s+){1,4}?(?:mengatakan|menjelaskan|menyatakan|menyebutkan|mengungkapkan|menilai|menegaskan|menambahkan|berpendapat)\s+bahwa\s+/iu,
];
// The same said in passing: "Creating birch tar, the researchers note, requires ...".
const REPORTED_ASIDE =
  /,\s*(?:[\p{L}'’-]+\s+){1,3}?(?:notes?|noted|says?|said|suggests?|suggested|believes?|believed|argues?|argued|explains?|explained|adds?|added|writes?|wrote)\s*,\s*/giu;
// "X, misalnya, Y" is an aside; "..., seperti A, B, dan C" ends in a list of examples.
const ASIDE = /,\s*(?:misalnya|contohnya|for example|e\.g\.|for instance)\s*,/giu;
const EXAMPLES = /,?\s*\b(?:seperti|misalnya|contohnya|termasuk|such as|for example|e\.g\.|including)\b[^.;:]*/giu;
const TRAILING =
  /,\s*(?:yang|which|where|di mana|sehingga|so that|serta|baik|sedangkan|while|because|karena|dengan|meskipun|although)\b[^,.;]*$/iu;
/** "bukan hanya X, tetapi juga Y" must not lose its second half: that would say the opposite. */
const CONTRAST = /\b(?:bukan hanya|tidak hanya|bukan sekadar|not only|not just)\b/i;

/** Words that open a new clause or phrase: a bullet may end just before one. */
const CLAUSE_START: Record<string, RegExp> = {
  id: /^(?:yang|dan|serta|atau|tetapi|namun|karena|sehingga|agar|supaya|untuk|dengan|melalui|bahwa|ketika|saat|jika|apabila|meskipun|walaupun|sedangkan|termasuk|seperti|demi|hingga|sampai)$/i,
  en: /^(?:and|but|or|which|that|who|whose|because|so|while|whereas|although|though|when|whenever|if|unless|with|by|including|such|through|where|since|until|to|for)$/i,
};
/** Words that take "to" after them: a clause does not begin at that "to". */
const GOVERNS_TO =
  /^(?:prior|due|according|next|close|owing|thanks|similar|related|compared|order|able|unable|contrary|subject|equal|relative|addition|regard|respect|up|going|used|likely|unlikely|want|wants|wanted|need|needs|needed|have|has|had|ought)$/i;
/** Words that join the items of a list ("A, B dan C"): a comma before one is inside the list, not a clause end. */
const LIST_JOIN = /^(?:dan|atau|serta|and|or|nor)$/i;

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
function segmentAfter(tokens: string[], start: number): number {
  let n = 0;
  for (let i = start; i < tokens.length; i++) {
    if (n > 0 && LIST_JOIN.test(bareWord(tokens[i]))) break;
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
  const last = tokens[end - 1]!;
  const next = bareWord(tokens[end]);
  if (isStopword(bareWord(last), lang)) return false;
  const enumeration = segmentAfter(tokens, end) <= 2 || (segmentBefore(tokens, end) <= 2 && end > 2);
  if (/[,;:]$/.test(last)) return !enumeration;
  if (/[—–]$/.test(last)) return true;
  // "prior to", "due to", "according to": the preposition belongs to the word before it.
  if (/^to$/i.test(next) && GOVERNS_TO.test(bareWord(last))) return false;
  // A clause word with two words or fewer after it ("… wilayah geografis yang sama") ends a phrase, not a clause.
  if (!next || !(CLAUSE_START[lang] ?? CLAUSE_START.en!).test(next) || tokens.length - end <= 2) return false;
  // "…, the area where it was found was …": two or three words after a comma are the subject of a clause that has
  // not said its verb yet; a relative clause after them does not end it. "…, atau sumber daya yang …" ends a list.
  const segment = segmentBefore(tokens, end);
  if (segment <= 3 && end > segment && !LIST_JOIN.test(bareWord(tokens[end - segment]))) return false;
  // "A, B dan C": the list word closes a list, it opens no clause.
  return !(LIST_JOIN.test(next) && segmentBefore(tokens, end) <= 2);
}

/**
 * The longest start of the sentence, within maxWords, that ends a clause; no "…", since it reads whole. When no
 * clause ends late enough, a sentence within `wholeRoom` stays whole (a stump ending in "…" loses the point); a
 * longer one is cut mid-phrase (never on a little word) and marked with "…".
 */
function cut(s: string, maxWords: number, lang: string, wholeRoom: number): string {
  // Words, and a dash between two words as the end of one ("humans—carbon dating showed"): a clause may end there.
  const words = [...s.matchAll(/[^\s—–]+[—–]?|[—–]/gu)];
  const tokens = words.map((m) => m[0]);
  // The sentence up to token `i`, as written (a dash between words keeps its spacing), without the punctuation a cut leaves.
  const upTo = (i: number) => s.slice(0, words[i - 1]!.index + tokens[i - 1]!.length).replace(/[\s,;:—–]+$/u, '');
  let end = Math.min(tokens.length, maxWords);
  // wordCount may see more words than tokens ("Indonesia-Kanada" is one token and one word; "US$ 3" two).
  while (end > 1 && wordCount(upTo(end)) > maxWords) end--;
  const shortest = Math.max(4, Math.ceil(end * 0.4));
  // "bukan hanya X, tetapi juga Y" cut after X says the opposite: such a cut must show that it is one.
  for (let i = end; i >= shortest && !CONTRAST.test(s); i--) {
    if (clauseEndsAt(tokens, i, lang)) return upTo(i);
  }
  if (wordCount(s) <= wholeRoom) return s;
  // Never end on a little word ("dan", "yang", "of"): it reads as a mistake, not a cut.
  while (end > 1 && isStopword(bareWord(tokens[end - 1]), lang)) end--;
  return `${upTo(end)} …`;
}

/** Examples that name things (WTO, ASEAN, Protokol Kyoto): they carry the point, unlike "such as many others". */
function namedExamples(s: string): boolean {
  return [...s.matchAll(EXAMPLES)].some((m) => /\s(?:\p{Lu}{2,}|\p{Lu}\p{Ll}+)/u.test(m[0].replace(/^,?\s*\S+/, ' ')));
}

/**
 * Shortens a sentence to maxWords: lead-in connectives, parentheticals, asides and who-said-it first, then trailing
 * clauses one at a time, then examples (named ones stay while the sentence fits `namedRoom`, the room a bullet
 * really has), and at last a cut at a clause boundary; with none, a sentence within namedRoom stays whole.
 */
export function shorten(sentence: string, maxWords: number, lang = 'id', namedRoom = maxWords): string {
  // Lead-in connectives go even when the sentence fits: on a slide they are filler ("Selain itu, ...").
  let s = capitalize(
    tidy(LEADING.reduce((acc, re) => (/\d/.test(acc.match(re)?.[0] ?? '') ? acc : acc.replace(re, '')), sentence)),
  );
  // A step that leaves too little to stand alone is not taken: a cut at a clause is better than a stump.
  const enough = Math.min(6, Math.ceil(maxWords / 2));
  const step = (fn: (x: string) => string) => {
    if (wordCount(s) <= maxWords) return;
    const next = capitalize(tidy(fn(s)));
    if (wordCount(next) >= enough) s = next;
  };
  const trailing = () => {
    while (wordCount(s) > maxWords && !CONTRAST.test(s)) {
      const shorter = tidy(s.replace(/[.!?]$/, '').replace(TRAILING, ''));
      if (shorter === tidy(s.replace(/[.!?]$/, '')) || wordCount(shorter) < enough) break;
      s = shorter;
    }
  };
  step((x) => x.replace(/\s*\([^()]*\)/g, ''));
  step((x) => REPORTED.reduce((acc, re) => acc.replace(re, ''), x));
  step((x) => (wordCount(FRAME.exec(x)?.[0] ?? '') <= 9 ? x.replace(FRAME, '') : x));
  step((x) => x.replace(ASIDE, ''));
  step((x) => x.replace(REPORTED_ASIDE, ' '));
  trailing();
  if (wordCount(s) > maxWords && namedExamples(s) && wordCount(s) <= namedRoom) return s.replace(/\s+/g, ' ').trim();
  step((x) => x.replace(EXAMPLES, ''));
  trailing();
  if (wordCount(s) > maxWords) s = cut(s, maxWords, lang, namedRoom);
  return s.replace(/\s+/g, ' ').trim();
}
