import { defineConfig } from 'vitest/config';

/** Unit tests: pure logic in src/lib and the command-line tools, no browser. */
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    testTimeout: 60_000,
  },
});
