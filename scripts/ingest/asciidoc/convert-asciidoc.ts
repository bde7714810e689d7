// An AsciiDoc file -> Markdown through Asciidoctor.js (npm @asciidoctor/core, loaded only when an .adoc is read):
// Asciidoctor parses it in its secure mode (no file is included, nothing is fetched) and writes its HTML, which is
// made plain (asciidoc-html.ts) and written as Markdown by the page reader's turndown; each Markdown line is found
// in the AsciiDoc source by its words. The document's title, author and date become front matter.
import { parseHTML } from 'linkedom';
import type { ConvertedSource, Diagnostic, SourceDoc } from '../../types.js';
import { frontMatter, MarkdownLines } from '../converted-markdown.js';
import { htmlToMarkdown } from '../html/article-markdown.js';
import { mapLines } from '../source-words.js';
import { plainAsciidocHtml } from './asciidoc-html.js';

/** What AsciiDoc has that a deck cannot show or follow, found in the source: each at its line. */
function leftOut(source: string, file: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  const lines = source.split('\n');
  let open = false;
  lines.forEach((line, i) => {
    const include = /^include::([^[]+)\[/.exec(line);
    // A ++++ block is raw HTML unless a [stem] (or [latexmath], [asciimath]) above it makes it a formula.
    const fence = line.trim() === '++++';
    const pass =
      (fence && !open && !/^\[(stem|latexmath|asciimath)\]/.test(lines[i - 1] ?? '')) || /^pass:\[/.test(line);
    if (fence) open = !open;
    if (!include && !pass) return;
    const message = include
      ? `include::${include[1]} is not followed (a file the document includes is not read): left out`
      : 'a passthrough block (raw HTML for Asciidoctor’s own output): its HTML is not shown, only its text';
    out.push({ file, line: i + 1, severity: 'info', code: 'asciidoc', message, text: line });
  });
  return out;
}

/** The Markdown of Asciidoctor's HTML: frames, titles and math made plain, includes' links and passthroughs gone. */
function markdownOf(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const body = document.body as unknown as Element;
  for (const e of [...body.querySelectorAll('a.include, div.passthroughblock, pre.passthrough')]) e.remove();
  plainAsciidocHtml(body);
  return htmlToMarkdown(body.innerHTML)
    .replace(/^[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** An AsciiDoc source as Markdown with a line map; the document's header as front matter. */
export async function convertAsciidoc(source: SourceDoc): Promise<ConvertedSource> {
  const { load } = await import('@asciidoctor/core');
  // Secure: no include, no file or network read. No captions ("Example 1.", "Figure 2."): the slides number nothing.
  const attributes = { 'example-caption!': '', 'figure-caption!': '', 'table-caption!': '', 'listing-caption!': '' };
  const doc = await load(source.text, { safe: 'secure', attributes });
  const body = markdownOf(await doc.convert());
  const lines = body.split('\n');
  const lineMap = mapLines(lines, source.text);
  const out = new MarkdownLines();
  const author = doc.getAuthor?.() || undefined;
  const front = frontMatter({
    title: doc.getDocumentTitle?.() ?? undefined,
    author,
    date: doc.getAttribute('revdate'),
  });
  if (front) out.push(front, 1).blank(1);
  out.pushEach(lines, (i) => lineMap[i]!);
  return {
    markdown: `${out.text}\n`,
    lineMap: [...out.lineMap, out.lineMap.at(-1) ?? 1],
    images: [],
    diagnostics: leftOut(source.text, source.relPath),
  };
}
