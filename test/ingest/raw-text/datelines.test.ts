// News datelines that open an article's first paragraph in place are cut from it and reported, in any language's
// outlets: a city and an outlet or agency, bold or not, before the dashes each outlet writes.
import { describe, expect, it } from 'vitest';
import { findDateline } from '../../../scripts/ingest/raw-text/meta-lines.js';
import { normalizeText } from '../../../scripts/ingest/raw-text/normalize-text.js';
import { sourceOf } from '../../support/documents.js';

describe('findDateline', () => {
  it.each([
    ['BANDUNG, TEMPO.CO - Warga Kota Bandung mengeluhkan banjir.', 'BANDUNG, TEMPO.CO - ', 'TEMPO.CO'],
    ['**BANDUNG, TEMPO.CO** - Warga Kota Bandung mengeluhkan banjir.', '**BANDUNG, TEMPO.CO** - ', 'TEMPO.CO'],
    ['Surabaya, Detik - - Sejak pagi warga Surabaya mengantre.', 'Surabaya, Detik - - ', 'Detik'],
    ['MADRID, EL PAÍS – El Gobierno inauguró la línea.', 'MADRID, EL PAÍS – ', 'EL PAÍS'],
    ['CIUDAD DE MÉXICO (EFE).- La capital mexicana registró lluvias.', 'CIUDAD DE MÉXICO (EFE).- ', 'EFE'],
    ['LONDRES, 3 may (EFE).- El Gobierno británico anunció hoy.', 'LONDRES, 3 may (EFE).- ', 'EFE'],
    ['Berlin (dpa) - Der Berliner Senat hat beschlossen.', 'Berlin (dpa) - ', 'dpa'],
    ['PARIS (AFP) — Le gouvernement a annoncé lundi.', 'PARIS (AFP) — ', 'AFP'],
  ])('finds the dateline of %j', (text, prefix, publisher) => {
    expect(findDateline(text)).toEqual({ prefix, publisher });
  });

  it.each([
    'NASA, the space agency - said on Monday that it would launch.',
    'Paris, the capital of France, is a large city.',
    'Surabaya, Detik said - on Monday.',
    'In 2020, COVID-19 - a new disease - spread.',
  ])('finds none in %j', (text) => {
    expect(findDateline(text)).toBeUndefined();
  });
});

describe('a pasted article', () => {
  it('loses its dateline, which the report lists', () => {
    const text = [
      'Sejak Pagi, Warga Surabaya Antre Minyak Goreng',
      '',
      'Surabaya, Detik - - Sejak pagi warga Surabaya mengantre minyak goreng di sejumlah pasar tradisional. Antrean mengular hingga ke jalan raya.',
      '',
      'Para pedagang mengatakan pasokan minyak goreng terbatas sejak pekan lalu.',
      '',
    ].join('\n');
    const doc = normalizeText(sourceOf(text, 'slides/antre.txt'));
    expect(doc.markdown).toContain('Sejak pagi warga Surabaya mengantre');
    expect(doc.markdown).not.toContain('Detik');
    expect(doc.diagnostics).toContainEqual(
      expect.objectContaining({ line: 3, code: 'metadata', text: 'Surabaya, Detik - -' }),
    );
  });
});
