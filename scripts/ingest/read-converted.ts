// A source converted at load (a notebook, a file pandoc read) -> MarkdownDoc: the converter's Markdown is read as
// a Markdown source is (front matter through the table of keys), and every line and diagnostic points back, through
// the converter's line map, at the line of the source it came from.
import { InputError } from '../errors.js';
import type { MarkdownDoc, SourceDoc } from '../types.js';
import { readFrontMatter } from './read-front-matter.js';

/** The converted Markdown of a source as a MarkdownDoc whose lines are the source's. */
export function readConverted(source: SourceDoc): MarkdownDoc {
  const converted = source.converted;
  if (!converted) throw new InputError('the file was not converted when it was loaded', { file: source.relPath });
  const doc = readFrontMatter({ ...source, text: converted.markdown });
  const at = (line: number) => converted.lineMap[line - 1] ?? converted.lineMap.at(-1) ?? 1;
  return {
    ...doc,
    source,
    lineMap: doc.lineMap.map(at),
    diagnostics: [...converted.diagnostics, ...doc.diagnostics.map((d) => ({ ...d, line: at(d.line) }))].sort(
      (a, b) => a.line - b.line,
    ),
  };
}
