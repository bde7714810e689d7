// Parsing: Markdown becomes sections of blocks, each with its source file and line.
import { describe, expect, it } from 'vitest';
import type { Block } from '../../scripts/types.js';
import { modelOf, sourceOf } from '../support/documents.js';

type ListBlock = Extract<Block, { type: 'list' }>;

const parse = (text: string) => modelOf(sourceOf(text, 'slides/k.md'));

const LECTURE = `---
author: Ibu Sari
---
# Diplomasi Indonesia

Pengantar singkat tentang diplomasi.

## Latar Belakang

Indonesia menjalin hubungan dengan banyak negara.

- ASEAN
  - Jakarta
- G20

### Sejarah

| Tahun | Peristiwa |
| --- | --- |
| 1945 | Merdeka |

<!-- deckhand: skip -->
Paragraf yang tidak tampil di slide.

![Peta](peta.png)

## Kesimpulan

> Kerja sama adalah kunci.
`;

describe('parseDocument', () => {
  const doc = parse(LECTURE);

  it('takes a lone leading # heading as the title', () => {
    expect(doc.meta.title).toBe('Diplomasi Indonesia');
    expect(doc.meta.author).toBe('Ibu Sari');
  });

  it('keeps text before the first section as the intro', () => {
    expect(doc.intro).toHaveLength(1);
    expect(doc.intro[0]).toMatchObject({ type: 'paragraph', pos: { file: 'slides/k.md', line: 6 } });
  });

  it('groups blocks under sections and sub-sections, with source lines', () => {
    expect(doc.sections.map((s) => s.title)).toEqual(['Latar Belakang', 'Kesimpulan']);
    expect(doc.sections[0]!.pos.line).toBe(8);
    expect(doc.sections[0]!.children.map((c) => c.title)).toEqual(['Sejarah']);
  });

  it('keeps nested lists as a tree', () => {
    const list = doc.sections[0]!.blocks[1]!;
    expect(list.type).toBe('list');
    if (list.type === 'list') expect(list.items[0]!.children.map((c) => c.text)).toEqual(['Jakarta']);
  });

  it('reads tables, images, quotes and author directives', () => {
    const sub = doc.sections[0]!.children[0]!.blocks;
    expect(sub[0]).toMatchObject({ type: 'table', header: ['Tahun', 'Peristiwa'], rows: [['1945', 'Merdeka']] });
    expect(sub[1]).toMatchObject({ type: 'paragraph', directives: [{ kind: 'skip' }] });
    expect(sub[2]).toMatchObject({ type: 'image', src: 'peta.png', alt: 'Peta' });
    expect(doc.sections[1]!.blocks[0]).toMatchObject({ type: 'quote', text: 'Kerja sama adalah kunci.' });
  });

  it.each([
    ['side by side', '![Before](before.png) ![After](after.png)'],
    ['one a line', '![Before](before.png)\n![After](after.png)'],
  ])('keeps a paragraph of two pictures %s as both pictures, in order', (_, row) => {
    const blocks = parse(`# T\n\n## S\n\n${row}\n`).sections[0]!.blocks;
    expect(blocks).toMatchObject([
      { type: 'image', src: 'before.png', alt: 'Before', pos: { line: 5 } },
      { type: 'image', src: 'after.png', alt: 'After', pos: { line: 5 } },
    ]);
  });

  it('keeps a paragraph of linked pictures (a video thumbnail, badges) as its pictures', () => {
    const text = '# T\n\n## S\n\n[![Build](b.svg)](https://ci.example.org) [![DOI](d.svg)](https://doi.org/x)\n';
    expect(parse(text).sections[0]!.blocks).toMatchObject([
      { type: 'image', src: 'b.svg', alt: 'Build' },
      { type: 'image', src: 'd.svg', alt: 'DOI' },
    ]);
  });

  it('gives a numbered step that opens with a picture no empty number: its picture and text follow the list', () => {
    const t = parse(
      '# T\n\n## S\n\n1.  Examine your data:\n\n    1.  ![](a.png)\n\n        Is it in the right format?\n\n    2.  Do you need a web server?\n',
    );
    const [list, image, text, rest] = t.sections[0]!.blocks as [ListBlock, Block, Block, ListBlock];
    expect(list.items[0]!.children).toEqual([]);
    expect(image).toMatchObject({ type: 'image', src: 'a.png' });
    expect(text).toMatchObject({ type: 'paragraph', text: 'Is it in the right format?' });
    expect(rest.items.map((i) => [i.number, i.text])).toEqual([[2, 'Do you need a web server?']]);
  });

  it('keeps a multiple-choice option that is only code as its number, above its code', () => {
    const t = parse('# T\n\n## S\n\n1.  ```py\n    x = 1\n    ```\n2.  ```py\n    x = 2\n    ```\n');
    expect((t.sections[0]!.blocks[0] as ListBlock).items.map((i) => i.number)).toEqual([1]);
  });

  it('keeps a paragraph that a following --- turned into a heading as a paragraph, with a warning', () => {
    const long =
      'Kalimat ini sangat panjang dan jelas bukan judul karena berisi banyak sekali kata yang menjelaskan sesuatu secara rinci dan panjang lebar kepada para pembaca yang budiman di mana pun mereka berada.';
    const t = parse(`# T\n\n## A\n\n${long}\n---\n`);
    expect(t.sections.map((s) => s.title)).toEqual(['A']);
    expect(t.sections[0]!.blocks[0]).toMatchObject({ type: 'paragraph', text: long });
    expect(t.diagnostics.some((d) => d.code === 'heading' && d.severity === 'warning')).toBe(true);
  });

  it('takes a short line naming a table as its caption', () => {
    const t = parse('# T\n\n## A\n\nTabel Contoh Kerja Sama:\n\n| a | b |\n| - | - |\n| 1 | 2 |\n');
    expect(t.sections[0]!.blocks).toHaveLength(1);
    expect(t.sections[0]!.blocks[0]).toMatchObject({ type: 'table', caption: 'Tabel Contoh Kerja Sama' });
  });

  it('keeps the text of raw HTML blocks and drops their tags and scripts', () => {
    const html = parse('# T\n\n<div class="pull">Kutipan <b>penting</b><script>alert(1)</script></div>\n');
    expect(html.intro[0]).toMatchObject({ type: 'paragraph', text: 'Kutipan penting' });
  });

  it('reads the Markdown under a line of only <br> as Markdown, not as the text of an HTML block', () => {
    const t = parse('# T\n\n## A\n\nText.\n\n<br>\n#### Sketch of the *stencil*\nIts caption.\n');
    const blocks = [...t.sections[0]!.blocks, ...t.sections[0]!.children.flatMap((c) => c.blocks)];
    expect(JSON.stringify(t.sections)).not.toContain('####');
    expect(t.sections[0]!.children.map((c) => c.title)).toContain('Sketch of the *stencil*');
    expect(blocks.some((b) => b.type === 'paragraph' && b.text === 'Its caption.')).toBe(true);
  });

  it('takes footnote references out of the text and keeps each note, off the slides, after the block citing it', () => {
    const t = parse(
      '# T\n\n## A\n\nThe theorem holds.[^clt] It took two centuries.^[De Moivre, then Lyapunov.]\n\nNext.\n\n[^clt]: See Billingsley, section 27.\n',
    );
    const blocks = t.sections[0]!.blocks as Extract<Block, { type: 'paragraph' }>[];
    expect(blocks.map((b) => [b.text, b.directives.map((d) => d.kind)])).toEqual([
      ['The theorem holds. It took two centuries.', []],
      ['See Billingsley, section 27.', ['skip']],
      ['De Moivre, then Lyapunov.', ['skip']],
      ['Next.', []],
    ]);
  });

  it('reads a definition list as bullets that each define their term in bold, every definition kept', () => {
    const t = parse(
      '# T\n\n## Terms\n\nRepository\n: Where the history of your work is stored.\n\nCommit\n: A snapshot of the files.\n: It has a `message`.\n\nA line: with a colon stays prose.\n',
    );
    const [list, prose] = t.sections[0]!.blocks;
    expect(list).toMatchObject({
      type: 'list',
      ordered: false,
      items: [
        { markdown: '**Repository**: Where the history of your work is stored.', children: [] },
        { markdown: '**Commit**: A snapshot of the files. It has a `message`.', children: [] },
      ],
    });
    const commit = (list as Extract<Block, { type: 'list' }>).items[1]!;
    expect(commit.atoms?.map((a) => [a.text, commit.text.slice(a.at, a.at! + a.text.length)])).toEqual([
      ['message', 'message'],
    ]);
    expect(prose).toMatchObject({ type: 'paragraph', text: 'A line: with a colon stays prose.' });
  });

  it('falls back to the file name for a document without any heading, with a warning', () => {
    const plain = parse('Hanya satu paragraf.\n');
    expect(plain.meta.title).toBe('K');
    expect(plain.diagnostics.some((d) => d.code === 'title')).toBe(true);
  });
});

