// Splits YAML front matter off a Markdown source and reads it through the table of keys (front-matter-keys.ts).
import { FrontMatterError } from '../errors.js';
import { detectLanguage, textDirection } from '../text/language.js';
import type { Diagnostic, DocMeta, MarkdownDoc, SourceDoc } from '../types.js';
import { readKeys } from './front-matter-keys.js';
import { readYaml } from './front-matter-yaml.js';

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

/** One mistake of the front matter, at its line of the file. */
interface Mistake {
  line: number;
  column?: number;
  message: string;
  cause?: unknown;
}

/** The front matter's mistakes as one error: each at its line, the first giving the error its place. */
function mistakesError(file: string, mistakes: Mistake[]): FrontMatterError {
  const sorted = [...mistakes].sort((a, b) => a.line - b.line);
  const first = sorted[0]!;
  if (sorted.length === 1) return new FrontMatterError(first.message, { file, ...first });
  const each = sorted.map((m) => `  ${file}:${m.line}: ${m.message}`);
  return new FrontMatterError([`front matter has ${sorted.length} mistakes:`, ...each].join('\n'), {
    file,
    line: first.line,
  });
}

/**
 * The metadata of the front matter (YAML starting at the file's line `yamlLine`), read through the table of keys
 * (front-matter-keys.ts). Every mistake, in the YAML or in a known key's value, is thrown at once, each at its
 * line; an unknown key or an ignored value is a warning.
 */
function readMeta(yaml: string, yamlLine: number, file: string, diagnostics: Diagnostic[]): Partial<DocMeta> {
  const read = readYaml(yaml);
  const mistakes: Mistake[] = read.problems.map((p) => ({ ...p, line: p.line + yamlLine - 1 }));
  let meta: Partial<DocMeta> = {};
  if (read.data !== null && read.data !== undefined) {
    if (!read.mapping) mistakes.push({ line: yamlLine, message: 'front matter must be a mapping of keys' });
    else {
      const yamlLines = yaml.split('\n');
      const lineOf = (key: string) => {
        const index = yamlLines.findIndex((l) => l.startsWith(`${key}:`));
        return index < 0 ? yamlLine : yamlLine + index;
      };
      const keys = readKeys(read.data as Record<string, unknown>);
      for (const { key, severity, message, cause } of keys.problems) {
        if (severity === 'error') mistakes.push({ line: lineOf(key), message, cause });
        else diagnostics.push({ file, line: lineOf(key), severity, code: 'front-matter', message });
      }
      meta = keys.meta;
    }
  }
  if (mistakes.length) throw mistakesError(file, mistakes);
  return meta;
}

/** Markdown source -> MarkdownDoc: front matter read and checked, body kept with its source line numbers. */
export function readFrontMatter(source: SourceDoc): MarkdownDoc {
  const diagnostics: Diagnostic[] = [];
  const split = splitFrontMatter(source.text);
  const meta = split.yaml === undefined ? {} : readMeta(split.yaml, split.yamlLine, source.relPath, diagnostics);
  const bodyLines = split.body.split('\n');
  const lang = meta.lang ?? detectLanguage(split.body);
  return {
    source,
    meta: {
      title: meta.title ?? '',
      lang,
      dir: meta.dir ?? textDirection(lang, split.body),
      theme: meta.theme ?? 'deckhand',
      sources: meta.sources ?? [],
      ...meta,
    },
    markdown: split.body,
    lineMap: bodyLines.map((_, i) => split.bodyLine + i),
    diagnostics,
  };
}
