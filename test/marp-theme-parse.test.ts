// Marp's theme parses are shared across instances: marp-cli makes a Marp for every deck it converts, and each
// one used to parse the three built-in themes again.
import { describe, expect, it } from 'vitest';
import { createMarp, loadThemes } from '../scripts/lib/marp-engine.js';
import { requireCjs } from '../scripts/lib/load-cjs.js';
import path from 'node:path';

const { Marp } = requireCjs('@marp-team/marp-core') as typeof import('@marp-team/marp-core');
const TEMPLATES = path.resolve(import.meta.dirname, '../templates');
const THEME = (color: string) => `/* @theme probe */\nsection { color: ${color}; }`;

describe('shared theme parses', () => {
  it('gives every Marp the same parsed built-in themes, marp-cli\'s instances included', () => {
    const ours = createMarp(loadThemes(TEMPLATES));
    const another = new Marp({ html: false });
    for (const name of ['default', 'gaia', 'uncover']) expect(another.themeSet.get(name)).toBe(ours.themeSet.get(name));
  });

  it('parses a theme again when its CSS changes, and keeps both apart', () => {
    const a = new Marp();
    const b = new Marp();
    a.themeSet.add(THEME('red'));
    b.themeSet.add(THEME('blue'));
    expect(a.themeSet.get('probe')).not.toBe(b.themeSet.get('probe'));
    const deck = '<!-- theme: probe -->\n\n# x';
    expect(a.render(deck).css).toMatch(/color: ?red/);
    expect(b.render(deck).css).toMatch(/color: ?blue/);
    const c = new Marp();
    c.themeSet.add(THEME('red'));
    expect(c.themeSet.get('probe')).toBe(a.themeSet.get('probe'));
  });

  it('parses again under other parse options (CSS nesting)', () => {
    const flat = new Marp({ cssNesting: false });
    const nested = new Marp({ cssNesting: true });
    const css = '/* @theme nest */\nsection { h1 { color: teal; } }';
    flat.themeSet.add(css);
    nested.themeSet.add(css);
    expect(nested.themeSet.get('nest')).not.toBe(flat.themeSet.get('nest'));
    expect(nested.themeSet.get('nest')!.css).toMatch(/section h1|h1/);
  });

  it('still rejects a theme without @theme, every time it is added', () => {
    const marp = new Marp();
    expect(() => marp.themeSet.add('section { color: red; }')).toThrow(/@theme/);
    expect(() => marp.themeSet.add('section { color: red; }')).toThrow(/@theme/);
  });

  it('returns frozen themes, so sharing one cannot leak a change between decks', () => {
    expect(Object.isFrozen(new Marp().themeSet.get('default'))).toBe(true);
  });
});
