// Which CI runner builds a deck, for `deckhand build --shard I/N`: a jump consistent hash (Lamping and Veach, 2014)
// of the deck's output name. A deck stays on its shard whatever other decks are added or removed, and when N grows
// to N+1 only about 1 deck in N+1 moves (to the new shard), so each runner's cached outputs stay useful.
import { createHash } from 'node:crypto';

/** Shard `index` (1-based) of `count`. */
export interface Shard {
  index: number;
  count: number;
}

const MASK = (1n << 64n) - 1n;

/** The shard (1 to count) that builds the deck named `name`. */
export function shardOfDeck(name: string, count: number): number {
  let key = BigInt(`0x${createHash('sha256').update(name).digest('hex').slice(0, 16)}`);
  let bucket = -1;
  let next = 0;
  while (next < count) {
    bucket = next;
    key = (key * 2862933555777941757n + 1n) & MASK;
    next = Math.floor((bucket + 1) * (2 ** 31 / (Number(key >> 33n) + 1)));
  }
  return bucket + 1;
}

/** Whether this shard builds the deck; every deck is on the only shard of a build without --shard. */
export function onShard(name: string, shard: Shard | undefined): boolean {
  return !shard || shardOfDeck(name, shard.count) === shard.index;
}

/** The build report's file name: each shard writes its own, so that their output folders can be merged into one. */
export function reportFileName(shard: Shard | undefined): string {
  return shard ? `build-report.shard-${shard.index}-of-${shard.count}.json` : 'build-report.json';
}
