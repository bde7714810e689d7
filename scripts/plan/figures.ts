// Key figures: finds money amounts, percentages, dates and years in a paragraph and labels each with the
// source's own words around it, so a paragraph dominated by numbers becomes large numbers with short labels.
import {
  anyOf,
  everyLanguage,
  type FigureWords,
  isStopword,
  perLanguage,
  WORD_END,
  WORD_START,
  words,
} from '../text/language.js';
import { splitSentences } from './sentences.js';
import type { Figure } from '../types.js';

/** What a number is: an amount of money, a percentage, a full date or a year. */
export type FigureKind = 'money' | 'percent' | 'date' | 'year';

/** A number found in a sentence, with its place (character offsets in the sentence). */
export interface FigureMatch {
  kind: FigureKind;
  value: string;
  start: number;
  end: number;
}

const NUM = String.raw`(?:\d{1,3}(?:[.,]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)`;
/** Any language's words around numbers (text/languages/): a number in a lecture may be written in either. */
const any = (pick: (words: FigureWords) => readonly string[]) => anyOf(everyLanguage((words) => pick(words.figures)));
const SCALE = String.raw`(?:\s?${any((w) => w.scales)}${WORD_END})?`;
const CURRENCY = String.raw`(?:USD|US\s?\$|Rp\.?|IDR|CAD|AUD|EUR|SGD|JPY|GBP|\$|€|£|¥)`;
const MONTH = any((w) => w.months);
const FIGURE = new RegExp(
  [
    String.raw`(?<money>(?:\b|(?=[$€£¥]))${CURRENCY}\s?${NUM}${SCALE}|\b${NUM}\s?${any((w) => w.scales)}?\s?${any((w) => w.currencies)}${WORD_END})`,
    String.raw`(?<percent>\b${NUM}\s?(?:%|${any((w) => w.percent)}${WORD_END}))`,
    String.raw`(?<date>\b\d{1,2}\s${MONTH}\s(?:1[89]|20)\d\d\b)`,
    String.raw`(?<year>\b(?:1[89]|20)\d\d\b(?![.,]?\d|\s?%))`,
  ].join('|'),
  'giu',
);
// Words that approximate a number belong with it: "hampir CAD 2,3 miliar", "sekitar 29,57%".
const APPROX = new RegExp(String.raw`(?:^|\s)(${any((w) => w.approximations)}\s)$`, 'iu');

/**
 * A number in a row of numbers with only spaces between ("Accuracy 46.2% 42.3% 37.5%"): a table flattened into the
 * text, as a PDF's text layer gives it, whose cells have no words of their own to label them.
 */
const TABLE_NEIGHBOUR_BEFORE = /\d[\d.,%]*\s+$/;
const TABLE_NEIGHBOUR_AFTER = /^\s+[-+]?\d/;

/** Every figure in a sentence outside parentheses (a parenthesis holds asides and conversions, not key numbers). */
export function findFigures(sentence: string): FigureMatch[] {
  const asides = [...sentence.matchAll(/\([^()]*\)/g)].map((m) => [m.index, m.index + m[0].length] as const);
  const out: FigureMatch[] = [];
  for (const m of sentence.matchAll(FIGURE)) {
    const g = m.groups!;
    const kind = (['money', 'percent', 'date', 'year'] as const).find((k) => g[k] !== undefined)!;
    const start = m.index;
    if (asides.some(([a, b]) => start >= a && start < b)) continue;
    const end = start + m[0].length;
    if (
      TABLE_NEIGHBOUR_BEFORE.test(sentence.slice(Math.max(0, start - 12), start)) ||
      TABLE_NEIGHBOUR_AFTER.test(sentence.slice(end, end + 4))
    )
      continue;
    const approx = APPROX.exec(sentence.slice(Math.max(0, start - 14), start))?.[1] ?? '';
    out.push({ kind, value: `${approx}${m[0]}`.trim(), start: start - approx.length, end: start + m[0].length });
  }
  return out;
}

/** True when numbers carry the paragraph: three money amounts or percentages, or two in a short paragraph. */
export function isFigureParagraph(text: string): boolean {
  const sentences = splitSentences(text);
  const strong = sentences.flatMap(findFigures).filter((f) => f.kind === 'money' || f.kind === 'percent').length;
  return strong >= 3 || (strong >= 2 && strong * 2 >= sentences.length);
}

// Linking words that sit between a label and its number ("mencapai", "sebesar") and add nothing on a card.
const links = perLanguage(({ figures }) => new RegExp(`^${anyOf(figures.links)}$`, 'iu'));

/** Drops linking words and punctuation from both ends of a phrase. */
function trimPhrase(phrase: string, lang: string): string {
  const linking = links(lang);
  const tokens = phrase.replace(/[()]/g, ' ').split(/\s+/).filter(Boolean);
  const weak = (t: string | undefined) =>
    t !== undefined &&
    (linking.test(t.replace(/[,.;:]/g, '')) || isStopword(t.replace(/[,.;:]/g, ''), lang) || !/[\p{L}\p{N}]/u.test(t));
  while (weak(tokens[0])) tokens.shift();
  while (weak(tokens.at(-1))) tokens.pop();
  return tokens.join(' ').replace(/[,;:.!?]+$/, '');
}

/** The clause around a character offset: commas followed by a space, semicolons and dashes end clauses. */
function clauseAt(sentence: string, at: number): { start: number; end: number } {
  const bounds = [...sentence.matchAll(/,\s|;\s|\s[–—]\s|:\s/g)].map((m) => m.index);
  const start = Math.max(0, ...bounds.filter((b) => b < at).map((b) => b + 2));
  const end = Math.min(sentence.length, ...bounds.filter((b) => b >= at));
  return { start, end };
}

