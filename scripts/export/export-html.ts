// Converts slides.md to the presenter-ready HTML deck (marp-cli bespoke template: presenter view, notes with their
// formulas typeset).
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { RenderError } from '../errors.js';
import { fontFaceCss } from '../render/fonts.js';
import { mathCssFor } from '../render/tex-svg.js';
import { typesetNotes } from './typeset-notes.js';
import { runMarpCli, type MarpCliSetup } from '../render/marp/marp-cli.js';
import { commitTemp } from '../disk/write-atomic.js';
import type { DocMeta } from '../types.js';

export interface HtmlJob {
  /** The generated Marp Markdown, already on disk. */
  markdownFile: string;
  outFile: string;
  meta: DocMeta;
  /** Source file, for error messages. */
  source: string;
}

/** slides.md -> slides.html through marp-cli; the previous HTML stays until the new one is complete. */
export async function exportHtml(setup: MarpCliSetup, job: HtmlJob): Promise<void> {
  const dir = await mkdtemp(path.join(path.dirname(job.outFile), `.html-${process.pid}-`));
  const temp = path.join(dir, path.basename(job.outFile));
  try {
    const meta = [
      ['--title', job.meta.title],
      ...(job.meta.author ? [['--author', job.meta.author]] : []),
      ...(job.meta.subtitle ? [['--description', job.meta.subtitle]] : []),
    ].flat();
    await runMarpCli(setup, [job.markdownFile, '-o', temp, ...meta], job.source);
    // The bundled fonts go into the page itself (not the theme, which Marp re-parses on every render).
    // The notes' formulas are typeset (typeset-notes.ts), with MathJax's style sheet when there are some.
    const html = typesetNotes(await readFile(temp, 'utf8'));
    const at = html.indexOf('</head>');
    if (at < 0) throw new RenderError('marp-cli wrote HTML without a <head>', { file: job.source });
    const page = `${html.slice(0, at)}<style>${fontFaceCss()}${mathCssFor(html)}</style>${html.slice(at)}`;
    // marp-cli writes <html lang> only; a right-to-left deck's page says its direction too (screen readers, search).
    await writeFile(temp, job.meta.dir === 'rtl' ? page.replace(/<html(?=[\s>])/, '<html dir="rtl"') : page);
    await commitTemp(temp, job.outFile);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
