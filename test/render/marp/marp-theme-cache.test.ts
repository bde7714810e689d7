// Marp's theme parses and packs are shared across instances and renders: marp-cli makes a Marp for every deck it
// converts, and each one used to parse the three built-in themes again; every render packed its theme again.
import { beforeAll, describe, expect, it } from 'vitest';
import { createMarp, loadThemes } from '../../../scripts/render/marp/marp-engine.js';
import { patchMarpit } from '../../../scripts/render/marp/marpit-patches.js';
import { requireCjs } from '../../../scripts/require-cjs.js';
import path from 'node:path';
import { REPO_ROOT } from '../../support/seeds.js';

const { Marp } = requireCjs('@marp-team/marp-core') as typeof import('@marp-team/marp-core');
const TEMPLATES = path.join(REPO_ROOT, 'templates');
const THEME = (color: string) => `/* @theme probe */\nsection { color: ${color}; }`;

// Every Marp made below, not only createMarp's, shares theme work once Marpit is patched, as in a build.
beforeAll(() => void patchMarpit());

describe('shared theme parses', () => {
  it("gives every Marp the same parsed built-in themes, marp-cli's instances included", () => {
    const themes = loadThemes(TEMPLATES);
    const ours = createMarp(themes).marp;
    const another = new Marp({ html: false });
    // As marp-cli's do, it adds the theme files deckhand writes: Marp's own themes with deckhand's fixes among them.
    for (const t of themes) another.themeSet.add(t.css);
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

/** ThemeSet#use is Marpit's internal way to add a postcss plugin (Marpit#use calls it); it is not in the types. */
const useCss = (marp: InstanceType<typeof Marp>, plugin: object) =>
  (marp.themeSet as unknown as { use(p: object): void }).use(plugin);

describe('shared theme packs', () => {
  const counter = () => {
    const plugin = {
      postcssPlugin: 'deckhand-test-counter',
      calls: 0,
      Once() {
        plugin.calls++;
      },
    };
    return plugin;
  };

  it('packs a theme once for every deck that renders it the same way', () => {
    const plugin = counter();
    const marp = new Marp();
    useCss(marp, plugin);
    const first = marp.render('# Satu').css;
    expect(marp.render('# Dua\n\n---\n\n# Tiga').css).toBe(first);
    expect(plugin.calls).toBe(1);
  });

  it('packs again for a deck with its own style, or when the theme set has other CSS under the same name', () => {
    const plugin = counter();
    const marp = new Marp({ html: true });
    useCss(marp, plugin);
    marp.themeSet.add(THEME('red'));
    const plain = marp.render('<!-- theme: probe -->\n\n# x').css;
    const styled = marp.render('<!-- theme: probe -->\n\n<style>section { background: olive; }</style>\n\n# x').css;
    expect(plain).not.toMatch(/olive/);
    expect(styled).toMatch(/olive/);
    marp.themeSet.add(THEME('blue'));
    expect(marp.render('<!-- theme: probe -->\n\n# x').css).toMatch(/color: ?blue/);
    expect(plugin.calls).toBe(3);
  });

  it('keeps Marps with other options or plugins apart: minified CSS and CSS without print rules are not shared', () => {
    const deck = '# x';
    const loose = new Marp({ minifyCSS: false }).render(deck).css;
    const minified = new Marp({ minifyCSS: true }).render(deck).css;
    expect(minified).not.toBe(loose);
    expect(minified.length).toBeLessThan(loose.length);
    const screenOnly = new Marp({ minifyCSS: false, printable: false }).render(deck).css;
    expect(screenOnly).not.toBe(loose);
    expect(loose).toMatch(/@media print/);
    expect(screenOnly).not.toMatch(/@media print/);
  });

  it('does not share the packs of a theme set given a plugin it cannot describe', () => {
    let calls = 0;
    const creator = Object.assign(
      () => ({
        postcssPlugin: 'deckhand-test-creator',
        Once() {
          calls++;
        },
      }),
      { postcss: true as const },
    );
    const marp = new Marp();
    useCss(marp, creator);
    marp.render('# a');
    marp.render('# a');
    expect(calls).toBe(2);
  });
});
