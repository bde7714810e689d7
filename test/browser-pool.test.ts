// The shared browser: a crash or a hang costs one retry, then a clear error; no Chromium is left running.
import { afterEach, describe, expect, it } from 'vitest';
import { BrowserError, BrowserMissingError } from '../scripts/errors.js';
import { chromeArgs, createBrowserPool, findChrome, type BrowserPool } from '../scripts/lib/browser.js';

const alive = (pid: number | undefined) => {
  if (pid === undefined) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

let pool: BrowserPool | undefined;
afterEach(async () => {
  await pool?.close();
  pool = undefined;
});

const tmp = '/tmp';

describe('createBrowserPool', () => {
  it('finds a system Chrome or Chromium, honouring CHROME_PATH first', () => {
    const found = findChrome();
    expect(found).toBeTruthy();
    expect(findChrome({ CHROME_PATH: found!, PATH: '' })).toBe(found);
  });

  it('runs without the sandbox only as root', () => {
    expect(chromeArgs(true)).toContain('--no-sandbox');
    expect(chromeArgs(false)).not.toContain('--no-sandbox');
  });

  it('says how to install a browser when none is found', async () => {
    pool = createBrowserPool(1, null);
    await expect(pool.use({ allowDir: tmp, run: async () => 1 }, 'job')).rejects.toBeInstanceOf(BrowserMissingError);
  });

  it('blocks every request outside the allowed folder', async () => {
    pool = createBrowserPool(1);
    const status = await pool.use(
      {
        allowDir: tmp,
        run: async (page) => {
          await page.setContent('<p>x</p>');
          return page.evaluate(() => fetch('http://127.0.0.1:9/').then(() => 'fetched', () => 'blocked'));
        },
      },
      'fetch',
    );
    expect(status).toBe('blocked');
  });

  it('retries a job once on a fresh browser after Chromium crashes, leaving no process behind', async () => {
    pool = createBrowserPool(2);
    let attempts = 0;
    const result = await pool.use(
      {
        allowDir: tmp,
        run: async (page) => {
          attempts++;
          if (attempts === 1) {
            page.browser().process()?.kill('SIGKILL');
            await new Promise((r) => setTimeout(r, 200));
          }
          return page.evaluate(() => 1 + 1);
        },
      },
      'crashing job',
    );
    expect(result).toBe(2);
    expect(attempts).toBe(2);
    const pid = await pool.pid();
    await pool.close();
    expect(alive(pid)).toBe(false);
  });

  it('gives up on a job that hangs twice, with an error naming the job', async () => {
    pool = createBrowserPool(1, undefined, 1500);
    const hang = pool.use({ allowDir: tmp, run: () => new Promise<never>(() => undefined) }, 'slides.pdf of hang.md');
    await expect(hang).rejects.toBeInstanceOf(BrowserError);
    await expect(hang).rejects.toThrow(/slides\.pdf of hang\.md/);
    // The pool still works afterwards.
    expect(await pool.use({ allowDir: tmp, run: (page) => page.evaluate(() => 'ok') }, 'after')).toBe('ok');
  });
});
