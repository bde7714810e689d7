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
import { escapeHtml } from '../text/html.js';
import { labelsFor } from '../text/language.js';
import type { DocMeta } from '../types.js';

export interface HtmlJob {
  /** The generated Marp Markdown, already on disk. */
  markdownFile: string;
  outFile: string;
  meta: DocMeta;
  /** Source file, for error messages. */
  source: string;
}

/**
 * Landmarks for marp-cli's page, which has none: the slides are its main content, and the on-screen controls
 * (previous, next, page, full screen, presenter view) navigate them. Screen readers move by landmarks, and every
 * accessibility checker asks for a main one.
 */
export function withLandmarks(html: string, meta: Pick<DocMeta, 'lang'>): string {
  const controls = escapeHtml(labelsFor(meta.lang).slides);
  return html
    .replace('<div id=":$p">', '<div id=":$p" role="main">')
    .replace(
      '<div class="bespoke-marp-osc">',
      `<div class="bespoke-marp-osc" role="navigation" aria-label="${controls}">`,
    );
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
    const html = typesetNotes(await readFile(temp, 'utf8'), job.meta.lang);
    const at = html.indexOf('</head>');
    if (at < 0) throw new RenderError('marp-cli wrote HTML without a <head>', { file: job.source });
    const page = `${html.slice(0, at)}<style>${fontFaceCss()}${mathCssFor(html)}</style>${html.slice(at)}`;
    // marp-cli writes <html lang> only; a right-to-left deck's page says its direction too (screen readers, search).
    const directed = job.meta.dir === 'rtl' ? page.replace(/<html(?=[\s>])/, '<html dir="rtl"') : page;
    await writeFile(temp, withLandmarks(directed, job.meta));
    await commitTemp(temp, job.outFile);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
