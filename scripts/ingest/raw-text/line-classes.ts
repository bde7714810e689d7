// Judges single lines: page furniture, captions, source notes and metadata are recognised here, line by line,
// before any structure is built. Also the text signals (title case, heading shape, names) other passes share.
import { findDate, isDateLine, parseByline, publisherLine } from './meta-lines.js';
import { isCounter, isEmojiOnly, isSelfDescription, siteLeftover } from './noise-classes.js';
import { isStopword, isTitleSmallWord, stopwordDensity } from '../../text/language.js';
import { dropLine, endsSentence, report, wordCount, type Draft, type Drop, type SrcLine } from './draft.js';
import {
  BOILERPLATE,
  CALL_TO_ACTION,
  CAPTION_START,
  CHROME,
  CREDIT_END,
  CREDIT_LINE,
  CREDIT_TAIL,
  LINK_LIST_HEADER,
  PUBLISHED_WORDS,
  SOURCE_LEAD,
  SPAM,
} from './noise-patterns.js';

const URL = /\bhttps?:\/\/[^\s<>"')\]]+|\bwww\.[^\s<>"')\]]+/gi;
const NUMBERED = /^\d{1,2}[.)]\s+/;

/** Share of a line's content words that start upper case (stopwords and "dan"/"of" left out). */
export function titleCaseRatio(text: string, lang: string): number {
  const ws = text
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((w) => /\p{L}/u.test(w) && !isTitleSmallWord(w) && !isStopword(w, lang));
  if (ws.length === 0) return 0;
  return ws.filter((w) => /^[\p{Lu}\p{N}]/u.test(w)).length / ws.length;
}

