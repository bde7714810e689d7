// Where a build's time goes (`deckhand build --profile`): for each deck and phase, the wall time, the Node CPU of
// the phases that run in one piece (planning, Marp's render, the handout HTML), and the time Chromium's renderer
// was busy with the deck's pages (measuring, printing, laying out handouts); and the build's totals.
import type { JobCost } from '../browser/browser-pool.js';
import type { PhaseCost, ProfileReport } from '../types.js';

const add = (into: PhaseCost, cost: PhaseCost): PhaseCost => ({
  wallMs: into.wallMs + cost.wallMs,
  ...(cost.nodeMs === undefined && into.nodeMs === undefined
    ? {}
    : { nodeMs: (into.nodeMs ?? 0) + (cost.nodeMs ?? 0) }),
  ...(cost.chromeMs === undefined && into.chromeMs === undefined
    ? {}
    : { chromeMs: (into.chromeMs ?? 0) + (cost.chromeMs ?? 0) }),
});

/** Collects the costs of a build's phases, deck by deck. */
export class BuildProfile {
  readonly #decks = new Map<string, Map<string, PhaseCost>>();
  readonly #startCpu = process.cpuUsage();

  /** Adds a cost to a deck's phase (a phase may run several times: the fit loop's rounds). */
  add(deck: string, phase: string, cost: PhaseCost): void {
    const phases = this.#decks.get(deck) ?? new Map<string, PhaseCost>();
    this.#decks.set(deck, phases);
    phases.set(phase, add(phases.get(phase) ?? { wallMs: 0 }, cost));
  }

  /** A browser job's cost, as the pool reports it (the Chromium side of a phase). */
  job(cost: JobCost): void {
    this.add(cost.deck ?? '(build)', `chrome:${cost.phase ?? 'page'}`, {
      wallMs: cost.wallMs,
      chromeMs: cost.chromeMs,
    });
  }

  /** Runs a phase and adds its wall time, and its Node CPU when it ran in one piece (it returned no promise). */
  async time<T>(deck: string, phase: string, fn: () => T | Promise<T>): Promise<T> {
    const [at, cpu] = [performance.now(), process.cpuUsage()];
    const result = fn();
    const used = process.cpuUsage(cpu);
    const sync = !(result instanceof Promise);
    try {
      return await result;
    } finally {
      this.add(deck, phase, {
        wallMs: performance.now() - at,
        ...(sync ? { nodeMs: (used.user + used.system) / 1000 } : {}),
      });
    }
  }

  /** The report: phases summed over decks, each deck's phases, and the build's CPU totals. */
  report(chromeCpuMs: number | undefined): ProfileReport {
    const round = (c: PhaseCost): PhaseCost =>
      Object.fromEntries(Object.entries(c).map(([k, v]) => [k, Math.round(v as number)])) as unknown as PhaseCost;
    const phases = new Map<string, PhaseCost>();
    const decks: ProfileReport['decks'] = {};
    for (const [deck, costs] of this.#decks) {
      decks[deck] = Object.fromEntries([...costs].map(([p, c]) => [p, round(c)]));
      for (const [p, c] of costs) phases.set(p, add(phases.get(p) ?? { wallMs: 0 }, c));
    }
    const cpu = process.cpuUsage(this.#startCpu);
    return {
      phases: Object.fromEntries([...phases].map(([p, c]) => [p, round(c)])),
      decks,
      nodeCpuMs: Math.round((cpu.user + cpu.system) / 1000),
      ...(chromeCpuMs === undefined ? {} : { chromeCpuMs: Math.round(chromeCpuMs) }),
    };
  }
}
