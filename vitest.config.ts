import { defineConfig } from 'vitest/config';

export default defineConfig({
  // The `obsidian` package is types only; plugin tests run against the in-memory mocks.
  resolve: { alias: { obsidian: 'obsidian-test-mocks/obsidian' } },
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    testTimeout: 30000,
  },
});
