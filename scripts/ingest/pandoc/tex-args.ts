// Reading LaTeX by hand where pandoc's reader cannot help: a command's arguments (an overlay `<2->`, options
// `[…]`, groups `{…}`, braces matched and escapes respected), and what kind of frame a course's own box
// environment is, by its name.

/** A command's or environment's arguments, as written right after it. */
export interface Args {
  overlay?: string;
  options: string[];
  braces: string[];
  /** Where the arguments end in the text. */
  end: number;
}

/** The index just past the group that opens at `at` (`{` or `[`), or -1 when it is not closed. */
export function groupEnd(text: string, at: number): number {
  const open = text[at]!;
  const close = open === '{' ? '}' : open === '[' ? ']' : '>';
  let depth = 0;
  for (let i = at; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === open) depth++;
    else if (c === close && --depth === 0) return i + 1;
  }
  return -1;
}

/**
 * The arguments that follow `at`: an overlay and options before at most `maxBraces` groups, spaces between them
 * (and one line break before the first, when `newline` allows it).
 */
export function readArgs(text: string, at: number, maxBraces = 9, newline = true): Args {
  const args: Args = { options: [], braces: [], end: at };
  for (;;) {
    let j = args.end;
    while (text[j] === ' ' || text[j] === '\t') j++;
    if (newline && text[j] === '\n' && args.braces.length === 0) {
      j++;
      while (text[j] === ' ' || text[j] === '\t') j++;
    }
    const c = text[j];
    const opens = c === '{' ? args.braces.length < maxBraces : (c === '[' || c === '<') && args.braces.length === 0;
    if (!opens) break;
    const end = groupEnd(text, j);
    if (end < 0) break;
    const inner = text.slice(j + 1, end - 1);
    if (c === '{') args.braces.push(inner);
    else if (c === '[') args.options.push(inner);
    else args.overlay = inner;
    args.end = end;
  }
  return args;
}

/** Environments that are boxes with a title argument in Beamer or the common theorem packages. */
export const BOX_ENVS =
  /^(block|exampleblock|alertblock|theorem|lemma|corollary|proposition|definition|example|remark|proof|note|exercise|solution)\*?$/;

const BOX_CLASSES: [RegExp, string][] = [
  [/alert|warn|danger|caution|pitfall/i, 'warning'],
  [/exercise|quiz|challenge|task|problem|homework/i, 'exercise'],
  [/solution|answer/i, 'solution'],
  [/good|best|tip|hint|practice|advice/i, 'tip'],
  [/important|key|essential/i, 'important'],
  [/example/i, 'example'],
  [/definition|theorem|lemma|corollary|proposition|remark|proof/i, 'definition'],
];

/** The frame deckhand draws for a box environment (parse/box-kinds.ts knows these names): `alertblock` a warning. */
export function boxClass(env: string): string {
  const found = BOX_CLASSES.find(([re]) => re.test(env));
  if (!found) return 'note';
  const [, name] = found;
  // A theorem keeps its own name: "Lemma" is its title when it has none.
  return name === 'definition' ? env.replace(/\*$/, '').toLowerCase() : name;
}

/** Whether a box name says what it is for (an exercise, a warning) even without a title. */
export const namesItsRole = (env: string): boolean => BOX_ENVS.test(env) || BOX_CLASSES.some(([re]) => re.test(env));

/** Whether an argument is a web address (a link's target). */
export const isAddress = (arg: string): boolean => /^\s*(https?:|ftp:|mailto:|www\.)\S+\s*$/.test(arg);
