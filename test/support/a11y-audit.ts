// An accessibility audit of what a build wrote, as Ally or a screen-reader user would meet it: axe-core on every
// HTML output (slides.html with every slide shown, each handout layout, the course page) and, in the PDFs, what
// PDF/UA-1 asks that pdf.js can read (test/support/pdf-structure.ts). Each check returns its problems as lines, so
// a failing test says what is wrong and where; an empty list is a pass.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserPool } from '../../scripts/browser/browser-pool.js';
import { axeOnFile, violationLines } from './axe.js';
import {
  allNodes,
  type PdfStructure,
  readPdfStructure,
  type StructNode,
  structureCounts,
  textOf,
} from './pdf-structure.js';

/** The HTML a build wrote for a deck (slides.html and every handout layout's page). */
export function deckHtml(outDir: string, deck: string): string[] {
  return readdirSync(path.join(outDir, deck))
    .filter((f) => f.endsWith('.html') && !f.startsWith('.'))
    .sort()
    .map((f) => path.join(outDir, deck, f));
}

/** axe's violations on each page, as "file: rule ×n ..." lines; the course page with the decks' pages. */
export async function axeProblems(pool: BrowserPool, files: string[]): Promise<string[]> {
  const problems: string[] = [];
  for (const file of files)
    for (const line of violationLines(await axeOnFile(pool, file)))
      problems.push(`${path.basename(path.dirname(file))}/${path.basename(file)}: ${line}`);
  return problems;
}

/** What every tagged PDF of a deck needs: tags on every page, its language, a title shown as the window's title. */
function documentProblems(pdf: PdfStructure, lang: string): string[] {
  const problems: string[] = [];
  if (!pdf.marked) problems.push('not marked as tagged (MarkInfo /Marked)');
  if (!pdf.title) problems.push('no /Title');
  if (!pdf.displayDocTitle) problems.push('its title is not shown as the window title (DisplayDocTitle)');
  if (pdf.lang !== lang) problems.push(`/Lang is ${pdf.lang ?? 'missing'}, not ${lang}`);
  const untagged = pdf.pages.flatMap((p, i) => (p ? [] : [i + 1]));
  if (untagged.length) problems.push(`pages without tags: ${untagged.join(', ')}`);
  return problems;
}

/** Every picture and formula a Figure with Alt text; lists as L of LI; tables with TH. */
function figureProblems(pdf: PdfStructure): string[] {
  const problems: string[] = [];
  pdf.pages.forEach((page, i) => {
    const nodes = allNodes(page);
    const bare = nodes.filter((n) => n.role === 'Figure' && !n.alt?.trim());
    if (bare.length)
      problems.push(`page ${i + 1}: ${bare.length} Figure without Alt (${textOf(bare[0]!) || 'no text'})`);
    for (const list of nodes.filter((n) => n.role === 'L'))
      if (!list.children.some((c) => c.role === 'LI')) problems.push(`page ${i + 1}: a list (L) with no LI`);
    for (const table of nodes.filter((n) => n.role === 'Table'))
      if (!allNodes(table).some((c) => c.role === 'TH')) problems.push(`page ${i + 1}: a table with no header (TH)`);
  });
  return problems;
}

/** slides.pdf: the document's needs, its figures and lists, and each slide (a page) with a heading for its title. */
export async function slidesPdfProblems(file: string, lang: string): Promise<string[]> {
  const pdf = await readPdfStructure(file);
  const headless = pdf.pages.flatMap((p, i) => (allNodes(p).some((n) => /^H[1-6]$/.test(n.role)) ? [] : [i + 1]));
  return [
    ...documentProblems(pdf, lang),
    ...figureProblems(pdf),
    ...(headless.length ? [`slides without a heading: ${headless.join(', ')}`] : []),
  ];
}

/** The slide numbers of a handout's thumbnail captions ("Slide 7", "Slide 7 (continued)"), in reading order. */
function captionOrder(pdf: PdfStructure, label: string): { n: number; node: StructNode }[] {
  const caption = new RegExp(`^${label} (\\d+)(?: \\(.*\\))?$`);
  return pdf.pages.flatMap((p) =>
    allNodes(p).flatMap((node) => {
      const m = caption.exec(node.text.trim());
      return m ? [{ n: Number(m[1]), node }] : [];
    }),
  );
}

/** Numbers in order, a number repeated next to itself once ("7, 7 (continued)" is one slide). */
const runs = (numbers: number[]) => numbers.filter((n, i) => n !== numbers[i - 1]);

/**
 * A handout PDF: the document's needs, its figures, and its reading order: the slides in the order the handout
 * prints them (the order of their captions in its HTML: solutions wait at the end), and in the notes layout each slide's notes right after
 * it (within its row, after the slide, before the next slide).
 */
export async function handoutPdfProblems(file: string, lang: string, label = 'Slide'): Promise<string[]> {
  const pdf = await readPdfStructure(file);
  const problems = [...documentProblems(pdf, lang), ...figureProblems(pdf)];
  const read = runs(captionOrder(pdf, label).map((c) => c.n));
  const html = readFileSync(file.replace(/\.pdf$/, '.html'), 'utf8');
  const shown = new RegExp(`>${label} (\\d+)(?: \\([^)<]*\\))?<`, 'g');
  const printed = runs([...html.matchAll(shown)].map((m) => Number(m[1])));
  if (!read.length) problems.push('no slide captions found');
  if (read.join() !== printed.join())
    problems.push(`slides read as ${read.join(', ')}; printed as ${printed.join(', ')}`);
  // A notes row is an Art: its slide (a group holding the caption) first, then the notes.
  for (const row of pdf.pages.flatMap((p) => allNodes(p).filter((n) => n.role === 'Art'))) {
    const first = row.children[0];
    if (first && !captionOrder({ ...pdf, pages: [first] }, label).length)
      problems.push(`a notes row reads "${textOf(first).slice(0, 40)}" before its slide`);
  }
  return problems;
}

/** The Figure counts of a build's PDFs, for a report: how many figures, how many without Alt. */
export async function figureCounts(files: string[]): Promise<{ figures: number; withoutAlt: number }> {
  let figures = 0;
  let withoutAlt = 0;
  for (const file of files) {
    const counts = structureCounts(await readPdfStructure(file));
    figures += counts.figures;
    withoutAlt += counts.figuresWithoutAlt;
  }
  return { figures, withoutAlt };
}
