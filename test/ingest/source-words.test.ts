// Lines of pandoc's Markdown found in the source by their words, whatever the markup on either side.
import { describe, expect, it } from 'vitest';
import { mapLines } from '../../scripts/ingest/source-words.js';

describe('mapLines', () => {
  it("finds each heading, paragraph and code line in an Org source through both sides' markup", () => {
    const org = [
      '#+title: Wordle',
      '',
      '* The code',
      '',
      'Uses *pattern matching* and ~foldl~',
      'on two',
      'lines.',
      '',
      '#+BEGIN_SRC haskell',
      'data Score = Green',
      '#+END_SRC',
    ].join('\n');
    const markdown = [
      '## The code',
      '',
      'Uses **pattern matching** and `foldl` on two lines.',
      '',
      '``` haskell',
      'data Score = Green',
      '```',
    ];
    expect(mapLines(markdown, org)).toEqual([3, 3, 5, 5, 5, 10, 10]);
  });

  it('finds repeated lines in order, and keeps the line before for one it cannot find', () => {
    const source = 'import numpy\n\nfirst part\n\nimport numpy\n\nsecond part';
    expect(mapLines(['first part', 'import numpy', 'not in the source at all', 'second part'], source)).toEqual([
      3, 5, 5, 7,
    ]);
  });
});
