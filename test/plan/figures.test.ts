// Key figures: money, percentages, dates and years found in a paragraph, each labelled with the source's own words.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFigures, findFigures, isFigureParagraph } from '../../scripts/plan/figures.js';
import { words } from '../../scripts/text/language.js';
import { REPO_ROOT } from '../support/seeds.js';

const seed = readFileSync(path.join(REPO_ROOT, 'slides/kerja-sama-bilateral-adalah-bentuk-diplomasi.txt'), 'utf8');
const paragraph = (start: string) => seed.split('\n').find((line) => line.startsWith(start))!;
const AS = paragraph('Amerika Serikat menjadi mitra strategis');
const CANADA = paragraph('Hubungan diplomatik antara Indonesia dan Kanada');
const MEXICO = paragraph('Hubungan diplomatik antara Indonesia dan Meksiko');

/** Words of labels and details that are not in the paragraph: must be none. */
const foreignWords = (text: string, figures: { value: string; label: string; detail?: string }[]) => {
  const source = new Set(words(text));
  return figures.flatMap((f) => words(`${f.value} ${f.label} ${f.detail ?? ''}`)).filter((w) => !source.has(w));
};

describe('findFigures', () => {
  it('finds money with its scale word, percentages with decimal commas, dates and years', () => {
    const found = findFigures('Pada 27 November 2022, nilai mencapai USD 30,75 miliar, naik 16,67% sejak 1952.');
    expect(found.map((f) => [f.kind, f.value])).toEqual([
      ['date', '27 November 2022'],
      ['money', 'USD 30,75 miliar'],
      ['percent', '16,67%'],
      ['year', '1952'],
    ]);
  });

  it('ignores figures in parentheses: asides and conversions are not key figures', () => {
    const found = findFigures(
      'Kanada berinvestasi total hampir CAD 2,3 miliar (atau sekitar USD 1,7 miliar) untuk lima tahun pertama.',
    );
    expect(found.map((f) => f.value)).toEqual(['hampir CAD 2,3 miliar']);
  });

  it('ignores a row of numbers: a table flattened into the text has no words to label its cells', () => {
    // A PDF's text layer gives a table as its cells in a row; "81.5%" there is a cell, not a key figure.
    const row = 'Pass rates fall with each cohort: Cohort 2019 2020 2021 Pass rate 81.5% 77.0% 64.2%';
    expect(findFigures(row)).toEqual([]);
    expect(isFigureParagraph(`${row}. The last cohort studied at home.`)).toBe(false);
    // Numbers with words between them stay figures.
    expect(findFigures('Sales grew from 20% in 2019 to 35% in 2021.').map((f) => f.value)).toEqual([
      '20%',
      '2019',
      '35%',
      '2021',
    ]);
  });
});

describe('isFigureParagraph', () => {
  it('is true for the trade paragraphs of the seed', () => {
    expect(isFigureParagraph(AS)).toBe(true);
    expect(isFigureParagraph(CANADA)).toBe(true);
    expect(isFigureParagraph(MEXICO)).toBe(true);
  });

  it('is false for prose that mentions one year or one number', () => {
    expect(isFigureParagraph(paragraph('Melansir dari laman Kementerian Perhubungan'))).toBe(false);
    expect(isFigureParagraph(paragraph('Bilateral merujuk pada relasi'))).toBe(false);
  });
});

describe('extractFigures', () => {
  it('labels the United States trade values and attaches each growth rate to its amount', () => {
    expect(extractFigures(AS, 'id')).toEqual([
      {
        value: 'USD 30,75 miliar',
        label: 'Nilai perdagangan antara kedua negara (2022)',
        detail: 'kenaikan signifikan 16,67%',
      },
      { value: 'USD 21,97 miliar', label: 'Ekspor Indonesia ke Amerika Serikat', detail: 'kenaikan 20,38%' },
    ]);
  });

  it('gives Canada a card per key figure, with the approximation kept in the value', () => {
    const figures = extractFigures(CANADA, 'id');
    expect(figures.map((f) => f.value)).toEqual([
      '1952',
      'US$ 3,12 miliar',
      'US$ 992,4 juta',
      '27 November 2022',
      'hampir CAD 2,3 miliar',
    ]);
    expect(figures[0]!.label).toBe('Hubungan diplomatik antara Indonesia dan Kanada dimulai');
    expect(figures[3]!.label).toBe('Kanada meluncurkan Strategi Indo-Pasifik');
    expect(figures[1]!.detail).toBe('peningkatan sekitar 29,57%');
  });

  it('labels a percentage whose own clause says little with the start of its sentence', () => {
    const figures = extractFigures(MEXICO, 'id');
    expect(figures.at(-1)).toEqual({ value: '46,21%', label: 'Ekspor non-migas Indonesia … meningkat' });
  });

  it('reads "grew by 15% to USD 7.1 trillion" as an amount with its change', () => {
    expect(extractFigures('Services trade grew by 15% to USD 7.1 trillion in 2022.', 'en')).toEqual([
      { value: 'USD 7.1 trillion', label: 'Services trade (2022)', detail: 'grew by 15%' },
    ]);
  });

  it('makes labels only from words of the paragraph', () => {
    for (const text of [AS, CANADA, MEXICO]) expect(foreignWords(text, extractFigures(text, 'id'))).toEqual([]);
  });

  it('keeps at most the number of figures asked for, amounts first', () => {
    const figures = extractFigures(CANADA, 'id', 3);
    expect(figures.map((f) => f.value)).toEqual(['US$ 3,12 miliar', 'US$ 992,4 juta', 'hampir CAD 2,3 miliar']);
  });
});
