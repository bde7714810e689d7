// Marp's auto-scaling in our pages, which run no script: a `<!-- fit -->` heading fills its line, and a code block of
// a theme with auto-scaling (Marp's default) is scaled down to its longest line, as in Marp's own PDF.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveConfig } from '../../scripts/config.js';
import { build } from '../../scripts/pipeline/build.js';
import type { BuildReport } from '../../scripts/types.js';
import { tempTree } from '../support/fixtures.js';

const DECK = `---
marp: true
theme: default
---

# <!-- fit --> A long title that Marp fits to the width of the slide

---

## A long line of code

\`\`\`python
result = some_function_with_a_long_name(first_argument, second_argument, third_argument, fourth_argument, fifth)
\`\`\`
`;

let root: string;
let report: BuildReport;

beforeAll(async () => {
  root = tempTree({ 'slides/fit.md': DECK });
  const config = resolveConfig({ root, outDir: path.join(root, 'output'), formats: ['html', 'pdf'], quiet: true });
  report = await build(config);
}, 300_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('Marp’s auto-scaling', () => {
  it('fits the code block to the slide: no slide overflows or is scaled as a whole', () => {
    const deck = report.decks[0]!;
    expect(deck.ok, deck.error?.message).toBe(true);
    expect(deck.slides).toBe(2);
    expect(deck.diagnostics.filter((d) => d.code === 'overflow')).toEqual([]);
  });

  it('puts a fitted heading on one line, as Marp does', () => {
    const pdf = path.join(root, 'output', 'fit', 'slides.pdf');
    const text = execFileSync('pdftotext', ['-layout', '-f', '1', '-l', '1', pdf, '-'], { encoding: 'utf8' });
    expect(text).toMatch(/A long title that Marp fits to the width of the slide/);
  });
});
