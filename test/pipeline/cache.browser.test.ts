import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { appendFile, cp, mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../scripts/pipeline/build.js';
import { resolveConfig, type Config } from '../../scripts/config.js';
import { checkFresh, deckKey, hashTemplates, STAMP_FILE, templatesKey } from '../../scripts/pipeline/cache.js';
import type { BuildReport } from '../../scripts/types.js';
import { BLUE_PNG, RED_PNG } from '../support/fixtures.js';
import { REPO_ROOT } from '../support/seeds.js';

// Two real lecture documents (the shortest seeds) and the real templates, in a temp project.
const SEEDS = ['kerjasama-antar-negara.txt', 'memperkuat-hubungan-dengan-mitra-internasional.txt'];
const DECKS = SEEDS.map((s) => s.replace('.txt', ''));
const REPO = REPO_ROOT;

async function makeProject(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'deckhand-cache-'));
  await mkdir(path.join(dir, 'slides'));
  await cp(path.join(REPO, 'templates'), path.join(dir, 'templates'), { recursive: true });
  for (const seed of SEEDS) await cp(path.join(REPO, 'slides', seed), path.join(dir, 'slides', seed));
  return dir;
}

const rebuilt = (report: BuildReport) =>
  report.decks
    .filter((d) => !d.skipped)
    .map((d) => d.name)
    .sort();
const mtime = async (file: string) => (await stat(file)).mtimeMs;

