// A LaTeX source made readable for pandoc, line for line: pandoc's LaTeX reader drops what it does not know, and
// lecture slides are full of it. Beamer's overlays show complete (`\pause` goes, `\onslide<2->{x}` is x),
// `\note{}` becomes a notes frame, a frame's title argument and a course's own `\frametitlecpp[98]{…}` become
// `\frametitle`, its own code environments (`cppcode*`) and inline code commands (`\cppinline{}`) become minted
// code, its own boxes (`goodpractice`, `exampleblockGB`) frames with their titles, a wrapper of frames
// (`advanced`) goes, and a command of its own with arguments (`\godboltLink{url}{text}`) becomes its text or a
// link. Code and math are copied as written.
import { BOX_ENVS, boxClass, isAddress, namesItsRole, readArgs } from './tex-args.js';

/** What the preparation left out or changed on its own judgement, for the report. */
export interface TexNote {
  line: number;
  text: string;
  message: string;
}

/** Environments whose body is verbatim (code) for LaTeX itself, or a course's own (minted's \newminted). */
const VERBATIM = /^(verbatim\*?|Verbatim\*?|lstlisting|minted|alltt|comment|semiverbatim)$/;
const OWN_CODE = /^([A-Za-z]+)code\*?$/;
const MATH_ENVS = /^(equation|align|alignat|gather|multline|flalign|eqnarray|math|displaymath|split)\*?$/;
/** Pictures pandoc cannot draw. */
const DRAWINGS = /^(tikzpicture|pgfpicture|circuitikz|forest|pspicture)$/;
const OVERLAYS: Record<string, { args: number; keep: number }> = {
  onslide: { args: 1, keep: 0 },
  only: { args: 1, keep: 0 },
  uncover: { args: 1, keep: 0 },
  visible: { args: 1, keep: 0 },
  invisible: { args: 1, keep: 0 },
  alt: { args: 2, keep: 0 },
  temporal: { args: 3, keep: 2 },
};

const words = (s: string) => new Set(s.split(/\s+/));
/** Spacing on the page: a space in the text (pandoc loses what follows `\hfill` in a heading). */
const SPACING = words('hfill vfill hspace vspace quad qquad medskip bigskip smallskip');
/** Environments pandoc reads itself (their arguments are not titles). */
const KNOWN_ENVS = words(
  'document itemize enumerate description center flushleft flushright minipage columns column tabular tabularx ' +
    'tabular* longtable table table* figure figure* subfigure quote quotation verse abstract thebibliography small ' +
    'footnotesize scriptsize tiny large Large normalsize overprint onlyenv uncoverenv visibleenv actionenv adjustbox ' +
    'multicols',
);
/** Commands with arguments that pandoc's LaTeX reader reads; another one with arguments becomes its text. */
const KNOWN_COMMANDS = words(
  'textbf textit texttt textsf textrm textsc textup textmd textnormal textsl emph underline uline sout st ' +
    'textcolor colorbox fcolorbox color alert structure url href hyperref nolinkurl footnote footnotetext cite ' +
    'citep citet citeauthor citeyear parencite textcite autocite ref eqref autoref cref Cref pageref label caption ' +
    'includegraphics section subsection subsubsection paragraph subparagraph chapter part frametitle framesubtitle ' +
    'title subtitle author institute date mbox makebox fbox framebox parbox raisebox hbox vbox ' +
    'mintinline lstinline inputminted input include mathrm mathbf ensuremath text textsuperscript textsubscript ' +
    'newcommand renewcommand providecommand newenvironment renewenvironment usepackage documentclass setlength ' +
    'setcounter setbeamertemplate usetheme usecolortheme usefonttheme useinnertheme useoutertheme setbeamercolor ' +
    'setbeamerfont AtBeginSection AtBeginSubsection graphicspath bibliography bibliographystyle addbibresource ' +
    'multicolumn multirow cline enquote foreignlanguage selectlanguage SI si num qty unit ang column item ' +
    'marginpar newtheorem lettrine resizebox scalebox rotatebox definecolor logo titlegraphic frame bf it tt em ' +
    'centering small large newline linebreak par noindent',
);

/** One pass over a LaTeX text, writing the prepared text; recursive for the arguments it rewrites. */
class TexScanner {
  private readonly unwrapped: string[] = [];
  private readonly boxes: { name: string; cls: string }[] = [];
  private readonly reported = new Set<string>();

  constructor(
    private readonly source: string,
    private readonly notes: TexNote[],
  ) {}

  /** Where each reported text was last found in the source: the scan meets them in order. */
  private readonly seen = new Map<string, number>();

  /** Reports `text` at its next place in the source. */
  private note(text: string, message: string): void {
    const at = Math.max(0, this.source.indexOf(text, this.seen.get(text) ?? 0));
    this.seen.set(text, at + 1);
    this.notes.push({ line: this.source.slice(0, at).split('\n').length, text, message });
  }

