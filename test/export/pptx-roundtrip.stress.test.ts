// The round trip: the seed decks' slides.pptx opened by another program (LibreOffice Impress, headless) and
// printed to PDF. pdftotext -bbox gives every word's box: no text runs off its slide or down into the footer band,
// and every bullet's words are on its slide. This is the check that the text fits without PowerPoint's help.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../scripts/pipeline/build.js';
import { loadBuildAssets } from '../../scripts/pipeline/build-context.js';
import { resolveConfig } from '../../scripts/config.js';
import { FOOTER_BAND } from '../../scripts/measure/measure-overflow.js';
import type { Slide, SlideSize } from '../../scripts/types.js';
import { builtSeedDeck } from '../support/built-deck.js';
import { plainText, readPptx, squash } from '../support/pptx.js';
import { REPO_ROOT, SEED_FILES, SEED_NAMES } from '../support/seeds.js';

const INSTALL = 'apt-get install -y --no-install-recommends libreoffice-impress';

function soffice(): string {
  for (const bin of ['soffice', 'libreoffice']) {
    try {
      execFileSync(bin, ['--version'], { stdio: 'ignore', timeout: 60_000 });
      return bin;
    } catch {
      // not this name: try the next
    }
  }
  throw new Error(`the PowerPoint round trip needs LibreOffice Impress: ${INSTALL}`);
}

interface Word {
  text: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}
interface Page {
  w: number;
  h: number;
  words: Word[];
}

/** pdftotext -bbox: every page's size and words with their boxes, in PDF points. */
function pdfWords(file: string): Page[] {
  const html = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const decode = (s: string) =>
    s
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&');
  return [...html.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)].map((p) => ({
    w: Number(p[1]),
    h: Number(p[2]),
    words: [
      ...p[3]!.matchAll(/<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">([^<]*)<\/word>/g),
    ].map((m) => ({
      x0: Number(m[1]),
      y0: Number(m[2]),
      x1: Number(m[3]),
      y1: Number(m[4]),
      text: decode(m[5]!),
    })),
  }));
}

/** Words as compared across programs: letters and digits only, lower case. */
const words = (s: string) =>
  s
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

let out: string;
let bin: string;
const pages = new Map<string, Page[]>();
const plans = new Map<string, { slides: Slide[]; title: string; size: SlideSize }>();

beforeAll(async () => {
  bin = soffice();
  out = mkdtempSync(path.join(os.tmpdir(), 'deckhand-pptx-lo-'));
  const config = resolveConfig({ root: REPO_ROOT, inputs: SEED_FILES, outDir: out, formats: ['pptx'], quiet: true });
  const report = await build(config);
  for (const d of report.decks) expect(d.ok, d.error?.message).toBe(true);
  // Named after their decks (LibreOffice names each PDF after its file), converted in one run.
  mkdirSync(path.join(out, 'pptx'));
  const files = SEED_NAMES.map((name) => path.join(out, 'pptx', `${name}.pptx`));
  SEED_NAMES.forEach((name, i) => copyFileSync(path.join(out, name, 'slides.pptx'), files[i]!));
  // Its own profile: a LibreOffice already running for the user would otherwise take the job over.
  const profile = pathToFileURL(path.join(out, 'lo-profile')).href;
  execFileSync(
    bin,
    [
      `-env:UserInstallation=${profile}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      path.join(out, 'pdf'),
      ...files,
    ],
    { stdio: 'ignore', timeout: 300_000 },
  );
  const assets = await loadBuildAssets(config);
  for (const name of SEED_NAMES) {
    pages.set(name, pdfWords(path.join(out, 'pdf', `${name}.pdf`)));
    const deck = builtSeedDeck(name, config, assets);
    plans.set(name, { slides: deck.plan.slides, title: deck.plan.meta.title, size: deck.size });
  }
}, 600_000);

afterAll(() => rmSync(out, { recursive: true, force: true }));

describe.each(SEED_NAMES)('%s opened and printed by LibreOffice Impress', (name) => {
  it('has every slide, and every word inside its slide', () => {
    const deck = pages.get(name)!;
    expect(deck).toHaveLength(plans.get(name)!.slides.length);
    deck.forEach((page, i) => {
      for (const w of page.words) {
        expect(w.x0, `slide ${i + 1} "${w.text}"`).toBeGreaterThanOrEqual(0);
        expect(w.y0, `slide ${i + 1} "${w.text}"`).toBeGreaterThanOrEqual(0);
        expect(w.x1, `slide ${i + 1} "${w.text}"`).toBeLessThanOrEqual(page.w + 0.5);
        expect(w.y1, `slide ${i + 1} "${w.text}"`).toBeLessThanOrEqual(page.h + 0.5);
      }
    });
  });

  it('keeps the footer band for the footer and the slide number: no text box runs into it', () => {
    const { title, size } = plans.get(name)!;
    const footer = new Set([...words(title), ...Array.from({ length: 999 }, (_, i) => String(i + 1))]);
    pages.get(name)!.forEach((page, i) => {
      const band = page.h * ((size.height - FOOTER_BAND + 6) / size.height);
      const intruders = page.words.filter((w) => w.y1 > band && words(w.text).some((t) => !footer.has(t)));
      expect(
        intruders.map((w) => w.text),
        `slide ${i + 1}`,
      ).toEqual([]);
    });
  });

  it('shows every bullet, every word of it, on its slide', () => {
    const { slides } = plans.get(name)!;
    pages.get(name)!.forEach((page, i) => {
      const shown = new Set(page.words.flatMap((w) => words(w.text)));
      for (const bullet of slides[i]!.bullets.filter((b) => !b.formula)) {
        const missing = words(plainText(bullet.markdown)).filter((t) => !shown.has(t));
        expect(missing, `slide ${i + 1}: ${bullet.markdown}`).toEqual([]);
      }
    });
  });
});

describe('a slides.pptx edited and saved again by LibreOffice', () => {
  it('stays a valid deck with the edit, every slide and every note', async () => {
    const name = SEED_NAMES[1];
    const { slides } = plans.get(name)!;
    const i = slides.findIndex((s) => s.bullets.length > 0);
    const bullet = plainText(slides[i]!.bullets[0]!.markdown);
    // The edit a lecturer makes minutes before class: a word changed in a bullet.
    const zip = await JSZip.loadAsync(readFileSync(path.join(out, name, 'slides.pptx')));
    const part = `ppt/slides/slide${i + 1}.xml`;
    const xml = await zip.file(part)!.async('string');
    const first = bullet.split(' ')[0]!;
    expect(xml).toContain(`<a:t>${first}`);
    zip.file(part, xml.replace(`<a:t>${first}`, `<a:t>EDITED ${first}`));
    const edited = path.join(out, 'edited', `${name}.pptx`);
    mkdirSync(path.dirname(edited));
    writeFileSync(edited, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    const profile = pathToFileURL(path.join(out, 'lo-profile')).href;
    execFileSync(
      bin,
      [
        `-env:UserInstallation=${profile}`,
        '--headless',
        '--convert-to',
        'pptx',
        '--outdir',
        path.join(out, 'saved'),
        edited,
      ],
      { stdio: 'ignore', timeout: 300_000 },
    );
    const saved = await readPptx(path.join(out, 'saved', `${name}.pptx`));
    expect(saved.slides).toHaveLength(slides.length);
    expect(saved.paragraphs[i]!.map(squash)).toContain(`EDITED ${bullet}`);
    slides.forEach((slide, k) => {
      for (const note of slide.notes)
        expect(squash(saved.notes[k]!), `slide ${k + 1}`).toContain(squash(note).slice(0, 60));
    });
  });
});
