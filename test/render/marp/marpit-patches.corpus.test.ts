// deckhand's Marpit patches change nothing on the corpus either: its lessons as deckhand writes their decks, and
// authors' own Marp decks read as they are, give the same tokens and HTML with the patches and, in a fresh Node
// handed another Marpit version, without them. Runs in npm run test:corpus.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { corpusFile } from '../../support/corpus.js';
import { deckhandDecks, expectSameAsOwnRules } from '../../support/marpit-decks.js';

/** Corpus lessons as deckhand makes decks of them: a Carpentries lesson (exercises, code), MyST, GitHub alerts. */
const LESSONS = [
  '01_en_carpentries_git-github.md',
  '16_en_myst-colonfence_coderefinery-commits.md',
  '07_en_gfm-alerts_genai-js-intro.md',
];
/** Authors' own Marp decks (front matter, directives, images), read by Marp as they are. */
const MARP_DECKS = [
  'decks-formats-languages/23_en_marp_hdm-template-method.md',
  'decks-formats-languages/24_zh_marp_tsinghua-os-coroutine.md',
];

let decks: Map<string, string>;
let work: string;

beforeAll(async () => {
  decks = await deckhandDecks(LESSONS.map(corpusFile));
  for (const name of MARP_DECKS) decks.set(name, readFileSync(corpusFile(name), 'utf8'));
  work = mkdtempSync(path.join(os.tmpdir(), 'deckhand-marpit-'));
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('Marpit patches on the corpus', () => {
  it("give the same tokens and HTML as Marpit's own rules on lessons and on authors' Marp decks", () => {
    expectSameAsOwnRules(decks, work);
  });
});
