// Titles that say the point: a slide under a heading that says only where it is ("Introduction", or the second
// "Introduction (continued)") is titled with the heading and the key phrase of its own bullets, in the author's
// words: "Introduction: bilingual text embeddings". The key phrase is the run of content words in its bullets that
// carries most of the document's terms (salience.ts), and one the section's other titles do not have.
import { anyOf, perLanguage, WORD_END } from '../text/language.js';
import { escapeInline, unescapeInline } from '../text/markdown-text.js';
import type { Slide } from '../types.js';
import type { Ctx } from './context.js';
import { contentTerms } from './salience.js';

/** Most words of a key phrase. */
const PHRASE_WORDS = 4;

const generic = perLanguage(
  ({ salience }) =>
    new RegExp(`^(?:\\d+(?:\\.\\d+)*\\\\?[.)]?\\s*)?${anyOf(salience.genericHeadings)}${WORD_END}\\s*:?$`, 'iu'),
);

/** The plain text of a bullet: no emphasis, code or math marks, links as their text. */
const plainOf = (markdown: string) =>
  unescapeInline(
    markdown
      .replace(/\$[^$]*\$|`[^`]*`/g, ' ; ')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/\*\*|__|[*_]/g, ''),
  );

/**
 * The key phrase of a slide's bullets: of the runs of up to four content words (no little word, no punctuation
 * inside), the one whose terms weigh most, longer runs a little preferred; none that only repeats the heading.
 */
export function keyPhrase(
  bullets: string[],
  terms: ReadonlyMap<string, number>,
  lang: string,
  heading: string,
): string | undefined {
  const known = new Set(contentTerms(heading, lang));
  let best: { phrase: string; score: number } | undefined;
  for (const text of bullets.map(plainOf)) {
    // Runs of words that are content words, as written, split at punctuation and little words.
    for (const run of text.split(/[,;:.!?()"“”—–]|\s-\s/)) {
      const tokens = run.trim().split(/\s+/).filter(Boolean);
      for (let i = 0; i < tokens.length; i++) {
        for (let n = 1; n <= PHRASE_WORDS && i + n <= tokens.length; n++) {
          // One word ("commit", "time") names a subject, not a point.
          const words = tokens.slice(i, i + n);
          const own = words.map((w) => contentTerms(w, lang));
          if (own.some((t) => t.length !== 1)) break;
          const keys = own.map((t) => t[0]!);
          // It starts and ends with a term of the document: "correlation conditions" adds a word that says nothing.
          if (n < 2 || keys.every((k) => known.has(k)) || !terms.get(keys[0]!) || !terms.get(keys.at(-1)!)) continue;
          const score = keys.reduce((sum, k) => sum + (terms.get(k) ?? 0), 0) * (1 + 0.15 * (n - 1));
          if (score > 0 && (!best || score > best.score)) best = { phrase: words.join(' '), score };
        }
      }
    }
  }
  return best?.phrase;
}

/**
 * The titles of a section's slides that say only where they are: "(continued)" after a heading, or a generic
 * heading over two slides or more, become the heading and the slide's key phrase (two words or more) when its
 * bullets were chosen from prose; a phrase another of the section's titles has already is not used twice.
 */
export function pointTitles(slides: Slide[], heading: string, ctx: Ctx): void {
  const terms = ctx.prose?.terms;
  if (!terms) return;
  // A generic heading over two slides or more: each says its point, the first too.
  const vague = generic(ctx.lang).test(unescapeInline(heading)) && slides.filter((s) => s.bullets.length).length > 1;
  const used = new Set<string>();
  for (const slide of slides) {
    if (!(slide.continued || vague) || !slide.bullets.length || !slide.bullets.every((b) => b.chosen)) continue;
    const phrase = keyPhrase(
      slide.bullets.map((b) => b.markdown),
      terms,
      ctx.lang,
      heading,
    );
    if (!phrase || used.has(phrase.toLowerCase())) continue;
    used.add(phrase.toLowerCase());
    const base = heading.replace(/\s*:$/, '');
    slide.title = `${base}${base.includes(':') ? ' —' : ':'} ${escapeInline(phrase)}`;
  }
}
