// Math in Marp: MathJax is loaded by the first slide with math, not when Marp loads (a deck without math never pays
// for it), and a formula cannot carry a link or markup into the deck.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../support/seeds.js';

const ROOT = REPO_ROOT;

/** Renders `markdown` with our Marp in a fresh Node (the module cache is per process); reports what was loaded. */
function renderFresh(...markdown: string[]): { loadedBefore: boolean; loadedAfter: boolean[]; html: string[] } {
  const script = `
    import { createRequire } from 'node:module';
    const { createMarp, loadThemes } = await import(${JSON.stringify(path.join(ROOT, 'dist/scripts/render/marp/marp-engine.js'))});
    const cache = createRequire(import.meta.url).cache;
    const mathLoaded = () => Object.keys(cache).some((k) => /node_modules[\\\\/](mathjax-full|katex)[\\\\/](?!package\\.json)/.test(k));
    const { marp } = createMarp(loadThemes(${JSON.stringify(path.join(ROOT, 'templates'))}));
    const loadedBefore = mathLoaded();
    const html = [], loadedAfter = [];
    for (const md of ${JSON.stringify(markdown)}) { html.push(marp.render(md).html); loadedAfter.push(mathLoaded()); }
    console.log(JSON.stringify({ loadedBefore, loadedAfter, html }));`;
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }));
}

/** The HTML without its aria-label values: a formula's alternative is text, read aloud, never shown or followed. */
const withoutLabels = (html: string) => html.replace(/ aria-label="[^"]*"/g, '');

describe('math in Marp', () => {
  it('loads neither MathJax nor KaTeX for a deck without math', () => {
    const run = renderFresh('# Kerja sama\n\n- Harga naik 5%\n- Dua negara, satu tujuan');
    expect(run.loadedBefore).toBe(false);
    expect(run.loadedAfter).toEqual([false]);
    expect(run.html[0]).toContain('Dua negara, satu tujuan');
  });

  it('still typesets math with MathJax, to inline SVG, once a slide has some', () => {
    const run = renderFresh('# Tanpa rumus', '# Rata-rata\n\n$\\bar{x} = \\frac{1}{n}\\sum x_i$\n\n$$\nE = mc^2\n$$');
    expect(run.loadedAfter).toEqual([false, true]);
    expect(run.html[1]).toMatch(/<mjx-container[^>]*>\s*<svg/);
    expect(run.html[1]!.match(/<mjx-container/g)).toHaveLength(2);
    // The TeX is no longer text on the slide; it stays only as each formula's alternative, until speech is loaded.
    expect(withoutLabels(run.html[1]!)).not.toContain('\\frac');
    expect(run.html[1]).toContain('<svg aria-label="\\bar{x} = \\frac{1}{n}\\sum x_i"');
  });

  it('puts no link into a slide from a formula: \\href is an unknown command there', () => {
    const run = renderFresh(
      '$\\href{javascript:alert(1)}{x}$\n\n$$\n\\href{https://example.org/}{y} + \\class{c}{z} + \\style{color:red}{w}\n$$',
    );
    const html = run.html[0]!;
    expect(html.match(/<mjx-container/g)).toHaveLength(2);
    expect(html).not.toContain('href=');
    // Its TeX may be its alternative (text in an aria-label), never a link.
    expect(withoutLabels(html)).not.toContain('javascript:');
    expect(withoutLabels(html)).not.toMatch(/color:\s*red/);
  });
});
