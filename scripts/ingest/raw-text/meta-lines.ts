// Reads metadata out of single lines: bylines, date lines, publisher lines and news datelines.
import { BYLINE_LEAD, DATE_WORDS, DOMAIN } from './noise-patterns.js';

const MONTH =
  '(?:jan(?:uari|uary)?|feb(?:ruari|ruary)?|mar(?:et|ch)?|apr(?:il)?|mei|may|jun(?:i|e)?|jul(?:i|y)?|agu(?:stus)?|agt|aug(?:ust)?|sep(?:t(?:ember)?)?|okt(?:ober)?|oct(?:ober)?|nov(?:ember)?|des(?:ember)?|dec(?:ember)?)\\.?';
const DATE = new RegExp(
  `\\b(?:\\d{1,2}\\s+${MONTH}\\s+\\d{4}|${MONTH}\\s+\\d{1,2},?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/\\d{4})\\b`,
  'i',
);
const TIME = /\b\d{1,2}[:.]\d{2}\b/g;
/** The kind of piece a news site writes beside its date ("October 22, 2019 report", "Opini, 3 Mei 2024"). */
const PIECE_KIND =
  /\b(?:report|feature|analysis|news|opinion|interview|review|editorial|column|commentary|explainer|laporan|berita|opini|wawancara|ulasan|kolom|analisis)\b/gi;

/** The first date written in a line ("17 Nov 2023", "March 4, 2024", "2024-03-04"), without its time. */
export function findDate(text: string): string | undefined {
  return DATE.exec(text)?.[0];
}

/** A line that is only a date with its lead words ("Diterbitkan 17 Nov 2023, 12:45 WIB", "October 22, 2019 report"). */
export function isDateLine(text: string): boolean {
  if (!findDate(text) || text.split(/\s+/).length > 14) return false;
  const rest = text
    .replace(new RegExp(DATE.source, 'gi'), ' ')
    .replace(TIME, ' ')
    .replace(DATE_WORDS, ' ')
    .replace(PIECE_KIND, ' ')
    .replace(/[\s,.:;|·•\-–—/()]+/g, '');
  return rest === '';
}

// A name is a run of capitalised words, joined by "dan"/"and"/"&"/",".
const NAME = /\p{Lu}[\p{L}'’.-]*(?:(?:\s+|\s*,\s*|\s+(?:dan|and|&)\s+)\p{Lu}[\p{L}'’.-]*)*/u;

/** "oleh Silvia Estefina Subitmele diperbarui 17 Nov 2023" -> author and date; undefined for prose ("Oleh karena itu"). */
export function parseByline(text: string): { author: string; date?: string } | undefined {
  if (text.split(/\s+/).length > 20) return undefined;
  const lead = BYLINE_LEAD.exec(text);
  if (!lead) {
    // "Posted on 12 May 2023 by Alex Morgan": a date line that ends with the byline.
    const tail = new RegExp(`\\b(?:by|oleh)\\s+(${NAME.source})\\s*$`, 'u').exec(text);
    return tail && isDateLine(text.slice(0, tail.index))
      ? { author: tidyName(tail[1]!), date: findDate(text) }
      : undefined;
  }
  const after = text.slice(lead[0].length);
  const name = new RegExp(`^${NAME.source}`, 'u').exec(after);
  if (!name) return undefined;
  const rest = after.slice(name[0].length);
  // What follows the name must be nothing, a date, or more metadata; anything else means the line is a sentence.
  const ok =
    rest.trim() === '' ||
    /^\s*(?:[|·•,–—-]\s*)?(?:diperbarui|diterbitkan|updated|published|posted|on|pada|editor|reporter|penulis|\d)/i.test(
      rest,
    );
  return ok ? { author: tidyName(name[0]), date: findDate(rest) } : undefined;
}

/** A name as it should print: "Bob Yirka , Phys.org" (a page's spacing around a link) -> "Bob Yirka, Phys.org". */
const tidyName = (name: string) => name.trim().replace(/\s+,/g, ',');

/** A line that is only a site name ("Koranriau.co.id-", "Liputan6.com"): returns the site name. */
export function publisherLine(text: string): string | undefined {
  const m = /^\s*((?:[\p{L}\d-]+\.)+\p{L}{2,})\s*[-–—:|]?\s*$/u.exec(text);
  return m && DOMAIN.test(m[1]!) ? m[1] : undefined;
}

