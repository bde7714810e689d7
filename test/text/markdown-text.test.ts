// Escaping: any plain text, written into Markdown, renders back as exactly that text.
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { backtickRun, commentSafe, escapeInline } from '../../scripts/text/markdown-text.js';

const md = new MarkdownIt({ html: false });
const roundTrip = (text: string) => {
  const html = md.render(escapeInline(text)).trim();
  return html.replace(/^<p>|<\/p>$/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
};

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
  ])('renders %j as the same text', (text) => {
    expect(roundTrip(text)).toBe(text);
  });
});

describe('commentSafe', () => {
  it('keeps text from closing or opening an HTML comment', () => {
    expect(commentSafe('a --> b <!-- c')).not.toMatch(/-->|<!--/);
  });
});

describe('backtickRun', () => {
  it.each(['plain', 'a `tick`', '```js\nx\n```', 'a ``` and a ````'])('fences %j so that markdown-it shows it whole as code', (code) => {
    const fence = backtickRun(code, 3);
    const tokens = md.parse(`${fence}\n${code}\n${fence}\n`, {});
    expect(tokens.map((t) => t.type)).toEqual(['fence']);
    expect(tokens[0]!.content).toBe(`${code}\n`);
  });
});
