// Builds lectures in other languages and scripts with every format, and checks what each must be: in its
// language, bullets of at most 60 CJK characters, no visible `**`, and right to left (Hebrew, Persian) in the
// deck, both handouts, the PowerPoint and the course page. languages.browser.test.ts (our own lectures) and
// languages.corpus.test.ts (the corpus's Chinese and Persian files) describe their decks with it.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveConfig } from '../../scripts/config.js';
import { build } from '../../scripts/pipeline/build.js';
import { cjkCount } from '../../scripts/text/script.js';
import type { BuildReport } from '../../scripts/types.js';

export interface LanguageDeck {
  /** The deck's name: its file is slides/<name>.md. */
  name: string;
  text: string;
  lang: string;
  rtl: boolean;
}

/** The slide text of Marp Markdown: comments (the notes) and code left out, one line a bullet. */
const bulletsOf = (markdown: string) =>
  markdown
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/^```[\s\S]*?^```/gm, '')
    .split('\n')
    .filter((line) => /^\s*(?:-|\d+\.)\s/.test(line));

/** What the audience sees in slides.html: the slides' text; scripts, tags and the presenter's notes left out. */
const visibleText = (html: string) =>
  html
    .replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>|<div class="bespoke-marp-note"[\s\S]*?<\/div>/g, '')
    .replace(/<[^>]+>/g, ' ');

/** The paragraphs of every slide of a .pptx that PowerPoint lays out right to left. */
async function rtlParagraphs(file: string): Promise<{ slides: number; rtl: number }> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const slides = await Promise.all(
    Object.keys(zip.files)
      .filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f))
      .map((f) => zip.file(f)!.async('string')),
  );
  return { slides: slides.length, rtl: slides.join('').match(/<a:pPr[^>]*rtl="1"/g)?.length ?? 0 };
}

/** Builds the decks (with and without a PowerPoint, as each asks) and describes what each must be. */
export function describeLanguageDecks(decks: LanguageDeck[]): void {
  let root: string;
  let report: BuildReport;
  const out = (deck: string, file: string) => path.join(root, 'output', deck, file);
  const read = (deck: string, file: string) => readFileSync(out(deck, file), 'utf8');

  beforeAll(async () => {
    root = mkdtempSync(path.join(os.tmpdir(), 'deckhand-languages-'));
    mkdirSync(path.join(root, 'slides'));
    for (const d of decks) writeFileSync(path.join(root, 'slides', `${d.name}.md`), d.text);
    const formats: ('html' | 'pdf' | 'handout' | 'pptx')[] = ['html', 'pdf', 'handout', 'pptx'];
    const inputs = decks.map((d) => `slides/${d.name}.md`);
    const outDir = path.join(root, 'output');
    report = await build(
      resolveConfig({ root, inputs, outDir, formats, quiet: true, handoutLayouts: ['notes', 'reading'] }),
    );
  }, 900_000);

  afterAll(() => rmSync(root, { recursive: true, force: true }));

  describe.each(decks)('$name', ({ name, lang, rtl }) => {
    it('builds in its language, with bullets of at most 60 CJK characters and no visible asterisks', () => {
      const built = report.decks.find((d) => d.name === name)!;
      expect(built.ok, built.error?.message).toBe(true);
      const markdown = read(name, 'slides.md');
      expect(markdown).toMatch(new RegExp(`^lang: "?${lang}"?$`, 'm'));
      expect(Math.max(...bulletsOf(markdown).map(cjkCount))).toBeLessThanOrEqual(60);
      expect(visibleText(read(name, 'slides.html'))).not.toContain('**');
      for (const file of ['slides.html', 'handout.html', 'handout-reading.html'])
        expect(read(name, file)).toMatch(new RegExp(`<html[^>]*lang="${lang}"`));
    });

    it(
      rtl ? 'is right to left in the deck, both handouts, the PowerPoint and the course page' : 'is left to right',
      async () => {
        expect(read(name, 'slides.md').includes('direction: rtl')).toBe(rtl);
        for (const file of ['slides.html', 'handout.html', 'handout-reading.html'])
          expect(/<html[^>]*dir="rtl"/.test(read(name, file)), file).toBe(rtl);
        const card = new RegExp(`<li class="deck"\\s+dir="rtl">(?:(?!</li>)[\\s\\S])*${name}/`);
        expect(card.test(readFileSync(path.join(root, 'output', 'index.html'), 'utf8'))).toBe(rtl);
        const paragraphs = await rtlParagraphs(out(name, 'slides.pptx'));
        if (rtl) expect(paragraphs.rtl).toBeGreaterThan(paragraphs.slides);
        else expect(paragraphs.rtl).toBe(0);
      },
    );
  });
}
