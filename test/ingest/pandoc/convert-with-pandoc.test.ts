// Files pandoc reads, converted to the Markdown deckhand reads (pandoc 2.17 or newer on this machine, as in CI):
// Sphinx's frames, a Beamer deck and an Org deck as the author cut them, with nothing of their markup left.
import { execFileSync } from 'node:child_process';
import { copyFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ToolMissingError } from '../../../scripts/errors.js';
import { loadSource } from '../../../scripts/ingest/load-source.js';
import { convertWithPandoc } from '../../../scripts/ingest/pandoc/convert-with-pandoc.js';
import type { ConvertedSource, SourceDoc } from '../../../scripts/types.js';
import { tempTree } from '../../support/fixtures.js';
import { REPO_ROOT } from '../../support/seeds.js';

const from: Record<string, string> = { '.rst': 'rst', '.tex': 'latex', '.org': 'org', '.docx': 'docx' };

/** Converts `text` as the file `name` inside a project of `files`. */
function convert(name: string, text: string, files: Record<string, string> = {}): Promise<ConvertedSource> {
  const root = tempTree({ [`slides/${name}`]: text, ...files });
  const relPath = path.join('slides', name);
  const source: SourceDoc = { path: path.join(root, relPath), relPath, name: 'x', kind: 'pandoc', text, hash: 'h' };
  return convertWithPandoc(source, new TextEncoder().encode(text), from[path.extname(name)]!);
}

const lines = (...l: string[]) => `${l.join('\n')}\n`;

describe('convertWithPandoc: Sphinx', () => {
  it("gives sphinx-lesson's frames their titles, roles their text, an included file's code, and lists what it left out", async () => {
    const rst = lines(
      'Threads',
      '=======',
      '',
      '.. exercise:: Matrix multiplication',
      '',
      '   Save :download:`job.sh <exercise/job.sh>` and read :attr:`numba.cuda.threadIdx`.',
      '',
      '   .. literalinclude:: example/kernel.py',
      '      :language: python',
      '',
      '   .. solution::',
      '',
      '      .. literalinclude:: example/missing.py',
      '',
      '.. note::',
      '',
      '   Kernels return nothing.',
      '',
      '.. raw:: html',
      '',
      '   <iframe src="https://example.org"></iframe>',
    );
    const converted = await convert('threads.rst', rst, {
      'slides/example/kernel.py': 'def kernel(a):\n    return a\n',
    });
    expect(converted.markdown).toBe(
      lines(
        '# Threads',
        '',
        '::: {.exercise title="Matrix multiplication"}',
        'Save job.sh and read `numba.cuda.threadIdx`.',
        '',
        '``` python',
        'def kernel(a):',
        '    return a',
        '```',
        '',
        '::: solution',
        ':::',
        ':::',
        '',
        '::: note',
        'Kernels return nothing.',
        ':::',
      ),
    );
    expect(converted.lineMap.slice(0, 4)).toEqual([1, 1, 4, 6]);
    expect(converted.diagnostics.map((d) => [d.line, d.severity, d.message])).toEqual([
      [13, 'warning', 'the file example/missing.py that literalinclude shows is not in the project: left out'],
      [21, 'info', "raw html that only pandoc's own html output shows: left out"],
    ]);
  });
});

