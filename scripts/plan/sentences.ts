// Sentences and words as the planner counts them: sentence splitting that keeps "Dr." and "1.000" whole, and a word
// count in which a URL, a code span or a masked formula is one word, and CJK text weighs by its characters.
import { everyLanguage, words } from '../text/language.js';
import { CJK_CHARS_PER_WORD, cjkCount, splitFullWidth, withoutCjk } from '../text/script.js';

const ABBREVIATION =
  /(?:^|[\s(])(?:dr|mr|mrs|ms|no|vs|st|jl|prof|hlm|dll|dsb|tsb|e\.g|i\.e|etc|al|fig|figs|eq|eqs|sec|cf|approx|vol|pp|resp|jr|sr|inc|ltd)\.$/i;
/** "George E." before "P. Box": an initial after a capitalised name or another initial ends no sentence. */
const INITIAL = /(?:^|\s)\p{Lu}[\p{L}.'’-]*\s\p{Lu}\.$/u;
/** Words that open a sentence rather than go on with a name ("Plan B. The next step"): any language's stopwords. */
const OPENERS = new Set(everyLanguage((w) => w.stopwords));
const initialBefore = (sentence: string, next: string) => INITIAL.test(sentence) && !OPENERS.has(words(next)[0] ?? '');

/** Marks that open a quotation or an aside and the marks that close them; a straight quote does both. */
const OPENS = '([{“«「『（';
const CLOSES = ')]}”»」』）';

/**
 * The quotation marks and brackets a text leaves open: the index of each unmatched opening mark, in order. A closing
 * mark with no opening one (a list's "1)") is ignored; straight double quotes pair up in turn.
 */
export function openMarks(text: string): number[] {
  const open: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    const top = open.at(-1);
    if (c === '"') {
      if (top !== undefined && text[top] === '"') open.pop();
      else open.push(i);
    } else if (OPENS.includes(c)) open.push(i);
    else if (CLOSES.includes(c)) {
      const at = open.findLastIndex((k) => OPENS.indexOf(text[k]!) === CLOSES.indexOf(c));
      if (at >= 0) open.splice(at);
    }
  }
  return open;
}

/** Most words a quotation or an aside may span across sentence ends and still be read as one sentence. */
const QUOTED_WORDS = 60;

/** Whether a sentence that leaves a mark open has it closed by the parts after it, within QUOTED_WORDS words. */
function closesSoon(sentence: string, after: string[]): boolean {
  const open = openMarks(sentence).length;
  if (!open) return false;
  let joined = sentence;
  for (const part of after) {
    joined = `${joined} ${part}`;
    if (wordCount(joined) > QUOTED_WORDS) return false;
    if (openMarks(joined).length < open) return true;
  }
  return false;
}

/**
 * Splits text into sentences; keeps abbreviations like "Dr." and "et al.", initials ("George E. P. Box"), numbers
 * like "30,75" or "1.000", and a short quotation or aside that spans a sentence end inside one sentence. A sentence
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
  for (const [i, p] of parts.entries()) {
    const prev = out.at(-1);
    // Glue back splits after short abbreviations ("Dr. Smith", "No. 5") and initials, and inside a quotation or an
    // aside that closes soon ('"Models are wrong. Some are useful." — Box').
    if (prev && (ABBREVIATION.test(prev) || initialBefore(prev, p) || closesSoon(prev, parts.slice(i))))
      out[out.length - 1] = `${prev} ${p}`;
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
