// Atomic writes: an interrupted or failed write leaves the previous output intact, a deck's outputs switch
// together, and stale temps are swept.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { removeStaleTemps, StagedWrites, tempPathFor, writeAtomic } from '../../scripts/disk/write-atomic.js';

const dir = () => mkdtempSync(path.join(os.tmpdir(), 'deckhand-atomic-'));

describe('writeAtomic', () => {
  it('replaces a file in one step and leaves no temp file', async () => {
    const d = dir();
    const file = path.join(d, 'slides.md');
    writeFileSync(file, 'old');
    await writeAtomic(file, 'new');
    expect(readFileSync(file, 'utf8')).toBe('new');
    expect(readdirSync(d)).toEqual(['slides.md']);
  });

  it('keeps the previous file when the write fails', async () => {
    const d = dir();
    const file = path.join(d, 'slides.md');
    writeFileSync(file, 'old');
    // A folder where the temp file's rename target should be makes the rename fail.
    const target = path.join(d, 'handout.pdf');
    mkdirSync(target);
    writeFileSync(path.join(target, 'x'), 'x');
    await expect(writeAtomic(target, 'new')).rejects.toThrow();
    expect(readFileSync(file, 'utf8')).toBe('old');
    expect(readdirSync(d).filter((n) => n.includes('.tmp'))).toEqual([]);
  });

  it('keeps the file extension last in temp names, for tools that go by it', () => {
    expect(tempPathFor('/o/slides.print.html')).toMatch(/\/\.slides\.print\.\d+-[0-9a-f]{8}\.tmp\.html$/);
  });

  it('sweeps temps of dead builds but not those of this one', async () => {
    const d = dir();
    const mine = tempPathFor(path.join(d, 'slides.pdf'));
    writeFileSync(mine, 'x');
    writeFileSync(path.join(d, '.slides.999999-0badcafe.tmp.pdf'), 'x');
    mkdirSync(path.join(d, '.html-999999-abc'));
    writeFileSync(path.join(d, 'slides.pdf'), 'kept');
    await removeStaleTemps(d);
    expect(readdirSync(d).sort()).toEqual([path.basename(mine), 'slides.pdf'].sort());
    expect(existsSync(path.join(d, 'slides.pdf'))).toBe(true);
  });
});

describe('StagedWrites', () => {
  it('shows nothing new until commit, then moves every staged file into place', async () => {
    const d = dir();
    writeFileSync(path.join(d, 'slides.pdf'), 'old');
    const out = new StagedWrites();
    await out.write(path.join(d, 'slides.pdf'), 'new');
    await out.write(path.join(d, 'handout.html'), 'page');
    expect(readFileSync(path.join(d, 'slides.pdf'), 'utf8')).toBe('old');
    expect(existsSync(path.join(d, 'handout.html'))).toBe(false);
    await out.commit();
    expect(readdirSync(d).sort()).toEqual(['handout.html', 'slides.pdf']);
    expect(readFileSync(path.join(d, 'slides.pdf'), 'utf8')).toBe('new');
  });

  it('discards thrown-away work and leaves the previous outputs as they were', async () => {
    const d = dir();
    writeFileSync(path.join(d, 'slides.md'), 'old');
    const out = new StagedWrites();
    await out.write(path.join(d, 'slides.md'), 'first plan');
    await out.discard();
    expect(readdirSync(d)).toEqual(['slides.md']);
    expect(readFileSync(path.join(d, 'slides.md'), 'utf8')).toBe('old');
  });

  it('keeps only the last content staged for a target, and skips a temp nobody wrote', async () => {
    const d = dir();
    const out = new StagedWrites();
    await out.write(path.join(d, 'handout.html'), 'flowing');
    await out.write(path.join(d, 'handout.html'), 'paginated');
    await out.temp(path.join(d, 'slides.pdf'));
    await out.commit();
    expect(readdirSync(d)).toEqual(['handout.html']);
    expect(readFileSync(path.join(d, 'handout.html'), 'utf8')).toBe('paginated');
  });
});
