// A character no installed font draws prints as an empty box: the build warns, naming the character and the slide.
import { describe, expect, it } from 'vitest';
import { coverageOf, missingGlyphs, systemCoverage, uncovered } from '../../scripts/measure/missing-glyphs.js';
import { deckOf } from '../support/documents.js';

describe('characters no font draws', () => {
  it('reads fontconfig’s charsets as the code points they cover', () => {
    const covered = coverageOf('20-7e a0-17f\n4e00-9fff 1f3c6\n');
    expect([0x41, 0x17f, 0x6570, 0x1f3c6].map(covered)).toEqual([true, true, true, true]);
    expect([0x180, 0x5d0, 0x1f3c7].map(covered)).toEqual([false, false, false]);
  });

  it('names each uncovered character once, leaving spaces, joiners and variation selectors alone', () => {
    const covered = coverageOf('20-7e a0-17f');
    expect(uncovered('Trophy 🏆\u{FE0F} and 🏆, שלום\u200D', covered)).toEqual(['🏆', 'ש', 'ל', 'ו', 'ם']);
  });

  it('warns once per slide at the slide’s line, naming the characters and the slide', async () => {
    const deck = await deckOf('# Prizes\n\n## Winners\n\nThe cup 🏆 goes to the team.\n\n## Rules\n\nPlain text.\n');
    const warnings = missingGlyphs(deck, coverageOf('20-7e a0-17f 2000-206f'));
    const winners = deck.plan.slides.findIndex((s) => s.title === 'Winners');
    expect(warnings).toEqual([
      expect.objectContaining({
        severity: 'warning',
        code: 'font',
        line: deck.plan.slides[winners]!.pos.line,
        message: expect.stringContaining(`"🏆" (U+1F3C6) on slide ${winners + 1}`),
      }),
    ]);
  });

  it('finds no gap on this machine’s fonts for Chinese, Hebrew, Arabic and emoji, and one for a private-use character', () => {
    const covered = systemCoverage();
    expect(covered, 'fontconfig (fc-list) is installed with Chromium').not.toBeNull();
    expect(uncovered('数据并行 データ 한국어 שלום مرحبا 🏆', covered!)).toEqual([]);
    expect(uncovered('\u{10FFFD}', covered!)).toEqual(['\u{10FFFD}']);
  });
});
