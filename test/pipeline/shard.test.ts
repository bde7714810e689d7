// --shard I/N: every deck on exactly one shard, the same shard as others come and go, and about as many on each.
import { describe, expect, it } from 'vitest';
import { onShard, reportFileName, shardOfDeck } from '../../scripts/pipeline/shard.js';

const names = Array.from(
  { length: 3000 },
  (_, i) => `kuliah-${String(i).padStart(4, '0')}-${['diplomasi', 'ekonomi', 'asean'][i % 3]}`,
);

describe('shardOfDeck', () => {
  it('puts every deck on exactly one of n shards, the union being every deck', () => {
    for (const count of [1, 3, 20]) {
      const shards = Array.from({ length: count }, (_, i) => names.filter((n) => onShard(n, { index: i + 1, count })));
      expect(shards.flat().sort()).toEqual([...names].sort());
    }
  });

  it('keeps a deck on its shard whatever other decks exist: the name alone decides', () => {
    const before = new Map(names.slice(0, 1000).map((n) => [n, shardOfDeck(n, 3)]));
    for (const [name, shard] of before) expect(shardOfDeck(name, 3)).toBe(shard);
    expect(shardOfDeck('kerjasama-antar-negara', 3)).toBe(shardOfDeck('kerjasama-antar-negara', 3));
  });

  it('moves only about 1 deck in n+1, and only to the new shard, when a shard is added', () => {
    const moved = names.filter((n) => shardOfDeck(n, 20) !== shardOfDeck(n, 21));
    expect(moved.length).toBeLessThan((names.length / 21) * 1.3);
    expect(moved.every((n) => shardOfDeck(n, 21) === 21)).toBe(true);
  });

  it('balances the decks: no shard holds more than 25% over its share', () => {
    const counts = new Array<number>(20).fill(0);
    for (const n of names) counts[shardOfDeck(n, 20) - 1]!++;
    expect(Math.max(...counts)).toBeLessThan((names.length / 20) * 1.25);
  });

  it('names each shard its own report file, so shard outputs can be merged', () => {
    expect(reportFileName(undefined)).toBe('build-report.json');
    expect(reportFileName({ index: 2, count: 3 })).toBe('build-report.shard-2-of-3.json');
  });
});
