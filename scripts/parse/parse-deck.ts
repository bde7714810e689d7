// Parses an author's own deck (ingest/recognize-deck.ts said which dialect) into the document model: its slides as
// written, each as Marp Markdown with its speaker notes, cut where the dialect's rules marked a slide break and changed
// only where a mark says (dialects/deck-marks.ts); and one section per slide, for the reading handout.
import type Token from 'markdown-it/lib/token.mjs';
import { titleFromFileName } from '../ingest/titles.js';
import { escapeInline, outsideFences } from '../text/markdown-text.js';
import { marksOf, type DeckMark } from './dialects/deck-marks.js';
import type { DialectNote } from './dialects/tokens.js';
import { deckDirectives } from './deck-directives.js';
import { plainText } from './inline-text.js';
import { tokenize } from './markdown-it.js';
import { dialectDiagnostics, walkTokens } from './walk-document.js';
import { isHeading, type Item } from './walk-tokens.js';
import type { AuthorSlide, Block, DeckSource, DocMeta, DocModel, MarkdownDoc, Section } from '../types.js';

type Break = Extract<DeckMark, { kind: 'break' }>;
type Inline = Extract<DeckMark, { kind: 'inline' }>;

/** A slide's lines [from, to) and the break that opened it. */
interface Range {
  from: number;
  to: number;
  opened?: Break;
}

/** The slides' line ranges: from the start to the first break, between breaks, and after the last. */
function ranges(marks: DeckMark[], count: number): Range[] {
  const breaks = marks.filter((m): m is Break => m.kind === 'break').sort((a, b) => a.from - b.from);
  const out: Range[] = [];
  let from = 0;
  let opened: Break | undefined;
  for (const b of breaks) {
    if (b.from < from) continue;
    out.push({ from, to: b.from, opened });
    from = b.to;
    opened = b;
  }
  out.push({ from, to: count, opened });
  return out;
}

/** One slide's Markdown and notes: its lines with the marks applied (the outer of two marks on a line wins). */
export function applyMarks(lines: string[], range: Range, marks: DeckMark[]): { markdown: string; notes: string[] } {
  const inside = (line: number) => line >= range.from && line < range.to;
  const out: (string | null)[] = lines.slice(range.from, range.to);
  const taken = new Set<number>();
  const notes: { line: number; text: string }[] = [];
  const spans = marks
    .filter((m): m is Exclude<DeckMark, Break | Inline> => (m.kind === 'note' || m.kind === 'edit') && inside(m.from))
    .sort((a, b) => a.from - b.from || b.to - a.to);
  for (const m of spans) {
    const to = Math.min(m.to, range.to);
    if (to <= m.from || Array.from({ length: to - m.from }, (_, k) => m.from + k).some((l) => taken.has(l))) continue;
    for (let l = m.from; l < to; l++) {
      taken.add(l);
      out[l - range.from] = null;
    }
    if (m.kind === 'edit') out[m.from - range.from] = m.text;
    else notes.push({ line: m.from, text: m.text });
  }
  // Inline marks find their text from their own line on (a comment may run over lines), in document order.
  const starts: number[] = [];
  let text = '';
  out.forEach((l, k) => {
    starts[k] = text.length + (text && l !== null ? 1 : 0);
    if (l !== null) text += `${text ? '\n' : ''}${l}`;
  });
  let cursor = 0;
  for (const m of marks.filter((x): x is Inline => x.kind === 'inline' && inside(x.line) && !taken.has(x.line))) {
    const at = text.indexOf(m.find, Math.max(cursor, starts[m.line - range.from]!));
    if (at < 0) continue;
    text = text.slice(0, at) + m.text + text.slice(at + m.find.length);
    const shift = m.text.length - m.find.length;
    for (let k = 0; k < starts.length; k++) if (starts[k]! > at) starts[k] = starts[k]! + shift;
    cursor = at + m.text.length;
    if (m.note !== undefined) notes.push({ line: m.line, text: m.note });
  }
  // Lines taken out leave blank lines behind: one is enough between blocks (a code block keeps its own).
  const tidy = outsideFences(text, (part) => part.replace(/\n{3,}/g, '\n\n')).trimEnd();
  const body = [range.opened?.before, tidy, range.opened?.after].filter((p) => p?.trim()).join('\n\n');
  return {
    markdown: body.replace(/^(?:[ \t]*\n)+/, '').trimEnd(),
    notes: notes
      .sort((a, b) => a.line - b.line)
      .map((n) => n.text.trim())
      .filter(Boolean),
  };
}

