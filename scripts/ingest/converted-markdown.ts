// What the converters of other formats (notebooks, pandoc's) write: Markdown line by line, each line with the source
// line it came from; front matter from the source's metadata; and, for a deck the author already cut into slides
// (a RISE notebook, Beamer frames, an Org deck), Marp Markdown: `marp: true`, `---` between slides, and each slide's
// speaker notes as an HTML comment at its end, which is where Marp reads them.
import { stringify } from 'yaml';

/** Markdown being written, and for each of its lines the source line it came from. */
export class MarkdownLines {
  readonly lines: string[] = [];
  readonly lineMap: number[] = [];

  /** Adds text (one or more lines), every line from the source's line `line`. */
  push(text: string, line: number): this {
    for (const l of text.split('\n')) {
      this.lines.push(l);
      this.lineMap.push(line);
    }
    return this;
  }

  /** Adds lines that each come from their own source line. */
  pushEach(lines: readonly string[], lineOf: (i: number) => number): this {
    lines.forEach((l, i) => this.push(l, lineOf(i)));
    return this;
  }

  /** A blank line, unless the Markdown is empty or already ends in one: blocks are kept apart, never doubly. */
  blank(line?: number): this {
    if (this.lines.length && this.lines.at(-1) !== '') this.push('', line ?? this.lineMap.at(-1)!);
    return this;
  }

  /** Without the blank lines at its end. */
  trimEnd(): this {
    while (this.lines.at(-1)?.trim() === '') {
      this.lines.pop();
      this.lineMap.pop();
    }
    return this;
  }

  append(other: MarkdownLines): this {
    this.lines.push(...other.lines);
    this.lineMap.push(...other.lineMap);
    return this;
  }

  get text(): string {
    return this.lines.join('\n');
  }
}

/** Front matter of the keys that have a value, as the Markdown reader reads it; '' when there is none. */
export function frontMatter(data: Record<string, unknown>): string {
  const kept = Object.fromEntries(Object.entries(data).filter(([, v]) => v !== undefined && v !== '' && v !== null));
  if (Object.keys(kept).length === 0) return '';
  return `---\n${stringify(kept, { lineWidth: 0 })}---`;
}

/** Speaker notes as Marp reads them: an HTML comment whose text cannot end it early. */
export function notesComment(text: string): string {
  return `<!--\n${text.trim().replace(/--+>/g, (m) => m.replace(/-/g, '\u2010'))}\n-->`;
}

/** One slide of an author's deck: its Markdown, and its speaker notes. */
export interface DeckSlide {
  body: MarkdownLines;
  notes: MarkdownLines;
}

/**
 * An author's deck as Marp Markdown: front matter with `marp: true` (the slides are kept as cut), `---` between the
 * slides, each slide's notes as a comment at its end. `line` is the source line the front matter stands for.
 */
export function marpDeck(meta: Record<string, unknown>, slides: DeckSlide[], line = 1): MarkdownLines {
  const out = new MarkdownLines().push(frontMatter({ marp: true, ...meta }), line);
  slides.forEach((slide, i) => {
    const start = slide.body.lineMap[0] ?? slide.notes.lineMap[0] ?? line;
    out.blank(start);
    if (i > 0) out.push('---', start).blank(start);
    out.append(slide.body);
    if (slide.notes.lines.some((l) => l.trim())) {
      const at = slide.notes.lineMap[0]!;
      out.blank(at).push(notesComment(slide.notes.text), at);
    }
  });
  return out;
}

/** A line that Marp would take for a slide break (a thematic break), outside code: not to be written in a deck. */
export function isSlideBreak(line: string, previous: string | undefined): boolean {
  return /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/.test(line) && (previous === undefined || previous.trim() === '');
}
