// The overflow check in real headless Chromium: every slide measured in one page load, overflowing slides
// re-planned, and a slide that still overflows fails the deck with its source file and line.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveConfig } from '../../scripts/config.js';
import { BrowserPool, type PageJob } from '../../scripts/browser/browser-pool.js';
import { hashTemplates } from '../../scripts/pipeline/cache.js';
import { buildDeck } from '../../scripts/pipeline/build-deck.js';
import { loadBuildAssets, type BuildContext } from '../../scripts/pipeline/build-context.js';
import { fitDeck } from '../../scripts/pipeline/fit-deck.js';
import { renderSource } from '../../scripts/pipeline/phases.js';
import { FOOTER_BAND, measureOverflow } from '../../scripts/measure/measure-overflow.js';
import { renderMarp } from '../../scripts/render/render-marp.js';
import type { RenderedDeck, Slide, SlidePlan } from '../../scripts/types.js';
import { sourceAt, sourceOf } from '../support/documents.js';
import { SEED_FILES } from '../support/seeds.js';
import { REPO_ROOT } from '../support/seeds.js';

const root = REPO_ROOT;
const pdfPages = (file: string) =>
  Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
const SEEDS = SEED_FILES;

/** Counts page jobs, so the test can see one page load per deck per round. */
class CountingPool extends BrowserPool {
  override use<T>(job: PageJob<T>, label: string): Promise<T> {
    pageLoads++;
    return super.use(job, label);
  }
}

let pool: BrowserPool;
let ctx: BuildContext;
let work: string;
let pageLoads = 0;

beforeAll(async () => {
  work = mkdtempSync(path.join(os.tmpdir(), 'deckhand-measure-'));
  const config = resolveConfig({ root, outDir: work, formats: [], quiet: true, force: true });
  pool = new CountingPool(2);
  ctx = {
    config,
    ...(await loadBuildAssets(config)),
    templateHashes: await hashTemplates(config.templatesDir),
    pool,
    marpCli: () => Promise.reject(new Error('not used')),
    onProgress: () => undefined,
  };
});

afterAll(async () => {
  await pool.close();
  rmSync(work, { recursive: true, force: true });
});

const source = (rel: string) => sourceAt(rel);

/** A deck straight from Marp Markdown, one planned slide per Marp slide, to measure hand-made slides. */
function handMade(slides: string[]): RenderedDeck {
  const doc = source('test/fixtures/plan/unfixable.md');
  const planned: Slide[] = slides.map((_, i) => ({
    kind: 'content',
    title: `S${i + 1}`,
    bullets: [],
    notes: [],
    pos: { file: 'hand.md', line: i + 1 },
    continued: false,
  }));
  const plan = {
    source: doc,
    meta: { title: 'x', lang: 'en', theme: 'deckhand', sources: [] },
    slides: planned,
  } as unknown as SlidePlan;
  const markdown = `---\nmarp: true\ntheme: deckhand\npaginate: true\nfooter: "Footer"\n---\n\n${slides.join('\n\n---\n\n')}\n`;
  return renderMarp(plan, markdown, ctx.marp, []);
}

describe('measureOverflow', () => {
  it('measures a deliberately overflowing slide as overflowing, down into the footer band', async () => {
    const crowded = `## Too much\n\n${Array.from({ length: 14 }, (_, i) => `- Bullet number ${i + 1} with a few words on it`).join('\n')}`;
    const deck = handMade(['## Fine\n\n- One short bullet', crowded]);
    const [fits, over] = await measureOverflow(pool, deck, work);
    expect(fits!.overflowing).toBe(false);
    expect(fits!.bottom).toBeLessThan(deck.size.height - FOOTER_BAND);
    expect(over!.overflowing).toBe(true);
    expect(over!.overflowY).toBeGreaterThan(100);
    expect(over!.pos).toEqual({ file: 'hand.md', line: 2 });
  });

  it('catches text that runs out sideways (a line of preformatted text wider than the slide)', async () => {
    const [wide] = await measureOverflow(pool, handMade([`## Wide\n\n\`\`\`\n${'W'.repeat(160)}\n\`\`\``]), work);
    expect(wide!.overflowing).toBe(true);
    expect(wide!.overflowX).toBeGreaterThan(0);
    expect(wide!.overflowY).toBe(0);
  });

  it('counts code hidden inside its own box as overflow: ten lines of code and three of output, squeezed', async () => {
    const code = Array.from({ length: 10 }, (_, i) => `means.append(sample_${i}.mean())`).join('\n');
    const slide = `<!-- _class: code -->\n\n## Code and output\n\n- We draw 1,000 samples of size 36 and keep their means, to plot them\n\n\`\`\`python\n${code}\n\`\`\`\n\n\`\`\`output\n72.1\n11.9\ndone\n\`\`\``;
    const [squeezed] = await measureOverflow(pool, handMade([slide]), work);
    expect(squeezed!.clipped).toBeGreaterThan(20);
    expect(squeezed!.overflowing).toBe(true);
    expect(squeezed!.overflowY).toBeGreaterThanOrEqual(squeezed!.clipped!);
  });

  it('counts a block covered by the one after it as overflow', async () => {
    const covered = `<style scoped>pre + pre { margin-top: -60px; }</style>\n\n## Covered\n\n\`\`\`\none\ntwo\nthree\n\`\`\`\n\n\`\`\`output\nfour\n\`\`\``;
    const [over, fine] = await measureOverflow(
      pool,
      handMade([covered, '## Fine\n\n```\none\n```\n\n```output\ntwo\n```']),
      work,
    );
    expect(over!.clipped).toBeGreaterThan(30);
    expect(over!.overflowing).toBe(true);
    expect(fine!.clipped).toBeUndefined();
    expect(fine!.overflowing).toBe(false);
  });

  it('measures the whole deck in one page load and leaves no temporary page behind', async () => {
    const before = pageLoads;
    await measureOverflow(pool, handMade(['## A', '## B', '## C']), work);
    expect(pageLoads - before).toBe(1);
    expect(readdirSync(work).filter((f) => f.includes('measure'))).toEqual([]);
  });
});