/** The first heading of a slide's lines, as plain text. */
function titleOf(tokens: Token[], range: Range): string {
  const at = tokens.findIndex(
    (t) => t.type === 'heading_open' && t.map && t.map[0] >= range.from && t.map[0] < range.to,
  );
  return at < 0 ? '' : plainText(tokens[at + 1]!);
}

/** A heading inside a slide, below its title: a bold line in the reading text. */
const asBlock = (x: Item): Block =>
  isHeading(x)
    ? {
        type: 'paragraph',
        pos: x.pos,
        markdown: `**${x.title}**`,
        text: x.title.replace(/[*_`\\]/g, ''),
        directives: [],
      }
    : x;

/** The reading handout's sections: one per slide, its blocks those of its lines. */
function sectionsOf(items: Item[], slides: AuthorSlide[], starts: number[]): Section[] {
  return slides.map((slide, i) => {
    const mine = items.filter(
      (x) => x.pos.line >= starts[i]! && (i + 1 >= starts.length || x.pos.line < starts[i + 1]!),
    );
    const lead = mine.find(isHeading);
    return {
      title: slide.title ? escapeInline(slide.title) : String(i + 1),
      level: 1,
      pos: slide.pos,
      blocks: mine.filter((x) => x !== lead).map(asBlock),
      children: [],
    };
  });
}

/** MarkdownDoc (an author's deck) -> DocModel with its slides as written. Never throws on content. */
export function parseDeck(doc: MarkdownDoc): DocModel {
  const deck = doc.meta.deck as DeckSource;
  const env: { deck: DeckSource; meta: DocMeta; dialectNotes?: DialectNote[]; theme?: { name: string; line: number } } =
    { deck, meta: doc.meta };
  const tokens = tokenize(doc.markdown, env, deck.dialect);
  const marks = marksOf(env);
  const lines = doc.markdown.split('\n');
  const file = doc.source.relPath;
  const at = (line: number) => doc.lineMap[line] ?? line + 1;
  const cut = ranges(marks, lines.length);
  const slides: AuthorSlide[] = [];
  const starts: number[] = [];
  for (const range of cut) {
    const written = lines.slice(range.from, range.to);
    // An empty stretch (before a deck's first separator, or after its last) is no slide but in Marp, which shows it.
    const blank = !written.some((l) => l.trim()) && !range.opened?.before && !range.opened?.fallback;
    if (range.opened?.omit || (blank && deck.dialect !== 'marp')) continue;
    const kept = applyMarks(lines, range, marks);
    const { notes } = kept;
    // A slide none of whose content can be shown (a video) shows the title its front matter gives it.
    const markdown = kept.markdown.replace(/^(<!--[\s\S]*?-->\s*)*$/, (m) =>
      range.opened?.fallback ? `${m.trim()}\n\n${range.opened.fallback}`.trim() : m,
    );
    const first = written.findIndex((l) => l.trim());
    const line = at(range.from + Math.max(0, first));
    starts.push(at(range.from));
    slides.push({ markdown, notes, title: titleOf(tokens, range), pos: { file, line } });
  }
  // The deck's rules said what became of its HTML and components, line by line: the reading text's walk, which
  // reads the same lines again, need not say it twice.
  const deckSaid = dialectDiagnostics(doc, env);
  const said = new Set(deckSaid.map((d) => d.line));
  const { items, diagnostics: walked } = walkTokens(doc, tokens, {});
  const diagnostics = [...walked.filter((d) => d.severity !== 'info' || !said.has(d.line)), ...deckSaid];
  const meta = { ...doc.meta };
  if (env.theme) [meta.theme, meta.themeLine] = [env.theme.name, at(env.theme.line)];
  meta.title ||= slides.find((s) => s.title)?.title ?? titleFromFileName(doc.source.name);
  return {
    source: doc.source,
    meta,
    intro: [],
    sections: sectionsOf(items, slides, starts),
    diagnostics,
    deck: { dialect: deck.dialect, directives: deckDirectives(deck, file), slides },
  };
}
