// Formulas in the handouts are typeset as on the slides, in the speaker notes, in table cells and in the reading
// text; a formula never breaks across lines; a numbered list keeps its numbers in the notes.
import { beforeAll, describe, expect, it } from 'vitest';
import type { BuildAssets } from '../../scripts/pipeline/build-context.js';
import { renderHandout } from '../../scripts/handout/render-handout.js';
import type { RenderedDeck } from '../../scripts/types.js';
import { assetsOf, deckOf, sourceAt, sourceOf } from '../support/documents.js';

const FIXTURE = 'test/fixtures/plan/merge-sort.md';
let assets: BuildAssets;
let deck: RenderedDeck;

beforeAll(async () => {
  assets = await assetsOf();
  deck = await deckOf(sourceAt(FIXTURE));
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

  it('typesets an equation written on lines of its own in the speaker notes as a display formula', async () => {
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
    const { html } = renderHandout(
      await deckOf(sourceOf(text, 'bound.md')),
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

  it('loads no style sheet for math in a handout without formulas', async () => {
    const { html } = renderHandout(
      await deckOf(sourceAt('slides/kerjasama-antar-negara.txt')),
      'notes',
      'a4',
      assets.templates,
      assets.handoutCss,
    );
    expect(html).not.toContain('mjx-container[jax="SVG"]');
  });
});
