// Lectures of our own in Japanese, Korean and Hebrew (test/fixtures/languages/), built with every format: each in
// its language, bullets of at most 60 CJK characters, no visible `**`; the Hebrew one right to left in the deck,
// both handouts, the PowerPoint and the course page (test/support/language-decks.ts).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describeLanguageDecks } from '../support/language-decks.js';
import { REPO_ROOT } from '../support/seeds.js';

const fixture = (name: string) =>
  readFileSync(path.join(REPO_ROOT, 'test', 'fixtures', 'languages', `${name}.md`), 'utf8');

describeLanguageDecks([
  { name: 'ja-floating-point', text: fixture('ja-floating-point'), lang: 'ja', rtl: false },
  { name: 'ko-sorting', text: fixture('ko-sorting'), lang: 'ko', rtl: false },
  { name: 'he-algorithms', text: fixture('he-algorithms'), lang: 'he', rtl: true },
]);
