// One asset policy for everything a deck or handout loads. A hostile lecture tries every way to load something
// (Markdown images in paragraphs, lists, tables and links; raw HTML img, picture, video, audio, iframe, object,
// embed, link, style and SVG; Marp's background directives): the built pages point at nothing outside their own
// folder and nothing on the network, and opened in Chromium they ask for nothing else either. A lecture that uses
// every allowed form still shows its pictures.
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromeArgs, findChrome } from '../../scripts/browser/find-chrome.js';
import { requireCjs } from '../../scripts/require-cjs.js';
import type { BuildReport } from '../../scripts/types.js';
import { REPO_ROOT } from '../support/seeds.js';

const puppeteer = (requireCjs('puppeteer') as typeof import('puppeteer')).default;
const CLI = path.join(REPO_ROOT, 'dist/scripts/cli.js');
let root: string;
let server: http.Server;
const hits: string[] = [];
let report: BuildReport;

const out = (...parts: string[]) => path.join(root, 'output', ...parts);
const htmlFiles = (deck: string) =>
  readdirSync(out(deck))
    .filter((f) => f.endsWith('.html'))
    .map((f) => out(deck, f));

beforeAll(async () => {
  server = http.createServer((req, res) => {
    hits.push(req.url ?? '');
    res.end('x');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const bait = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  root = mkdtempSync(path.join(os.tmpdir(), 'deckhand-assets-'));
  mkdirSync(path.join(root, 'slides'));
  const hostile = readFileSync(path.join(REPO_ROOT, 'test/fixtures/hostile/loaders.md'), 'utf8').replaceAll(
    'BAIT',
    bait,
  );
  writeFileSync(path.join(root, 'slides', 'loaders.md'), hostile);
  cpSync(path.join(REPO_ROOT, 'test/fixtures/assets'), path.join(root, 'slides'), { recursive: true });
  await new Promise<void>((resolve) =>
    execFile(
      process.execPath,
      [CLI, 'build', '-q', '--formats', 'html,pdf,handout', '--handout', 'notes,reading'],
      { cwd: root },
      () => resolve(),
    ),
  );
  report = JSON.parse(readFileSync(out('build-report.json'), 'utf8')) as BuildReport;
}, 180_000);

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(root, { recursive: true, force: true });
});

/** Every address a page would load: src, srcset, poster, data of an object, a stylesheet link, url(…), SVG hrefs. */
function loadsIn(html: string): string[] {
  const attrs = [...html.matchAll(/\s(?:src|srcset|poster|data|xlink:href)\s*=\s*["']?([^"'\s>]+)/gi)].map(
    (m) => m[1]!,
  );
  const links = [...html.matchAll(/<link\b[^>]*\shref\s*=\s*["']?([^"'\s>]+)/gi)].map((m) => m[1]!);
  const svgHrefs = [...html.matchAll(/<(?:image|use|feImage)\b[^>]*\shref\s*=\s*["']?([^"'\s>]+)/gi)].map((m) => m[1]!);
  const urls = [...html.matchAll(/url\(\s*["']?([^"')]+)/gi)].map((m) => m[1]!);
  return [...attrs, ...links, ...svgHrefs, ...urls];
}

/** Inside the deck's own folder: a relative path that never climbs out, a data: URL or a fragment. */
const local = (url: string) =>
  url.startsWith('data:') ||
  url.startsWith('#') ||
  (!/^[a-z][a-z0-9+.-]*:|^\/|^\\/i.test(url) && !url.split(/[\\/]/).includes('..'));

describe('a lecture that tries every way to load something', () => {
  it('builds, warning at the line of each refused image', () => {
    const deck = report.decks.find((d) => d.name === 'loaders')!;
    expect(deck.ok, deck.error?.message).toBe(true);
    const refused = deck.diagnostics.filter((d) => d.code === 'image');
    expect(refused.length).toBeGreaterThanOrEqual(8);
    expect(refused.every((d) => d.file === 'slides/loaders.md' && d.line > 1 && d.severity === 'warning')).toBe(true);
    expect(refused.map((d) => d.message)).toContainEqual(expect.stringMatching(/outside the project|not found/));
  });

  it('points every page at nothing outside its folder and nothing on the network', () => {
    for (const file of [...htmlFiles('loaders'), out('index.html')]) {
      const remote = loadsIn(readFileSync(file, 'utf8')).filter((url) => !local(url));
      expect(remote, path.relative(root, file)).toEqual([]);
    }
  });

  it('shows a placeholder card for each refused picture, its alt text for one inside a sentence, never a broken picture', () => {
    const slides = readFileSync(out('loaders', 'slides.md'), 'utf8');
    const cards = readdirSync(out('loaders', 'assets')).filter((f) => f.startsWith('placeholder-'));
    expect(cards.length).toBeGreaterThanOrEqual(3);
    expect(slides).toContain('A paragraph with remote and secret and absolute images');
    expect(slides).toContain('Text with html image an image tag');
    expect(slides).toMatch(/\[linked\]\(http:\/\/[^)\s]+\/page\)/);
    for (const card of cards) expect(slides).toContain(`assets/${card}`);
    expect(readFileSync(out('loaders', 'assets', cards[0]!), 'utf8')).toMatch(
      /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/,
    );
  });

  it('asks for nothing outside its folder when opened in Chromium (scripts on), and the bait server saw nothing', async () => {
    const browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: chromeArgs() });
    const outside: string[] = [];
    try {
      for (const file of [...htmlFiles('loaders'), out('index.html')]) {
        const page = await browser.newPage();
        const folder = `${pathToFileURL(path.dirname(file)).href}/`;
        await page.setRequestInterception(true);
        page.on('request', (req) => {
          const url = req.url();
          if (url.startsWith(folder) || url.startsWith('data:') || url === 'about:blank') return void req.continue();
          outside.push(`${path.basename(file)}: ${url}`);
          void req.abort('blockedbyclient');
        });
        await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
        await page.close();
      }
    } finally {
      await browser.close();
    }
    expect(outside).toEqual([]);
    expect(hits).toEqual([]);
  }, 120_000);
});
