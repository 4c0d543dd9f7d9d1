import { defineConfig } from 'vitest/config';

/** End-to-end tests: the built extension in a real Chromium. One file at a time: two cores. */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    testTimeout: 90_000,
    hookTimeout: 90_000,
    fileParallelism: false,
    // One retry: timing bounds (page responsiveness, worker start) run on a shared two-core
    // machine; a real regression fails both tries.
    retry: 1,
  },
});
