// Which handout a deck gets: a flag given for this run wins over the document's front matter, which wins over the
// config file, which wins over the default.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../../scripts/pipeline/build.js';
import { resolveConfig, type ConfigFlags } from '../../scripts/config.js';
import { tempTree } from '../support/fixtures.js';

const DOC = `---
title: Uji Hipotesis
handout: { layouts: [lines], paper: letter }
---

# Uji Hipotesis

## Langkah

Kita mulai dari hipotesis nol dan hipotesis alternatif. Lalu kita memilih tingkat signifikansi sebelum melihat data.
`;

/** The layout and paper the deck's first handout was made with, as its page says. */
async function handoutOf(root: string, flags: ConfigFlags = {}): Promise<string> {
  const report = await build(resolveConfig({ root, formats: ['handout'], quiet: true, ...flags }));
  expect(report.decks.map((d) => [d.name, d.ok, d.error?.message])).toEqual([['uji', true, undefined]]);
  const html = readFileSync(path.join(root, 'output', 'uji', 'handout.html'), 'utf8');
  return /<body class="handout (layout-\S+ paper-\S+?)["\s]/.exec(html)![1]!;
}

describe('handout options', () => {
  const root = tempTree({
    'slides/uji.md': DOC,
    'deckhand.config.yaml': 'handout:\n  layouts: [grid-4]\n  paper: a4\n',
  });

  it('takes the front matter over the config file', async () => {
    expect(await handoutOf(root)).toBe('layout-lines paper-letter');
  });

  it('takes --handout and --paper given for this run over the front matter', async () => {
    expect(await handoutOf(root, { handoutLayouts: ['grid-6'], paper: 'a4' })).toBe('layout-grid-6 paper-a4');
    expect(await handoutOf(root, { paper: 'a4' })).toBe('layout-lines paper-a4');
  });

  it('takes the config file when the front matter names no handout', async () => {
    const plain = tempTree({
      'slides/uji.md': DOC.replace(/^handout:.*\n/m, ''),
      'deckhand.config.yaml': 'handout:\n  layouts: [grid-4]\n  paper: a4\n',
    });
    expect(await handoutOf(plain)).toBe('layout-grid-4 paper-a4');
  });
});
