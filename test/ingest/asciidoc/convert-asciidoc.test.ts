// AsciiDoc through Asciidoctor.js in its secure mode: its blocks as the frames, code, math and tables deckhand
// reads, its header as front matter, each line at its AsciiDoc line, and what it cannot follow listed.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { convertAsciidoc } from '../../../scripts/ingest/asciidoc/convert-asciidoc.js';
import type { SourceDoc } from '../../../scripts/types.js';
import { REPO_ROOT } from '../../support/seeds.js';

const source = (text: string, relPath = 'slides/sorting.adoc'): SourceDoc => ({
  path: path.join('/p', relPath),
  relPath,
  name: 'sorting',
  kind: 'asciidoc',
  text,
  hash: 'h',
});

describe('convertAsciidoc', () => {
  it('reads admonitions, examples, sidebars of notes, code, formulas and tables, with the header as front matter', async () => {
    const text = readFileSync(path.join(REPO_ROOT, 'test/fixtures/formats/sorting.adoc'), 'utf8');
    const converted = await convertAsciidoc(source(text));
    const markdown = converted.markdown;
    expect(markdown).toMatch(/^---\ntitle: Sorting Algorithms\nauthor: Ada Lovelace\n---\n\n## Why sort\?\n/);
    for (const part of [
      'so it needs about $\\log_2 n$ comparisons.',
      '::: note\n\nBinary search needs sorted input.\n\n:::',
      '$$\nT(n) = 2T(n/2) + n\n$$',
      '1.  Split the list in two halves.',
      '```python\ndef merge(a, b):',
      '::: {.example title="Exercise: merge by hand"}',
      '::: speaker-notes\n\nAsk who has sorted a deck of cards this way.',
      '::: warning',
      '| Merge sort | $n \\log n$ |',
    ])
      expect(markdown).toContain(part);
    expect(markdown).not.toMatch(/\[stem\]|\+\+\+\+|^====|^\*\*\*\*|^\.\w|\|===/m);
    const at = (line: string) => converted.lineMap[markdown.split('\n').indexOf(line)];
    expect([at('## Merge sort'), at('def merge(a, b):'), at('::: warning')]).toEqual([17, 25, 42]);
  });

  it('follows no include and shows no passthrough HTML, and says so at their lines', async () => {
    const text = '= Notes\n\ninclude::secret.adoc[]\n\n++++\n<script>alert(1)</script>\n++++\n\nText.\n';
    const converted = await convertAsciidoc(source(text));
    expect(converted.markdown).toBe('---\ntitle: Notes\n---\n\nText.\n');
    expect(converted.diagnostics.map((d) => [d.line, d.message])).toEqual([
      [3, 'include::secret.adoc is not followed (a file the document includes is not read): left out'],
      [5, 'a passthrough block (raw HTML for Asciidoctor’s own output): its HTML is not shown, only its text'],
    ]);
  });
});