describe('raw HTML as text', () => {
  const doc = parse(
    [
      '# T',
      '',
      '## Menu',
      '',
      '<div class="note"><p>Fish &amp; chips &mdash; with &lt;div&gt; tags named</p></div>',
      '',
      '<h3>Salt &amp; vinegar</h3>',
      '',
      '<pre><code>if (a &lt; b &amp;&amp; c)</code></pre>',
      '',
      'Press <kbd>Ctrl &amp; C</kbd> to stop.',
      '',
    ].join('\n'),
  );
  const blocks = [...doc.sections[0]!.blocks, ...doc.sections[0]!.children.flatMap((c) => c.blocks)];

  it('reaches the slide with its character references read: "Fish & chips —", a tag it names kept as text', () => {
    expect(blocks[0]).toMatchObject({ type: 'paragraph', text: 'Fish & chips — with <div> tags named' });
    expect((blocks[0] as { markdown: string }).markdown).toBe('Fish \\& chips — with \\<div\\> tags named');
  });

  it('reads references in an HTML heading, in <pre> code and in <kbd>', () => {
    expect(doc.sections[0]!.children[0]!.title).toBe('Salt \\& vinegar');
    expect(blocks.find((b) => b.type === 'code')).toMatchObject({ code: 'if (a < b && c)' });
    expect(blocks.at(-1)).toMatchObject({ markdown: 'Press `Ctrl & C` to stop.' });
  });
});
