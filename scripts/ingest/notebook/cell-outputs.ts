// A code cell's stored outputs as Markdown, never by running anything: what it printed (stdout, a result's text) as
// one output block, its plots (PNG, JPEG, SVG) as images the document carries, an HTML table (a pandas DataFrame)
// as a table through the page reader's HTML-to-Markdown path, Markdown and LaTeX as themselves. What a lecture does
// not show (stderr, warnings, tracebacks, an output of styles or scripts only) is left out and listed.
import { stripVTControlCharacters } from 'node:util';
import type { CarriedImage, Diagnostic } from '../../types.js';
import { htmlToMarkdown } from '../html/article-markdown.js';
import { joinText, type MimeBundle, type NotebookOutput } from './notebook-json.js';

/** What writing one cell's outputs needs, and where it puts the images and the report lines. */
export interface OutputContext {
  file: string;
  /** `<name>_files/cell-N`: the outputs' images are `<prefix>-K.png` beside the notebook. */
  prefix: string;
  /** The JSON line the outputs begin at. */
  line: number;
  /** The text of the cell's figures, for readers who cannot see them. */
  alt: string;
  images: CarriedImage[];
  diagnostics: Diagnostic[];
}

const IMAGES: [mime: string, ext: string][] = [
  ['image/png', 'png'],
  ['image/jpeg', 'jpg'],
  ['image/gif', 'gif'],
  ['image/svg+xml', 'svg'],
];

/** Printed text longer than this many lines shows its first SHOWN_LINES and says how many more there are. */
const MAX_LINES = 24;
const SHOWN_LINES = 20;

/** A fence longer than any run of backticks inside the text. */
function fenced(info: string, text: string): string {
  const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${info}\n${text}\n${fence}`;
}

function leftOut(ctx: OutputContext, message: string, text: string): void {
  const shown = stripVTControlCharacters(text).trim().split('\n')[0]!.slice(0, 200);
  ctx.diagnostics.push({ file: ctx.file, line: ctx.line, severity: 'info', code: 'notebook', message, text: shown });
}

/** Base64 (with the line breaks nbformat allows) as bytes. */
export const base64Bytes = (data: string): Uint8Array => new Uint8Array(Buffer.from(data, 'base64'));

/** An image output, written as a carried image; its Markdown. */
function image(bundle: MimeBundle, ctx: OutputContext): string | undefined {
  const found = IMAGES.find(([mime]) => bundle[mime] !== undefined);
  if (!found) return undefined;
  const [mime, ext] = found;
  const data = joinText(bundle[mime]);
  const bytes = mime === 'image/svg+xml' ? new TextEncoder().encode(data) : base64Bytes(data);
  const ref = `${ctx.prefix}-${ctx.images.filter((i) => i.ref.startsWith(`${ctx.prefix}-`)).length + 1}.${ext}`;
  ctx.images.push({ ref, bytes });
  return `![${ctx.alt.replace(/[[\]\\]/g, '\\$&')}](${encodeURI(ref)})`;
}

/** HTML without what a deck never shows or loads: styles, stylesheets, scripts. */
const withoutMachinery = (html: string) =>
  html
    .replace(/<(style|script)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<link\b[^>]*>/gi, '')
    .trim();

/** A rich output that is not an image: Markdown to show, a text to print, or nothing (then reported). */
function rich(bundle: MimeBundle, ctx: OutputContext): { markdown?: string; text?: string } {
  const html = bundle['text/html'] === undefined ? undefined : withoutMachinery(joinText(bundle['text/html']));
  if (html && /<table\b/i.test(html)) return { markdown: htmlToMarkdown(html) };
  if (bundle['text/markdown'] !== undefined) return { markdown: joinText(bundle['text/markdown']) };
  const latex = joinText(bundle['text/latex']).trim();
  if (latex) return { markdown: /^\$/.test(latex) ? latex : `$$\n${latex}\n$$` };
  if (html === '' && bundle['text/html'] !== undefined) {
    leftOut(ctx, 'an output of styles or scripts only: left out', joinText(bundle['text/html']));
    return {};
  }
  if (bundle['text/plain'] !== undefined) return { text: joinText(bundle['text/plain']) };
  if (html) return { markdown: htmlToMarkdown(html) };
  leftOut(ctx, `an output deckhand cannot show (${Object.keys(bundle).join(', ')}): left out`, '');
  return {};
}

/** The outputs of one code cell as Markdown blocks, in order; consecutive printed text makes one output block. */
export function outputBlocks(outputs: readonly NotebookOutput[], ctx: OutputContext): string[] {
  const blocks: string[] = [];
  let printed = '';
  const flush = () => {
    // Terminal colours that IPython writes into tracebacks and progress bars.
    const lines = stripVTControlCharacters(printed).replace(/\s+$/, '').split('\n');
    printed = '';
    if (!lines.join('').trim()) return;
    // A long printout (a column of 400 ZIP codes) is scrolled past in the notebook; a deck shows its start.
    if (lines.length > MAX_LINES) {
      const more = lines.length - SHOWN_LINES;
      leftOut(ctx, `the last ${more} of ${lines.length} printed lines: left out`, lines[SHOWN_LINES]!);
      lines.splice(SHOWN_LINES, more, `… (${more} more lines)`);
    }
    blocks.push(fenced('output', lines.join('\n')));
  };
  for (const output of outputs) {
    if (output.output_type === 'stream') {
      const text = joinText(output.text);
      if (output.name === 'stderr') leftOut(ctx, 'what the cell wrote to stderr (warnings, progress): left out', text);
      else printed += text.endsWith('\n') ? text : `${text}\n`;
      continue;
    }
    if (output.output_type === 'error') {
      leftOut(ctx, 'an error the cell raised (its traceback): left out', `${output.ename}: ${output.evalue}`);
      continue;
    }
    const bundle = output.data ?? {};
    const picture = image(bundle, ctx);
    const shown = picture ? { markdown: picture } : rich(bundle, ctx);
    if (shown.text !== undefined) printed += shown.text.endsWith('\n') ? shown.text : `${shown.text}\n`;
    if (shown.markdown === undefined) continue;
    flush();
    blocks.push(shown.markdown.trim());
  }
  flush();
  return blocks;
}
