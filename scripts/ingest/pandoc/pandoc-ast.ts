// Pandoc's document tree as its JSON writes it (`pandoc -t json`), as far as deckhand changes it between reading a
// file and writing its Markdown: node types, attributes, a walk that rebuilds every list of blocks and inlines
// bottom-up, and the plain text of inlines. Pandoc 2.17's API (1.22) and 3.x's (1.23, with a Figure block) both.

/** A node: `{t: "Para", c: [...]}`; `c` holds what its type holds (see pandoc-types' Text.Pandoc.Definition). */
export interface Node {
  t: string;
  c?: unknown;
}
export type Block = Node;
export type Inline = Node;
/** An element's identifier, classes and key-value attributes. */
export type Attr = [string, string[], [string, string][]];

export interface PandocDoc {
  'pandoc-api-version': number[];
  meta: Record<string, Node>;
  blocks: Block[];
}

const BLOCKS = new Set([
  'Plain',
  'Para',
  'LineBlock',
  'CodeBlock',
  'RawBlock',
  'BlockQuote',
  'OrderedList',
  'BulletList',
  'DefinitionList',
  'Header',
  'HorizontalRule',
  'Table',
  'Figure',
  'Div',
  'Null',
]);

export const isNode = (value: unknown): value is Node =>
  !!value && typeof value === 'object' && !Array.isArray(value) && typeof (value as Node).t === 'string';

export const isBlock = (value: unknown): value is Block => isNode(value) && BLOCKS.has(value.t);

/** What a walk does to each list of blocks and each list of inlines, after their children were walked. */
export interface Walker {
  blocks?(blocks: Block[]): Block[];
  inlines?(inlines: Inline[]): Inline[];
}

/**
 * Rebuilds a tree bottom-up: every list of nodes is walked inside first, then handed to the walker as blocks or as
 * inlines (by its first node's type). Pure: the tree given is not changed.
 */
export function walk<T>(value: T, walker: Walker): T {
  if (Array.isArray(value)) {
    const mapped = value.map((v) => walk(v, walker));
    const first = mapped.find(isNode);
    if (!first) return mapped as T;
    if (isBlock(first)) return (walker.blocks ? walker.blocks(mapped as Block[]) : mapped) as T;
    return (walker.inlines ? walker.inlines(mapped as Inline[]) : mapped) as T;
  }
  if (isNode(value)) return (value.c === undefined ? value : { ...value, c: walk(value.c, walker) }) as T;
  return value;
}

/** Every node of a tree, depth first, for looking (not changing). */
export function* nodes(value: unknown): Generator<Node> {
  if (Array.isArray(value)) for (const v of value) yield* nodes(v);
  else if (isNode(value)) {
    yield value;
    yield* nodes(value.c);
  }
}

/** The plain text of inlines (or blocks): what a reader sees, markup gone. */
export function plainText(value: unknown): string {
  const out: string[] = [];
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (isNode(v)) visitNode(v);
  };
  const visitNode = (v: Node): void => {
    switch (v.t) {
      case 'Str':
        out.push(v.c as string);
        break;
      case 'Space':
      case 'SoftBreak':
      case 'LineBreak':
        out.push(' ');
        break;
      case 'Code':
      case 'Math':
        out.push((v.c as [unknown, string])[1]);
        break;
      case 'CodeBlock':
        out.push((v.c as [Attr, string])[1], '\n');
        break;
      case 'RawInline':
      case 'RawBlock':
      case 'Note':
        break;
      case 'Link':
      case 'Image':
      case 'Span':
      case 'Div':
      case 'Quoted':
      case 'Cite':
        visit((v.c as unknown[])[1]);
        break;
      case 'Header':
        visit((v.c as unknown[])[2]);
        break;
      default:
        if (isBlock(v)) out.push('\n');
        visit(v.c);
        if (isBlock(v)) out.push('\n');
    }
  };
  visit(value);
  return out
    .join('')
    .replace(/[ \t]+/g, ' ')
    .replace(/ *\n[\s]*/g, '\n')
    .trim();
}

/** Inlines that say `text`, word by word, as pandoc's readers make them. */
export function textInlines(text: string): Inline[] {
  const out: Inline[] = [];
  text.split(/(\s+)/).forEach((part) => {
    if (!part) return;
    out.push(/^\s+$/.test(part) ? { t: 'Space' } : { t: 'Str', c: part });
  });
  return out;
}

export const para = (inlines: Inline[]): Block => ({ t: 'Para', c: inlines });
export const div = (attr: Attr, blocks: Block[]): Block => ({ t: 'Div', c: [attr, blocks] });
export const rawHtml = (html: string): Block => ({ t: 'RawBlock', c: ['html', html] });
export const attrOf = (classes: string[], values: [string, string][] = []): Attr => ['', classes, values];

/** A Div's attributes and blocks. */
export const divParts = (node: Node) => node.c as [Attr, Block[]];
