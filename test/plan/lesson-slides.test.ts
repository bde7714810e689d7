// A lesson's parts get the slides a lecturer expects: objectives after the title, key points as the summary,
// callouts framed, exercises labelled with their solutions after them (and in the handout's appendix), instructor
// notes for the speaker alone, code with its output, many short items in two columns.
import { beforeAll, describe, expect, it } from 'vitest';
import { groupBySection } from '../../scripts/handout/render-handout.js';
import type { RenderedDeck } from '../../scripts/types.js';
import { deckOf, planOf, sourceOf } from '../support/documents.js';

const LESSON = `---
title: Tracking Changes
teaching: 20
exercises: 10
questions:
- "How do I record changes in Git?"
objectives:
- "Go through the modify-add-commit cycle."
keypoints:
- "\`git status\` shows the status of a repository."
- "\`git commit\` saves the staged content as a new commit."
---

## Recording

First let's check where we are.

\`\`\`bash
$ git status
\`\`\`

\`\`\`output
On branch main
nothing to commit
\`\`\`

::: callout
## Staging area
Git takes snapshots: \`git add\` says what goes in one.
:::

::: instructor
Learners often forget to save the file before adding it.
:::

The editors a lesson may use:

- nano
- vim
- emacs
- VS Code
- Notepad++
- Sublime
- gedit
- Atom
- TextMate
- Kate

## Practice

:::::: challenge
## Choosing a Commit Message
Which of these messages is the most appropriate?

::: solution
Answer 3 is good: short, descriptive, and imperative.
:::
::::::
`;

let deck: RenderedDeck;

beforeAll(async () => {
  deck = await deckOf(sourceOf(LESSON, 'slides/lesson.md'));
});

const slides = () => deck.plan.slides;

describe('a lesson in Carpentries Markdown', () => {
  it('shows the timing on the title slide and the questions and objectives right after it', () => {
    expect(deck.marpMarkdown).toContain('Teaching: 20 min · Exercises: 10 min');
    expect(slides()[1]).toMatchObject({ kind: 'objectives', title: 'Overview' });
    expect(slides()[1]!.bullets.map((b) => b.markdown)).toEqual([
      '**Questions**',
      'How do I record changes in Git?',
      '**Objectives**',
      'Go through the modify-add-commit cycle',
    ]);
  });

  it('puts code and what it printed on one slide, the output shown as output', () => {
    const slide = slides().find((s) => s.code?.lines[0] === '$ git status')!;
    expect(slide.output).toEqual({ lang: '', lines: ['On branch main', 'nothing to commit'], output: 'output' });
    expect(deck.marpMarkdown).toContain('```output\nOn branch main\nnothing to commit\n```');
  });

  it('frames a callout in its style under its title', () => {
    const slide = slides().find((s) => s.box)!;
    expect(slide.box).toEqual({ style: 'note', title: 'Staging area' });
    expect(slide.bullets.filter((b) => b.boxed)).toHaveLength(1);
    expect(deck.marpMarkdown).toMatch(
      /<!-- _class: box box-note -->[\s\S]*> \*\*Staging area\*\*\n>\n> - \*\*Git takes snapshots\*\*/,
    );
  });

  it('keeps instructor notes for the speaker alone', () => {
    const note = 'Learners often forget to save the file before adding it.';
    expect(slides().some((s) => s.speaker?.includes(note))).toBe(true);
    expect(slides().some((s) => s.notes.includes(note) || s.bullets.some((b) => b.markdown.includes('Learners')))).toBe(
      false,
    );
    expect(deck.marpMarkdown).toContain(note);
  });

  it('shows many short items in two columns on one slide', () => {
    const slide = slides().find((s) => s.bullets.some((b) => b.markdown === 'Kate'))!;
    expect(slide.columns).toBe(2);
    expect(slide.bullets.map((b) => b.markdown)).toContain('nano');
  });

  it('labels an exercise, puts its solution on the slide after it, and the key points at the end', () => {
    const at = slides().findIndex((s) => s.kind === 'exercise');
    expect(slides()[at]!.title).toBe('Exercise: Choosing a Commit Message');
    expect(slides()[at + 1]).toMatchObject({ kind: 'solution', title: 'Solution: Choosing a Commit Message' });
    expect(
      slides()
        [at + 1]!.bullets.map((b) => b.markdown)
        .join(' '),
    ).toContain('short, descriptive, and imperative');
    expect(slides().at(-1)).toMatchObject({ kind: 'summary', title: 'Key points' });
    expect(slides().filter((s) => s.kind === 'summary')).toHaveLength(1);
  });

  it('moves the solutions to an appendix at the end of the handout', () => {
    const groups = groupBySection(deck);
    expect(groups.at(-1)!.title).toBe('Solutions');
    expect(groups.at(-1)!.slides.map((s) => s.slide.kind)).toEqual(['solution']);
    expect(
      groups
        .slice(0, -1)
        .flatMap((g) => g.slides)
        .some((s) => s.slide.kind === 'solution'),
    ).toBe(false);
  });
});

describe("the author's own summary", () => {
  const kinds = (markdown: string) => planOf(sourceOf(markdown)).slides.map((s) => `${s.kind}: ${s.title}`);
  const body = '## Why\n\nSamples vary from one draw to the next, and the means vary less than the values do.\n\n';

  it('is the summary when the last section sums up in its own words ("To summarise the lecture:"), and none is made', () => {
    const slides = planOf(
      sourceOf(
        `# Sampling\n\n${body}## Looking back\n\nThe spread of the mean shrinks with the square root of the sample size.\n\nTo summarise the lecture:\n\n- Means vary less than values.\n- Larger samples give more precise estimates.\n`,
      ),
    ).slides;
    const summary = slides.filter((s) => s.kind === 'summary');
    expect(summary).toHaveLength(1);
    expect(summary[0]!.bullets.map((b) => b.markdown)).toEqual([
      'To summarise the lecture:',
      'Means vary less than values',
      'Larger samples give more precise estimates',
    ]);
    expect(slides.some((s) => s.title === 'Summary')).toBe(false);
  });

  it('is recognised by a conclusion heading in other words ("Wrapping up") and in Indonesian ("Kesimpulannya, …")', () => {
    expect(
      kinds(`# S\n\n${body}## Wrapping up\n\nMeans vary less than the values they are taken from.\n`),
    ).not.toContain('summary: Summary');
    const id = kinds(
      '# Kerja sama\n\n## Latar\n\nKerja sama antarnegara membuka pasar baru bagi produk lokal di kawasan.\n\n## Hasil akhir\n\nKesimpulannya, kerja sama memperkuat ekonomi kedua negara dan membuka pasar ekspor baru.\n',
    );
    expect(id).toContain('summary: Hasil akhir');
    expect(id).not.toContain('summary: Ringkasan');
  });

  it('is not a paragraph that merely starts "In short" early in the document: a summary is still made', () => {
    const slides = kinds(
      `# S\n\n## One\n\nIn short, means vary less than values do in every sample we draw.\n\n${body}## Three\n\nThe mean of many samples is close to the population mean.\n`,
    );
    expect(slides).toContain('summary: Summary');
  });
});
