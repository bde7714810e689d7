// Expands the paths given on the command line (files, folders, globs) into source files and output names.
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { glob } from 'glob';
import { OutputError, UsageError } from '../errors.js';
import type { Diagnostic, SourceKind } from '../types.js';

export interface SourceEntry {
  path: string;
  relPath: string;
  name: string;
  kind: SourceKind;
}

// A saved web page is slides/<name>.html; the pages a browser saves inside its <name>_files/ folder are not documents.
// Markdown in its dialects: R Markdown (.Rmd), Quarto (.qmd), MDX (.mdx); a folder's index.* is a deck named after it.
const MARKDOWN = /\.(md|markdown|qmd|rmd|mdx)$/i;
const PATTERNS = ['*.{md,markdown,qmd,Rmd,rmd,mdx,txt,html,htm}', '*/index.{md,markdown,qmd,Rmd,rmd,mdx}'];
// Import reports sit beside the Markdown that `deckhand import` wrote; they are for reading, not for building.
const IGNORE = ['**/node_modules/**', '**/*.import-report.md', '**/*_files/**'];

/** `deckhand import a.txt` wrote a.md and a.import-report.md: from then on the Markdown is the source. */
function importedPair(a: SourceEntry, b: SourceEntry): SourceEntry | undefined {
  const [md, txt] = a.kind === 'markdown' ? [a, b] : [b, a];
  if (md.kind !== 'markdown' || txt.kind !== 'text') return undefined;
  const report = md.path.replace(MARKDOWN, '.import-report.md');
  return existsSync(report) && path.dirname(md.path) === path.dirname(txt.path) ? md : undefined;
}

function kindOf(file: string): SourceKind | undefined {
  if (MARKDOWN.test(file)) return 'markdown';
  if (/\.txt$/i.test(file)) return 'text';
  if (/\.html?$/i.test(file)) return 'html';
  return undefined;
}

/** slides/<name>.md and slides/<name>/index.md both build to output/<name>/. */
export function outputName(file: string): string {
  const base = path.basename(file).replace(/\.(md|markdown|qmd|rmd|mdx|txt|html?)$/i, '');
  const name = base.toLowerCase() === 'index' ? path.basename(path.dirname(file)) : base;
  return (
    name
      .normalize('NFKD')
      .replace(/[^\p{L}\p{N}._-]+/gu, '-')
      .replace(/^-+|-+$/g, '') || 'deck'
  );
}

async function expand(root: string, input: string): Promise<string[]> {
  const abs = path.resolve(root, input);
  let stat: ReturnType<typeof statSync> | undefined;
  try {
    stat = statSync(abs);
  } catch {
    stat = undefined;
  }
  if (stat?.isDirectory()) {
    return glob(PATTERNS, { cwd: abs, absolute: true, nodir: true, ignore: IGNORE });
  }
  if (stat?.isFile()) return [abs];
  return glob(input, { cwd: root, absolute: true, nodir: true, ignore: IGNORE });
}

/** What the inputs name: the sources, clashes of output names, inputs that matched nothing, and notes for the user. */
export interface Discovered {
  entries: SourceEntry[];
  conflicts: OutputError[];
  missing: string[];
  /** Which of two sources with one name is built (a .txt and the .md that `deckhand import` made from it). */
  notes: Diagnostic[];
}

/** The note that says which of a .txt and its imported .md is built. */
function importedNote(md: SourceEntry, txt: SourceEntry): Diagnostic {
  const message = `deck "${md.name}" is built from ${md.relPath}, which deckhand import made from ${txt.relPath}; the .txt is not used`;
  return { file: md.relPath, line: 1, severity: 'info', code: 'imported', message };
}

/**
 * The error for inputs that matched nothing, before anything is built or written: a path that does not exist is
 * "not found", a folder or glob without documents says so.
 */
export function missingInputsError(root: string, missing: string[]): UsageError {
  const why = missing.map((input) => {
    if (existsSync(path.resolve(root, input))) return `${input}: no documents there (.md, .markdown, .txt, .html)`;
    return /[*?[\]{}]/.test(input) ? `${input}: no documents match` : `${input}: not found`;
  });
  return new UsageError(why.join('; '));
}

/**
 * Every source file the inputs name, sorted, with its output folder name. Two sources that map to the same
 * output folder are an error naming both (except a .txt and the .md that `deckhand import` made from it: the
 * .md is built, and a note says so); `missing` lists inputs that matched nothing.
 */
export async function discoverSources(root: string, inputs: string[]): Promise<Discovered> {
  const files = new Set<string>();
  const missing: string[] = [];
  for (const input of inputs) {
    const found = (await expand(root, input)).filter((f) => kindOf(f) !== undefined);
    if (found.length === 0) missing.push(input);
    for (const f of found) files.add(f);
  }
  const byName = new Map<string, SourceEntry>();
  const conflicts: OutputError[] = [];
  const notes: Diagnostic[] = [];
  for (const file of [...files].sort()) {
    const entry: SourceEntry = {
      path: file,
      relPath: path.relative(root, file) || path.basename(file),
      name: outputName(file),
      kind: kindOf(file)!,
    };
    const other = byName.get(entry.name);
    const imported = other && importedPair(other, entry);
    if (imported) {
      byName.set(entry.name, imported);
      notes.push(importedNote(imported, imported === entry ? other : entry));
      continue;
    }
    if (other) {
      conflicts.push(
        new OutputError(
          `${other.relPath} and ${entry.relPath} both build to output/${entry.name}/; rename one of them`,
          {
            file: entry.relPath,
          },
        ),
      );
      continue;
    }
    byName.set(entry.name, entry);
  }
  return { entries: [...byName.values()], conflicts, missing, notes };
}
