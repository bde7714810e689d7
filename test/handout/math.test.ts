// Formulas in the handouts are typeset as on the slides, in the speaker notes, in table cells and in the reading
// text; a formula never breaks across lines; a numbered list keeps its numbers in the notes.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadBuildAssets, type BuildAssets } from '../../scripts/pipeline/build-context.js';
import { renderSource } from '../../scripts/pipeline/phases.js';
import { resolveConfig } from '../../scripts/config.js';
import { renderHandout } from '../../scripts/handout/render-handout.js';
import { decodeSource } from '../../scripts/ingest/load-source.js';
import type { RenderedDeck } from '../../scripts/types.js';
import { REPO_ROOT } from '../support/seeds.js';

const FIXTURE = 'test/fixtures/plan/merge-sort.md';
const config = resolveConfig({ root: REPO_ROOT, quiet: true });
let assets: BuildAssets;
let deck: RenderedDeck;

beforeAll(async () => {
  assets = await loadBuildAssets(config);
  const source = decodeSource(
    { path: path.join(REPO_ROOT, FIXTURE), relPath: FIXTURE, name: 'merge-sort', kind: 'markdown' },
    readFileSync(path.join(REPO_ROOT, FIXTURE)),
  );
  deck = renderSource(source, { config, ...assets }).deck;
});

/** The handout's own text: its HTML without the slide thumbnails (Marp typesets those) and without tags. */
const ownText = (html: string) =>
  html
    .replace(/<div class="thumb"[\s\S]*?<\/svg>/g, '')
    .replace(/<svg[\s\S]*?<\/svg>/g, '')
    .replace(/<[^>]*>/g, ' ');

describe('math in the handouts', () => {
  it("typesets the formulas of the speaker notes and of table cells, with MathJax's style sheet", () => {
    const { html } = renderHandout(deck, 'notes', 'a4', assets.templates, assets.handoutCss);
    expect(ownText(html)).not.toMatch(/\$T\(n\)|\$O\(n/);
    expect(html).toMatch(/<td><mjx-container[^>]*jax="SVG"/);
    expect(html).toMatch(/<style>[^<]*mjx-container\[jax="SVG"\]/);
    expect(html).not.toContain('javascript:');
  });

  it('typesets them in the reading text too, an equation on lines of its own as a block', () => {
    const { html } = renderHandout(deck, 'reading', 'a4', assets.templates, assets.handoutCss);
    expect(ownText(html)).not.toMatch(/\$T\(n\)|\$O\(n/);
    expect(html.match(/<mjx-container/g)!.length).toBeGreaterThan(10);
  });

  it('typesets an equation written on lines of its own in the speaker notes as a display formula', () => {
    const text = [
      '# Lower bounds',
      '',
      '## The bound',
      '',
      'Any comparison sort needs $\\Omega(n \\log n)$ comparisons in the worst case.',
      '',
      '$$',
      '\\log_2(n!) \\ge \\frac{n}{2}\\log_2\\frac{n}{2}',
      '$$',
      '',
    ].join('\n');
    const source = decodeSource(
      { path: 'bound.md', relPath: 'bound.md', name: 'bound', kind: 'markdown' },
      Buffer.from(text),
    );
    const { html } = renderHandout(
      renderSource(source, { config, ...assets }).deck,
      'notes',
      'a4',
      assets.templates,
      assets.handoutCss,
    );
    expect(ownText(html)).not.toContain('$$');
    expect(html).toMatch(/<mjx-container[^>]*display="true"/);
  });

  it('numbers the items of an ordered list in the notes', () => {
    const { html } = renderHandout(deck, 'notes', 'a4', assets.templates, assets.handoutCss);
    for (const n of [1, 2, 3, 4, 5]) expect(html).toContain(`data-marker="${n}."`);
  });

  it('loads no style sheet for math in a handout without formulas', () => {
    const seed = 'slides/kerjasama-antar-negara.txt';
    const source = decodeSource(
      { path: path.join(REPO_ROOT, seed), relPath: seed, name: 'k', kind: 'text' },
      readFileSync(path.join(REPO_ROOT, seed)),
    );
    const { html } = renderHandout(
      renderSource(source, { config, ...assets }).deck,
      'notes',
      'a4',
      assets.templates,
      assets.handoutCss,
    );
    expect(html).not.toContain('mjx-container[jax="SVG"]');
  });
});
