// One headless Chromium for the whole build: started lazily, pages from a bounded pool, every request outside the
// deck's own output folder blocked.
import type { ChildProcess } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'puppeteer';
import { requireCjs } from '../require-cjs.js';
import { BrowserError, BrowserMissingError, INSTALL_HINT } from '../errors.js';
import { chromeArgs, findChrome } from './find-chrome.js';
import { treeCpuMs } from './process-tree.js';

const puppeteer = (requireCjs('puppeteer') as typeof import('puppeteer')).default;

export interface PageJob<T> {
  /** Files under this folder (and data: URLs) may load; everything else is aborted. */
  allowDir: string;
  /** Which deck and which phase the job is, for a build's profile. */
  deck?: string;
  phase?: string;
  run(page: Page): Promise<T>;
  /** A longer limit for big jobs (a 10,000-page PDF); the pool's own limit otherwise. */
  timeoutMs?: number;
}

export interface BrowserPool {
  /** Runs a job on a pooled page; a crash or hang is retried once on a fresh browser. */
  use<T>(job: PageJob<T>, label: string): Promise<T>;
  /**
   * Starts the browser and opens up to `pages` pages (at most the pool's size) ahead of the jobs that will need
   * them. Never rejects: a missing or broken browser is reported by the first job that needs it.
   */
  warm(pages: number): void;
  close(): Promise<void>;
  readonly executable: string | undefined;
  /** The running Chromium's process, if one is running (for tests that crash it). */
  process(): Promise<ChildProcess | undefined>;
  /** The CPU time the running Chromium's process tree used so far, in ms (Linux), for a build's profile. */
  cpuMs(): Promise<number | undefined>;
}

/** A page job's time limit: a minute, enough for any deck of ordinary length. */
const JOB_TIMEOUT_MS = 60_000;
/** The browser protocol's own limit on one call: it only has to outlast the longest job. */
const PROTOCOL_TIMEOUT_MS = 30 * 60_000;

/**
 * The limit for a job that loads and prints a page: a minute, plus time in proportion to the page's size (about
 * 10 s per MB of HTML), so that a 10,000-page handout has time and a hung small one does not wait for long.
 */
export function timeoutFor(html: string): number {
  return JOB_TIMEOUT_MS + Math.round(html.length / 100);
}

/** What a finished page job cost, for a build's profile: wall time, and the renderer's main-thread time. */
export interface JobCost {
  deck?: string;
  phase?: string;
  wallMs: number;
  /** The page's renderer busy on its main thread during the job (Chromium's TaskDuration), in ms. */
  chromeMs: number;
}

export interface PoolOptions {
  /** The browser to run; `null` means "no browser on this machine". Found on the system by default. */
  executable?: string | null;
  /** A job's time limit unless the job sets its own. */
  timeoutMs?: number;
  /** Lets pages load http(s) URLs too: only a project that set allowRemoteImages has any in its pages. */
  allowRemote?: boolean;
  /** Told what each job cost (a DevTools round trip a job, so only when profiling). */
  onJob?: (cost: JobCost) => void;
}

