// A typeset formula written on one line, in Unicode that reads as the formula does: σ/√n, X̄, x², (a+b)/2. It
// reads MathJax's own tree of the formula (each part an element named by its MathML node, data-mml-node, each glyph
// by its code point, data-c), as the slide's page shows it or as MathJax typesets TeX in Node, so the PowerPoint's
// text and the lecturer's notes say what the slide shows. A part with no faithful one-line form (a matrix, a
// binomial, an enclosure) makes the whole formula undefined: the caller shows a picture or the TeX instead.

/** An element of MathJax's SVG of a formula, as far as this reading needs: walk-page.ts's RawElement is one. */
export interface MathTree {
  tag: string;
  attrs: Record<string, string>;
  children: (MathTree | string)[];
}

/** A stretch of the formula's text: italic for a one-letter identifier, raised or lowered for a script. */
export interface MathSpan {
  text: string;
  italic: boolean;
  shift?: 'sub' | 'sup';
}

/** Accents over a letter, by the glyph MathJax draws, as the combining mark that puts them there. */
const OVER: Record<string, string> = {
  ...Object.fromEntries(['AF', '2C9', '304', '2013', '203E', '305'].map((c) => [c, '\u0305'])),
  ...Object.fromEntries(['5E', '2C6', '302'].map((c) => [c, '\u0302'])),
  ...Object.fromEntries(['7E', '2DC', '303'].map((c) => [c, '\u0303'])),
  ...Object.fromEntries(['2D9', '307'].map((c) => [c, '\u0307'])),
  ...Object.fromEntries(['A8', '308'].map((c) => [c, '\u0308'])),
  ...Object.fromEntries(['2C7', '30C'].map((c) => [c, '\u030C'])),
  ...Object.fromEntries(['B4', '2CA', '301'].map((c) => [c, '\u0301'])),
  ...Object.fromEntries(['60', '2CB', '300'].map((c) => [c, '\u0300'])),
  ...Object.fromEntries(['2D8', '306'].map((c) => [c, '\u0306'])),
  ...Object.fromEntries(['2DA', '30A'].map((c) => [c, '\u030A'])),
  ...Object.fromEntries(['2192', '20D7'].map((c) => [c, '\u20D7'])),
};
/** A bar over one letter is a macron (X̄); over several, an overline on each (A̅B̅). */
const MACRON = '\u0304';
const UNDER: Record<string, string> = { '2013': '\u0332', '5F': '\u0332', '332': '\u0332' };
/** Pieces of a stretched delimiter, as the delimiter. */
const PIECES: [number, number, string][] = [
  [0x239b, 0x239d, '('],
  [0x239e, 0x23a0, ')'],
  [0x23a1, 0x23a3, '['],
  [0x23a4, 0x23a6, ']'],
  [0x23a7, 0x23aa, '{'],
  [0x23ab, 0x23ad, '}'],
];
/** Parts that have no one-line form. */
const UNSUPPORTED = new Set([
  'merror',
  'mtable',
  'mtr',
  'mtd',
  'mlabeledtr',
  'mmultiscripts',
  'menclose',
  'mglyph',
  'maction',
]);

class NoLinearForm extends Error {}

const elements = (t: MathTree) => t.children.filter((c): c is MathTree => typeof c !== 'string');
const nodeOf = (t: MathTree) => t.attrs['data-mml-node'];

/** Relations, spaced as TeX spaces them. */
const RELATIONS = /^[=<>≈≤≥≠∼~≡≅∝→←↔⇒⇔∈∉⊂⊆⊃⊇:]$/u;
/** Script, fraktur and double-struck letters (𝒩, 𝔤; ℝ and the letterlike block too): never folded to plain ones. */
const DISTINCT = [
  [0x1d49c, 0x1d537],
  [0x1d538, 0x1d59f],
];

/**
 * The glyph a data-c code point names: math italic, bold and sans letters folded to plain ones (𝑥 is x, set in
 * italics by its span), as fonts seldom have them; invisible operators (function application) as a space or nothing.
 */
