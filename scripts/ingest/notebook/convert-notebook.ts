// A Jupyter notebook -> Markdown, read from its JSON and never run: Markdown cells as written, code cells as code
// in the kernel's language followed by their stored outputs (cell-outputs.ts), Jupyter Book's tags obeyed
// (remove-cell, remove-input, remove-output; hide-input puts the code in the notes). A notebook the author cut
// into slides with RISE is a deck: Marp Markdown with a slide at each `slide` and `subslide`, `fragment`s shown
// complete, `notes` cells as the slide's speaker notes and `skip` cells left out and listed.
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { ConvertedSource, SourceDoc } from '../../types.js';
import { type DeckSlide, frontMatter, isSlideBreak, MarkdownLines, marpDeck } from '../converted-markdown.js';
import { base64Bytes, outputBlocks, type OutputContext } from './cell-outputs.js';
import {
  cellTags,
  isSlideshow,
  joinText,
  type Notebook,
  type NotebookCell,
  parseNotebook,
  record,
  slideType,
  sourceLine,
} from './notebook-json.js';

/** What converting a notebook collects besides its Markdown. */
type Collect = Pick<OutputContext, 'file' | 'images' | 'diagnostics'> & { folder: string; deck: boolean };

function leftOut(cell: NotebookCell, collect: Collect, message: string): void {
  const text = cell.source.trim().split('\n')[0]!.slice(0, 200);
  collect.diagnostics.push({ file: collect.file, line: cell.line, severity: 'info', code: 'notebook', message, text });
}

/** A Markdown cell's images attached to it (`attachment:plot.png`), carried beside the notebook. */
function attachments(cell: NotebookCell, index: number, collect: Collect): string {
  let source = cell.source;
  for (const [name, bundle] of Object.entries(cell.attachments ?? {})) {
    const [mime, data] = Object.entries(bundle)[0] ?? [];
    if (!mime || data === undefined) continue;
    const ref = `${collect.folder}/cell-${index}-${name.replace(/[^\w.-]+/g, '-')}`;
    const text = joinText(data);
    const bytes = mime === 'image/svg+xml' ? new TextEncoder().encode(text) : base64Bytes(text);
    collect.images.push({ ref, bytes });
    source = source.split(`attachment:${name}`).join(encodeURI(ref));
  }
  return source;
}

/** Lines of cell text, each at its JSON line; in a deck, a thematic break outside code would cut the slide: it goes. */
function sourceLines(cell: NotebookCell, text: string, collect: Collect): MarkdownLines {
  const out = new MarkdownLines();
  let fence: string | undefined;
  text.split('\n').forEach((line, i) => {
    const open = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (open && (!fence || (open[0] === fence[0] && open.length >= fence.length))) fence = fence ? undefined : open;
    if (collect.deck && !fence && isSlideBreak(line, out.lines.at(-1))) return;
    out.push(line, sourceLine(cell, i));
  });
  return out;
}

