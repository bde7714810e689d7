// Pandoc's tree of a document, made ready for deckhand's Markdown before pandoc writes it: nothing of the source's
// markup may reach a slide as text. Raw LaTeX and HTML go (listed); an admonition's title and a directive's
// argument become the frame's title; Sphinx roles become their text or code; a Word file's floating picture leaves
// its paragraph to stand as a figure; footnotes follow their paragraph; tables get cells of one line, definition
// lists become lists, and the pictures pandoc extracted are named where deckhand keeps them.
import path from 'node:path';
import type { Diagnostic } from '../../types.js';
import {
  type Attr,
  type Block,
  type Inline,
  type Node,
  attrOf,
  div,
  divParts,
  para,
  plainText,
  textInlines,
  walk,
} from './pandoc-ast.js';
import type { SourceLocator } from '../source-words.js';

/** What tidying needs and collects. */
export interface TidyContext {
  file: string;
  /** Finds a text's source line (absent for a binary source: a Word file has no lines). */
  locator?: SourceLocator;
  diagnostics: Diagnostic[];
  /** Where pandoc extracted embedded pictures, and the folder beside the source that the Markdown names instead. */
  media?: { from: string; to: string };
  /** RST: the arguments each directive was given (`.. exercise:: Title`), which pandoc leaves as a first paragraph. */
  directiveArgs?: ReadonlyMap<string, ReadonlySet<string>>;
  /** RST: the files `.. literalinclude::` names and their text (undefined: not there, or outside the project). */
  includes?: ReadonlyMap<string, string | undefined>;
}

/** Reports something left out, at the source line its text is found on. */
export function leftOut(ctx: TidyContext, text: string, message: string, severity: Diagnostic['severity'] = 'info') {
  const line = ctx.locator?.find(text) ?? 1;
  ctx.diagnostics.push({ file: ctx.file, line, severity, code: 'pandoc', message, text: text.slice(0, 200) });
}

/** Sphinx and sphinx-lesson names for frames that deckhand knows by another name (parse/box-kinds.ts). */
const FRAME_NAMES: Record<string, string> = {
  demo: 'example',
  'type-along': 'exercise',
  'instructor-note': 'instructor-note',
};
/** Sphinx roles whose text is code. */
const CODE_ROLES =
  /^(code|samp|file|command|program|envvar|option|kbd|attr|meth|func|class|mod|obj|data|const|exc|py:\w+|c:\w+|cpp:\w+)$/;

/** Sphinx's `text <target>` form: the text. */
const roleText = (content: string) => /^(.*?)\s*<[^<>]+>$/s.exec(content)?.[1] || content.replace(/^~/, '');

/** Raw LaTeX, HTML or Org that only pandoc's own output in that format would show: nothing, and said. */
function raw(node: Node, ctx: TidyContext): Node[] {
  const [format, text] = node.c as [string, string];
  if (text.trim()) leftOut(ctx, text, `raw ${format} that only pandoc's own ${format} output shows: left out`);
  return [];
}

function inline(node: Inline, ctx: TidyContext): Inline[] {
  switch (node.t) {
    case 'RawInline':
      return raw(node, ctx);
    case 'Span':
    case 'SmallCaps':
    case 'Underline':
      return node.t === 'Span' ? (node.c as [Attr, Inline[]])[1] : (node.c as Inline[]);
    case 'Cite':
      return (node.c as [unknown, Inline[]])[1];
    case 'Code': {
      const [attr, text] = node.c as [Attr, string];
      const role = attr[2].find(([k]) => k === 'role')?.[1];
      if (!attr[1].includes('interpreted-text') || !role) return [{ t: 'Code', c: [attrOf([]), text] }];
      // A Sphinx role pandoc does not know (`:download:`, `:doc:`, `:attr:`): its text, as code when it names code.
      return CODE_ROLES.test(role) ? [{ t: 'Code', c: [attrOf([]), roleText(text)] }] : textInlines(roleText(text));
    }
    case 'Image': {
      const [, alt, [src, title]] = node.c as [Attr, Inline[], [string, string]];
      return [{ t: 'Image', c: [attrOf([]), alt, [carriedRef(src, ctx), title]] }];
    }
    case 'Link': {
      const [, text, [href, title]] = node.c as [Attr, Inline[], [string, string]];
      // A link to a place in the same document leads nowhere from a slide: its text stays.
      return href.startsWith('#') ? text : [{ t: 'Link', c: [attrOf([]), text, [href, title]] }];
    }
    default:
      return [node];
  }
}

