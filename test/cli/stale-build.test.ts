// npm run build runs the compiled CLI without compiling; the CLI notices when a checkout's sources are newer than
// its last compile (and then compiles and runs again). The README's commands stay fast and never run stale code.
import { mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourcesChanged } from '../../scripts/cli/stale-build.js';
import { tempTree } from '../support/fixtures.js';
import pkg from '../../package.json' with { type: 'json' };

describe('a checkout whose sources changed', () => {
  it('is noticed when a source is newer than the last compile, and not otherwise', () => {
    const root = tempTree({ 'scripts/cli.ts': '', 'scripts/pipeline/build.ts': '', 'dist/.tsbuildinfo': '{}' });
    const at = (file: string, seconds: number) => utimesSync(path.join(root, file), seconds, seconds);
    at('scripts/cli.ts', 1000);
    at('scripts/pipeline/build.ts', 1000);
    at('dist/.tsbuildinfo', 2000);
    expect(sourcesChanged(root)).toBe(false);
    at('scripts/pipeline/build.ts', 3000);
    expect(sourcesChanged(root)).toBe(true);
  });

  it('is never assumed for an installed copy: no sources, or never compiled there', () => {
    const installed = tempTree({ 'dist/scripts/cli.js': '', 'dist/.tsbuildinfo': '{}' });
    expect(sourcesChanged(installed)).toBe(false);
    const fresh = tempTree({ 'scripts/cli.ts': '' });
    mkdirSync(path.join(fresh, 'dist'));
    writeFileSync(path.join(fresh, 'dist', 'x.js'), '');
    expect(sourcesChanged(fresh)).toBe(false);
  });

  it("so the README's build command runs no compiler first", () => {
    expect(pkg.scripts.build).toBe('node dist/scripts/cli.js build');
    expect(Object.keys(pkg.scripts)).not.toContain('prebuild');
  });
});
