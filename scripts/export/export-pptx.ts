// slides.md -> slides-images.pptx through marp-cli: one picture of each slide per PowerPoint slide (the
// `pptx-images` format; `pptx` is the editable deck of export/pptx/).
import { BrowserMissingError } from '../errors.js';
import { runMarpCli, type MarpCliSetup } from '../render/marp/marp-cli.js';

export interface PptxJob {
  /** The generated Marp Markdown, already on disk. */
  markdownFile: string;
  outFile: string;
  /** The browser marp-cli renders the pictures with. */
  executable: string | undefined;
  /** Source file, for error messages. */
  source: string;
}

/** marp-cli's PowerPoint: every slide a picture, identical to the PDF, and not editable. */
export async function exportPptxImages(setup: MarpCliSetup, job: PptxJob): Promise<void> {
  if (!job.executable) throw new BrowserMissingError('PPTX needs Chrome/Chromium');
  await runMarpCli(
    setup,
    [job.markdownFile, '--pptx', '--browser-path', job.executable, '-o', job.outFile],
    job.source,
  );
}
