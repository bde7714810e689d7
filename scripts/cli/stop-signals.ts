// When a long-running command must stop: Ctrl+C, SIGTERM, SIGHUP (the terminal closed), or the parent process going
// away. `npm run watch` and `npx deckhand watch` run deckhand under npm and a shell; a signal sent to npm alone
// (an IDE's stop button, `kill <npm pid>`, a CI step's timeout) ends npm and the shell but is not passed on, which
// left deckhand, and the Chromium it started in its own process group, running with no parent.

/** Exit codes as a shell reports a process ended by the signal (128 + its number). */
const SIGNALS = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;

/**
 * How often the parent is checked: a process whose parent exits is handed to init or a subreaper, and Node has no
 * event for it (Linux's PR_SET_PDEATHSIG needs native code). Once a second let a stop take 1.4-2.2 s under load; ten
 * times a second costs ten getppid calls and keeps the README's "within a second" with room for closing Chromium.
 */
const PARENT_POLL_MS = 100;

/** Why the command stops, and the exit code that says so. */
export interface StopReason {
  why: string;
  code: number;
}

/**
 * Calls `stop` once, on the first of: SIGINT, SIGTERM, SIGHUP, or the parent process exiting. Returns a function
 * that removes the handlers. The timer does not keep the process alive.
 */
export function onStop(stop: (reason: StopReason) => void): () => void {
  const parent = process.ppid;
  let done = false;
  const fire = (reason: StopReason) => {
    if (done) return;
    done = true;
    dispose();
    stop(reason);
  };
  const handlers = Object.entries(SIGNALS).map(([signal, code]) => {
    const handler = () => fire({ why: signal, code });
    process.on(signal, handler);
    return [signal, handler] as const;
  });
  // Started by init (a container's entry point), there is no parent to lose.
  const timer =
    parent > 1
      ? setInterval(
          () => process.ppid !== parent && fire({ why: 'its parent process exited', code: SIGNALS.SIGHUP }),
          PARENT_POLL_MS,
        )
      : undefined;
  timer?.unref();
  function dispose(): void {
    clearInterval(timer);
    for (const [signal, handler] of handlers) process.off(signal, handler);
  }
  return dispose;
}
