// `deckhand import FILE` (raw text, a saved page, a notebook, any format a converter reads): writes FILE.md (clean
// Markdown with front matter), the images the file carries inside it (a notebook's plots) into FILE_files/, and
// FILE.import-report.md (what was dropped and why) next to the source, each atomically.
import path from 'node:path';
import { stringify } from 'yaml';
import { writeAtomic } from '../disk/write-atomic.js';
import { InputError, OutputError } from '../errors.js';
import type { Diagnostic, DocMeta, MarkdownDoc } from '../types.js';
import { outputName } from './discover-sources.js';
import { describeFormats, formatOf, importedFormats, importReportPath, withoutExtension } from './formats.js';
import { loadSource } from './load-source.js';
import { readSource } from './read-source.js';

/** Where the import wrote, and how many removals its report lists. */
export interface ImportResult {
  markdownPath: string;
  reportPath: string;
  /** Source lines (or parts of lines) left out of the Markdown. */
  dropped: number;
  /** The images the file carried, written beside the Markdown where it names them. */
  images: string[];
}

/** Front matter for the clean file: only the keys that were found, in reading order. */
function frontMatter(meta: DocMeta): string {
  const data: Record<string, unknown> = { title: meta.title };
  for (const key of ['subtitle', 'author', 'date', 'lang', 'publisher'] as const) if (meta[key]) data[key] = meta[key];
  if (meta.sources.length > 0) data.sources = meta.sources;
  if (meta.noise?.length) data.noise = meta.noise;
  return `---\n${stringify(data, { lineWidth: 0 })}---\n`;
}

function cell(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/([<>`*_[\]])/g, '\\$1');
}

/** The human-readable import report: every removal with its line, class, text and reason; warnings first. */
export function importReport(doc: MarkdownDoc, markdownFile: string): string {
  const removals = doc.diagnostics.filter((d) => d.text !== undefined);
  const notes = doc.diagnostics.filter((d) => d.text === undefined);
  const byCode = new Map<string, number>();
  for (const d of removals) byCode.set(d.code, (byCode.get(d.code) ?? 0) + 1);
  const counts = [...byCode].map(([code, n]) => `${code} ${n}`).join(', ');
  const lines = [
    `# Import report: ${doc.source.relPath}`,
    '',
    `Clean Markdown written to ${markdownFile}. Review the removals below; copy back anything that belongs to the text.`,
    '',
    removals.length ? `${removals.length} removals (${counts}).` : 'Nothing was removed.',
  ];
  if (notes.length)
    lines.push(
      '',
      '## Notes',
      '',
      ...notes.map((d: Diagnostic) => `- line ${d.line} (${d.severity}, ${d.code}): ${cell(d.message)}`),
    );
  if (removals.length) {
    lines.push('', '## Removed', '', '| Line | Class | Text | Why |', '| ---: | --- | --- | --- |');
    for (const d of removals) lines.push(`| ${d.line} | ${d.code} | ${cell(d.text!)} | ${cell(d.message)} |`);
  }
  return `${lines.join('\n')}\n`;
}

/** The Markdown an import writes: a converter's as it wrote it (a RISE deck keeps `marp: true`), else the reader's. */
function importedMarkdown(doc: MarkdownDoc): string {
  const converted = doc.source.converted?.markdown;
  return converted ?? `${frontMatter(doc.meta)}\n${doc.markdown}\n`;
}

/**
 * Imports one document that is not Markdown (raw text, a saved web page, a notebook, ...) with its format's own
 * reader: FILE.md, its images and FILE.import-report.md next to it. Refuses to overwrite FILE.md unless `force`.
 */
export async function importDocument(
  file: string,
  root: string,
  extraNoise: string[] = [],
  force = false,
): Promise<ImportResult> {
  const abs = path.resolve(root, file);
  const relPath = path.relative(root, abs) || path.basename(abs);
  const format = formatOf(abs);
  const reads = `import reads ${describeFormats(importedFormats(), 'or')}`;
  if (!format) throw new InputError(`${relPath} is not a document deckhand reads; ${reads}`, { file: relPath });
  // Its own FILE.md would be written over it.
  if (format.kind === 'markdown') throw new OutputError(`${relPath} is already Markdown; ${reads}`, { file: relPath });
  const markdownPath = `${withoutExtension(abs)}.md`;
  const reportPath = importReportPath(abs);
  const rel = (p: string) => path.relative(root, p) || path.basename(p);
  const source = await loadSource({ path: abs, relPath, name: outputName(abs), kind: format.kind });
  const doc = readSource(source, { noise: extraNoise });
  try {
    await writeAtomic(markdownPath, importedMarkdown(doc), { replace: force });
  } catch (cause) {
    const exists = (cause as NodeJS.ErrnoException).code === 'EEXIST';
    const message = exists
      ? `${rel(markdownPath)} already exists; pass --force to overwrite it`
      : `cannot write ${rel(markdownPath)}: ${(cause as Error).message}`;
    throw new OutputError(message, { file: rel(markdownPath), cause });
  }
  const images = (source.converted?.images ?? []).map((i) => ({ ...i, to: path.resolve(path.dirname(abs), i.ref) }));
  try {
    await Promise.all(images.map((i) => writeAtomic(i.to, i.bytes)));
  } catch (cause) {
    throw new OutputError(`cannot write the images: ${(cause as Error).message}`, { file: relPath, cause });
  }
  try {
    await writeAtomic(reportPath, importReport(doc, rel(markdownPath)));
  } catch (cause) {
    throw new OutputError(`cannot write ${rel(reportPath)}: ${(cause as Error).message}`, {
      file: rel(reportPath),
      cause,
    });
  }
  const dropped = doc.diagnostics.filter((d) => d.text !== undefined).length;
  return { markdownPath, reportPath, dropped, images: images.map((i) => i.to) };
}