/** Shaped like a heading: short, starts upper case, no sentence or lead-in ending, title case or few stopwords. */
export function isHeadingText(text: string, lang: string, maxWords = 14): boolean {
  const t = text.replace(NUMBERED, '').trim();
  const n = wordCount(t);
  if (n === 0 || n > maxWords || t.length > 130) return false;
  if (!/^[\p{Lu}\p{N}"“'‘(]/u.test(t)) return false;
  if (/[.,;:!…]["'”’)]*$/.test(t) || /[.!?]\s+\p{Lu}/u.test(t)) return false;
  const ratio = titleCaseRatio(t, lang);
  // A question can head a section ("Apa Itu Kerja Sama Bilateral?") only in title case.
  if (t.endsWith('?')) return ratio >= 0.6 && n <= 10;
  return ratio >= 0.6 || (n <= 6 && stopwordDensity(t, lang) <= 0.34);
}

/** A person's name: two to four capitalised words, nothing else ("Ron Lee"). */
export function isNameLike(text: string): boolean {
  const ws = text.trim().split(/\s+/);
  return (
    ws.length >= 2 &&
    ws.length <= 4 &&
    text.length <= 40 &&
    ws.every((w) => /^\p{Lu}(?:\p{Ll}+|\.)(?:[-'’]\p{Lu}?\p{Ll}+)?$/u.test(w))
  );
}

/** Removes injected gambling spam from a line; returns what was removed. */
export function removeSpam(text: string): { text: string; removed: string[] } {
  const removed: string[] = [];
  let out = text;
  for (const re of SPAM) {
    out = out.replace(re, (m) => {
      removed.push(m);
      return '\u0000';
    });
  }
  if (removed.length === 0) return { text, removed };
  out = out
    // A sentence that began with the spam now begins with its next word: capitalise it.
    .replace(
      // biome-ignore lint/suspicious/noControlCharactersInRegex: NUL is the marker this pass puts between joined lines.
      /(^|[.!?])\s*\u0000\s*(\p{Ll})/gu,
      (_m, end: string, c: string) => `${end}${end ? ' ' : ''}${c.toUpperCase()}`,
    )
    // biome-ignore lint/suspicious/noControlCharactersInRegex: NUL is the marker this pass puts between joined lines.
    .replace(/\s*\u0000\s*/g, ' ')
    .replace(/\s+([,.;:!?])/g, '$1')
    .replace(/\s{2,}/g, ' ')
    .trim();
  return { text: out, removed };
}

/** The sources a source-note line names (its URLs, else its text); undefined for any other line. */
function sourceNote(text: string): string[] | undefined {
  const urls = text.match(URL) ?? [];
  const rest = text.replace(URL, '').trim();
  // "Sumber: X" is a note at any length; a phrase lead ("Dikutip dari ...") also opens prose, so it needs a URL or brevity.
  const [colonLead, phraseLead] = SOURCE_LEAD;
  const lead =
    (colonLead.test(text) && wordCount(text) <= 40) ||
    (phraseLead.test(text) && (urls.length > 0 || wordCount(text) <= 12));
  if (lead) return urls.length > 0 ? urls : [text.replace(/^[^:]*:\s*/, '').trim()];
  // A line that is mostly a URL is a reference, not prose.
  return urls.length > 0 && wordCount(rest) <= 3 ? urls : undefined;
}

/** Menus and breadcrumbs: "Beranda » Judul", "Home | World | Business". */
function isNavigation(text: string): boolean {
  if (/\s[»›]\s|^(home|beranda|index)\s*[>/»›|]/i.test(text) && wordCount(text) <= 16) return true;
  const cells = text.split(/\s+[|•·/]\s+/);
  return cells.length >= 3 && cells.every((c) => wordCount(c) <= 3);
}

function isCaption(text: string): boolean {
  if (/^!\[[^\]]*\]\([^)]*\)$/.test(text)) return true;
  const n = wordCount(text);
  if (CAPTION_START.test(text) && n <= 25 && (!/[.!?]$/.test(text) || /^\S+\s*:/.test(text))) return true;
  return n <= 40 && (CREDIT_END.test(text) || CREDIT_TAIL.test(text));
}

/** What one line is, judged on its own; undefined for ordinary content. Updates the metadata it finds. */
export function judgeLine(text: string, draft: Draft, inTable: boolean): Drop | undefined {
  const short = wordCount(text) <= 10;
  if (isEmojiOnly(text)) return { code: 'noise', message: 'emoji only: no text for the reader' };
  if (!inTable && text.length <= 12) {
    // "A-", "A+", "«", "›": font-size and paging controls, without a word of two letters or a number.
    if (!/\p{L}{2}|\p{N}/u.test(text)) return { code: 'noise', message: 'a control without words (font size, paging)' };
    if (isCounter(text)) return { code: 'noise', message: 'share, comment or view counter' };
  }
  if (short && LINK_LIST_HEADER.test(text))
    return {
      code: 'noise',
      message: 'heading of a list of links (related articles, table of contents)',
      linkList: true,
    };
  if (short && CHROME.some((re) => re.test(text)))
    return { code: 'noise', message: 'page furniture: navigation, sharing, comments or "read more"' };
  if (wordCount(text) <= 25 && CALL_TO_ACTION.test(text))
    return { code: 'noise', message: 'call to action: subscribe, follow or download' };
  if (wordCount(text) <= 60 && BOILERPLATE.some((re) => re.test(text)))
    return { code: 'noise', message: 'copyright or cookie notice' };
  if (!inTable && isNavigation(text)) return { code: 'noise', message: 'breadcrumb or navigation menu' };
  const source = sourceNote(text);
  if (source) {
    draft.meta.sources.push(...source);
    return { code: 'source-note', message: 'source note: moved to the metadata (sources)' };
  }
  const publisher = publisherLine(text);
  if (publisher) {
    draft.meta.publisher ??= publisher;
    return { code: 'metadata', message: 'site name: moved to the metadata (publisher)', header: true };
  }
  const site = siteLeftover(text, draft.meta.publisher);
  if (site) {
    draft.meta.publisher ??= site;
    return {
      code: 'metadata',
      message: 'site name left over from the title bar: moved to the metadata (publisher)',
      header: true,
    };
  }
  if (isSelfDescription(text, draft.meta.publisher)) return { code: 'noise', message: 'the site describing itself' };
  const byline = parseByline(text);
  if (byline) {
    draft.meta.author ??= byline.author;
    if (byline.date) draft.meta.dates.push({ date: byline.date, published: PUBLISHED_WORDS.test(text) });
    return { code: 'metadata', message: 'byline: author and date moved to the metadata', header: true };
  }
  if (isDateLine(text)) {
    draft.meta.dates.push({ date: findDate(text)!, published: PUBLISHED_WORDS.test(text) });
    return { code: 'metadata', message: 'date line: moved to the metadata', header: true };
  }
  if (/^\((?:[a-z]{2,5}\s*\/\s*)+[a-z]{2,5}\)$/.test(text))
    return { code: 'metadata', message: 'reporter initials of a news text' };
  if (isCaption(text)) return { code: 'caption', message: 'image caption or credit' };
  return undefined;
}

/** Judges every line: spam removed in place, machinery lines dropped, repeated lines taken for captions. */
export function judgeLines(lines: SrcLine[], draft: Draft, extra: RegExp[], tableLines: Set<number>): void {
  for (const line of lines) {
    if (line.drop || line.verbatim || !line.text.trim()) continue;
    const spam = removeSpam(line.text);
    if (spam.removed.length > 0) {
      // A line that is mostly spam, or whose remains are no sentence, is spam as a whole.
      const share = spam.removed.join('').length / line.text.length;
      if (share > 0.3 || (wordCount(spam.text) < 4 && !endsSentence(spam.text))) {
        dropLine(draft, line, { code: 'noise', message: 'gambling spam' });
        continue;
      }
      for (const r of spam.removed)
        report(draft, line.n, 'injected', 'gambling spam injected into a sentence: removed', r);
      line.text = spam.text;
    }
    const text = line.text.trim();
    const pattern = extra.find((re) => re.test(text));
    const drop = pattern
      ? { code: 'noise' as const, message: `matches the noise pattern /${pattern.source}/` }
      : judgeLine(text, draft, tableLines.has(line.n));
    if (drop) dropLine(draft, line, drop);
  }
  dropRepeats(lines, draft);
  dropCreditedCaptions(lines, draft);
}

/** The short line just before a photo credit ("Photograph by X") is that photo's caption; the photo is not in the text. */
function dropCreditedCaptions(lines: SrcLine[], draft: Draft): void {
  lines.forEach((line, i) => {
    if (line.drop?.code !== 'caption' || !CREDIT_LINE.test(line.text.trim())) return;
    const before = lines.slice(0, i).findLast((l) => l.text.trim() !== '');
    if (before && !before.drop && !before.verbatim && wordCount(before.text) <= 35) {
      dropLine(draft, before, {
        code: 'caption',
        message: 'caption of a photo that is not in the text (a credit line follows it)',
      });
    }
  });
}

/** Two identical lines in a row are a figure's alt text and caption; a long repeated paragraph loses only its copy. */
function dropRepeats(lines: SrcLine[], draft: Draft): void {
  const live = lines.filter((l) => !l.drop && !l.verbatim && l.text.trim());
  for (let i = 1; i < live.length; i++) {
    const a = live[i - 1]!;
    const b = live[i]!;
    if (a.drop || a.text.trim() !== b.text.trim() || b.n - a.n > 2) continue;
    const text = a.text.trim();
    if (wordCount(text) <= 40 && !isHeadingText(text, draft.lang)) {
      dropLine(draft, a, { code: 'caption', message: 'line repeated twice: a figure caption' });
      dropLine(draft, b, { code: 'caption', message: 'line repeated twice: a figure caption' });
    } else dropLine(draft, b, { code: 'noise', message: `repeats line ${a.n}` });
  }
}
