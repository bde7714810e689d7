// Text units by script. Chinese, Japanese, Thai, Lao, Khmer and Myanmar write no spaces between words: their words
// come from Intl.Segmenter (ICU's dictionaries), and a budget counts CJK text in characters, which are twice as
// wide as a Latin letter: a bullet of 25 words is one of 60 CJK characters, as heavy on a slide.

/** Wide characters: Han, kana, Hangul, and CJK and full-width punctuation. */
const CJK = String.raw`\p{scx=Han}\p{scx=Hira}\p{scx=Kana}\p{scx=Hang}\u3000-\u303F\uFF01-\uFF60`;
const CJK_CHAR = new RegExp(`[${CJK}]`, 'gu');
const HAS_CJK = new RegExp(`[${CJK}]`, 'u');
/** Runs of scripts without spaces between words, for Intl.Segmenter. */
const UNSPACED = /[\p{scx=Han}\p{scx=Hira}\p{scx=Kana}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}]+/gu;

/** CJK characters that weigh as much on a slide as one word: 60 characters for the 25 words of a bullet. */
export const CJK_CHARS_PER_WORD = 60 / 25;

/** Whether a text has CJK characters. */
export const hasCjk = (text: string): boolean => HAS_CJK.test(text);

/** The number of CJK characters in a text. */
export const cjkCount = (text: string): number => text.match(CJK_CHAR)?.length ?? 0;

/** The text without its CJK characters (each leaves a space), for counting the rest as words. */
export const withoutCjk = (text: string): string => text.replace(CJK_CHAR, ' ');

/** Width in Latin letters: a CJK character is two. */
export const visualLength = (text: string): number => text.length + cjkCount(text);

const wordSegmenter = new Intl.Segmenter(undefined, { granularity: 'word' });

/** The words of a run without spaces, by Intl.Segmenter: "数据并行是指" -> ["数据", "并行", "是", "指"]. */
function segmentRun(run: string): { segment: string; index: number; isWordLike?: boolean }[] {
  return [...wordSegmenter.segment(run)];
}

/** The text with a space between the words of every run written without spaces; other text is left as written. */
export function spaceWords(text: string): string {
  return text.replace(UNSPACED, (run) =>
    segmentRun(run)
      .map((s) => s.segment)
      .join(' '),
  );
}

/** A word of a sentence and where it starts, for cutting it: punctuation stays with the word before it. */
export interface Token {
  text: string;
  index: number;
}

/**
 * The words of a sentence as a cut sees them: runs between spaces (a dash between words ends the one before it),
 * and inside a run of CJK text, its words by Intl.Segmenter, each with the punctuation after it ("并行，").
 */
export function cutTokens(s: string): Token[] {
  const out: Token[] = [];
  for (const m of s.matchAll(/[^\s—–]+[—–]?|[—–]/gu)) {
    if (!hasCjk(m[0])) {
      out.push({ text: m[0], index: m.index });
      continue;
    }
    for (const seg of segmentRun(m[0])) {
      const last = out.at(-1);
      const glued = last && last.index + last.text.length === m.index + seg.index;
      if (!seg.isWordLike && glued && /^[^\p{L}\p{N}]+$/u.test(seg.segment)) last.text += seg.segment;
      else out.push({ text: seg.segment, index: m.index + seg.index });
    }
  }
  return out;
}

const FULL_WIDTH_END = /[。！？．｡]/u;
const sentenceSegmenter = new Intl.Segmenter('zh', { granularity: 'sentence' });

/** A full-width sentence end, and the closing quotes or brackets after it: "。」". */
const ENDS_FULL_WIDTH = /[。！？．｡][」』）"”’]*$/u;

/**
 * A text's sentences that end in 。！？ (CJK writes no space after them), by Intl.Segmenter; the segmenter's other
 * ends (". " before a capital) are the caller's rules to judge, so only a break after a full-width end is taken.
 */
export function splitFullWidth(text: string): string[] {
  if (!FULL_WIDTH_END.test(text)) return [text];
  const out: string[] = [];
  for (const { segment } of sentenceSegmenter.segment(text)) {
    const prev = out.at(-1);
    // A quotation goes on with its verb: 「そうです。」と彼は言った。 is one sentence.
    const quoted = prev !== undefined && /[」』]$/.test(prev.trimEnd()) && /^[とっ]/.test(segment);
    if (prev !== undefined && (quoted || !ENDS_FULL_WIDTH.test(prev.trimEnd()))) out[out.length - 1] = prev + segment;
    else out.push(segment);
  }
  return out.map((s) => s.trim()).filter(Boolean);
}
