// The one module for each language's words: it reads the data files in languages/ (one per language, typed by
// LanguageWords) and answers for them: detection by stopword density, labels, stopwords, and the lists and
// patterns the planner builds from them. A language without a file reads with English words but keeps its code.
import { franc } from 'franc';
import { requireCjs } from '../require-cjs.js';
import { spaceWords } from './script.js';
import * as FILES from './languages/index.js';
import type { Labels, LanguageWords } from './languages/language-words.js';

export type {
  FigureWords,
  Labels,
  LanguageWords,
  LessonWords,
  SalienceWords,
  ShorteningWords,
} from './languages/language-words.js';

const LANGUAGES: Readonly<Record<string, LanguageWords>> = FILES;
/** English first: it stands in for a language without a file, and detection prefers it on a tie. */
const CODES = ['en', ...Object.keys(LANGUAGES).filter((code) => code !== 'en')];

/** The codes of every language with a file: "en" first. */
export const knownLanguages = (): string[] => [...CODES];

/** The language part of a tag: "id-ID" -> "id". */
export const primaryCode = (lang: string) => lang.toLowerCase().split('-')[0]!;

/** The words of a language; English for a language deckhand has no words for. */
export function languageWords(lang: string): LanguageWords {
  return LANGUAGES[primaryCode(lang)] ?? LANGUAGES.en!;
}

/** One list from every language at once: what an author may write in any of them (lessons mix languages). */
export function everyLanguage(pick: (words: LanguageWords) => readonly string[]): string[] {
  return [...new Set(CODES.flatMap((code) => pick(LANGUAGES[code]!)))];
}

/** A value made once per language from its words, such as its compiled patterns. */
export function perLanguage<T>(make: (words: LanguageWords) => T): (lang: string) => T {
  const made = new Map<LanguageWords, T>();
  return (lang) => {
    const words = languageWords(lang);
    if (!made.has(words)) made.set(words, make(words));
    return made.get(words)!;
  };
}

/**
 * A pattern matching any of the phrases, as written (case is the flags' business): escaped, the longest first so
 * that "pertama-tama" wins over "pertama", and one that never matches for an empty list.
 */
export function anyOf(phrases: readonly string[]): string {
  if (!phrases.length) return '(?!)';
  const longestFirst = [...phrases].sort((a, b) => b.length - a.length);
  return `(?:${longestFirst.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`;
}

/** Word edges that know letters beyond ASCII (`\b` does not), for patterns with the `u` flag. */
export const WORD_START = String.raw`(?<![\p{L}\p{N}_])`;
export const WORD_END = String.raw`(?![\p{L}\p{N}_])`;

/**
 * Words as the planner and detector see them: lower case, letters (with their combining marks: Devanagari's vowel
 * signs, Arabic's and Hebrew's points) and digits only; text written without spaces (Chinese, Japanese, Thai) is
 * cut into words by Intl.Segmenter (text/script.ts).
 */