  /** The prepared form of `text` (the source, or an argument in it). */
  rewrite(text: string): string {
    let out = '';
    let i = 0;
    const name = /\\([A-Za-z@]+\*?)/y;
    while (i < text.length) {
      const c = text[i]!;
      if (c === '%') {
        // A comment is nobody's text: it goes, its line stays.
        const nl = text.indexOf('\n', i);
        i = nl < 0 ? text.length : nl;
      } else if (c === '$') {
        const end = mathEnd(text, i);
        out += text.slice(i, end);
        i = end;
      } else if (c !== '\\') {
        out += c;
        i++;
      } else {
        name.lastIndex = i;
        const m = name.exec(text);
        if (!m) {
          const end = text[i + 1] === '[' || text[i + 1] === '(' ? closing(text, i) : i + 2;
          out += text.slice(i, end);
          i = end;
          continue;
        }
        const done = this.command(m[1]!, text, i + m[0].length);
        out += done.text;
        i = done.end;
      }
    }
    return out;
  }

  /** One command whose name ends at `at`: its prepared text and where the source goes on. */
  private command(cmd: string, text: string, at: number): { text: string; end: number } {
    if (cmd === 'begin' || cmd === 'end') {
      const env = /^\{([^}]+)\}/.exec(text.slice(at));
      if (!env) return { text: `\\${cmd}`, end: at };
      const after = at + env[0].length;
      return cmd === 'begin' ? this.begin(env[1]!, text, after) : { text: this.end(env[1]!), end: after };
    }
    if (cmd === 'verb' || cmd === 'verb*') {
      const end = text.indexOf(text[at]!, at + 1) + 1 || text.length;
      return { text: text.slice(at - cmd.length - 1, end), end };
    }
    if (cmd === 'pause') return { text: '', end: readArgs(text, at, 0, false).end };
    const overlay = OVERLAYS[cmd];
    if (overlay) {
      const args = readArgs(text, at, overlay.args, false);
      const kept = args.braces[overlay.keep];
      return { text: kept === undefined ? '' : `{${this.rewrite(kept)}}`, end: args.end };
    }
    if (cmd === 'note') {
      const args = readArgs(text, at, 1, false);
      const body = args.braces[0];
      if (body === undefined) return { text: '', end: args.end };
      return { text: `\\begin{deckhandnotes}${this.rewrite(body)}\\end{deckhandnotes}`, end: args.end };
    }
    if (cmd.startsWith('frametitle')) {
      const args = readArgs(text, at, 1, false);
      return { text: `\\frametitle{${this.rewrite(args.braces[0] ?? '')}}`, end: args.end };
    }
    if (cmd === 'titlepage' || cmd === 'maketitle')
      return { text: '\\begin{deckhandtitle}title\\end{deckhandtitle}', end: at };
    if (SPACING.has(cmd.replace(/\*$/, ''))) return { text: ' ', end: readArgs(text, at, 1, false).end };
    if (cmd === 'tableofcontents') {
      this.note('\\tableofcontents', 'a table of contents (LaTeX makes it from the sections): left out');
      return { text: '', end: readArgs(text, at, 0, false).end };
    }
    return this.other(cmd, text, at);
  }

  /** A command that is not Beamer's: pandoc's own as written, a course's own as its text. */
  private other(cmd: string, text: string, at: number): { text: string; end: number } {
    if (KNOWN_COMMANDS.has(cmd.replace(/\*$/, ''))) {
      // An overlay specification (`\item<2->`, `\alert<3>{x}`): the item shows complete.
      const overlay = text[at] === '<' ? readArgs(text, at, 0, false) : undefined;
      return { text: `\\${cmd}`, end: overlay?.overlay === undefined ? at : overlay.end };
    }
    const args = readArgs(text, at, 9, false);
    if (!args.braces.length) return { text: `\\${cmd}`, end: at };
    const inline = /^(\w*)inline$/.exec(cmd);
    if (inline) return { text: `\\mintinline{${inline[1] || 'text'}}{${args.braces[0]}}`, end: args.end };
    if (!this.reported.has(cmd)) {
      this.reported.add(cmd);
      this.note(
        `\\${cmd}`,
        `\\${cmd} is a command of the document's own, which pandoc does not know: its text is kept`,
      );
    }
    const last = this.rewrite(args.braces.at(-1)!);
    const link = args.braces.length >= 2 && isAddress(args.braces[0]!);
    return { text: link ? `\\href{${args.braces[0]!.trim()}}{${last}}` : `{${last}}`, end: args.end };
  }

  private begin(env: string, text: string, after: number): { text: string; end: number } {
    const close = `\\end{${env}}`;
    const endAt = text.indexOf(close, after);
    const through = endAt < 0 ? text.length : endAt + close.length;
    if (VERBATIM.test(env) || MATH_ENVS.test(env))
      return { text: text.slice(after - env.length - 8, through), end: through };
    if (OWN_CODE.test(env)) return { text: ownCode(text.slice(after - env.length - 8, through)), end: through };
    if (DRAWINGS.test(env)) {
      this.note(`\\begin{${env}}`, `a ${env} (a drawing LaTeX makes; deckhand does not): left out`);
      return { text: '\n'.repeat(text.slice(after, through).split('\n').length - 1), end: through };
    }
    if (env === 'frame') {
      const args = readArgs(text, after, 2, false);
      const [title, subtitle] = args.braces;
      const head = title?.trim() ? `\\frametitle{${this.rewrite(title)}}` : '';
      const sub = subtitle?.trim() ? `\\emph{${this.rewrite(subtitle)}}\\par ` : '';
      return { text: `\\begin{frame}${head}${sub}`, end: args.end };
    }
    if (KNOWN_ENVS.has(env)) return { text: `\\begin{${env}}`, end: after };
    if (text.slice(after, through).includes('\\begin{frame}')) {
      // A course's wrapper of whole frames (`advanced`, `onlyinstructor`): the frames stand as they are.
      this.unwrapped.push(env);
      return { text: '', end: after };
    }
    return this.box(env, text, after);
  }

  /** A box environment: a frame deckhand draws, its first argument its title, a link argument a link. */
  private box(env: string, text: string, after: number): { text: string; end: number } {
    const args = readArgs(text, after, BOX_ENVS.test(env) ? 1 : 9, false);
    const title = args.braces[0] ?? args.options[0];
    const cls = title?.trim() || namesItsRole(env) ? boxClass(env) : 'container';
    this.boxes.push({ name: env, cls });
    const extras = args.braces.slice(1);
    const more = extras
      .map((arg, i) => (isAddress(arg) ? `\\href{${arg.trim()}}{${this.rewrite(extras[i + 1] ?? arg)}}\\par ` : ''))
      .join('');
    const head = title?.trim() ? `\\subparagraph*{${this.rewrite(title)}}` : '';
    return { text: `\\begin{${cls}}${head}${more}`, end: args.end };
  }

  private end(env: string): string {
    const unwrapped = this.unwrapped.lastIndexOf(env);
    if (unwrapped >= 0) {
      this.unwrapped.splice(unwrapped, 1);
      return '';
    }
    const box = this.boxes.at(-1);
    if (box?.name === env) {
      this.boxes.pop();
      return `\\end{${box.cls}}`;
    }
    return `\\end{${env}}`;
  }
}

