// The dialects lecturers write in: each one's markup becomes boxes, figures, code and formulas, with its lines kept;
// what is left out is reported at file:line, and none of it reaches the model's text.
import { describe, expect, it } from 'vitest';
import { findLeftovers } from '../../scripts/parse/leftovers.js';
import type { Block, DocModel, Section } from '../../scripts/types.js';
import { modelOf, sourceOf } from '../support/documents.js';

const parse = (text: string, file = 'slides/k.md') => modelOf(sourceOf(text, file));

type Box = Extract<Block, { type: 'box' }>;
const blocksOf = (doc: DocModel): Block[] => {
  const section = (s: Section): Block[] => [...s.blocks, ...s.children.flatMap(section)];
  return [...doc.intro, ...doc.sections.flatMap(section)];
};
const boxes = (blocks: Block[]): Box[] => blocks.flatMap((b) => (b.type === 'box' ? [b, ...boxes(b.blocks)] : []));
const texts = (blocks: Block[]): string[] =>
  blocks.flatMap((b) =>
    b.type === 'paragraph' || b.type === 'quote'
      ? [b.text]
      : b.type === 'list'
        ? b.items.map((i) => i.text)
        : b.type === 'box'
          ? texts(b.blocks)
          : [],
  );
/** The model's text has none of the dialects' markup. */
const clean = (doc: DocModel) => expect(texts(blocksOf(doc)).flatMap(findLeftovers)).toEqual([]);

describe('Pandoc fenced divs (Carpentries, Quarto, Docusaurus)', () => {
  const doc = parse(`# Lesson

:::::::::::::::::::::::::::::::::::::: challenge

## Push vs. Commit

How is "git push" different from "git commit"?

:::::::::::::::  solution

## Solution

When we push changes, we're interacting with a remote repository.

:::::::::::::::::::::::::

::::::::::::::::::::::::::::::::::::::::::::::::::

::: {.callout-exercise}
Try it.

::: {.callout-answer collapse="true"}
::: {.panel-tabset}
## R
Use R.
:::
The answer continues after the tabs.
:::
:::

:::tip What You'll Learn
- Redux terms
:::

::: {.callout-note title="Read more"}
A note.
:::
`);
  const all = boxes(blocksOf(doc));

  it('frames a challenge with its solution inside, whatever the colon counts, titled by its first heading', () => {
    const challenge = all.find((b) => b.title === 'Push vs. Commit')!;
    expect(challenge.role).toBe('exercise');
    expect(challenge.blocks.find((b): b is Box => b.type === 'box')).toMatchObject({
      role: 'solution',
      title: 'Solution',
    });
  });

  it('nests divs of the same length as Pandoc does: a bare fence closes the innermost', () => {
    const exercise = all.find(
      (b) => b.role === 'exercise' && b.blocks.some((x) => x.type === 'paragraph' && x.text === 'Try it.'),
    )!;
    const answer = exercise.blocks.find((b): b is Box => b.type === 'box')!;
    expect(answer.role).toBe('solution');
    expect(texts(answer.blocks)).toEqual(
      ['**R**', 'Use R.', 'The answer continues after the tabs.'].map((t) => t.replace(/\*/g, '')),
    );
  });

  it('reads Docusaurus titles and Quarto title attributes', () => {
    expect(all.find((b) => b.style === 'tip' && b.role === 'objectives')?.title).toBe("What You'll Learn");
    expect(all.find((b) => b.title === 'Read more')).toMatchObject({ role: 'callout', style: 'note' });
    clean(doc);
  });

  it('closes a div left open where its container ends, with a warning at its line', () => {
    const open = parse('# T\n\n::: callout\nText.\n');
    expect(boxes(blocksOf(open))).toHaveLength(1);
    expect(open.diagnostics).toContainEqual(expect.objectContaining({ line: 3, severity: 'warning', code: 'dialect' }));
  });
});

