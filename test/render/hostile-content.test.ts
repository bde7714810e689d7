// Content is text: Markdown, Marp and Handlebars syntax in a document never changes slide structure, the
// template, or runs code in the deck or the handout.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { resolveConfig } from '../../scripts/config.js';
import { loadBuildAssets } from '../../scripts/pipeline/build-context.js';
import { renderSource } from '../../scripts/pipeline/phases.js';
import { renderHandout } from '../../scripts/handout/render-handout.js';
import { decodeSource } from '../../scripts/ingest/load-source.js';
import type { SourceKind } from '../../scripts/types.js';
import { REPO_ROOT } from '../support/seeds.js';

const root = REPO_ROOT;
const config = resolveConfig({ root, quiet: true });
let assets: Awaited<ReturnType<typeof loadBuildAssets>>;
beforeAll(async () => {
  assets = await loadBuildAssets(config);
});

function render(file: string, kind: SourceKind) {
  const abs = path.join(root, 'test/fixtures/hostile', file);
  const source = decodeSource(
    { path: abs, relPath: `test/fixtures/hostile/${file}`, name: 'hostile', kind },
    readFileSync(abs),
  );
  const { deck } = renderSource(source, { config, ...assets });
  const handout = renderHandout(deck, 'notes', 'a4', assets.templates, assets.handoutCss);
  return { deck, handout };
}

const DANGER = [/<script\b/i, /<iframe\b/i, /<\w+[^>]*\son\w+\s*=/i, /href\s*=\s*["']?\s*javascript:/i];

/** CSS that the page applies: <style> blocks and style attributes (text that merely mentions url() is fine). */
const styles = (html: string) =>
  [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>|\sstyle\s*=\s*"([^"]*)"/gi)].map((m) => m[1] ?? m[2]).join('\n');

describe.each([
  ['hostile.md', 'markdown'],
  ['hostile.txt', 'text'],
] as const)('hostile content in %s', (file, kind) => {
  it('keeps Marp directives in content from changing any slide', () => {
    const { deck } = render(file, kind);
    expect(deck.slideHtml).toHaveLength(deck.plan.slides.length);
    expect(deck.html).not.toMatch(/class="[^"]*\binvert\b/);
    expect(deck.html).not.toMatch(/evil\.example\/bg\.png\)/);
  });

  it('never lets script, frames, event handlers or javascript: links into the deck', () => {
    const { deck } = render(file, kind);
    for (const pattern of DANGER) expect(deck.html).not.toMatch(pattern);
    expect(styles(deck.html)).not.toMatch(/evil\.example/);
  });

  it('never lets them into the handout either', () => {
    const { handout } = render(file, kind);
    const body = handout.html.slice(handout.html.indexOf('<body'));
    for (const pattern of DANGER) expect(body).not.toMatch(pattern);
    expect(styles(handout.html)).not.toMatch(/evil\.example/);
  });

  it('shows Handlebars syntax from content as text', () => {
    const { deck } = render(file, kind);
    expect(deck.marpMarkdown).toMatch(/\{\{/);
    expect(deck.plan.meta.title).toContain('{{');
  });
});
