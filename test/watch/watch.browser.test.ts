import { once } from 'node:events';
import { appendFileSync, existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveConfig, type Config } from '../../scripts/config.js';
import { STAMP_FILE } from '../../scripts/pipeline/cache.js';
import type { BuildReport } from '../../scripts/types.js';
import {
  affectedSources,
  mayAffectDecks,
  startWatch,
  type DeckWatcher,
  type RebuildEvent,
} from '../../scripts/watch/watch.js';
import { BLUE_PNG, RED_PNG, tempTree } from '../support/fixtures.js';
import { REPO_ROOT } from '../support/seeds.js';

// Two real lecture documents (the shortest seeds), a short Markdown deck with an image, and the real templates,
// in a temp project.
const SEEDS = ['kerjasama-antar-negara.txt', 'memperkuat-hubungan-dengan-mitra-internasional.txt'];
const [EDITED, OTHER] = SEEDS.map((s) => s.replace('.txt', '')) as [string, string];
const PICTURED = 'peta-konsep';
const REPO = REPO_ROOT;
const [RED, BLUE] = [RED_PNG, BLUE_PNG];

describe('watch mode', () => {
  let dir: string;
  let config: Readonly<Config>;
  let watcher: DeckWatcher;
  const lines: string[] = [];
  const source = (name: string) => path.join(dir, 'slides', `${name}.txt`);
  const output = (deck: string, file: string) => path.join(config.outDir, deck, file);
  const mtimes = (deck: string) =>
    Promise.all(['slides.html', 'slides.pdf', STAMP_FILE].map(async (f) => (await stat(output(deck, f))).mtimeMs));
  const nextRebuild = () => once(watcher, 'rebuild').then(([event]) => event as RebuildEvent);
  const report = async () =>
    JSON.parse(await readFile(path.join(config.outDir, 'build-report.json'), 'utf8')) as BuildReport;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'deckhand-watch-'));
    await mkdir(path.join(dir, 'slides'));
    await cp(path.join(REPO, 'templates'), path.join(dir, 'templates'), { recursive: true });
    for (const seed of SEEDS) await cp(path.join(REPO, 'slides', seed), path.join(dir, 'slides', seed));
    await cp(
      path.join(REPO, 'test', 'fixtures', 'watch', `${PICTURED}.md`),
      path.join(dir, 'slides', `${PICTURED}.md`),
    );
    await mkdir(path.join(dir, 'slides', 'images'));
    await writeFile(path.join(dir, 'slides', 'images', 'peta.png'), RED);
    config = resolveConfig({ root: dir, formats: ['html', 'pdf'], quiet: true });
    watcher = startWatch(config, { debounceMs: 100, log: (line) => lines.push(line) });
    const initial = await watcher.ready;
    expect(initial.decks.map((d) => [d.name, d.ok, d.error?.message])).toEqual(
      [EDITED, OTHER, PICTURED].map((d) => [d, true, undefined]),
    );
  });
  afterAll(async () => {
    await watcher?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('rebuilds only the deck whose source was edited, once for a burst of saves', async () => {
    const [edited, other] = await Promise.all([mtimes(EDITED), mtimes(OTHER)]);
    const event = nextRebuild();
    // An editor saving three times in quick succession: one rebuild.
    for (const word of ['Satu', 'kalimat', 'baru.']) appendFileSync(source(EDITED), ` ${word}`);
    const result = await event;
    expect(result.rebuilt).toEqual([EDITED]);
    expect(result.failed).toEqual([]);
    expect(result.changed).toEqual([source(EDITED)]);
    const after = await report();
    expect(after.decks.map((d) => [d.name, d.ok, d.skipped])).toEqual([
      [EDITED, true, false],
      [OTHER, true, true],
      [PICTURED, true, true],
    ]);
    expect(await mtimes(OTHER)).toEqual(other);
    (await mtimes(EDITED)).forEach((t, i) => expect(t).toBeGreaterThan(edited[i]!));
    expect(lines.some((l) => l.startsWith(`rebuilt ${EDITED} in `))).toBe(true);
  });

  it('keeps the last good outputs after a failed rebuild, and keeps watching', async () => {
    const good = await readFile(output(EDITED, 'slides.html'), 'utf8');
    const before = await mtimes(EDITED);
    const text = await readFile(source(EDITED));
    let event = nextRebuild();
    await writeFile(source(EDITED), Buffer.from([0x00, 0x01, 0x02]));
    const failed = await event;
    expect(failed.rebuilt).toEqual([EDITED]);
    expect(failed.failed.map((d) => [d.name, d.error?.file])).toEqual([[EDITED, `slides/${EDITED}.txt`]]);
    expect(failed.failed[0]!.error?.message).toMatch(/binary/);
    expect(lines.some((l) => l.startsWith(`✗ ${EDITED}: slides/${EDITED}.txt:1:`))).toBe(true);
    expect(await mtimes(EDITED)).toEqual(before);
    expect(await readFile(output(EDITED, 'slides.html'), 'utf8')).toBe(good);

    event = nextRebuild();
    await writeFile(source(EDITED), Buffer.concat([text, Buffer.from(' Diperbaiki.')]));
    const fixed = await event;
    expect(fixed.rebuilt).toEqual([EDITED]);
    expect(fixed.failed).toEqual([]);
  });

  it('rebuilds only the deck that uses an image when the image changes', async () => {
    const other = await mtimes(OTHER);
    const event = nextRebuild();
    await writeFile(path.join(dir, 'slides', 'images', 'peta.png'), BLUE);
    expect((await event).rebuilt).toEqual([PICTURED]);
    expect(await readFile(output(PICTURED, 'assets/slides_images_peta.png'))).toEqual(BLUE);
    expect(await mtimes(OTHER)).toEqual(other);
  });

  it('rebuilds every deck when a template changes, and survives a template that does not compile', async () => {
    const template = path.join(dir, 'templates', 'deck', 'deck.hbs');
    const good = await readFile(template, 'utf8');
    let event = nextRebuild();
    await writeFile(template, `${good}{{#if broken}}`);
    const broken = await event;
    expect(broken.failed.map((d) => [d.name, d.error?.file])).toEqual(
      [EDITED, OTHER, PICTURED].map((d) => [d, template]),
    );
    expect(await readFile(output(OTHER, 'slides.html'), 'utf8')).toContain('<html');
    event = nextRebuild();
    await writeFile(template, `${good}{{!-- edited --}}`);
    const fixed = await event;
    expect(fixed.failed).toEqual([]);
    expect(fixed.rebuilt.sort()).toEqual([EDITED, OTHER, PICTURED]);
  });
});

