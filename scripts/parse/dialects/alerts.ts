// GitHub alerts (`> [!NOTE]`) and Obsidian callouts (`> [!tip]- Title`, foldable, nested) through
// markdown-it-obsidian-callouts, which reads both and, unlike markdown-it-github-alerts, finds the end of an alert
// that holds a quote of its own. Its callout tokens become frames for the walker.
import type MarkdownIt from 'markdown-it';
import type StateCore from 'markdown-it/lib/rules_core/state_core.mjs';
import { requireCjs } from '../../require-cjs.js';
import { BOX_CLOSE, BOX_OPEN, type BoxMeta } from './tokens.js';

type Plugin = (md: MarkdownIt, options?: Record<string, unknown>) => void;
const loaded = requireCjs('markdown-it-obsidian-callouts') as Plugin | { default: Plugin };
/** The plugin that reads alerts and callouts into `callout_open`/`callout_close` tokens (it places its own rule). */
export const obsidianCallouts: Plugin = typeof loaded === 'function' ? loaded : loaded.default;

/** Callout tokens as frames; Obsidian Admonition's ```ad-note fences, which the plugin renders to HTML, as text frames. */
export function alertFrames(state: StateCore): boolean {
  for (const t of state.tokens) {
    if (t.type === 'callout_open') {
      const name = t.attrGet('data-callout') ?? 'note';
      Object.assign(t, {
        type: BOX_OPEN,
        meta: { name, title: t.attrGet('data-callout-title') ?? undefined, dialect: 'github' } satisfies BoxMeta,
      });
    } else if (t.type === 'callout_close') t.type = BOX_CLOSE;
  }
  return true;
}
