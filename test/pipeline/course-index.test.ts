// The course page's content, for students: the course's title, a card per deck in natural or date order with links
// in a fixed order, only to files that exist; no failure, no source path, and nothing that loads from outside the
// output folder.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexData, writeCourseIndex } from '../../scripts/pipeline/course-index.js';
import { resolveConfig } from '../../scripts/config.js';
import type { BuildReport, DeckReport } from '../../scripts/types.js';
import { REPO_ROOT } from '../support/seeds.js';
import { RED_PNG, tempTree } from '../support/fixtures.js';

const ALL = [
  'slides.md',
  'slides.html',
  'slides.pdf',
  'thumbnail.png',
  'handout.html',
  'handout.pdf',
  'slides.pptx',
  'slides-images.pptx',
];
const files = (deck: string, names: string[]) =>
  Object.fromEntries(names.map((n) => [`output/${deck}/${n}`, n.endsWith('.png') ? RED_PNG : 'x']));

const root = tempTree({
  ...files('full', ALL),
  ...files('two-handouts', ['slides.md', 'slides.html', 'handout.pdf', 'handout-lines.pdf', 'handout-grid-6.pdf']),
  // Listed in the report, but deleted since: not linked.
  ...files('guided', ['slides.md', 'handout-guided.pdf', 'handout-guided-key.pdf', 'handout-guided-reading-key.pdf']),
  ...files('html-only', ['slides.html']),
  ...files('broken', ['slides.md']),
});
const outDir = path.join(root, 'output');
const deck = (name: string, outputs: string[], over: Partial<DeckReport> = {}): DeckReport => ({
  name,
  source: `slides/${name}.md`,
  title: `Deck ${name}`,
  ok: true,
  skipped: false,
  slides: 7,
  outputs,
  diagnostics: [],
  timings: {},
  builtAt: '2024-03-01T09:05:00.000Z',
  ...over,
});
const report: BuildReport = {
  version: '0.1.0',
  startedAt: '2024-03-01T09:05:00.000Z',
  durationMs: 1,
  decks: [
    deck('full', [...ALL].reverse(), { date: '1 Mar 2024' }),
    deck('two-handouts', ['slides.md', 'slides.html', 'handout.pdf', 'handout-lines.pdf', 'handout-grid-6.pdf']),
    deck('html-only', ['slides.md', 'slides.html', 'slides.pdf']),
    deck('broken', ['slides.md'], {
      ok: false,
      slides: 0,
      error: { message: 'front matter is not valid YAML', file: 'slides/broken.md', line: 4, chain: [] },
    }),
  ],
};

describe('the course index', () => {
  const data = indexData(report, outDir);
  const withMarkdown = indexData(report, outDir, { order: 'name', markdownLinks: true });
  const byName = (name: string) => data.decks.find((d) => d.name === name)!;

  it("links each deck's outputs in a fixed order, whatever order the report lists them in", () => {
    expect(byName('full').links.map((l) => l.label)).toEqual([
      'Present',
      'Slides PDF',
      'Handout',
      'PowerPoint',
      'PowerPoint (pictures)',
    ]);
    const full = withMarkdown.decks.find((d) => d.name === 'full')!;
    expect(full.links.map((l) => l.href)).toEqual([
      'full/slides.html',
      'full/slides.pdf',
      'full/handout.pdf',
      'full/slides.pptx',
      'full/slides-images.pptx',
      'full/slides.md',
    ]);
    expect(byName('two-handouts').links.map((l) => l.label)).toEqual([
      'Present',
      'Handout',
      'Handout (lines)',
      'Handout (grid-6)',
    ]);
  });

  it('links students to the guided notes, never to an answer key', () => {
    const guided = indexData(
      {
        ...report,
        decks: [
          deck('guided', [
            'slides.md',
            'handout-guided.pdf',
            'handout-guided-key.pdf',
            'handout-guided-reading-key.pdf',
          ]),
        ],
      },
      outDir,
    );
    expect(guided.decks[0]!.links).toEqual([{ label: 'Handout (guided)', href: 'guided/handout-guided.pdf' }]);
  });

  it('links the Markdown only when the course asks for it (course.markdownLinks)', () => {
    expect(data.decks.flatMap((d) => d.links).some((l) => l.label === 'Markdown')).toBe(false);
    expect(withMarkdown.decks.find((d) => d.name === 'full')!.links.at(-1)).toEqual({
      label: 'Markdown',
      href: 'full/slides.md',
    });
  });

  it('links only files that exist, and shows a thumbnail only when there is one', () => {
    expect(byName('html-only').links.map((l) => l.label)).toEqual(['Present']);
    expect(byName('html-only').thumbnail).toBeUndefined();
    expect(byName('full').thumbnail).toBe('full/thumbnail.png');
  });

  it("shows each deck's title, date, slide count and last build; a failed deck without a good build not at all", () => {
    expect(byName('full')).toMatchObject({
      title: 'Deck full',
      date: '1 Mar 2024',
      slides: 7,
      builtIso: '2024-03-01T09:05:00.000Z',
    });
    expect(byName('full').builtAt).toMatch(/^2024-03-0[12] \d\d:\d\d$/);
    expect(data.decks.map((d) => d.name)).not.toContain('broken');
    expect(data).toMatchObject({ count: 3, slides: 21 });
  });

  it('writes a page that loads nothing from outside the output folder', async () => {
    const config = resolveConfig({ root, outDir, templatesDir: path.join(REPO_ROOT, 'templates') });
    await writeCourseIndex(config, report, 'site-hash');
    const html = readFileSync(path.join(outDir, 'index.html'), 'utf8');
    expect(html).toContain('<img src="full/thumbnail.png"');
    // The lecturer's business, in the build report: failures and where the sources are.
    expect(html).not.toMatch(/front matter is not valid YAML|slides\/|✗/);
    expect(html).toContain('<title>Slides and handouts</title>');
    const urls = [...html.matchAll(/(?:src|href)="([^"]*)"|url\(([^)]*)\)|@import/g)].map((m) => m[1] ?? m[2] ?? m[0]);
    expect(urls.length).toBeGreaterThan(10);
    for (const url of urls) expect(url, url).toMatch(/^[\w-]+\/[\w.-]+$/);
    expect(html).not.toMatch(/<script|<link /);
  });
});

