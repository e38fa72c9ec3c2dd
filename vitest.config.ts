import path from 'node:path'

import { defineConfig } from 'vitest/config'

/** Integration tests: Local API and HTTP against a fresh temp SQLite database per file. */
export default defineConfig({
  resolve: { alias: { '@payload-config': path.resolve('payload.config.ts') } },
  test: {
    environment: 'node',
    // Lexical's Node entry points use top-level await, which deadlocks Node 20's
    // ESM loader at random; the production condition resolves past them.
    execArgv: ['--conditions=production'],
    include: ['test/int/**/*.int.spec.ts', 'test/unit/**/*.spec.ts'],
    setupFiles: ['test/helpers/env.ts'],
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
})
