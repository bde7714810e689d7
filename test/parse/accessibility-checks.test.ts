// The accessibility warnings an author gets at file:line: pictures without alt text, headings that skip a level,
// link text that says nothing ("click here", "di sini"), and meaning shown by colour alone in the author's CSS.
import { describe, expect, it } from 'vitest';
import { accessibilityCounts } from '../../scripts/parse/accessibility-checks.js';
import { colourOnlyRules } from '../../scripts/parse/colour-only.js';
import { modelOf, sourceOf } from '../support/documents.js';

const warnings = (text: string, file = 'slides/k.md') =>
  modelOf(sourceOf(text, file))
    .diagnostics.filter((d) => d.code.startsWith('a11y-'))
    .map((d) => ({ line: d.line, code: d.code, message: d.message }));

describe('accessibility warnings', () => {
  it('name each picture without alt text at its line, standing alone or inside a sentence', () => {
    const found = warnings(
      '# Rivers\n\n## Data\n\n![](plot.png)\n\nThe gauge ![](gauge.png) reads high.\n\n![A map of both rivers](map.png)\n',
    );
    expect(found.map((f) => [f.line, f.code])).toEqual([
      [5, 'a11y-alt'],
      [7, 'a11y-alt'],
    ]);
    expect(found[0]!.message).toContain('image plot.png has no alt text');
    expect(found[0]!.message).toContain('![a map of the two rivers](plot.png)');
  });

  it("read Marp's image keywords as no alt text, and leave a background picture as decoration", () => {
    const found = warnings(
      '# T\n\n## A\n\n![w:300 sepia](chart.png)\n\n![bg left](photo.jpg)\n\n![w:200 The apparatus](a.png)\n',
    );
    expect(found.map((f) => [f.line, f.message.split(' has')[0]])).toEqual([[5, 'image chart.png']]);
  });

  it('let a caption stand for the alt text, and ignore pictures written inside code', () => {
    const text = '# T\n\n## A\n\n:::{figure} plot.png\nRainfall per month\n:::\n\nWrite `![](x.png)` for none.\n';
    expect(warnings(text, 'slides/k.md').filter((w) => w.code === 'a11y-alt')).toEqual([]);
  });

  it('name a heading that skips a level, with the one above it', () => {
    const found = warnings('# Rivers\n\n## Data\n\nText.\n\n#### Gauges\n\nText.\n\n## Results\n\nText.\n');
    expect(found).toEqual([
      {
        line: 7,
        code: 'a11y-heading',
        message: 'heading level skipped: #### "Gauges" after ## "Data" (line 3); make it ###',
      },
    ]);
  });

  it('leave the headings of pasted text alone: deckhand set their levels', () => {
    expect(warnings('JUDUL\n\nSatu paragraf panjang di sini.\n', 'slides/k.txt')).toEqual([]);
  });

  it('name link text that says nothing of its target, in the deck language or English', () => {
    const en = warnings('# T\n\n## A\n\nThe data is [here](https://example.org/d). [Read more](https://x.org).\n');
    expect(en.map((w) => w.message.split(':')[0])).toEqual([
      'link text "here" says nothing of where the link goes',
      'link text "Read more" says nothing of where the link goes',
    ]);
    const id = warnings(
      '---\nlang: id\n---\n# T\n\n## A\n\nUnduh datanya [di sini](https://x.org) atau [klik di sini](https://y.org).\n',
    );
    expect(id.map((w) => w.line)).toEqual([8, 8]);
    expect(warnings('# T\n\n## A\n\nSee [the R documentation](https://r-project.org).\n')).toEqual([]);
  });

  it("name colour-only styles in the author's <style> at their own line", () => {
    const text =
      '# T\n\n<style>\na { text-decoration: none; }\n.red { color: #c00; }\nstrong { color: red; font-weight: normal; }\n</style>\n\n## A\n\nText.\n';
    const found = warnings(text).filter((w) => w.code === 'a11y-colour');
    expect(found.map((f) => f.line)).toEqual([4, 5, 6]);
  });

  it('are counted per deck for the build report', () => {
    const model = modelOf(
      sourceOf('# T\n\n## A\n\n![](a.png) [click here](x.html)\n\n#### B\n\nText.\n', 'slides/k.md'),
    );
    expect(accessibilityCounts(model.diagnostics)).toEqual({
      imagesWithoutAlt: 1,
      headingsSkipped: 1,
      vagueLinks: 1,
      colourOnly: 0,
    });
  });
});

describe('colour-only styles', () => {
  it.each([
    ['a link without underline', 'a:link { color: #06c; text-decoration: none }', 1],
    ['a link with another cue', 'a { text-decoration: none; border-bottom: 1px solid }', 0],
    ['bold taken away', 'b { color: red; font-weight: 400 }', 1],
    ['italic taken away', 'em { color: blue; font-style: normal }', 1],
    ['a class named for a judgement', '.correct { color: green }', 1],
    ['the same class made bold too', '.correct { color: green; font-weight: bold }', 0],
    ['a class that only mutes text', '.aside { color: #555 }', 0],
  ])('%s', (_, css, count) => expect(colourOnlyRules(css)).toHaveLength(count));

  it('give the line within the stylesheet, past comments', () => {
    expect(colourOnlyRules('/* a\nb */\n\n.wrong {\n color: red }').map((r) => r.line)).toEqual([4]);
  });
});