/** Creates the pool. The browser starts on the first job, not here. */
export function createBrowserPool(size: number, options: PoolOptions = {}): BrowserPool {
  const { timeoutMs = JOB_TIMEOUT_MS, allowRemote = false, onJob } = options;
  const executable = (options.executable === undefined ? findChrome() : options.executable) ?? undefined;
  let launching: Promise<Browser> | undefined;
  // Closed for good: a job still running (a rebuild when watch mode stops) fails instead of starting another Chromium.
  let closed = false;
  const idle: Page[] = [];
  /** Pages being opened ahead of need (warm): a job takes one of these before it opens its own. */
  const opening: Promise<Page>[] = [];
  let active = 0;
  const waiters: (() => void)[] = [];
  // The blank tab Chromium opens at start: used as the first page rather than left idle beside a new one.
  let spare: Page | undefined;

  const browser = () => {
    if (!executable) return Promise.reject(new BrowserMissingError(INSTALL_HINT));
    if (closed) return Promise.reject(new BrowserError('the browser was closed: deckhand is stopping'));
    launching ??= puppeteer
      // Each job has its own timer (below); the protocol limit only has to outlast the longest job.
      // Over a pipe, not a DevTools port: no other local user or process can connect to the browser during a build.
      .launch({
        pipe: true,
        executablePath: executable,
        headless: true,
        args: chromeArgs(),
        protocolTimeout: Math.max(timeoutMs, PROTOCOL_TIMEOUT_MS),
      })
      .then(async (launched) => {
        spare = (await launched.pages())[0];
        return launched;
      })
      .catch((cause: unknown) => {
        launching = undefined;
        throw new BrowserError(`cannot start ${executable}: ${(cause as Error).message}`, { cause });
      });
    return launching;
  };

  async function openPage(): Promise<Page> {
    const running = await browser();
    const blank = spare;
    spare = undefined;
    const page = blank && !blank.isClosed() ? blank : await running.newPage();
    await page.setRequestInterception(true);
    return page;
  }

  async function acquire(): Promise<Page> {
    while (active >= size) await new Promise<void>((resolve) => waiters.push(resolve));
    active++;
    try {
      const page = idle.pop() ?? (await opening.shift());
      return page && !page.isClosed() ? page : await openPage();
    } catch (error) {
      release(undefined);
      throw error;
    }
  }

  function release(page: Page | undefined): void {
    active--;
    if (page && !page.isClosed()) idle.push(page);
    waiters.shift()?.();
  }

  async function restart(): Promise<void> {
    const old = launching;
    launching = undefined;
    idle.length = 0;
    opening.length = 0;
    spare = undefined;
    if (old) await old.then(shutDown, () => undefined);
  }

  async function attempt<T>(job: PageJob<T>): Promise<T> {
    const page = await acquire();
    const allowed = `${pathToFileURL(path.resolve(job.allowDir)).href}/`;
    const onRequest = (req: import('puppeteer').HTTPRequest) => {
      const url = req.url();
      const remote = allowRemote && /^https?:\/\//i.test(url);
      if (url.startsWith('data:') || url === 'about:blank' || url.startsWith(allowed) || remote) void req.continue();
      else void req.abort('blockedbyclient');
    };
    page.on('request', onRequest);
    let timer: NodeJS.Timeout | undefined;
    try {
      const timeout = new Promise<never>((_, reject) => {
        const limit = job.timeoutMs ?? timeoutMs;
        timer = setTimeout(
          () => reject(new BrowserError(`browser job timed out after ${Math.round(limit / 1000)} s`)),
          limit,
        );
      });
      const started = performance.now();
      const result = await Promise.race([job.run(page), timeout]);
      // Every job loads a document of its own, and Chromium counts a document's busy time from its load.
      if (onJob)
        onJob({ deck: job.deck, phase: job.phase, wallMs: performance.now() - started, chromeMs: await busyMs(page) });
      page.off('request', onRequest);
      release(page);
      return result;
    } catch (error) {
      page.off('request', onRequest);
      await page.close().catch(() => undefined);
      release(undefined);
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }

  return {
    executable,
    async process() {
      return (await launching?.catch(() => undefined))?.process() ?? undefined;
    },
    async cpuMs() {
      const pid = (await launching?.catch(() => undefined))?.process()?.pid;
      return pid === undefined ? undefined : treeCpuMs(pid);
    },
    warm(pages) {
      // A new page is a new renderer process: opened while this process plans the decks, it is ready when the
      // first jobs come, instead of one job waiting for it (100-350 ms on two busy cores).
      for (let n = Math.min(pages, size) - idle.length - opening.length - active; n > 0; n--) {
        const page = openPage();
        page.catch(() => undefined);
        opening.push(page);
      }
    },
    async use(job, label) {
      try {
        return await attempt(job);
      } catch (first) {
        if (first instanceof BrowserMissingError) throw first;
        // A crashed Chromium takes its pages with it: start a fresh one; a hung page was closed already.
        const current = await launching?.catch(() => undefined);
        if (!current?.connected) await restart();
        try {
          return await attempt(job);
        } catch (second) {
          throw new BrowserError(`${label} failed twice in Chromium: ${(second as Error).message}`, { cause: second });
        }
      }
    },
    async close() {
      closed = true;
      const current = launching;
      launching = undefined;
      idle.length = 0;
      opening.length = 0;
      if (current) await current.then(shutDown, () => undefined);
    },
  };
}

/** How long the page's renderer main thread has been busy with the loaded document, in ms. */
async function busyMs(page: Page): Promise<number> {
  return ((await page.metrics()).TaskDuration ?? 0) * 1000;
}

/**
 * Ends Chromium at once. The profile is a throwaway temp folder with nothing worth saving, so the graceful
 * shutdown (Chromium flushing it, about 150 ms) is skipped: the process group is killed, then puppeteer's own
 * close removes the temp profile.
 */
async function shutDown(browser: Browser): Promise<void> {
  const child = browser.process();
  // Puppeteer reads the protocol from a pipe and stops listening to it when closed; a kill while either side still
  // has bytes in flight makes the pipe emit ECONNRESET afterwards, and an 'error' event nobody listens to ends
  // the whole process with a stack trace, after every deck was built. Chromium's output is read through readline,
  // whose own handler passes the error on to an interface nobody listens to (2 of 25 closes left one attached):
  // those handlers go too. Nothing is left to read: errors are ignored.
  for (const stream of child?.stdio ?? []) {
    stream?.removeAllListeners('error');
    stream?.on('error', () => undefined);
  }
  const pid = child?.pid;
  try {
    if (pid !== undefined) process.kill(-pid, 'SIGKILL');
  } catch {
    // already gone, or not a group leader (not launched detached): the close below ends it
  }
  await browser.close().catch(() => undefined);
}
