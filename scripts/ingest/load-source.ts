// Reads one source file: a text document as text (refusing empty, binary and non-UTF-8 files with an error naming
// the file and line), and a format that is converted at load (a notebook, what pandoc reads) through its converter,
// which runs here, at the edge: pandoc is a subprocess.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { InputError } from '../errors.js';
import type { ConvertedSource, SourceDoc, SourceKind } from '../types.js';
import type { SourceEntry } from './discover-sources.js';
import { formatOf, type SourceFormat } from './formats.js';
import { convertAsciidoc } from './asciidoc/convert-asciidoc.js';
import { convertNotebook } from './notebook/convert-notebook.js';
import { convertWithPandoc } from './pandoc/convert-with-pandoc.js';

/** A converter: the loaded source (its text when it is text) and its bytes -> Markdown with a line map and images. */
type Converter = (
  source: SourceDoc,
  bytes: Uint8Array,
  format: SourceFormat,
) => ConvertedSource | Promise<ConvertedSource>;

/** The formats made Markdown as they are loaded; the others are read by their reader (read-source.ts). */
const CONVERTERS: Partial<Record<SourceKind, Converter>> = {
  notebook: (source) => convertNotebook(source),
  pandoc: (source, bytes, format) => convertWithPandoc(source, bytes, format.pandoc!),
  asciidoc: (source) => convertAsciidoc(source),
};

/** Decodes bytes as UTF-8 text; pure, so tests can feed bytes without a disk. */
export function decodeSource(entry: SourceEntry, bytes: Uint8Array): SourceDoc {
  const file = entry.relPath;
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    const line = lineOfByte(bytes, nul);
    throw new InputError('this looks like a binary file (it contains NUL bytes), not a text document', { file, line });
  }
  let text: string;
  try {
    const declared = formatOf(entry.path)?.encoding === 'declared';
    text = new TextDecoder(declared ? declaredCharset(bytes) : 'utf-8', { fatal: true }).decode(bytes);
  } catch (cause) {
    const bad = firstInvalidUtf8(bytes);
    throw new InputError('the file is not valid UTF-8 text; save it as UTF-8 and build again', {
      file,
      line: lineOfByte(bytes, bad),
      cause,
    });
  }
  text = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (text.trim() === '')
    throw new InputError('the file is empty (or only whitespace): nothing to build', { file, line: 1 });
  return {
    path: entry.path,
    relPath: entry.relPath,
    name: entry.name,
    kind: entry.kind,
    text,
    hash: createHash('sha256').update(bytes).digest('hex'),
  };
}

/** A source that is not text (a Word file): only its converter reads it. */
function binarySource(entry: SourceEntry, bytes: Uint8Array): SourceDoc {
  if (bytes.length === 0) throw new InputError('the file is empty: nothing to build', { file: entry.relPath, line: 1 });
  const { path, relPath, name, kind } = entry;
  return { path, relPath, name, kind, text: '', hash: createHash('sha256').update(bytes).digest('hex') };
}

/** Reads and decodes one source file, and converts it when its format is converted at load. */
export async function loadSource(entry: SourceEntry): Promise<SourceDoc> {
  let bytes: Buffer;
  try {
    bytes = await readFile(entry.path);
  } catch (cause) {
    throw new InputError(`cannot read the file: ${(cause as Error).message}`, { file: entry.relPath, cause });
  }
  const format = formatOf(entry.path);
  const source = format?.encoding === 'binary' ? binarySource(entry, bytes) : decodeSource(entry, bytes);
  const convert = format && CONVERTERS[entry.kind];
  return convert ? { ...source, converted: await convert(source, bytes, format) } : source;
}

/**
 * The encoding a saved web page declares in its first bytes (`<meta charset>` or `http-equiv`), as browsers read it;
 * UTF-8 when it declares none or one this Node does not know.
 */
export function declaredCharset(bytes: Uint8Array): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const label = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1];
  if (!label) return 'utf-8';
  try {
    return new TextDecoder(label).encoding;
  } catch (error) {
    if (error instanceof RangeError) return 'utf-8';
    throw error;
  }
}

function lineOfByte(bytes: Uint8Array, index: number): number {
  let line = 1;
  for (let i = 0; i < index && i < bytes.length; i++) if (bytes[i] === 10) line++;
  return line;
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let lo = 0;
  let hi = bytes.length;
  // Binary search for the shortest prefix that fails to decode.
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    try {
      // stream: a prefix that ends inside a valid multi-byte character is not an error.
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid + 1), { stream: true });
      lo = mid + 1;
    } catch {
      hi = mid;
    }
  }
  return lo;
}
