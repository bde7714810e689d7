// "Did you mean …?": the nearest known name to a typo, and nothing when no name is near.
import { describe, expect, it } from 'vitest';
import { closest, didYouMean, editDistance } from '../scripts/suggest.js';

describe('editDistance', () => {
  it.each([
    ['formt', 'formats', 2],
    ['maxSlide', 'maxSlides', 1],
    ['papre', 'paper', 1],
    ['', 'abc', 3],
    ['same', 'same', 0],
  ])('%s -> %s takes %i edits', (a, b, n) => {
    expect(editDistance(a, b)).toBe(n);
    expect(editDistance(b, a)).toBe(n);
  });
});

describe('closest', () => {
  const options = [
    '--out',
    '--formats',
    '--handout',
    '--paper',
    '--force',
    '--concurrency',
    '--config',
    '--port',
    '--quiet',
  ];

  it('finds the option or key a typo meant', () => {
    expect(closest('--formt', options)).toBe('--formats');
    expect(closest('--foramts', options)).toBe('--formats');
    expect(closest('maxSlide', ['inputs', 'outDir', 'formats', 'maxSlides', 'concurrency'])).toBe('maxSlides');
    expect(closest('Concurency', ['concurrency', 'noise'])).toBe('concurrency');
  });

  it('suggests nothing for a word that is not near any name', () => {
    expect(closest('--zzzzzz', options)).toBeUndefined();
    expect(didYouMean('banana', ['inputs', 'outDir'])).toBe('');
  });
});
