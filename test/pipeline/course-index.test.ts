// The course page's content: a card per deck with links in a fixed order, only to files that exist, and nothing
// that loads from outside the output folder.
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
  const byName = (name: string) => data.decks.find((d) => d.name === name)!;

  it("links each deck's outputs in a fixed order, whatever order the report lists them in", () => {
    expect(byName('full').links.map((l) => l.label)).toEqual([
      'Present',
      'Slides PDF',
      'Handout',
      'PowerPoint',
      'PowerPoint (pictures)',
      'Markdown',
    ]);
    expect(byName('full').links.map((l) => l.href)).toEqual([
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
      'Markdown',
    ]);
  });

  it('links only files that exist, and shows a thumbnail only when there is one', () => {
    expect(byName('html-only').links.map((l) => l.label)).toEqual(['Present']);
    expect(byName('html-only').thumbnail).toBeUndefined();
    expect(byName('full').thumbnail).toBe('full/thumbnail.png');
  });

  it("shows each deck's title, date, slide count and last build, and a failed deck's error", () => {
    expect(byName('full')).toMatchObject({
      title: 'Deck full',
      date: '1 Mar 2024',
      slides: 7,
      builtIso: '2024-03-01T09:05:00.000Z',
    });
    expect(byName('full').builtAt).toMatch(/^2024-03-0[12] \d\d:\d\d$/);
    expect(byName('broken')).toMatchObject({ ok: false, error: 'slides/broken.md:4: front matter is not valid YAML' });
    expect(data).toMatchObject({ count: 4, slides: 21, failed: 1 });
  });

  it('writes a page that loads nothing from outside the output folder', async () => {
    const config = resolveConfig({ root, outDir, templatesDir: path.join(REPO_ROOT, 'templates') });
    await writeCourseIndex(config, report, 'site-hash');
    const html = readFileSync(path.join(outDir, 'index.html'), 'utf8');
    expect(html).toContain('<img src="full/thumbnail.png"');
    expect(html).toContain('✗ slides/broken.md:4: front matter is not valid YAML');
    const urls = [...html.matchAll(/(?:src|href)="([^"]*)"|url\(([^)]*)\)|@import/g)].map((m) => m[1] ?? m[2] ?? m[0]);
    expect(urls.length).toBeGreaterThan(10);
    for (const url of urls) expect(url, url).toMatch(/^[\w-]+\/[\w.-]+$/);
    expect(html).not.toMatch(/<script|<link /);
  });
});
