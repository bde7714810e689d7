// Content is text: Markdown, Marp and Handlebars syntax in a document never changes slide structure, the
// template, or runs code in the deck or the handout.
import { describe, expect, it } from 'vitest';
import { renderHandout } from '../../scripts/handout/render-handout.js';
import { assetsOf, deckOf, sourceAt } from '../support/documents.js';

/** The deck and notes handout of a fixture in test/fixtures/hostile/ (raw text or Markdown by its extension). */
async function render(file: string) {
  const assets = await assetsOf();
  const deck = await deckOf(sourceAt(`test/fixtures/hostile/${file}`));
  const handout = renderHandout(deck, 'notes', 'a4', assets.templates, assets.handoutCss);
  return { deck, handout };
}

const DANGER = [/<script\b/i, /<iframe\b/i, /<\w+[^>]*\son\w+\s*=/i, /href\s*=\s*["']?\s*javascript:/i];

/** CSS that the page applies: <style> blocks and style attributes (text that merely mentions url() is fine). */
const styles = (html: string) =>
  [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>|\sstyle\s*=\s*"([^"]*)"/gi)].map((m) => m[1] ?? m[2]).join('\n');

describe.each(['hostile.md', 'hostile.txt'])('hostile content in %s', (file) => {
  it('keeps Marp directives in content from changing any slide', async () => {
    const { deck } = await render(file);
    expect(deck.slideHtml).toHaveLength(deck.plan.slides.length);
    expect(deck.html).not.toMatch(/class="[^"]*\binvert\b/);
    expect(deck.html).not.toMatch(/evil\.example\/bg\.png\)/);
  });

  it('never lets script, frames, event handlers or javascript: links into the deck', async () => {
    const { deck } = await render(file);
    for (const pattern of DANGER) expect(deck.html).not.toMatch(pattern);
    expect(styles(deck.html)).not.toMatch(/evil\.example/);
  });

  it('never lets them into the handout either', async () => {
    const { handout } = await render(file);
    const body = handout.html.slice(handout.html.indexOf('<body'));
    for (const pattern of DANGER) expect(body).not.toMatch(pattern);
    expect(styles(handout.html)).not.toMatch(/evil\.example/);
  });

  it('shows Handlebars syntax from content as text', async () => {
    const { deck } = await render(file);
    expect(deck.marpMarkdown).toMatch(/\{\{/);
    expect(deck.plan.meta.title).toContain('{{');
  });
});
