// The notes column of the notes handout, on a statistics lecture: the notes as the author wrote them (bold kept,
// nested items under their item), each callout in its box under its title, formulas at the text's size and a
// displayed one never wider than the column.
import { beforeAll, describe, expect, it } from 'vitest';
import type { BuildAssets } from '../../scripts/pipeline/build-context.js';
import { renderHandout } from '../../scripts/handout/render-handout.js';
import { assetsOf, deckOf, sourceAt } from '../support/documents.js';

let assets: BuildAssets;
let html: string;
/** The notes column of the slide whose notes hold `text`. */
const notesWith = (text: string) =>
  [...html.matchAll(/<div class="notes">([\s\S]*?)<\/div>\n?<\/article>/g)]
    .map((m) => m[1]!)
    .find((n) => n.includes(text))!;

beforeAll(async () => {
  assets = await assetsOf();
  const deck = await deckOf(sourceAt('test/fixtures/statistics/sampling.md'));
  html = renderHandout(deck, 'notes', 'a4', assets.templates, assets.handoutCss, new Date(2026, 2, 2)).html;
});

describe('the notes column', () => {
  it('keeps the bold of a list item and sets a sub-item under its item', () => {
    const notes = notesWith('standardise the mean');
    expect(notes).toMatch(/<p class="item" data-level="1"><strong>Step one:<\/strong> standardise the mean\.<\/p>/);
    expect(notes).toMatch(/<p class="item" data-level="2">Subtract <mjx-container/);
  });

  it('keeps the bold of a paragraph', () =>
    expect(notesWith('its spread is the')).toContain('its spread is the <strong>standard error</strong>'));

  it('frames an alert’s sentences in its box, under its title', () => {
    expect(notesWith('clustered samples')).toMatch(
      /<div class="doc-box box-warning"><p class="box-title">Warning<\/p><p>The approximation needs independent observations; clustered samples \(pupils of one school\) break it\.<\/p><\/div>/,
    );
    expect(notesWith('halve it')).toMatch(
      /<div class="doc-box box-note"><p class="box-title">Note<\/p><p>The standard error shrinks/,
    );
  });

  it('sets formulas at the size of the text and fits a displayed one to the column, leaving the slides alone', () => {
    expect(assets.handoutCss).toContain('mjx-container:not(foreignObject *) { font-size: 88%; }');
    expect(assets.handoutCss).toContain(
      'mjx-container[display="true"]:not(foreignObject *) > svg { max-width: 100%; height: auto; }',
    );
  });
});
