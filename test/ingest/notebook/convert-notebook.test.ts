// Jupyter notebooks read from their JSON, never run: cells as Markdown and code, stored outputs as output blocks,
// figures and tables, Jupyter Book's tags, and a RISE notebook as the deck its author cut.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../scripts/errors.js';
import { convertNotebook } from '../../../scripts/ingest/notebook/convert-notebook.js';
import type { SourceDoc } from '../../../scripts/types.js';
import { RED_PNG, thrownBy } from '../../support/fixtures.js';
import { REPO_ROOT } from '../../support/seeds.js';

type Cell = { cell_type: string; source: string; metadata?: object; outputs?: object[]; attachments?: object };

/** A notebook as Jupyter writes it: one key a line, sources as lists of lines. */
function notebook(cells: Cell[], metadata: object = {}): string {
  const lines = (s: string) => s.split(/(?<=\n)/);
  const full = cells.map((c) => ({
    cell_type: c.cell_type,
    metadata: c.metadata ?? {},
    ...(c.cell_type === 'code' ? { outputs: c.outputs ?? [] } : {}),
    ...(c.attachments ? { attachments: c.attachments } : {}),
    source: lines(c.source),
  }));
  const meta = { kernelspec: { language: 'python', name: 'python3' }, ...metadata };
  return JSON.stringify({ cells: full, metadata: meta, nbformat: 4, nbformat_minor: 5 }, null, 1);
}

const source = (text: string, relPath = 'slides/lecture.ipynb'): SourceDoc => ({
  path: `/p/${relPath}`,
  relPath,
  name: 'lecture',
  kind: 'notebook',
  text,
  hash: 'h',
});

const fixture = (name: string) => {
  const relPath = path.join('test/fixtures/formats', name);
  return source(readFileSync(path.join(REPO_ROOT, relPath), 'utf8'), relPath);
};

const slide = (type: string) => ({ slideshow: { slide_type: type } });

describe('convertNotebook: a deck cut with RISE', () => {
  it('writes a RISE notebook as Marp Markdown: a slide at each slide and subslide, fragments kept, notes at the end, skips listed', () => {
    const text = notebook([
      { cell_type: 'markdown', source: '# Merging data', metadata: slide('slide') },
      { cell_type: 'markdown', source: 'Say hello.', metadata: slide('notes') },
      { cell_type: 'markdown', source: '## Joins\n\nOne key.\n\n---\n\nTwo keys.', metadata: slide('subslide') },
      { cell_type: 'markdown', source: 'And a third.', metadata: slide('fragment') },
      { cell_type: 'code', source: 'import pandas', metadata: slide('skip') },
      { cell_type: 'code', source: 'pd.merge(a, b)', metadata: slide('-') },
    ]);
    const converted = convertNotebook(source(text));
    expect(converted.markdown).toBe(
      [
        '---',
        'marp: true',
        'title: Merging data',
        '---',
        '',
        '# Merging data',
        '',
        '<!--',
        'Say hello.',
        '-->',
        '',
        '---',
        '',
        '## Joins',
        '',
        'One key.',
        '',
        '',
        'Two keys.',
        '',
        'And a third.',
        '',
        '```python',
        'pd.merge(a, b)',
        '```',
        '',
      ].join('\n'),
    );
    expect(converted.diagnostics).toEqual([
      expect.objectContaining({ code: 'notebook', text: 'import pandas', message: expect.stringMatching(/skips/) }),
    ]);
  });
});

