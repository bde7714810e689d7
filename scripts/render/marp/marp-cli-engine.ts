// marp-cli's engine (its "functional engine"): the Marp it prepares with our options, given the same markdown-it
// plugins as our own renders, so that slides.html and the picture deck read the Markdown as slides.pdf does.
import type { Marp } from '@marp-team/marp-core';
import { withPlugins } from './marp-engine.js';

export default ({ marp }: { marp: Marp }): Marp => withPlugins(marp);
