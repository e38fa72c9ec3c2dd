import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import pg from 'pg'

import { describeDatabaseUrl } from '@/lib/database/kind'
import type { DatabaseState } from './state'

const DEBIAN_PG_ROOT = '/usr/lib/postgresql'

/** The newest Debian-packaged client tool (pg_dump must be at least the server's version), else the one on PATH. */
const postgresTool = (name: 'pg_dump' | 'pg_restore'): string => {
  const versions = fs.existsSync(DEBIAN_PG_ROOT) ? fs.readdirSync(DEBIAN_PG_ROOT).filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a)) : []
  const packaged = versions.map((version) => path.join(DEBIAN_PG_ROOT, version, 'bin', name)).find((tool) => fs.existsSync(tool))
  return packaged ?? name
}

/**
 * Runs pg_dump / pg_restore on the database at `url`. The password travels in
 * the environment, never on the command line, which every user of the
 * machine can read (ps); messages name the database without it.
 */
const runTool = ({ args, tool, url }: { args: string[]; tool: 'pg_dump' | 'pg_restore'; url: string }) =>
  new Promise<void>((resolve, reject) => {
    const parsed = new URL(url)
    const password = decodeURIComponent(parsed.password)
    parsed.password = ''
    const env = { ...process.env, ...(password ? { PGPASSWORD: password } : {}) }
    const child = spawn(postgresTool(tool), [...args, `--dbname=${parsed.toString()}`], { env, stdio: ['ignore', 'ignore', 'pipe'] })
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('error', (error: NodeJS.ErrnoException) =>
      reject(new Error(error.code === 'ENOENT' ? `Không tìm thấy ${tool}: cài công cụ PostgreSQL cùng phiên bản với máy chủ (apt-get install -y postgresql-client) rồi chạy lại.` : error.message)),
    )
    const hint = `Kiểm tra DATABASE_URI, quyền của người dùng trên CSDL và phiên bản ${tool} (${postgresTool(tool)}: không được cũ hơn máy chủ).`
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${tool} thất bại (mã ${code}) với ${describeDatabaseUrl(url)}: ${stderr.trim().split('\n').slice(-3).join(' ')} ${hint}`))))
  })

const connect = async (url: string): Promise<pg.Client> => {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 })
  // A connection that dies later reports through the query that fails, not as a crash.
  client.on('error', () => undefined)
  await client.connect()
  return client
}

const quote = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`

const stateOf = async (client: pg.Client): Promise<DatabaseState> => {
  const { rows } = await client.query<{ name: string }>("SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename")
  const tables: Record<string, number> = {}
  for (const { name } of rows) tables[name] = Number((await client.query<{ n: string }>(`SELECT count(*) AS n FROM public.${quote(name)}`)).rows[0].n)
  const migrations = 'payload_migrations' in tables ? (await client.query<{ name: string }>('SELECT name FROM payload_migrations ORDER BY id')).rows.map((row) => row.name) : []
  return { migrations, tables }
}

const MISSING_DATABASE = '3D000'

/** Row counts and migrations of the database at `url`; a database that does not exist yet is empty. */
export const inspectPostgres = async (url: string): Promise<DatabaseState> => {
  let client: pg.Client
  try {
    client = await connect(url)
  } catch (error) {
    if ((error as { code?: string }).code === MISSING_DATABASE) return { migrations: [], tables: {} }
    throw error
  }
  try {
    return await stateOf(client)
  } finally {
    await client.end()
  }
}

/**
 * pg_dump of the database as one snapshot while the site keeps writing: a
 * repeatable-read transaction exports its snapshot, counts rows in it and
 * hands it to pg_dump, so the counts describe exactly the dumped data.
 */
export const snapshotPostgres = async ({ dest, url }: { dest: string; url: string }): Promise<DatabaseState> => {
  const client = await connect(url).catch((error: { code?: string }) => {
    if (error.code !== MISSING_DATABASE) throw error
    throw new Error(`Không có cơ sở dữ liệu ${describeDatabaseUrl(url)}: kiểm tra tên cơ sở dữ liệu trong DATABASE_URI.`)
  })
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY')
    const { rows } = await client.query<{ id: string }>('SELECT pg_export_snapshot() AS id')
    const state = await stateOf(client)
    // Ownership, grants and comments name roles of this server; a restore elsewhere has its own.
    await runTool({ args: ['--format=custom', '--no-owner', '--no-privileges', '--no-comments', `--snapshot=${rows[0].id}`, `--file=${dest}`], tool: 'pg_dump', url })
    await client.query('COMMIT')
    return state
  } finally {
    await client.end()
  }
}

/** Creates the target database when it does not exist yet, as Payload would on first start. */
const ensureDatabase = async (url: string): Promise<void> => {
  try {
    await (await connect(url)).end()
  } catch (error) {
    if ((error as { code?: string }).code !== MISSING_DATABASE) throw error
    const maintenance = new URL(url)
    const name = decodeURIComponent(maintenance.pathname.slice(1))
    maintenance.pathname = '/postgres'
    const client = await connect(maintenance.toString())
    await client.query(`CREATE DATABASE ${quote(name)}`).finally(() => client.end())
  }
}

/** Loads a dump into the database at `url`, in one transaction; `clean` first empties its public schema (what --force allows). */
export const restorePostgres = async ({ clean, dump, url }: { clean: boolean; dump: string; url: string }): Promise<void> => {
  await ensureDatabase(url)
  if (clean) {
    const client = await connect(url)
    await client.query('DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public').finally(() => client.end())
  }
  await runTool({ args: ['--no-owner', '--no-privileges', '--exit-on-error', '--single-transaction', dump], tool: 'pg_restore', url })
}
