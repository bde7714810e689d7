// Marpit (3.2.3, the newest) cuts a deck's tokens into slides by rebuilding the whole token array once per slide
// (`[...arr, ...slide]` in markdown/slide.js), which takes time quadratic in the deck's length: 34 of the 38 s that
// Marp spent on a 7,665-slide document, and as much again in marp-cli's render of the same deck. This is the same
// rule, appending each slide's tokens instead. Marpit reads its slide plugin from that module's exports whenever an
// instance is made, so replacing the export once reaches every instance made after it (marp-cli's too).
// The output is the same token stream (test/render/marp/marpit-patches.test.ts compares them on real decks).
// marpit-patches.ts decides whether it applies: only to the Marpit it was written against.
import type Token from 'markdown-it/lib/token.mjs';

type State = { inlineMode: boolean; tokens: Token[]; Token: typeof Token };
type Md = { core: { ruler: { push(name: string, rule: (state: State) => void): void } } };
type AnchorCallback = (index: number) => string | undefined;
type SlideModule = { default: unknown; slide: unknown; defaultAnchorCallback: AnchorCallback };

/** Marpit's slide rule, in linear time, with the helpers of the Marpit it replaces the rule of. */
function linearSlide(marpit: NodeJS.Require, slideModule: SlideModule) {
  const { split } = marpit('@marp-team/marpit/lib/helpers/split.js') as {
    split: (tokens: Token[], at: (t: Token) => boolean, keep: boolean) => Token[][];
  };
  const { wrapTokens } = marpit('@marp-team/marpit/lib/helpers/wrap_tokens.js') as {
    wrapTokens: (T: typeof Token, type: string, options: object, tokens: Token[]) => Token[];
  };
  return (md: Md, opts: { anchor?: boolean | AnchorCallback; attributes?: object } = {}): void => {
    const anchor = opts.anchor === undefined ? true : opts.anchor;
    const anchorCallback: AnchorCallback =
      typeof anchor === 'function' ? anchor : anchor ? slideModule.defaultAnchorCallback : () => undefined;
    md.core.ruler.push('marpit_slide', (state) => {
      if (state.inlineMode) return;
      const slides = split(state.tokens, (t) => t.type === 'hr' && t.level === 0, true);
      const tokens: Token[] = [];
      slides.forEach((slideTokens, marpitSlide) => {
        const firstHr = slideTokens[0]?.type === 'hr' ? slideTokens[0] : undefined;
        const mapTarget = firstHr ?? slideTokens.find((t) => t.map);
        const meta = { marpitSlide, marpitSlideTotal: slides.length };
        const wrapped = wrapTokens(
          state.Token,
          'marpit_slide',
          {
            ...(opts.attributes ?? {}),
            tag: 'section',
            id: anchorCallback(marpitSlide),
            open: { block: true, meta: { ...meta, marpitSlideElement: 1 }, map: mapTarget?.map ?? [0, 1] },
            close: { block: true, meta: { ...meta, marpitSlideElement: -1 } },
          },
          slideTokens.slice(firstHr ? 1 : 0),
        );
        for (const token of wrapped) tokens.push(token);
      });
      state.tokens = tokens;
    });
  };
}

/**
 * Prepares the linear slide rule for the Marpit that `marpit` (a require from marp-core's folder) loads, and returns
 * the step that puts it in place of Marpit's own for every instance made afterwards. Preparing throws if Marpit's
 * files are not where this was written for them; the returned step only assigns.
 */
export function linearSlides(marpit: NodeJS.Require): () => void {
  const slideModule = marpit('@marp-team/marpit/lib/markdown/slide.js') as SlideModule;
  const { marpitPlugin } = marpit('@marp-team/marpit/plugin') as {
    marpitPlugin: (plugin: (md: Md, opts?: object) => void) => unknown;
  };
  const plugin = marpitPlugin(linearSlide(marpit, slideModule));
  return () => {
    slideModule.default = slideModule.slide = plugin;
  };
}
