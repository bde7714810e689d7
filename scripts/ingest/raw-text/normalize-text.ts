// Raw text -> Markdown: recovers title, headings, lists, tables and paragraphs from pasted web text, drops the
// page machinery around them and reports every removal. This file only knows the order of the passes.
import { selectBody } from './body-blocks.js';
import { applyZones } from './document-zones.js';
import { assignHeadings, joinEnumerations } from './heading-levels.js';
import { detectLanguage, textDirection } from '../../text/language.js';
import { segmentSentences } from '../../text/sentences.js';
import { unflatten } from './unbroken-text.js';
import { judgeLines } from './line-classes.js';
import { emitMarkdown } from './markdown-emit.js';
import { isLive, report, type Draft, type Piece, type SrcLine } from './draft.js';
import { stripMarkup, takeFrontMatter } from './raw-markup.js';
import { buildPieces, markFences, tableLines, wrapWidth } from './text-blocks.js';
import { titleFromFileName, titleFromUrl } from '../titles.js';
import type { DocMeta, MarkdownDoc, SourceDoc } from '../../types.js';

function sourceLines(text: string): SrcLine[] {
  return text.split('\n').map((raw, i) => {
    const line = raw.replace(/\t/g, '    ').replace(/[\u00a0\u2007\u202f]/g, ' ');
    return { n: i + 1, raw, text: line.trim(), indent: line.length - line.trimStart().length, verbatim: false };
  });
}

/** Users' noise patterns (config, front matter); a bad one is a warning, not a failed build. */
function compileNoise(patterns: string[], draft: Draft): RegExp[] {
  return patterns.flatMap((p) => {
    try {
      return [new RegExp(p, 'iu')];
    } catch (error) {
      report(
        draft,
        1,
        'noise-pattern',
        `noise pattern /${p}/ is not a valid regular expression (${(error as Error).message}); ignored`,
        undefined,
        'warning',
      );
      return [];
    }
  });
}

/** Metadata for the deck; without a title line, the title comes from the source URL, the first heading or the file name. */
function finishMeta(source: SourceDoc, draft: Draft, pieces: Piece[]): DocMeta {
  const found = draft.meta;
  let title = found.title;
  if (!title) {
    const fromUrl = found.sources.map(titleFromUrl).find((t) => t !== undefined);
    const heading = pieces.find((p) => isLive(p) && p.kind === 'heading')?.text;
    title = fromUrl ?? heading ?? titleFromFileName(source.name);
    const why = fromUrl ? 'the source URL' : heading ? 'the first heading' : 'the file name';
    report(draft, 1, 'title', `no title line found; the title "${title}" is taken from ${why}`, undefined, 'warning');
  }
  const date = (found.dates.find((d) => d.published) ?? found.dates[0])?.date;
  const meta: DocMeta = { title, lang: draft.lang, theme: 'deckhand', sources: [...new Set(found.sources)] };
  if (found.subtitle) meta.subtitle = found.subtitle;
  if (found.author) meta.author = found.author;
  if (date) meta.date = date;
  if (found.publisher) meta.publisher = found.publisher;
  if (found.noise) meta.noise = found.noise;
  return meta;
}

/**
 * Raw text -> clean Markdown with metadata, a source line for every Markdown line, and a diagnostic for every
 * dropped line. Pure: `extraNoise` are regular expressions (config, CLI) whose matching lines are dropped.
 */
export function normalizeText(source: SourceDoc, extraNoise: string[] = []): MarkdownDoc {
  const draft: Draft = {
    file: source.relPath,
    lang: 'en',
    meta: { dates: [], sources: [] },
    diagnostics: [],
    partial: new Set(),
  };
  // A page flattened onto one line is cut back into blocks first; `origin` maps their lines back to the source.
  const flat = unflatten(source.text, detectLanguage(source.text), (t) => segmentSentences(t, detectLanguage(t)));
  const lines = sourceLines(flat?.text ?? source.text);
  markFences(lines);
  takeFrontMatter(lines, draft);
  draft.lang = draft.meta.lang ?? detectLanguage(source.text);
  stripMarkup(lines, draft);
  const tables = tableLines(lines);
  judgeLines(lines, draft, compileNoise([...extraNoise, ...(draft.meta.noise ?? [])], draft), tables);
  const pieces = buildPieces(lines, draft, tables, wrapWidth(lines));
  selectBody(pieces, draft);
  applyZones(pieces, draft);
  joinEnumerations(pieces);
  assignHeadings(pieces, draft);
  const { markdown, lineMap } = emitMarkdown(pieces);
  const meta = { ...finishMeta(source, draft, pieces), dir: textDirection(draft.lang, source.text) };
  const back = (line: number) => flat?.origin[line - 1] ?? line;
  const diagnostics = draft.diagnostics.map((d) => ({ ...d, line: back(d.line) })).sort((a, b) => a.line - b.line);
  return { source, meta, markdown, lineMap: lineMap.map(back), diagnostics };
}