describe('MyST directives and roles (Jupyter Book, sphinx-lesson)', () => {
  const doc = parse(`(intro)=
# Variables

\`\`\`{admonition} Region of interest
:class: tip

The region is {math}\`\\Omega\`, see {ref}\`the case study <case>\` and {term}\`commits <commit>\`.
\`\`\`

:::{figure} img/gophers.png
:alt: Branching explained with a gopher
:width: 100%

What if two people change the same file?
:::

\`\`\`{math}
x \\in \\mathbb{R}
\`\`\`

\`\`\`{figure} ./figures/and.svg

---
width:90%
---
Samples of two rivers.
\`\`\`

\`\`\`{code-cell} python
print(1)
\`\`\`

\`\`\`{toctree}
intro
\`\`\`
`);

  it('frames an admonition in the style its :class: names, its roles as text and a formula', () => {
    const tip = boxes(blocksOf(doc))[0]!;
    expect(tip).toMatchObject({ role: 'callout', style: 'tip', title: 'Region of interest' });
    const p = tip.blocks[0] as Extract<Block, { type: 'paragraph' }>;
    expect(p.markdown).toBe('The region is $\\Omega$, see the case study and commits.');
    expect(p.atoms).toEqual([{ kind: 'math', text: '\\Omega', at: 14 }]);
  });

  it('makes figures of images with their alt text and caption, and drops options that are not YAML with a note', () => {
    const images = blocksOf(doc).filter((b) => b.type === 'image');
    expect(images[0]).toMatchObject({
      src: 'img/gophers.png',
      alt: 'Branching explained with a gopher',
      caption: 'What if two people change the same file?',
    });
    expect(images[1]).toMatchObject({ src: './figures/and.svg', caption: 'Samples of two rivers.' });
    expect(doc.diagnostics).toContainEqual(
      expect.objectContaining({ line: 23, code: 'dialect', message: expect.stringContaining('not valid YAML') }),
    );
  });

  it('keeps math and code cells as what they show, and leaves out targets and tables of contents, noting them', () => {
    const blocks = blocksOf(doc);
    expect(blocks).toContainEqual(
      expect.objectContaining({ type: 'paragraph', markdown: '$$\nx \\in \\mathbb{R}\n$$' }),
    );
    expect(blocks).toContainEqual(expect.objectContaining({ type: 'code', lang: 'python', code: 'print(1)' }));
    expect(doc.diagnostics.filter((d) => d.code === 'dialect').map((d) => d.line)).toEqual(
      expect.arrayContaining([1, 33]),
    );
    clean(doc);
  });
});

describe('GitHub alerts and Obsidian callouts', () => {
  const doc = parse(
    '# T\n\n> [!NOTE]  \n> Read this first.\n\n> [!tip]- Fold me\n> Tip body.\n> > A quote inside.\n>\n> After it.\n',
  );
  it('frames each alert in its style, with a title when given, a quote inside kept inside', () => {
    const [note, tip] = boxes(blocksOf(doc));
    expect(note).toMatchObject({ role: 'callout', style: 'note', title: 'Note' });
    expect(tip).toMatchObject({ style: 'tip', title: 'Fold me' });
    expect(texts(tip!.blocks)).toEqual(['Tip body.', 'A quote inside.', 'After it.']);
    clean(doc);
  });
});

describe('kramdown attribute lists (legacy Carpentries)', () => {
  const doc = parse(`# T

~~~
$ git status
~~~
{: .language-bash}

~~~
On branch main
~~~
{: .output}

> ## Choosing a Commit Message
>
> Which message is best?
>
> > ## Solution
> > Answer 3 is good.
> {: .solution}
{: .challenge}
`);
  it('gives a fence its language or output, and a blockquote its frame, by the > markers of the line', () => {
    const blocks = blocksOf(doc);
    expect(blocks.filter((b) => b.type === 'code')).toEqual([
      expect.objectContaining({ lang: 'bash' }),
      expect.objectContaining({ output: 'output' }),
    ]);
    const challenge = boxes(blocks)[0]!;
    expect(challenge).toMatchObject({ role: 'exercise', title: 'Choosing a Commit Message' });
    expect(challenge.blocks.find((b): b is Box => b.type === 'box')).toMatchObject({
      role: 'solution',
      title: 'Solution',
    });
    clean(doc);
  });
});

