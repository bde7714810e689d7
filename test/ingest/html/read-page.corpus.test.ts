// Saved web pages of the real-document corpus (../shared/corpus) -> Markdown: the article without the page around
// it. Runs in npm run test:corpus, which needs the corpus beside the checkout or at DECKHAND_CORPUS.
import { describe, expect, it } from 'vitest';
import { readPage } from '../../../scripts/ingest/html/read-page.js';
import type { SourceDoc } from '../../../scripts/types.js';
import { corpusDir } from '../../support/corpus.js';
import { sourceAt } from '../../support/documents.js';

const corpus = corpusDir();

/** A saved page of the corpus as a build reads it. */
const page = (file: string): SourceDoc => sourceAt(file, corpus);

describe('readPage on the saved pages of the corpus', () => {
  const cases: [string, string, RegExp][] = [
    [
      '19_en_html_physorg-neanderthal-tool.html',
      'Flint flake tool partially covered by birch tar',
      /Sign In|Recommended for you|Feedback to editors|© 2019/,
    ],
    [
      '20_en_html_natgeo-redonda-goats.html',
      'Ravenous wild goats ruled this island',
      /Skip to main content|Cookie Settings|You might also like|Photograph by/,
    ],
    [
      '21_en_html_wikipedia-tsne.html',
      'T-distributed stochastic neighbor embedding',
      /\[edit\]|Jump to navigation|Machine learning and data mining/,
    ],
    [
      '22_id_html_mediaindonesia-wisuda.html',
      'Dari Petani hingga Pendidik Bangsa',
      /NEWSTICKER|LOAD MORE|Berita Lainnya|Kolom Pakar/,
    ],
  ];
  it.each(cases)('%s: the article without the page around it', (file, title, noise) => {
    const doc = readPage(page(file));
    expect(doc.meta.title).toContain(title);
    expect(doc.markdown).not.toMatch(noise);
    expect(doc.markdown.split(/\n\n+/).length).toBeGreaterThan(2);
    expect(doc.diagnostics.filter((d) => d.code === 'noise').length).toBeGreaterThan(5);
    expect(doc.lineMap).toHaveLength(doc.markdown.split('\n').length);
  });
});
