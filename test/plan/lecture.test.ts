// A lecture as a lecturer writes it (test/fixtures/plan/merge-sort.md): a front matter title repeated as `#`,
// formulas in long paragraphs, a numbered list with its lead-in, a table of formulas and a missing figure.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RenderedDeck } from '../../scripts/types.js';
import { deckOf, sourceAt } from '../support/documents.js';
import { REPO_ROOT } from '../support/seeds.js';

const FIXTURE = 'test/fixtures/plan/merge-sort.md';
let deck: RenderedDeck;
let warnings: string[];

beforeAll(async () => {
  deck = await deckOf(sourceAt(FIXTURE));
  warnings = deck.plan.diagnostics.filter((d) => d.severity === 'warning').map((d) => `${d.line}: ${d.message}`);
});

const slide = (title: string) => deck.plan.slides.find((s) => s.title === title && s.kind !== 'divider')!;

describe('a lecture with math, a numbered list and a missing figure', () => {
  it('takes a `#` that repeats the front matter title as the title: the `##` sections get an agenda and dividers', () => {
    expect(deck.plan.slides.filter((s) => s.title === 'Divide and Conquer Sorting').map((s) => s.kind)).toEqual([
      'title',
    ]);
    const agenda = deck.plan.slides.find((s) => s.kind === 'agenda')!;
    expect(agenda.bullets.map((b) => b.markdown)).toEqual(['Why divide and conquer', 'Merge sort', 'Quicksort']);
    expect(deck.plan.slides.filter((s) => s.kind === 'divider').map((s) => s.title)).toEqual([
      'Why divide and conquer',
      'Merge sort',
      'Quicksort',
    ]);
  });

  it('keeps every formula of a condensed bullet whole and unescaped', () => {
    const bullets = deck.plan.slides.flatMap((s) => s.bullets.map((b) => b.markdown));
    const recurrence = bullets.find((b) => b.startsWith('The running time of merge sort'))!;
    expect(recurrence).toContain('$T(n) = 2T(n/2) + O(n)$');
    expect(recurrence).toContain('$O(n \\log n)$');
    expect(bullets).toContain('Merge sort guarantees $O(n \\log n)$ and is stable');
    expect(deck.marpMarkdown).not.toMatch(/\\\$|\\\(n/);
    // Marp typesets them: no dollar is left in the slides' text.
    const merge = deck.slideHtml[deck.plan.slides.indexOf(slide('Merge sort'))]!;
    expect(merge.match(/<mjx-container/g)?.length).toBe(3);
    expect(merge.replace(/<[^>]*>/g, '')).not.toContain('$');
  });

  it('shows the generated summary with its formulas as math', () => {
    const summary = deck.plan.slides.find((s) => s.kind === 'summary')!;
    const formulas = summary.bullets.flatMap((b) => b.markdown.match(/\$[^$]+\$/g) ?? []);
    expect(formulas.length).toBeGreaterThanOrEqual(2);
    // Every formula on the summary is one the author wrote, whole: none lost its parentheses to the shortening.
    const written = readFileSync(path.join(REPO_ROOT, FIXTURE), 'utf8');
    for (const f of formulas) expect(written).toContain(f);
    expect(summary.bullets.every((b) => !b.markdown.includes('\\$'))).toBe(true);
  });

  it('numbers an ordered list on its slide, with its lead-in above it as a line of its own, all on one slide', () => {
    const intro = deck.plan.slides.filter((s) => s.section === 'Why divide and conquer' && s.kind === 'content');
    const withList = intro.find((s) => s.bullets.some((b) => b.number !== undefined))!;
    expect(withList.bullets.filter((b) => b.number !== undefined).map((b) => b.number)).toEqual([1, 2, 3, 4, 5]);
    expect(withList.bullets.find((b) => b.lead)?.markdown).toBe('We will study these algorithms in order:');
    expect(deck.marpMarkdown).toMatch(
      /\n\nWe will study these algorithms in order:\n\n1\. Merge sort[^\n]*\n2\. Quicksort[^\n]*\n3\. Heapsort/,
    );
    expect(withList.notes).toContain('1. Merge sort, which splits the input evenly and does its work when merging.');
  });

  it('turns a missing figure into a placeholder card and a warning at its line, and the deck still renders', () => {
    expect(warnings).toContain('28: image figures/merge-tree.png not found');
    const figure = deck.plan.slides.find((s) => s.image)!;
    expect(figure.image!.src).toMatch(/^assets\/placeholder-[0-9a-f]{12}\.svg$/);
    expect(figure.image!.alt).toBe('The recursion tree of merge sort on eight elements');
  });

  it('puts a figure under the one or two bullets before it, on one slide, when they leave it half the slide', () => {
    const figure = deck.plan.slides.find((s) => s.image)!;
    expect(figure.title).toBe('Merge sort');
    expect(figure.bullets.map((b) => b.markdown)).toEqual([
      expect.stringMatching(/^The running time of merge sort/),
      expect.stringMatching(/^Merge sort guarantees/),
    ]);
    expect(deck.plan.slides.filter((s) => s.title === 'Merge sort' && s.kind === 'content' && !s.table)).toHaveLength(
      1,
    );
  });
});
