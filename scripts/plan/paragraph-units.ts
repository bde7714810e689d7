// A paragraph or a quotation as a unit: its key sentence as one bullet (two for a long paragraph, three for a
// conclusion), every sentence in an exercise, the sentences that set up a formula, the colon sentence of a
// lead-in; an equation as written, a paragraph of figures as cards. The notes keep the text whole.
import {
  atomsIn,
  bulletFor,
  condenseParagraph,
  HARD_BULLET_WORDS,
  keySentences,
  maskAtoms,
  sentenceBullet,
  unmask,
} from './condense.js';
import { one, wordsFor, type Atom, type Ctx, type Unit } from './context.js';
import { extractFigures, isFigureParagraph } from './figures.js';
import { splitSentences, wordCount } from './sentences.js';
import { bare, closed, shorten } from './shorten.js';
import { splitLabel } from './condense.js';
import { displayFormula, escapeInline, unescapeMarkdown } from '../text/markdown-text.js';
import type { Pick } from './salience.js';
import type { Block, InlineAtom, SourcePos } from '../types.js';

type Prose = Extract<Block, { type: 'paragraph' | 'quote' }>;

/** A sentence cut after its semicolons and at its dashes (then, for a piece still too long, its colons). */
function clauses(sentence: string): string[] {
  const split = (s: string, at: RegExp) =>
    s
      .split(at)
      .map((c) => c.trim())
      .filter(Boolean);
  return split(sentence, /(?<=;)\s+|\s+[—–]\s+/).flatMap((c) =>
    wordCount(c) > HARD_BULLET_WORDS ? split(c, /(?<=:)\s+/) : [c],
  );
}

/** An author-pinned bullet (Markdown, so its escapes are read once); one longer than the hard limit is cut and reported. */
function pinned(text: string, pos: SourcePos, ctx: Ctx): string {
  const plain = unescapeMarkdown(text);
  if (wordCount(plain) <= HARD_BULLET_WORDS) return escapeInline(plain);
  ctx.diagnostics.push({
    ...pos,
    severity: 'warning',
    code: 'bullet',
    message: `pinned bullet has more than ${HARD_BULLET_WORDS} words; cut`,
    text,
  });
  return escapeInline(shorten(plain, HARD_BULLET_WORDS, ctx.lang));
}

/** Sentences and words from which a paragraph gets two bullets: a short one says one thing. */
const LONG_SENTENCES = 4;
const LONG_WORDS = 90;

/** A paragraph long enough for two bullets: not a lead-in, not "Label: explanation" (the label is its one point). */
function longParagraph(block: Prose, glue: boolean | undefined): boolean {
  if (block.type !== 'paragraph' || glue || splitLabel(block.text)) return false;
  const { text } = block;
  return (
    wordCount(text) >= LONG_WORDS && splitSentences(text).filter((s) => wordCount(s) >= 4).length >= LONG_SENTENCES
  );
}

/**
 * Bullets of whole sentences (masked), a sentence longer than the hard limit cut at its clauses; `plain` drops the
 * full stop, as a bullet does (an exercise's sentences keep theirs).
 */
function wholeAtoms(sentences: string[], masked: InlineAtom[], block: Prose, ctx: Ctx, plain = false): Atom[] {
  const id = String(block.pos.line);
  const pieces = sentences.flatMap((m) => (wordCount(m) > HARD_BULLET_WORDS ? clauses(m) : [m]));
  const whole = (s: string) => (plain ? bare(closed(s)) : closed(s));
  const fit = (s: string) => (wordCount(s) > HARD_BULLET_WORDS ? shorten(s, HARD_BULLET_WORDS, ctx.lang) : whole(s));
  return pieces.map((m, k) =>
    one(`${id}.${k}`, unmask(escapeInline(fit(m)), masked), block.pos, k ? [] : [block.text]),
  );
}

/** Most bullets the setup of a formula shows. */
const SETUP_BULLETS = 3;

