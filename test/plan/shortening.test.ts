// Shortening never corrupts the author's text (#30 item 4): code spans stay on their own words, initials and
// quotations are not sentence ends, a formula keeps the sentences that give its values, escapes are read once, a cut
// ends at a clause and leaves no bracket or quote open. A lecture on sampling (test/fixtures/plan/sampling.md) has
// each case the issue met.
import { describe, expect, it } from 'vitest';
import { openMarks, splitSentences } from '../../scripts/plan/sentences.js';
import { closed, shorten } from '../../scripts/plan/shorten.js';
import type { Slide } from '../../scripts/types.js';
import { planOf, sourceAt, sourceOf } from '../support/documents.js';
import { SEED_FILES } from '../support/seeds.js';

const lecture = planOf(sourceAt('test/fixtures/plan/sampling.md'));
const bullets = (slides: Slide[]) => slides.flatMap((s) => s.bullets.map((b) => b.markdown));

describe('sentence ends', () => {
  it('are not initials, abbreviations such as "et al." or the full stops inside a short quotation', () => {
    expect(splitSentences('"All models are wrong, but some are useful." — George E. P. Box, 1976. Next.')).toEqual([
      '"All models are wrong, but some are useful." — George E. P. Box, 1976.',
      'Next.',
    ]);
    expect(splitSentences('As Smith et al. (2019) show, it works. Fig. 3 agrees.')).toHaveLength(2);
    expect(splitSentences('He said "Stop. Think. Act." and left. Then it rained.')).toHaveLength(2);
    // A capital after a name is a sentence of its own when a little word opens what follows.
    expect(splitSentences('We chose Plan B. The next step was cheaper.')).toHaveLength(2);
  });

  it('keep a quotation whole with the name of who said it, and its marks closed', () => {
    const quote = bullets(lecture.slides).find((b) => b.includes('All models'))!;
    expect(quote).toBe('"All models are wrong, but some are useful." — George E. P. Box');
  });
});

describe('a formula on a slide', () => {
  it('keeps the sentences that give its values, and the lead-in above it, on its slide', () => {
    const slide = lecture.slides.find((s) => s.bullets.some((b) => b.formula))!;
    const shown = bullets([slide]).join('\n');
    for (const value of ['$\\mu = 72$', '$\\sigma = 12$', '$n = 36$']) expect(shown).toContain(value);
    const formula = slide.bullets.findIndex((b) => b.formula);
    expect(slide.bullets[formula - 1]!.markdown).toBe('The standard error of the sample mean is then');
  });
});

describe('Markdown escapes', () => {
  it('are read once: "\\[see below\\]" shows as "[see below]", in the text, the front matter and a pinned bullet', () => {
    const plan = planOf(
      sourceOf(
        '---\ntitle: Sampling \\[draft\\]\nsubtitle: Week 6 \\[revised\\]\n---\n\n## One\n\nThe simulation plots their means \\[see below\\].\n\n<!-- deckhand: bullet "Means \\[see below\\] vary" -->\nA paragraph.\n\nWe compare them \\[see below\\] as follows:\n\n- one\n- two\n',
      ),
    );
    const shown = [plan.slides[0]!.title, plan.slides[0]!.subtitle!, ...bullets(plan.slides)];
    for (const text of shown) expect(text.replace(/\\([[\]])/g, '$1'), text).not.toContain('\\');
    expect(plan.meta.title).toBe('Sampling [draft]');
    expect(bullets(plan.slides)).toContain('We compare them \\[see below\\] as follows:');
  });
});

describe('a cut', () => {
  it('ends at a clause, never in a quotation or brackets it opened', () => {
    const out = shorten(
      'In the exercises we apply the hierarchical model to the exam data (see the appendix for the full derivation and the code that fits it), and we compare the estimated spread.',
      12,
      'en',
    );
    expect(openMarks(out)).toEqual([]);
    expect(out).not.toMatch(/…$/);
  });

  it('never leaves a sentence starting inside a clause when it drops the phrase in front', () => {
    const out = shorten(
      'Under the Ptolemaic Kingdom, which followed Alexander’s death, Alexandria grew into one of the most prosperous and influential cities of its time.',
      18,
      'en',
    );
    expect(out).toBe('Alexandria grew into one of the most prosperous and influential cities of its time.');
  });

  it('does not end between words that "and" joins ("the most prosperous and influential cities")', () => {
    const out = shorten(
      'Alexandria grew into one of the most prosperous and influential cities of its time, with a library that drew scholars from across the Mediterranean world.',
      12,
      'en',
    );
    expect(out).not.toMatch(/prosperous$/);
  });

  it('cuts a long quotation inside its marks and shows it was cut, never to its first word (corpus 21)', () => {
    const quote =
      '"The similarity of datapoint x to datapoint y is the conditional probability, p, that x would pick y as its neighbor if neighbors were picked in proportion to their probability density under a Gaussian centered at x."';
    for (const words of [4, 8, 12, 20]) {
      const out = shorten(quote, words, 'en');
      expect(out).toMatch(/^"The similarity of datapoint x .*…"$/);
      expect(openMarks(out)).toEqual([]);
    }
    const said = shorten(
      '“Rome was not built in a day, and neither was any great software system that people rely on every day,” she said.',
      10,
      'en',
    );
    expect(said).toMatch(/^“Rome was not built in a day, .*…”$/);
  });

  it('drops an opening mark the text never closes, or ends before it', () => {
    expect(closed('“Did you know?')).toBe('Did you know?');
    expect(closed('We apply the model to the data (see')).toBe('We apply the model to the data');
  });

  it('leaves no bracket or quotation open on any slide of the lecture, the seeds or the lessons', () => {
    const files = [
      'test/fixtures/plan/sampling.md',
      ...SEED_FILES,
      'test/fixtures/dialects/gfm-alerts-genai-js-intro.md',
      'test/fixtures/dialects/carpentries-legacy-git-changes.md',
    ];
    const visible = (b: string) => b.replace(/\]\([^)]*\)/g, ']').replace(/`[^`]*`|\$[^$]*\$/g, 'x');
    for (const file of files) {
      // A letter quoted over several paragraphs opens its quotation in one and closes it in another: those slides
      // show the author's paragraphs as written.
      const slides = planOf(sourceAt(file)).slides.filter((s) => s.notes.every((n) => !openMarks(n).length));
      for (const b of bullets(slides).filter((x) => !x.startsWith('$$'))) {
        expect(openMarks(visible(b)), `${file}: ${b}`).toEqual([]);
        // "Which followed Alexander's death, …" starts inside a clause; "Which of these is true?" asks.
        expect(visible(b), `${file}: ${b}`).not.toMatch(/^(?:which|who|whose)\b[^?]*$/i);
      }
    }
  });
});
