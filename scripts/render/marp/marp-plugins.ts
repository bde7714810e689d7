// The markdown-it plugins every Marp deckhand uses has: our own renders' (marp-engine.ts) and marp-cli's, through
// its engine file (marp-cli-engine.ts). Emphasis beside CJK punctuation (`**確率変数(random variable)**と`) is
// emphasis, where CommonMark's flanking rule leaves the asterisks.
import type { Marp } from '@marp-team/marp-core';
import cjkFriendly from 'markdown-it-cjk-friendly';

/** The Marp with our plugins. */
export function withPlugins(marp: Marp): Marp {
  return marp.use(cjkFriendly);
}