describe('convertWithPandoc: authors’ decks', () => {
  it('writes a Beamer deck as Marp Markdown: a slide a frame, overlays complete, notes at the end, boxes with titles', async () => {
    const tex = lines(
      '\\section{Smart pointers}',
      '\\begin{frame}{Why RAII?}',
      '  \\begin{itemize}',
      '  \\item<1-> acquire in the constructor \\pause',
      '  \\item<2-> release in the destructor',
      '  \\end{itemize}',
      '  \\note{Ask who has leaked memory this week.}',
      '\\end{frame}',
      '\\begin{frame}[fragile]',
      '  \\frametitle{In code}',
      '  \\begin{exercise}{Try it}',
      '    Compile \\cppinline{main.cpp}.',
      '  \\end{exercise}',
      '\\end{frame}',
    );
    const converted = await convert('raii.tex', tex);
    expect(converted.markdown).toBe(
      lines(
        '---',
        'marp: true',
        'title: Smart pointers',
        '---',
        '',
        '<!-- header: "Smart pointers" -->',
        '',
        '## Why RAII?',
        '',
        '-   acquire in the constructor',
        '',
        '-   release in the destructor',
        '',
        '<!--',
        'Ask who has leaked memory this week.',
        '-->',
        '',
        '---',
        '',
        '## In code',
        '',
        '::: {.exercise title="Try it"}',
        'Compile `main.cpp`.',
        ':::',
      ),
    );
  });

  it('writes an Org deck as Marp Markdown: a title slide, a slide a headline, its notes, no reveal.js settings shown', async () => {
    const org = lines(
      '#+TITLE: Sorting',
      '#+REVEAL_THEME: white',
      '',
      '* Why sort?',
      'Searching is faster.',
      '#+ATTR_REVEAL: :frag (appear)',
      '- Binary search',
      '',
      '#+BEGIN_NOTES',
      'Mention phone books.',
      '#+END_NOTES',
      '',
      '* Merge sort',
      '#+BEGIN_SRC python',
      'def merge(a, b):',
      '    pass',
      '#+END_SRC',
    );
    const converted = await convert('sorting.org', org);
    expect(converted.markdown).toBe(
      lines(
        '---',
        'marp: true',
        'title: Sorting',
        '---',
        '',
        '# Sorting',
        '',
        '---',
        '',
        '## Why sort?',
        '',
        'Searching is faster.',
        '',
        '-   Binary search',
        '',
        '<!--',
        'Mention phone books.',
        '-->',
        '',
        '---',
        '',
        '## Merge sort',
        '',
        '``` python',
        'def merge(a, b):',
        '    pass',
        '```',
      ),
    );
    const at = (text: string) => converted.lineMap[converted.markdown.split('\n').indexOf(text)];
    expect([at('## Why sort?'), at('Mention phone books.'), at('def merge(a, b):')]).toEqual([4, 10, 15]);
  });
});

describe('convertWithPandoc: without pandoc', () => {
  const saved = process.env.PANDOC_PATH;
  afterEach(() => {
    if (saved === undefined) delete process.env.PANDOC_PATH;
    else process.env.PANDOC_PATH = saved;
  });

  it('says what to install when PANDOC_PATH names no program, naming the file', async () => {
    process.env.PANDOC_PATH = '/nonexistent/pandoc';
    const error = await convert('notes.org', '* Notes\n').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ToolMissingError);
    expect((error as ToolMissingError).file).toBe(path.join('slides', 'notes.org'));
    expect((error as Error).message).toBe(
      'PANDOC_PATH (/nonexistent/pandoc) names no program; Org files are read with pandoc: install pandoc 2.17 or newer (Debian, Ubuntu: apt-get install -y pandoc) or set PANDOC_PATH',
    );
  });
});

describe('convertWithPandoc: OpenDocument and EPUB', () => {
  it.each(['odt', 'epub'])('reads a .%s file (written by pandoc from a lecture), carrying its picture', async (ext) => {
    const root = tempTree({
      'lecture.md': '# Maps\n\n## Borders\n\nASEAN has ten members.\n\n![The region](peta.png)\n',
    });
    copyFileSync(path.join(REPO_ROOT, 'test/fixtures/handout/peta-asean.png'), path.join(root, 'peta.png'));
    execFileSync('pandoc', ['lecture.md', '-o', `lecture.${ext}`], { cwd: root });
    const relPath = `lecture.${ext}`;
    const doc = await loadSource({ path: path.join(root, relPath), relPath, name: 'lecture', kind: 'pandoc' });
    expect(doc.text).toBe('');
    const markdown = doc.converted!.markdown;
    expect(markdown).toMatch(/## Borders\n\nASEAN has ten members\.\n/);
    expect(doc.converted!.images).toHaveLength(1);
    expect(markdown).toContain(`](${doc.converted!.images[0]!.ref})`);
    expect(doc.converted!.images[0]!.ref).toMatch(/^lecture_files\//);
  });
});
