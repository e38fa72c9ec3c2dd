import path from 'node:path'

import { defineConfig } from 'vitest/config'

/** Browser tests: real Debian Chromium against the production build (`npm run build` first). */
export default defineConfig({
  // The same aliases as tsconfig.json's paths.
  resolve: { alias: [{ find: '@payload-config', replacement: path.resolve('payload.config.ts') }, { find: /^@\//, replacement: `${path.resolve('src')}/` }, { find: /^@scripts\//, replacement: `${path.resolve('scripts')}/` }] },
  test: {
    environment: 'node',
    // Lexical's Node entry points use top-level await, which deadlocks Node 20's
    // ESM loader at random; the production condition resolves past them.
    execArgv: ['--conditions=production'],
    fileParallelism: false,
    globalSetup: ['test/e2e/global-setup.ts'],
    include: ['test/e2e/**/*.e2e.spec.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
})
