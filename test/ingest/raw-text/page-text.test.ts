// Pasted web pages: a page flattened onto one line is cut back into blocks, the article is found among the
// page's blocks, and the noise classes of news and blog pages leave with a report entry each.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyBlocks } from '../../../scripts/ingest/raw-text/body-blocks.js';
import { normalizeText } from '../../../scripts/ingest/raw-text/normalize-text.js';
import { segmentLine } from '../../../scripts/ingest/raw-text/unbroken-text.js';
import type { Piece } from '../../../scripts/ingest/raw-text/draft.js';
import { segmentSentences } from '../../../scripts/text/sentences.js';
import { REPO_ROOT } from '../../support/seeds.js';
import { sourceAt } from '../../support/documents.js';

const fixture = (name: string) => sourceAt(`${name}.txt`, path.join(REPO_ROOT, 'test/fixtures/normalize'));
const headings = (markdown: string) => markdown.split('\n').filter((l) => l.startsWith('#'));
const split = (t: string) => segmentSentences(t, 'en');

describe('segmentLine: a flattened page cut back into blocks', () => {
  it('cuts a glued menu run at every lower-to-upper boundary', () => {
    const line = `Skip to ContentSkip to FooterMenuReviewsNewsFeatures${'x'.repeat(0)}`;
    expect(segmentLine(line.padEnd(2100, ' '), 'en', split)).toEqual([
      'Skip to Content',
      'Skip to Footer',
      'Menu',
      'Reviews',
      'News',
      'Features',
    ]);
  });

  it('cuts a number or a sentence end glued to the next block, and a short heading between two paragraphs', () => {
    const prose = 'The engine pulls hard from low revs and the gearbox is quick. ';
    const line =
      `Top speed 155${'Drivetrain'}${prose.repeat(20).trim()}Living with it${'Parking'} is hard in town.`.padEnd(
        2100,
        ' ',
      );
    const blocks = segmentLine(line, 'en', split)!;
    expect(blocks[0]).toBe('Top speed 155');
    expect(blocks).toContain('Drivetrain');
    expect(blocks).toContain('Living with it');
    expect(blocks.at(-1)).toBe('Parking is hard in town.');
  });

  it('leaves an ordinary line alone', () => expect(segmentLine('A short line of text.', 'en', split)).toBeUndefined());
});

describe('classifyBlocks: jusText-style block classes', () => {
  const piece = (text: string, kind: Piece['kind'] = 'text'): Piece => ({
    kind,
    text,
    parts: [{ n: 1, text }],
    indent: 0,
  });
  const para =
    'The researchers found that the tool was made with birch tar, which had to be heated for hours before it could be used, and they say that this shows careful planning.';
  it('menu items around the article are bad, the article, a heading inside it and the label just above it good', () => {
    const blocks = [
      'Home',
      'News',
      'Sport',
      'Culture',
      para,
      'What they found',
      para,
      'Most read',
      'Another headline about a different thing entirely here',
      'Weather',
    ].map((t) => piece(t));
    expect(classifyBlocks(blocks, 'en')).toEqual([
      'bad',
      'bad',
      'bad',
      'good',
      'good',
      'good',
      'good',
      'bad',
      'bad',
      'bad',
    ]);
  });
  it('a capitalised run without a sentence is bad however long', () => {
    expect(
      classifyBlocks(
        [
          piece(para),
          piece('Privacy Policy Terms Of Use Cookie Settings Contact Us Careers Advertise With Us Newsletters'),
          piece(para),
        ],
        'en',
      )[1],
    ).toBe('bad');
  });
});

describe('a one-line review page (fixture written for the tests)', () => {
  const src = fixture('one-line-review');
  const doc = normalizeText(src);
  it("recovers the headline, standfirst, author and date, and the editor's inline headings", () => {
    expect(doc.meta).toMatchObject({
      title: 'Tested: a week with the Larkspur Haul electric cargo bike',
      author: 'Maren Olsen',
      date: '12 March 2024',
    });
    expect(doc.meta.subtitle).toMatch(/^A school run, a hardware shop/);
    expect(headings(doc.markdown)).toEqual([
      '## Drivetrain',
      '## Chassis, brakes and wheels',
      '## Living with it',
      '## Verdict',
    ]);
  });
  it('drops every menu, share, popular, recommended and related run, each reported at line 1', () => {
    expect(doc.markdown).not.toMatch(
      /Skip to|Menu|Buying Guides|Most Popular|Recommended|Five locks|Share this|facebook|twitter|Related articles|Privacy Policy|Cookie|©/,
    );
    for (const text of ['Skip to Content', 'Most Popular', 'Five locks we trust', 'Related articles']) {
      expect(doc.diagnostics).toContainEqual(
        expect.objectContaining({ line: 1, code: 'noise', text: expect.stringContaining(text) }),
      );
    }
    expect(new Set(doc.lineMap)).toEqual(new Set([1]));
  });
  it('keeps every paragraph the author wrote', () => {
    for (const s of [
      'At just over two and a half metres it is longer than most family bikes',
      'The one weak point is the kickstand.',
      'it pays back its price within a few years of school runs.',
    ])
      expect(doc.markdown).toContain(s);
  });
});

describe('noise classes (fixture written for the tests)', () => {
  const doc = normalizeText(fixture('noise-classes'));
  const at = (line: number, code: string) =>
    expect(doc.diagnostics).toContainEqual(expect.objectContaining({ line, code }));
  it('repeated site name, template tags, metadata table, share counter and emoji-only line are removed and reported', () => {
    at(1, 'metadata');
    at(5, 'template');
    for (const line of [7, 9, 10, 11]) at(line, 'metadata');
    at(13, 'noise');
    at(15, 'noise');
    expect(doc.meta).toMatchObject({ publisher: 'Kabar Kampus', sources: ['https://kabarkampus.id/s/a1b2'] });
    expect(doc.markdown).not.toMatch(/Kabar Kampus|author|Short URL|Field|1\.2K|👍|by ,/);
  });
  it('the dateline leaves the first sentence, and the site describing itself leaves the end', () => {
    expect(doc.diagnostics).toContainEqual(
      expect.objectContaining({ line: 17, code: 'metadata', text: 'BANDUNG, KabarKampus.id -' }),
    );
    expect(doc.markdown.startsWith('Tiga mahasiswa teknik informatika')).toBe(true);
    at(29, 'noise');
    expect(doc.markdown).not.toContain('portal berita');
  });
  it('list items that continue one sentence stay together as one list', () => {
    expect(doc.markdown).toContain('dua minggu:\n\n- Sprint One,\n- Sprint Two, and\n- Sprint Three.\n');
  });
});
