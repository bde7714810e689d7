// The patterns that shorten a sentence, made from each language's words (text/languages/) once per language:
// what may go from a sentence (shorten.ts) and where a bullet may end (clause-cut.ts).
import { anyOf, perLanguage, primaryCode, WORD_END, WORD_START } from '../text/language.js';

/**
 * A participle opening a sentence ("Extending the notation above, …"): a capitalised word with a verb ending, a
 * word in lower case after it (so "United States, …" is a name, not a frame).
 */
const participle = (endings: string[]) => `\\p{Lu}\\p{Ll}{2,}${anyOf(endings)}(?=\\s\\p{Ll})`;

/** The patterns a language's words make (text/languages/), once per language. */
export const rulesFor = perLanguage(({ shortening: w, salience: { fillers } }) => ({
  /**
   * Who it is from, connectives and fillers, in front of the point: "Melansir dari laman X, ...", "Selain itu, ...",
   * "It is worth noting that ...".
   */
  leading: [
    new RegExp(`^${anyOf(w.attributions)}${WORD_END}[^,]{0,80},\\s*`, 'iu'),
    new RegExp(`^${anyOf(w.connectives)}\\s*[,，،]\\s*`, 'iu'),
    new RegExp(`^${anyOf(fillers)}${WORD_END}\\s*,?\\s*`, 'iu'),
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

export type Rules = ReturnType<typeof rulesFor>;

/** A word without the punctuation around it. */
export const bareWord = (t: string | undefined) =>
  (t ?? '').replace(/^[("“‘（「『]+|[,;:.!?)"”’，；：。！？、）」』،؛؟]+$/g, '');

/**
 * A comma, semicolon or colon (half or full width, Arabic) that ends a clause. Chinese joins the items of a list
 * with "、"; Japanese writes its clause comma so.
 */
export const CLAUSE_END = /[,;:，；：،؛]$/;
const JAPANESE_CLAUSE_END = /[,;:，；：、]$/;
export const clauseEnd = (lang: string) => (primaryCode(lang) === 'ja' ? JAPANESE_CLAUSE_END : CLAUSE_END);
