import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { databaseKind } from '@/lib/database/kind'

const SECRET_FILE = path.resolve('data', '.payload-secret')

const SERVER_DATABASES = { mongodb: 'MongoDB', postgres: 'PostgreSQL' } as const

/**
 * With the embedded database a missing secret is generated once and kept
 * beside the database. A server database (PostgreSQL, MongoDB) is meant to be
 * shared by several app servers, which must all sign sessions and preview
 * links with the same secret: in production it must be given.
 */
export const payloadSecret = (): string => {
  if (process.env.PAYLOAD_SECRET) return process.env.PAYLOAD_SECRET
  const kind = databaseKind()
  if (kind !== 'sqlite' && process.env.NODE_ENV === 'production') {
    throw new Error(`PAYLOAD_SECRET is required with ${SERVER_DATABASES[kind]} in production: set it to a long random string (e.g. \`openssl rand -hex 32\`), the same on every server.`)
  }
  if (fs.existsSync(SECRET_FILE)) return fs.readFileSync(SECRET_FILE, 'utf8').trim()
  const secret = crypto.randomBytes(32).toString('hex')
  fs.mkdirSync(path.dirname(SECRET_FILE), { recursive: true })
  fs.writeFileSync(SECRET_FILE, secret, { mode: 0o600 })
  return secret
}
