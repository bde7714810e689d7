// The real lectures in pandoc's formats (test/fixtures/formats/, copies of corpus files 30-33), loaded as a build
// loads them: Sphinx, an Org deck, a Word handout and a Beamer deck, with nothing of their markup left.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatOf } from '../../../scripts/ingest/formats.js';
import { loadSource } from '../../../scripts/ingest/load-source.js';
import type { ConvertedSource } from '../../../scripts/types.js';
import { REPO_ROOT } from '../../support/seeds.js';

const FIXTURES = 'test/fixtures/formats';

async function load(name: string): Promise<ConvertedSource> {
  const relPath = path.join(FIXTURES, name);
  const file = path.join(REPO_ROOT, relPath);
  const doc = await loadSource({ path: file, relPath, name, kind: formatOf(file)!.kind });
  return doc.converted!;
}

/** The Markdown's lines outside fenced code. */
function prose(markdown: string): string[] {
  let fence: string | undefined;
  return markdown.split('\n').filter((line) => {
    const open = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    if (open && (!fence || open.length >= fence.length)) fence = fence ? undefined : open;
    return !open && !fence;
  });
}

/** An author's deck's slides: the parts of its Marp Markdown between `---` lines, front matter apart. */
const slides = (markdown: string) => markdown.replace(/^---\n[\s\S]*?\n---\n/, '').split(/\n---\n/);

describe('the corpus in pandoc’s formats', () => {
  it('keeps the 18 frames of a Beamer chapter as 18 slides, each with its title, and no LaTeX shown', async () => {
    const converted = await load('33_en_beamer_hsf-cpp-raii.tex');
    const deck = slides(converted.markdown);
    expect(deck).toHaveLength(18);
    expect(deck.map((s) => /^## (.*)$/m.exec(s)?.[1])).toContain('Resource Acquisition Is Initialization (RAII)');
    expect(deck.every((s) => /^## /m.test(s))).toBe(true);
    expect(prose(converted.markdown).filter((l) => /\\[a-zA-Z]|\\begin|cppcode/.test(l))).toEqual([]);
    expect(converted.markdown).toContain('::: {.tip title="Use std::fstream for file handling"}');
  });

  it('keeps an Org lecture of 48 headlines as a title slide and 48 slides, with no Org markup shown', async () => {
    const converted = await load('31_en_org_wordle-lecture.org');
    expect(slides(converted.markdown)).toHaveLength(49);
    expect(prose(converted.markdown).filter((l) => /#\+|^\*+ /.test(l))).toEqual([]);
  });

  it("carries a Word handout's five pictures, each standing as a picture of its own", async () => {
    const converted = await load('32_en_docx_nuitrcs-d3-handout.docx');
    const folder = '32_en_docx_nuitrcs-d3-handout_files/media';
    expect(converted.images.map((i) => i.ref).sort()).toEqual(
      ['image1.jpeg', 'image2.jpeg', 'image3.png', 'image4.png', 'image5.png'].map((f) => `${folder}/${f}`),
    );
    const pictures = converted.markdown.split('\n').filter((l) => l.includes(folder));
    expect(pictures).toHaveLength(5);
    for (const line of pictures) expect(line).toMatch(/^\s*(\d+\.\s+)?!\[[^\]]*\]\([^)]+\)$/);
    expect(converted.markdown).toMatch(/^---\ntitle: "Intro to d3.js: Relevant Links"\n---\n/);
    expect(converted.markdown).toContain('\n## Intro to d3.js: Review Topics\n');
  });

  it("reads a Sphinx lesson's directives as frames, with no directive or role shown, each line at its RST line", async () => {
    const converted = await load('30_en_rst-sphinx_enccs-gpu-computing.rst');
    const shown = prose(converted.markdown);
    expect(shown.filter((l) => /^\s*\.\. |interpreted-text|:\w+:`|\{\.align/.test(l))).toEqual([]);
    expect(shown).toEqual(
      expect.arrayContaining([
        '::: questions',
        '::: {.exercise title="Perform matrix multiplication with single precision"}',
      ]),
    );
    const lines = converted.markdown.split('\n');
    expect(converted.lineMap[lines.indexOf("### Moore's law")]).toBe(30);
    expect(converted.diagnostics.filter((d) => d.severity === 'warning')).toHaveLength(28);
  });
});
