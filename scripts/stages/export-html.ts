// Converts slides.md to the presenter-ready HTML deck (marp-cli bespoke template: presenter view, notes).
import { mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import { runMarpCli, type MarpCliSetup } from '../lib/marp-cli.js';
import { commitTemp } from '../lib/write-atomic.js';
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
      ['--title', job.meta.title.replace(/\\(.)/g, '$1')],
      ...(job.meta.author ? [['--author', job.meta.author]] : []),
      ...(job.meta.subtitle ? [['--description', job.meta.subtitle]] : []),
    ].flat();
    await runMarpCli(setup, [job.markdownFile, '-o', temp, ...meta], job.source);
    await commitTemp(temp, job.outFile);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
