// deckhand's Marpit patches change speed, never a result: on real decks (the samples as deckhand writes them, and
// authors' own Marp decks from the corpus) the patched engine gives the same tokens and HTML as Marpit's own rules,
// which a fresh Node shows by being handed another Marpit version: the patches stay off there, and it says why.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveConfig } from '../../../scripts/config.js';
import { decodeSource } from '../../../scripts/ingest/load-source.js';
import { loadBuildAssets, type BuildAssets } from '../../../scripts/pipeline/build-context.js';
import { renderSource } from '../../../scripts/pipeline/phases.js';
import type { Marp as MarpEngine } from '@marp-team/marp-core';
import { createMarp, loadThemes } from '../../../scripts/render/marp/marp-engine.js';
import { installedMarpit, PATCHED_MARPIT } from '../../../scripts/render/marp/marpit-patches.js';
import { corpusFile } from '../../support/corpus.js';
import { REPO_ROOT, SEED_FILES } from '../../support/seeds.js';

const TEMPLATES = path.join(REPO_ROOT, 'templates');
const DIST = path.join(REPO_ROOT, 'dist/scripts/render/marp');
/** Corpus lessons as deckhand makes decks of them: a Carpentries lesson (exercises, code), MyST, GitHub alerts. */
const LESSONS = [
  '01_en_carpentries_git-github.md',
  '16_en_myst-colonfence_coderefinery-commits.md',
  '07_en_gfm-alerts_genai-js-intro.md',
];
/** Authors' own Marp decks (front matter, directives, images), read by Marp as they are. */
const MARP_DECKS = [
  'decks-formats-languages/23_en_marp_hdm-template-method.md',
  'decks-formats-languages/24_zh_marp_tsinghua-os-coroutine.md',
];

interface Parsed {
  tokens: string;
  html: string;
}

/** What a Marp makes of a deck: its token stream (as JSON) and its HTML. Also run in the fresh Node, as its source. */
const parse = (marp: MarpEngine, markdown: string): Parsed => ({
  tokens: JSON.stringify(marp.markdown.parse(markdown, {})),
  html: marp.render(markdown).html,
});

let assets: BuildAssets;
const decks = new Map<string, string>();
let work: string;

beforeAll(async () => {
  const config = resolveConfig({ root: REPO_ROOT, quiet: true });
  assets = await loadBuildAssets(config);
  const files = [
    ...[...SEED_FILES, 'test/fixtures/plan/code.md'].map((rel) => path.join(REPO_ROOT, rel)),
    ...LESSONS.map(corpusFile),
  ];
  for (const abs of files) {
    const rel = path.basename(abs);
    const kind = rel.endsWith('.md') ? 'markdown' : 'text';
    const source = decodeSource({ path: abs, relPath: rel, name: rel, kind }, readFileSync(abs));
    decks.set(rel, renderSource(source, { config, ...assets }).deck.marpMarkdown);
  }
  for (const name of MARP_DECKS) decks.set(name, readFileSync(corpusFile(name), 'utf8'));
  work = mkdtempSync(path.join(os.tmpdir(), 'deckhand-marpit-'));
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The decks through a Marp made in a fresh Node after patchMarpit was told Marpit is `version`. */
function inFreshNode(version: string): {
  patches: Record<string, unknown>;
  ownRule: boolean;
  parsed: Parsed[];
  notes: Record<string, unknown>[];
} {
  const input = path.join(work, 'decks.json');
  writeFileSync(input, JSON.stringify([...decks.values()]));
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

describe('Marpit patches', () => {
  it(`apply to the Marpit they were written for (${PATCHED_MARPIT}), the one installed`, () => {
    // A newer Marpit fails here on purpose: check marpit-slides.ts and marp-theme-cache.ts against it, then move
    // PATCHED_MARPIT. Builds meanwhile run on Marpit's own rules and say so.
    expect(installedMarpit().version).toBe(PATCHED_MARPIT);
    expect(createMarp(loadThemes(TEMPLATES)).patches).toMatchObject({ applied: true, version: PATCHED_MARPIT });
    expect(assets.notes).toEqual([]);
  });

  it("give the same tokens and HTML as Marpit's own rules on the samples and on authors' Marp decks", () => {
    const { marp } = createMarp(loadThemes(TEMPLATES));
    const patched = [...decks.values()].map((md) => parse(marp, md));
    const own = inFreshNode('0.0.0-other');
    expect(own.ownRule).toBe(true);
    expect(own.parsed).toHaveLength(decks.size);
    [...decks.keys()].forEach((name, i) => {
      expect(patched[i]!.tokens.length, name).toBeGreaterThan(1000);
      expect(patched[i]!.tokens, name).toBe(own.parsed[i]!.tokens);
      expect(patched[i]!.html, name).toBe(own.parsed[i]!.html);
    });
    // The decks have many slides each: the rule that cuts them was exercised.
    expect(Math.min(...patched.map((p) => (p.html.match(/<section/g) ?? []).length))).toBeGreaterThanOrEqual(14);
  });

  it('stay off for another Marpit, say so once with where its version is written, and never throw', () => {
    const { patches, notes } = inFreshNode('3.9.0');
    expect(patches).toMatchObject({ applied: false, version: '3.9.0' });
    expect(patches.file).toMatch(/marpit[\\/]package\.json$/);
    expect(patches.line).toBeGreaterThan(1);
    expect(patches.notice).toMatch(/Marpit 3\.9\.0.*3\.2\.3.*own slide rule/);
    // The build's notes (build-report.json, and an info line in the summary) carry it, with the file relative.
    expect(notes).toEqual([
      {
        file: path.join('node_modules', '@marp-team', 'marpit', 'package.json'),
        line: patches.line,
        severity: 'info',
        code: 'marpit-version',
        message: patches.notice,
      },
    ]);
  });
});
