// Marpit (3.2.3, the newest) cuts a deck's tokens into slides by rebuilding the whole token array once per slide
// (`[...arr, ...slide]` in markdown/slide.js), which takes time quadratic in the deck's length: 34 of the 38 s that
// Marp spent on a 7,665-slide document, and as much again in marp-cli's render of the same deck. This is the same
// rule, appending each slide's tokens instead. Marpit reads its slide plugin from that module's exports whenever an
// instance is made, so replacing the export once, as marp-core loads, reaches every instance (marp-cli's too).
// The output is the same token stream: render-deck snapshots and slides.html stay byte for byte as they were.
import { createRequire } from 'node:module';
import type Token from 'markdown-it/lib/token.mjs';
import { requireCjs } from '../../require-cjs.js';

type State = { inlineMode: boolean; tokens: Token[]; Token: typeof Token };
type Md = { core: { ruler: { push(name: string, rule: (state: State) => void): void } } };
type AnchorCallback = (index: number) => string | undefined;

const marpit = createRequire(requireCjs.resolve('@marp-team/marp-core'));
const slideModule = marpit('@marp-team/marpit/lib/markdown/slide.js') as {
  default: unknown;
  slide: unknown;
  defaultAnchorCallback: AnchorCallback;
};
const { split } = marpit('@marp-team/marpit/lib/helpers/split.js') as {
  split: (tokens: Token[], at: (t: Token) => boolean, keep: boolean) => Token[][];
};
const { wrapTokens } = marpit('@marp-team/marpit/lib/helpers/wrap_tokens.js') as {
  wrapTokens: (T: typeof Token, type: string, options: object, tokens: Token[]) => Token[];
};
const { marpitPlugin } = marpit('@marp-team/marpit/plugin') as {
  marpitPlugin: (plugin: (md: Md, opts?: object) => void) => unknown;
};

/** Marpit's slide rule, in linear time. */
function linearSlide(md: Md, opts: { anchor?: boolean | AnchorCallback; attributes?: object } = {}): void {
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
}

let replaced = false;

/** Makes every Marpit instance made from now on cut slides in linear time; idempotent. */
export function linearSlides(): void {
  if (replaced) return;
  replaced = true;
  slideModule.default = slideModule.slide = marpitPlugin(linearSlide);
}
