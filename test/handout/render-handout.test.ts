// Handout HTML, no browser: pages and slides per page, outline page numbers, headers, the notes and reading
// layouts, escaping of content, and print geometry.
import { beforeAll, describe, expect, it } from 'vitest';
import { geometryFor } from '../../scripts/handout/geometry.js';
import type { BuildAssets } from '../../scripts/pipeline/build-context.js';
import { renderHandout } from '../../scripts/handout/render-handout.js';
import type { HandoutLayout, RenderedDeck } from '../../scripts/types.js';
import { assetsOf, deckOf, sourceAt, sourceOf } from '../support/documents.js';

const fixture = 'test/fixtures/handout/diplomasi.md';
const NOW = new Date(2024, 2, 4);
let assets: BuildAssets;
let deck: RenderedDeck;

const render = (layout: HandoutLayout, d = deck, paper: 'a4' | 'letter' = 'a4') =>
  renderHandout(d, layout, paper, assets.templates, assets.handoutCss, NOW);

/** The HTML of each printed page, cover first (the blank page template for the browser's pagination is not one). */
const pagesOf = (html: string) =>
  html
    .replace(/<template id="page-template">[\s\S]*?<\/template>/, '')
    .split('<div class="page">')
    .slice(1);
const slideNumbers = (html: string) => [...html.matchAll(/id="slide-(\d+)"/g)].map((m) => Number(m[1]));
const plain = (s: string) => s.replace(/\\(.)/g, '$1');

beforeAll(async () => {
  assets = await assetsOf();
  deck = await deckOf(sourceAt(fixture));
});

describe('renderHandout: what students see of the source', () => {
  const lecture = () =>
    deckOf(
      sourceOf(
        '---\ntitle: The Central Limit Theorem\ndate: 2024-03-04\n---\n\n# CLT\n\nMeans of samples are close to normal.\n',
        'slides/clt/index.md',
      ),
    );
  const footers = (html: string) => [...html.matchAll(/<span class="src">([^<]*)<\/span>/g)].map((m) => m[1]);

  it("prints the deck's title in the footer and no source path on the cover", async () => {
    const { html } = render('notes', await lecture());
    expect(html).not.toContain('slides/clt/index.md');
    expect(new Set(footers(html))).toEqual(new Set(['2024-03-04 · The Central Limit Theorem']));
  });

  it("prints the course its front matter names in the footer, over the config's", async () => {
    const named = await deckOf(
      sourceOf(
        '---\ntitle: CLT\ncourse: Statistik Dasar\ndate: 2024-03-04\n---\n\n# CLT\n\nRata-rata sampel.\n',
        'slides/clt/index.md',
      ),
    );
    const { html } = renderHandout(named, 'notes', 'a4', assets.templates, assets.handoutCss, NOW, 'Statistics 101');
    expect(new Set(footers(html))).toEqual(new Set(['2024-03-04 · Statistik Dasar']));
  });

  it("prints the course's title in the footer when the config names one", async () => {
    const { html } = renderHandout(
      await lecture(),
      'notes',
      'a4',
      assets.templates,
      assets.handoutCss,
      NOW,
      'Statistics 101',
    );
    expect(new Set(footers(html))).toEqual(new Set(['2024-03-04 · Statistics 101']));
  });
});

