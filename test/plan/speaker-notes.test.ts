// In a lecture (not a deck of the author's own), a comment is a speaker note too: in the slide's notes and the notes
// handout, never on a slide nor in the reading text. A directive for Marp or a formatter's switch is no note.
import { describe, expect, it } from 'vitest';
import { readingSections } from '../../scripts/handout/reading.js';
import { deckOf } from '../support/documents.js';
import { htmlText } from '../support/slide-text.js';

const LECTURE = `---
title: Tides
---

## Why the sea rises

The Moon pulls the water nearest to it a little harder than the Earth as a whole.

<!-- Ask who has seen a spring tide. -->

- Two bulges, one on each side <!-- draw both on the board -->
- The Earth turns under them

<!-- _class: lead -->
<!-- prettier-ignore -->

## Spring and neap tides

When the Sun and the Moon line up, the tides are highest. <!-- New and full moon. -->
`;

describe('speaker notes written as comments in a lecture', () => {
  it('are in the notes of the slide they were written on, and on no slide', async () => {
    const deck = await deckOf(LECTURE);
    const notes = deck.plan.slides.map((s) => s.notes.join(' | '));
    const at = (text: string) => notes.findIndex((n) => n.includes(text));
    expect(at('Ask who has seen a spring tide.')).toBeGreaterThan(0);
    expect(at('draw both on the board')).toBe(at('Ask who has seen a spring tide.'));
    expect(at('New and full moon.')).toBeGreaterThan(at('draw both on the board'));
    const shown = deck.slideHtml.map(htmlText).join(' ');
    for (const note of ['spring tide.', 'draw both', 'New and full moon']) expect(shown).not.toContain(note);
  });

  it('are no bullets, and the list keeps its items whole', async () => {
    const deck = await deckOf(LECTURE);
    const bullets = deck.plan.slides.flatMap((s) => s.bullets.map((b) => b.markdown));
    expect(bullets).toContain('Two bulges, one on each side');
    expect(bullets.join(' ')).not.toMatch(/board|spring tide|full moon/);
  });

  it('leave directives and switches out of the notes, and the notes out of the reading text', async () => {
    const deck = await deckOf(LECTURE);
    expect(deck.plan.slides.flatMap((s) => s.notes).join(' ')).not.toMatch(/_class|prettier/);
    const reading = readingSections(deck, () => '')
      .flatMap((s) => s.blocks)
      .join(' ');
    expect(reading).toContain('The Moon pulls the water');
    expect(reading).not.toMatch(/spring tide\.|board|full moon/);
  });
});