describe('incremental builds', () => {
  let dir: string;
  let config: Readonly<Config>;
  const html = (deck: string) => path.join(config.outDir, deck, 'slides.html');

  beforeAll(async () => {
    dir = await makeProject();
    // HTML only keeps these builds short; the cache does not care which formats are asked for.
    config = resolveConfig({ root: dir, formats: ['html'], quiet: true });
    const first = await build(config);
    expect(first.decks.map((d) => [d.name, d.ok, d.error?.message])).toEqual(DECKS.map((d) => [d, true, undefined]));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('skips every deck when nothing changed, without touching their files or the index', async () => {
    const before = await Promise.all([...DECKS.map(html), path.join(config.outDir, 'index.html')].map(mtime));
    const report = await build(config);
    expect(rebuilt(report)).toEqual([]);
    expect(report.decks.every((d) => d.ok && d.slides > 0 && d.outputs.includes('slides.html'))).toBe(true);
    expect(await Promise.all([...DECKS.map(html), path.join(config.outDir, 'index.html')].map(mtime))).toEqual(before);
  });

  it('rebuilds only the deck whose source changed', async () => {
    await appendFile(path.join(dir, 'slides', SEEDS[0]!), '\nSatu kalimat baru untuk kuliah hari ini.\n');
    expect(rebuilt(await build(config))).toEqual([DECKS[0]]);
  });

  it('rebuilds every deck when a deck template changes', async () => {
    await appendFile(path.join(dir, 'templates', 'deck', 'deck.hbs'), '{{!-- edited --}}');
    expect(rebuilt(await build(config))).toEqual(DECKS);
    expect(rebuilt(await build(config))).toEqual([]);
  });

  it('re-renders only the index when the index template changes', async () => {
    const index = path.join(config.outDir, 'index.html');
    await appendFile(path.join(dir, 'templates', 'site', 'index.hbs'), '\n<!-- edited index -->\n');
    expect(rebuilt(await build(config))).toEqual([]);
    expect(await readFile(index, 'utf8')).toContain('<!-- edited index -->');
  });

  it('rebuilds every deck with force', async () => {
    expect(rebuilt(await build({ ...config, force: true }))).toEqual(DECKS);
  });

  it('rebuilds a deck whose output was deleted, and everything after output/ is deleted', async () => {
    await rm(html(DECKS[1]!));
    expect(rebuilt(await build(config))).toEqual([DECKS[1]]);
    await rm(config.outDir, { recursive: true });
    const report = await build(config);
    expect(rebuilt(report)).toEqual(DECKS);
    expect(report.decks.every((d) => d.ok)).toBe(true);
    await Promise.all(
      [...DECKS.map(html), path.join(config.outDir, 'index.html'), path.join(config.outDir, DECKS[0]!, STAMP_FILE)].map(
        (f) => stat(f),
      ),
    );
  });

  it('keeps the handouts a plain rebuild was not asked for, stale once the deck changes, and removes them with --clean', async () => {
    const deckDir = path.join(config.outDir, DECKS[0]!);
    const handouts = ['handout.html', 'handout.pdf'];
    const keptOf = (report: BuildReport) =>
      report.decks
        .find((d) => d.name === DECKS[0])!
        .kept?.map((k) => [k.file, k.stale])
        .sort();
    const page = () => readFile(path.join(config.outDir, 'index.html'), 'utf8');
    await build({ ...config, formats: ['html', 'handout'] });
    // Built a minute ago and not asked for now: still there, and current, since the deck did not change.
    const plain = await build(config);
    for (const f of handouts) expect(existsSync(path.join(deckDir, f))).toBe(true);
    expect(keptOf(plain)).toEqual(handouts.map((f) => [f, false]));
    expect(await page()).toContain(`href="${DECKS[0]}/handout.pdf">Handout</a>`);
    // The deck changes: the handouts are kept, marked stale in the report and on the course page.
    await appendFile(path.join(dir, 'slides', SEEDS[0]!), '\nKalimat lain untuk kuliah berikutnya.\n');
    expect(keptOf(await build(config))).toEqual(handouts.map((f) => [f, true]));
    const unchanged = await build(config);
    expect(rebuilt(unchanged)).toEqual([]);
    expect(keptOf(unchanged)).toEqual(handouts.map((f) => [f, true]));
    expect(await page()).toMatch(
      new RegExp(`href="${DECKS[0]}/handout.pdf" class="stale"[^>]*>Handout, earlier version<`),
    );
    // Only --clean deletes them.
    const cleaned = await build({ ...config, clean: true });
    expect(cleaned.decks.find((d) => d.name === DECKS[0])!.removed?.sort()).toEqual(handouts);
    expect(
      readdirSync(deckDir)
        .filter((f) => !f.startsWith('.'))
        .sort(),
    ).toEqual(['slides.html', 'slides.md']);
    expect(rebuilt(await build({ ...config, clean: true }))).toEqual([]);
  });

  it('rebuilds when an output-shaping option changes', async () => {
    const strict = { ...config, budgets: { ...config.budgets, bullets: 3 } };
    expect(rebuilt(await build(strict))).toEqual(DECKS);
    expect(rebuilt(await build(config))).toEqual(DECKS);
  });
});

describe('cache keys', () => {
  it('ignore the order of formats but not the formats', () => {
    const config = resolveConfig({ root: REPO, formats: ['pdf', 'html'] });
    const same = deckKey('s', 't', [], config);
    expect(deckKey('s', 't', [], { ...config, formats: ['html', 'pdf'] })).toBe(same);
    expect(deckKey('s', 't', [], { ...config, formats: ['html'] })).not.toBe(same);
    expect(deckKey('s', 't', ['missing'], config)).not.toBe(same);
  });

  it('cover the templates a deck used, the shared files, and never the index template', async () => {
    const dir = await makeProject();
    const templates = path.join(dir, 'templates');
    const used = ['deck/deck.hbs', 'themes/deckhand.css'];
    try {
      const before = await hashTemplates(templates);
      await appendFile(path.join(templates, 'site', 'index.hbs'), 'x');
      const index = await hashTemplates(templates);
      expect(templatesKey(index, used)).toBe(templatesKey(before, used));
      expect(index.site).not.toBe(before.site);
      await appendFile(path.join(templates, 'themes', 'deckhand.css'), '/* x */');
      const theme = await hashTemplates(templates);
      expect(templatesKey(theme, used)).not.toBe(templatesKey(index, used));
      expect(templatesKey(theme, ['deck/deck.hbs'])).toBe(templatesKey(index, ['deck/deck.hbs']));
      expect(templatesKey(theme, ['deck/gone.hbs'])).not.toBe(templatesKey(theme, []));
      // A file no deck can be shown to use or not is part of every key.
      await writeFile(path.join(templates, 'logo.svg'), '<svg/>');
      expect(templatesKey(await hashTemplates(templates), [])).not.toBe(templatesKey(theme, []));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('find nothing fresh without a stamp', async () => {
    const config = resolveConfig({ root: REPO, outDir: path.join(os.tmpdir(), 'deckhand-no-such-output') });
    expect(
      await checkFresh(
        { path: path.join(REPO, 'slides', SEEDS[0]!), name: DECKS[0]! },
        config,
        await hashTemplates(config.templatesDir),
      ),
    ).toBeUndefined();
  });
});

describe('per-deck template dependencies', () => {
  // Two small lectures: one in the default theme with the notes handout, one in a theme of its own (which
  // imports the default) with a table and the grid handout.
  const PLAIN = [
    '---',
    'title: Diplomasi',
    '---',
    '',
    '# Diplomasi',
    '',
    '## Pengertian',
    '',
    '- Diplomasi adalah seni berunding',
    '- Dilakukan oleh diplomat',
    '',
  ].join('\n');
  const STYLED = [
    '---',
    'title: Kerja sama',
    'theme: mine',
    'handout:',
    '  layouts: [grid-4]',
    '---',
    '',
    '# Kerja sama',
    '',
    '## Mitra',
    '',
    '| Negara | Bidang |',
    '|---|---|',
    '| Jepang | Ekonomi |',
    '| Australia | Pendidikan |',
    '',
  ].join('\n');
  let dir: string;
  let config: Readonly<Config>;
  const edit = (file: string) =>
    appendFile(path.join(dir, 'templates', file), file.endsWith('.hbs') ? '{{!-- edited --}}' : '\n/* edited */\n');

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'deckhand-deps-'));
    await cp(path.join(REPO, 'templates'), path.join(dir, 'templates'), { recursive: true });
    await writeFile(
      path.join(dir, 'templates', 'themes', 'mine.css'),
      "/* @theme mine */\n@import 'deckhand';\nsection { background: #fffdf5; }\n",
    );
    await mkdir(path.join(dir, 'slides'));
    await writeFile(path.join(dir, 'slides', 'plain.md'), PLAIN);
    await writeFile(path.join(dir, 'slides', 'styled.md'), STYLED);
    config = resolveConfig({ root: dir, formats: ['html', 'handout'], quiet: true });
    const first = await build(config);
    expect(first.decks.map((d) => [d.name, d.ok, d.error?.message])).toEqual([
      ['plain', true, undefined],
      ['styled', true, undefined],
    ]);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('records in each stamp the templates, themes and style sheet the deck was made with', () => {
    const used = (deck: string) =>
      JSON.parse(readFileSync(path.join(config.outDir, deck, STAMP_FILE), 'utf8')).templates as string[];
    expect(used('plain')).toEqual(
      expect.arrayContaining([
        'deck/deck.hbs',
        'handout/handout.css',
        'handout/layout-notes.hbs',
        'themes/deckhand.css',
      ]),
    );
    expect(used('plain')).not.toEqual(expect.arrayContaining(['themes/mine.css']));
    expect(used('plain').some((f) => f === 'deck/table-slide.hbs' || f === 'handout/layout-grid.hbs')).toBe(false);
    expect(used('styled')).toEqual(
      expect.arrayContaining([
        'deck/table-slide.hbs',
        'handout/layout-grid.hbs',
        'themes/deckhand.css',
        'themes/mine.css',
      ]),
    );
  });

  it('rebuilds only the decks that use a theme, counting the themes that import it', async () => {
    await edit('themes/mine.css');
    expect(rebuilt(await build(config))).toEqual(['styled']);
    await edit('themes/deckhand.css');
    expect(rebuilt(await build(config))).toEqual(['plain', 'styled']);
  });

  it('rebuilds only the decks whose slides or handouts use an edited template', async () => {
    await edit('deck/table-slide.hbs');
    expect(rebuilt(await build(config))).toEqual(['styled']);
    await edit('handout/layout-notes.hbs');
    expect(rebuilt(await build(config))).toEqual(['plain']);
    await edit('handout/handout.css');
    expect(rebuilt(await build(config))).toEqual(['plain', 'styled']);
  });

  it('rebuilds no deck for a new theme or template that no deck uses yet', async () => {
    await writeFile(
      path.join(dir, 'templates', 'themes', 'unused.css'),
      '/* @theme unused */\nsection { color: red; }\n',
    );
    expect(rebuilt(await build(config))).toEqual([]);
  });
});

describe('an edit to the speaker notes only', () => {
  // The edit a lecturer makes before class: a remark added to a long paragraph, which the slide shows condensed
  // (to its key sentence) and the notes show whole.
  const notesEdit = (text: string) => {
    const lines = text.split('\n');
    const longest = lines.reduce((best, line, i) => (line.length > lines[best]!.length ? i : best), 0);
    lines[longest] = lines[longest]!.replace(/\.?\s*$/, '. Hal ini sebagaimana dibahas di kelas.');
    return lines.join('\n');
  };
  let dir: string;
  let config: Readonly<Config>;
  let source: string;
  let first: BuildReport;
  const out = (name: string) => path.join(config.outDir, DECKS[0]!, name);
  const editSource = async (edit: (text: string) => string) => writeFile(source, edit(await readFile(source, 'utf8')));

  beforeAll(async () => {
    dir = await makeProject();
    source = path.join(dir, 'slides', SEEDS[0]!);
    config = resolveConfig({ root: dir, inputs: [`slides/${SEEDS[0]}`], formats: ['html', 'pdf'], quiet: true });
    first = await build(config);
    expect(first.decks[0]?.ok).toBe(true);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('keeps slides.pdf and the measurements, and makes the HTML again with the new notes', async () => {
    const [pdf, html] = [await mtime(out('slides.pdf')), await mtime(out('slides.html'))];
    await editSource(notesEdit);
    const report = await build(config);
    expect(rebuilt(report)).toEqual([DECKS[0]]);
    expect(report.decks[0]!.timings.measure).toBeUndefined();
    expect(report.decks[0]!.measurements).toEqual(first.decks[0]!.measurements);
    expect(report.decks[0]!.outputs).toContain('slides.pdf');
    expect(await mtime(out('slides.pdf'))).toBe(pdf);
    expect(await mtime(out('slides.html'))).not.toBe(html);
    expect(await readFile(out('slides.html'), 'utf8')).toContain('sebagaimana dibahas di kelas');
  });

  it('measures and prints again when a slide changes, when slides.pdf is gone, and with --force', async () => {
    const pdf = await mtime(out('slides.pdf'));
    await editSource((text) => text.replace('Kerjasama Antar Negara', 'Kerja Sama Antarnegara'));
    const retitled = await build(config);
    expect(retitled.decks[0]!.timings.measure).toBeGreaterThan(0);
    expect(await mtime(out('slides.pdf'))).not.toBe(pdf);
    await rm(out('slides.pdf'));
    expect((await build(config)).decks[0]!.timings.measure).toBeGreaterThan(0);
    expect(existsSync(out('slides.pdf'))).toBe(true);
    expect((await build({ ...config, force: true })).decks[0]!.timings.measure).toBeGreaterThan(0);
  });

  it('prints slides.pdf again when a picture changes under the same name', async () => {
    await mkdir(path.join(dir, 'pictured'));
    await writeFile(path.join(dir, 'pictured', 'peta.png'), RED_PNG);
    await writeFile(
      path.join(dir, 'pictured', 'peta.md'),
      '# Peta\n\n## Kawasan\n\n![Peta kawasan](peta.png)\n\n- Asia Tenggara\n',
    );
    const pictured = { ...config, inputs: ['pictured/peta.md'] };
    expect((await build(pictured)).decks[0]?.ok).toBe(true);
    const pdf = path.join(config.outDir, 'peta', 'slides.pdf');
    const before = await mtime(pdf);
    await writeFile(path.join(dir, 'pictured', 'peta.png'), BLUE_PNG);
    expect((await build(pictured)).decks[0]!.timings.measure).toBeGreaterThan(0);
    expect(await mtime(pdf)).not.toBe(before);
  });
});
