// Sentences and words as the planner counts them: sentence splitting that keeps "Dr." and "1.000" whole, and a word
// count in which a URL, a code span or a masked formula is one word, and CJK text weighs by its characters.
import { words } from '../text/language.js';
import { CJK_CHARS_PER_WORD, cjkCount, splitFullWidth, withoutCjk } from '../text/script.js';

const ABBREVIATION = /\b(?:dr|mr|mrs|ms|no|vs|st|jl|prof|hlm|dll|dsb|tsb|e\.g|i\.e|etc)\.$/i;

/**
 * Splits text into sentences; keeps abbreviations like "Dr." and numbers like "30,75" or "1.000" inside. A sentence
 * ends at . ! ? … before a space and a capital, a digit or a letter of a script without case (Arabic ؟, Urdu ۔ and
 * Hindi । too), and at 。！？ with no space after them.
 */
export function splitSentences(text: string): string[] {
  const parts = text
    .replace(/\s+/g, ' ')
    .trim()
    .split(/(?<=[.!?…؟۔।])["”’)]?\s+(?=["“‘(]?[\p{Lu}\p{Lt}\p{Lo}\p{N}])/u)
    .flatMap(splitFullWidth);
  const out: string[] = [];
  for (const p of parts) {
    const prev = out.at(-1);
    // Glue back splits after short abbreviations ("Dr. Smith", "No. 5").
    if (prev && ABBREVIATION.test(prev)) out[out.length - 1] = `${prev} ${p}`;
    else out.push(p);
  }
  return out.filter((s) => s.length > 0);
}

/** A formula as Marp reads one: `$` then no space, and no space before the closing `$`, which no digit follows. */
const FORMULA = /(?<!\\)\$(?=\S)[^$\n]*?[^\s\\]\$(?!\d)|(?<!\\)\$[^\s$\\]\$(?!\d)/g;

/**
 * Words a reader sees in Markdown text; a URL counts as one word, and so do a code span and a formula. CJK text
 * counts its characters, 2.4 to a word (a bullet of 25 words is one of 60 characters): the same weight on a slide.
 */
export function wordCount(text: string): number {
  const spans = text
    .replace(/\bhttps?:\/\/\S+|<https?:[^>]*>/g, 'url')
    .replace(/(`+)(?!`)[\s\S]*?[^`]\1(?!`)/g, ' code ')
    .replace(FORMULA, ' math ')
    .replace(/[*_`\\]/g, '');
  return words(withoutCjk(spans)).length + Math.ceil(cjkCount(spans) / CJK_CHARS_PER_WORD);
}
