// Authors' own Marp decks (test/fixtures/decks, SOURCES.md there) are kept as written: Marp itself, reading the
// author's file, makes the same slides and the same notes as the deck deckhand renders; no note shows on a slide;
// and the Marp Markdown is kept as a file a reviewer can read, so a change in how a deck is read shows as a diff.
import { beforeAll, describe, expect, it } from 'vitest';
import type { BuildAssets } from '../../scripts/pipeline/build-context.js';
import type { RenderedDeck } from '../../scripts/types.js';
import { assetsOf, deckOf, sourceAt } from '../support/documents.js';
import { findLeftovers } from '../../scripts/parse/leftovers.js';
import { htmlText, slideProse } from '../support/slide-text.js';

const MARP = ['waves.md', 'marp-hdm-template-method.md', 'marp-tsinghua-os-coroutine.md'];
const SLIDEV = ['slidev-ozu-creative-coding-week01.md'];
let assets: BuildAssets;
const decks = new Map<string, RenderedDeck>();

beforeAll(async () => {
  assets = await assetsOf();
  for (const file of [...MARP, ...SLIDEV]) decks.set(file, await deckOf(sourceAt(`test/fixtures/decks/${file}`)));
});

const fixture = (file: string) => sourceAt(`test/fixtures/decks/${file}`).text;
const render = (file: string) => decks.get(file)!;

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

describe.each([...MARP, ...SLIDEV])('%s, an author deck', (file) => {
  it('renders to the same Marp Markdown as before', async () => {
    await expect(render(file).marpMarkdown).toMatchFileSnapshot(
      `__snapshots__/kept-decks/${file.replace(/\.md$/, '.marp.md')}`,
    );
  });

  it('shows no markup of its own tool on a slide: no HTML tag, component or slot as text', () => {
    const shown = render(file).slideHtml.flatMap((html, i) => {
      const text = slideProse(html);
      const raw = text.match(/<\/?[A-Za-z][\w:-]*[^>]*>|::right::|\{\{|\bv-clicks?\b/g) ?? [];
      return [...raw, ...findLeftovers(text).map((l) => l.match)].map((m) => `slide ${i + 1}: ${m}`);
    });
    expect(shown).toEqual([]);
  });
});

describe.each(MARP)('%s, a Marp deck', (file) => {
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

describe('a Slidev deck (slidev-ozu-creative-coding-week01.md)', () => {
  it('keeps its 28 slides (the 3 it imports with src: are said and left out) and its one note', () => {
    const deck = render('slidev-ozu-creative-coding-week01.md');
    expect(deck.plan.slides).toHaveLength(28);
    expect(deck.plan.slides.flatMap((s) => s.notes)).toEqual([expect.stringMatching(/^In Designer vs\. Developer/)]);
    const imports = deck.plan.diagnostics.filter((d) => /imported from/.test(d.message));
    expect(imports.map((d) => d.line)).toEqual([57, 375, 504]);
  });

  it('maps its layouts to the nearest Marp form: cover to lead, image-right to a background, two-cols to columns', () => {
    const md = render('slidev-ozu-creative-coding-week01.md').plan.slides.map((s) => s.markdown!);
    expect(md[0]).toMatch(/^<!-- _class: lead text-center -->/);
    expect(md[2]).toMatch(/!\[bg right\]\(assets\/placeholder-\w+\.svg\)/);
    expect(md[16]).toMatch(
      /<div class="columns">\n<div>\n\n# Condition 1[\s\S]*<\/div>\n<div>[\s\S]*<\/div>\n<\/div>$/,
    );
    expect(md[15]).toContain('```js\n// Declaration of variables');
  });

  it('shows what it can of a slide of videos: the title its front matter gives it, and a warning at each video', () => {
    const deck = render('slidev-ozu-creative-coding-week01.md');
    expect(deck.plan.slides[3]!.markdown).toBe('<!-- _class: text-center -->\n\n# Video 1 - Portfolio');
    const videos = deck.plan.diagnostics.filter((d) => /Youtube.*cannot be shown/.test(d.message));
    expect(videos.length).toBeGreaterThanOrEqual(12);
  });
});

describe("a Marp deck's own size and header", () => {
  it('renders at 4:3 with size: 4:3, its header and paginate on every slide but the one that says otherwise', async () => {
    const deck = await deckOf(
      '---\nmarp: true\ntheme: default\nsize: 4:3\nheader: Physics 101\npaginate: true\n---\n\n# One\n\n---\n\n<!-- _paginate: false -->\n<!-- _header: "" -->\n\n# Two\n',
    );
    expect(deck.size).toEqual({ width: 960, height: 720 });
    expect(deck.slideHtml[0]).toMatch(/<header>Physics 101<\/header>/);
    expect(deck.slideHtml[0]).toContain('data-marpit-pagination="1"');
    expect(deck.slideHtml[1]).not.toContain('<header>');
    expect(deck.slideHtml[1]).not.toContain('data-marpit-pagination=');
  });
});
