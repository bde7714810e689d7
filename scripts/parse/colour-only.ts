// Meaning carried by colour alone in an author's CSS, where a stylesheet shows it (WCAG 1.4.1): links told from
// text only by their colour, emphasis whose own cue (bold, italic) is taken away and a colour put in its place, and
// a class named for a colour or a judgement (.red, .correct, .wrong) that changes nothing but the colour. What the
// CSS cannot show (a picture, a chart's legend) is not guessed at.

/** A rule that carries meaning by colour alone, at its line within the CSS (1-based). */
export interface ColourOnlyRule {
  line: number;
  message: string;
}

const LINK = /(^|[\s>+~,])a(?=$|[\s:.[#>+~,])/;
const BOLD = /(^|[\s>+~,])(strong|b)(?=$|[\s:.[#>+~,])/;
const ITALIC = /(^|[\s>+~,])(em|i)(?=$|[\s:.[#>+~,])/;
/** Class names that say a colour or a judgement: a reader who cannot see the colour loses the judgement. */
const MEANING =
  /\.(?:red|green|blue|orange|yellow|purple|pink|grey|gray|correct|incorrect|wrong|right|good|bad|ok|error|success|fail|failed|pass|passed|important|highlight|hl|yes|no|true|false|positive|negative)(?![\w-])/i;

/** The declarations of a rule body, property -> value, lower case. */
function declarations(body: string): Map<string, string> {
  const decls = new Map<string, string>();
  for (const d of body.split(';')) {
    const at = d.indexOf(':');
    if (at > 0)
      decls.set(
        d.slice(0, at).trim().toLowerCase(),
        d
          .slice(at + 1)
          .trim()
          .toLowerCase(),
      );
  }
  return decls;
}

const OTHER_CUES = [
  'text-decoration',
  'text-decoration-line',
  'border',
  'border-bottom',
  'outline',
  'font-weight',
  'font-style',
  'background',
  'background-color',
  'text-transform',
  'font-variant',
];

/** Why one rule carries meaning by colour alone, or undefined. */
function colourOnly(selector: string, decls: Map<string, string>): string | undefined {
  const colour = decls.get('color');
  const cueless = (prop: string, none: RegExp) => none.test(decls.get(prop) ?? '');
  if (
    LINK.test(selector) &&
    cueless('text-decoration', /^none\b/) &&
    !['border-bottom', 'font-weight', 'background'].some((p) => decls.has(p))
  )
    return `"${selector}" takes the underline off links, so only their colour tells them from the text around them: keep an underline (at least on hover and focus) or another cue`;
  if (colour && BOLD.test(selector) && cueless('font-weight', /^(normal|400|lighter)$/))
    return `"${selector}" shows strong text by its colour alone (font-weight: normal): keep it bold`;
  if (colour && ITALIC.test(selector) && cueless('font-style', /^normal$/))
    return `"${selector}" shows emphasis by its colour alone (font-style: normal): keep it italic`;
  if (colour && MEANING.test(selector) && !OTHER_CUES.some((p) => decls.has(p)))
    return `"${selector}" changes only the colour, and its name says that colour means something: add a cue a reader who cannot tell colours sees too (bold, an underline, a word or symbol)`;
  return undefined;
}

/** The rules of a stylesheet that carry meaning by colour alone. Comments and @-rule wrappers are looked through. */
export function colourOnlyRules(css: string): ColourOnlyRule[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' '));
  const found: ColourOnlyRule[] = [];
  for (const m of text.matchAll(/([^{};]+)\{([^{}]*)\}/g)) {
    const selector = m[1]!.trim().replace(/\s+/g, ' ');
    if (!selector || selector.startsWith('@')) continue;
    const why = colourOnly(selector, declarations(m[2]!));
    const line = text.slice(0, m.index + m[0].indexOf(m[1]!.trimStart())).split('\n').length;
    if (why) found.push({ line, message: `colour alone carries meaning: ${why}` });
  }
  return found;
}
