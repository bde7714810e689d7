// A document for a test, from Markdown text held in memory (or from a file): the SourceDoc a build would read,
// and what the real phases make of it: its document model, its slide plan, its deck (Marp Markdown and HTML).
//   sourceOf(text, 'slides/k.md')   text as the document at that path (kind and name from the path)
//   sourceAt('test/fixtures/x.md')  a file, read and decoded as a build reads it
//   modelOf(text | source)          ingest and parse: the DocModel
//   planOf(text | source)           and plan, under the default budgets and the document's own
//   await deckOf(text | source)     every pure phase (images checked, planned, rendered): deck.plan, deck.marpMarkdown
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type Config, DEFAULT_BUDGETS, resolveConfig } from '../../scripts/config.js';
import { outputName } from '../../scripts/ingest/discover-sources.js';
import { formatOf } from '../../scripts/ingest/formats.js';
import { decodeSource } from '../../scripts/ingest/load-source.js';
import { parseDocument } from '../../scripts/parse/parse-document.js';
import { type BuildAssets, loadBuildAssets } from '../../scripts/pipeline/build-context.js';
import { renderSource, toMarkdown } from '../../scripts/pipeline/phases.js';
import { keepSlides } from '../../scripts/plan/keep-slides.js';
import { planSlides } from '../../scripts/plan/plan-slides.js';
import type { DocModel, PlanHints, RenderedDeck, SlidePlan, SourceDoc, SourceKind } from '../../scripts/types.js';
import { REPO_ROOT } from './seeds.js';

/** A build's config for the repository: default budgets, templates and themes, no config file. */
export const TEST_CONFIG = resolveConfig({ root: REPO_ROOT, quiet: true });

/** The kind of source a path names, as the registry of formats says (Markdown for a name it does not know). */
const kindOf = (file: string): SourceKind => formatOf(file)?.kind ?? 'markdown';

/** `text` as the document at `relPath` (relative to `root`), as given: no decoding, no file. */
export function sourceOf(text: string, relPath = 'slides/test.md', root = REPO_ROOT): SourceDoc {
  const abs = path.resolve(root, relPath);
  const hash = createHash('sha256').update(text).digest('hex');
  return { path: abs, relPath, name: outputName(abs), kind: kindOf(relPath), text, hash };
}

/** The file at `relPath` (relative to `root`), read and decoded as a build reads it. */
export function sourceAt(relPath: string, root = REPO_ROOT): SourceDoc {
  const abs = path.resolve(root, relPath);
  return decodeSource({ path: abs, relPath, name: outputName(abs), kind: kindOf(relPath) }, readFileSync(abs));
}

type Input = string | SourceDoc;
const toSource = (input: Input): SourceDoc => (typeof input === 'string' ? sourceOf(input) : input);

/** The document model: raw text normalized, a saved page's article taken out, or front matter read; then parsed. */
export function modelOf(input: Input, config: Readonly<Config> = TEST_CONFIG): DocModel {
  return parseDocument(toMarkdown(toSource(input), config));
}

/**
 * The slide plan of the document model, under the default budgets and the document's own (images unchecked); an
 * author's own deck keeps its slides.
 */
export function planOf(input: Input | DocModel, hints: PlanHints = {}): SlidePlan {
  const doc = typeof input === 'object' && 'sections' in input ? input : modelOf(input);
  const budgets = { ...DEFAULT_BUDGETS, ...doc.meta.budgets };
  return doc.deck ? keepSlides(doc, budgets, hints) : planSlides(doc, budgets, hints);
}

const loaded = new WeakMap<Readonly<Config>, Promise<BuildAssets>>();

/** The templates, themes and Marp of a config, loaded once for every test that asks. */
export function assetsOf(config: Readonly<Config> = TEST_CONFIG): Promise<BuildAssets> {
  const assets = loaded.get(config) ?? loadBuildAssets(config);
  loaded.set(config, assets);
  return assets;
}

/** The deck every pure phase makes of the document, as a build's first plan: its plan, Marp Markdown and HTML. */
export async function deckOf(input: Input, config: Readonly<Config> = TEST_CONFIG): Promise<RenderedDeck> {
  return renderSource(toSource(input), { config, ...(await assetsOf(config)) }).deck;
}
