import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/**
 * Runs before each test file: a fresh temp database and upload folder, and
 * schema from the committed migrations only (no dev push), as in production.
 */
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-test-'))
process.env.SQLITE_PATH = path.join(dir, 'test.db')
process.env.MEDIA_DIR = path.join(dir, 'media')
process.env.SQLITE_PUSH = 'false'
process.env.PAYLOAD_SECRET ??= crypto.randomBytes(16).toString('hex')
// Refused requests are expected in these tests; Payload's GraphQL handler logs each as an error.
process.env.PAYLOAD_LOG_LEVEL ??= 'fatal'
delete process.env.DATABASE_URI