describe('renderHandout: N-up layouts', () => {
  it.each([1, 2, 4, 6, 9])('grid-%i puts that many slides on each page, in order, after one cover page', (n) => {
    const pages = pagesOf(render(`grid-${n}` as HandoutLayout).html);
    const count = deck.plan.slides.length;
    expect(pages).toHaveLength(1 + Math.ceil(count / n));
    const perPage = pages.slice(1).map(slideNumbers);
    expect(perPage.flat()).toEqual(Array.from({ length: count }, (_, i) => i + 1));
    for (const numbers of perPage.slice(0, -1)) expect(numbers).toHaveLength(n);
  });

  it('lines puts three slides on a page, each beside ruled lines for writing', () => {
    const doc = render('lines');
    const pages = pagesOf(doc.html);
    expect(pages).toHaveLength(1 + Math.ceil(deck.plan.slides.length / 3));
    expect(slideNumbers(pages[1]!)).toEqual([1, 2, 3]);
    const row = pages[1]!.split('<div class="lines-row">')[1]!;
    expect(row.match(/class="rule"/g)).toHaveLength(doc.geometry.lines);
    expect(doc.geometry.lines).toBeGreaterThanOrEqual(8);
  });

  it("numbers the cover's outline with the page that holds each section's first slide", () => {
    const pages = pagesOf(render('grid-4').html);
    const entries = [...pages[0]!.matchAll(/data-outline-page="([^"]+)">(\d+)</g)];
    expect(entries.length).toBeGreaterThanOrEqual(5);
    for (const [, id, page] of entries)
      expect(pages[Number(page) - 1]).toContain(`<h2 class="cell-section" id="${id}">`);
  });

  it('heads each page with the sections it shows and numbers it "x of y"', () => {
    const pages = pagesOf(render('grid-9').html);
    pages.forEach((page, i) =>
      expect(page).toContain(
        `<span data-slot="page">${i + 1}</span> dari <span data-slot="pages">${pages.length}</span>`,
      ),
    );
    // Page 3 starts with slide 10: its header starts with the section of the last divider before it.
    const divider = deck.plan.slides
      .slice(0, 10)
      .filter((s) => s.kind === 'divider')
      .at(-1)!;
    expect(pages[2]).toContain(`data-slot="section">${plain(divider.title)}`);
    expect(pages[1]).toContain('Kerjasama Internasional dan Diplomasi Indonesia</span>');
  });
});

describe('renderHandout: notes', () => {
  it('makes each divider its section heading and pairs slides that have no notes, keeping every title', () => {
    const html = render('notes').html;
    const dividers = deck.plan.slides.map((s, i) => ({ s, n: i + 1 })).filter(({ s }) => s.kind === 'divider');
    expect(dividers.length).toBeGreaterThan(2);
    for (const { s, n } of dividers) {
      expect(html).toMatch(new RegExp(`<h2 id="hd-g\\d+">${plain(s.title)}</h2><span class="num">Slide ${n}</span>`));
      expect(slideNumbers(html)).not.toContain(n);
    }
    const shown = deck.plan.slides.length - dividers.length;
    expect(slideNumbers(html)).toHaveLength(shown);
    // Title and agenda have no notes: they share the first row.
    expect(html).toMatch(/<article class="row pair"[^>]*>\s*<div class="thumb" id="slide-1"[^>]*>[\s\S]*?id="slide-2"/);
  });

  it('leaves pagination to the browser: a page template and the flow of blocks', () => {
    const doc = render('notes');
    expect(doc.geometry.flow).toBe(true);
    expect(doc.html).toContain('<template id="page-template">');
    expect(doc.html).toContain('<div class="flow">');
    expect(doc.html).toMatch(/data-outline-page="hd-g1"><\/span>/);
  });

  it('keeps slide headings out of the PDF bookmarks', () => {
    expect(render('notes').html).not.toMatch(/<h[1-6](?! role="presentation")[^>]*>[^<]*<\/h[1-6]>\s*<ul>/);
    expect(render('notes').html).toContain('<h2 role="presentation"');
  });
});

describe('renderHandout: reading', () => {
  it('prints the cleaned document with headings, lists, tables, quotes and figures, a slide at each section start', () => {
    const html = render('reading').html;
    for (const section of deck.plan.doc.sections)
      expect(html).toContain(`data-section="${section.title}">${section.title}</h2>`);
    expect(html).toContain(
      '<h3 id="hd-s2" data-section="Latar Belakang Kerjasama Internasional">Organisasi yang diikuti Indonesia</h3>',
    );
    expect(html).toContain('<li>Perserikatan Bangsa-Bangsa (PBB)</li>');
    expect(html).toContain('<td>Konferensi Asia-Afrika di Bandung</td>');
    expect(html).toContain('<blockquote><p>Diplomasi adalah seni');
    expect(html).toMatch(/<img src="assets\/[^"]*peta-asean.png" alt="Peta kawasan ASEAN">/);
    expect(html.match(/<div class="sec-slide"/g)).toHaveLength(deck.plan.doc.sections.length + 1);
    // The "Tonggak Diplomasi Indonesia" section, three slides.
    expect(html).toMatch(/<div class="caption">Slide 11–13<\/div>/);
  });

  it('never lets HTML in the content run or become markup: scripts go, tags leave their text, an <img> is a card', async () => {
    const text =
      '---\ntitle: Aman\nlang: id\n---\n\nTeks <script>alert(1)</script> dan <img src=x onerror=alert(2)>.\n\n' +
      '## Bagian <b>tebal</b>\n\nTautan [klik](javascript:alert(3)) dan `<i>kode</i>`.\n\n## Dua\n\nIsi.\n\n## Tiga\n\nIsi.\n';
    const unsafe = await deckOf(sourceOf(text, 'slides/aman.md'));
    const html = render('reading', unsafe).html;
    const flow = html.slice(html.indexOf('<div class="flow">'));
    expect(flow).not.toMatch(/<script|alert\(1\)|<img src="?x|onerror|<b>|<i>|href="javascript:/i);
    // Formatting HTML is read as the Markdown it stands for: bold, rendered by markdown-it, never the tag itself.
    expect(flow).toContain('Bagian <strong>tebal</strong>');
    expect(flow).toContain('<code>&lt;i&gt;kode&lt;/i&gt;</code>');
    expect(flow).toMatch(/<img src="assets\/placeholder-[0-9a-f]{12}\.svg"/);
  });
});

