// An author's slide that is too full is fitted as the author's own tool would fit it, never split: its type set
// smaller, then, when that is not enough (a slide of two tall pictures has little type), its content scaled as a
// whole. Nothing is left running off the slide.
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveConfig } from '../../scripts/config.js';
import { build } from '../../scripts/pipeline/build.js';
import type { BuildReport } from '../../scripts/types.js';
import { tempTree } from '../support/fixtures.js';
import { REPO_ROOT } from '../support/seeds.js';

const DECK = `---
marp: true
theme: default
---

# Blade server chassis

![w:900](ocean.png)

![w:900](ocean.png)

---

# A slide that fits
`;

let root: string;
let report: BuildReport;

beforeAll(async () => {
  root = tempTree({});
  cpSync(path.join(REPO_ROOT, 'test/fixtures/decks/ocean.png'), path.join(root, 'slides', 'ocean.png'));
  writeFileSync(path.join(root, 'slides', 'servers.md'), DECK);
  const config = resolveConfig({ root, outDir: path.join(root, 'output'), formats: ['html', 'pdf'], quiet: true });
  report = await build(config);
}, 300_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('a kept slide of two tall pictures', () => {
  it('is scaled as a whole until it fits, and stays one slide', () => {
    const deck = report.decks[0]!;
    expect(deck.ok, deck.error?.message).toBe(true);
    expect(deck.slides).toBe(2);
    expect(deck.overflow ?? []).toEqual([]);
    const warning = deck.diagnostics.find((d) => d.code === 'overflow');
    expect(warning).toMatchObject({
      line: 6,
      severity: 'warning',
      message: expect.stringMatching(/content scaled to \d+%/),
    });
  });

  it('writes the scale into the Marp Markdown as a style scoped to that slide only', () => {
    const md = readFileSync(path.join(root, 'output', 'servers', 'slides.md'), 'utf8');
    const zooms = md.match(/<style scoped>section > :not\(header\):not\(footer\) \{ zoom: 0\.\d+; \}<\/style>/g) ?? [];
    expect(zooms).toHaveLength(1);
    expect(md.indexOf(zooms[0]!)).toBeLessThan(md.indexOf('# A slide that fits'));
  });
});
