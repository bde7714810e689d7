// output/index.html, the course page: a card per deck with its title slide, title, date, slide count and last build,
// and links to its outputs in a fixed order. Rendered only when its inputs changed, so a no-op build neither loads
// Handlebars nor touches the page. Everything it shows is a file in the output folder: nothing loads from elsewhere.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Config } from '../config.js';
import { cacheKey } from '../disk/hash.js';
import { writeAtomic } from '../disk/write-atomic.js';
import type { BuildReport, DeckReport } from '../types.js';
import { TOOL_VERSION } from '../version.js';

/** Marks index.html's inputs (site templates and deck list): an unchanged index is not rendered again. */
const INDEX_STAMP = '.deckhand-index.json';

/** The picture of a deck's title slide on its card, taken while slides.pdf prints (export-deck.ts). */
export const THUMBNAIL = 'thumbnail.png';

/** The links of a deck card, in this order, each shown only when its file exists. */
const LINKS: { label: string; files: string[] }[] = [
  { label: 'Present', files: ['slides.html'] },
  { label: 'Slides PDF', files: ['slides.pdf'] },
  // Filled in per deck: "Handout", and one more per further layout.
  { label: 'Handout', files: ['handout.pdf', 'handout.html'] },
  { label: 'PowerPoint', files: ['slides.pptx'] },
  { label: 'PowerPoint (pictures)', files: ['slides-images.pptx'] },
  { label: 'Markdown', files: ['slides.md'] },
];

interface Link {
  label: string;
  href: string;
}

/** The handout links: "Handout" (the first layout asked for), then "Handout (lines)"... for the other layouts. */
function handoutLinks(outputs: string[], href: (file: string) => string): Link[] {
  const first = ['handout.pdf', 'handout.html'].find((f) => outputs.includes(f));
  const others = outputs.map((o) => /^handout-(.+)\.pdf$/.exec(o)?.[1]).filter((l): l is string => l !== undefined);
  return [
    ...(first ? [{ label: 'Handout', href: href(first) }] : []),
    ...others.map((l) => ({ label: `Handout (${l})`, href: href(`handout-${l}.pdf`) })),
  ];
}

/** A deck's links in the fixed order, for the outputs that exist in `deckDir`. */
export function deckLinks(deck: DeckReport, deckDir: string, hrefBase: string): Link[] {
  const outputs = deck.outputs.filter((o) => existsSync(path.join(deckDir, o)));
  const href = (file: string) => `${hrefBase}${file}`;
  return LINKS.flatMap(({ label, files }) => {
    if (label === 'Handout') return handoutLinks(outputs, href);
    const file = files.find((f) => outputs.includes(f));
    return file ? [{ label, href: href(file) }] : [];
  });
}

/** "2024-03-01 14:05" in the build machine's time zone. */
function shortTime(iso: string | undefined): string | undefined {
  if (!iso) return undefined;
  const t = new Date(iso);
  if (Number.isNaN(t.getTime())) return undefined;
  const two = (n: number) => String(n).padStart(2, '0');
  return `${t.getFullYear()}-${two(t.getMonth() + 1)}-${two(t.getDate())} ${two(t.getHours())}:${two(t.getMinutes())}`;
}

/** The deck's folder, relative to the output folder: <name>/, or where a merged report says it is. */
const folderOf = (deck: DeckReport) => deck.folder ?? encodeURIComponent(deck.name);

/** What the page shows of each deck; only files that exist are linked. */
export function indexData(report: BuildReport, outDir: string) {
  const decks = report.decks.map((d) => {
    const dir = path.join(outDir, decodeURIComponent(folderOf(d)));
    const base = `${folderOf(d)}/`;
    const thumbnail =
      d.outputs.includes(THUMBNAIL) && existsSync(path.join(dir, THUMBNAIL)) ? `${base}${THUMBNAIL}` : undefined;
    const where = [d.error?.file, d.error?.line].filter((x) => x !== undefined && x !== '').join(':');
    return {
      title: d.title || d.name,
      lang: d.lang,
      dir: d.dir,
      name: d.name,
      source: d.source,
      date: d.date,
      slides: d.slides || undefined,
      builtAt: shortTime(d.builtAt),
      builtIso: d.builtAt,
      ok: d.ok,
      error: d.ok ? undefined : `${where ? `${where}: ` : ''}${d.error?.message ?? 'failed'}`,
      thumbnail,
      present:
        d.outputs.includes('slides.html') && existsSync(path.join(dir, 'slides.html'))
          ? `${base}slides.html`
          : undefined,
      links: deckLinks(d, dir, base),
    };
  });
  return {
    builtAt: shortTime(report.startedAt),
    version: report.version,
    decks,
    count: decks.length,
    slides: decks.reduce((n, d) => n + (d.slides ?? 0), 0),
    failed: decks.filter((d) => !d.ok).length,
  };
}

/**
 * Writes index.html when it would change: its key is the site templates plus what the page shows. Only the
 * templates of site/ are loaded, so a deck template that does not compile never keeps the index from being written;
 * one of the index's own is thrown, naming the file and line.
 */
export async function writeCourseIndex(config: Readonly<Config>, report: BuildReport, siteHash: string): Promise<void> {
  const indexFile = path.join(config.outDir, 'index.html');
  const stampFile = path.join(config.outDir, INDEX_STAMP);
  const data = indexData(report, config.outDir);
  const { builtAt: _builtAt, ...content } = data;
  const key = cacheKey({ v: TOOL_VERSION, site: siteHash, content });
  if (existsSync(indexFile) && (await readFile(stampFile, 'utf8').catch(() => '')) === key) return;
  const { loadTemplates } = await import('../render/templates.js');
  const templates = loadTemplates(config.templatesDir, 'site');
  await writeAtomic(indexFile, templates.render('site/index', data));
  await writeAtomic(stampFile, key);
}