describe('handout geometry', () => {
  const layouts: HandoutLayout[] = ['notes', 'lines', 'grid-1', 'grid-2', 'grid-4', 'grid-6', 'grid-9', 'reading'];
  const WIDE = { width: 1280, height: 720 };
  /** Marp's 4:3, as a kept Marp deck may be. */
  const FOUR_THREE = { width: 960, height: 720 };

  it('turns one, four and nine slides a page to landscape, where the slides come out larger', () => {
    expect(layouts.filter((l) => geometryFor(l, 'a4', WIDE).landscape)).toEqual(['grid-1', 'grid-4', 'grid-9']);
  });

  it.each([
    ['a4', '16:9', WIDE],
    ['letter', '16:9', WIDE],
    ['a4', '4:3', FOUR_THREE],
    ['letter', '4:3', FOUR_THREE],
  ] as const)('keeps print-safe margins and fits every grid of %s thumbnails of %s slides', (paper, _, size) => {
    for (const layout of layouts) {
      const g = geometryFor(layout, paper, size);
      expect(Math.min(g.margin.top, g.margin.right, g.margin.bottom, g.margin.left)).toBeGreaterThanOrEqual(12);
      // The hole-punch edge: left in portrait, top in landscape.
      expect(g.landscape ? g.margin.top : g.margin.left).toBeGreaterThanOrEqual(20);
      if (g.flow) continue;
      const thumbHeight = (g.thumb * size.height) / size.width;
      expect(g.rows * (thumbHeight + 7) + (g.rows - 1) * 6).toBeLessThanOrEqual(g.body.height + 0.01);
      expect(g.thumb * (layout === 'lines' ? 2 : g.cols)).toBeLessThanOrEqual(g.body.width + 0.01);
    }
    expect(geometryFor('grid-6', paper, size)).toMatchObject(
      paper === 'a4' ? { width: 210, height: 297 } : { width: 215.9, height: 279.4 },
    );
  });

  it('sizes a 4:3 slide by the height its page leaves, narrower than a 16:9 one', () => {
    // One slide a landscape page: the page's height limits a 4:3 slide, so it is narrower than a 16:9 one.
    const wide = geometryFor('grid-1', 'a4', WIDE);
    const narrow = geometryFor('grid-1', 'a4', FOUR_THREE);
    expect(narrow.thumb).toBeLessThan(wide.thumb);
    expect((narrow.thumb * 3) / 4 + 7).toBeCloseTo(narrow.body.height, 0);
  });
});

describe('handout HTML snapshot', () => {
  /** Fonts, Marp's CSS and the slide pictures are other modules' output: left out, so the snapshot shows the handout. */
  const readable = (html: string) =>
    html
      .replace(/<style>[\s\S]*?<\/style>/, '<style>/* fonts, Marp and handout CSS */</style>')
      .replace(/<svg data-marpit-svg[\s\S]*?<\/svg>/g, '<svg data-marpit-svg/>');

  it('notes layout', () => expect(readable(render('notes').html)).toMatchSnapshot());
  it('reading layout', () => expect(readable(render('reading').html)).toMatchSnapshot());
});
