// Bad input costs one clear message: the other decks still build, and nothing is read or fetched that should not be.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../../scripts/pipeline/build.js';
import { resolveConfig } from '../../scripts/config.js';
import { BrowserPool } from '../../scripts/browser/browser-pool.js';
import { tempTree } from '../support/fixtures.js';
import { REPO_ROOT } from '../support/seeds.js';

const templatesDir = path.join(REPO_ROOT, 'templates');
const GOOD = '# Kuliah\n\n## Satu\n\nIni adalah paragraf yang cukup panjang untuk menjadi satu poin di slide.\n';

const project = (files: Record<string, string | Uint8Array>) => tempTree(files, 'deckhand-fail-');

const configFor = (root: string, formats = 'html' as const) =>
  resolveConfig({ root, templatesDir, formats: [formats], quiet: true });

describe('a build with bad files', () => {
  it('names each bad file with its line and still builds the good one', async () => {
    const root = project({
      'slides/good.md': GOOD,
      'slides/empty.md': '  \n',
      'slides/binary.txt': new Uint8Array([0x47, 0x49, 0x46, 0x00, 0x01]),
      'slides/latin1.txt': new Uint8Array([0x4b, 0x61, 0x66, 0xe9, 0x0a]),
      'slides/yaml.md': '---\ntitle: [oops\n---\nText.\n',
      'slides/paper.md': '---\nhandout: { paper: a5 }\n---\nText.\n',
    });
    const report = await build(configFor(root));
    const byName = Object.fromEntries(report.decks.map((d) => [d.name, d]));
    expect(byName.good!.ok).toBe(true);
    expect(existsSync(path.join(root, 'output/good/slides.html'))).toBe(true);
    expect(byName.empty!.error).toMatchObject({ file: 'slides/empty.md', line: 1 });
    expect(byName.binary!.error?.message).toMatch(/binary/);
    expect(byName.latin1!.error).toMatchObject({ file: 'slides/latin1.txt', line: 1 });
    expect(byName.yaml!.error).toMatchObject({ file: 'slides/yaml.md' });
    expect(byName.yaml!.error!.line).toBeGreaterThanOrEqual(2);
    expect(byName.yaml!.error!.message).toMatch(/YAML/);
    expect(byName.paper!.error?.message).toMatch(/handout.*a4 \| letter/);
    const json = JSON.parse(readFileSync(path.join(root, 'output/build-report.json'), 'utf8'));
    expect(json.decks.filter((d: { ok: boolean }) => !d.ok)).toHaveLength(5);
  });

  it('refuses images outside the project and remote images, without reading or fetching them', async () => {
    const root = project({
      'slides/pics.md':
        '# Gambar\n\n![a](../../../../etc/passwd)\n\n![b](/etc/hostname)\n\n![c](https://example.com/x.png)\n\n![d](file:///etc/passwd)\n',
    });
    const report = await build(configFor(root));
    const deck = report.decks[0]!;
    expect(deck.ok).toBe(true);
    const refused = deck.diagnostics.filter((d) => d.code === 'image');
    expect(refused.map((d) => d.text)).toEqual([
      '../../../../etc/passwd',
      '/etc/hostname',
      'https://example.com/x.png',
      'file:///etc/passwd',
    ]);
    expect(refused.every((d) => d.file === 'slides/pics.md' && d.line > 1)).toBe(true);
    // Each refused image is a placeholder card drawn by deckhand: nothing was copied from outside the project.
    expect(
      readdirSync(path.join(root, 'output/pics/assets')).every((f) => /^placeholder-[0-9a-f]{12}\.svg$/.test(f)),
    ).toBe(true);
    const html = readFileSync(path.join(root, 'output/pics/slides.html'), 'utf8');
    expect(html).not.toMatch(/<img[^>]+(passwd|hostname|example\.com)/);
    expect(html).not.toMatch(/url\(["']?(file:|\/etc|https?:\/\/example)/);
  });

  it('copies a local image beside the deck', async () => {
    const root = project({
      'slides/k/index.md': '# K\n\n## A\n\n![Peta](img/peta.png)\n',
      'slides/k/img/peta.png': new Uint8Array([0x89, 0x50]),
    });
    const report = await build(configFor(root));
    expect(report.decks[0]!.ok).toBe(true);
    expect(existsSync(path.join(root, 'output/k/assets/slides_k_img_peta.png'))).toBe(true);
  });

  it('without Chrome writes Markdown and HTML, skips PDFs and fails with a hint', async () => {
    const root = project({ 'slides/good.md': GOOD });
    const config = resolveConfig({ root, templatesDir, quiet: true });
    await using pool = new BrowserPool(1, { executable: null });
    const report = await build(config, { pool });
    const deck = report.decks[0]!;
    expect(deck.ok).toBe(false);
    expect(deck.error?.browserMissing).toBe(true);
    expect(deck.error?.message).toMatch(/apt-get install -y chromium-headless-shell|CHROME_PATH/);
    expect(deck.outputs).toEqual(expect.arrayContaining(['slides.md', 'slides.html', 'handout.html']));
    expect(existsSync(path.join(root, 'output/good/slides.pdf'))).toBe(false);
  });

  it('reports a broken template by file and line for every deck', async () => {
    const root = project({ 'slides/good.md': GOOD, 'templates/deck/deck.hbs': '{{#each slides}}\n{{/if}}\n' });
    const report = await build(resolveConfig({ root, quiet: true, formats: ['html'] }));
    expect(report.decks[0]!.ok).toBe(false);
    expect(report.decks[0]!.error?.file).toBe(path.join(root, 'templates/deck/deck.hbs'));
  });
});
