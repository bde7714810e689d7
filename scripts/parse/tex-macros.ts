// A document's own TeX macros, expanded in its formulas: `\newcommand{\E}{\mathbb{E}}`, `\renewcommand`,
// `\def\E{…}` and `\DeclareMathOperator{\Var}{Var}` written in a formula, or MathJax's macros in front matter
// (`macros: { E: '\mathbb{E}', norm: ['\left\| #1 \right\|', 1] }`, MyST's `math:`). Every output typesets the
// expanded formula, so `\E[X]` reads the same on the slides, in the handouts and in the notes.

/** A macro: its body (#1…#9 for its arguments) and how many arguments it takes. */
export interface TexMacro {
  body: string;
  args: number;
}

export type TexMacros = Map<string, TexMacro>;

/** A group in braces starting at `at` (which is "{"): its content and where it ends; undefined when unclosed. */
function group(tex: string, at: number): { content: string; end: number } | undefined {
  if (tex[at] !== '{') return undefined;
  let depth = 0;
  for (let i = at; i < tex.length; i++) {
    if (tex[i] === '\\') i++;
    else if (tex[i] === '{') depth++;
    else if (tex[i] === '}' && --depth === 0) return { content: tex.slice(at + 1, i), end: i + 1 };
  }
  return undefined;
}

const DEFINITION =
  /\\(?:(?:re)?newcommand\*?|providecommand\*?)\s*\{?\\([A-Za-z]+)\}?\s*(?:\[(\d)\])?\s*|\\def\s*\\([A-Za-z]+)\s*((?:#\d)*)\s*|\\DeclareMathOperator\*?\s*\{\\([A-Za-z]+)\}\s*/g;

/**
 * The macros a formula defines, added to `into`, and the formula without their definitions (empty when it was
 * nothing but definitions, as a document's preamble formula is).
 */
export function takeDefinitions(tex: string, into: TexMacros): string {
  let out = '';
  let from = 0;
  DEFINITION.lastIndex = 0;
  for (let m = DEFINITION.exec(tex); m; m = DEFINITION.exec(tex)) {
    const body = group(tex, DEFINITION.lastIndex);
    if (!body) continue;
    const name = m[1] ?? m[3] ?? m[5]!;
    const args = m[2] ? Number(m[2]) : m[4] ? m[4].length / 2 : 0;
    into.set(name, { body: m[5] ? `\\operatorname{${body.content}}` : body.content, args });
    out += tex.slice(from, m.index);
    from = body.end;
    DEFINITION.lastIndex = body.end;
  }
  return (out + tex.slice(from)).trim();
}

/** One argument of a macro call at `at`: a braced group, or a single token (`\alpha`, `x`). */
function argument(tex: string, at: number): { content: string; end: number } | undefined {
  let i = at;
  while (tex[i] === ' ') i++;
  if (tex[i] === '{') return group(tex, i);
  const token = /^\\[A-Za-z]+|^\\.|^[^\s{}]/.exec(tex.slice(i));
  return token ? { content: token[0], end: i + token[0].length } : undefined;
}

/** The formula with every call of the document's macros replaced by its body, nested calls too. */
export function expandMacros(tex: string, macros: TexMacros): string {
  if (!macros.size || !tex.includes('\\')) return tex;
  let text = tex;
  // A macro may use another; one that calls itself stops after a few rounds instead of looping.
  for (let round = 0; round < 8; round++) {
    const next = withArguments(
      text.replace(/\\([A-Za-z]+)(?![A-Za-z])/g, (call, name: string) => {
        const macro = macros.get(name);
        return macro && !macro.args ? macro.body : call;
      }),
      macros,
    );
    if (next === text) break;
    text = next;
  }
  return text;
}

/** Calls of macros that take arguments, replaced left to right. */
function withArguments(tex: string, macros: TexMacros): string {
  let out = '';
  let i = 0;
  const call = /\\([A-Za-z]+)(?![A-Za-z])/g;
  for (let m = call.exec(tex); m; m = call.exec(tex)) {
    const macro = macros.get(m[1]!);
    if (!macro?.args) continue;
    const args: string[] = [];
    let end = m.index + m[0].length;
    for (let n = 0; n < macro.args; n++) {
      const arg = argument(tex, end);
      if (!arg) break;
      args.push(arg.content);
      end = arg.end;
    }
    if (args.length < macro.args) continue;
    out += tex.slice(i, m.index) + macro.body.replace(/#(\d)/g, (hash, d: string) => args[Number(d) - 1] ?? hash);
    i = end;
    call.lastIndex = end;
  }
  return out + tex.slice(i);
}

/** Macros as MathJax's configuration and MyST's front matter write them: `{ E: '\mathbb{E}', f: ['#1^2', 1] }`. */
export function macrosFromConfig(value: Record<string, unknown>): TexMacros {
  const out: TexMacros = new Map();
  for (const [key, v] of Object.entries(value)) {
    const name = key.replace(/^\\/, '');
    if (!/^[A-Za-z]+$/.test(name)) continue;
    if (typeof v === 'string')
      out.set(name, { body: v, args: (v.match(/#(\d)/g) ?? []).reduce((n, h) => Math.max(n, Number(h[1])), 0) });
    else if (Array.isArray(v) && typeof v[0] === 'string' && typeof v[1] === 'number')
      out.set(name, { body: v[0], args: v[1] });
  }
  return out;
}
