// What one language's file holds: every word deckhand knows in that language, typed, so that a missing key is a
// type error. Lists are lower case; a phrase is its words with single spaces. text/language.ts reads them.
import type { Labels } from '../../types.js';

export type { Labels } from '../../types.js';

/** The parts of a lesson as authors title them; recognised in any language, whatever the document's. */
export interface LessonWords {
  /** An exercise's label or title starts with one ("**Exercise 2:**", "Latihan: …", "Try it"). */
  exercise: string[];
  /** A solution's title starts with or holds one ("Answer", "Expand to see the solution"). */
  solution: string[];
  /** A frame titled with one of these (at its start) holds the lesson's objectives. */
  objectives: string[];
  /** A frame titled exactly with one of these holds the lesson's key points. */
  keyPoints: string[];
  /** A section whose heading starts with one of these is the document's conclusion. */
  conclusion: string[];
  /**
   * A section whose heading starts with one of these surveys others' work ("Related work", "Penelitian terkait"):
   * a talk gives it less room than the author's own.
   */
  relatedWork: string[];
  /**
   * A paragraph of the last section that opens with one of these is where the author sums up ("To summarise the
   * lecture:", "In short, …"): the deck shows it as its summary and makes none of its own.
   */
  summaryLeads: string[];
}

/** The words that shorten a sentence to a bullet (plan/shorten.ts, condense.ts), in the document's language. */
export interface ShorteningWords {
  /** Who a sentence is taken from, up to the first comma: "According to X, …". */
  attributions: string[];
  /** Connectives before a comma that open a sentence and carry nothing on a slide: "However, …". */
  connectives: string[];
  /** Words that open a framing phrase before a comma: "In this setting, …". */
  framing: string[];
  /**
   * Endings of the verb forms that open a framing phrase ("Extending the notation above, …") and take the
   * preposition after them ("returning to", "asked to"), where the language marks them so: English "ing", "ed".
   */
  verbEndings: string[];
  /** Relative pronouns: a bullet never starts with one ("which followed Alexander's death, …"). */
  relatives: string[];
  /** Words that open a subordinate clause: what follows one up to its comma is no bullet ("If you need a key, …"). */
  subordinators: string[];
  /** Verbs of saying before "that": "The researchers note that …". */
  reporting: string[];
  /** The word after a verb of saying: "that", "bahwa". */
  reportingThat: string;
  /** The least number of words before a verb of saying (English allows none: "Studies show that" has one). */
  reportingSubjectWords: number;
  /** Verbs of saying as an aside between commas: "…, the researchers note, …". */
  reportingAside: string[];
  /** An example as an aside between commas: "X, for example, Y". */
  exampleAsides: string[];
  /** Words that introduce a list of examples: "such as A, B and C". */
  exampleLeads: string[];
  /** Words that open a trailing clause after a comma, which goes first when a sentence is too long. */
  trailing: string[];
  /** "not only X, but also Y": such a sentence never loses its second half. */
  contrast: string[];
  /** Words that open a clause or phrase: a bullet may end just before one. */
  clauseStarts: string[];
  /** Two-word prepositions ("prior to", "due to"): a clause never starts at their second word. */
  boundPrepositions: string[];
  /** Words that join the items of a list ("A, B and C"). */
  listJoins: string[];
  /** A sentence that opens with one leans on the one before it ("This means …"). */
  anaphoric: string[];
}

/** The words that say a sentence matters, or that it is an aside (plan/salience.ts). */
export interface SalienceWords {
  /** Phrases with which an author says the point: "we propose", "in short", "the key", "in this lecture". */
  cues: string[];
  /** Phrases that open a filler clause a bullet does without: "it is worth noting that", "note that". */
  fillers: string[];
  /** Names of the parts a text points at by number ("Figure 3", "Table 2"), which a slide of bullets does not show. */
  pointers: string[];
  /** Headings that say where a slide is, not what it says ("Introduction", "Results"): its title adds its point. */
  genericHeadings: string[];
}

/** The words around numbers (plan/figures.ts). */
export interface FigureWords {
  months: string[];
  /** "2,3 miliar", "4 million". */
  scales: string[];
  /** Currencies named in words after the number: "5 dollars". */
  currencies: string[];
  /** "15 percent". */
  percent: string[];
  /** Words before a number that belong with it: "nearly 2 million". */
  approximations: string[];
  /** Words that say a number changed: "grew", "kenaikan". */
  changes: string[];
  /** The word between a change and the amount it reached: "grew by 15% to USD 7.1 trillion". */
  changedTo: string[];
  /** Linking words between a label and its number, which add nothing on a card: "reached", "sebesar". */
  links: string[];
}

/** Everything deckhand knows of one language. */
export interface LanguageWords {
  /** ISO 639-1 code, as in `lang: id`. */
  code: string;
  /** ISO 639-3 code as franc names the language when it detects it ("ind"; Standard Arabic "arb", Persian "pes"). */
  iso6393: string;
  labels: Labels;
  /** Short stopword list for titles and bullets (running text is measured with stopwords-iso's long lists). */
  stopwords: string[];
  /** Words a title keeps lower case after its first word: articles, conjunctions, prepositions. */
  titleSmallWords: string[];
  /** Nouns of a heading that announces an enumeration: "Types of …", "Contoh …". */
  enumeration: string[];
  lesson: LessonWords;
  shortening: ShorteningWords;
  salience: SalienceWords;
  figures: FigureWords;
  /**
   * Link texts that say nothing of where a link goes ("click here", "read more"): a link is warned about when its
   * whole text is one of these (WCAG 2.4.4); every deck is checked with English's too.
   */
  vagueLinks: string[];
}

/** A list written as one string of words: "a an the" -> ["a", "an", "the"]. */
export const list = (words: string): string[] => words.split(' ');
