import { defineConfig } from 'vitest/config';

// Five projects: `unit` runs without a browser in seconds (npm run test:unit); `browser` drives real Chromium;
// `stress` builds the 5 MB document (npm run test:stress); `a11y` audits every output of three documents with
// axe-core and the PDF tags, about 50 s (npm run test:a11y); `corpus` reads the real documents of ../shared/corpus
// (npm run test:corpus), which a clone alone does not have. npm test runs unit and browser, so it passes in a
// fresh clone. Every project compiles dist/ first when a source changed, so a test that runs the CLI never runs
// stale code.
const shared = { globalSetup: ['test/support/compile.ts'], testTimeout: 120_000, hookTimeout: 120_000 };

export default defineConfig({
  test: {
    // Two workers on these 2-core machines: browser tests start real Chromium.
    maxWorkers: 2,
    projects: [
      {
        test: {
          ...shared,
          name: 'unit',
          isolate: false,
          include: ['test/**/*.test.ts'],
          exclude: [
            'test/**/*.browser.test.ts',
            'test/**/*.stress.test.ts',
            'test/**/*.a11y.test.ts',
            'test/**/*.corpus.test.ts',
          ],
        },
      },
      {
        test: {
          ...shared,
          name: 'browser',
          isolate: false,
          include: ['test/**/*.browser.test.ts'],
          setupFiles: ['test/support/require-chrome.ts'],
        },
      },
      {
        test: {
          ...shared,
          name: 'stress',
          include: ['test/**/*.stress.test.ts'],
          setupFiles: ['test/support/require-chrome.ts'],
        },
      },
      {
        test: {
          ...shared,
          name: 'a11y',
          isolate: false,
          include: ['test/**/*.a11y.test.ts'],
          setupFiles: ['test/support/require-chrome.ts'],
        },
      },
      {
        test: {
          ...shared,
          name: 'corpus',
          isolate: false,
          include: ['test/**/*.corpus.test.ts'],
          setupFiles: ['test/support/require-chrome.ts'],
        },
      },
    ],
  },
});