/** A picture pandoc extracted from the file, named as the folder beside the source that deckhand carries it as. */
function carriedRef(src: string, ctx: TidyContext): string {
  if (!ctx.media) return src;
  const rel = path.relative(ctx.media.from, path.resolve(ctx.media.from, src));
  return rel.startsWith('..') ? src : `${ctx.media.to}/${rel.split(path.sep).join('/')}`;
}

/** Whether a Div's first block is its title: an admonition's `title` Div, a LaTeX box's level-5 heading, or the argument of an RST directive. */
function isTitle(first: Block | undefined, name: string, ctx: TidyContext): boolean {
  if (!first) return false;
  if (first.t === 'Div') return divParts(first)[0][1].includes('title');
  if (first.t === 'Header') return (first.c as [number])[0] >= 5;
  const args = ctx.directiveArgs?.get(name);
  return (
    (first.t === 'Para' || first.t === 'Plain') &&
    !!args &&
    [...args].some((a) => a.replace(/[*`]/g, '').replace(/\s+/g, ' ').trim() === plainText(first))
  );
}

/** A Div with its title as the `title` attribute, and its name as deckhand knows it. */
function titled(node: Node, ctx: TidyContext): Block[] {
  const [[id, classes, values], blocks] = divParts(node);
  const first = blocks[0];
  const hasTitle = isTitle(first, classes[0] ?? '', ctx);
  let title = values.find(([k]) => k === 'title')?.[1];
  if (hasTitle) title = plainText(first);
  const name = (FRAME_NAMES[classes[0] ?? ''] ?? classes[0] ?? '').toLowerCase();
  // "Note" over a note says nothing the frame's style does not.
  const kept = title && title.toLowerCase() !== name.replace(/-/g, ' ') ? [['title', title] as [string, string]] : [];
  const others = values.filter(([k]) => k !== 'title' && k !== 'class' && k !== 'name');
  const body = hasTitle ? blocks.slice(1) : blocks;
  return [div([id, [name, ...classes.slice(1)].filter(Boolean), [...kept, ...others]], body)];
}

/** Word's Title style after the first (which pandoc made the title) heads a part; a Subtitle is emphasised. */
function titleStyle(blocks: Block[], style: string): Block[] {
  const text = textInlines(plainText(blocks).replace(/\n+/g, ' '));
  return [style === 'Title' ? { t: 'Header', c: [2, attrOf([]), text] } : para([{ t: 'Emph', c: text }])];
}

/** `.. literalinclude:: file` as the file's code, when it is there; else left out, and said. */
function included(node: Node, ctx: TidyContext): Block[] {
  const [[, , values], blocks] = divParts(node);
  const file = plainText(blocks);
  const code = ctx.includes?.get(file);
  if (code === undefined) {
    leftOut(ctx, file, `the file ${file} that literalinclude shows is not in the project: left out`, 'warning');
    return [];
  }
  const lang = values.find(([k]) => k === 'language')?.[1] ?? '';
  return [
    { t: 'CodeBlock', c: [attrOf(lang ? [lang.replace(/^ipython\d?$/, 'python')] : []), code.replace(/\n$/, '')] },
  ];
}

/** A paragraph's floating pictures (a Word drawing anchored in it), each before it as a paragraph of its own. */
function liftPictures(node: Block): Block[] {
  if (node.t !== 'Para' && node.t !== 'Plain') return [node];
  const inlines = node.c as Inline[];
  const pictures = inlines.filter((i) => i.t === 'Image');
  if (!pictures.length || !plainText(inlines.filter((i) => i.t !== 'Image')).trim()) return [node];
  const rest = inlines.filter((i) => i.t !== 'Image');
  while (rest[0]?.t === 'Space' || rest[0]?.t === 'SoftBreak') rest.shift();
  return [...pictures.map((p) => para([p])), { t: node.t, c: rest }];
}

/** A table's cells as one line each, as a pipe table has them. */
function flatCells(value: unknown): unknown {
  if (!Array.isArray(value)) return value;
  // A cell (pandoc ≥ 2.10): [Attr, Alignment, RowSpan, ColSpan, [Block]].
  if (value.length === 5 && typeof value[2] === 'number' && Array.isArray(value[4])) {
    const blocks = value[4] as Block[];
    const text = blocks.length > 1 || blocks.some((b) => b.t !== 'Plain' && b.t !== 'Para');
    const inlines = text ? textInlines(plainText(blocks).replace(/\n+/g, '; ')) : ((blocks[0]?.c as Inline[]) ?? []);
    return [...value.slice(0, 4), blocks.length ? [{ t: 'Plain', c: inlines }] : []];
  }
  return value.map(flatCells);
}

/** Footnotes taken out of a block's text, to stand after it. */
function footnotes(node: Block): Block[] {
  const notes: Block[][] = [];
  const without = walk(node, {
    inlines: (inlines) =>
      inlines.filter((i) => {
        if (i.t === 'Note') notes.push(i.c as Block[]);
        return i.t !== 'Note';
      }),
  });
  return [without, ...notes.flat()];
}

function block(node: Block, ctx: TidyContext): Block[] {
  switch (node.t) {
    case 'RawBlock':
      return raw(node, ctx);
    case 'Div': {
      const [[, classes, values], blocks] = divParts(node);
      if (classes.includes('literalinclude')) return included(node, ctx);
      const style = values.find(([k]) => k === 'custom-style')?.[1];
      // A Word paragraph style: a second Title starts a part of the handout; any other style is only a look.
      if (style === 'Title' || style === 'Subtitle') return titleStyle(blocks, style);
      return style ? blocks : titled(node, ctx);
    }
    case 'Figure': {
      // Pandoc 3's figure: its picture and its caption, as pandoc 2 wrote them.
      const [, caption, blocks] = node.c as [Attr, [unknown, Block[]], Block[]];
      return [...blocks, ...caption[1]];
    }
    case 'CodeBlock': {
      const [[, classes], code] = node.c as [Attr, string];
      const lang = (classes.find((c) => c !== 'sourceCode' && c !== 'numberLines') ?? '').replace(
        /^ipython\d?$/,
        'python',
      );
      return [{ t: 'CodeBlock', c: [attrOf(lang ? [lang] : []), code] }];
    }
    case 'Header': {
      const [level, , inlines] = node.c as [number, Attr, Inline[]];
      return [{ t: 'Header', c: [level, attrOf([]), inlines] }];
    }
    case 'Table':
      return [{ t: 'Table', c: flatCells(node.c) }];
    case 'DefinitionList': {
      const items = node.c as [Inline[], Block[][]][];
      const entry = ([term, defs]: [Inline[], Block[][]]): Block[] => {
        const [first, ...rest] = defs.flat();
        const lead: Inline[] = [{ t: 'Strong', c: term }, ...(first ? [{ t: 'Str', c: ':' }, { t: 'Space' }] : [])];
        const text = first && (first.t === 'Para' || first.t === 'Plain') ? (first.c as Inline[]) : [];
        return [para([...lead, ...text]), ...(text.length ? rest : defs.flat())];
      };
      return [{ t: 'BulletList', c: items.map(entry) }];
    }
    case 'LineBlock':
      return [para((node.c as Inline[][]).flatMap((l, i) => (i ? [{ t: 'LineBreak' }, ...l] : l)))];
    default:
      return footnotes(node).flatMap(liftPictures);
  }
}

/** The tree made ready for deckhand's Markdown; what was left out is in ctx.diagnostics. */
export function tidyBlocks(blocks: Block[], ctx: TidyContext): Block[] {
  return walk(blocks, {
    inlines: (inlines) => inlines.flatMap((i) => inline(i, ctx)),
    blocks: (list) => list.flatMap((b) => block(b, ctx)),
  });
}