describe('convertNotebook: stored outputs', () => {
  it('shows stored outputs: printed text as one output block, a plot as an image it carries, a DataFrame as a table', () => {
    const html =
      '<div><style scoped>.dataframe td { color: red }</style><table class="dataframe"><thead><tr><th></th><th>age</th></tr></thead>' +
      '<tbody><tr><th>0</th><td>50</td></tr></tbody></table></div>';
    const text = notebook([
      {
        cell_type: 'code',
        source: '# Plot the initial conditions.\nprint(1)\nplot(x)',
        outputs: [
          { output_type: 'stream', name: 'stdout', text: ['1\n'] },
          { output_type: 'execute_result', data: { 'text/plain': ['2'] }, metadata: {} },
          {
            output_type: 'display_data',
            data: { 'image/png': RED_PNG.toString('base64'), 'text/plain': ['<Figure>'] },
          },
          { output_type: 'execute_result', data: { 'text/html': [html], 'text/plain': ['   age\n0   50'] } },
        ],
      },
    ]);
    const converted = convertNotebook(source(text));
    expect(converted.markdown).toBe(
      [
        '```python',
        '# Plot the initial conditions.',
        'print(1)',
        'plot(x)',
        '```',
        '',
        '```output',
        '1',
        '2',
        '```',
        '',
        '![Plot the initial conditions.](lecture_files/cell-1-1.png)',
        '',
        '|     | age |',
        '| --- | --- |',
        '| 0   | 50  |',
        '',
      ].join('\n'),
    );
    expect(converted.images).toEqual([{ ref: 'lecture_files/cell-1-1.png', bytes: new Uint8Array(RED_PNG) }]);
  });

  it('leaves out stderr, tracebacks and an output of styles only, and lists each at the cell', () => {
    const text = notebook([
      {
        cell_type: 'code',
        source: 'risky()',
        outputs: [
          { output_type: 'stream', name: 'stderr', text: ['DtypeWarning: mixed types\n'] },
          { output_type: 'error', ename: 'KeyError', evalue: "'zip'", traceback: ['\u001b[0;31mKeyError'] },
          {
            output_type: 'display_data',
            data: { 'text/html': ['<link rel="stylesheet" href="a.css"><style>b{}</style>'] },
          },
        ],
      },
    ]);
    const converted = convertNotebook(source(text));
    expect(converted.markdown).toBe('```python\nrisky()\n```\n');
    expect(converted.diagnostics.map((d) => [d.text, d.message])).toEqual([
      ['DtypeWarning: mixed types', 'what the cell wrote to stderr (warnings, progress): left out'],
      ["KeyError: 'zip'", 'an error the cell raised (its traceback): left out'],
      ['<link rel="stylesheet" href="a.css"><style>b{}</style>', 'an output of styles or scripts only: left out'],
    ]);
    expect(converted.diagnostics.every((d) => d.line > 1 && d.severity === 'info')).toBe(true);
  });
});

