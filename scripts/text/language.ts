// Language detection by stopword density, and the slide labels for each supported language.
import { requireCjs } from '../require-cjs.js';

const STOPWORDS: Record<string, ReadonlySet<string>> = {
  id: new Set(
    (
      'yang dan di ke dari ini itu dengan untuk dalam pada adalah tidak juga akan atau oleh sebagai dapat ' +
      'telah karena bahwa para lebih saat mereka kami kita ada sudah agar seperti bagi serta antara hanya ' +
      'tersebut secara namun maupun hingga yaitu setiap bisa harus masih sangat jika tetapi merupakan'
    ).split(' '),
  ),
  en: new Set(
    (
      'the of and to in a is that for it as with was on be by this are or from at an which but not have has ' +
      'had their they its can will also more been were we our these such than other into would there about'
    ).split(' '),
  ),
};

export interface Labels {
  agenda: string;
  introduction: string;
  summary: string;
  sources: string;
  continued: string;
  notes: string;
  page: string;
  of: string;
  slide: string;
  source: string;
  contents: string;
  by: string;
  /** Handout cover and PDF subject; {n} in gridLayout is the number of slides per page. */
  handout: string;
  author: string;
  date: string;
  slides: string;
  notesLayout: string;
  linesLayout: string;
  gridLayout: string;
  readingLayout: string;
  /** Lesson structure: the slide after the title, exercise and solution labels, the handout's appendix, timing. */
  objectives: string;
  questions: string;
  overview: string;
  keyPoints: string;
  exercise: string;
  solution: string;
  solutions: string;
  teaching: string;
  exercises: string;
  minutes: string;
  timing: string;
}

const LABELS: Record<string, Labels> = {
  en: {
    agenda: 'Agenda',
    introduction: 'Introduction',
    summary: 'Summary',
    sources: 'Sources',
    continued: 'continued',
    notes: 'Notes',
    page: 'Page',
    of: 'of',
    slide: 'Slide',
    source: 'Source',
    contents: 'Contents',
    by: 'by',
    handout: 'Handout',
    author: 'Author',
    date: 'Date',
    slides: 'Slides',
    notesLayout: 'Slides with speaker notes',
    linesLayout: 'Slides with lines for notes',
    gridLayout: '{n} slides per page',
    readingLayout: 'Reading text',
    objectives: 'Objectives',
    questions: 'Questions',
    overview: 'Overview',
    keyPoints: 'Key points',
    exercise: 'Exercise',
    solution: 'Solution',
    solutions: 'Solutions',
    teaching: 'Teaching',
    exercises: 'Exercises',
    minutes: 'min',
    timing: 'Timing',
  },
  id: {
    agenda: 'Agenda',
    introduction: 'Pendahuluan',
    summary: 'Ringkasan',
    sources: 'Sumber',
    continued: 'lanjutan',
    notes: 'Catatan',
    page: 'Halaman',
    of: 'dari',
    slide: 'Slide',
    source: 'Sumber',
    contents: 'Daftar Isi',
    by: 'oleh',
    handout: 'Handout',
    author: 'Penulis',
    date: 'Tanggal',
    slides: 'Jumlah slide',
    notesLayout: 'Slide dengan catatan pembicara',
    linesLayout: 'Slide dengan baris untuk mencatat',
    gridLayout: '{n} slide per halaman',
    readingLayout: 'Bahan bacaan',
    objectives: 'Tujuan pembelajaran',
    questions: 'Pertanyaan',
    overview: 'Gambaran umum',
    keyPoints: 'Poin penting',
    exercise: 'Latihan',
    solution: 'Solusi',
    solutions: 'Solusi',
    teaching: 'Pengajaran',
    exercises: 'Latihan',
    minutes: 'menit',
    timing: 'Waktu',
  },
};

/** Words as the planner and detector see them: lower case, letters and digits only. */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu) ?? [];
}

/** Share of a text's words that are stopwords of the given language (0..1). */
export function stopwordDensity(text: string, lang: string): number {
  const list = STOPWORDS[lang] ?? STOPWORDS.en!;
  const ws = words(text);
  if (ws.length === 0) return 0;
  return ws.filter((w) => list.has(w)).length / ws.length;
}

// stopwords-iso's fuller lists (1298 English, 758 Indonesian words) measure how much a block reads like running
// text; the short lists above stay for titles and bullets, where a list that counts "new" or "first" as
// stopwords would change what reads as a heading.
const FULL_STOPWORDS = requireCjs('stopwords-iso') as Record<string, string[]>;
const fullLists = new Map<string, ReadonlySet<string>>();

/** Share of a block's words that are stopwords in stopwords-iso's list for the language (English if it has none). */
export function blockStopwordDensity(text: string, lang: string): number {
  const code = FULL_STOPWORDS[lang] ? lang : 'en';
  let list = fullLists.get(code);
  if (!list) {
    list = new Set(FULL_STOPWORDS[code]);
    fullLists.set(code, list);
  }
  const ws = words(text);
  return ws.length === 0 ? 0 : ws.filter((w) => list.has(w)).length / ws.length;
}

/** Whether a word is on the language's short stopword list. */
export function isStopword(word: string, lang: string): boolean {
  return (STOPWORDS[lang] ?? STOPWORDS.en!).has(word.toLowerCase());
}

/** "id" or "en" by stopword density; other languages fall back to "en" labels but keep their own code. */
export function detectLanguage(text: string): string {
  // URLs and markup carry no language signal and can outweigh a short text.
  const sample = text
    .slice(0, 20000)
    .replace(/\b(?:https?:\/\/|www\.)\S+/g, ' ')
    .replace(/[|#*_>`]/g, ' ');
  const id = stopwordDensity(sample, 'id');
  const en = stopwordDensity(sample, 'en');
  return id > en ? 'id' : 'en';
}

/** Labels for agenda, summary, sources and continuation slides; English for unsupported languages. */
export function labelsFor(lang: string): Labels {
  return LABELS[lang.toLowerCase().split('-')[0]!] ?? LABELS.en!;
}

// Articles, conjunctions and prepositions stay lower case inside a title ("Kerja Sama dan Hubungan ...").
const TITLE_SMALL_WORDS = new Set(
  (
    'dan di ke dari yang untuk dengan pada atau dalam bagi oleh tentang serta antara terhadap ' +
    'a an and as at but by for in nor of on or per the to vs via'
  ).split(' '),
);

/** True for words a title keeps lower case (unless first): "dan", "di", "of", "the" ... */
export function isTitleSmallWord(word: string): boolean {
  return TITLE_SMALL_WORDS.has(word.toLowerCase());
}

// Nouns that announce an enumeration: a heading "Contoh ..." or "Types of ..." may be followed by sub-headings.
const ENUMERATION_WORDS: Record<string, ReadonlySet<string>> = {
  id: new Set(
    'contoh jenis bentuk macam tujuan manfaat ciri faktor tahap tahapan langkah cara unsur prinsip fungsi'.split(' '),
  ),
  en: new Set(
    'example examples type types kind kinds form forms goal goals aim aims benefit benefits feature features factor factors stage stages step steps way ways element elements principle principles'.split(
      ' ',
    ),
  ),
};

/** Whether a heading names a set of things ("Contoh Kerjasama Bilateral", "Types of Treaties"). */
export function announcesEnumeration(heading: string, lang: string): boolean {
  const list = ENUMERATION_WORDS[lang] ?? ENUMERATION_WORDS.en!;
  return words(heading).some((w) => w.split(/[-'’]/).some((part) => list.has(part)));
}
