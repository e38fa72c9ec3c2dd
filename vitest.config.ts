import path from 'node:path'

import { defineConfig } from 'vitest/config'

/** Integration tests: Local API and HTTP against a fresh temp SQLite database per file. */
export default defineConfig({
  // The same aliases as tsconfig.json's paths.
  resolve: { alias: [{ find: '@payload-config', replacement: path.resolve('payload.config.ts') }, { find: /^@\//, replacement: `${path.resolve('src')}/` }, { find: /^@scripts\//, replacement: `${path.resolve('scripts')}/` }] },
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
