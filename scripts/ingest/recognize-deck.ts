// Whether a Markdown source is a deck the author already paginated (its slides kept as written) or a lecture to plan,
// and in which dialect: one small decision from the front matter and the slide markup of the body. The front matter
// key `deckhand: { slides: keep | plan }` decides either way (or names the dialect: `slides: reveal`).
import type { DeckDialect } from '../types.js';

/** The verdict: the dialect and why, or why the source is planned although it looks like a deck. */
export interface DeckGuess {
  dialect?: DeckDialect;
  reason: string;
  /** A value of `deckhand.slides` that means nothing: said at the key's line. */
  warning?: string;
}

const DIALECTS: readonly DeckDialect[] = ['marp', 'slidev', 'reveal', 'quarto'];

/** Marp's directives (Marpit's and Marp Core's), which a front matter or a comment may set. */
export const MARP_DIRECTIVES = [
  'theme',
  'style',
  'headingDivider',
  'lang',
  'size',
  'math',
  'paginate',
  'header',
  'footer',
  'class',
  'color',
  'backgroundColor',
  'backgroundImage',
  'backgroundPosition',
  'backgroundRepeat',
  'backgroundSize',
];

/** Keys only Slidev's headmatter has (`layout` is Jekyll's too, `theme` everyone's). */
const SLIDEV_ONLY = [
  'highlighter',
  'drawings',
  'transition',
  'mdc',
  'colorSchema',
  'themeConfig',
  'aspectRatio',
  'aspect-ratio',
  'canvasWidth',
  'lineNumbers',
  'routerMode',
  'download',
  'exportFilename',
  'monaco',
  'selectable',
  'record',
  'contextMenu',
  'wakeLock',
  'addons',
  'titleTemplate',
  'codeCopy',
  'favicon',
  'fonts',
  'seoMeta',
  'remoteAssets',
  'presenter',
  'browserExporter',
];
/** Slidev's headmatter keys that other tools use too. */
const SLIDEV_KEYS = [...SLIDEV_ONLY, 'info', 'background', 'class', 'export', 'css', 'layout', 'image'];

/** Front matter keys each dialect's own tool reads: accepted without the "unknown key" warning. */
export function deckKeys(dialect: DeckDialect | undefined): ReadonlySet<string> {
  if (dialect === 'slidev') return new Set(SLIDEV_KEYS);
  return new Set([...MARP_DIRECTIVES, ...MARP_DIRECTIVES.map((d) => `_${d}`)]);
}

/** The body's lines outside fenced code, with their 0-based index. */
function proseLines(body: string): { text: string; index: number }[] {
  const out: { text: string; index: number }[] = [];
  let fence: string | undefined;
  body.split('\n').forEach((text, index) => {
    const open = /^ {0,3}(`{3,}|~{3,})/.exec(text)?.[1];
    if (fence) {
      if (open && open[0] === fence[0] && open.length >= fence.length && !text.trim().slice(open.length)) {
        fence = undefined;
      }
      return;
    }
    if (open) fence = open;
    else out.push({ text, index });
  });
  return out;
}

const MARP_COMMENT = new RegExp(`^\\s*<!--\\s*_?(?:${MARP_DIRECTIVES.join('|')})\\s*:`);
/** A Slidev slide's own front matter: a `---` line, then `key: value` lines with one of Slidev's slide keys. */
const SLIDEV_SLIDE = /^---\s*\n(?:[\w-]+:.*\n)*?(?:layout|src|clicks|transition|hideInToc|level|dragPos):/m;

/** The dialect the body's slide markup is written in, if it is a deck's. */
function bodyDialect(body: string, data: Record<string, unknown>): DeckGuess | undefined {
  const lines = proseLines(body);
  const blankBefore = (i: number) => i > 0 && !lines[i - 1]?.text.trim() && lines[i - 1]!.index === lines[i]!.index - 1;
  const count = (test: (text: string, i: number) => boolean) => lines.filter((l, i) => test(l.text, i)).length;
  if (SLIDEV_SLIDE.test(body) || count((t) => /<v-clicks?\b|^::right::\s*$/.test(t)) > 0)
    return { dialect: 'slidev', reason: 'Slidev slide front matter or <v-click>' };
  const breaks = count((t, i) => /^-{2,4}\s*$|^---v\s*$/.test(t) && blankBefore(i));
  const vertical = count((t, i) => /^--\s*$|^---v\s*$/.test(t) && blankBefore(i));
  const notes = count((t) => /^Notes?:/.test(t));
  if (count((t) => /<!--\s*\.(?:slide|element):/.test(t)) > 0 || vertical >= 2 || (notes > 0 && breaks > 0))
    return { dialect: 'reveal', reason: 'reveal.js separators, Note: or <!-- .slide: -->' };
  const marpKeys = Object.keys(data).some((k) => deckKeys('marp').has(k) && k !== 'theme' && k !== 'lang');
  const directives = count((t) => MARP_COMMENT.test(t)) > 0;
  const rules = count((t, i) => /^---\s*$/.test(t) && blankBefore(i));
  if (rules > 0 && (marpKeys || directives)) return { dialect: 'marp', reason: '--- slide breaks and Marp directives' };
  return undefined;
}

/** The dialect the front matter names: Marp's `marp: true`, Quarto's slide formats, Slidev's headmatter. */
function frontMatterDialect(data: Record<string, unknown>): DeckGuess | undefined {
  if (data.marp === true || data.marp === 'true') return { dialect: 'marp', reason: 'marp: true' };
  const format = data.format;
  const formats =
    typeof format === 'string' ? [format] : format && typeof format === 'object' ? Object.keys(format) : [];
  const slides = formats.find((f) => /^(revealjs|pptx|beamer)$/.test(f));
  if (slides) return { dialect: 'quarto', reason: `format: ${slides}` };
  const slidev = Object.keys(data).find((k) => SLIDEV_ONLY.includes(k));
  if (slidev) return { dialect: 'slidev', reason: `Slidev headmatter (${slidev})` };
  return undefined;
}

/**
 * Decides whether a Markdown source is the author's own deck, and its dialect. `data` is its front matter (empty
 * when it has none), `body` the Markdown after it. Undefined `dialect`: a lecture, planned into slides.
 */
export function recognizeDeck(data: Record<string, unknown>, body: string): DeckGuess {
  const guess = frontMatterDialect(data) ?? bodyDialect(body, data);
  const own = data.deckhand;
  const asked =
    own && typeof own === 'object' && !Array.isArray(own) ? (own as Record<string, unknown>).slides : undefined;
  if (asked === undefined) return guess ?? { reason: 'no slide markup' };
  if (asked === 'plan') return { reason: 'front matter deckhand.slides: plan' };
  if (asked === 'keep')
    return {
      dialect: guess?.dialect ?? 'marp',
      reason: `front matter deckhand.slides: keep (${guess?.dialect ?? 'marp'})`,
    };
  if (DIALECTS.includes(asked as DeckDialect))
    return { dialect: asked as DeckDialect, reason: `front matter deckhand.slides: ${String(asked)}` };
  return {
    ...(guess ?? { reason: 'no slide markup' }),
    warning: `front matter deckhand.slides is ${JSON.stringify(asked)}: expected keep, plan or one of ${DIALECTS.join(', ')}; ignored`,
  };
}
