// The themes an author's own decks bring, as marp-cli's theme set would: a theme CSS beside a deck, in a themes/
// folder beside it or at the project's root, or named by the config's themeSet (files or folders). Like a picture,
// a theme is read only from inside the project; a CSS file without a `/* @theme name */` comment is no theme, and
// one that takes a name of deckhand's own themes is left out with a note. A deck never fails for its theme.
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { globSync } from 'glob';
import { isInside, realInside } from '../../disk/real-path.js';
import type { Diagnostic } from '../../types.js';
import type { ThemeFile } from './marp-engine.js';

/** The CSS files under a path: the file itself, or a folder's *.css (not its subfolders). */
function cssFiles(abs: string): string[] {
  if (!existsSync(abs)) return [];
  if (statSync(abs).isFile()) return abs.endsWith('.css') ? [abs] : [];
  return globSync('*.css', { cwd: abs, absolute: true }).sort();
}

/**
 * The author themes of a build: those of the config's `themeSet` (paths relative to the project root), of
 * `themes/` at the root, and of each source folder given and its `themes/`. `own` are deckhand's theme names.
 */
export function findAuthorThemes(
  root: string,
  themeSet: readonly string[],
  sourceDirs: readonly string[],
  own: readonly string[],
): { themes: ThemeFile[]; notes: Diagnostic[] } {
  const notes: Diagnostic[] = [];
  const note = (file: string, message: string) =>
    notes.push({ file: path.relative(root, file) || file, line: 1, severity: 'warning', code: 'theme', message });

  const named = themeSet.map((p) => path.resolve(root, p));
  for (const place of named.filter((p) => !isInside(root, p)))
    note(place, 'themeSet names a place outside the project; not read (put the theme inside the project)');
  // A source folder outside the project (a build of /tmp/notes from here) is not searched for themes, as its
  // pictures are not read: a deck there naming its own theme gets the fallback warning at its theme line.
  const places = [
    ...named,
    path.join(root, 'themes'),
    ...sourceDirs.flatMap((dir) => [dir, path.join(dir, 'themes')]),
  ].filter((p) => isInside(root, p));
  const themes = new Map<string, ThemeFile>();
  for (const place of places) {
    for (const file of cssFiles(place)) {
      // Judged on its real path, as a picture is: a link inside the project to a file outside it is not read.
      const real = realInside(root, file);
      if (!real) {
        note(file, 'theme file is a link to a file outside the project; not read');
        continue;
      }
      const css = readFileSync(real, 'utf8');
      const name = /@theme\s+([\w-]+)/.exec(css)?.[1];
      if (!name || [...themes.values()].some((t) => t.file === file)) continue;
      if (own.includes(name)) note(file, `theme "${name}" has the name of deckhand's own theme; left out (rename it)`);
      else if (themes.has(name))
        note(file, `a second theme "${name}" (the first is ${path.relative(root, themes.get(name)!.file)}); left out`);
      else themes.set(name, { name, file, css, author: true });
    }
  }
  return { themes: [...themes.values()], notes };
}
