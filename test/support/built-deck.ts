// The deck a build really made of a source: its first plan, re-planned with the hints the build's overflow check
// gave (kept in the deck's stamp), so tests read the same slides the outputs show.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BuildAssets } from '../../scripts/pipeline/build-context.js';
import type { Stamp } from '../../scripts/pipeline/cache.js';
import { planAndRender, renderSource } from '../../scripts/pipeline/phases.js';
import type { Config } from '../../scripts/config.js';
import type { RenderedDeck } from '../../scripts/types.js';
import { sourceAt } from './documents.js';
import { REPO_ROOT } from './seeds.js';

/** The final deck of the source at `rel` (relative to config.root) as the build in `config.outDir` made it. */
export function builtDeck(rel: string, config: Readonly<Config>, assets: BuildAssets): RenderedDeck {
  const source = sourceAt(rel, config.root);
  const name = source.name;
  const ctx = { config, ...assets };
  const first = renderSource(source, ctx).deck;
  const stamp = JSON.parse(readFileSync(path.join(config.outDir, name, '.deckhand-build.json'), 'utf8')) as Stamp;
  const hints = stamp.slidePage?.hints;
  return hints ? planAndRender(first.plan.doc, ctx, hints) : first;
}

/** The final deck of seed `name` as the build in `config.outDir` made it. */
export function builtSeedDeck(name: string, config: Readonly<Config>, assets: BuildAssets): RenderedDeck {
  return builtDeck(`slides/${name}.txt`, { ...config, root: REPO_ROOT }, assets);
}