describe('the course index for students', () => {
  const lectures = ['lecture-10', 'lecture-2', 'lecture-1'];
  const tree = tempTree(Object.assign({}, ...lectures.map((n) => files(n, ['slides.html', 'slides.md']))));
  const dates: Record<string, string> = { 'lecture-10': '2024-03-04', 'lecture-1': '2024-03-11' };
  const decks = lectures.map((n) => deck(n, ['slides.html', 'slides.md'], { date: dates[n] }));
  const course = { ...report, decks };
  const out = path.join(tree, 'output');

  it('lists decks in natural order, lecture-2 before lecture-10, or by date with undated decks last', () => {
    expect(indexData(course, out).decks.map((d) => d.name)).toEqual(['lecture-1', 'lecture-2', 'lecture-10']);
    const byDate = indexData(course, out, { order: 'date', markdownLinks: false });
    expect(byDate.decks.map((d) => d.name)).toEqual(['lecture-10', 'lecture-1', 'lecture-2']);
  });

  it("titles the page with the course the decks' front matter names when the config names none", () => {
    const named = { ...course, decks: decks.map((d, i) => ({ ...d, course: i < 2 ? 'Statistik Dasar' : 'Other' })) };
    expect(indexData(named, out).title).toBe('Statistik Dasar');
    expect(indexData(named, out, { title: 'Statistics 101', order: 'name', markdownLinks: false }).title).toBe(
      'Statistics 101',
    );
  });

  it("titles the page with the course's title from the config", async () => {
    const config = resolveConfig({ root: tree, templatesDir: path.join(REPO_ROOT, 'templates') });
    await writeCourseIndex({ ...config, course: { ...config.course, title: 'Statistics 101' } }, course, 'site-hash');
    const html = readFileSync(path.join(out, 'index.html'), 'utf8');
    expect(html).toContain('<title>Statistics 101</title>');
    expect(html).toContain('<h1>Statistics 101</h1>');
  });

  it('shows a deck that failed this time as its last good build', () => {
    const again = tempTree({
      ...files('stats', ['slides.html']),
      'output/stats/.deckhand-build.json': JSON.stringify({
        key: 'k',
        title: 'Statistik',
        outputs: ['slides.html'],
        slides: 9,
        dependencies: [],
        templates: [],
        diagnostics: [],
      }),
    });
    const failed = deck('stats', [], { ok: false, slides: 0, error: { message: 'bad', chain: [] } });
    const shown = indexData({ ...report, decks: [failed] }, path.join(again, 'output')).decks;
    expect(shown.map((d) => [d.title, d.slides, d.links.map((l) => l.label)])).toEqual([['Statistik', 9, ['Present']]]);
  });
});
