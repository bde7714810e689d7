// The notes column of the notes handout: each speaker note as the teacher reads it on paper. A note is plain text
// (the presenter view's and PowerPoint's); here it is shown as the author wrote it: the Markdown of the paragraph
// or list item it is the text of (bold, italics, links, code, formulas), list items at their depth, a table as a
// table, and the sentences of a callout inside its box under its title.
import { htmlToText } from '../text/html.js';
import { mapMath } from '../text/markdown-text.js';
import { noteTable } from '../text/table-notes.js';
import type { Block, BoxStyle, DocModel, ListItem, Section } from '../types.js';
import { inlineHtml, plainHtml } from './reading.js';

/** One speaker note: a paragraph, a list item (the planner writes "- " or "3. " before each), or a table's rows. */
export interface Note {
  text: string;
  /** The text as safe HTML, its formulas typeset. */
  html: string;
  item: boolean;
  /** A list item's depth: 1 at the top, 2 under an item, ... */
  level?: number;
  /** An ordered list item's number ("3."). */
  marker?: string;
  /** A table's cells, as safe HTML. */
  table?: string[][];
  /** A code slide's code, repeated beside it: at thumbnail size it is too small to read on paper. */
  code?: boolean;
  /** The first note of a callout's box opens it (with its title), the last closes it. */
  boxOpen?: { style: BoxStyle; title: string };
  boxClose?: boolean;
}

/** Where a note's text comes from: the Markdown it was written in, and the callout around it. */
interface NoteSource {
  markdown: string;
  box?: { style: BoxStyle; title: string; id: number };
}

/** The Markdown of every paragraph and list item of the document, by its plain text (a note's text). */
export function noteSources(doc: DocModel): Map<string, NoteSource> {
  const sources = new Map<string, NoteSource>();
  let boxes = 0;
  const item = (i: ListItem, box: NoteSource['box']) => {
    if (!sources.has(i.text)) sources.set(i.text, { markdown: i.markdown, box });
    for (const child of i.children) item(child, box);
  };
  const block = (b: Block, box: NoteSource['box']) => {
    if ((b.type === 'paragraph' || b.type === 'quote') && !sources.has(b.text))
      sources.set(b.text, { markdown: b.markdown, box });
    else if (b.type === 'list') for (const i of b.items) item(i, box);
    else if (b.type === 'box') {
      const title = b.title ?? b.style.charAt(0).toUpperCase() + b.style.slice(1);
      const framed = b.role === 'callout' ? { style: b.style, title, id: ++boxes } : box;
      for (const inner of b.blocks) block(inner, framed);
    }
  };
  const section = (s: Section) => {
    for (const b of s.blocks) block(b, undefined);
    for (const c of s.children) section(c);
  };
  for (const b of doc.intro) block(b, undefined);
  for (const s of doc.sections) section(s);
  return sources;
}

const LIST_ITEM = /^(\s*)(?:(-)|(\d{1,4}[.)])) /;

/** Whether HTML made of a note's Markdown reads as the note does, formulas aside (inline markup is no break). */
function sameWords(html: string, text: string): boolean {
  const fold = (t: string) => t.replace(/\s+/g, ' ').trim();
  const words = htmlToText(html.replace(/<mjx-container\b[\s\S]*?<\/mjx-container>/g, ' $ ').replace(INLINE_TAG, ''));
  return fold(words) === fold(mapMath(text, () => ' $ '));
}

const INLINE_TAG = /<\/?(?:a|code|strong|em|b|i|s|del|kbd)\b[^>]*>/g;

/** One note: a table's "a | b" lines as a table, a list item at its depth, the Markdown it was written in. */
function noteOf(text: string, sources: Map<string, NoteSource>): Note & { box?: NoteSource['box'] } {
  const cells = noteTable(text);
  if (cells) return { text, html: '', item: false, table: cells.map((row) => row.map(plainHtml)) };
  const item = LIST_ITEM.exec(text);
  const rest = item ? text.slice(item[0].length) : text;
  const source = sources.get(rest);
  // A display formula is typeset as a display; anything else as the Markdown its text came from, when that reads
  // the same words (a reference link whose definition is elsewhere in the document would not).
  const rich = source && !/^\s*\$\$/.test(rest) ? inlineHtml(source.markdown) : undefined;
  const html = rich && sameWords(rich, rest) ? rich : plainHtml(rest);
  const level = item ? Math.floor(item[1]!.length / 2) + 1 : undefined;
  return { text: rest, html, item: !!item, level, marker: item?.[3], box: source?.box };
}

/** A slide's notes for the notes column, each callout's run of notes framed in its box. */
export function notesColumn(notes: string[], sources: Map<string, NoteSource>): Note[] {
  const read = notes.map((n) => noteOf(n, sources));
  return read.map(({ box, ...note }, i) => {
    const [before, after] = [read[i - 1]?.box?.id, read[i + 1]?.box?.id];
    if (!box) return note;
    return {
      ...note,
      ...(before !== box.id ? { boxOpen: { style: box.style, title: box.title } } : {}),
      ...(after !== box.id ? { boxClose: true } : {}),
    };
  });
}