describe('convertNotebook: tags, attachments, lines', () => {
  it("obeys Jupyter Book's tags: remove-cell, remove-input, remove-output, and hide-input puts the code in the notes", () => {
    const out = [{ output_type: 'stream', name: 'stdout', text: ['42\n'] }];
    const tags = (...t: string[]) => ({ tags: t });
    const text = notebook([
      { cell_type: 'code', source: 'secret()', metadata: tags('remove-cell'), outputs: out },
      { cell_type: 'code', source: 'setup()', metadata: tags('remove_input'), outputs: out },
      { cell_type: 'code', source: 'noisy()', metadata: tags('remove-output'), outputs: out },
      { cell_type: 'code', source: 'helper()', metadata: tags('hide-input'), outputs: out },
    ]);
    const converted = convertNotebook(source(text));
    expect(converted.markdown).toBe(
      [
        '```output',
        '42',
        '```',
        '',
        '```python',
        'noisy()',
        '```',
        '',
        '```{python}',
        '#| echo: false',
        'helper()',
        '```',
        '',
        '```output',
        '42',
        '```',
        '',
      ].join('\n'),
    );
    expect(converted.diagnostics.map((d) => d.text)).toEqual(['secret()', 'setup()', 'noisy()']);
  });

  it('carries the images attached to a Markdown cell, and shows a long printout by its start', () => {
    const text = notebook([
      {
        cell_type: 'markdown',
        source: '![grid](attachment:grid.png)',
        attachments: { 'grid.png': { 'image/png': RED_PNG.toString('base64') } },
      },
      {
        cell_type: 'code',
        source: 'print(zips)',
        outputs: [{ output_type: 'stream', name: 'stdout', text: Array.from({ length: 30 }, (_, i) => `${i}\n`) }],
      },
    ]);
    const converted = convertNotebook(source(text));
    expect(converted.markdown).toContain('![grid](lecture_files/cell-1-grid.png)');
    expect(converted.images.map((i) => i.ref)).toEqual(['lecture_files/cell-1-grid.png']);
    expect(converted.markdown).toContain('18\n19\n… (10 more lines)\n```');
    expect(converted.diagnostics.map((d) => d.message)).toEqual(['the last 10 of 30 printed lines: left out']);
  });

  it('points every line at its line of the JSON file', () => {
    const converted = convertNotebook(fixture('29_en_ipynb-images_numerical-mooc-1d-convection.ipynb'));
    const lines = converted.markdown.split('\n');
    const json = readFileSync(
      path.join(REPO_ROOT, 'test/fixtures/formats/29_en_ipynb-images_numerical-mooc-1d-convection.ipynb'),
      'utf8',
    ).split('\n');
    for (const probe of ['# Space & Time', 'u = u0.copy()', "pyplot.rcParams['font.size'] = 16"]) {
      const at = lines.findIndex((l) => l.startsWith(probe));
      expect(json[converted.lineMap[at]! - 1]).toContain(JSON.stringify(probe).slice(1, -1));
    }
    expect(converted.lineMap).toHaveLength(lines.length);
  });
});

describe('convertNotebook: the corpus notebooks', () => {
  it('reads the four stored plots of a lecture notebook, each with its comment as its text', () => {
    const converted = convertNotebook(fixture('29_en_ipynb-images_numerical-mooc-1d-convection.ipynb'));
    expect(converted.images.map((i) => [i.ref, Buffer.from(i.bytes.subarray(1, 4)).toString('latin1')])).toEqual(
      [30, 35, 46, 50].map((n) => [`29_en_ipynb-images_numerical-mooc-1d-convection_files/cell-${n}-1.png`, 'PNG']),
    );
    expect(converted.markdown).toContain(
      '![Plot the solution after nt time steps along with the initial conditions.](',
    );
    expect(converted.markdown).not.toMatch(/<link|<style|googleapis/);
  });

  it("keeps a RISE lecture's 43 slides, and lists its skipped setup cell and its warnings", () => {
    const converted = convertNotebook(fixture('28_en_rise-ipynb_python-public-policy-lecture2.ipynb'));
    const body = converted.markdown.split('\n---\n').slice(1).join('\n---\n');
    expect(converted.markdown).toMatch(/^---\nmarp: true\ntitle: "Lecture 2: Manipulating and combining data"\n---\n/);
    expect(body.split('\n---\n')).toHaveLength(43);
    expect(converted.diagnostics.map((d) => d.message)).toEqual([
      'what the cell wrote to stderr (warnings, progress): left out',
      'the last 28 of 48 printed lines: left out',
      'the last 557 of 577 printed lines: left out',
      'what the cell wrote to stderr (warnings, progress): left out',
      'the last 332 of 352 printed lines: left out',
      'a cell the slideshow skips (RISE slide type "skip"): left out',
    ]);
  });

  it('refuses a file that is not a notebook, at the line where its JSON breaks', () => {
    const e = thrownBy(() => convertNotebook(source('{\n "cells": [\n  {"a": 1,}\n ]\n}')), InputError);
    expect(e.message).toMatch(/^not a notebook: the JSON does not parse \(Expected double-quoted property name/);
    expect([e.file, e.line]).toEqual(['slides/lecture.ipynb', 3]);
  });
});