describe('affected sources', () => {
  const templates = '/p/templates';
  const sources = ['/p/slides/a.md', '/p/slides/b.md'];
  const images = new Map([['/p/img/x.png', new Set(['/p/slides/b.md'])]]);
  const affected = (changed: string[], known = new Set(sources)) =>
    affectedSources(changed, sources, known, images, templates);

  it('maps a source to itself, an image to the decks that use it, a template to all', () => {
    expect(affected(['/p/slides/a.md'])).toEqual(new Set(['/p/slides/a.md']));
    expect(affected(['/p/img/x.png'])).toEqual(new Set(['/p/slides/b.md']));
    expect(affected(['/p/templates/themes/deckhand.css'])).toEqual(new Set(sources));
  });

  it('looks at the inputs again only for a document, a picture in use or a template', () => {
    const may = (file: string) => mayAffectDecks([file], new Set(sources), images, templates);
    expect(may('/p/slides/new-lecture.qmd')).toBe(true);
    expect(may('/p/slides/a.md')).toBe(true);
    expect(may('/p/img/x.png')).toBe(true);
    expect(may('/p/templates/deck/slide.hbs')).toBe(true);
    expect(may('/p/slides/.a.md.swp')).toBe(false);
    expect(may('/p/slides/unused.png')).toBe(false);
  });

  it('ignores unrelated files but notices a deleted source', () => {
    expect(affected(['/p/slides/notes.docx'])).toBeUndefined();
    expect(affected(['/p/slides/gone.md'], new Set([...sources, '/p/slides/gone.md']))).toEqual(new Set());
  });
});

describe('watch mode stopped at once', () => {
  it('closes before its first build began (a busy port, Ctrl+C at start), building nothing', async () => {
    const dir = tempTree({ 'slides/a.md': '# A\n\nA first paragraph of text.\n' });
    const watcher = startWatch(resolveConfig({ root: dir, quiet: true }));
    const ready = watcher.ready.then(
      () => 'built',
      (error: Error) => error.message,
    );
    await watcher.close();
    expect(await ready).toBe('watch closed before its first build');
    expect(existsSync(path.join(dir, 'output'))).toBe(false);
  }, 10_000);
});
