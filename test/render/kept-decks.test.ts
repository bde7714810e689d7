// Authors' own Marp decks (test/fixtures/decks, SOURCES.md there) are kept as written: Marp itself, reading the
// author's file, makes the same slides and the same notes as the deck deckhand renders; no note shows on a slide;
// and the Marp Markdown is kept as a file a reviewer can read, so a change in how a deck is read shows as a diff.
import { beforeAll, describe, expect, it } from 'vitest';
import type { BuildAssets } from '../../scripts/pipeline/build-context.js';
import type { RenderedDeck } from '../../scripts/types.js';
import { assetsOf, deckOf, sourceAt } from '../support/documents.js';
import { htmlText } from '../support/slide-text.js';

const MARP = ['waves.md', 'marp-hdm-template-method.md', 'marp-tsinghua-os-coroutine.md'];
let assets: BuildAssets;
const decks = new Map<string, RenderedDeck>();

beforeAll(async () => {
  assets = await assetsOf();
  for (const file of MARP) decks.set(file, await deckOf(sourceAt(`test/fixtures/decks/${file}`)));
});

const fixture = (file: string) => sourceAt(`test/fixtures/decks/${file}`).text;
const render = (file: string) => decks.get(file)!;

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

describe.each(MARP)('%s, a Marp deck', (file) => {
  it('renders to the same Marp Markdown as before', async () => {
    await expect(render(file).marpMarkdown).toMatchFileSnapshot(
      `__snapshots__/kept-decks/${file.replace(/\.md$/, '.marp.md')}`,
    );
  });

  it("has Marp's own slides and notes: those Marp makes of the author's file", () => {
    const deck = render(file);
    const own = assets.marp.render(fixture(file));
    expect(deck.plan.slides.map((s) => s.kind)).toEqual(own.comments.map(() => 'kept'));
    expect(deck.plan.slides.map((s) => s.notes)).toEqual(own.comments);
    // And the deck deckhand writes gives Marp the same notes again: the presenter view shows them.
    expect(assets.marp.render(deck.marpMarkdown).comments).toEqual(own.comments);
  });

  it('shows no note on its slide', () => {
    const deck = render(file);
    const shown = deck.slideHtml.map((html) => squash(htmlText(html)));
    // (A note may say what the slide says too: this one cites a link the slide shows in a code block.)
    const onSlide = deck.plan.slides.flatMap((s, i) =>
      s.notes.filter((n) => shown[i]!.includes(squash(n)) && !s.markdown!.includes(n)),
    );
    expect(onSlide).toEqual([]);
  });
});

describe('the deck of issue 29 (waves.md)', () => {
  it('keeps its 8 slides, its 7 notes, its words and its background picture', () => {
    const deck = render('waves.md');
    expect(deck.plan.slides).toHaveLength(8);
    expect(deck.plan.slides.filter((s) => s.notes.length)).toHaveLength(7);
    const text = deck.slideHtml.map((html) => squash(htmlText(html)));
    expect(text[5]).toContain('What is v?');
    expect(deck.slideHtml[2]).toMatch(/<strong>Transverse<\/strong>:/);
    expect(deck.slideHtml[1]).toContain('data-marpit-advanced-background-split="right"');
    expect(deck.slideHtml[0]).toMatch(/class="lead"/);
    expect(deck.marpMarkdown).toMatch(/^---\nmarp: true\ntheme: "default"\nlang: "en"\npaginate: "true"\n/);
  });
});
