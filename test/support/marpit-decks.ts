// Decks through Marp with deckhand's Marpit patches and, in a fresh Node handed another Marpit version, without
// them: what test/render/marp/marpit-patches tests compare. Used by the unit test (the samples) and the corpus test.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Marp as MarpEngine } from '@marp-team/marp-core';
import { expect } from 'vitest';
import { createMarp, loadThemes } from '../../scripts/render/marp/marp-engine.js';
import { deckOf, sourceAt } from './documents.js';
import { REPO_ROOT } from './seeds.js';

export const TEMPLATES = path.join(REPO_ROOT, 'templates');
const DIST = path.join(REPO_ROOT, 'dist/scripts/render/marp');

export interface Parsed {
  tokens: string;
  html: string;
}

/** What a Marp makes of a deck: its token stream (as JSON) and its HTML. Also run in the fresh Node, as its source. */
export const parse = (marp: MarpEngine, markdown: string): Parsed => ({
  tokens: JSON.stringify(marp.markdown.parse(markdown, {})),
  html: marp.render(markdown).html,
});

/** The Marp Markdown deckhand writes for each file (absolute paths), by file name. */
export async function deckhandDecks(files: string[]): Promise<Map<string, string>> {
  const decks = new Map<string, string>();
  for (const abs of files) {
    const rel = path.basename(abs);
    decks.set(rel, (await deckOf(sourceAt(rel, path.dirname(abs)))).marpMarkdown);
  }
  return decks;
}

/** The decks through a Marp made in a fresh Node after patchMarpit was told Marpit is `version`. */
export function inFreshNode(
  decks: string[],
  version: string,
  work: string,
): {
  patches: Record<string, unknown>;
  ownRule: boolean;
  parsed: Parsed[];
  notes: Record<string, unknown>[];
} {
  const input = path.join(work, 'decks.json');
  writeFileSync(input, JSON.stringify(decks));
  const script = `
    import { createRequire } from 'node:module';
    import { readFileSync } from 'node:fs';
    const { installedMarpit, patchMarpit } = await import(${JSON.stringify(path.join(DIST, 'marpit-patches.js'))});
    const { createMarp, loadThemes } = await import(${JSON.stringify(path.join(DIST, 'marp-engine.js'))});
    const marpit = createRequire(createRequire(import.meta.url).resolve(${JSON.stringify(path.join(REPO_ROOT, 'node_modules/@marp-team/marp-core'))}));
    const slide = marpit('@marp-team/marpit/lib/markdown/slide.js');
    const before = slide.slide;
    patchMarpit({ ...installedMarpit(), version: ${JSON.stringify(version)} });
    const { marp, patches } = createMarp(loadThemes(${JSON.stringify(TEMPLATES)}));
    const parse = ${parse.toString()};
    const parsed = JSON.parse(readFileSync(${JSON.stringify(input)}, 'utf8')).map((md) => parse(marp, md));
    const { loadBuildAssets } = await import(${JSON.stringify(path.join(REPO_ROOT, 'dist/scripts/pipeline/build-context.js'))});
    const { notes } = await loadBuildAssets({ root: ${JSON.stringify(REPO_ROOT)}, templatesDir: ${JSON.stringify(TEMPLATES)}, formats: [] });
    console.log(JSON.stringify({ patches, ownRule: slide.slide === before, parsed, notes }));`;
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
  });
  return JSON.parse(out);
}

/** Checks that the patched Marp and Marpit's own rules (in a fresh Node) give every deck the same tokens and HTML. */
export function expectSameAsOwnRules(decks: Map<string, string>, work: string): void {
  const { marp } = createMarp(loadThemes(TEMPLATES));
  const patched = [...decks.values()].map((md) => parse(marp, md));
  const own = inFreshNode([...decks.values()], '0.0.0-other', work);
  expect(own.ownRule).toBe(true);
  expect(own.parsed).toHaveLength(decks.size);
  [...decks.keys()].forEach((name, i) => {
    expect(patched[i]!.tokens.length, name).toBeGreaterThan(1000);
    expect(patched[i]!.tokens, name).toBe(own.parsed[i]!.tokens);
    expect(patched[i]!.html, name).toBe(own.parsed[i]!.html);
  });
  // The decks have many slides each: the rule that cuts them was exercised.
  expect(Math.min(...patched.map((p) => (p.html.match(/<section/g) ?? []).length))).toBeGreaterThanOrEqual(14);
}
