import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { databaseKind } from '@/lib/database/kind'
import { sqliteFilePath } from '@/lib/database/sqlite'

const STAMP_FILE = path.resolve('.next', 'thidua-build-stamp')
const INPUTS = ['package-lock.json', 'next.config.ts', 'payload.config.ts', 'tsconfig.json', 'src']

const walk = (entry: string): string[] => {
  if (!fs.existsSync(entry)) return []
  if (!fs.statSync(entry).isDirectory()) return [entry]
  return fs
    .readdirSync(entry)
    .sort()
    .flatMap((name) => walk(path.join(entry, name)))
}

/**
 * What a build depends on: the source, and the database its pages were
 * prerendered from (a new or different database needs a new build).
 */
export const currentBuildStamp = (): string => {
  const hash = crypto.createHash('sha256')
  for (const file of INPUTS.flatMap(walk)) hash.update(file).update(fs.readFileSync(file))
  if (databaseKind() === 'sqlite') {
    const db = sqliteFilePath()
    const stat = fs.existsSync(db) ? fs.statSync(db) : undefined
    hash.update(`${db}:${stat?.ino ?? 'none'}:${stat?.birthtimeMs ?? 0}`)
  } else {
    hash.update(process.env.DATABASE_URI ?? '')
  }
  hash.update(process.env.NEXT_PUBLIC_SERVER_URL ?? '')
  return hash.digest('hex')
}

export const buildIsCurrent = (stamp: string): boolean =>
  fs.existsSync(path.resolve('.next', 'BUILD_ID')) && fs.existsSync(STAMP_FILE) && fs.readFileSync(STAMP_FILE, 'utf8') === stamp

export const writeBuildStamp = (stamp: string) => fs.writeFileSync(STAMP_FILE, stamp)
