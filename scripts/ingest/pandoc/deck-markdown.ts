// Pandoc's Markdown of a deck (deck-ast.ts marked its cuts and notes) as Marp Markdown: a slide at each cut mark,
// the notes between note marks as the slide's note comment, and no thematic break that Marp would take for a cut.
import { type DeckSlide, isSlideBreak, MarkdownLines, marpDeck } from '../converted-markdown.js';
import { NOTES_END, NOTES_MARK, SLIDE_MARK } from './deck-ast.js';

/** Marp Markdown of a marked deck, each line still pointing at its source line. */
export function deckMarkdown(lines: readonly string[], lineMap: readonly number[], meta: Record<string, unknown>) {
  const slides: DeckSlide[] = [];
  let notes = false;
  let fence: string | undefined;
  lines.forEach((line, i) => {
    const at = lineMap[i]!;
    const open = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    if (open && (!fence || (open[0] === fence[0] && open.length >= fence.length))) fence = fence ? undefined : open;
    if (!fence && line === SLIDE_MARK) {
      slides.push({ body: new MarkdownLines(), notes: new MarkdownLines() });
      return;
    }
    if (!fence && (line === NOTES_MARK || line === NOTES_END)) {
      notes = line === NOTES_MARK;
      return;
    }
    const slide = slides.at(-1);
    if (!slide) return;
    const part = notes ? slide.notes : slide.body;
    if (!fence && isSlideBreak(line, part.lines.at(-1))) return;
    if (line.trim() || part.lines.length) part.push(line, at);
  });
  for (const s of slides) s.body.trimEnd();
  return marpDeck(meta, slides, 1);
}