/** Where inline or display math that opens with `$` at `at` ends. */
function mathEnd(text: string, at: number): number {
  const close = text.startsWith('$$', at) ? '$$' : '$';
  let i = text.indexOf(close, at + close.length);
  while (i > 0 && text[i - 1] === '\\') i = text.indexOf(close, i + 1);
  return i < 0 ? text.length : i + close.length;
}

/** Where `\[…\]` or `\(…\)` that opens at `at` ends. */
function closing(text: string, at: number): number {
  const close = text[at + 1] === '[' ? '\\]' : '\\)';
  const i = text.indexOf(close, at + 2);
  return i < 0 ? text.length : i + 2;
}

/** A course's own code environment as minted, its options dropped and its common indent taken off. */
function ownCode(segment: string): string {
  const m = /^\\begin\{(([A-Za-z]+)code\*?)\}(\{[^}\n]*\})?/.exec(segment);
  if (!m) return segment;
  const end = `\\end{${m[1]}}`;
  const body = segment.slice(m[0].length, segment.endsWith(end) ? -end.length : undefined);
  const lines = body.split('\n');
  const indent = Math.min(
    ...lines
      .slice(1)
      .filter((l) => l.trim())
      .map((l) => /^[ \t]*/.exec(l)![0].length),
  );
  const dedented = lines.map((l, i) => (i === 0 || !l.trim() ? l.trim() : l.slice(indent)));
  return `\\begin{minted}{${m[2]}}${dedented.join('\n').replace(/\n[ \t]*$/, '\n')}\\end{minted}`;
}

/** Whether a LaTeX source is a Beamer deck: it has frames, or says it is one. */
export const isBeamer = (tex: string): boolean => /\\begin\{frame\}|\\documentclass(\[[^\]]*\])?\{beamer\}/.test(tex);

/** The source prepared for pandoc's LaTeX reader, line for line; `notes` collects what was judged. */
export function prepareTex(tex: string, notes: TexNote[]): string {
  return new TexScanner(tex, notes).rewrite(tex);
}
