import { defineConfig } from 'vitest/config'

/** Integration tests: Local API and HTTP against a fresh temp SQLite database per file. */
export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/int/**/*.int.spec.ts', 'test/unit/**/*.spec.ts'],
    setupFiles: ['test/helpers/env.ts'],
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
})