/** A dateline found at the start of a paragraph. */
export interface Dateline {
  /** The text to strip, separators included. */
  prefix: string;
  /** The site or agency named in it ("Liputan6.com", "Reuters"). */
  publisher?: string;
}

const SITE = '((?:[\\p{L}\\d-]+\\.)+(?:com|co\\.id|id|net|org|news|tv|co\\.uk))';
/** The dash after a dateline, as outlets write it: " - ", " — ", " - - " (Detik), ".- " (EFE). */
const SEP = '\\s*\\.?[-–—](?:\\s*[-–—])?\\s+';
/** A date some agencies put after the city: "LONDRES, 3 may (EFE).- ". */
const DAY = '(?:,?\\s*\\d{1,2}\\s+\\p{L}{3,10}\\.?)?';
const DATELINES: readonly RegExp[] = [
  // "Liputan6.com, Jakarta - Text" (a separator after a city of several words)
  new RegExp(`^${SITE}\\s*,\\s*\\p{Lu}[\\p{L}.]*(?:\\s+\\p{Lu}[\\p{L}.]*){0,2}\\s*[-–—:]\\s+`, 'u'),
  // "Liputan6.com, Jakarta Text" (no separator: the city is one word)
  new RegExp(`^${SITE}\\s*,\\s*\\p{Lu}[\\p{L}.]*\\s+(?=\\p{Lu})`, 'u'),
  // "LONDON (Reuters) - ", "JAKARTA, KOMPAS.com - ", "MADRID, EL PAÍS – ", "CIUDAD DE MÉXICO (EFE).- " (an all-caps city)
  new RegExp(
    `^\\p{Lu}{2,}(?:\\s+\\p{Lu}{2,}){0,2}${DAY}\\s*(?:,\\s*([\\p{L}\\d.]+(?:\\s+\\p{Lu}[\\p{L}\\d.]*){0,2}))?${DAY}\\s*(?:\\(([^)]{2,30})\\))?${SEP}`,
    'u',
  ),
  // "Jakarta (ANTARA) - ", "Berlin (dpa) - " (a mixed-case city needs the agency in brackets)
  new RegExp(`^\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+)?${DAY}\\s*\\(([^)]{2,30})\\)${SEP}`, 'u'),
  // "Surabaya, Detik - - " (a mixed-case city and its outlet, before Detik's doubled dash)
  /^\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?,\s+(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2})\s+[-–—]\s*[-–—]\s+(?=\p{Lu})/u,
  // "KOMPAS.com - Text" (the site alone)
  new RegExp(`^${SITE}\\s*[-–—]{1,2}\\s+`, 'u'),
];

// Weaker forms, trusted only on a page with a byline: "Jakarta - ", "Jakarta, CNN Indonesia -- ".
const NEWS_DATELINES: readonly RegExp[] = [
  /^\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?(?:,\s+(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2}))?\s+[-–—]{1,2}\s+(?=\p{Lu})/u,
];

/**
 * A news dateline at the start of the first paragraph ("Liputan6.com, Jakarta ", "LONDON (Reuters) - "), bold or
 * not ("**BANDUNG, TEMPO.CO** - "); `news` admits "Jakarta - ".
 */
export function findDateline(text: string, news = false): Dateline | undefined {
  // "**BANDUNG, TEMPO.CO** - Warga …" is read as "BANDUNG, TEMPO.CO - Warga …"; the prefix keeps the asterisks.
  const bold = /^(\*\*|__)([^*_\n]{2,60}?)\1/.exec(text);
  const plain = bold ? bold[2]! + text.slice(bold[0].length) : text;
  const extra = bold ? bold[1]!.length * 2 : 0;
  for (const re of news ? [...DATELINES, ...NEWS_DATELINES] : DATELINES) {
    const m = re.exec(plain);
    if (!m || m[0].length >= plain.length || (bold && m[0].length < bold[2]!.length)) continue;
    const publisher = m.slice(1).find((g) => g !== undefined);
    return { prefix: text.slice(0, m[0].length + extra), publisher: publisher?.trim() };
  }
  return undefined;
}
