// output/index.html, the course page linking every deck: rendered only when its inputs changed, so a no-op build
// neither loads Handlebars nor touches the page.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Config } from '../config.js';
import { cacheKey } from '../disk/hash.js';
import { writeAtomic } from '../disk/write-atomic.js';
import type { BuildReport } from '../types.js';
import { TOOL_VERSION } from '../version.js';

/** Marks index.html's inputs (site templates and deck list): an unchanged index is not rendered again. */
const INDEX_STAMP = '.deckhand-index.json';

/**
 * Writes index.html when it would change: its key is the site templates plus the deck list. Only the templates of
 * site/ are loaded, so a deck template that does not compile never keeps the index from being written; one of the
 * index's own is thrown, naming the file and line.
 */
export async function writeCourseIndex(config: Readonly<Config>, report: BuildReport, siteHash: string): Promise<void> {
  const indexFile = path.join(config.outDir, 'index.html');
  const stampFile = path.join(config.outDir, INDEX_STAMP);
  const { builtAt: _builtAt, ...content } = indexData(report);
  const key = cacheKey({ v: TOOL_VERSION, site: siteHash, content });
  if (existsSync(indexFile) && (await readFile(stampFile, 'utf8').catch(() => '')) === key) return;
  const { loadTemplates } = await import('../render/templates.js');
  const templates = loadTemplates(config.templatesDir, 'site');
  await writeAtomic(indexFile, templates.render('site/index', indexData(report)));
  await writeAtomic(stampFile, key);
}

function indexData(report: BuildReport) {
  return {
    builtAt: report.startedAt.replace('T', ' ').slice(0, 16),
    version: report.version,
    decks: report.decks.map((d) => ({
      title: d.title ?? d.name,
      source: d.source,
      slides: d.slides || '',
      error: d.ok ? undefined : d.error?.message,
      files: d.outputs.map((o) => ({ name: o, href: `${encodeURIComponent(d.name)}/${o}` })),
    })),
  };
}