function glyph(code: string): string {
  const n = parseInt(code, 16);
  const piece = PIECES.find(([from, to]) => n >= from && n <= to);
  if (piece) return piece[2];
  if (n === 0x2061) return ' ';
  if (n >= 0x2062 && n <= 0x2064) return '';
  const char = String.fromCodePoint(n);
  const letterlike = n >= 0x2100 && n <= 0x214f && n !== 0x210e;
  return letterlike || DISTINCT.some(([from, to]) => n >= from! && n <= to!) ? char : char.normalize('NFKC');
}

/** The code points of the glyphs drawn inside `t`. */
function codes(t: MathTree): string[] {
  const own = t.attrs['data-c'];
  return [...(own ? [own] : []), ...elements(t).flatMap(codes)];
}

/** `t` without wrappers: the one part inside groups that hold only it. */
function unwrap(t: MathTree): MathTree {
  const kids = elements(t).filter((k) => k.tag !== 'rect');
  return (!nodeOf(t) || /^(math|mrow|TeXAtom|mstyle|mpadded|semantics)$/.test(nodeOf(t)!)) && kids.length === 1
    ? unwrap(kids[0]!)
    : t;
}

/** Whether a part reads whole without brackets after √ or around /: one glyph, a number, a letter with scripts. */
function atomic(t: MathTree, spans: MathSpan[]): boolean {
  const text = spans.map((s) => s.text).join('');
  const node = nodeOf(unwrap(t));
  return [...text].length <= 1 || /^\d+(?:[.,]\d+)?$/.test(text) || /^(msub|msup|msubsup|mover|mi)$/.test(node ?? '');
}

class Writer {
  readonly spans: MathSpan[] = [];

  put(text: string, italic: boolean, shift: MathSpan['shift']): void {
    if (!text) return;
    const last = this.spans.at(-1);
    if (last && last.italic === italic && last.shift === shift) last.text += text;
    else this.spans.push({ text, italic, shift });
  }

  /** A part on its own, to be judged (atomic?) before it is written. */
  static of(t: MathTree, shift: MathSpan['shift']): MathSpan[] {
    const w = new Writer();
    w.walk(t, shift);
    return w.spans;
  }

  append(spans: MathSpan[], bracket: boolean, shift: MathSpan['shift']): void {
    if (bracket) this.put('(', false, shift);
    for (const s of spans) this.put(s.text, s.italic, s.shift);
    if (bracket) this.put(')', false, shift);
  }

  /** A script: raised or lowered once; a script inside a script is written ^(…) or _(…), as it cannot go further. */
  script(t: MathTree, kind: 'sub' | 'sup', shift: MathSpan['shift']): void {
    if (!shift) return void this.walk(t, kind);
    const inner = Writer.of(t, shift);
    this.put(kind === 'sup' ? '^' : '_', false, shift);
    this.append(inner, !atomic(t, inner), shift);
  }

  walk(t: MathTree, shift: MathSpan['shift']): void {
    const node = nodeOf(t);
    const kids = elements(t).filter((k) => k.tag !== 'rect');
    if (node && UNSUPPORTED.has(node)) throw new NoLinearForm(node);
    switch (node) {
      case 'mphantom':
        return;
      case 'mspace':
        return void this.put(' ', false, shift);
      // MathJax draws a base with both scripts as base, superscript, subscript; they are read sub first (xᵢ²).
      case 'msub':
      case 'msup':
        this.walk(kids[0]!, shift);
        return void this.script(kids[1]!, node === 'msup' ? 'sup' : 'sub', shift);
      case 'msubsup':
        this.walk(kids[0]!, shift);
        this.script(kids[2]!, 'sub', shift);
        return void this.script(kids[1]!, 'sup', shift);
      case 'munder':
      case 'mover':
      case 'munderover':
        return void this.limits(t, kids, shift);
      case 'msqrt':
      case 'mroot':
        return void this.root(t, shift);
      case 'mfrac':
        return void this.fraction(t, kids, shift);
      case 'mi':
      case 'mn':
      case 'mo':
      case 'mtext':
      case 'ms': {
        const text = codes(t).map(glyph).join('');
        // A relation reads with a space on either side (μ = 72), as TeX sets it; not inside a script (x≤1).
        if (node === 'mo' && !shift && RELATIONS.test(text)) return void this.put(` ${text} `, false, shift);
        return void this.put(text, node === 'mi' && /^\p{L}$/u.test(text), shift);
      }
      default:
        for (const k of kids) this.walk(k, shift);
    }
  }