/** A sentence that gives values: a formula or text with "= 72" in it ("Suppose $\mu = 72$ and $n = 36$"). */
const givesValues = (s: string, masked: InlineAtom[]) =>
  atomsIn(s, masked).some((a) => a.kind === 'math' && /=\s*-?\d/.test(a.text)) || /[\p{L}\d)]\s*=\s*-?\d/u.test(s);

/** A sentence that reads on into what follows it: no full stop ("The standard error is then"), or a colon. */
const readsOn = (s: string) => !/[.!?…]["”’)]?$/.test(s.trim());

/**
 * The sentences that set up a formula: those that give its values ("Suppose $\mu = 72$, …") and, before an
 * equation, the last one when it leads into it ("The standard error is then"). Undefined when the paragraph sets
 * up nothing: fewer than two sentences give values and none before an equation does.
 */
function setupSentences(sentences: string[], masked: InlineAtom[], leadsIn: boolean): string[] | undefined {
  const values = sentences.filter((s) => givesValues(s, masked));
  if (!values.length || (!leadsIn && values.length < 2)) return undefined;
  const last = sentences.at(-1)!;
  const kept = sentences.filter((s) => values.includes(s) || (leadsIn && s === last && readsOn(s)));
  return kept.length > SETUP_BULLETS ? [...kept.slice(0, SETUP_BULLETS - 1), kept.at(-1)!] : kept;
}

/** A block's text as masked sentences, the atoms masked in `masked`. */
function maskedSentences(block: Prose, masked: InlineAtom[]): string[] {
  return splitSentences(maskAtoms(block.text, block.atoms, masked));
}

/** A lead-in's colon sentence ("We will study these algorithms in order:"), as Markdown, shortened to fit. */
function leadIn(block: Prose, limit: number, ctx: Ctx): string | undefined {
  const masked: InlineAtom[] = [];
  const colon = maskedSentences(block, masked).at(-1)!;
  if (wordCount(colon) < 4) return undefined;
  return unmask(wordCount(colon) <= limit ? escapeInline(colon) : condenseParagraph(colon, ctx.lang, limit), masked);
}

/** An equation as the author wrote it, or a paragraph of figures as cards: a unit of its own. */
function standaloneUnit(block: Prose, split: boolean, ctx: Ctx): Unit | undefined {
  if (block.type !== 'paragraph') return undefined;
  const { pos } = block;
  const id = String(pos.line);
  // There is nothing to condense in an equation, and a bullet would stand empty beside it.
  const formula = displayFormula(block.markdown);
  if (formula) {
    const bullet = { markdown: `$$\n${formula}\n$$`, level: 1, pos, formula: true };
    return { split, atoms: [{ id, bullets: [bullet], notes: [block.text] }] };
  }
  if (!isFigureParagraph(block.text)) return undefined;
  const figures = extractFigures(block.text, ctx.lang, 12).map((f) => ({
    value: escapeInline(f.value),
    label: escapeInline(f.label),
    detail: f.detail && escapeInline(f.detail),
  }));
  return { split, slides: [{ kind: 'figures', bullets: [], figures, notes: [block.text], pos, anchor: id }] };
}

/** Whether a block is an equation standing on its own. */
export const isEquation = (block: Block | undefined): boolean =>
  block?.type === 'paragraph' && displayFormula(block.markdown) !== undefined;

/** A lead-in ("as follows:") or a label ("**Questions**") that reads on into the list after it. */
export const leadsList = (block: Prose, next: Block | undefined): boolean =>
  (/:$/.test(block.text) || /^\*\*[^*]+\*\*:?$/.test(block.markdown)) && next?.type === 'list';

/** Whether a paragraph sets up a formula (see setupSentences): its sentences with values are all shown. */
export function setsUp(block: Prose, next: Block | undefined): boolean {
  const masked: InlineAtom[] = [];
  return setupSentences(maskedSentences(block, masked), masked, isEquation(next)) !== undefined;
}

/** A chosen sentence's bullet: shortened to the room a bullet has, the chosen sentence's reasons with it. */
function pickedAtoms(block: Prose, picks: Pick[], sentences: string[], masked: InlineAtom[], ctx: Ctx): Atom[] {
  const id = String(block.pos.line);
  const limit = wordsFor(id, ctx);
  const own = sentences.length === 1 || splitLabel(block.text);
  return picks.map((p, k) => {
    const markdown = own
      ? bulletFor(block.markdown, block.text, ctx.lang, limit, block.atoms)
      : unmask(sentenceBullet(sentences[p.index]!, ctx.lang, limit), masked);
    const atom = one(picks.length > 1 ? `${id}.${k}` : id, markdown, block.pos, k ? [] : [block.text]);
    atom.bullets[0]!.chosen = p.choice;
    return atom;
  });
}

/** A paragraph or a quotation as a unit (see the top of the file); `next` is the block after it. */
export function paragraphUnit(block: Prose, next: Block | undefined, ctx: Ctx, conclusion: boolean): Unit {
  const split = block.directives.some((d) => d.kind === 'split');
  const pin = block.directives.find((d) => d.kind === 'bullet');
  const { pos, text } = block;
  const id = String(pos.line);
  const glue = leadsList(block, next);
  // A speaker note the author wrote as a comment is notes only, as a skipped block is.
  if (block.directives.some((d) => d.kind === 'skip' || d.kind === 'note'))
    return { split, atoms: [{ id, bullets: [], notes: [text] }] };
  if (pin?.kind === 'bullet') {
    const atom = one(id, pinned(pin.text, pos, ctx), pos, [text], glue);
    atom.bullets[0]!.pinned = true;
    return { split, atoms: [atom] };
  }
  const standalone = standaloneUnit(block, split, ctx);
  if (standalone) return standalone;
  const masked: InlineAtom[] = [];
  const sentences = maskedSentences(block, masked);
  const long = wordCount(text) > ctx.bulletWords || sentences.length > 1;
  // An exercise's text is shown whole: a task cut short cannot be done.
  if (ctx.whole && block.type === 'paragraph' && long)
    return { split, atoms: wholeAtoms(sentences, masked, block, ctx) };
  // A formula without the sentence that gives its values says nothing: they are shown whole, the lead-in last.
  const setup = long && !conclusion ? setupSentences(sentences, masked, isEquation(next)) : undefined;
  if (setup) {
    const atoms = wholeAtoms(setup, masked, block, ctx, true);
    if (isEquation(next)) atoms.at(-1)!.glue = true;
    return { split, atoms };
  }
  // The section's choice (section-picks.ts): the sentences that say what matters, or none (the notes keep it).
  const picked = conclusion ? undefined : ctx.picks?.get(block);
  if (picked) {
    if (!picked.length) return { split, atoms: [{ id, bullets: [], notes: [text] }] };
    return { split, atoms: pickedAtoms(block, picked, sentences, masked, ctx) };
  }
  // The conclusion is the summary: up to three of its sentences each get a bullet. A long paragraph makes more
  // than one point: its two best sentences, in reading order (one bullet for 120 words lost most of them).
  const count = conclusion ? 3 : longParagraph(block, glue) ? 2 : 0;
  const picks = count
    ? keySentences(sentences.join(' '), ctx.lang, ctx.bulletWords, count).map((m) => unmask(m, masked))
    : [];
  if (picks.length > 1) return { split, atoms: picks.map((m, k) => one(`${id}.${k}`, m, pos, k ? [] : [text])) };
  const limit = wordsFor(id, ctx);
  // A lead-in shows its colon sentence, so the list after it reads on from it.
  const markdown =
    (glue ? leadIn(block, limit, ctx) : undefined) ?? bulletFor(block.markdown, text, ctx.lang, limit, block.atoms);
  const atom = one(id, markdown, pos, [text], glue);
  if (glue) atom.bullets[0]!.lead = true;
  return { split, atoms: [atom] };
}
