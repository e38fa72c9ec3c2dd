import { databaseKind } from '@/lib/database/kind'
import { sqliteFilePath } from '@/lib/database/sqlite'
import type { BackupDatabaseKind } from './manifest'
import { inspectPostgres, snapshotPostgres } from './postgres'
import { inspectSqlite, snapshotSqlite } from './sqlite'
import type { DatabaseState } from './state'

/** MongoDB has its own tools, which do this job better than an archive of ours would. */
export const MONGODB_REFUSAL =
  'Sao lưu/khôi phục bằng lệnh này chỉ dành cho SQLite và PostgreSQL. Với MongoDB dùng mongodump/mongorestore cùng một bản sao thư mục media/: xem README, mục "Backup and restore".'

/** The SQL database the environment points at (DATABASE_URI / SQLITE_PATH), or a refusal for MongoDB. */
export const configuredDatabase = (): { kind: BackupDatabaseKind; where: string } => {
  const kind = databaseKind()
  if (kind === 'mongodb') throw new Error(MONGODB_REFUSAL)
  return kind === 'postgres' ? { kind, where: process.env.DATABASE_URI as string } : { kind, where: sqliteFilePath() }
}

/** Archive entry of the database, by kind: a SQLite file, or pg_dump's custom format. */
export const DATABASE_ENTRIES: Record<BackupDatabaseKind, string> = { postgres: 'database/thidua.pgdump', sqlite: 'database/thidua.db' }

export const snapshotDatabase = ({ dest, kind, where }: { dest: string; kind: BackupDatabaseKind; where: string }): Promise<DatabaseState> =>
  kind === 'postgres' ? snapshotPostgres({ dest, url: where }) : snapshotSqlite({ dest, source: where })

export const inspectDatabase = ({ kind, where }: { kind: BackupDatabaseKind; where: string }): Promise<DatabaseState> =>
  kind === 'postgres' ? inspectPostgres(where) : inspectSqlite(where)
