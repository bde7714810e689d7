// Test cases written as markdown-it writes its fixtures (test/fixtures/markdown-it/*.txt there): many to a file,
// each a one-line title, then the input and the expected output between lines holding only a dot:
//
//   A GitHub note becomes a framed callout
//   .
//   > [!NOTE]
//   > Text.
//   .
//   <!-- _class: box box-note -->
//   ...
//   .
//
// Paragraphs before a title are comments. Input and output are kept byte for byte, their last newline included.
import { readFileSync, writeFileSync } from 'node:fs';

export interface FixtureCase {
  title: string;
  input: string;
  expected: string;
  /** The 1-based line of the case's title, for a failure's message. */
  line: number;
  /** The file's text before the case's opening dot: comments and the title. */
  before: string;
}

const DOT = '.';

/** The cases of a fixture file, in order. */
export function readFixtureCases(file: string): FixtureCase[] {
  const lines = readFileSync(file, 'utf8').split('\n');
  const cases: FixtureCase[] = [];
  let start = 0;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i] !== DOT) continue;
    const inputEnd = lines.indexOf(DOT, i + 1);
    const outputEnd = inputEnd < 0 ? -1 : lines.indexOf(DOT, inputEnd + 1);
    if (outputEnd < 0) throw new Error(`${file}:${i + 1}: a case needs three lines of "." (input, then output)`);
    const before = lines.slice(start, i);
    const titleAt = before.findLastIndex((l) => l.trim() !== '');
    if (titleAt < 0) throw new Error(`${file}:${i + 1}: a case needs a title on the line before its "."`);
    cases.push({
      title: before[titleAt]!.trim(),
      input: block(lines.slice(i + 1, inputEnd)),
      expected: block(lines.slice(inputEnd + 1, outputEnd)),
      line: start + titleAt + 1,
      before: before.map((l) => `${l}\n`).join(''),
    });
    start = outputEnd + 1;
    i = outputEnd;
  }
  return cases;
}

const block = (lines: string[]) => lines.map((l) => `${l}\n`).join('');

/** Writes the cases back with new expected outputs (their titles, comments and inputs as they were). */
export function writeFixtureCases(file: string, cases: FixtureCase[], outputs: string[]): void {
  const text = cases.map((c, i) => `${c.before}${DOT}\n${c.input}${DOT}\n${outputs[i]}${DOT}\n`).join('');
  writeFileSync(file, text);
}
