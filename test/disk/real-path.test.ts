// The one check for every file read on a document's behalf: inside the project by its real path, links followed.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { realInside } from '../../scripts/disk/real-path.js';

const base = mkdtempSync(path.join(os.tmpdir(), 'deckhand-links-'));
const project = path.join(base, 'course');
const sibling = path.join(base, 'course-private');
mkdirSync(path.join(project, 'slides', 'img'), { recursive: true });
mkdirSync(sibling);
writeFileSync(path.join(project, 'slides', 'img', 'peta.png'), 'png');
writeFileSync(path.join(sibling, 'grades.png'), 'secret');
symlinkSync('/etc/passwd', path.join(project, 'slides', 'img', 'passwd.png'));
symlinkSync(path.join(sibling, 'grades.png'), path.join(project, 'slides', 'img', 'grades.png'));
symlinkSync(sibling, path.join(project, 'slides', 'private'));
symlinkSync('peta.png', path.join(project, 'slides', 'img', 'alias.png'));
symlinkSync('gone.png', path.join(project, 'slides', 'img', 'dangling.png'));
symlinkSync(project, path.join(base, 'course-link'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

const at = (...parts: string[]) => path.join(project, 'slides', ...parts);

describe('realInside, on disk', () => {
  it.each<[string, string, string | undefined]>([
    ['a plain file inside', at('img', 'peta.png'), at('img', 'peta.png')],
    ['a link inside to a file inside, as that file', at('img', 'alias.png'), at('img', 'peta.png')],
    ['a link to /etc/passwd', at('img', 'passwd.png'), undefined],
    ['a link to a file of a sibling project', at('img', 'grades.png'), undefined],
    ['a file inside a linked folder of a sibling project', at('private', 'grades.png'), undefined],
    ['a dangling link', at('img', 'dangling.png'), undefined],
    ['a missing file', at('img', 'gone.png'), undefined],
  ])('%s', (_, abs, expected) => expect(realInside(project, abs)).toBe(expected));

  it('judges against the root’s real path: a project opened through a link is still inside', () => {
    expect(
      realInside(path.join(base, 'course-link'), path.join(base, 'course-link', 'slides', 'img', 'peta.png')),
    ).toBe(at('img', 'peta.png'));
  });
});
