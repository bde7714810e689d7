// Every theme a deck can use (deckhand's own, Marp's default, gaia and uncover, and their colour variants) meets
// WCAG 2.1 AA contrast (4.5:1 for text, 3:1 for large text) on every element a deck shows, its code highlighting
// included: a fixture deck of every element, rendered in each theme, checked by axe-core in Chromium.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BrowserPool } from '../../scripts/browser/browser-pool.js';
import { createMarp, loadThemes, themeNames } from '../../scripts/render/marp/marp-engine.js';
import { fontFaceCss } from '../../scripts/render/fonts.js';
import { axeOnFile, violationLines } from '../support/axe.js';
import { REPO_ROOT } from '../support/seeds.js';

const FIXTURE = readFileSync(path.join(REPO_ROOT, 'test/fixtures/a11y/every-element.md'), 'utf8');
const themes = loadThemes(path.join(REPO_ROOT, 'templates'));
const { marp } = createMarp(themes);
const dir = mkdtempSync(path.join(os.tmpdir(), 'deckhand-contrast-'));
const pool = new BrowserPool(1);
afterAll(async () => {
  await pool.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Each theme, and each colour variant it offers as a class: what an author's deck can look like. */
const VARIANTS: [theme: string, cls: string][] = [
  ...themeNames(themes).map((name): [string, string] => [name, '']),
  ['default', 'invert'],
  ['gaia', 'invert'],
  ['gaia', 'gaia'],
  ['uncover', 'invert'],
];

/** The fixture deck in one theme and variant, as a page of its slides. */
function page(theme: string, cls: string): string {
  let markdown = FIXTURE.replace('theme: THEME', `theme: ${theme}${cls ? `\nclass: ${cls}` : ''}`);
  // A slide's own class replaces the deck's: each keeps the variant too.
  if (cls) markdown = markdown.replace(/<!-- _class: ([^>]*) -->/g, `<!-- _class: $1 ${cls} -->`);
  const { html, css } = marp.render(markdown);
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${theme} ${cls}</title><style>${fontFaceCss()}${css}</style></head><body><main>${html}</main></body></html>`;
}

describe('theme contrast', () => {
  it.each(VARIANTS)(
    '%s %s meets 4.5:1 for text and 3:1 for large text, code highlighting included',
    async (theme, cls) => {
      const file = path.join(dir, `${theme}${cls ? `-${cls}` : ''}.html`);
      writeFileSync(file, page(theme, cls));
      const violations = (await axeOnFile(pool, file, ['color-contrast'])).filter((v) => v.id === 'color-contrast');
      expect(violationLines(violations)).toEqual([]);
    },
  );
});
