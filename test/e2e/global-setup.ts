import fs from 'node:fs'
import path from 'node:path'

import type { TestProject } from 'vitest/node'

import { startNextServer } from '../helpers/server'

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
  }
}

/**
 * Serves the production build on the production database it was built
 * against (`npm run build` migrates and seeds it first).
 */
export default async function setup(project: TestProject) {
  if (!fs.existsSync(path.resolve('.next', 'BUILD_ID'))) {
    throw new Error('No production build: run `npm run build` before `npm run test:e2e`.')
  }
  const port = Number(process.env.E2E_PORT ?? 3100)
  // The test client stands in for nginx on loopback, so a test can name the client it plays
  // (the hostile suite does: its refused logins and opinions get their own per-address window).
  const server = await startNextServer({ env: { TRUSTED_PROXIES: 'loopback' }, port })
  project.provide('baseUrl', server.url)
  return () => server.stop()
}
