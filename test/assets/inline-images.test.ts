// Images inside inline Markdown: every destination found (titles, angle brackets, parentheses, escapes, inside a
// link) and rewritten, none inside code; and the placeholder card drawn for an image a deck cannot show.
import { describe, expect, it } from 'vitest';
import { rewriteImages } from '../../scripts/assets/inline-images.js';
import { placeholderImage } from '../../scripts/assets/placeholder.js';

/** Rewrites every image to `new/<n>.png`, recording what it was given. */
function rewrite(markdown: string) {
  const seen: [string, string][] = [];
  const out = rewriteImages(markdown, (src, alt) => {
    seen.push([src, alt]);
    return `new/${seen.length}.png`;
  });
  return { out, seen };
}

describe('rewriteImages', () => {
  it.each<[string, string, string, [string, string][]]>([
    [
      'an image in a sentence',
      'See ![the map](peta.png) here.',
      'See ![the map](new/1.png) here.',
      [['peta.png', 'the map']],
    ],
    ['its title kept', '![m](a.png "A title")', '![m](new/1.png "A title")', [['a.png', 'm']]],
    ['a destination in angle brackets, spaces and all', '![m](<my map.png>)', '![m](new/1.png)', [['my map.png', 'm']]],
    ['balanced parentheses in a destination', '![m](a_(1).png)', '![m](new/1.png)', [['a_(1).png', 'm']]],
    [
      'escapes taken off the destination and the alt text',
      '![a\\*b](a\\_b.png)',
      '![a\\*b](new/1.png)',
      [['a_b.png', 'a*b']],
    ],
    [
      'an image inside a link (a badge)',
      '[![badge](b.svg)](https://x.org)',
      '[![badge](new/1.png)](https://x.org)',
      [['b.svg', 'badge']],
    ],
    [
      'two images, in order',
      '![a](1.png) and ![b](2.png)',
      '![a](new/1.png) and ![b](new/2.png)',
      [
        ['1.png', 'a'],
        ['2.png', 'b'],
      ],
    ],
    [
      'none inside a code span',
      'Write `![m](a.png)` for ![m](b.png).',
      'Write `![m](a.png)` for ![m](new/1.png).',
      [['b.png', 'm']],
    ],
    ['a link that is no image left alone', '[map](peta.png)', '[map](peta.png)', []],
  ])('rewrites %s', (_, markdown, expected, seen) => expect(rewrite(markdown)).toEqual({ out: expected, seen }));

  it('writes a new destination with spaces or angle brackets so that Markdown still reads it', () => {
    expect(rewriteImages('![m](a.png)', () => 'assets/peta asean <1>.png')).toBe(
      '![m](assets/peta%20asean%20%3C1%3E.png)',
    );
  });
});

describe('placeholderImage', () => {
  it('names the card by its content: the same image gives the same file, another image another', () => {
    const a = placeholderImage('Peta ASEAN', 'peta.png', 'image not found');
    expect(a.to).toMatch(/^assets\/placeholder-[0-9a-f]{12}\.svg$/);
    expect(placeholderImage('Peta ASEAN', 'peta.png', 'image not found').to).toBe(a.to);
    expect(placeholderImage('Peta ASEAN', 'other.png', 'image not found').to).not.toBe(a.to);
  });

  const texts = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);

  it.each<[string, string, string, string[]]>([
    [
      'the alt text, the reason and the file',
      'Peta ASEAN',
      'img/peta.png',
      ['Peta ASEAN', 'image not found', 'img/peta.png'],
    ],
    ['"Image" when there is no alt text', '  ', 'a.png', ['Image', 'image not found', 'a.png']],
    [
      'markup in the alt text and the file name as text',
      'a <b> & c',
      'x<y>.png',
      ['a &lt;b&gt; &amp; c', 'image not found', 'x&lt;y&gt;.png'],
    ],
    [
      'a long file name cut at 70 characters',
      'A',
      `${'d/'.repeat(40)}f.png`,
      ['A', 'image not found', `${'d/'.repeat(34)}d…`],
    ],
  ])('shows %s', (_, alt, src, expected) =>
    expect(texts(placeholderImage(alt, src, 'image not found').svg)).toEqual(expected),
  );

  it('wraps a long alt text on four lines at most, the last one ending in "…"', () => {
    const alt = 'word '.repeat(60).trim();
    const lines = texts(placeholderImage(alt, 'a.png', 'image not found').svg).slice(0, -2);
    expect(lines).toHaveLength(4);
    expect(lines.every((l) => l!.length <= 46)).toBe(true);
    expect(lines[3]).toMatch(/…$/);
  });
});
