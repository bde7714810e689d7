// `deckhand import FILE.txt`: writes the clean Markdown and the import report, and says which file builds from now on.
import path from 'node:path';
import type { Config } from '../config.js';
import { importDocument } from '../ingest/import-document.js';
import { printConfigWarnings } from './terminal.js';

/** Imports one document that is not Markdown; the .md it writes is the deck's source from now on (the original stays, unused). */
export async function runImport(file: string, config: Readonly<Config>, force: boolean): Promise<number> {
  printConfigWarnings(config);
  const result = await importDocument(file, config.root, config.noise, force);
  const rel = (p: string) => path.relative(process.cwd(), p) || p;
  console.log(`wrote ${rel(result.markdownPath)}`);
  const folders = [...new Set(result.images.map((i) => path.dirname(i)))];
  if (result.images.length)
    console.log(
      `wrote ${result.images.length} image${result.images.length === 1 ? '' : 's'} into ${folders.map((f) => `${rel(f)}/`).join(', ')}`,
    );
  console.log(
    `wrote ${rel(result.reportPath)} (${result.dropped} line${result.dropped === 1 ? '' : 's'} dropped${result.dropped ? '; review them' : ''})`,
  );
  console.log(
    `from now on the deck is built from ${rel(result.markdownPath)}; ${rel(path.resolve(config.root, file))} stays as it is and is not used`,
  );
  return 0;
}
