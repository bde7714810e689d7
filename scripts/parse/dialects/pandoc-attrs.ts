// Pandoc attributes: `{#id .class key="value"}` after a fenced div's colons, an image, a link, a heading or a
// bracketed span. Images keep their alt text (Carpentries writes `![](fig.png){alt='…'}`); the rest is layout only.

export interface Attributes {
  id?: string;
  classes: string[];
  values: Record<string, string>;
}

const ATTRIBUTE =
  /\s*(?:#([\w:.-]+)|\.([\w:.-]+)|([\w:.-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|([^\s"'}]+))|([\w-]+))/y;

/** The attributes inside `{…}` (without the braces); undefined when it is not an attribute list. */
export function parseAttributes(text: string): Attributes | undefined {
  const out: Attributes = { classes: [], values: {} };
  ATTRIBUTE.lastIndex = 0;
  let at = 0;
  const body = text.trim();
  while (at < body.length) {
    ATTRIBUTE.lastIndex = at;
    const m = ATTRIBUTE.exec(body);
    if (!m) return undefined;
    if (m[1]) out.id = m[1];
    else if (m[2]) out.classes.push(m[2]);
    else if (m[3]) out.values[m[3]] = (m[4] ?? m[5] ?? m[6] ?? '').replace(/\\(.)/g, '$1');
    else if (m[7]) out.classes.push(m[7]);
    at = ATTRIBUTE.lastIndex;
    while (body[at] === ' ' || body[at] === '\t') at++;
  }
  return out;
}

/** Where the `{…}` that starts at `open` ends (quotes respected), or -1. */
export function braceEnd(text: string, open: number): number {
  let quote = '';
  for (let i = open + 1; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '}') return i;
    else if (c === '{' || c === '\n') return -1;
  }
  return -1;
}

/** Escapes text for an image's alt brackets. */
const altText = (s: string) =>
  s
    .replace(/\s+/g, ' ')
    .replace(/([\\[\]])/g, '\\$1')
    .trim();

/**
 * `![](src){alt='…'}` → `![…](src)`; `[text](url){.button}` loses its attributes and a bracketed span
 * `[text]{.mark}` becomes its text; a heading's trailing `{#id}` goes. Kramdown's `{: .x}` is the same with a colon.
 */
export function rewritePandocAttributes(text: string): string {
  let out = '';
  let at = 0;
  for (let open = text.indexOf('{'); open >= 0; open = text.indexOf('{', open + 1)) {
    if (open < at) continue;
    const end = braceEnd(text, open);
    if (end < 0) continue;
    const inner = text.slice(open + 1, end).replace(/^:\s*/, '');
    const attrs = /^[#.]|^[\w-]+\s*=/.test(inner.trim()) ? parseAttributes(inner) : undefined;
    if (!attrs) continue;
    let before = text.slice(at, open);
    const image = /!\[([^\]]*)\]\(([^()]*(?:\([^()]*\)[^()]*)*)\)$/.exec(before);
    const span = /(^|[^!\]\\])\[([^[\]]*)\]$/.exec(before);
    const alt = attrs.values.alt ?? attrs.values['fig-alt'];
    if (image && alt !== undefined && !image[1]!.trim())
      before = `${before.slice(0, image.index)}![${altText(alt)}](${image[2]})`;
    else if (span) before = `${before.slice(0, span.index)}${span[1]}${span[2]}`;
    // After a space, only at the end of the text (a heading's `{#id}`, kramdown's `{: .x}`): in a sentence it is
    // the author's prose ("options like {echo=FALSE}", "the set {x=1}"), which Pandoc leaves as it is too.
    else if (!/[)\]]$|^$/.test(before) && !(/\s$/.test(before) && end === text.length - 1)) continue;
    out += end === text.length - 1 ? before.replace(/\s+$/, '') : before;
    at = end + 1;
  }
  return out + text.slice(at);
}
