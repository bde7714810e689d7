// A reStructuredText source made readable for pandoc, line for line, where Sphinx (docutils) reads what pandoc's
// reader does not: tabs are 8 columns as docutils expands them, a title whose underline is too short is still a
// title, and IPython's directive is code (its prompts and decorators gone). The arguments of directives pandoc does
// not know (`.. exercise:: Title`, `.. tab:: Python`) are listed, so that they become the frames' titles, and the
// files `.. literalinclude::` names, so that the edge can read them.

const UNDERLINE = /^([=\-`:'"~^_*+#<>.])\1{2,}\s*$/;

/** Tabs as docutils reads them: to the next multiple of 8 columns. */
function expandTabs(line: string): string {
  if (!line.includes('\t')) return line;
  let out = '';
  for (const ch of line) out += ch === '\t' ? ' '.repeat(8 - (out.length % 8)) : ch;
  return out;
}

/** A title's adornment as long as its text, as docutils accepts it anyway (with a warning) and pandoc does not. */
function lengthenAdornments(lines: string[]): void {
  for (let i = 0; i + 1 < lines.length; i++) {
    const title = lines[i]!;
    const under = lines[i + 1]!;
    if (!UNDERLINE.test(under) || !title.trim() || /^\s/.test(title) || UNDERLINE.test(title)) continue;
    const before = lines[i - 1];
    if (before?.trim() && !UNDERLINE.test(before)) continue;
    const width = title.trimEnd().length;
    if (under.trim().length < width) lines[i + 1] = under[0]!.repeat(width);
    if (before && UNDERLINE.test(before) && before[0] === under[0] && before.trim().length < width)
      lines[i - 1] = before[0]!.repeat(width);
  }
}

/** `.. ipython:: python` as a code block: the prompts and IPython's decorators go, the code stays. */
function ipythonAsCode(lines: string[]): void {
  for (let i = 0; i < lines.length; i++) {
    const m = /^(\s*)\.\. ipython::\s*(\S*)\s*$/.exec(lines[i]!);
    if (!m) continue;
    lines[i] = `${m[1]}.. code-block:: ${m[2] && m[2] !== 'ipython' ? m[2] : 'python'}`;
    const indent = m[1]!.length;
    for (let j = i + 1; j < lines.length; j++) {
      const line = lines[j]!;
      if (line.trim() && /^\s*/.exec(line)![0].length <= indent) break;
      lines[j] =
        /^\s*:\w+:/.test(line) || /^\s*@\w+/.test(line) ? '' : line.replace(/^(\s*)(?:In \[\d*\]:|\.\.\.+:)\s?/, '$1');
    }
  }
}

/** What the preparation found for later: the directives' arguments and the files included. */
export interface RstFacts {
  /** `name` -> the arguments its directives were given, as written. */
  arguments: Map<string, Set<string>>;
  /** The paths `.. literalinclude::` names, relative to the source's folder. */
  includes: string[];
}

/** The source prepared for pandoc's RST reader, line for line, and the facts found in it. */
export function prepareRst(rst: string): { text: string; facts: RstFacts } {
  const lines = rst.split('\n').map(expandTabs);
  lengthenAdornments(lines);
  ipythonAsCode(lines);
  const facts: RstFacts = { arguments: new Map(), includes: [] };
  for (const line of lines) {
    const m = /^\s*\.\. ([\w:-]+)::[ \t]+(.+?)\s*$/.exec(line);
    if (!m) continue;
    const [, name, arg] = m as unknown as [string, string, string];
    if (name === 'literalinclude') facts.includes.push(arg);
    if (!facts.arguments.has(name)) facts.arguments.set(name, new Set());
    facts.arguments.get(name)!.add(arg);
  }
  return { text: lines.join('\n'), facts };
}
