import path from 'node:path'

import { defineConfig } from 'vitest/config'
import { BaseSequencer, type TestSpecification } from 'vitest/node'

/** Files run one at a time in name order: the last ones stop pieces of the cluster. */
class ByName extends BaseSequencer {
  async sort(files: TestSpecification[]) {
    return [...files].sort((a, b) => a.moduleId.localeCompare(b.moduleId))
  }
}

/**
 * Tests against a running `npm run cluster` (scripts/cluster.ts): two app
 * instances, a worker, nginx, PostgreSQL with a replica, Redis and S3.
 * `npm run test:cluster` while the cluster runs; .ci/run starts one.
 */
export default defineConfig({
  resolve: { alias: [{ find: /^@\//, replacement: `${path.resolve('src')}/` }] },
  test: {
    environment: 'node',
    fileParallelism: false,
    hookTimeout: 120_000,
    include: ['test/cluster/**/*.cluster.spec.ts'],
    sequence: { sequencer: ByName },
    testTimeout: 120_000,
  },
})