export function words(text: string): string[] {
  return (
    spaceWords(text)
      .toLowerCase()
      .match(/[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[-'’][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/gu) ?? []
  );
}

const stopwords = perLanguage((words) => new Set(words.stopwords));

/** Share of a text's words that are stopwords of the given language (0..1). */
export function stopwordDensity(text: string, lang: string): number {
  const list = stopwords(lang);
  const ws = words(text);
  if (ws.length === 0) return 0;
  return ws.filter((w) => list.has(w)).length / ws.length;
}

// stopwords-iso's fuller lists (1298 English, 758 Indonesian words) measure how much a block reads like running
// text; the short lists above stay for titles and bullets, where a list that counts "new" or "first" as
// stopwords would change what reads as a heading.
const FULL_STOPWORDS = requireCjs('stopwords-iso') as Record<string, string[]>;
const fullLists = new Map<string, ReadonlySet<string>>();

/** stopwords-iso's list for the language (English if it has none). */
function fullList(lang: string): ReadonlySet<string> {
  const code = FULL_STOPWORDS[primaryCode(lang)] ? primaryCode(lang) : 'en';
  let list = fullLists.get(code);
  if (!list) {
    list = new Set(FULL_STOPWORDS[code]);
    fullLists.set(code, list);
  }
  return list;
}

/** Whether a word is on stopwords-iso's long list: a word of running text, not a term of the subject. */
export function isCommonWord(word: string, lang: string): boolean {
  return fullList(lang).has(word.toLowerCase());
}

/** Share of a block's words that are stopwords in stopwords-iso's list for the language (English if it has none). */
export function blockStopwordDensity(text: string, lang: string): number {
  const list = fullList(lang);
  const ws = words(text);
  return ws.length === 0 ? 0 : ws.filter((w) => list.has(w)).length / ws.length;
}

/** Whether a word is on the language's short stopword list. */
export function isStopword(word: string, lang: string): boolean {
  return stopwords(lang).has(word.toLowerCase());
}

/** Where a text's language shows: code, formulas, URLs and markup say nothing of it and can outweigh a short text. */
function prose(text: string): string {
  return text
    .slice(0, 20000)
    .replace(/^(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1/gm, ' ')
    .replace(/`[^`\n]*`|\$\$[\s\S]*?\$\$|\$[^$\n]*\$|<[^>\n]*>/g, ' ')
    .replace(/\b(?:https?:\/\/|www\.)\S+/g, ' ')
    .replace(/[|#*_>`]/g, ' ');
}

/** franc's code of each language with a file, and back. */
const BY_FRANC = new Map(CODES.map((code) => [LANGUAGES[code]!.iso6393, code]));

/** Fewest Latin letters from which franc's guess is taken (fewer: English, unless the document says `lang:`). */
const LATIN_LETTERS = 30;

/**
 * The language of a text, among those deckhand has words for (franc's trigrams, told which languages to choose
 * from: franc alone reads Indonesian as Malay and Portuguese as Galician); English when franc cannot tell (a text
 * of a few words). A document names any other code with `lang:`.
 */
export function detectLanguage(text: string): string {
  const shown = prose(text);
  // Trigrams need a sentence or two of a Latin-script language: "Text here." alone was read as Turkish. Other
  // scripts tell their language (or its family) from a few characters.
  const latin = shown.match(/\p{Script=Latin}/gu)?.length ?? 0;
  if (latin < LATIN_LETTERS && latin * 2 >= (shown.match(/\p{L}/gu)?.length ?? 0)) return CODES[0]!;
  const found = franc(shown, { only: [...BY_FRANC.keys()], minLength: 10 });
  return BY_FRANC.get(found) ?? CODES[0]!;
}

/** Languages written right to left: Arabic, Hebrew, Persian, Urdu, and others in their scripts. */
const RTL_LANGUAGES = new Set(['ar', 'he', 'fa', 'ur', 'yi', 'ps', 'sd', 'ug', 'ckb', 'dv', 'syr', 'arc', 'ku']);
const RTL_LETTER = /[\p{sc=Arabic}\p{sc=Hebrew}\p{sc=Syriac}\p{sc=Thaana}\p{sc=Nko}\p{sc=Adlam}]/gu;

/**
 * The direction a document is written in: right to left for a right-to-left language, or when most of the
 * letters of its text are of a right-to-left script (whatever `lang` says), else left to right.
 */
export function textDirection(lang: string, text = ''): 'ltr' | 'rtl' {
  if (RTL_LANGUAGES.has(primaryCode(lang))) return 'rtl';
  const sample = prose(text);
  const rtl = sample.match(RTL_LETTER)?.length ?? 0;
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  return letters > 0 && rtl > letters / 2 ? 'rtl' : 'ltr';
}

/**
 * The words deckhand writes on slides and handouts in a language (English for a language without a file), with
 * the ones a document or the config file words its own way (DocMeta.labels) in their place.
 */
export function labelsFor(lang: string, own: Partial<Labels> = {}): Labels {
  return { ...languageWords(lang).labels, ...own };
}

// Articles, conjunctions and prepositions stay lower case inside a title ("Kerja Sama dan Hubungan ..."), in any
// of the languages: a title from a URL or a file name has no language yet.
const TITLE_SMALL_WORDS = new Set(everyLanguage((words) => words.titleSmallWords));

/** True for words a title keeps lower case (unless first): "dan", "di", "of", "the" ... */
export function isTitleSmallWord(word: string): boolean {
  return TITLE_SMALL_WORDS.has(word.toLowerCase());
}

const enumerationWords = perLanguage((words) => new Set(words.enumeration));

/** Whether a heading names a set of things ("Contoh Kerjasama Bilateral", "Types of Treaties"). */
export function announcesEnumeration(heading: string, lang: string): boolean {
  const list = enumerationWords(lang);
  return words(heading).some((w) => w.split(/[-'’]/).some((part) => list.has(part)));
}

const vagueLinks = perLanguage((words) => new Set(words.vagueLinks));

/** Whether a link's whole text says nothing of where it goes ("click here", "di sini"), in the deck's language or English. */
export function isVagueLinkText(text: string, lang: string): boolean {
  const said = words(text).join(' ');
  return said !== '' && (vagueLinks(lang).has(said) || vagueLinks('en').has(said));
}