describe('MkDocs admonitions, details and tabs', () => {
  const doc = parse(`# T

!!! note "The argument of \`docker build\`"
    Give it a directory.

    \`\`\`sh
    docker build .
    \`\`\`

**Exercise:** Is the installation still there?

??? success "Answer"
    No, it is gone.

=== "Linux"
    Run it.
`);
  it('frames admonitions with their titles and indented bodies, an exercise paragraph with its answer, a tab as a label', () => {
    const [note, exercise] = boxes(blocksOf(doc));
    expect(note).toMatchObject({ role: 'callout', style: 'note', title: 'The argument of `docker build`' });
    expect(note!.blocks.map((b) => b.type)).toEqual(['paragraph', 'code']);
    expect(exercise).toMatchObject({ role: 'exercise' });
    expect(exercise!.blocks.find((b): b is Box => b.type === 'box')).toMatchObject({
      role: 'solution',
      title: 'Answer',
    });
    expect(texts(blocksOf(doc)).slice(-2)).toEqual(['Linux', 'Run it.']);
    clean(doc);
  });
});

describe('Liquid (Jekyll) and Hugo shortcodes', () => {
  const doc = parse(`# T

This is a [commit]({{ page.root }}{% link reference.md %}#commit).

{% comment %}
Hidden from readers.
{% endcomment %}

\`\`\`html
{% raw %}
<p>{{ message }}</p>
{% endraw %}
\`\`\`

{{< figure src="img/nginx.png" alt="The nginx page" caption="It works" >}}

{{% notice info %}}
Helm is a package manager.
{{% /notice %}}

{{%expand "Expand here to see the solution" %}}
helm install web bitnami/nginx
{{% /expand %}}

{{< output >}}
NAME: web
{{< /output >}}

{{< level 2 >}}

{% include links.md %}
`);
  const blocks = blocksOf(doc);
  it('keeps link paths, hides comments whole, unwraps raw, and reads figures, notices, solutions and output', () => {
    expect(blocks[0]).toMatchObject({ type: 'paragraph', markdown: 'This is a [commit](reference.md#commit).' });
    expect(texts(blocks).join(' ')).not.toContain('Hidden');
    expect(blocks).toContainEqual(
      expect.objectContaining({ type: 'code', lang: 'html', code: '<p>{{ message }}</p>' }),
    );
    expect(blocks).toContainEqual(
      expect.objectContaining({ type: 'image', src: 'img/nginx.png', alt: 'The nginx page', caption: 'It works' }),
    );
    expect(boxes(blocks).map((b) => [b.role, b.title])).toEqual([
      ['callout', 'Info'],
      ['solution', 'Expand here to see the solution'],
    ]);
    expect(blocks).toContainEqual(expect.objectContaining({ type: 'code', output: 'output', code: 'NAME: web' }));
    clean(doc);
  });

  it('leaves out shortcodes and tags it does not know, each noted at its line', () => {
    const lines = doc.diagnostics.filter((d) => d.code === 'dialect').map((d) => d.line);
    expect(lines).toEqual(expect.arrayContaining([5, 29, 31]));
  });
});