describe('fitting decks', () => {
  it('re-plans a crowded slide until it fits, in one page load per round', async () => {
    const doc = source('test/fixtures/plan/overflow.md');
    const before = pageLoads;
    const fit = await fitDeck(ctx, renderSource(doc, ctx).deck, work);
    expect(fit.replanned).toBeGreaterThan(0);
    expect(fit.overflowing).toEqual([]);
    expect(fit.measures.every((m) => !m.overflowing)).toBe(true);
    expect(
      fit.diagnostics.some(
        (d) => d.code === 'replan' && d.severity === 'info' && d.file === 'test/fixtures/plan/overflow.md',
      ),
    ).toBe(true);
    expect(pageLoads - before).toBeGreaterThanOrEqual(2);
    expect(pageLoads - before).toBeLessThanOrEqual(4);
  });

  it('builds a re-planned deck from the final plan: the export made alongside the check is thrown away', async () => {
    const rel = 'test/fixtures/plan/overflow.md';
    const outDir = mkdtempSync(path.join(os.tmpdir(), 'deckhand-replan-'));
    const config = resolveConfig({ root, outDir, formats: ['pdf', 'handout'], quiet: true, force: true });
    const report = await buildDeck(
      { path: path.join(root, rel), relPath: rel, name: 'overflow', kind: 'markdown' },
      { ...ctx, config },
    );
    const dir = path.join(outDir, 'overflow');
    expect(report.ok).toBe(true);
    expect(report.replanned).toBeGreaterThan(0);
    expect(pdfPages(path.join(dir, 'slides.pdf'))).toBe(report.slides);
    // The split slide's second half exists only in the final plan: the handout must show it.
    const continued = (text: string) => (text.match(/Everything at Once \(continued\)/g) ?? []).length;
    expect(continued(readFileSync(path.join(dir, 'slides.md'), 'utf8'))).toBeGreaterThan(0);
    expect(continued(readFileSync(path.join(dir, 'handout.html'), 'utf8'))).toBeGreaterThan(0);
    expect(readdirSync(dir).filter((f) => f.startsWith('.') && f !== '.deckhand-build.json')).toEqual([]);
    rmSync(outDir, { recursive: true, force: true });
  });

  it('fits a lecture with code: long code continues on more slides and a line too long for the slide wraps', async () => {
    const doc = source('test/fixtures/plan/code.md');
    const fit = await fitDeck(ctx, renderSource(doc, ctx).deck, work);
    expect(fit.overflowing).toEqual([]);
    const code = fit.deck.plan.slides.map((s, i) => ({ s, m: fit.measures[i]! })).filter(({ s }) => s.kind === 'code');
    expect(code.length).toBeGreaterThanOrEqual(8);
    for (const { m } of code) expect(m.overflowing, m.title).toBe(false);
    const long = code.find(({ s }) => s.code!.lines.some((l) => l.includes('far too long')))!;
    expect(long.m.right).toBeLessThanOrEqual(fit.deck.size.width - 72);
  });

  it('splits a code slide that the check finds too tall, when the author allowed more lines than fit', async () => {
    const code = Array.from({ length: 30 }, (_, i) => `    total += values[${i}]  # step ${i + 1}`).join('\n');
    const text = `---\ntitle: Loops\nbudgets: { codeLines: 40 }\n---\n\n# Summing\n\n\`\`\`python\ndef total(values):\n    total = 0\n${code}\n    return total\n\`\`\`\n`;
    const doc = sourceOf(text, 'loops.md');
    const fit = await fitDeck(ctx, renderSource(doc, ctx).deck, work);
    expect(fit.replanned).toBeGreaterThan(0);
    expect(fit.overflowing).toEqual([]);
    const parts = fit.deck.plan.slides.filter((s) => s.kind === 'code');
    expect(parts.length).toBeGreaterThanOrEqual(2);
    expect(parts.flatMap((s) => s.code!.lines)).toHaveLength(33);
  });

  it('fits a statistics lecture whose code and output were squeezed into one box: every line shown, nothing hidden', async () => {
    const doc = source('test/fixtures/statistics/sampling.md');
    const fit = await fitDeck(ctx, renderSource(doc, ctx).deck, work);
    expect(fit.replanned).toBeGreaterThan(0);
    expect(fit.overflowing).toEqual([]);
    expect(fit.measures.filter((m) => m.clipped)).toEqual([]);
    const shown = fit.deck.plan.slides.flatMap((s) => [...(s.code?.lines ?? []), ...(s.output?.lines ?? [])]);
    expect(shown).toEqual(expect.arrayContaining(['print(round(np.std(means), 1))', '72.1', '11.9', 'done']));
  });

  it('fits a long agenda of wrapping section titles: a split sticks even when the packing regroups', async () => {
    const doc = source('test/fixtures/plan/long-agenda.md');
    const planned = renderSource(doc, ctx).deck;
    const fit = await fitDeck(ctx, planned, work);
    expect(fit.overflowing).toEqual([]);
    // Eighteen sections whose long titles wrap: the check splits agenda slides, and the splits hold.
    const agendas = (deck: typeof planned) => deck.plan.slides.filter((s) => s.kind === 'agenda').length;
    expect(fit.replanned).toBeGreaterThan(0);
    expect(agendas(fit.deck)).toBeGreaterThan(agendas(planned));
  });

  it('wraps a word longer than the slide is wide instead of letting it run off', async () => {
    const [long] = await measureOverflow(pool, handMade([`## Long\n\n- ${'W'.repeat(120)}`]), work);
    expect(long!.overflowing).toBe(false);
  });

  it('warns at its source line about a slide that no step can fit (one table row too tall), after trying them all', async () => {
    const doc = source('test/fixtures/plan/unfixable.md');
    const fit = await fitDeck(ctx, renderSource(doc, ctx).deck, work);
    expect(fit.overflowing.length).toBe(1);
    expect(fit.deck.plan.slides[fit.overflowing[0]!.slide - 1]!.dense).toBe(true);
    expect(fit.diagnostics).toContainEqual(
      expect.objectContaining({
        severity: 'warning',
        code: 'overflow',
        file: 'test/fixtures/plan/unfixable.md',
        line: 8,
      }),
    );
  });

  it('builds that deck anyway, every format, with the warning and the measurements in its report', async () => {
    const rel = 'test/fixtures/plan/unfixable.md';
    const outDir = mkdtempSync(path.join(os.tmpdir(), 'deckhand-unfixable-'));
    const config = resolveConfig({ root, outDir, formats: ['html', 'pdf', 'handout'], quiet: true, force: true });
    const report = await buildDeck(
      { path: path.join(root, rel), relPath: rel, name: 'unfixable', kind: 'markdown' },
      {
        ...ctx,
        config,
        marpCli: () => import('../../scripts/render/marp/marp-cli.js').then((m) => m.prepareMarpCli(ctx.themes)),
      },
    );
    expect(report.ok, report.error?.message).toBe(true);
    expect(report.overflow).toHaveLength(1);
    expect(report.diagnostics).toContainEqual(
      expect.objectContaining({ severity: 'warning', code: 'overflow', line: 8 }),
    );
    expect(report.measurements?.length).toBe(report.slides);
    expect(report.outputs).toEqual(expect.arrayContaining(['slides.md', 'slides.html', 'slides.pdf', 'handout.pdf']));
    rmSync(outDir, { recursive: true, force: true });
  });

  it.each(SEEDS)('builds %s with zero overflowing slides after re-planning', async (rel) => {
    const doc = source(rel);
    const fit = await fitDeck(ctx, renderSource(doc, ctx).deck, work);
    expect(fit.overflowing.map((m) => `${m.slide} ${m.title}`)).toEqual([]);
    expect(fit.measures.length).toBe(fit.deck.plan.slides.length);
    for (const m of fit.measures) expect(m.bottom).toBeLessThanOrEqual(fit.deck.size.height - FOOTER_BAND + 2);
  });
});
