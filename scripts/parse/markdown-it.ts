// The one markdown-it that reads documents: CommonMark and GFM tables, formulas, and every dialect deckhand
// understands. The order of the rules is data, here and nowhere else: block rules are tried before markdown-it's own
// (a MyST directive before a plain fence, a fenced div before a paragraph), and the core rules that turn their
// tokens into frames run in the order listed, after the alerts plugin and before inline parsing.
import { tex } from '@mdit/plugin-tex';
import type MarkdownItModule from 'markdown-it';
import type StateCore from 'markdown-it/lib/rules_core/state_core.mjs';
import { requireCjs } from '../require-cjs.js';
import { alertsPlugin } from './dialects/alerts.js';
import { fencedDivPlugin } from './dialects/fenced-div.js';
import { hugoPlugin, rewriteHugo } from './dialects/hugo.js';
import { rewriteInlineHtml } from './dialects/inline-html.js';
import { knitrPlugin, rewriteInlineR } from './dialects/knitr.js';
import { kramdownPlugin } from './dialects/kramdown.js';
import { liquidPlugin, rewriteLiquid } from './dialects/liquid.js';
import { markersPlugin } from './dialects/markers.js';
import { mdxPlugin, rewriteJsx } from './dialects/mdx.js';
import { dropIcons, mkdocsPlugin } from './dialects/mkdocs.js';
import { mystPlugin, rewriteRoles } from './dialects/myst.js';
import { rewritePandocAttributes } from './dialects/pandoc-attrs.js';
import { noteOn } from './dialects/tokens.js';
import { outsideCode } from '../text/markdown-text.js';

const MarkdownIt = requireCjs('markdown-it') as typeof MarkdownItModule;

/** Reports one piece of inline markup that was left out. */
export type Note = (what: string, text: string) => void;

/**
 * Inline dialect markup rewritten to plain Markdown: roles and inline R first (they hold code spans of their own),
 * then, outside code spans, shortcodes, Liquid, JSX, Pandoc attributes, icon shortcodes and formatting HTML.
 */
export function cleanInline(text: string, note: Note): string {
  const roles = rewriteInlineR(rewriteRoles(text));
  return outsideCode(roles, (part) =>
    rewriteInlineHtml(dropIcons(rewritePandocAttributes(rewriteJsx(rewriteLiquid(rewriteHugo(part, note), note))))),
  );
}

function inlineDialects(state: StateCore): boolean {
  for (const token of state.tokens) {
    if (token.type !== 'inline') continue;
    const line = token.map?.[0] ?? 0;
    token.content = cleanInline(token.content, (what, text) =>
      noteOn(state.env, { line, severity: 'info', message: `${what} left out`, text }),
    );
  }
  return true;
}

// html: true so raw HTML reaches us as tokens we can judge (deckhand directives, pull quotes, JSX components) instead
// of text. Formulas ($…$ and $$ blocks, as Marp reads them) become math tokens: a formula is one unit, like code.
const md = new MarkdownIt({ html: true, linkify: false, typographer: false })
  .use(tex, { delimiters: 'dollars', render: (content) => content })
  .use(alertsPlugin)
  .use(mystPlugin)
  .use(knitrPlugin)
  .use(fencedDivPlugin)
  .use(mkdocsPlugin)
  .use(liquidPlugin)
  .use(hugoPlugin)
  .use(mdxPlugin)
  .use(kramdownPlugin)
  .use(markersPlugin);
md.core.ruler.before('inline', 'inline_dialects', inlineDialects);

/** The document's tokens; notes that the dialect rules left come back in `env.dialectNotes`. */
export function tokenize(markdown: string, env: Record<string, unknown>): ReturnType<typeof md.parse> {
  return md.parse(markdown, env);
}
