// LaTeX prepared for pandoc's reader, line for line: Beamer's overlays shown complete, notes and titles kept, a
// course's own code and boxes read, its own commands as their text; code and math as written.
import { describe, expect, it } from 'vitest';
import { isBeamer, prepareTex, type TexNote } from '../../../scripts/ingest/pandoc/tex-source.js';

const prepare = (tex: string) => {
  const notes: TexNote[] = [];
  const text = prepareTex(tex, notes);
  expect(text.split('\n')).toHaveLength(tex.split('\n').length);
  return { text, notes };
};

describe('prepareTex', () => {
  it("shows Beamer's overlays complete: \\pause goes, \\onslide and \\only keep their content, items lose their specs", () => {
    const { text } = prepare(
      '\\item<2-> first \\pause\n\\onslide<3->{Later} \\only<4>{Once} \\alt<2>{Now}{Before}\n\\onslide<2-> \\alert<3>{x}',
    );
    expect(text).toBe('\\item first \n{Later} {Once} {Now}\n \\alert{x}');
  });

  it("keeps a frame's title argument and a course's own \\frametitle as \\frametitle, and \\note{} as notes", () => {
    const { text } = prepare(
      '\\begin{frame}[fragile]{Why RAII?}\n\\frametitlecpp[98]{Pointers}\n\\note{Ask who has\nleaked memory.}\n\\end{frame}',
    );
    expect(text).toBe(
      '\\begin{frame}\\frametitle{Why RAII?}\n\\frametitle{Pointers}\n\\begin{deckhandnotes}Ask who has\nleaked memory.\\end{deckhandnotes}\n\\end{frame}',
    );
  });

  it("reads a course's own code environment and inline code command as minted code, indent taken off", () => {
    const { text } = prepare(
      "  \\begin{cppcode*}{xleftmargin=20pt}\n      char *s;\n      if (s[0] == '#') { return; }\n  \\end{cppcode*}\nUse \\cppinline{std::unique_ptr<T>}.",
    );
    expect(text).toBe(
      "  \\begin{minted}{cpp}\nchar *s;\nif (s[0] == '#') { return; }\n\\end{minted}\nUse \\mintinline{cpp}{std::unique_ptr<T>}.",
    );
  });

  it("makes a course's own boxes frames with their titles, unwraps a wrapper of frames, and keeps a command's text", () => {
    const { text, notes } = prepare(
      [
        '\\begin{advanced}',
        '\\begin{frame}',
        '\\begin{goodpractice}[Short]{Use \\texttt{std::fstream}}',
        'See \\godboltLink{https://godbolt.org/z/x}{the demo} and \\godboltLink{https://godbolt.org/z/y}{another}.',
        '\\end{goodpractice}',
        '\\begin{exampleblockGB}{What is printed?}{https://godbolt.org/z/v}{quiz}',
        '\\end{exampleblockGB}',
        '\\end{frame}',
        '\\end{advanced}',
      ].join('\n'),
    );
    expect(text.split('\n')).toEqual([
      '',
      '\\begin{frame}',
      '\\begin{tip}\\subparagraph*{Use \\texttt{std::fstream}}',
      'See \\href{https://godbolt.org/z/x}{the demo} and \\href{https://godbolt.org/z/y}{another}.',
      '\\end{tip}',
      '\\begin{example}\\subparagraph*{What is printed?}\\href{https://godbolt.org/z/v}{quiz}\\par ',
      '\\end{example}',
      '\\end{frame}',
      '',
    ]);
    expect(notes).toEqual([
      {
        line: 4,
        text: '\\godboltLink',
        message: "\\godboltLink is a command of the document's own, which pandoc does not know: its text is kept",
      },
    ]);
  });

  it('copies code, math and comments as LaTeX wrote them, and leaves a TikZ drawing out, said', () => {
    const tex = [
      '$\\frac{a}{b}<c>$ \\verb|\\pause| % \\pause in a comment',
      '\\begin{verbatim}',
      '\\onslide<2>{x}',
      '\\end{verbatim}',
      '\\begin{tikzpicture}',
      '\\draw (0,0) -- (1,1);',
      '\\end{tikzpicture}',
    ].join('\n');
    const { text, notes } = prepare(tex);
    expect(text).toBe('$\\frac{a}{b}<c>$ \\verb|\\pause| \n\\begin{verbatim}\n\\onslide<2>{x}\n\\end{verbatim}\n\n\n');
    expect(notes.map((n) => [n.line, n.message])).toEqual([
      [5, 'a tikzpicture (a drawing LaTeX makes; deckhand does not): left out'],
    ]);
  });

  it('tells a Beamer deck from LaTeX notes', () => {
    expect(isBeamer('\\begin{frame}\\end{frame}')).toBe(true);
    expect(isBeamer('\\documentclass[11pt]{beamer}')).toBe(true);
    expect(isBeamer('\\documentclass{article}\n\\section{Notes}')).toBe(false);
  });
});
