import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll } from 'vitest'

import { dropTestDatabase, onPostgres, testDatabaseUrl } from './database'

/**
 * Runs before each test file: a fresh database and upload folder, with the
 * schema from the committed migrations only (no dev push), as in production.
 * SQLite by default (a temp file); `DATABASE_URI=postgres://… npm test` gives
 * each file its own database on that server instead (./database.ts).
 */
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-test-'))
process.env.MEDIA_DIR = path.join(dir, 'media')
process.env.DATABASE_PUSH = 'false'
process.env.PAYLOAD_SECRET ??= crypto.randomBytes(16).toString('hex')
// Refused requests are expected in these tests; Payload's GraphQL handler logs each as an error.
process.env.PAYLOAD_LOG_LEVEL ??= 'fatal'
if (onPostgres) {
  process.env.DATABASE_URI = testDatabaseUrl
  // Replicas are for the one test that proves them (read-replicas.int.spec.ts); every other file reads its writes at once.
  if (process.env.DATABASE_READ_REPLICAS) process.env.TEST_READ_REPLICAS = process.env.DATABASE_READ_REPLICAS
  delete process.env.DATABASE_READ_REPLICAS
  afterAll(dropTestDatabase)
} else {
  if (process.env.DATABASE_URI) throw new Error('The test suite runs on SQLite (DATABASE_URI unset) or PostgreSQL (DATABASE_URI=postgres://…).')
  process.env.SQLITE_PATH = path.join(dir, 'test.db')
}
