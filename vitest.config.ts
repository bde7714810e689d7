import { defineConfig } from 'vitest/config';

// Browser tests start real Chromium: give them time, and keep runs to two workers on these 2-core machines.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    maxWorkers: 2,
  },
});
