// Code in lectures: a code block gets code slides showing every line as written, split where a reader would
// split it; inline code stays code, whole, in condensed bullets; the handout repeats a code slide's code legibly.
import { describe, expect, it } from 'vitest';
import { DEFAULT_BUDGETS } from '../../scripts/config.js';
import { bulletFor } from '../../scripts/plan/condense.js';
import { planSlides } from '../../scripts/plan/plan-slides.js';
import { renderHandout } from '../../scripts/handout/render-handout.js';
import type { Block, Slide } from '../../scripts/types.js';
import { assetsOf, deckOf, modelOf, sourceAt } from '../support/documents.js';

const FIXTURE = 'test/fixtures/plan/code.md';

const doc = modelOf(sourceAt(FIXTURE));
const budgets = { ...DEFAULT_BUDGETS, ...doc.meta.budgets };
const plan = planSlides(doc, budgets);
type Code = Extract<Block, { type: 'code' }>;
const codeBlocks = [...doc.intro, ...doc.sections.flatMap((s) => s.blocks)].filter((b): b is Code => b.type === 'code');
/**
 * The code slides of the block at a source line: a slide of its own, or its part of a slide that short code shares
 * with its neighbours (seen as that slide, with the part's code and the bullets just above it).
 */
const partsOf = (line: number, slides: Slide[] = plan.slides): Slide[] =>
  slides.flatMap((s) => {
    if (!s.parts) return s.kind === 'code' && s.pos.line === line ? [s] : [];
    return s.parts.flatMap((p, i) => {
      const lead = s.parts![i - 1];
      return p.code && p.pos?.line === line
        ? [{ ...s, code: p.code, bullets: lead?.bullets ?? [], anchor: p.anchor }]
        : [];
    });
  });
const blockStarting = (first: string) => codeBlocks.find((b) => b.code.startsWith(first))!;
const nonBlank = (lines: string[]) => lines.filter((l) => l.trim() !== '');

describe('code blocks', () => {
  it('show on code slides, every line as written (indentation kept, tabs as four spaces) and in order, with the language', () => {
    const shown = codeBlocks.filter((b) => b.code.trim() && !b.directives.some((d) => d.kind === 'skip'));
    expect(shown.length).toBeGreaterThanOrEqual(5);
    for (const block of shown) {
      const parts = partsOf(block.pos.line);
      expect(parts.length, block.code).toBeGreaterThan(0);
      expect(nonBlank(parts.flatMap((s) => s.code!.lines))).toEqual(
        nonBlank(block.code.replace(/\t/g, '    ').split('\n')),
      );
      for (const s of parts) expect(s.code!.lang).toBe(block.lang);
    }
    expect(partsOf(blockStarting('for i in range(3)').pos.line)[0]!.code!.lines).toEqual([
      'for i in range(3):',
      '    print(i)',
    ]);
  });

  it("keep the author's blank lines inside a part, and drop them only where one part ends and the next begins", () => {
    const [part] = partsOf(blockStarting('def first').pos.line);
    expect(part!.code!.lines).toEqual(['def first():', '    return 1', '', '', 'def second():', '    return 2']);
    for (const s of plan.slides.flatMap((x) =>
      (x.parts ?? [x]).filter((p) => p.code).map((p) => ({ ...x, code: p.code })),
    )) {
      expect(s.code!.lines[0]!.trim(), s.title).not.toBe('');
      expect(s.code!.lines.at(-1)!.trim(), s.title).not.toBe('');
    }
  });

  it('continue on "(continued)" slides, split between functions at blank lines, never above the line budget', () => {
    const parts = partsOf(blockStarting('def merge_sort').pos.line);
    expect(parts.map((s) => s.code!.lines[0])).toEqual([
      'def merge_sort(items):',
      'def merge(left, right):',
      'if __name__ == "__main__":',
    ]);
    expect(parts.slice(1).every((s) => s.continued && s.title === 'Merge sort (continued)')).toBe(true);
    for (const s of plan.slides.filter((x) => x.code))
      expect(s.code!.lines.length).toBeLessThanOrEqual(budgets.codeLines);
  });

  it('cut a stretch without blank lines before its least indented line, not inside a loop', () => {
    const parts = partsOf(blockStarting('def insertion_sort').pos.line);
    expect(parts.map((s) => s.code!.lines[0])).toEqual(['def insertion_sort(items):', 'def test_insertion_sort():']);
    expect(parts[0]!.code!.lines.at(-1)).toBe('    return result');
  });

  it('sit under the paragraph that introduces them, which keeps its notes; the code is not repeated in the notes', () => {
    const [first] = partsOf(blockStarting('words = ').pos.line);
    expect(first!.bullets.map((b) => b.markdown)).toEqual([
      'A key function is called once per item, so sorting by a computed value costs one call for each element:',
    ]);
    expect(first!.notes).toContain(
      'A key function is called once per item, so sorting by a computed value costs one call for each element:',
    );
    for (const s of plan.slides) expect(s.notes.join('\n'), s.title).not.toContain('merge_sort(items[:middle])');
  });

  it('stay in the notes only when skipped, and an empty block gets no slide', () => {
    const skipped = blockStarting('$ python -m timeit');
    expect(partsOf(skipped.pos.line)).toEqual([]);
    expect(plan.slides.filter((s) => s.notes.some((n) => n.includes('$ python -m timeit')))).toHaveLength(1);
    const empty = codeBlocks.find((b) => !b.code.trim())!;
    expect(partsOf(empty.pos.line)).toEqual([]);
    expect(plan.slides.every((s) => !s.code || s.code.lines.length > 0)).toBe(true);
  });

  it('split further when the overflow check asks for fewer lines, and follow a codeLines budget', () => {
    const block = blockStarting('def merge_sort');
    const [first] = partsOf(block.pos.line);
    const replanned = planSlides(doc, budgets, { [first!.anchor!]: { rows: 4 } });
    const parts = partsOf(block.pos.line, replanned.slides);
    expect(parts.length).toBeGreaterThan(3);
    expect(parts[0]!.code!.lines.length).toBeLessThanOrEqual(4);
    const tight = partsOf(block.pos.line, planSlides(doc, { ...budgets, codeLines: 6 }).slides);
    expect(tight.every((s) => s.code!.lines.length <= 6)).toBe(true);
    expect(nonBlank(tight.flatMap((s) => s.code!.lines))).toEqual(nonBlank(block.code.split('\n')));
  });

  it('get distinct anchors, so a re-plan can name one part', () => {
    const anchors = plan.slides.filter((s) => s.code).map((s) => s.anchor);
    expect(new Set(anchors).size).toBe(anchors.length);
  });
});

