// Splits YAML front matter off a Markdown source and reads it through the table of keys (front-matter-keys.ts).
import { parseDocument, isMap } from 'yaml';
import { FrontMatterError, parserMessage } from '../errors.js';
import { detectLanguage } from '../text/language.js';
import type { Diagnostic, DocMeta, MarkdownDoc, SourceDoc } from '../types.js';
import { readKeys } from './front-matter-keys.js';

export interface FrontMatter {
  data: Record<string, unknown>;
  /** Number of lines the front matter block takes, fences included. */
  lines: number;
}

/** Finds a leading `---` block; returns the body and the YAML text with its first line number. */
export function splitFrontMatter(text: string): { yaml?: string; yamlLine: number; body: string; bodyLine: number } {
  const match = /^---[ \t]*\n([\s\S]*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|$)/.exec(text);
  if (!match) return { yamlLine: 0, body: text, bodyLine: 1 };
  const consumed = match[0].split('\n').length - (match[0].endsWith('\n') ? 1 : 0);
  return { yaml: match[1] ?? '', yamlLine: 2, body: text.slice(match[0].length), bodyLine: consumed + 1 };
}

/**
 * Known keys read into metadata through the table of keys (front-matter-keys.ts): a bad value of a known key
 * throws, naming its key and line; an unknown key and an ignored value are warnings.
 */
export function metaFromFrontMatter(
  data: Record<string, unknown>,
  file: string,
  lineOf: (key: string) => number,
  diagnostics: Diagnostic[],
): Partial<DocMeta> {
  const { meta, problems } = readKeys(data);
  const error = problems.find((p) => p.severity === 'error');
  if (error) throw new FrontMatterError(error.message, { file, line: lineOf(error.key), cause: error.cause });
  for (const p of problems)
    diagnostics.push({ file, line: lineOf(p.key), severity: 'warning', code: 'front-matter', message: p.message });
  return meta;
}

/** Markdown source -> MarkdownDoc: front matter read and checked, body kept with its source line numbers. */
export function readFrontMatter(source: SourceDoc): MarkdownDoc {
  const file = source.relPath;
  const diagnostics: Diagnostic[] = [];
  const split = splitFrontMatter(source.text);
  let meta: Partial<DocMeta> = {};
  if (split.yaml !== undefined) {
    const doc = parseDocument(split.yaml, { prettyErrors: true, uniqueKeys: false });
    const error = doc.errors[0];
    if (error) {
      const pos = error.linePos?.[0];
      throw new FrontMatterError(`front matter is not valid YAML: ${parserMessage(error)}`, {
        file,
        line: (pos?.line ?? 1) + split.yamlLine - 1,
        column: pos?.col,
        cause: error,
      });
    }
    const data: unknown = doc.toJS();
    if (data !== null && data !== undefined) {
      if (!isMap(doc.contents))
        throw new FrontMatterError('front matter must be a mapping of keys', { file, line: split.yamlLine });
      const lineOf = (key: string) => {
        const index = split.yaml!.split('\n').findIndex((l) => l.startsWith(`${key}:`));
        return index < 0 ? split.yamlLine : split.yamlLine + index;
      };
      meta = metaFromFrontMatter(data as Record<string, unknown>, file, lineOf, diagnostics);
    }
  }
  const bodyLines = split.body.split('\n');
  return {
    source,
    meta: {
      title: meta.title ?? '',
      lang: meta.lang ?? detectLanguage(split.body),
      theme: meta.theme ?? 'deckhand',
      sources: meta.sources ?? [],
      ...meta,
    },
    markdown: split.body,
    lineMap: bodyLines.map((_, i) => split.bodyLine + i),
    diagnostics,
  };
}
