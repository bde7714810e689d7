// Any document builds: generated documents of the shapes that broke decks before (lists nested four deep, a
// 60-item list, a word or URL with no break, a 200-row table, a 300-line code block, 50 headings, empty sections, a
// heading on every line), mixed at random, all fit in Chromium with no overflowing slide and no failed deck.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chromeFit } from '../support/chrome-fit.js';
import { deckOf, sourceOf } from '../support/documents.js';
import { config } from '../support/garbled.js';
import { REPO_ROOT, SEED_FILES } from '../support/seeds.js';

const sentences = SEED_FILES.flatMap((f) => readFileSync(path.join(REPO_ROOT, f), 'utf8').split(/(?<=\.)\s+/)).filter(
  (s) => s.split(' ').length > 6,
);
const sentence = fc.constantFrom(...sentences);
const words = (n: number) =>
  fc
    .array(fc.constantFrom(...sentences.join(' ').split(/\s+/)), { minLength: 1, maxLength: n })
    .map((w) => w.join(' '));

/** A list nested `depth` levels deep, each item a sentence or a few words. */
const nested = (depth: number): fc.Arbitrary<string> =>
  fc
    .array(fc.tuple(fc.oneof(sentence, words(8)), depth > 1 ? nested(depth - 1) : fc.constant('')), {
      minLength: 2,
      maxLength: 5,
    })
    .map((items) => items.map(([text, sub]) => `- ${text}${sub ? `\n${sub.replace(/^/gm, '  ')}` : ''}`).join('\n'));

const shapes: Record<string, fc.Arbitrary<string>> = {
  nestedList: fc.integer({ min: 1, max: 4 }).chain(nested),
  longList: fc
    .array(words(10), { minLength: 60, maxLength: 60 })
    .map((items) => items.map((t, i) => `${i + 1}. ${t}`).join('\n')),
  unbroken: fc.constantFrom(
    `See ${'x'.repeat(40)} and https://example.org/${'a'.repeat(40)}/path?query=${'b'.repeat(30)}.`,
    `Kata ${'panjangsekali'.repeat(4)} tanpa spasi.`,
  ),
  bigTable: fc.integer({ min: 2, max: 5 }).map((cols) => {
    const row = (i: number) => `| ${Array.from({ length: cols }, (_, c) => `cell ${i}.${c}`).join(' | ')} |`;
    return [
      `| ${Array.from({ length: cols }, (_, c) => `Col ${c}`).join(' | ')} |`,
      `|${' --- |'.repeat(cols)}`,
      ...Array.from({ length: 200 }, (_, i) => row(i)),
    ].join('\n');
  }),
  longCode: fc.constant(
    [
      '```python',
      ...Array.from(
        { length: 300 },
        (_, i) => `${'    '.repeat(i % 3)}value_${i} = compute(value_${i - 1}, step=${i})`,
      ),
      '```',
    ].join('\n'),
  ),
  manyHeadings: fc
    .array(sentence, { minLength: 50, maxLength: 50 })
    .map((paras) => paras.map((p, i) => `## Topic ${i + 1}\n\n${p}`).join('\n\n')),
  emptySections: fc.constant(Array.from({ length: 6 }, (_, i) => `## Empty ${i + 1}`).join('\n\n')),
  headingEveryLine: fc
    .array(words(6), { minLength: 5, maxLength: 30 })
    .map((lines) => lines.map((l) => `# ${l}`).join('\n')),
};

/** A document of one to three of the shapes, under a title. */
const document = fc
  .array(fc.constantFrom(...Object.keys(shapes)), { minLength: 1, maxLength: 3 })
  .chain((names) =>
    fc
      .tuple(...names.map((n) => shapes[n]!))
      .map((parts) => ({ names, text: `# Shapes\n\n${parts.join('\n\n## Next\n\n')}\n` })),
  );

describe('documents of every troublesome shape', () => {
  const fit = chromeFit('deckhand-shapes-');

  it('all build, and every slide fits once the fit loop is done', async () => {
    let built = 0;
    await fc.assert(
      fc.asyncProperty(document, async ({ text }) => {
        const deck = await deckOf(sourceOf(text, 'slides/shapes.md'), config);
        const fitted = await fit(deck);
        expect(fitted.measures).toHaveLength(fitted.deck.plan.slides.length);
        expect(
          fitted.overflowing.map((m) => `${m.slide} ${m.title}: ${m.overflowY}px down, ${m.overflowX}px across`),
        ).toEqual([]);
        built++;
      }),
      { numRuns: 25, seed: Number(process.env.FC_SEED ?? Date.now() % 1e6) },
    );
    expect(built).toBe(25);
  });
});
