// npm test passes in a fresh clone with nothing beside it: the tests that read the real-document corpus
// (../shared/corpus, test/support/corpus.ts) are *.corpus.test.ts files, which only npm run test:corpus runs.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/seeds.js';

const TEST_DIR = path.join(REPO_ROOT, 'test');

/** Every test file, relative to the repository. */
const testFiles = readdirSync(TEST_DIR, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.test.ts'))
  .map((f) => path.join('test', f).split(path.sep).join('/'));

describe('a fresh clone', () => {
  it('runs no test that needs the corpus in npm test: those are *.corpus.test.ts files', () => {
    const needCorpus = testFiles.filter((f) =>
      /from '(\.\.\/)+support\/corpus\.js'/.test(readFileSync(path.join(REPO_ROOT, f), 'utf8')),
    );
    expect(needCorpus.length).toBeGreaterThan(0);
    expect(needCorpus.filter((f) => !f.endsWith('.corpus.test.ts'))).toEqual([]);
  });

  it('has npm run test:corpus for them, and npm test leaves them out', () => {
    const scripts = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')).scripts;
    expect(scripts['test:corpus']).toBe('vitest run --project corpus');
    expect(scripts.test).not.toContain('corpus');
  });
});
