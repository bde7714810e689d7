// The re-plan policy: a slide the overflow check found too full is split first, then set in smaller type.
import { describe, expect, it } from 'vitest';
import { replanHints } from '../../scripts/measure/replan-hints.js';
import type { Slide, SlidePlan } from '../../scripts/types.js';

describe('replanHints', () => {
  it('splits a slide of several bullets first, then makes it dense, then gives up', () => {
    const slide: Slide = {
      kind: 'content',
      title: 'T',
      bullets: [1, 2, 3, 4].map((n) => ({ markdown: `point ${n}`, level: 1 })),
      notes: [],
      pos: { file: 'f', line: 3 },
      continued: false,
      anchor: '3',
    };
    const plan = { slides: [slide] } as SlidePlan;
    const first = replanHints(plan, [0], {})!;
    expect(first['3']).toEqual({ bullets: 2, words: 4 });
    const second = replanHints(plan, [0], first)!;
    expect(second['3']).toMatchObject({ dense: true });
    expect(replanHints(plan, [0], second)).toBeUndefined();
  });

  it('splits a table by rows, and makes a single-bullet slide dense straight away', () => {
    const table: Slide = {
      kind: 'table',
      title: 'T',
      bullets: [],
      table: { header: ['a'], rows: [['1'], ['2'], ['3']] },
      notes: [],
      pos: { file: 'f', line: 1 },
      continued: false,
      anchor: 't',
    };
    const single: Slide = {
      kind: 'content',
      title: 'S',
      bullets: [{ markdown: 'one', level: 1 }],
      notes: [],
      pos: { file: 'f', line: 2 },
      continued: false,
      anchor: 's',
    };
    expect(replanHints({ slides: [table, single] } as SlidePlan, [0, 1], {})).toEqual({
      t: { rows: 2 },
      s: { dense: true },
    });
  });
});

describe('replanHints for an author’s kept slide', () => {
  const kept: Slide = {
    kind: 'kept',
    title: 'Rack server',
    bullets: [],
    notes: [],
    pos: { file: 'f', line: 9 },
    continued: false,
    anchor: 'k9',
    markdown: '- Front and back\n- Hot swap',
  };
  const plan = { slides: [kept] } as SlidePlan;
  const pictures = { slides: [{ ...kept, markdown: '![Front](front.jpg)\n\n![Back](back.jpg)' }] } as SlidePlan;

  it('sets its type smaller, then scales its content as a whole down to 25%, and never splits it', () => {
    const steps = [];
    let hints = replanHints(plan, [0], {}, [34]);
    while (hints) {
      steps.push(hints.k9!);
      hints = replanHints(plan, [0], hints, [34]);
    }
    expect(steps.map((s) => s.fontSize?.px)).toEqual([30, 27, 24, 21, 21, 21, 21, 21, 21, 21]);
    expect(steps.map((s) => s.zoom)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      0.8,
      0.64,
      0.51,
      0.4,
      0.32,
      0.25,
    ]);
    expect(steps.every((s) => s.bullets === undefined && s.rows === undefined)).toBe(true);
  });

  it('scales a slide with pictures as a whole straight away: smaller type would leave them as tall', () => {
    expect(replanHints(pictures, [0], {}, [34])).toEqual({ k9: { zoom: 0.8 } });
    expect(replanHints(plan, [0], {}, [undefined])).toEqual({ k9: { zoom: 0.8 } });
  });
});
