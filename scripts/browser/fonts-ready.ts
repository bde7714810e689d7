// Waiting for a page's fonts before it is measured or printed.
import type { Page } from 'puppeteer';

/**
 * Waits for the fonts the page's layout uses. A font face is fetched only once a layout asks for it, and on a busy
 * machine the load event can come before the first layout: `document.fonts.ready` taken then resolves at once, and
 * the page is measured with the fallback font's metrics (`font-display: block` lays text out in the fallback until
 * the face arrives). A reading handout printed in parts came out a page short of the whole once, under load, which
 * this explains. So lay out first, then wait. Works with the page's scripts disabled, through the DevTools protocol.
 */
export async function fontsReady(page: Page): Promise<void> {
  await page.evaluate('void document.body?.offsetHeight').catch(() => undefined);
  await page.evaluateHandle('document.fonts.ready').catch(() => undefined);
}
