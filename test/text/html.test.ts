// Text out of HTML, one helper for every place that needs it: tags gone, character references read as browsers
// and CommonMark read them.
import { describe, expect, it } from 'vitest';
import { decodeEntities, escapeHtml, htmlToText } from '../../scripts/text/html.js';

describe('htmlToText', () => {
  it('reads named, decimal and hex references, leaves what is no reference', () => {
    expect(decodeEntities('Fish &amp; chips &mdash; 5&nbsp;km, &#8220;A&#x201D; &hellip;')).toBe(
      'Fish & chips — 5\u00a0km, “A” …',
    );
    expect(decodeEntities('AT&T &unknown; &amp')).toBe('AT&T &unknown; &amp');
  });

  it('drops tags, comments, scripts and styles with their content, and decodes what is left', () => {
    expect(htmlToText('<p>Fish &amp; <b>chips</b><!-- x --><script>alert(1)</script></p>')).toBe(' Fish &  chips    ');
    expect(htmlToText('<em>a</em>&lt;b&gt;', '')).toBe('a<b>');
  });

  it('escapes back what it decodes', () => {
    expect(decodeEntities(escapeHtml(`<a href="x">'&'</a>`))).toBe(`<a href="x">'&'</a>`);
  });
});
