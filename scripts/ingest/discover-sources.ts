// Expands the paths given on the command line (files, folders, globs) into source files and output names.
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { glob } from 'glob';
import { OutputError, UsageError } from '../errors.js';
import type { Diagnostic, NotRead, SourceKind } from '../types.js';
import {
  documentExtensions,
  formatOf,
  importReportPath,
  isDocument,
  isFolderIndex,
  NOT_DOCUMENTS,
  whyNotRead,
  withoutExtension,
} from './formats.js';

export interface SourceEntry {
  path: string;
  relPath: string;
  name: string;
  kind: SourceKind;
}

/** `deckhand import a.txt` wrote a.md and a.import-report.md: from then on the Markdown is the source. */
function importedPair(a: SourceEntry, b: SourceEntry): SourceEntry | undefined {
  const [md, other] = a.kind === 'markdown' ? [a, b] : [b, a];
  if (md.kind !== 'markdown' || other.kind === 'markdown') return undefined;
  return existsSync(importReportPath(md.path)) && path.dirname(md.path) === path.dirname(other.path) ? md : undefined;
}

/** slides/<name>.md and slides/<name>/index.md both build to output/<name>/. */
export function outputName(file: string): string {
  const base = withoutExtension(path.basename(file));
  const name = base.toLowerCase() === 'index' ? path.basename(path.dirname(file)) : base;
  return (
    name
      .normalize('NFKD')
      .replace(/[^\p{L}\p{N}._-]+/gu, '-')
      .replace(/^-+|-+$/g, '') || 'deck'
  );
}

/** What one input names: its documents, and the other files of its folder that are not built. */
interface Expanded {
  files: string[];
  notRead: string[];
}

async function expand(root: string, input: string): Promise<Expanded> {
  const abs = path.resolve(root, input);
  let stat: ReturnType<typeof statSync> | undefined;
  try {
    stat = statSync(abs);
  } catch {
    stat = undefined;
  }
  const ignore = [...NOT_DOCUMENTS];
  if (stat?.isDirectory()) {
    // The folder's documents, and each subfolder's index.* (a deck named after the subfolder).
    const [own, indexes] = await Promise.all([
      glob('*', { cwd: abs, absolute: true, nodir: true, ignore }),
      glob('*/*', { cwd: abs, absolute: true, nodir: true, ignore }),
    ]);
    return {
      files: [...own.filter(isDocument), ...indexes.filter(isFolderIndex)],
      notRead: own.filter((f) => whyNotRead(f) !== undefined),
    };
  }
  if (stat?.isFile()) return isDocument(abs) ? { files: [abs], notRead: [] } : { files: [], notRead: [abs] };
  // A glob names the files its author meant: what it matches that is no document is not built, and said so.
  const matched = await glob(input, { cwd: root, absolute: true, nodir: true, ignore });
  return { files: matched.filter(isDocument), notRead: matched.filter((f) => whyNotRead(f) !== undefined) };
}

/** What the inputs name: the sources, clashes of output names, inputs that matched nothing, and notes for the user. */
export interface Discovered {
  entries: SourceEntry[];
  conflicts: OutputError[];
  missing: string[];
  /** Which of two sources with one name is built (a .txt and the .md that `deckhand import` made from it). */
  notes: Diagnostic[];
  /** The files of the inputs that are not built, each once, with why: no file is skipped in silence. */
  notRead: NotRead[];
}

/** The note that says which of a source and the .md imported from it is built. */
function importedNote(md: SourceEntry, from: SourceEntry): Diagnostic {
  const message = `deck "${md.name}" is built from ${md.relPath}, which deckhand import made from ${from.relPath}; the ${path.extname(from.relPath)} is not used`;
  return { file: md.relPath, line: 1, severity: 'info', code: 'imported', message };
}

/**
 * The error for inputs that matched nothing, before anything is built or written: a path that does not exist is
 * "not found", a folder or glob without documents says so.
 */
export function missingInputsError(root: string, missing: string[], notRead: NotRead[] = []): UsageError {
  const why = missing.map((input) => {
    const abs = path.resolve(root, input);
    const refused = existsSync(abs) && statSync(abs).isFile() ? whyNotRead(abs) : undefined;
    if (refused) return `${input}: ${refused}`;
    // A folder of files none of which is read says what each of them is.
    const inside = notRead.filter((n) => path.dirname(path.resolve(root, n.file)) === abs);
    const each = inside.map((n) => `; ${path.basename(n.file)}: ${n.reason}`).join('');
    if (existsSync(abs)) return `${input}: no documents there (${documentExtensions().join(', ')})${each}`;
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
  const skipped = new Set<string>();
  const missing: string[] = [];
  for (const input of inputs) {
    const found = await expand(root, input);
    if (found.files.length === 0) missing.push(input);
    for (const f of found.files) files.add(f);
    for (const f of found.notRead) skipped.add(f);
  }
  const relOf = (file: string) => path.relative(root, file) || path.basename(file);
  const notRead = [...skipped].sort().map((file) => ({ file: relOf(file), reason: whyNotRead(file)! }));
  const byName = new Map<string, SourceEntry>();
  const conflicts: OutputError[] = [];
  const notes: Diagnostic[] = [];
  for (const file of [...files].sort()) {
    const entry: SourceEntry = {
      path: file,
      relPath: relOf(file),
      name: outputName(file),
      kind: formatOf(file)!.kind,
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
  return { entries: [...byName.values()], conflicts, missing, notes, notRead };
}
