// The decks the index and report list: this run's and every other deck in the output folder whose source exists.
import { rmSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { STAMP_FILE, type Stamp } from '../../scripts/pipeline/cache.js';
import { courseDecks } from '../../scripts/pipeline/course-decks.js';
import { shardOfDeck } from '../../scripts/pipeline/shard.js';
import { resolveConfig } from '../../scripts/config.js';
import type { BuildReport, DeckReport } from '../../scripts/types.js';
import { tempTree } from '../support/fixtures.js';

const stamp = (source: string, title: string): string =>
  JSON.stringify({
    key: 'k',
    source,
    title,
    date: '1 Mar 2024',
    builtAt: '2024-03-01T10:00:00.000Z',
    outputs: ['slides.md', 'slides.html'],
    slides: 9,
    dependencies: [],
    templates: [],
    diagnostics: [],
  } satisfies Stamp);

/** Three decks built earlier (their stamps), their sources, and a fourth source whose last build failed. */
function project() {
  const root = tempTree({
    'slides/a.md': '# A',
    'slides/b.md': '# B',
    'slides/c.md': '# C',
    'slides/d.md': '---\nx: [\n---\n',
    [`output/a/${STAMP_FILE}`]: stamp('slides/a.md', 'Deck A'),
    [`output/b/${STAMP_FILE}`]: stamp('slides/b.md', 'Deck B'),
    [`output/c/${STAMP_FILE}`]: stamp('slides/c.md', 'Deck C'),
    'output/assets-not-a-deck/x.png': 'x',
  });
  return { root, config: resolveConfig({ root }) };
}

const built = (name: string, over: Partial<DeckReport> = {}): DeckReport => ({
  name,
  source: `slides/${name}.md`,
  ok: true,
  skipped: false,
  slides: 3,
  outputs: ['slides.md'],
  diagnostics: [],
  timings: { plan: 10 },
  durationMs: 900,
  ...over,
});
const failedD: DeckReport = {
  ...built('d'),
  ok: false,
  slides: 0,
  error: { message: 'front matter is not valid YAML', file: 'slides/d.md', line: 2, chain: [] },
};
const previous: BuildReport = { version: '0', startedAt: '2024-03-01T10:00:00.000Z', durationMs: 1, decks: [failedD] };

describe('courseDecks', () => {
  it('lists every deck of the output folder when one deck is built, the others as from earlier builds', async () => {
    const { config } = project();
    const decks = await courseDecks(config, [built('b')], previous);
    expect(decks.map((d) => [d.name, d.earlier ?? false])).toEqual([
      ['a', true],
      ['b', false],
      ['c', true],
      ['d', true],
    ]);
    expect(decks[0]).toMatchObject({
      title: 'Deck A',
      date: '1 Mar 2024',
      builtAt: '2024-03-01T10:00:00.000Z',
      slides: 9,
      ok: true,
      skipped: true,
      timings: {},
    });
    expect(decks[1]).toMatchObject({ durationMs: 900, timings: { plan: 10 } });
    expect(decks[3]).toMatchObject({ ok: false, error: { message: 'front matter is not valid YAML' } });
  });

  it('drops a deck whose source is gone, though its folder remains', async () => {
    const { root, config } = project();
    rmSync(path.join(root, 'slides/c.md'));
    rmSync(path.join(root, 'slides/d.md'));
    expect((await courseDecks(config, [built('a')], previous)).map((d) => d.name)).toEqual(['a', 'b']);
  });

  it("lists a shard's decks only", async () => {
    const { config } = project();
    const shard = { index: shardOfDeck('a', 3), count: 3 };
    const decks = await courseDecks(config, [], previous, shard);
    expect(decks.map((d) => d.name)).toEqual(['a', 'b', 'c', 'd'].filter((n) => shardOfDeck(n, 3) === shard.index));
  });

  it('does not list a failure again once this run built its source', async () => {
    const { config } = project();
    const d = (await courseDecks(config, [built('d')], previous)).find((x) => x.name === 'd')!;
    expect(d.ok).toBe(true);
    expect(d.earlier).toBeUndefined();
  });
});
