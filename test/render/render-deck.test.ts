// Marp Markdown for each seed: the planned deck through the real templates, kept as snapshots so any change to
// planning or templates shows up as a reviewable diff.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadTemplates } from '../../scripts/render/templates.js';
import { byline, renderDeck } from '../../scripts/render/render-deck.js';
import type { PlanHints } from '../../scripts/types.js';
import { planOf, sourceAt } from '../support/documents.js';
import { SEED_FILES } from '../support/seeds.js';
import { REPO_ROOT } from '../support/seeds.js';

const root = REPO_ROOT;
const templates = loadTemplates(path.join(root, 'templates'));
const SEEDS = SEED_FILES;

function deck(rel: string, hints: PlanHints = {}) {
  const plan = planOf(sourceAt(rel), hints);
  return { plan, markdown: renderDeck(plan, templates) };
}

describe('renderDeck', () => {
  it.each(SEEDS)('renders %s to the same Marp Markdown as before', (rel) => {
    expect(deck(rel).markdown).toMatchSnapshot();
  });

  it('renders a lecture with code to the same Marp Markdown as before', () => {
    expect(deck('test/fixtures/plan/code.md').markdown).toMatchSnapshot();
  });

  it('fences code so that no line of it closes the block, and keeps the blank lines inside it', async () => {
    const { Marp } = await import('@marp-team/marp-core');
    const { markdown } = deck('test/fixtures/plan/code.md');
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the source's own JavaScript template literal, as text.
    expect(markdown).toContain('````markdown\nHere is code:\n\n```js\nconsole.log(`tick ${n}`);\n```\n````');
    expect(markdown).toContain('def first():\n    return 1\n\n\ndef second():');
    // Template conditionals leave runs of blank lines; outside the code they are made one.
    expect(markdown.replace(/^(`{3,})[^\n]*\n[\s\S]*?\n\1$/gm, 'CODE')).not.toMatch(/\n\n\n/);
    const slides = new Marp({ html: false }).render(markdown, { htmlAsArray: true }).html as unknown as string[];
    // Slide separators, directives and template syntax in code are code: no extra slide, no class, no template.
    const { plan } = deck('test/fixtures/plan/code.md');
    expect(slides).toHaveLength(plan.slides.length);
    expect(slides.join('')).not.toMatch(/class="[^"]*\blead\b/);
    const yaml = slides.map((h) => h.replace(/<[^>]*>/g, '')).find((t) => t.includes('marp: true'))!;
    expect(yaml).toContain('---\nmarp: true\n---\n&lt;!-- _class: lead --&gt;\n{{ title }}');
    const odd = slides.find((h) => h.includes('Here is code:'))!;
    expect(odd.match(/<pre/g)).toHaveLength(1);
    expect(odd).toContain('console.log(');
  });

  it('shows a title with backslashes and Markdown characters as written, in the footer too', async () => {
    const { Marp } = await import('@marp-team/marp-core');
    const { plan, markdown } = deck('test/fixtures/plan/title-chars.md');
    expect(plan.meta.title).toBe('Kuliah C:\\dokumen *penting* _1_');
    const marp = new Marp({ html: false });
    const html = marp.render(markdown).html.replace(/<[^>]*>/g, '');
    expect(html).toContain('Kuliah C:\\dokumen *penting* _1_');
    expect(marp.render(markdown).html).not.toMatch(/<em>|<strong>penting/);
  });

  it('renders one Marp slide per planned slide, with speaker notes as HTML comments', () => {
    const { plan, markdown } = deck(SEEDS[0]!);
    const body = markdown.replace(/^---\n[\s\S]*?\n---\n/, '');
    expect(body.split(/\n---\n/).length).toBe(plan.slides.length);
    expect(markdown).toContain('<!--\nAmerika Serikat menjadi mitra strategis');
  });

  it('renders key figures as large values with labels and the change in emphasis', () => {
    const { markdown } = deck(SEEDS[0]!);
    expect(markdown).toContain('<!-- _class: figures two -->');
    expect(markdown).toContain(
      '- **USD 30,75 miliar** Nilai perdagangan antara kedua negara (2022) *kenaikan signifikan 16,67%*',
    );
  });

  it('puts a table lead-in above the table as its caption', () => {
    const { markdown } = deck('test/fixtures/plan/directives.md');
    expect(markdown).toMatch(/<!-- _class: table -->\n\n## Tariff Schedule\n\n\| Year \|/);
    const { markdown: seed } = deck(SEEDS[3]!);
    expect(seed).toMatch(/\*Tabel Contoh Kerja Sama Internasional\*\n\n\| Jenis Kerja Sama \|/);
  });

  it('marks dense slides with the class the theme renders one step smaller', () => {
    const { plan, markdown } = deck('test/fixtures/plan/directives.md', { title: { dense: true } });
    expect(plan.slides[0]!.dense).toBe(true);
    expect(markdown).toContain('<!-- _class: title dense -->');
  });

  it("shows the author's math as math: inline in bullets, an equation as a block of its own, dollar amounts as text", () => {
    const { plan, markdown } = deck('test/fixtures/plan/math.md');
    const slide = plan.slides.find((s) => s.title === 'Ukuran pemusatan' && s.kind === 'content')!;
    expect(slide.bullets.map((b) => b.formula ?? false)).toEqual([false, true, false, false]);
    expect(slide.notes.join('\n')).toContain('\\sum_{i=1}^{n} (x_i - \\bar{x})^2');
    expect(markdown).toContain(
      '- Rata-rata dihitung dengan $\\bar{x} = \\frac{1}{n}\\sum x_i$ untuk setiap sampel\n\n$$\ns^2 = \\frac{1}{n-1}\\sum_{i=1}^{n} (x_i - \\bar{x})^2\n$$\n\n- **Varians** — $s^2$\n',
    );
    expect(markdown).toContain('- Harga $5 dan $10 bukan rumus');
  });

  it('writes the author and date under the title', () => {
    expect(byline(deck('test/fixtures/plan/directives.md').plan)).toBe('Dr. Amina Rahman');
  });
});