describe('inline code in bullets', () => {
  it('stays code and whole when a paragraph is condensed: `range(n)` is not a parenthetical to drop', () => {
    const text =
      "Python's built-in sorted(items, key=len) returns a new list (the original is left alone), ordered by the key function, and it works on any iterable such as tuples, sets or the keys of a dictionary.";
    const bullet = bulletFor('(the Markdown is not used when condensing)', text, 'en', 20, [
      { kind: 'code', text: 'sorted(items, key=len)' },
    ]);
    expect(bullet).toBe(
      "Python's built-in `sorted(items, key=len)` returns a new list, ordered by the key function, and it works on any iterable",
    );
  });

  it('counts a code span as one word, so a sentence that fits keeps its own Markdown', () => {
    const markdown =
      'Use `range(n)` when you need the numbers from zero to n minus one rather than the items of a list.';
    const text = 'Use range(n) when you need the numbers from zero to n minus one rather than the items of a list.';
    expect(bulletFor(markdown, text, 'en', 20, [{ kind: 'code', text: 'range(n)' }])).toBe(markdown.slice(0, -1));
  });

  it('writes code holding backticks with a longer backtick run', () => {
    const text =
      'The shell runs `date` inside a pair of backticks, so a script can use its output anywhere in a longer command line, or in a variable, today.';
    expect(bulletFor('', text, 'en', 12, [{ kind: 'code', text: '`date`' }])).toMatch(
      /^The shell runs `` `date` `` inside a pair of backticks/,
    );
  });

  it('is kept as code on the summary slide too', () => {
    const summary = plan.slides.find((s) => s.kind === 'summary')!;
    expect(summary.bullets[0]!.markdown).toMatch(/^Python's built-in `sorted\(items, key=len\)` returns a new list/);
  });
});

describe('the handout of a deck with code', () => {
  it("repeats each code slide's code beside it in the notes layout, escaped, since a thumbnail is too small to read", async () => {
    const assets = await assetsOf();
    const deck = await deckOf(sourceAt(FIXTURE));
    const { html } = renderHandout(deck, 'notes', 'a4', assets.templates, assets.handoutCss);
    const pres = [...html.matchAll(/<pre class="note-code">([\s\S]*?)<\/pre>/g)].map((m) => m[1]!);
    // Every block of code a slide shows (a slide that short code shares shows several; output counts too).
    const shown = deck.plan.slides.flatMap((s): unknown[] =>
      s.parts ? s.parts.filter((p) => p.code) : [s.code, s.output].filter(Boolean),
    );
    expect(pres).toHaveLength(shown.length);
    expect(pres).toContain('def first():\n    return 1\n\n\ndef second():\n    return 2');
    const decoded = pres
      .join('\n')
      .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&');
    expect(decoded).toContain("print(sorted(words, key=str.lower))  # ['Apple', 'banana', 'cherry']");
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the source's own JavaScript template literal, as text.
    expect(decoded).toContain('```js\nconsole.log(`tick ${n}`);\n```');
    expect(pres.join('')).not.toMatch(/[<>]/);
  });
});