describe('MDX (Docusaurus, react.dev)', () => {
  const doc = parse(`---
title: Purity
---
import { Sandpack } from '../components';

## Purity {/*purity*/}

Consider <Math><MathI>y</MathI> = 2<MathI>x</MathI></Math>.

<DeepDive>

#### Strict Mode

Strict Mode calls functions twice.

</DeepDive>

<Illustration src="/images/tea.png" alt="A tea recipe" />

<FundamentalsWarning />
`);
  it('drops imports and unknown components with notes, frames wrapping components, reads figures and formulas', () => {
    expect(doc.sections[0]!.title).toBe('Purity');
    const blocks = blocksOf(doc);
    expect(blocks[0]).toMatchObject({ type: 'paragraph', markdown: 'Consider $y = 2x$.' });
    expect(boxes(blocks)[0]).toMatchObject({ role: 'callout', title: 'Strict Mode' });
    expect(blocks).toContainEqual(
      expect.objectContaining({ type: 'image', src: '/images/tea.png', alt: 'A tea recipe' }),
    );
    expect(doc.diagnostics.filter((d) => d.code === 'dialect').map((d) => d.line)).toEqual(
      expect.arrayContaining([4, 20]),
    );
    clean(doc);
  });
});

describe('R Markdown and Quarto code cells', () => {
  const doc = parse(
    `# T

\`\`\`{r setup, echo=FALSE, fig.cap = "A, B"}
library(tidyverse)
\`\`\`

\`\`\`{python}
#| echo: true
#| label: fig-x
print(2)
\`\`\`

You have \`r choose(6, 2)\` pairs.

\`\`\`{block, type="info"}
$$
r = 0.5
$$
\`\`\`
`,
    'slides/k.Rmd',
  );
  it('shows cells as code in their language, options taken out; hidden cells go to the notes; blocks are frames', () => {
    const blocks = blocksOf(doc);
    const [hidden, shown] = blocks.filter((b) => b.type === 'code') as Extract<Block, { type: 'code' }>[];
    expect(hidden).toMatchObject({ lang: 'r', code: 'library(tidyverse)', directives: [{ kind: 'skip' }] });
    expect(shown).toMatchObject({ lang: 'python', code: 'print(2)' });
    expect(blocks).toContainEqual(
      expect.objectContaining({ type: 'paragraph', markdown: 'You have `choose(6, 2)` pairs.' }),
    );
    expect(boxes(blocks)[0]!.blocks[0]).toMatchObject({ type: 'paragraph', markdown: '$$\nr = 0.5\n$$' });
    clean(doc);
  });
});

describe('the last net', () => {
  it('takes markup no rule understood out of the text, with a warning at its line', () => {
    const doc = parse('# T\n\nSome text {: .weird } and more.\n\n:::::\n');
    expect(texts(blocksOf(doc))).toEqual(['Some text and more.']);
    expect(doc.diagnostics.some((d) => d.code === 'dialect' && d.line === 5)).toBe(true);
  });

  it("leaves the author's prose in braces alone: sets, and syntax named in a sentence, on the slide and in the notes", () => {
    const prose = [
      'We write the ranks of the first sample as the set {r 1 s , r 2 s … r n s} and compare their sum.',
      'Options such as {echo=FALSE} or {#sec-intro} or {.callout} are explained in the next section.',
      'The set {x=1} is small.',
    ];
    const doc = parse(`# T\n\n${prose.join('\n\n')}\n`, 'slides/k.qmd');
    expect(texts(blocksOf(doc))).toEqual(prose);
    expect(doc.diagnostics.filter((d) => d.code === 'dialect')).toEqual([]);
  });

  it('still takes out a chunk header or attributes where they stand: a line of its own, the end of a heading', () => {
    const doc = parse('# T\n\n## Setup {#sec-setup}\n\n{r setup, echo=FALSE}\nlibrary(x) loads it.\n', 'slides/k.Rmd');
    expect(doc.sections[0]!.title).toBe('Setup');
    expect(texts(blocksOf(doc))).toEqual(['library(x) loads it.']);
  });

  it('reads formatting HTML as Markdown', () => {
    const doc = parse('# T\n\nPress <kbd>Enter</kbd> to go on, <b>twice</b>.\n');
    expect(blocksOf(doc)[0]).toMatchObject({ markdown: 'Press `Enter` to go on, **twice**.' });
  });
});
