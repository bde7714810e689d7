// Escaping: any plain text, written into Markdown, renders back as exactly that text.
import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { backtickRun, commentSafe, escapeInline, withoutMarks } from '../../scripts/text/markdown-text.js';

const md = new MarkdownIt({ html: false });
const decode = (html: string) =>
  html
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
const roundTrip = (text: string) =>
  decode(
    md
      .render(escapeInline(text))
      .trim()
      .replace(/^<p>|<\/p>$/g, ''),
  );

describe('escapeInline', () => {
  it.each([
    '1. Pentingnya Hubungan Internasional',
    '2) second',
    '- not a list',
    '+ not a list',
    '---',
    '=== not a heading underline',
    '# not a heading',
    '**not bold** and _not italic_',
    '<script>alert(1)</script>',
    '<!-- _class: invert -->',
    '[link](javascript:alert(1))',
    '| a | b |',
    'AT&amp;T and &copy;',
    '`code` and ~strike~',
    '{{ x }} {{> partial}}',
    'Biaya $x+y$ rupiah',
    'C++ and C# and #1',
    '! [not an image](x)',
    'Kelas C #',
  ])('renders %j as the same text', (text) => {
    expect(roundTrip(text)).toBe(text);
  });

  it('leaves parentheses, "!", and "#" or "+" inside a line as written', () => {
    expect(escapeInline('bilateral (dua negara), C++ dan C#! Nomor #1')).toBe(
      'bilateral (dua negara), C++ dan C#! Nomor #1',
    );
    expect(escapeInline('# x')).toBe('\\# x');
    expect(escapeInline('+ x')).toBe('\\+ x');
  });

  it('round-trips any text made of Markdown punctuation, in a paragraph and in a heading', () => {
    const chars = [...'ab 1.)(][!#+-*_`<>&\\|~$=:{}"\'/'];
    const text = fc
      .array(fc.constantFrom(...chars), { minLength: 1, maxLength: 24 })
      .map((cs) => cs.join('').trim())
      .filter((s) => s !== '');
    fc.assert(
      fc.property(text, (s) => {
        expect(roundTrip(s)).toBe(s);
        const heading = md.render(`## ${escapeInline(s)}`).trim();
        expect(decode(heading.replace(/^<h2>|<\/h2>$/g, ''))).toBe(s);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('commentSafe', () => {
  it('keeps text from closing or opening an HTML comment', () => {
    expect(commentSafe('a --> b <!-- c')).not.toMatch(/-->|<!--/);
  });
});

describe('backtickRun', () => {
  it.each(['plain', 'a `tick`', '```js\nx\n```', 'a ``` and a ````'])(
    'fences %j so that markdown-it shows it whole as code',
    (code) => {
      const fence = backtickRun(code, 3);
      const tokens = md.parse(`${fence}\n${code}\n${fence}\n`, {});
      expect(tokens.map((t) => t.type)).toEqual(['fence']);
      expect(tokens[0]!.content).toBe(`${code}\n`);
    },
  );
});

describe('withoutMarks', () => {
  it.each([
    ['emphasis and code marks', '*Figure* of `git log` and __bold__', 'Figure of git log and bold'],
    [
      'a link destination with underscores, whole',
      '([inspiration](https://twitter.com/jay_gee/status/70336))',
      '([inspiration](https://twitter.com/jay_gee/status/70336))',
    ],
    ['an autolink, whole', 'see <https://example.org/a_b_c/>', 'see <https://example.org/a_b_c/>'],
    ['an underscore inside a word', 'the snake_case name, _emphasised_', 'the snake_case name, emphasised'],
  ])('%s', (_, markdown, expected) => expect(withoutMarks(markdown)).toBe(expected));
});
