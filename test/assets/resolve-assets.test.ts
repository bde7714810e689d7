// The asset policy over a whole document: wherever an image stands (alone, in a sentence, a list, a table, a
// quote, a callout or its title, a figure's caption, raw HTML), it is copied or drawn as a placeholder card, with a
// warning at its line; copies and cards are listed once each. No disk: `exists` is a list of files.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { resolveAssets } from '../../scripts/assets/resolve-assets.js';
import { modelOf, sourceOf } from '../support/documents.js';

const ROOT = '/p';
const FILES = new Set(['/p/slides/img/peta.png', '/etc/secret.png']);
const PETA = { from: '/p/slides/img/peta.png', to: 'assets/slides_img_peta.png' };

/** The document `# T`, `## S`, then `body`, at /p/slides/k.md, its images resolved. */
function resolve(body: string, allowRemote = false) {
  const doc = modelOf(sourceOf(`# T\n\n## S\n\n${body}`, 'slides/k.md', ROOT));
  return resolveAssets(
    doc,
    ROOT,
    allowRemote,
    (abs) => FILES.has(abs),
    (abs) => abs,
  );
}
const shown = (result: ReturnType<typeof resolve>) => JSON.stringify(result.doc.sections);

describe('resolveAssets: an image inside the project is copied beside the deck, wherever it stands', () => {
  it.each([
    ['alone', '![Peta](img/peta.png)'],
    ['in a sentence', 'The map ![Peta](img/peta.png) is here.'],
    ['in a nested list item', '- one\n  - two ![Peta](img/peta.png)'],
    ['in a table cell', '| a | b |\n|---|---|\n| x | ![Peta](img/peta.png) |'],
    ['in a quote', '> See ![Peta](img/peta.png).'],
    ['in a callout', '> [!NOTE]\n> ![Peta](img/peta.png)'],
    ["in a callout's title", ':::{note} The ![Peta](img/peta.png) map\nText.\n:::'],
    ['in an exercise', ':::{exercise} Try\n![Peta](img/peta.png)\n:::'],
    ["in a figure's caption", ':::{figure} img/peta.png\n:alt: Peta\n\nCaption with ![icon](img/peta.png).\n:::'],
    ['as raw HTML', '<img src="img/peta.png" alt="Peta">'],
  ])('%s', (_, body) => {
    const result = resolve(body);
    expect(result.copies).toEqual([PETA]);
    expect(shown(result)).toContain('assets/slides_img_peta.png');
    expect(shown(result)).not.toMatch(/[("]img\/peta\.png/);
    expect(result.placeholders).toEqual([]);
    expect(result.doc.diagnostics).toEqual([]);
  });
});

describe('resolveAssets: an image the deck cannot show is a placeholder card, with a warning at its line', () => {
  it.each([
    ['missing', '![Gone](img/gone.png)', 'img/gone.png', 'image img/gone.png not found'],
    ['outside the project', '![Secret](../../etc/secret.png)', '../../etc/secret.png', /is outside the project/],
    ['remote', '![Web](https://example.org/a.png)', 'https://example.org/a.png', /^remote image .* not loaded/],
    ['of another scheme', '![x](javascript:alert(1))', 'javascript:alert(1)', /scheme not allowed/],
  ])('%s', (_, body, src, message) => {
    const result = resolve(`Text.\n\n${body}`);
    const [card] = result.placeholders;
    expect(result.placeholders).toHaveLength(1);
    expect(card!.to).toMatch(/^assets\/placeholder-[0-9a-f]{12}\.svg$/);
    expect(shown(result)).toContain(card!.to);
    expect(result.copies).toEqual([]);
    expect(result.doc.diagnostics).toHaveLength(1);
    expect(result.doc.diagnostics[0]).toMatchObject({
      file: 'slides/k.md',
      line: 7,
      severity: 'warning',
      code: 'image',
      text: src,
    });
    expect(result.doc.diagnostics[0]!.message).toMatch(message);
  });

  it('marks a card that stands alone as a placeholder', () => {
    const block = resolve('![Gone](img/gone.png)').doc.sections[0]!.blocks[0];
    expect(block).toMatchObject({ type: 'image', placeholder: true, alt: 'Gone' });
  });
});

describe('resolveAssets: an image in a sentence that cannot be shown gives way to its alt text', () => {
  it.each([
    [
      'a badge in a link',
      'Start a [![GitHub Codespace](https://img.shields.io/b.svg)](https://x.org/new) now.',
      'Start a [GitHub Codespace](https://x.org/new) now.',
    ],
    ['in a list item', '- Open ![the menu icon](img/menu.png) and choose Save', 'Open the menu icon and choose Save'],
    ['of another scheme', 'See ![x](javascript:alert(1)) here.', 'See x here.'],
  ])('%s', (_, body, markdown) => {
    const result = resolve(body);
    expect(shown(result)).toContain(JSON.stringify(markdown).slice(1, -1));
    expect(result.placeholders).toEqual([]);
    expect(result.doc.diagnostics).toHaveLength(1);
  });

  it('keeps the card for a picture standing alone in its item, or without alt text', () => {
    expect(resolve('- ![Diagram](https://example.org/d.png)').placeholders).toHaveLength(1);
    expect(resolve('See ![](https://example.org/d.png) here.').placeholders).toHaveLength(1);
  });
});

describe('resolveAssets: what it lists', () => {
  it('copies a file used twice once, and writes a card drawn twice once', () => {
    const result = resolve('![a](img/peta.png)\n\nAnd ![b](img/peta.png).\n\n![G](img/gone.png)\n\n![G](img/gone.png)');
    expect(result.copies).toEqual([PETA]);
    expect(result.placeholders).toHaveLength(1);
    expect(result.doc.diagnostics).toHaveLength(2);
  });

  it('keeps a remote image the project allows, copying nothing', () => {
    const result = resolve('![Web](https://example.org/a.png)', true);
    expect(shown(result)).toContain('"src":"https://example.org/a.png"');
    expect([result.copies, result.placeholders, result.doc.diagnostics]).toEqual([[], [], []]);
  });

  it('depends on every local file it looked for inside the project, a missing one too, and none outside', () => {
    const result = resolve(
      'See ![a](img/peta.png), ![b](img/gone.png), ![c](../../etc/secret.png) and ![d](https://x.org/d.png).',
    );
    expect(result.dependencies).toEqual(['/p/slides/img/peta.png', '/p/slides/img/gone.png']);
  });
});

describe('resolveAssets: links and names, on disk', () => {
  const base = mkdtempSync(path.join(os.tmpdir(), 'deckhand-assets-links-'));
  const project = path.join(base, 'course');
  mkdirSync(path.join(project, 'slides', 'a', 'b'), { recursive: true });
  mkdirSync(path.join(project, 'slides', 'a_b'), { recursive: true });
  mkdirSync(path.join(base, 'course-private'));
  writeFileSync(path.join(base, 'course-private', 'grades.png'), 'secret');
  writeFileSync(path.join(project, 'slides', 'a', 'b_c.png'), 'one');
  writeFileSync(path.join(project, 'slides', 'a_b', 'c.png'), 'two');
  symlinkSync('/etc/passwd', path.join(project, 'slides', 'passwd.png'));
  symlinkSync(path.join(base, 'course-private', 'grades.png'), path.join(project, 'slides', 'grades.png'));
  afterAll(() => rmSync(base, { recursive: true, force: true }));
  const onDisk = (body: string) =>
    resolveAssets(modelOf(sourceOf(`# T\n\n## S\n\n${body}`, 'slides/k.md', project)), project, false);

  it.each([
    ['/etc/passwd', '![Map](passwd.png)'],
    ['a file of a sibling project', '![Grades](grades.png)'],
  ])('refuses a link inside the project to %s: nothing is copied, a card and a warning instead', (_, body) => {
    const result = onDisk(body);
    expect(result.copies).toEqual([]);
    expect(result.placeholders).toHaveLength(1);
    expect(result.doc.diagnostics).toEqual([
      expect.objectContaining({
        severity: 'warning',
        code: 'image',
        message: expect.stringMatching(/a link to a file outside it/),
      }),
    ]);
  });

  it('gives two files whose flattened names collide two copies: neither picture overwrites the other', () => {
    const result = onDisk('![One](a/b_c.png)\n\n![Two](a_b/c.png)\n\n![One again](a/b_c.png)');
    expect(result.copies).toEqual([
      { from: path.join(project, 'slides', 'a', 'b_c.png'), to: 'assets/slides_a_b_c.png' },
      { from: path.join(project, 'slides', 'a_b', 'c.png'), to: 'assets/slides_a_b_c-2.png' },
    ]);
    const shownNames = [...shown(result).matchAll(/assets\/slides_a_b_c[^)"\\]*/g)].map((m) => m[0]);
    expect(shownNames).toEqual(['assets/slides_a_b_c.png', 'assets/slides_a_b_c-2.png', 'assets/slides_a_b_c.png']);
  });
});
