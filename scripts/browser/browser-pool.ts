// One headless Chromium for the whole build: started lazily, pages from a bounded pool, every request outside the
// deck's own output folder blocked. The pool owns its browser (as marp-cli's BrowserManager does): one memoised
// launch, one place that ends it, and `await using` ends it when its scope does.
import type { ChildProcess } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, HTTPRequest, Page } from 'puppeteer';
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

/** Up to `size` pages of one Chromium, started on the first job (not when the pool is made) and ended by close(). */
export class BrowserPool implements AsyncDisposable {
  readonly executable: string | undefined;
  private readonly timeoutMs: number;
  private launching: Promise<Browser> | undefined;
  private readonly idle: Page[] = [];
  /** Pages being opened ahead of need (warm): a job takes one of these before it opens its own. */
  private readonly opening: Promise<Page>[] = [];
  private active = 0;
  private readonly waiters: (() => void)[] = [];
  /** The blank tab Chromium opens at start: used as the first page rather than left idle beside a new one. */
  private spare: Page | undefined;
  /** Closed for good (closeForGood): a job still running fails instead of starting another Chromium. */
  private ended = false;

  constructor(
    private readonly size: number,
    private readonly options: PoolOptions = {},
  ) {
    this.executable = (options.executable === undefined ? findChrome() : options.executable) ?? undefined;
    this.timeoutMs = options.timeoutMs ?? JOB_TIMEOUT_MS;
  }

  /** Runs a job on a pooled page; a crash or hang is retried once on a fresh browser. */
  async use<T>(job: PageJob<T>, label: string): Promise<T> {
    try {
      return await this.attempt(job);
    } catch (first) {
      if (first instanceof BrowserMissingError) throw first;
      // A crashed Chromium takes its pages with it: start a fresh one; a hung page was closed already.
      if (!(await this.running())?.connected) await this.close();
      try {
        return await this.attempt(job);
      } catch (second) {
        throw new BrowserError(`${label} failed twice in Chromium: ${(second as Error).message}`, { cause: second });
      }
    }
  }

  /**
   * Starts the browser and opens up to `pages` pages (at most the pool's size) ahead of the jobs that will need
   * them. Never rejects: a missing or broken browser is reported by the first job that needs it.
   */
  warm(pages: number): void {
    // A new page is a new renderer process: opened while this process plans the decks, it is ready when the
    // first jobs come, instead of one job waiting for it (100-350 ms on two busy cores).
    for (let n = Math.min(pages, this.size) - this.idle.length - this.opening.length - this.active; n > 0; n--) {
      const page = this.openPage();
      page.catch(() => undefined);
      this.opening.push(page);
    }
  }

  /** Ends the browser, if one runs, and forgets its pages: the one place Chromium is closed. The pool may be used again. */
  async close(): Promise<void> {
    const current = this.launching;
    this.launching = undefined;
    this.idle.length = 0;
    this.opening.length = 0;
    this.spare = undefined;
    if (current) await current.then(shutDown, () => undefined);
  }

  /**
   * Ends the browser and the pool: a job still running (a rebuild when watch mode stops) then fails at once instead
   * of starting another Chromium that nobody would close.
   */
  async closeForGood(): Promise<void> {
    this.ended = true;
    await this.close();
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await this.close();
  }

  /** The running Chromium's process, if one is running (for tests that crash it). */
  async process(): Promise<ChildProcess | undefined> {
    return (await this.running())?.process() ?? undefined;
  }

  /** The CPU time the running Chromium's process tree used so far, in ms (Linux), for a build's profile. */
  async cpuMs(): Promise<number | undefined> {
    const pid = (await this.running())?.process()?.pid;
    return pid === undefined ? undefined : treeCpuMs(pid);
  }

  private async running(): Promise<Browser | undefined> {
    return this.launching?.catch(() => undefined);
  }

  /** The browser: launched by the first caller, the same promise for every caller after. */
  private browser(): Promise<Browser> {
    const executable = this.executable;
    if (!executable) return Promise.reject(new BrowserMissingError(INSTALL_HINT));
    if (this.ended) return Promise.reject(new BrowserError('the browser was closed: deckhand is stopping'));
    this.launching ??= puppeteer
      // Each job has its own timer (attempt); the protocol limit only has to outlast the longest job.
      // Over a pipe, not a DevTools port: no other local user or process can connect to the browser during a build.
      .launch({
        pipe: true,
        executablePath: executable,
        headless: true,
        args: chromeArgs(),
        protocolTimeout: Math.max(this.timeoutMs, PROTOCOL_TIMEOUT_MS),
      })
      .then(async (launched) => {
        this.spare = (await launched.pages())[0];
        return launched;
      })
      .catch((cause: unknown) => {
        this.launching = undefined;
        throw new BrowserError(`cannot start ${executable}: ${(cause as Error).message}`, { cause });
      });
    return this.launching;
  }

  private async openPage(): Promise<Page> {
    const running = await this.browser();
    const blank = this.spare;
    this.spare = undefined;
    const page = blank && !blank.isClosed() ? blank : await running.newPage();
    await page.setRequestInterception(true);
    return page;
  }

  private async acquire(): Promise<Page> {
    while (this.active >= this.size) await new Promise<void>((resolve) => this.waiters.push(resolve));
    this.active++;
    try {
      const page = this.idle.pop() ?? (await this.opening.shift());
      return page && !page.isClosed() ? page : await this.openPage();
    } catch (error) {
      this.release(undefined);
      throw error;
    }
  }

  private release(page: Page | undefined): void {
    this.active--;
    if (page && !page.isClosed()) this.idle.push(page);
    this.waiters.shift()?.();
  }

  /** Every request outside the job's folder is aborted (data: URLs pass; http(s) too when remote images are allowed). */
  private blocker(job: PageJob<unknown>): (req: HTTPRequest) => void {
    const allowed = `${pathToFileURL(path.resolve(job.allowDir)).href}/`;
    const allowRemote = this.options.allowRemote ?? false;
    return (req) => {
      const url = req.url();
      const remote = allowRemote && /^https?:\/\//i.test(url);
      if (url.startsWith('data:') || url === 'about:blank' || url.startsWith(allowed) || remote) void req.continue();
      else void req.abort('blockedbyclient');
    };
  }

  private async attempt<T>(job: PageJob<T>): Promise<T> {
    const page = await this.acquire();
    const onRequest = this.blocker(job);
    page.on('request', onRequest);
    let timer: NodeJS.Timeout | undefined;
    try {
      const limit = job.timeoutMs ?? this.timeoutMs;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(new BrowserError(`browser job timed out after ${Math.round(limit / 1000)} s`)),
          limit,
        );
      });
      const started = performance.now();
      const result = await Promise.race([job.run(page), timeout]);
      // Every job loads a document of its own, and Chromium counts a document's busy time from its load.
      const { onJob } = this.options;
      if (onJob)
        onJob({ deck: job.deck, phase: job.phase, wallMs: performance.now() - started, chromeMs: await busyMs(page) });
      page.off('request', onRequest);
      this.release(page);
      return result;
    } catch (error) {
      page.off('request', onRequest);
      await page.close().catch(() => undefined);
      this.release(undefined);
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }
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
