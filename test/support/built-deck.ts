// The deck a build really made of a seed: its first plan, re-planned with the hints the build's overflow check gave
// (kept in the deck's stamp), so tests read the same slides the outputs show.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BuildAssets } from '../../scripts/build/build-context.js';
import type { Stamp } from '../../scripts/build/cache.js';
import { planAndRender, renderSource } from '../../scripts/build/phases.js';
import type { Config } from '../../scripts/config.js';
import { decodeSource } from '../../scripts/ingest/load-source.js';
import type { RenderedDeck } from '../../scripts/types.js';
import { REPO_ROOT } from './seeds.js';

/** The final deck of seed `name` as the build in `config.outDir` made it. */
export function builtSeedDeck(name: string, config: Readonly<Config>, assets: BuildAssets): RenderedDeck {
  const rel = `slides/${name}.txt`;
  const source = decodeSource({ path: path.join(REPO_ROOT, rel), relPath: rel, name, kind: 'text' }, readFileSync(path.join(REPO_ROOT, rel)));
  const ctx = { config, ...assets };
  const first = renderSource(source, ctx).deck;
  const stamp = JSON.parse(readFileSync(path.join(config.outDir, name, '.deckhand-build.json'), 'utf8')) as Stamp;
  const hints = stamp.slidePage?.hints;
  return hints ? planAndRender(first.plan.doc, ctx, hints) : first;
}
