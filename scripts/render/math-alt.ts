// Every formula's text alternative, in one place: what a screen reader says for it, on the slides, in the
// handouts, in the notes and in the PDFs (Chromium writes a labelled image as a Figure with that Alt). The words
// come from the Speech Rule Engine (MathJax's own, shipped with mathjax-full) reading the formula's MathML, in the
// deck's language where it has one (English otherwise, marked lang="en"); until its words are loaded, or for a
// formula it cannot read, the alternative is the TeX as written, which is what Canvas and Moodle put in alt text.
import { escapeHtml } from '../text/html.js';
import { primaryCode } from '../text/language.js';
import { requireCjs } from '../require-cjs.js';

/** A source that may hold a formula ($…$, \\(…\\), \\[…\\], an environment): only these load the engine. */
export const mayHaveMath = (text: string): boolean => /\$|\\\(|\\\[|\\begin\{/.test(text);

/** The languages the Speech Rule Engine speaks (its mathmaps; base, euro and nemeth are not spoken languages). */
const SPOKEN = new Set(['af', 'ca', 'da', 'de', 'en', 'es', 'fr', 'hi', 'it', 'ko', 'nb', 'nn', 'sv']);

/** The part of the Speech Rule Engine used here (its speech API), and the TeX to MathML step before it. */
interface Speech {
  setupEngine(options: Record<string, string>): Promise<void>;
  engineReady(): Promise<void>;
  toSpeech(mathml: string): string;
}

let sre: Speech | undefined;
const loaded = new Set<string>();
const loading = new Map<string, Promise<void>>();
const spoken = new Map<string, string>();
let toMathml: ((tex: string, display: boolean) => string) | undefined;

/** The locale a deck's formulas are spoken in: its own language where the engine has it, English otherwise. */
export function speechLocale(lang: string): string {
  const code = primaryCode(lang || 'en');
  return SPOKEN.has(code) ? code : 'en';
}

/**
 * TeX to MathML through MathJax's TeX input, set up on first use: its `html` package is left out, as everywhere,
 * and so is bussproofs, which needs an output to measure with (a proof tree is read as its TeX).
 */
function mathml(tex: string, display: boolean): string {
  if (!toMathml) {
    const { mathjax } = requireCjs('mathjax-full/js/mathjax.js') as typeof import('mathjax-full/js/mathjax.js');
    const { TeX } = requireCjs('mathjax-full/js/input/tex.js') as typeof import('mathjax-full/js/input/tex.js');
    const { liteAdaptor } = requireCjs(
      'mathjax-full/js/adaptors/liteAdaptor.js',
    ) as typeof import('mathjax-full/js/adaptors/liteAdaptor.js');
    const { RegisterHTMLHandler } = requireCjs(
      'mathjax-full/js/handlers/html.js',
    ) as typeof import('mathjax-full/js/handlers/html.js');
    const { AllPackages } = requireCjs(
      'mathjax-full/js/input/tex/AllPackages.js',
    ) as typeof import('mathjax-full/js/input/tex/AllPackages.js');
    const { SerializedMmlVisitor } = requireCjs(
      'mathjax-full/js/core/MmlTree/SerializedMmlVisitor.js',
    ) as typeof import('mathjax-full/js/core/MmlTree/SerializedMmlVisitor.js');
    const { STATE } = requireCjs(
      'mathjax-full/js/core/MathItem.js',
    ) as typeof import('mathjax-full/js/core/MathItem.js');
    RegisterHTMLHandler(liteAdaptor());
    const packages = AllPackages.filter((p) => p !== 'html' && p !== 'bussproofs');
    const doc = mathjax.document('', { InputJax: new TeX({ packages }) });
    const visitor = new SerializedMmlVisitor();
    toMathml = (formula, block) => visitor.visitTree(doc.convert(formula, { display: block, end: STATE.CONVERT }));
  }
  return toMathml(tex, display);
}

/**
 * Loads the Speech Rule Engine and the words of the locale `lang` is spoken in, once per process. A build calls it
 * before it renders a deck with formulas: rendering is synchronous, and the engine loads its words asynchronously.
 * A failure leaves the TeX as the alternative; it never fails a build.
 */
export function prepareMathSpeech(lang: string): Promise<void> {
  const locale = speechLocale(lang);
  if (loaded.has(locale)) return Promise.resolve();
  let promise = loading.get(locale);
  if (!promise) {
    promise = (async () => {
      sre ??= requireCjs('speech-rule-engine') as Speech;
      await sre.setupEngine({ locale, domain: 'clearspeak', modality: 'speech', markup: 'none' });
      await sre.engineReady();
      loaded.add(locale);
    })().catch(() => undefined);
    loading.set(locale, promise);
  }
  return promise;
}

/** The TeX as written, one line: the alternative when no words are loaded or the engine cannot read it. */
const texAlt = (tex: string) => tex.replace(/\s+/g, ' ').trim();

/** A formula's spoken words in `locale`, or undefined when that locale is not loaded or the formula not read. */
function speak(tex: string, display: boolean, locale: string): string | undefined {
  if (!sre || !loaded.has(locale)) return undefined;
  const key = `${locale}\n${tex}`;
  if (!spoken.has(key)) {
    let words = '';
    try {
      // The engine holds one locale at a time; a locale already loaded switches at once.
      void sre.setupEngine({ locale, domain: 'clearspeak', modality: 'speech', markup: 'none' });
      words = sre.toSpeech(mathml(tex, display)).replace(/\s+/g, ' ').trim();
    } catch {
      words = '';
    }
    spoken.set(key, words);
  }
  return spoken.get(key) || undefined;
}

/** What a formula is read as: its words (and their language, when it is not the deck's), or its TeX. */
export function formulaAlt(tex: string, display: boolean, lang: string): { text: string; lang?: string } {
  const locale = speechLocale(lang);
  const words = speak(tex, display, locale);
  if (!words) return { text: texAlt(tex) };
  return locale === primaryCode(lang || 'en') ? { text: words } : { text: words, lang: locale };
}

/**
 * A typeset formula (an <mjx-container> holding MathJax's SVG, which says role="img") labelled with its
 * alternative: aria-label on the SVG, and its language when the words are in another one.
 */
export function labelFormula(html: string, tex: string, display: boolean, lang: string): string {
  const alt = formulaAlt(tex, display, lang);
  const attrs = ` aria-label="${escapeHtml(alt.text)}"${alt.lang ? ` lang="${alt.lang}"` : ''}`;
  return html.replace(/(<mjx-container\b[^>]*>\s*<svg\b)(?![^>]*\baria-label=)/, `$1${attrs}`);
}