  /** √n, √(n+1), ∛x; a root of another index is written with its index raised before the sign. */
  private root(t: MathTree, shift: MathSpan['shift']): void {
    const parts = elements(t).filter((k) => k.tag !== 'rect' && !codes(k).includes('221A'));
    const [body, index] = [parts[0]!, parts[1]];
    const degree = index && codes(index).map(glyph).join('');
    if (degree === '3' || degree === '4') this.put(degree === '3' ? '∛' : '∜', false, shift);
    else {
      if (index) this.script(index, 'sup', shift);
      this.put('√', false, shift);
    }
    const inner = Writer.of(body, shift);
    this.append(inner, !atomic(body, inner), shift);
  }

  /** a/b, (a+b)/2; a fraction without a bar (a binomial) has no one-line form. */
  private fraction(t: MathTree, kids: MathTree[], shift: MathSpan['shift']): void {
    if (!elements(t).some((k) => k.tag === 'rect')) throw new NoLinearForm('mfrac without a bar');
    kids.forEach((k, i) => {
      if (i) this.put('/', false, shift);
      const part = Writer.of(k, shift);
      this.append(part, !atomic(k, part), shift);
    });
  }

  /** An accent as a combining mark on each letter under it (X̄, A̅B̅, x̂, v⃗); limits as scripts (∑ with i=1 and n). */
  private limits(t: MathTree, kids: MathTree[], shift: MathSpan['shift']): void {
    const node = nodeOf(t);
    const [base, first, second] = kids;
    const mark = first && codes(first).length === 1 ? (node === 'munder' ? UNDER : OVER)[codes(first)[0]!] : undefined;
    if (mark && node !== 'munderover') {
      const under = Writer.of(base!, shift);
      const letters = [...under.map((s) => s.text).join('')].length;
      const combining = mark === '\u0305' && letters === 1 ? MACRON : mark;
      for (const s of under) this.put([...s.text].map((c) => c + combining).join(''), s.italic, s.shift);
      return;
    }
    this.walk(base!, shift);
    if (node === 'munder') this.script(first!, 'sub', shift);
    else if (node === 'mover') this.script(first!, 'sup', shift);
    else {
      this.script(second!, 'sub', shift);
      this.script(first!, 'sup', shift);
    }
  }
}

/** The formula MathJax drew in `svg` (an <svg> or a group inside it) as spans of text; undefined when a part has no one-line form. */
export function linearMath(svg: MathTree): MathSpan[] | undefined {
  try {
    return Writer.of(svg, undefined);
  } catch (error) {
    if (error instanceof NoLinearForm) return undefined;
    throw error;
  }
}

const SUP: Record<string, string> = Object.fromEntries(
  [...'0123456789+-=()niaeoxjklmprst'].map((c, i) => [c, '⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ⁿⁱᵃᵉᵒˣʲᵏˡᵐᵖʳˢᵗ'[i]!]),
);
const SUB: Record<string, string> = Object.fromEntries(
  [...'0123456789+-=()aeoxhklmnpstij'].map((c, i) => [c, '₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎ₐₑₒₓₕₖₗₘₙₚₛₜᵢⱼ'[i]!]),
);

/** Spans as plain text: a script in Unicode super- or subscript letters when it has them all, else ^(…) or _(…). */
export function mathText(spans: MathSpan[]): string {
  const runs: { text: string; shift?: MathSpan['shift'] }[] = [];
  for (const s of spans) {
    const last = runs.at(-1);
    if (last && last.shift === s.shift) last.text += s.text;
    else runs.push({ text: s.text, shift: s.shift });
  }
  return runs
    .map((s) => {
      if (!s.shift) return s.text;
      const table = s.shift === 'sup' ? SUP : SUB;
      const chars = [...s.text.replace(/−/g, '-')];
      if (chars.every((c) => table[c])) return chars.map((c) => table[c]).join('');
      const mark = s.shift === 'sup' ? '^' : '_';
      return chars.length === 1 ? `${mark}${s.text}` : `${mark}(${s.text})`;
    })
    .join('');
}
