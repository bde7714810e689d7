// What a guided notes handout and its key must agree on, read from the files a build wrote: the same pages; every
// blank of the student's copy holds no more than its cue, and the key holds its answer at the same place; on every
// page of the PDFs, each answer is in the key's text and missing from the student's exactly where it is blanked.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';

const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 << 20 });
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const text = (html: string) =>
  squash(
    html
      .replace(/<[^>]+>/g, ' ')
      .replace(/&nbsp;/g, ' ')
      .replace(/&amp;/g, '&')
      .replace(/&#39;|&apos;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>'),
  );
const pagesOf = (pdf: string) => Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [pdf]))![1]);
const pageText = (pdf: string, page: number) =>
  squash(run('pdftotext', ['-raw', '-f', String(page), '-l', String(page), pdf, '-']));
/** How often a term stands as whole words in a text, any case. */
export function occurrences(haystack: string, term: string): number {
  const body = term
    .trim()
    .split(/\s+/)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('\\s+');
  return haystack.match(new RegExp(`(?<![\\p{L}\\p{N}_])${body}(?![\\p{L}\\p{N}_])`, 'giu'))?.length ?? 0;
}

/** The laid-out HTML of a copy, one string per printed page. */
const htmlPages = (file: string) =>
  readFileSync(file, 'utf8')
    .replace(/<template[\s\S]*?<\/template>/g, '')
    .split('<div class="page"')
    .slice(1);
const BLANK = /<span class="blank"[^>]*>((?:\s*<span class="b-box"[^>]*>[^<]*<\/span>)+)\s*<\/span>/g;
const ANSWER = /<mark class="answer">([\s\S]*?)<\/mark>/g;

/** Checks one guided layout's two copies in a deck's folder; returns how many blanks it has. */
export function checkGuidedCopies(deckDir: string, layout: 'guided' | 'guided-reading'): number {
  const student = path.join(deckDir, `handout-${layout}`);
  const key = `${student}-key`;
  const count = pagesOf(`${student}.pdf`);
  expect(pagesOf(`${key}.pdf`), `${layout}: the key has the student's pages`).toBe(count);
  const studentPages = htmlPages(`${student}.html`);
  const keyPages = htmlPages(`${key}.html`);
  expect(studentPages.length).toBe(count);
  expect(keyPages.length).toBe(count);
  let total = 0;
  for (let p = 0; p < count; p++) {
    const blanks = [...studentPages[p]!.matchAll(BLANK)].map((m) => text(m[1]!));
    const answers = [...keyPages[p]!.matchAll(ANSWER)].map((m) => text(m[1]!));
    expect(answers.length, `${layout} page ${p + 1}: a blank for every answer`).toBe(blanks.length);
    total += answers.length;
    if (!answers.length) continue;
    const [studentText, keyText] = [pageText(`${student}.pdf`, p + 1), pageText(`${key}.pdf`, p + 1)];
    for (const [i, answer] of answers.entries()) {
      // The student's blank shows at most each word's first letter.
      expect(blanks[i]!.replace(/\s/g, '').length, `${layout} page ${p + 1}: "${answer}" blank`).toBeLessThanOrEqual(
        answer.split(/\s+/).length,
      );
      expect(occurrences(blanks[i]!, answer)).toBe(0);
      // Every place the term stands in the page's answers ("negara" twice in the answer "negara-negara").
      const here = answers.reduce((n, a) => n + occurrences(a, answer), 0);
      expect(occurrences(keyText, answer), `${layout} page ${p + 1}: "${answer}" in the key`).toBeGreaterThanOrEqual(
        here,
      );
      expect(
        occurrences(keyText, answer) - occurrences(studentText, answer),
        `"${answer}" blanked on page ${p + 1}`,
      ).toBe(here);
    }
  }
  return total;
}
