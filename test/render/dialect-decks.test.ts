// Real lessons in other renderers' dialects (test/fixtures/dialects, SOURCES.md there) render to the same Marp
// Markdown as before: a change in how a dialect is read shows here as a diff a reviewer can read.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadBuildAssets, type BuildAssets } from '../../scripts/pipeline/build-context.js';
import { renderSource } from '../../scripts/pipeline/phases.js';
import { resolveConfig } from '../../scripts/config.js';
import { decodeSource } from '../../scripts/ingest/load-source.js';
import { findLeftovers } from '../../scripts/parse/leftovers.js';
import { REPO_ROOT } from '../support/seeds.js';
import { slideProse } from '../support/slide-text.js';

const FIXTURES = [
  'carpentries-legacy-git-changes.md',
  'gfm-alerts-genai-js-intro.md',
  'hugo-eks-helm-nginx.md',
  'myst-coderefinery-commits.md',
];
const config = resolveConfig({ root: REPO_ROOT, quiet: true });
let assets: BuildAssets;

beforeAll(async () => {
  assets = await loadBuildAssets(config);
});

function render(file: string) {
  const rel = `test/fixtures/dialects/${file}`;
  const source = decodeSource(
    { path: path.join(REPO_ROOT, rel), relPath: rel, name: file.replace(/\.md$/, ''), kind: 'markdown' },
    readFileSync(path.join(REPO_ROOT, rel)),
  );
  return renderSource(source, { config, ...assets }).deck;
}

describe.each(FIXTURES)('%s', (file) => {
  it('renders to the same Marp Markdown as before', () => {
    expect(render(file).marpMarkdown).toMatchSnapshot();
  });

  it("shows none of its dialect's markup on a slide", () => {
    const deck = render(file);
    expect(
      deck.slideHtml.flatMap((html, i) =>
        findLeftovers(slideProse(html)).map((l) => `slide ${i + 1}: ${l.name} "${l.match}"`),
      ),
    ).toEqual([]);
  });
});
