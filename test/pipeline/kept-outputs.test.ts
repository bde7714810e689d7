// Outputs of earlier builds: kept (stale once the deck changed), removed with --clean, and removed by a student
// build when a teacher's build made them, since a student build's folder is the one students are given.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Stamp } from '../../scripts/pipeline/cache.js';
import { keepEarlierOutputs } from '../../scripts/pipeline/kept-outputs.js';
import { tempTree } from '../support/fixtures.js';

const stamp = (over: Partial<Stamp>): Stamp => ({
  key: 'k',
  contentKey: 'c1',
  outputs: ['slides.html', 'slides.pptx', 'handout-guided-key.pdf'],
  slides: 3,
  dependencies: [],
  templates: [],
  diagnostics: [],
  ...over,
});
const folder = () =>
  tempTree({ 'd/slides.html': 'x', 'd/slides.pptx': 'x', 'd/handout-guided-key.pdf': 'x' }).concat('/d');

describe('keepEarlierOutputs', () => {
  it('keeps what a build of the same audience made and this one did not, stale once the deck changed', async () => {
    const dir = folder();
    const { kept, removed } = await keepEarlierOutputs(dir, stamp({}), ['slides.html'], 'c2', false, 'teacher');
    expect(kept.map((k) => [k.file, k.stale])).toEqual([
      ['slides.pptx', true],
      ['handout-guided-key.pdf', true],
    ]);
    expect(removed).toEqual([]);
  });

  it('removes from a student build’s folder what a teacher’s build left there, the answer key first of all', async () => {
    for (const previous of [stamp({ audience: 'teacher' }), stamp({})]) {
      const dir = folder();
      const { kept, removed } = await keepEarlierOutputs(dir, previous, ['slides.html'], 'c2', false, 'student');
      expect(kept).toEqual([]);
      expect(removed).toEqual(['slides.pptx', 'handout-guided-key.pdf']);
      expect(existsSync(path.join(dir, 'handout-guided-key.pdf'))).toBe(false);
    }
  });

  it('keeps what an earlier student build made, in a student build', async () => {
    const dir = folder();
    const previous = stamp({ audience: 'student', outputs: ['slides.pptx'] });
    const { kept } = await keepEarlierOutputs(dir, previous, ['slides.html'], 'c1', false, 'student');
    expect(kept.map((k) => k.file)).toEqual(['slides.pptx']);
  });
});
