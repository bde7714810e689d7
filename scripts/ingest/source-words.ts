// Which source line each line of a converter's Markdown came from. Pandoc's readers (but CommonMark's) and Asciidoctor's
// HTML keep no source positions, so each line's words are looked for in the source, in order: markup of either side
// (RST's `**`, Org's `~code~`, LaTeX's `\texttt{}`, Markdown's `_`) is not a word, so a heading, a paragraph or a
// code line is found where it was written. A line with too few words to tell (a fence, a blank) takes the line before.

/** Lower-case words of the source, one string, and the source line of each of its characters. */
interface Normalized {
  text: string;
  lines: Int32Array;
}

const WORDS = /[\p{L}\p{N}]+/gu;

function normalize(source: string): Normalized {
  const chars: string[] = [];
  const lines: number[] = [];
  let line = 1;
  let last = 0;
  const starts: number[] = [];
  for (let i = source.indexOf('\n'); i >= 0; i = source.indexOf('\n', i + 1)) starts.push(i);
  let next = 0;
  for (const m of source.matchAll(WORDS)) {
    while (next < starts.length && starts[next]! < m.index) {
      next++;
      line++;
    }
    if (chars.length) {
      chars.push(' ');
      lines.push(last);
    }
    for (const ch of m[0].toLowerCase()) {
      chars.push(ch);
      lines.push(line);
    }
    last = line;
  }
  return { text: chars.join(''), lines: Int32Array.from(lines) };
}

/** How far past the last find a single word is looked for: one word further away is likely another one. */
const WORD_WINDOW = 2000;

/**
 * The ways a line is looked for, surest first: its first eight words, four, two, then (near the last find) its
 * longest word, for a line whose words the source interrupts with markup of its own (`:download:\`job.sh <…>\``).
 */
function probes(line: string): { text: string; near: boolean }[] {
  const words = line.toLowerCase().match(WORDS) ?? [];
  const out: { text: string; near: boolean }[] = [];
  for (const n of [8, 4, 2]) {
    const text = words.slice(0, n).join(' ');
    if ((Math.min(n, words.length) >= 2 || text.length >= 6) && !out.some((p) => p.text === text))
      out.push({ text, near: false });
  }
  const longest = [...words].sort((a, b) => b.length - a.length)[0];
  if (words.length >= 3 && longest && longest.length >= 5) out.push({ text: longest, near: true });
  return out;
}

/** Finds text in a source by its words, from a place onwards (then from the start), as a source line. */
export class SourceLocator {
  private readonly source: Normalized;
  private cursor = 0;

  constructor(source: string) {
    this.source = normalize(source);
  }

  /** The source line of text, searched from where the last find ended; undefined when it is not there. */
  find(text: string, advance = true): number | undefined {
    if (!this.source.text) return undefined;
    for (const { text: words, near } of probes(text)) {
      let at = this.source.text.indexOf(words, this.cursor);
      if (near && at - this.cursor > WORD_WINDOW) at = -1;
      if (at < 0 && !near) at = this.source.text.indexOf(words);
      if (at < 0) continue;
      if (advance && at >= this.cursor) this.cursor = at + 1;
      return this.source.lines[at];
    }
    return undefined;
  }
}

/** For each Markdown line, the source line it came from: found by its words, else the line before's. */
export function mapLines(markdown: readonly string[], source: string, first = 1): number[] {
  const locator = new SourceLocator(source);
  let last = first;
  let fence: string | undefined;
  return markdown.map((line) => {
    const open = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    const isFence = open && (!fence || (open[0] === fence[0] && open.length >= fence.length));
    if (isFence) fence = fence ? undefined : open;
    const found = isFence ? undefined : locator.find(line);
    if (found !== undefined) last = found;
    return last;
  });
}
