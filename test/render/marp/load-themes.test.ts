// Themes are read on a deck's behalf and published in its HTML: a theme file that links outside the templates
// folder is refused unread; a link inside it, or a templates folder reached through a link, is read as usual.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { TemplateError } from '../../../scripts/errors.js';
import { loadThemes } from '../../../scripts/render/marp/marp-engine.js';

let base: string;
afterEach(() => rmSync(base, { recursive: true, force: true }));

/** A project's templates/themes with `own.css`, plus whatever `more` adds; returns the templates folder. */
function templates(more: (themes: string) => void): string {
  base = mkdtempSync(path.join(os.tmpdir(), 'deckhand-themes-'));
  const themes = path.join(base, 'course', 'templates', 'themes');
  mkdirSync(themes, { recursive: true });
  writeFileSync(path.join(themes, 'own.css'), '/* @theme own */\nsection { color: navy; }');
  more(themes);
  return path.dirname(themes);
}

describe('loadThemes and links', () => {
  it.each([
    ['/etc/passwd', () => '/etc/passwd'],
    [
      'a sibling project’s theme',
      () => {
        mkdirSync(path.join(base, 'course-private'));
        writeFileSync(path.join(base, 'course-private', 'secret.css'), '/* @theme secret */\n/* answers */');
        return path.join(base, 'course-private', 'secret.css');
      },
    ],
  ])('refuses a theme file linked to %s, naming the file', (_, target) => {
    const dir = templates((themes) => symlinkSync(target(), path.join(themes, 'linked.css')));
    const error = (() => {
      try {
        loadThemes(dir);
      } catch (e) {
        return e as TemplateError;
      }
    })();
    expect(error).toBeInstanceOf(TemplateError);
    expect(error!.message).toMatch(/link to a file outside the templates folder/);
    expect(error!.file).toBe(path.join(dir, 'themes', 'linked.css'));
  });

  it('reads a link to another file inside the templates folder, and a templates folder reached by a link', () => {
    const dir = templates((themes) => {
      mkdirSync(path.join(themes, '..', 'shared'));
      writeFileSync(path.join(themes, '..', 'shared', 'base.css'), '/* @theme base */');
      symlinkSync('../shared/base.css', path.join(themes, 'base.css'));
    });
    symlinkSync(dir, path.join(base, 'templates-link'));
    expect(loadThemes(path.join(base, 'templates-link')).map((t) => t.name)).toEqual(['base', 'own']);
  });
});
