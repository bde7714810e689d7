// Titles for documents that do not give one: from an article URL's slug (".../765071/manfaat-kerja-sama-dan-
// hubungan-internasional" -> "Manfaat Kerja Sama dan Hubungan Internasional"), or from the file's name.
import { isTitleSmallWord } from '../text/language.js';

/** Title case: every word capitalised except small words ("dan", "of") after the first. */
export function titleCase(words: string[]): string {
  return words
    .map((w, i) => (i > 0 && isTitleSmallWord(w) ? w.toLowerCase() : w.charAt(0).toUpperCase() + w.slice(1)))
    .join(' ');
}

function pathSegments(url: string): string[] {
  try {
    const path = new URL(/^[a-z]+:\/\//i.test(url) ? url : `https://${url}`).pathname;
    return path.split('/').map((s) => decodeURIComponent(s));
  } catch (error) {
    // A source note in words, or a malformed URL: there is no slug to read.
    if (error instanceof TypeError || error instanceof URIError) return [];
    throw error;
  }
}

/** The title a URL's slug spells, or undefined when no path segment reads as words (ids, dates, "index.html"). */
export function titleFromUrl(url: string): string | undefined {
  const segments = pathSegments(url)
    .map((s) => s.replace(/\.(html?|php|aspx?)$/i, ''))
    .filter((s) => /\p{L}/u.test(s));
  // The slug is the last segment of several words; numeric ids ("...-bersama-12345") are not part of it.
  for (const segment of segments.reverse()) {
    const words = segment.split(/[-_+]+/).filter((w) => w && !/^\d+$/.test(w));
    if (words.length >= 2 && words.every((w) => /^[\p{L}\d]+$/u.test(w)))
      return titleCase(words.map((w) => w.toLowerCase()));
  }
  return undefined;
}

/** The title a deck's output name spells: "kerja-sama_bilateral" -> "Kerja sama bilateral". */
export function titleFromFileName(name: string): string {
  return name.replace(/[-_]+/g, ' ').replace(/^./, (c) => c.toUpperCase());
}
