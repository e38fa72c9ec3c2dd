import { afterEach, describe, expect, it } from 'vitest'

import { databaseKind, describeDatabaseUrl, readReplicaUrls } from '@/lib/database/kind'

const saved = { ...process.env }
afterEach(() => {
  process.env = { ...saved }
})

describe('DATABASE_URI selects the adapter', () => {
  it('uses the embedded SQLite database when unset', () => {
    delete process.env.DATABASE_URI
    expect(databaseKind()).toBe('sqlite')
    expect(databaseKind('')).toBe('sqlite')
  })

  it('uses PostgreSQL for postgres:// and postgresql://', () => {
    expect(databaseKind('postgres://thidua:secret@db.example.vn:5432/thidua')).toBe('postgres')
    expect(databaseKind('postgresql://127.0.0.1/thidua')).toBe('postgres')
    expect(databaseKind('POSTGRES://127.0.0.1/thidua')).toBe('postgres')
  })

  it('uses MongoDB for mongodb:// and mongodb+srv://', () => {
    expect(databaseKind('mongodb://127.0.0.1/thidua')).toBe('mongodb')
    expect(databaseKind('mongodb+srv://cluster.example.net/thidua')).toBe('mongodb')
  })

  it('stops with an error naming the variable for anything else, without echoing credentials', () => {
    for (const bad of ['mysql://user:secret@host/db', 'postgres:user:secret@host/db', 'sqlite:./secret.db', 'secret']) {
      expect(() => databaseKind(bad), bad).toThrow(/DATABASE_URI/)
      expect(() => databaseKind(bad), bad).not.toThrow(/secret/)
    }
  })

  it('describes where a URL points without its password', () => {
    expect(describeDatabaseUrl('postgres://thidua:m%E1%BA%ADt@db.example.vn:6432/thidua')).toBe('thidua@db.example.vn:6432/thidua')
    expect(describeDatabaseUrl('not a url with secret')).not.toMatch(/secret/)
  })
})

describe('DATABASE_READ_REPLICAS', () => {
  it('is a comma-separated list of postgres:// URLs, blanks ignored', () => {
    expect(readReplicaUrls(' postgres://r1/thidua, ,postgresql://r2:5433/thidua ')).toEqual(['postgres://r1/thidua', 'postgresql://r2:5433/thidua'])
    expect(readReplicaUrls('')).toEqual([])
    expect(readReplicaUrls(undefined)).toEqual([])
  })

  it('refuses anything else, naming the variable and never the password', () => {
    expect(() => readReplicaUrls('postgres://r1/thidua,mysql://u:secret@r2/db')).toThrow(/DATABASE_READ_REPLICAS/)
    expect(() => readReplicaUrls('mysql://u:secret@r2/db')).not.toThrow(/secret/)
  })

  it('is ignored where migrations run (DATABASE_PRIMARY_ONLY), which must read the primary', () => {
    process.env.DATABASE_PRIMARY_ONLY = 'true'
    expect(readReplicaUrls('postgres://r1/thidua')).toEqual([])
  })
})
