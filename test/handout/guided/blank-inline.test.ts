// A blank in a line of the guided notes: the student's copy has the cue and never the term, read aloud as a blank
// with its length; the key has the answer, highlighted; both give it the same box.
import { describe, expect, it } from 'vitest';
import { blankInline, wordWidth } from '../../../scripts/handout/guided/blank-inline.js';
import { htmlToText } from '../../../scripts/text/html.js';
import { labelsFor } from '../../../scripts/text/language.js';

const labels = labelsFor('en');
const student = { key: false, cue: 'letters' as const, labels };
const key = { ...student, key: true };
const boxes = (html: string) => [...html.matchAll(/class="b-box" style="([^"]+)"/g)].map((m) => m[1]);

describe('a blank', () => {
  const line = 'The **cell membrane** controls what enters the cell';

  it('leaves the term out of the student’s copy, showing each word’s first letter', () => {
    const html = blankInline(line, ['cell membrane'], student);
    expect(htmlToText(html)).not.toMatch(/membrane/);
    expect(htmlToText(html).replace(/\s+/g, ' ')).toMatch(/^The c m controls what enters the cell$/);
    expect(html).toContain('role="img" aria-label="blank, 2 words, 12 letters, starting c m"');
  });

  it('shows the answer in the key, in the same boxes', () => {
    const html = blankInline(line, ['cell membrane'], key);
    expect(html).toContain('<mark class="answer">');
    expect(htmlToText(html).replace(/\s+/g, ' ')).toBe('The cell membrane controls what enters the cell');
    expect(boxes(html)).toEqual(boxes(blankInline(line, ['cell membrane'], student)));
  });

  it('blanks only the first place of a term, and never inside code, a formula or a link’s address', () => {
    const html = blankInline('`cell` and $cell$ and [cell](https://cell.org) and cell', ['cell'], student);
    expect(html).toContain('<code>cell</code>');
    expect(html).toContain('href="https://cell.org"');
    expect(html.match(/class="blank"/g)).toHaveLength(1);
    // The first place a reader sees it is the link's text; the last "cell" stays.
    expect(html).toMatch(/<a href="https:\/\/cell.org"><span class="blank"/);
    expect(html).toMatch(/and cell$/);
  });

  it('gives no letter for a number and one line without a cue', () => {
    expect(blankInline('Trade grew 46,21% in a year', ['46,21%'], student)).toContain('aria-label="blank, 6 letters"');
    const none = blankInline(line, ['cell membrane'], { ...student, cue: 'none' });
    expect(boxes(none)).toHaveLength(1);
    expect(htmlToText(none)).not.toMatch(/\bc\b/);
  });

  it('is about as long as its word, and longer for wide letters', () => {
    expect(wordWidth('cell')).toBeLessThan(wordWidth('membrane'));
    expect(wordWidth('WWWW')).toBeGreaterThan(wordWidth('iiii'));
    expect(wordWidth('a')).toBe(2.5);
  });
});
