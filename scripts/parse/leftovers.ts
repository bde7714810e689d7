// Markup of other renderers that must never reach a slide as text: what the dialect rules should have understood.
// Parse uses it as a last net over the text it keeps (anything caught is taken out and reported at file:line), and
// the corpus test uses it on every built slide.

/** One kind of leftover and how to find it in visible text (code excluded). */
export interface Leftover {
  name: string;
  pattern: RegExp;
}

/** Pandoc's `{#id .class key=value}`. */
const ATTRIBUTE = String.raw`(?:[#.][\w-]+|[\w-]+=(?:"[^"]*"|'[^']*'|[^\s}]+))`;
const ATTRIBUTES = String.raw`\{${ATTRIBUTE}(?:\s+${ATTRIBUTE})*\}`;

export const LEFTOVERS: readonly Leftover[] = [
  { name: 'fenced div colons', pattern: /(?:^|\s):{3,}(?:\s|\{|[A-Za-z]|$)/m },
  { name: 'kramdown attribute list', pattern: /\{:\s*[.#]?[\w-]+[^{}]*\}/ },
  {
    name: 'MyST directive option',
    pattern:
      /(?:^|\n)\s*:(?:alt|width|height|name|class|label|align|scale|figwidth|figclass|caption|dropdown|open|linenos|emphasize-lines|tags|language|number-lines|target|header-rows|widths|option|enumerated|nonumber):(?:\s|$)/,
  },
  { name: 'MyST directive', pattern: /(?:`{3,}|:{3,})\{[\w:-]+\}|^\{[\w:-]+\}\s/m },
  {
    name: 'MyST role',
    pattern: /\{(?:ref|term|math|numref|doc|eq|cite|abbr|sub|sup|download|kbd|code|prf:ref|guilabel|menuselection)\}`/,
  },
  { name: 'MyST target', pattern: /(?:^|\s)\([\w:.-]+\)=(?:\s|$)/ },
  {
    name: 'GitHub alert',
    pattern:
      /\[!(?:NOTE|TIP|IMPORTANT|WARNING|CAUTION|INFO|DANGER|QUOTE|EXAMPLE|ABSTRACT|SUMMARY|TODO|SUCCESS|QUESTION|FAILURE|BUG)\][+-]?/i,
  },
  { name: 'Liquid tag', pattern: /\{%-?\s*\w+[^%]*%\}/ },
  {
    name: 'Liquid expression',
    pattern: /\{\{-?\s*(?:(?:page|site|include|layout|jekyll|paginator)\.[^{}]*|[^{}|]*\|[^{}]*)-?\}\}/,
  },
  { name: 'Hugo shortcode', pattern: /\{\{[<%][\s\S]*?[>%]\}\}/ },
  { name: 'MkDocs admonition', pattern: /(?:^|\n)\s*(?:!!!|\?\?\?\+?)\s+[\w-]+/ },
  {
    name: 'MDX import or export',
    pattern: /(?:^|\n)\s*(?:import\s+[\w*{][^\n]*\bfrom\s+['"]|export\s+(?:const|default|function)\s)/,
  },
  { name: 'JSX component', pattern: /<\/?[A-Z][\w.]*(?:\s[^<>]*)?\/?>/ },
  { name: 'MDX comment', pattern: /\{\/\*[\s\S]*?\*\/\}/ },
  {
    name: 'code cell options',
    // Only where a chunk header stands (the start of a block or a line of its own) and as knitr writes one (a
    // label, then key=value options): "the set {r 1 s , r 2 s …}" in a sentence is the author's prose.
    pattern:
      /(?:^|\n)\s*\{(?:r|python|julia|bash|ojs|sql|block2?)(?:[\s,]+[\w.-]+)?(?:\s*,\s*[\w.-]+\s*=\s*(?:"[^"\n]*"|'[^'\n]*'|[^\s,}]+))*\s*\}|(?:^|\n)\s*#\|\s*[\w-]+:/,
  },
  {
    name: 'Pandoc attributes',
    // Where attributes stand: against what they qualify ("[text]{.mark}"), or at the start or end of a block. After a
    // space inside a sentence ("options like {echo=FALSE}") they are the author's prose.
    pattern: new RegExp(`(?:(?<=\\S)|^\\s*)${ATTRIBUTES}|\\s${ATTRIBUTES}\\s*$`),
  },
  { name: 'icon shortcode', pattern: /:(?:fontawesome|material|octicons|simple)-[\w-]+:/ },
];

/** The leftovers in a piece of visible text, by name. */
export function findLeftovers(text: string): { name: string; match: string }[] {
  return LEFTOVERS.flatMap((l) => {
    const m = l.pattern.exec(text);
    return m ? [{ name: l.name, match: m[0].trim() }] : [];
  });
}