const content = (s: string, lang: string) => words(s).filter((w) => !isStopword(w, lang)).length;
const limitWords = (s: string, n: number) => {
  const t = s.split(/\s+/);
  return t.length > n ? `${t.slice(0, n).join(' ')} …` : s;
};
const CHANGE = new RegExp(`${WORD_START}${any((w) => w.changes)}${WORD_END}`, 'iu');
/** The word between a change and the amount it reached: "grew by 15% to USD 7.1 trillion". */
const CHANGE_TO = new RegExp(String.raw`^\s*${any((w) => w.changedTo)}\s*$`, 'iu');

/** A short label for one figure from the words of its own clause, with the sentence's year when it has one. */
function labelFor(sentence: string, f: FigureMatch, lang: string, all: FigureMatch[]): string {
  // Asides are blanked, not removed, so offsets stay valid: "(atau sekitar USD 1,7 miliar)" labels nothing.
  const plain = sentence.replace(/\([^()]*\)/g, (m) => ' '.repeat(m.length));
  const clause = clauseAt(plain, f.start);
  const before = trimPhrase(plain.slice(clause.start, f.start), lang);
  const after = plain.slice(f.end, clause.end);
  let label = content(before, lang) >= 3 || !trimPhrase(after, lang) ? before : trimPhrase(`${before} ${after}`, lang);
  if (content(label, lang) < 2 && clause.end < plain.length) {
    // The figure opens the sentence ("Pada 27 November 2022, Kanada meluncurkan ..."): the next clause says what.
    const next = clauseAt(plain, clause.end + 2);
    label = trimPhrase(`${label} ${plain.slice(next.start, next.end)}`, lang);
  }
  if (content(label, lang) < 2) {
    // Still too little ("meningkat"): lead with the start of the sentence, where its subject usually is.
    const head = trimPhrase(limitWords(plain.slice(0, clauseAt(plain, 0).end), 4).replace(/ …$/, ''), lang);
    if (head && !head.includes(label)) label = `${head} … ${label}`.trim();
  }
  return withYear(label, f, all);
}

/** An amount's label gets its sentence's one year ("... (2022)"), capped at nine words, capitalised. */
function withYear(label: string, f: FigureMatch, all: FigureMatch[]): string {
  const years = all.filter((y) => (y.kind === 'year' || y.kind === 'date') && y !== f);
  if (f.kind !== 'year' && f.kind !== 'date' && years.length === 1 && !label.includes(years[0]!.value))
    label = `${label} (${years[0]!.value})`;
  return limitWords(label, 9).replace(/^\p{Ll}/u, (c) => c.toUpperCase());
}

/** A percentage right after an amount that says how it changed ("mengalami kenaikan sebesar 16,67%"). */
function changeAfter(
  sentence: string,
  amount: FigureMatch,
  next: FigureMatch | undefined,
  lang: string,
): string | undefined {
  if (next?.kind !== 'percent') return undefined;
  const between = sentence.slice(amount.end, next.start);
  if (!/^\s*,\s/.test(between) || !CHANGE.test(between)) return undefined;
  const kept = trimPhrase(between, lang)
    .split(/\s+/)
    .filter((w) => CHANGE.test(w) || !links(lang).test(w));
  return `${kept.join(' ')} ${next.value}`.trim();
}

/** A percentage just before the amount it grew to ("grew by 15% to USD 7.1 trillion"): label before, change after. */
function changeBefore(
  sentence: string,
  pct: FigureMatch,
  amount: FigureMatch | undefined,
  lang: string,
  all: FigureMatch[],
): Figure | undefined {
  if (pct.kind !== 'percent' || amount?.kind !== 'money' || !CHANGE_TO.test(sentence.slice(pct.end, amount.start)))
    return undefined;
  const head = sentence.slice(clauseAt(sentence, pct.start).start, pct.start);
  const change = new RegExp(CHANGE.source, 'iu').exec(head);
  if (!change) return undefined;
  const label = trimPhrase(head.slice(0, change.index), lang);
  return label
    ? {
        value: amount.value,
        label: withYear(label, amount, all),
        detail: `${head.slice(change.index).trim()} ${pct.value}`,
      }
    : undefined;
}

/** The figures of a paragraph, in reading order, at most `max`; years that only date an amount stay in its label. */
export function extractFigures(text: string, lang: string, max = 6): Figure[] {
  const out: (Figure & { rank: number })[] = [];
  for (const sentence of splitSentences(text)) {
    const found = findFigures(sentence);
    const hasAmount = found.some((f) => f.kind === 'money' || f.kind === 'percent');
    for (let i = 0; i < found.length; i++) {
      const f = found[i]!;
      if (hasAmount && (f.kind === 'year' || f.kind === 'date')) continue;
      const figure: Figure & { rank: number } = {
        value: f.value,
        label: labelFor(sentence, f, lang, found),
        rank: f.kind === 'money' ? 0 : f.kind === 'percent' ? 1 : 2,
      };
      const before = changeBefore(sentence, f, found[i + 1], lang, found);
      if (before) {
        out.push({ ...before, rank: 0 });
        i++;
        continue;
      }
      if (f.kind === 'money') {
        const change = changeAfter(sentence, f, found[i + 1], lang);
        if (change) {
          figure.detail = change;
          i++;
        }
      }
      out.push(figure);
    }
  }
  // Too many: keep amounts before percentages before years, in reading order.
  const keep = new Set([...out].sort((a, b) => a.rank - b.rank).slice(0, max));
  return out.filter((f) => keep.has(f)).map(({ rank: _rank, ...f }) => f);
}
