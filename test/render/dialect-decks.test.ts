// Real lessons in other renderers' dialects (test/fixtures/dialects, SOURCES.md there) render to the same Marp
// Markdown as before, one whole lesson to a file (__snapshots__/dialect-decks/<lesson>.marp.md): a change in how a
// dialect is read shows there as a diff a reviewer can read. What each dialect's markup becomes, case by case, is in
// test/fixtures/marp/ (marp-fixtures.test.ts).
import { describe, expect, it } from 'vitest';
import { findLeftovers } from '../../scripts/parse/leftovers.js';
import { deckOf, sourceAt } from '../support/documents.js';
import { slideProse } from '../support/slide-text.js';

const FIXTURES = [
  'carpentries-legacy-git-changes.md',
  'gfm-alerts-genai-js-intro.md',
  'hugo-eks-helm-nginx.md',
  'myst-coderefinery-commits.md',
];

const render = (file: string) => deckOf(sourceAt(`test/fixtures/dialects/${file}`));

describe.each(FIXTURES)('%s', (file) => {
  it('renders to the same Marp Markdown as before', async () => {
    await expect((await render(file)).marpMarkdown).toMatchFileSnapshot(
      `__snapshots__/dialect-decks/${file.replace(/\.md$/, '.marp.md')}`,
    );
  });

  it("shows none of its dialect's markup on a slide", async () => {
    const deck = await render(file);
    expect(
      deck.slideHtml.flatMap((html, i) =>
        findLeftovers(slideProse(html)).map((l) => `slide ${i + 1}: ${l.name} "${l.match}"`),
      ),
    ).toEqual([]);
  });
});
