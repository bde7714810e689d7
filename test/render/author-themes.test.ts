// An author's deck in its own theme: Marp's default, gaia and uncover work as themselves; a theme CSS beside the
// deck, in a themes/ folder or named by the config's themeSet is used, from inside the project only; a theme that
// cannot be found falls back to deckhand's, with a warning at the line that names it. A deck never fails for its theme.
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { resolveConfig } from '../../scripts/config.js';
import { loadBuildAssets } from '../../scripts/pipeline/build-context.js';
import { readDocument, renderSource } from '../../scripts/pipeline/phases.js';
import { findAuthorThemes } from '../../scripts/render/marp/author-themes.js';
import { sourceAt } from '../support/documents.js';
import { tempTree } from '../support/fixtures.js';

const theme = (name: string, extra = '') =>
  `/* @theme ${name} */\n@import 'default';\nsection { background: #fdf6e3; }${extra}\n`;
const deck = (name: string) => `---\nmarp: true\ntitle: T\ntheme: ${name}\n---\n\n# One\n\n---\n\n# Two\n`;

const root = tempTree({
  'slides/beside.md': deck('my-university'),
  'slides/my-university.css': theme('my-university'),
  'slides/folder.md': deck('lab'),
  'slides/themes/lab.css': theme('lab'),
  'slides/set.md': deck('course'),
  'styles/course.css': theme('course'),
  'slides/builtin.md': deck('gaia'),
  'slides/missing.md': deck('nowhere'),
  'slides/plain.css': 'section { color: red; }\n',
  'slides/deckhand-again.css': theme('deckhand'),
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const config = resolveConfig({ root, quiet: true, themeSet: ['styles'] });

async function render(file: string) {
  const assets = await loadBuildAssets(config, [path.join(root, 'slides')]);
  const ctx = { config, ...assets };
  const source = sourceAt(`slides/${file}`, root);
  return { ...renderSource(source, ctx), read: readDocument(source, ctx), notes: assets.notes };
}

describe("an author's theme", () => {
  it.each([
    ['beside.md', 'my-university'],
    ['folder.md', 'lab'],
    ['set.md', 'course'],
    ['builtin.md', 'gaia'],
  ])('%s is drawn in its own theme, %s', async (file, name) => {
    const { deck, read } = await render(file);
    expect(deck.plan.meta.theme).toBe(name);
    expect(deck.marpMarkdown).toContain(`theme: "${name}"`);
    expect(deck.slideHtml[0]).toContain(`data-theme="${name}"`);
    expect(read.doc.diagnostics.filter((d) => d.code === 'theme')).toEqual([]);
    if (name !== 'gaia') expect(deck.css).toContain('#fdf6e3');
  });

  it("makes the deck depend on its theme's file, as on its pictures", async () => {
    const { read } = await render('beside.md');
    expect(read.dependencies).toContain(path.join(root, 'slides', 'my-university.css'));
  });

  it("falls back to deckhand's theme, with a warning at the theme's line, when it cannot be found", async () => {
    const { deck, read } = await render('missing.md');
    expect(deck.plan.meta.theme).toBe('deckhand');
    expect(read.doc.diagnostics.filter((d) => d.code === 'theme')).toMatchObject([
      {
        file: 'slides/missing.md',
        line: 4,
        severity: 'warning',
        message: expect.stringMatching(/"nowhere" not found/),
      },
    ]);
  });

  it("reads no file outside the project, and no CSS without a @theme name, nor one taking deckhand's name", () => {
    const found = findAuthorThemes(root, ['../elsewhere', 'styles'], [path.join(root, 'slides')], ['deckhand']);
    expect(found.themes.map((t) => t.name).sort()).toEqual(['course', 'lab', 'my-university']);
    expect(found.notes.map((n) => n.message)).toEqual([
      expect.stringMatching(/outside the project; not read/),
      expect.stringMatching(/"deckhand" has the name of deckhand's own theme/),
    ]);
  });

  it('searches no source folder outside the project for themes, and says nothing of themeSet for it', () => {
    const found = findAuthorThemes(root, [], [path.resolve(root, '..', 'notes')], ['deckhand']);
    expect(found.notes).toEqual([]);
  });

  it('is left out, with a note, when Marp cannot read it; its deck uses deckhand', async () => {
    writeFileSync(path.join(root, 'slides', 'broken.css'), '/* @theme broken */\nsection { color: red;\n');
    writeFileSync(path.join(root, 'slides', 'broken.md'), deck('broken'));
    const { deck: built, notes, read } = await render('broken.md');
    expect(notes.filter((n) => n.file === 'slides/broken.css')).toMatchObject([
      {
        severity: 'warning',
        message: expect.stringMatching(/"broken" cannot be read by Marp/),
      },
    ]);
    expect(built.plan.meta.theme).toBe('deckhand');
    expect(read.doc.diagnostics.filter((d) => d.code === 'theme')).toHaveLength(1);
  });
});