/** The text a code cell's figures get: its figure caption or alt option, else its leading comment. */
function figureText(cell: NotebookCell, index: number): string {
  const option = /^#\|\s*fig-(?:alt|cap):\s*["']?(.*?)["']?\s*$/m.exec(cell.source)?.[1];
  const figure = record(record(cell.metadata.mystnb).figure);
  const caption = option ?? figure.caption ?? cell.metadata.caption;
  if (typeof caption === 'string' && caption.trim()) return caption.trim();
  const comment = /^(?:\s*#(?!\|).*\n?)+/.exec(cell.source)?.[0];
  const words = comment
    ?.split('\n')
    .map((l) => l.replace(/^\s*#+\s?/, '').trim())
    .join(' ')
    .trim();
  return words || `Figure from code cell ${index}`;
}

/** A code cell: its code (unless removed; hidden in the notes when hide-input) and its outputs (unless removed). */
function codeCell(cell: NotebookCell, index: number, notebook: Notebook, collect: Collect): MarkdownLines {
  const tags = cellTags(cell);
  const out = new MarkdownLines();
  const code = cell.source.replace(/\s+$/, '');
  if (code && !tags.has('remove-input')) {
    const hidden = tags.has('hide-input') || tags.has('hide-cell') || record(cell.metadata.jupyter).source_hidden;
    // Quarto's cell form carries options (`#| echo: false`), which the parse phase reads.
    const cellForm = hidden || /^#\|/.test(code);
    const fence = '`'.repeat(Math.max(2, ...(code.match(/`+/g) ?? []).map((r) => r.length)) + 1);
    out.push(`${fence}${cellForm ? `{${notebook.language}}` : notebook.language}`, cell.line);
    if (hidden) out.push('#| echo: false', cell.line);
    out
      .append(sourceLines(cell, code, { ...collect, deck: false }))
      .push(fence, sourceLine(cell, code.split('\n').length - 1));
  } else if (code) leftOut(cell, collect, 'the code of a cell tagged remove-input: left out (its outputs are shown)');
  if (tags.has('remove-output')) {
    if (cell.outputs.length) leftOut(cell, collect, 'the outputs of a cell tagged remove-output: left out');
    return out;
  }
  const ctx: OutputContext = { ...collect, prefix: `${collect.folder}/cell-${index}`, line: cell.outputsLine, alt: '' };
  ctx.alt = figureText(cell, index);
  for (const block of outputBlocks(cell.outputs, ctx)) out.blank(cell.outputsLine).push(block, cell.outputsLine);
  return out;
}

/** One cell as Markdown (empty when it shows nothing). */
function cellMarkdown(cell: NotebookCell, index: number, notebook: Notebook, collect: Collect): MarkdownLines {
  if (cellTags(cell).has('remove-cell')) {
    if (cell.source.trim()) leftOut(cell, collect, 'a cell tagged remove-cell: left out');
    return new MarkdownLines();
  }
  if (cell.cell_type === 'markdown') return sourceLines(cell, attachments(cell, index, collect), collect);
  if (cell.cell_type === 'code') return codeCell(cell, index, notebook, collect);
  const format = String(cell.metadata.format ?? cell.metadata.raw_mimetype ?? '');
  if (/markdown/i.test(format)) return sourceLines(cell, cell.source, collect);
  if (cell.source.trim()) leftOut(cell, collect, 'a raw cell (text for one of nbconvert’s output formats): left out');
  return new MarkdownLines();
}

/** The notebook's metadata as front matter: its own title and authors, or a first raw cell of YAML (Quarto's). */
function notebookMeta(notebook: Notebook): { meta: Record<string, unknown>; used?: NotebookCell } {
  const first = notebook.cells[0];
  const yaml = first?.cell_type === 'raw' ? /^---\n([\s\S]*?)\n---\s*$/.exec(first.source.trim())?.[1] : undefined;
  if (yaml !== undefined) {
    try {
      const data = parseYaml(yaml) as unknown;
      if (data && typeof data === 'object') return { meta: data as Record<string, unknown>, used: first };
    } catch {
      // Not YAML after all: the cell is reported as any raw cell is.
    }
  }
  const authors = Array.isArray(notebook.metadata.authors) ? notebook.metadata.authors : [];
  const names = authors.map((a) => (typeof a === 'string' ? a : String(record(a).name ?? ''))).filter(Boolean);
  return { meta: { title: notebook.metadata.title, author: names.length ? names : undefined } };
}

/** A RISE notebook's cells as slides: a slide at each slide or subslide, notes apart, skipped cells listed. */
function slidesOf(notebook: Notebook, parts: MarkdownLines[], collect: Collect): DeckSlide[] {
  const slides: DeckSlide[] = [];
  notebook.cells.forEach((cell, i) => {
    const type = slideType(cell);
    if (type === 'skip') {
      if (cell.source.trim()) leftOut(cell, collect, 'a cell the slideshow skips (RISE slide type "skip"): left out');
      return;
    }
    if (type === 'slide' || type === 'subslide' || slides.length === 0)
      slides.push({ body: new MarkdownLines(), notes: new MarkdownLines() });
    const slide = slides.at(-1)!;
    const part = type === 'notes' ? slide.notes : slide.body;
    if (parts[i]!.lines.length) part.blank(cell.line).append(parts[i]!);
  });
  return slides;
}

/** A notebook's text -> Markdown with a line map, the images of its outputs, and what was left out. */
export function convertNotebook(source: SourceDoc): ConvertedSource {
  const notebook = parseNotebook(source.text, source.relPath);
  const stem = path.basename(source.relPath, path.extname(source.relPath));
  const deck = isSlideshow(notebook);
  const collect: Collect = { file: source.relPath, images: [], diagnostics: [], folder: `${stem}_files`, deck };
  const { meta, used } = notebookMeta(notebook);
  const parts = notebook.cells.map((cell, i) =>
    cell === used ? new MarkdownLines() : cellMarkdown(cell, i + 1, notebook, collect),
  );
  let out: MarkdownLines;
  if (deck) {
    // A RISE deck's title is its first heading, unless its metadata names one.
    const heading = parts.flatMap((p) => p.lines).find((l) => /^# /.test(l));
    const title = meta.title ?? heading?.replace(/^#\s+/, '').replace(/[*_`]/g, '');
    const kept = Object.fromEntries(Object.entries({ ...meta, title }).filter(([, v]) => v !== undefined));
    out = marpDeck(kept, slidesOf(notebook, parts, collect), used?.line ?? 1);
  } else {
    out = new MarkdownLines();
    const front = frontMatter(meta);
    if (front) out.push(front, used?.line ?? 1);
    for (const part of parts) if (part.lines.length) out.blank(part.lineMap[0]).append(part);
  }
  const { images, diagnostics } = collect;
  return { markdown: `${out.text}\n`, lineMap: [...out.lineMap, out.lineMap.at(-1) ?? 1], images, diagnostics };
}
