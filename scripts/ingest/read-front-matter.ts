// Splits YAML front matter off a Markdown source and reads it through the table of keys (front-matter-keys.ts).
import { FrontMatterError } from '../errors.js';
import { detectLanguage, textDirection } from '../text/language.js';
import type { Diagnostic, DocMeta, MarkdownDoc, SourceDoc } from '../types.js';
import { readKeys } from './front-matter-keys.js';
import { readYaml } from './front-matter-yaml.js';
import { deckKeys, recognizeDeck } from './recognize-deck.js';

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

/** What the front matter says: the metadata, the mapping as written, and the line of each key. */
interface ReadFrontMatter {
  meta: Partial<DocMeta>;
  data: Record<string, unknown>;
  lineOf: (key: string) => number;
}

/**
 * The metadata of the front matter (YAML starting at the file's line `yamlLine`), read through the table of keys
 * (front-matter-keys.ts); an author's own deck (recognize-deck.ts, from the front matter and `body`) may have its
 * tool's keys too. Every mistake, in the YAML or in a known key's value, is thrown at once, each at its line; an
 * unknown key or an ignored value is a warning.
 */
function readMeta(
  yaml: string,
  yamlLine: number,
  body: string,
  file: string,
  diagnostics: Diagnostic[],
): ReadFrontMatter {
  const read = readYaml(yaml);
  const mistakes: Mistake[] = read.problems.map((p) => ({ ...p, line: p.line + yamlLine - 1 }));
  const yamlLines = yaml.split('\n');
  const lineOf = (key: string) => {
    const index = yamlLines.findIndex((l) => l.startsWith(`${key}:`));
    return index < 0 ? yamlLine : yamlLine + index;
  };
  let meta: Partial<DocMeta> = {};
  let data: Record<string, unknown> = {};
  if (read.data !== null && read.data !== undefined) {
    if (!read.mapping) mistakes.push({ line: yamlLine, message: 'front matter must be a mapping of keys' });
    else {
      data = read.data as Record<string, unknown>;
      const keys = readKeys(data, deckKeys(recognizeDeck(data, body).dialect));
      for (const { key, severity, message, cause } of keys.problems) {
        if (severity === 'error') mistakes.push({ line: lineOf(key), message, cause });
        else diagnostics.push({ file, line: lineOf(key), severity, code: 'front-matter', message });
      }
      meta = keys.meta;
      if (meta.theme) meta.themeLine = lineOf('theme');
    }
  }
  if (mistakes.length) throw mistakesError(file, mistakes);
  return { meta, data, lineOf };
}

/** Markdown source -> MarkdownDoc: front matter read and checked, body kept with its source line numbers. */
export function readFrontMatter(source: SourceDoc): MarkdownDoc {
  const diagnostics: Diagnostic[] = [];
  const file = source.relPath;
  const split = splitFrontMatter(source.text);
  const { meta, data, lineOf } =
    split.yaml === undefined
      ? { meta: {}, data: {}, lineOf: () => 1 }
      : readMeta(split.yaml, split.yamlLine, split.body, file, diagnostics);
  const guess = recognizeDeck(data, split.body);
  if (guess.warning)
    diagnostics.push({
      file,
      line: lineOf('deckhand'),
      severity: 'warning',
      code: 'front-matter',
      message: guess.warning,
    });
  const deck = guess.dialect && {
    dialect: guess.dialect,
    reason: guess.reason,
    frontMatter: data,
    lines: Object.fromEntries(Object.keys(data).map((k) => [k, lineOf(k)])),
    yaml: split.yaml ?? '',
    yamlLine: split.yamlLine,
  };
  const bodyLines = split.body.split('\n');
  const lang = meta.lang ?? detectLanguage(split.body);
  return {
    source,
    meta: {
      title: meta.title ?? '',
      lang,
      dir: meta.dir ?? textDirection(lang, split.body),
      // Marp and Slidev use their own default theme when a deck names none; deckhand's for the others.
      theme: meta.theme ?? (deck && deck.dialect !== 'reveal' && deck.dialect !== 'quarto' ? 'default' : 'deckhand'),
      sources: meta.sources ?? [],
      ...meta,
      ...(deck ? { deck } : {}),
    },
    markdown: split.body,
    lineMap: bodyLines.map((_, i) => split.bodyLine + i),
    diagnostics,
  };
}
