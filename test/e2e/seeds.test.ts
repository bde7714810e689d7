// The raw-document promise, seed by seed and through every stage: no noise reaches the slides or the handout,
// every sentence the author wrote is in the handout (speaker notes count), the title and every section heading
// are on the slides, and the report lists each removal.
import { beforeAll, describe, expect, it } from 'vitest';
import { splitSentences } from '../../scripts/plan/sentences.js';
import type { BuildAssets } from '../../scripts/pipeline/build-context.js';
import { renderSource } from '../../scripts/pipeline/phases.js';
import { renderHandout } from '../../scripts/handout/render-handout.js';
import type { Section } from '../../scripts/types.js';
import { assetsOf, sourceAt, TEST_CONFIG as config } from '../support/documents.js';
import { SEED_NAMES } from '../support/seeds.js';

let assets: BuildAssets;
beforeAll(async () => {
  assets = await assetsOf();
});

/** Visible text of HTML or Markdown: tags, escapes and entities gone, white space folded. */
const text = (s: string) =>
  s
    .replace(/<[^>]*>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/\\(.)/g, '$1')
    .replace(/\s+/g, ' ');

function build(name: string) {
  const rel = `slides/${name}.txt`;
  const source = sourceAt(rel);
  const { deck } = renderSource(source, { config, ...assets });
  const handout = renderHandout(deck, 'notes', 'a4', assets.templates, assets.handoutCss);
  return { source, deck, handout: text(handout.html), slides: text(deck.marpMarkdown) };
}

const headings = (sections: Section[]): string[] => sections.flatMap((s) => [s.title, ...headings(s.children)]);

describe.each(SEED_NAMES)('%s, raw text to slides and handout', (name) => {
  it('keeps every removed line off the slides and out of the handout, and reports each one', () => {
    const { deck, handout, slides } = build(name);
    // Metadata and source notes leave the body too, but belong on the title and sources slides.
    expect(
      deck.plan.diagnostics.filter((d) => ['noise', 'caption', 'injected', 'metadata', 'source-note'].includes(d.code))
        .length,
    ).toBeGreaterThan(0);
    const removed = deck.plan.diagnostics.filter(
      (d) => ['noise', 'caption', 'injected'].includes(d.code) && d.text && d.text.trim().length > 3,
    );
    for (const d of removed) {
      expect(d.file).toBe(`slides/${name}.txt`);
      expect(d.line).toBeGreaterThan(0);
      const line = text(d.text!).trim();
      expect(slides, `${d.code} at line ${d.line}`).not.toContain(line);
      expect(handout, `${d.code} at line ${d.line}`).not.toContain(line);
    }
    expect(slides).not.toMatch(/pengeluaran hk|Back to top|Posting Komentar|Lanjutkan Membaca|Beranda »/i);
  });

  it('puts every sentence the author wrote into the handout', () => {
    const { deck, handout } = build(name);
    const blocks = [
      ...deck.plan.doc.intro,
      ...deck.plan.doc.sections.flatMap(function all(s: Section): typeof s.blocks {
        return [...s.blocks, ...s.children.flatMap(all)];
      }),
    ];
    const prose = blocks.flatMap((b) =>
      b.type === 'paragraph' || b.type === 'quote'
        ? [b.text]
        : b.type === 'list'
          ? b.items.flatMap(function items(i): string[] {
              return [i.text, ...i.children.flatMap(items)];
            })
          : [],
    );
    expect(prose.length).toBeGreaterThan(5);
    for (const sentence of prose.flatMap((p) => splitSentences(p))) expect(handout).toContain(text(sentence).trim());
  });

  it('shows the title and every section heading on the slides', () => {
    const { deck, slides } = build(name);
    expect(slides).toContain(text(deck.plan.meta.title).trim());
    // A numbered heading may show without its number (numbered sub-sections fold into one list of labels).
    for (const heading of headings(deck.plan.doc.sections))
      expect(slides).toContain(
        text(heading)
          .replace(/^\d{1,2}[.)]\s+/, '')
          .trim(),
      );
  });
});
