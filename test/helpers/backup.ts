import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { createClient } from '@libsql/client'
import { ZipArchive } from 'archiver'
import pg from 'pg'

import { databaseUrl, dropDatabase, throwAwayName } from '@scripts/postgres-databases'
import { TSX_NODE_FLAGS } from '@scripts/run-command'
import { onPostgres } from './database'
import { unzip } from './unzip'

/** Where a restore goes: a database (SQLite file or PostgreSQL URL) and an upload root, as environment variables. */
export type RestoreTarget = { database: string; env: Record<string, string>; media: string }

const serverUrl = process.env.DATABASE_URI as string
const made: string[] = []
const folders: string[] = []

/** A target nothing has touched: a new SQLite path and media folder, or a PostgreSQL database that does not exist yet. */
export const freshTarget = (): RestoreTarget => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-restore-'))
  folders.push(dir)
  const media = path.join(dir, 'media')
  if (onPostgres) {
    const name = throwAwayName('thidua_restore')
    made.push(name)
    const url = databaseUrl(serverUrl, name)
    return { database: url, env: { DATABASE_URI: url, MEDIA_DIR: media }, media }
  }
  const file = path.join(dir, 'restored.db')
  return { database: file, env: { MEDIA_DIR: media, SQLITE_PATH: file }, media }
}

/** Drops the targets' databases and deletes their folders. */
export const removeRestoreTargets = async () => {
  for (const name of made.splice(0)) await dropDatabase(serverUrl, name)
  for (const dir of folders.splice(0)) fs.rmSync(dir, { force: true, recursive: true })
}

/** Runs `npm run backup` / `npm run restore` as an operator would: a separate process, output captured. */
export const runScript = (script: 'backup' | 'restore', args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; output: string }> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...TSX_NODE_FLAGS, `scripts/${script}.ts`, ...args], { env: { ...process.env, NODE_OPTIONS: '', ...env } })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.on('error', reject)
    child.on('exit', (code) => resolve({ code, output }))
  })

/** Rows of one query on a SQLite file or a PostgreSQL URL: the same SQL reads both. */
export const queryRows = async (database: string, sql: string): Promise<Record<string, unknown>[]> => {
  if (onPostgres) {
    const client = new pg.Client({ connectionString: database })
    await client.connect()
    try {
      return (await client.query(sql)).rows
    } finally {
      await client.end()
    }
  }
  const client = createClient({ url: `file:${database}` })
  try {
    return (await client.execute(sql)).rows.map((row) => ({ ...row }))
  } finally {
    client.close()
  }
}

/** Every file under a folder, by path relative to it. */
export const filesUnder = (root: string): Map<string, Buffer> => {
  const files = new Map<string, Buffer>()
  if (!fs.existsSync(root)) return files
  for (const entry of fs.readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || entry.name.startsWith('.')) continue
    const absolute = path.join(entry.parentPath, entry.name)
    files.set(path.relative(root, absolute), fs.readFileSync(absolute))
  }
  return files
}

/** A copy of an archive with some entries changed: what a damaged or doctored backup looks like. */
export const tamperedCopy = async ({ archive, change }: { archive: string; change: (entries: Map<string, Buffer>) => void }): Promise<string> => {
  const entries = await unzip(fs.readFileSync(archive))
  change(entries)
  const dest = archive.replace(/\.zip$/, `-sua-${Math.random().toString(36).slice(2, 8)}.zip`)
  const zip = new ZipArchive()
  const written = new Promise<void>((resolve, reject) => zip.pipe(fs.createWriteStream(dest)).on('close', resolve).on('error', reject))
  for (const [name, data] of entries) zip.append(data, { name })
  await zip.finalize()
  await written
  return dest
}
