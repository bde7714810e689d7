// Which terms the guided notes blank: the author's marks where they are, else the rule (glossary, defined terms,
// bold, key figures, recurring terms, numbers), at most `blanks` a slide and one a bullet, never a whole bullet,
// code, a formula or a term of the slide's title.
import { describe, expect, it } from 'vitest';
import { chooseBlanks } from '../../../scripts/handout/guided/choose-blanks.js';
import { planOf, sourceAt, sourceOf } from '../../support/documents.js';

const OPTIONS = { blanks: 3, cue: 'letters' as const };
const blanksOf = (markdown: string, options = OPTIONS) => chooseBlanks(planOf(sourceOf(markdown)), options).report;

describe('the author’s marks', () => {
  it('blanks each ==marked== term where it was marked, and nothing else', () => {
    const report = chooseBlanks(planOf(sourceAt('test/fixtures/guided/cell.md')), OPTIONS).report;
    expect(report.map((b) => [b.term, b.why])).toEqual([
      ['cell membrane', 'marked'],
      ['nucleus', 'marked'],
      ['Mitochondria', 'marked'],
      ['proteins', 'marked'],
    ]);
  });

  it('shows a marked term as a plain word on the slides', () => {
    const plan = planOf(sourceAt('test/fixtures/guided/cell.md'));
    const shown = plan.slides.flatMap((s) => s.bullets.map((b) => b.markdown)).join('\n');
    expect(shown).toContain('Mitochondria release energy');
    expect(shown).not.toContain('==');
  });
});

describe('the rule, when nothing is marked', () => {
  const lecture = [
    '---',
    'title: Version control',
    'glossary: { repository: the project and its history }',
    '---',
    '# Version control',
    '## Saving work',
    'A repository keeps every version of the project, and a commit records one of them with a message.',
    '',
    'Each **commit** has an author, a date and a message that says why the change was made.',
    '',
    'The command `git commit -m "message"` makes a commit; $x^2$ is never blanked either.',
    '## Sharing work',
    'A remote is a copy of the repository elsewhere, and a push sends commits there in 2024.',
  ].join('\n');

  it('takes the glossary first, then bold terms, then numbers, each term once', () => {
    const report = blanksOf(lecture);
    expect(report.map((b) => [b.term, b.why])).toEqual([
      ['repository', 'glossary'],
      ['commit', 'bold'],
      ['2024', 'number'],
    ]);
  });

  it('never blanks code, a formula, or a term the slide’s title holds', () => {
    const terms = blanksOf(lecture).map((b) => b.term.toLowerCase());
    expect(terms).not.toContain('git commit -m "message"');
    expect(terms).not.toContain('x^2');
    const titled = blanksOf('# T\n## The repository\nA **repository** keeps every version of the project.\n');
    expect(titled).toEqual([]);
  });

  it('never blanks a whole bullet', () => {
    expect(blanksOf('# T\n## S\n- **Repository**\n- **Commit**: a saved version with its message\n')).toEqual([
      { slide: 2, term: 'Commit', why: 'definition' },
    ]);
  });

  it('blanks at most `blanks` terms on a slide, one a bullet', () => {
    const list = ['- The **alpha** value', '- The **beta** value', '- The **gamma** value', '- The **delta** value'];
    const md = `# T\n## Greek letters\n${list.join('\n')}\n`;
    expect(blanksOf(md).map((b) => b.term)).toEqual(['alpha', 'beta', 'gamma']);
    expect(blanksOf(md, { ...OPTIONS, blanks: 1 }).map((b) => b.term)).toEqual(['alpha']);
    expect(blanksOf('# T\n## S\n- The **alpha** and the **beta** value of the test\n').length).toBe(1);
  });

  it('finds the key figures of a figures slide and the numbers of a bullet', () => {
    const seed = planOf(sourceAt('slides/kerja-sama-bilateral-adalah-bentuk-diplomasi.txt'));
    const report = chooseBlanks(seed, OPTIONS).report;
    expect(report.filter((b) => b.why === 'number').map((b) => b.term)).toContain('USD 21,97 miliar');
    expect(report.every((b) => b.term.split(/\s+/).length <= 4)).toBe(true);
  });
});

describe('a definition list', () => {
  it('blanks each term it defines, as a defined term', () => {
    const md =
      '# T\n## Words\nRepository\n: Where the history of your work is stored.\n\nCommit\n: A snapshot of the files.\n';
    expect(blanksOf(md)).toEqual([
      { slide: 3, term: 'Repository', why: 'definition' },
      { slide: 3, term: 'Commit', why: 'definition' },
    ]);
  });
});

describe('a bullet’s label', () => {
  it('is a defined term unless it labels a part of the lesson or a callout', () => {
    expect(blanksOf('# T\n## S\n- **Note**: this repository will be connected to a local one\n')).toEqual([]);
  });
});
