// What each Markdown dialect becomes on the slides, case by case: test/fixtures/marp/<dialect>.txt holds small
// cases in markdown-it's fixture format (test/support/fixture-cases.ts), each a piece of a real lesson and the Marp
// Markdown of the slides it makes. The deck's front matter and title slide, the same for every case, are left out.
// After a change in behaviour, `UPDATE_FIXTURES=1 npx vitest run test/render/marp-fixtures.test.ts` writes the
// new outputs into the files: read the diff before committing it.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { deckOf, sourceOf } from '../support/documents.js';
import { readFixtureCases, writeFixtureCases } from '../support/fixture-cases.js';
import { REPO_ROOT } from '../support/seeds.js';

const DIR = path.join(REPO_ROOT, 'test/fixtures/marp');
const UPDATE = process.env.UPDATE_FIXTURES === '1';

/** The Marp Markdown after the deck's front matter and its title slide. */
function slidesAfterTitle(marpMarkdown: string): string {
  const slides = marpMarkdown.replace(/^---\n[\s\S]*?\n---\n/, '');
  if (!slides.startsWith('<!-- _class: title -->')) return slides;
  const next = slides.indexOf('\n---\n');
  return next < 0 ? '' : slides.slice(next + '\n---\n\n'.length);
}

describe.each(readdirSync(DIR).filter((f) => f.endsWith('.txt')))('%s', (file) => {
  const cases = readFixtureCases(path.join(DIR, file));
  const outputs = cases.map((c) => c.expected);
  const name = file.replace(/\.txt$/, '');

  it.each(cases.map((c, i) => [`${c.title} (line ${c.line})`, c, i] as const))('%s', async (_, c, i) => {
    const actual = slidesAfterTitle((await deckOf(sourceOf(c.input, `slides/${name}.md`))).marpMarkdown);
    outputs[i] = actual;
    if (!UPDATE) expect(actual).toBe(c.expected);
  });

  afterAll(() => {
    if (UPDATE) writeFixtureCases(path.join(DIR, file), cases, outputs);
  });
});
