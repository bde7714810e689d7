// output/index.html, the course page: a card per deck with its title slide, title, date, slide count and last build,
// and links to its outputs in a fixed order. Rendered only when its inputs changed, so a no-op build neither loads
// Handlebars nor touches the page. Everything it shows is a file in the output folder: nothing loads from elsewhere.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Config, CourseOptions } from '../config.js';
import { cacheKey } from '../disk/hash.js';
import { writeAtomic } from '../disk/write-atomic.js';
import type { BuildReport, DeckReport } from '../types.js';
import { CACHE_VERSION } from '../version.js';
import { readStamp } from './cache.js';
import { bySource, fromStamp } from './course-decks.js';

const DEFAULT_COURSE: CourseOptions = { order: 'name', markdownLinks: false };

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
  // Only when the course asks for it (course.markdownLinks): students want the slides, not their source.
  { label: 'Markdown', files: ['slides.md'] },
];

interface Link {
  label: string;
  href: string;
  /** Kept from an earlier build and made from an earlier version of the deck (kept-outputs.ts). */
  stale?: boolean;
}

/**
 * The handout links: "Handout" (the first layout asked for), then "Handout (lines)"... for the other layouts. An
 * answer key is never linked: the page is for students (the teacher finds the key in the deck's folder).
 */
function handoutLinks(outputs: string[]): { label: string; file: string }[] {
  const first = ['handout.pdf', 'handout.html'].find((f) => outputs.includes(f));
  const others = outputs
    .map((o) => /^handout-(.+)\.pdf$/.exec(o)?.[1])
    .filter((l): l is string => l !== undefined && !l.endsWith('-key'));
  return [
    ...(first ? [{ label: 'Handout', file: first }] : []),
    ...others.map((l) => ({ label: `Handout (${l})`, file: `handout-${l}.pdf` })),
  ];
}

/**
 * A deck's links in the fixed order, for the outputs that exist in `deckDir`: this build's and those kept from
 * earlier builds, a stale one saying it shows an earlier version.
 */
export function deckLinks(deck: DeckReport, deckDir: string, hrefBase: string, markdown = false): Link[] {
  const stale = new Set((deck.kept ?? []).filter((k) => k.stale).map((k) => k.file));
  const outputs = [...deck.outputs, ...(deck.kept ?? []).map((k) => k.file)].filter((o) =>
    existsSync(path.join(deckDir, o)),
  );
  const links = LINKS.flatMap(({ label, files }) => {
    if (label === 'Markdown' && !markdown) return [];
    if (label === 'Handout') return handoutLinks(outputs);
    const file = files.find((f) => outputs.includes(f));
    return file ? [{ label, file }] : [];
  });
  return links.map(({ label, file }) =>
    stale.has(file)
      ? { label: `${label}, earlier version`, href: `${hrefBase}${file}`, stale: true }
      : { label, href: `${hrefBase}${file}` },
  );
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

/**
 * The decks as students see them: a deck that failed this time shows its last good build (its stamp), or is left
 * out; the failure, like the source paths, is for the lecturer and stays in the build report.
 */
function shownDecks(report: BuildReport, outDir: string): { deck: DeckReport; dir: string }[] {
  return report.decks.flatMap((d) => {
    const dir = path.join(outDir, decodeURIComponent(folderOf(d)));
    if (d.ok) return [{ deck: d, dir }];
    const stamp = readStamp(dir);
    return stamp ? [{ deck: { ...fromStamp(d.name, stamp, d.source), folder: d.folder }, dir }] : [];
  });
}

/** Natural order of names (lecture-2 before lecture-10), or by date with undated decks after, in natural order. */
function ordered<T extends { name: string; source: string; date?: string }>(decks: T[], by: 'name' | 'date'): T[] {
  const byName = bySource;
  const time = (d: T) => (d.date ? Date.parse(d.date) : NaN);
  const byDate = (a: T, b: T) => {
    const [x, y] = [time(a), time(b)];
    if (Number.isNaN(x) || Number.isNaN(y))
      return Number.isNaN(x) === Number.isNaN(y) ? byName(a, b) : Number.isNaN(x) ? 1 : -1;
    return x - y || byName(a, b);
  };
  return [...decks].sort(by === 'date' ? byDate : byName);
}

/** The course the decks' front matter names, the one most of them name: the page's title when the config has none. */
function namedCourse(decks: DeckReport[]): string | undefined {
  const counts = new Map<string, number>();
  for (const d of decks) if (d.course) counts.set(d.course, (counts.get(d.course) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/** What the page shows of each deck; only files that exist are linked. */
export function indexData(report: BuildReport, outDir: string, course: Readonly<CourseOptions> = DEFAULT_COURSE) {
  const shown = shownDecks(report, outDir).map(({ deck: d, dir }) => {
    const base = `${folderOf(d)}/`;
    // A picture kept from an earlier build still shows the deck's title slide.
    const pictured = d.outputs.includes(THUMBNAIL) || d.kept?.some((k) => k.file === THUMBNAIL);
    const thumbnail = pictured && existsSync(path.join(dir, THUMBNAIL)) ? `${base}${THUMBNAIL}` : undefined;
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
      thumbnail,
      present:
        d.outputs.includes('slides.html') && existsSync(path.join(dir, 'slides.html'))
          ? `${base}slides.html`
          : undefined,
      links: deckLinks(d, dir, base, course.markdownLinks),
    };
  });
  const decks = ordered(shown, course.order).map(({ source: _source, ...deck }) => deck);
  return {
    title: course.title ?? namedCourse(report.decks) ?? 'Slides and handouts',
    builtAt: shortTime(report.startedAt),
    version: report.version,
    decks,
    count: decks.length,
    slides: decks.reduce((n, d) => n + (d.slides ?? 0), 0),
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
  const data = indexData(report, config.outDir, config.course);
  const { builtAt: _builtAt, ...content } = data;
  const key = cacheKey({ v: CACHE_VERSION, site: siteHash, content });
  if (existsSync(indexFile) && (await readFile(stampFile, 'utf8').catch(() => '')) === key) return;
  const { loadTemplates } = await import('../render/templates.js');
  const templates = loadTemplates(config.templatesDir, 'site');
  await writeAtomic(indexFile, templates.render('site/index', data));
  await writeAtomic(stampFile, key);
}
