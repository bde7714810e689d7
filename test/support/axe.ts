// axe-core run in the project's own Chromium: its script is read from node_modules and put into the page
// (page.addScriptTag with a path sends no request), so nothing loads from the network. The rules are WCAG 2.1 A
// and AA and axe's best practices, as the accessibility checkers universities run (Canvas's Ally) report them.
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'puppeteer';
import type { BrowserPool } from '../../scripts/browser/browser-pool.js';

const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js');
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/** One rule axe found broken: its id, how serious, how many elements, and the first few of them. */
export interface AxeViolation {
  id: string;
  impact: string;
  nodes: number;
  targets: string[];
  help: string;
  /** Why the first few elements fail ("insufficient color contrast of 3.2 (foreground color: …)"). */
  why: string[];
}

/**
 * slides.html shows one slide at a time: Marp's bespoke template hides the others from sight (content-visibility:
 * hidden, interactivity: inert) and from screen readers (aria-hidden), and axe checks only what is shown. This
 * shows every slide, one under the other, each as it is when it is the current one, so axe checks them all.
 */
const EVERY_SLIDE = `
svg.bespoke-marp-slide { content-visibility: visible !important; interactivity: auto !important; opacity: 1 !important; position: static !important;
  display: block !important; height: 720px !important; width: 1280px !important; }
.bespoke-marp-parent { position: static !important; overflow: visible !important; }
html, body { overflow: visible !important; height: auto !important; }`;

/** Runs axe on the loaded page (`rules`: only these); `everySlide` first shows every slide of a Marp HTML deck. */
export async function axeOnPage(page: Page, everySlide = false, rules?: string[]): Promise<AxeViolation[]> {
  if (everySlide) {
    await page.addStyleTag({ content: EVERY_SLIDE });
    await page.evaluate(() => {
      for (const slide of document.querySelectorAll('svg.bespoke-marp-slide')) slide.removeAttribute('aria-hidden');
    });
  }
  await page.addScriptTag({ path: AXE });
  return page.evaluate(
    async (tags, only) => {
      const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
      const runOnly = only ? { type: 'rule' as const, values: only } : { type: 'tag' as const, values: tags };
      const result = await axe.run(document, { runOnly, resultTypes: ['violations'] });
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact ?? '',
        nodes: v.nodes.length,
        targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
        help: v.help,
        why: v.nodes.slice(0, 3).map((n) => [...n.any, ...n.all, ...n.none].map((c) => c.message).join('; ')),
      }));
    },
    AXE_TAGS,
    rules,
  );
}

/** Loads an HTML output from disk in the pool's Chromium (scripts on: slides.html runs Marp's) and runs axe on it. */
export async function axeOnFile(pool: BrowserPool, file: string, rules?: string[]): Promise<AxeViolation[]> {
  return pool.use(
    {
      allowDir: path.dirname(file),
      timeoutMs: 180_000,
      run: async (page) => {
        await page.setJavaScriptEnabled(true);
        await page.setViewport({ width: 1280, height: 800 });
        await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
        return axeOnPage(page, path.basename(file) === 'slides.html', rules);
      },
    },
    `axe ${path.basename(file)}`,
  );
}

/** Violations as one line each, for a failing test's message and a report: "svg-img-alt ×77 (serious)". */
export function violationLines(violations: AxeViolation[]): string[] {
  return violations.map(
    (v) =>
      `${v.id} ×${v.nodes} (${v.impact}): ${v.help}; ${v.targets.map((t, i) => `${t}: ${v.why[i] ?? ''}`).join(' | ')}`,
  );
}
