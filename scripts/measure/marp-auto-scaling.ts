// Marp's auto-scaling, done as Marp's browser script does it, by our own code: a `# <!-- fit -->` heading is scaled
// to fill the line, and a code block of a theme with `@auto-scaling` (Marp's default, gaia, uncover) is scaled down
// until its longest line fits. Marp does it with custom elements when its script runs; our pages run no script (a
// document's content never runs code), so without this a fitted heading wrapped at its normal size and a long
// code line ran off the slide, where Marp's own PDF shows them fitted.
import type { Page } from 'puppeteer';
import { fontsReady } from '../browser/fonts-ready.js';

/** Runs in the page: scales each `[data-auto-scaling]` element, and returns how many it scaled. */
function autoScaleInPage(): number {
  let scaled = 0;
  for (const el of Array.from(document.querySelectorAll<HTMLElement>('[data-auto-scaling]'))) {
    const downOnly = el.dataset.autoScaling === 'downscale-only';
    if (!el.offsetWidth) continue;
    if (!downOnly) el.style.whiteSpace = 'nowrap';
    const style = getComputedStyle(el);
    const box = el.getBoundingClientRect();
    // Rects are drawn sizes (a handout's thumbnail is a slide scaled down); offsetWidth is the layout size.
    const drawn = box.width / el.offsetWidth;
    const padding = Number.parseFloat(style.paddingLeft) + Number.parseFloat(style.paddingRight);
    const border = Number.parseFloat(style.borderLeftWidth) + Number.parseFloat(style.borderRightWidth);
    const room = (el.offsetWidth - padding - border) * drawn;
    const range = document.createRange();
    range.selectNodeContents(el);
    const natural = range.getBoundingClientRect().width;
    if (room <= 0 || natural <= 0) continue;
    const ratio = room / natural;
    if ((downOnly && ratio >= 1) || Math.abs(ratio - 1) < 0.01) continue;
    el.style.fontSize = `${Number.parseFloat(style.fontSize) * ratio}px`;
    scaled++;
  }
  return scaled;
}

/**
 * A loaded page made ready to be measured, printed or read: its fonts loaded, then Marp's auto-scaling applied
 * (which measures text, so it needs the fonts).
 */
export async function readyToMeasure(page: Page): Promise<void> {
  await fontsReady(page);
  await page.evaluate(autoScaleInPage);
}
