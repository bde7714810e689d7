// The images a document carries inside itself (a notebook's plots, a Word file's pictures), through the asset policy.
import { describe, expect, it } from 'vitest';
import { resolveAssets } from '../../scripts/assets/resolve-assets.js';
import { readConverted } from '../../scripts/ingest/read-converted.js';
import { parseDocument } from '../../scripts/parse/parse-document.js';
import type { SourceDoc } from '../../scripts/types.js';
import { RED_PNG } from '../support/fixtures.js';

const markdown = '# Convection\n\n![Initial conditions](lecture_files/cell-3-1.png)\n\n![Sketch](figures/sketch.png)\n';
const source: SourceDoc = {
  path: '/course/slides/lecture.ipynb',
  relPath: 'slides/lecture.ipynb',
  name: 'lecture',
  kind: 'notebook',
  text: '{}',
  hash: 'h',
  converted: {
    markdown,
    lineMap: [10, 10, 20, 20, 30, 30],
    images: [{ ref: 'lecture_files/cell-3-1.png', bytes: new Uint8Array(RED_PNG) }],
    diagnostics: [],
  },
};

describe('resolveAssets: carried images', () => {
  it("writes an image the document carries into the deck's assets from memory, asking the disk nothing about it", () => {
    const asked: string[] = [];
    const resolved = resolveAssets(parseDocument(readConverted(source)), '/course', false, (abs) => {
      asked.push(abs);
      return false;
    });
    expect(resolved.carried).toEqual([
      { to: 'assets/slides_lecture_files_cell-3-1.png', bytes: new Uint8Array(RED_PNG) },
    ]);
    expect(asked).toEqual(['/course/slides/figures/sketch.png']);
    // The figure that was never saved is a card, warned about at the notebook's line.
    expect(resolved.doc.diagnostics).toEqual([
      expect.objectContaining({ line: 30, code: 'image', message: 'image figures/sketch.png not found' }),
    ]);
    expect(resolved.dependencies).toEqual(['/course/slides/figures/sketch.png']);
  });
});
