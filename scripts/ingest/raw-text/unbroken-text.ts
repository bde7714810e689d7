// A page that lost its line breaks (scraped text, some copy paths): the whole page on one line, its menus glued
// together ("Skip to ContentSkip to FooterMenuReviews…"). Such a line is cut back into blocks where one block's
// text runs into the next without a space, then into sentences and paragraphs, so the body classifier and the
// other passes see blocks as in any pasted page. Every block keeps the source line it came from.
import { blockStopwordDensity } from '../../text/language.js';
import { DOMAIN } from './noise-patterns.js';

/** A line this long, or one with this many glued block boundaries, is a flattened page. */
const LONG_LINE = 2000;
const GLUED_BLOCKS = 4;
/** Paragraph size when a page's paragraph breaks are lost too (text joined with spaces). */
const PARAGRAPH_CHARS = 700;

const SHARE_NAMES = /facebook|twitter|flipboard|whatsapp|instagram|linkedin|pinterest|reddit|telegram|youtube|tiktok/g;
const stopword = (word: string, lang: string) => blockStopwordDensity(word, lang) === 1;

/** Where glued text starts a new block: offsets into the line. */
function gluePoints(line: string, lang: string): number[] {
  const cuts: number[] = [];
  // "…recovery?Monday", "…thinking.The", "…Programme”Lawrence": a sentence end runs into the next block.
  for (const m of line.matchAll(/[.!?…]["”’)]?(?=["“‘]?\p{Lu}\p{Ll})/gu)) {
    const at = m.index + m[0].length;
    const token = line.slice(
      line.lastIndexOf(' ', m.index) + 1,
      line.indexOf(' ', at) < 0 ? undefined : line.indexOf(' ', at),
    );
    if (!/:\/\/|@|^www\./i.test(token) && !DOMAIN.test(token)) cuts.push(at);
  }
  // "55Drivetrain", "(UPDATED)Terms": a number or bracket runs into a capitalised word.
  for (const m of line.matchAll(/[\p{N})\]](?=\p{Lu}\p{Ll})/gu)) cuts.push(m.index + 1);
  // "Hingstonfacebooktwitterwhatsapp": share buttons glued in lower case.
  for (const m of line.matchAll(SHARE_NAMES)) if (m.index > 0 && /\p{L}/u.test(line[m.index - 1]!)) cuts.push(m.index);
  // "ContentSkip", "futureAs": a lower-case letter runs into an upper-case one.
  const camel = [...line.matchAll(/\p{Ll}(?=\p{Lu})/gu)].map((m) => m.index + 1);
  camel.forEach((at, i) => {
    const left = /\p{L}*$/u.exec(line.slice(0, at))![0];
    const right = /^\p{Lu}\p{Ll}*/u.exec(line.slice(at))![0];
    // "iPhone", "eBay", "McDonald": a short prefix is part of a name, unless it is a word ("Living with itParking").
    if (left.length === 1 || left === 'Mc' || left === 'Mac' || (left.length === 2 && !stopword(left, lang))) return;
    // Inside a menu run glue points come thick; in prose one stands alone, and only before a word that opens a sentence.
    const near = (j: number) => camel[j] !== undefined && Math.abs(camel[j]! - at) < 60;
    // A heading between two glued paragraphs: a few words since the last glue point ("….Living with itParking").
    const since = Math.max(-1, ...cuts.filter((c) => c < at));
    const lead = since < 0 ? '' : line.slice(since, at);
    const heading = since >= 0 && lead.split(' ').length <= 6 && !/[.!?,;:]/.test(lead);
    if (near(i - 1) || near(i + 1) || heading || stopword(right, lang)) cuts.push(at);
  });
  return [...new Set(cuts)].sort((a, b) => a - b);
}

/** "Plans for the future As with many…": a short unpunctuated lead before a capitalised stopword is a heading. */
function splitLead(sentence: string, lang: string): string[] {
  const ws = sentence.split(' ');
  for (let i = 1; i < Math.min(ws.length - 3, 11); i++) {
    const word = ws[i]!;
    if (!/^\p{Lu}\p{Ll}*$/u.test(word) || !stopword(word, lang)) continue;
    const lead = ws.slice(0, i);
    if (/[,;:.!?]$/.test(lead.at(-1)!) || stopword(lead.at(-1)!, lang)) return [sentence];
    return [lead.join(' '), ws.slice(i).join(' ')];
  }
  return [sentence];
}

/** A long fragment without glue: sentences, short heading leads split off, grouped into paragraphs. */
function paragraphs(fragment: string, lang: string, split: (text: string) => string[]): string[] {
  if (fragment.length <= PARAGRAPH_CHARS) return [fragment];
  const blocks: string[] = [];
  let open = '';
  for (const piece of split(fragment).flatMap((s) => splitLead(s, lang))) {
    const prose = /[.!?…]["'”’)]*$/.test(piece);
    if (!prose || (open && open.length + piece.length > PARAGRAPH_CHARS)) {
      if (open) blocks.push(open);
      open = '';
    }
    if (prose) open = open ? `${open} ${piece}` : piece;
    else blocks.push(piece);
  }
  if (open) blocks.push(open);
  return blocks;
}

/** The blocks of one flattened line, or undefined when the line is an ordinary one. */
export function segmentLine(line: string, lang: string, split: (text: string) => string[]): string[] | undefined {
  const cuts = gluePoints(line, lang);
  if (line.length < LONG_LINE && cuts.length < GLUED_BLOCKS) return undefined;
  const fragments = [0, ...cuts].map((from, i) => line.slice(from, cuts[i] ?? line.length).trim()).filter(Boolean);
  return fragments.flatMap((f) => paragraphs(f, lang, split));
}

/**
 * The text with each flattened line replaced by its blocks (a blank line between them), and for each line of
 * the new text the source line it came from; undefined when no line needed it.
 */
export function unflatten(
  text: string,
  lang: string,
  split: (text: string) => string[],
): { text: string; origin: number[] } | undefined {
  const out: string[] = [];
  const origin: number[] = [];
  let changed = false;
  text.split('\n').forEach((line, i) => {
    const blocks = line.length >= 200 ? segmentLine(line, lang, split) : undefined;
    if (!blocks) {
      out.push(line);
      origin.push(i + 1);
      return;
    }
    changed = true;
    for (const block of blocks) {
      out.push(block, '');
      origin.push(i + 1, i + 1);
    }
  });
  return changed ? { text: out.join('\n'), origin } : undefined;
}
