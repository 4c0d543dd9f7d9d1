import { defineConfig } from 'vitest/config';

/** End-to-end tests: the built extension in a real Chromium. One file at a time: two cores. */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    testTimeout: 90_000,
    hookTimeout: 90_000,
    fileParallelism: false,
  },
});
