// The cache keys know the code that made the outputs: a checkout that pulls and compiles new code rebuilds.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CACHE_VERSION, PACKAGE_ROOT, TOOL_VERSION } from '../scripts/version.js';

describe('the version in cache keys', () => {
  it('is the package version with the compiled code’s stamp', () => {
    const { version } = JSON.parse(readFileSync(path.join(PACKAGE_ROOT, 'package.json'), 'utf8')) as {
      version: string;
    };
    expect(TOOL_VERSION).toBe(version);
    // The test run compiles dist/ first (test/support/compile.ts), so the build info is there.
    expect(CACHE_VERSION).toMatch(new RegExp(`^${version.replaceAll('.', '\\.')}\\+[0-9a-f]{12}$`));
  });
});
