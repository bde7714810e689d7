// Turns a paragraph into one short bullet made only of the source's own words.
import { isStopword, words } from './language.js';
import { escapeInline } from './markdown-text.js';

/** Splits text into sentences; keeps abbreviations like "dr." and numbers like "30,75" inside. */
export function splitSentences(text: string): string[] {
  const parts = text
    .replace(/\s+/g, ' ')
    .trim()
    .split(/(?<=[.!?…])["”’)]?\s+(?=["“‘(]?[\p{Lu}\p{N}])/u);
  const out: string[] = [];
  for (const p of parts) {
    const prev = out.at(-1);
    // Glue back splits after short abbreviations ("Dr. Smith", "No. 5").
    if (prev && /(?:^|\s)(?:\p{Lu}\p{Ll}{0,2}|[a-z]{1,2})\.$/u.test(prev) && prev.split(' ').length > 1 && /^\p{Lu}/u.test(p) && /\b(?:dr|mr|mrs|ms|no|vs|st|jl|prof|hlm|dll|dsb|tsb)\.$/i.test(prev)) {
      out[out.length - 1] = `${prev} ${p}`;
    } else out.push(p);
  }
  return out.filter((s) => s.length > 0);
}

export function wordCount(text: string): number {
  return words(text.replace(/[*_`]/g, '')).length;
}

/** "Label: explanation" with a short label (a few words, starting upper case). */
export function splitLabel(text: string): { label: string; rest: string } | undefined {
  const m = /^(\*\*)?([\p{Lu}\d][^:.!?]{1,60}?)(\*\*)?\s*:\s+(\S[\s\S]*)$/u.exec(text.trim());
  if (!m) return undefined;
  const label = m[2]!.trim();
  if (label.split(/\s+/).length > 7) return undefined;
  return { label, rest: m[4]!.trim() };
}

/** Scores sentences by position and the weight of their content words in the whole paragraph. */
export function keySentence(sentences: string[], lang: string): string {
  if (sentences.length <= 1) return sentences[0] ?? '';
  const freq = new Map<string, number>();
  for (const s of sentences) for (const w of new Set(words(s))) if (!isStopword(w, lang) && w.length > 2) freq.set(w, (freq.get(w) ?? 0) + 1);
  let best = 0;
  let bestScore = -Infinity;
  sentences.forEach((s, i) => {
    const content = words(s).filter((w) => !isStopword(w, lang) && w.length > 2);
    if (content.length < 3) return;
    const overlap = content.reduce((sum, w) => sum + (freq.get(w) ?? 0) - 1, 0) / Math.sqrt(content.length);
    const position = i === 0 ? 1.5 : i === 1 ? 0.5 : 0;
    const score = overlap + position;
    if (score > bestScore) {
      bestScore = score;
      best = i;
    }
  });
  return sentences[best]!;
}

/** Removes parentheticals, example clauses and trailing clauses until the sentence fits maxWords. */
export function shorten(sentence: string, maxWords: number): string {
  let s = sentence.trim();
  const steps: ((x: string) => string)[] = [
    (x) => x.replace(/\s*\([^()]*\)/g, ''),
    (x) => x.replace(/,?\s*(?:seperti|misalnya|contohnya|termasuk|such as|for example|e\.g\.|including)\b[^.;:]*/giu, ''),
    (x) => x.replace(/,\s*(?:yang|which|where|di mana|sehingga|so that|serta|dan juga)\b[^,.;]*(?=[,.;]|$)/giu, ''),
  ];
  for (const step of steps) {
    if (wordCount(s) <= maxWords) break;
    s = step(s).replace(/\s+([,.;:])/g, '$1').trim();
  }
  // Still too long: cut at the last clause boundary within the budget, else at the budget.
  if (wordCount(s) > maxWords) {
    const tokens = s.split(/\s+/);
    let cut = maxWords;
    for (let i = maxWords; i >= Math.ceil(maxWords / 2); i--) {
      if (/[,;:]$/.test(tokens[i - 1]!)) {
        cut = i;
        break;
      }
    }
    s = `${tokens.slice(0, cut).join(' ').replace(/[,;:]$/, '')} …`;
  }
  return s.replace(/\s+/g, ' ').trim();
}

/** One Markdown bullet for a plain-text paragraph: its key sentence, shortened; labels become "**Label** — text". */
export function condenseParagraph(text: string, lang: string, maxWords: number): string {
  const label = splitLabel(text);
  if (label) {
    const room = Math.max(6, maxWords - label.label.split(/\s+/).length);
    const body = shorten(keySentence(splitSentences(label.rest), lang), room);
    return `**${escapeInline(label.label)}** — ${escapeInline(body)}`;
  }
  return escapeInline(shorten(keySentence(splitSentences(text), lang), maxWords));
}
