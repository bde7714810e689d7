// marp-cli's engine (its "functional engine"): the Marp it prepares with our options, given the same markdown-it
// plugins as our own renders, so that slides.html and the picture deck read the Markdown as slides.pdf does.
// marp-cli imports it by path, as compiled JavaScript: MARP_CLI_ENGINE in marp-cli.ts names dist's copy.
import type { Marp } from '@marp-team/marp-core';
import { withPlugins } from './marp-plugins.js';

export default ({ marp }: { marp: Marp }): Marp => withPlugins(marp);
