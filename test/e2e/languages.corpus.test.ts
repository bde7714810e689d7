// The corpus's Chinese and Persian lectures (decks-formats-languages/ 24, 34, 35), built with every format: in
// their language, bullets of at most 60 CJK characters, no visible `**`; the Persian one right to left in the deck,
// both handouts, the PowerPoint and the course page (test/support/language-decks.ts).
import { readFileSync } from 'node:fs';
import { corpusFile } from '../support/corpus.js';
import { describeLanguageDecks } from '../support/language-decks.js';

const file = (name: string) => readFileSync(corpusFile(`decks-formats-languages/${name}.md`), 'utf8');

describeLanguageDecks([
  // An author's own Marp deck: its slides are kept as written, in its language.
  { name: '24_zh_marp_tsinghua-os-coroutine', text: file('24_zh_marp_tsinghua-os-coroutine'), lang: 'zh', rtl: false },
  {
    name: '34_zh_md_ai-system-distributed-training',
    text: file('34_zh_md_ai-system-distributed-training'),
    lang: 'zh',
    rtl: false,
  },
  { name: '35_fa_honkit_djangogirls-html', text: file('35_fa_honkit_djangogirls-html'), lang: 'fa', rtl: true },
]);
