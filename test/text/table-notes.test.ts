// A table slide's note: a table again on paper, a sentence a row where it is read (presenter view, PowerPoint).
import { describe, expect, it } from 'vitest';
import { noteTable, spokenNote } from '../../scripts/text/table-notes.js';

const CRITICAL = 'Confidence | $\\alpha$ | $z_{\\alpha/2}$\n90% | 0.10 | 1.645\n95% | 0.05 | 1.960';

describe('spokenNote', () => {
  it.each([
    [
      'values after their column’s heading',
      CRITICAL,
      'Confidence 90%: $\\alpha$ 0.10, $z_{\\alpha/2}$ 1.645.\nConfidence 95%: $\\alpha$ 0.05, $z_{\\alpha/2}$ 1.960.',
    ],
    [
      'phrases as they are, and no second full stop',
      'What | Description\nThe language itself | Including its syntax and features.',
      'The language itself: Including its syntax and features.',
    ],
    ['a note that is no table, unchanged', 'A sentence | with a bar in it.', 'A sentence | with a bar in it.'],
  ])('reads %s', (_, note, spoken) => expect(spokenNote(note)).toBe(spoken));
});

describe('noteTable', () => {
  it('is the cells of "a | b" lines, header first', () =>
    expect(noteTable(CRITICAL)?.[1]).toEqual(['90%', '0.10', '1.645']));
  it('is nothing for lines with different numbers of cells', () => expect(noteTable('a | b\nc')).toBeUndefined());
});
