import { describe, expect, it } from 'vitest'

import { databaseKind } from '@/lib/database/adapter'

describe('DATABASE_URI selects the adapter', () => {
  it('uses the embedded SQLite database when unset', () => {
    expect(databaseKind('')).toBe('sqlite')
    expect(databaseKind(undefined)).toBe('sqlite')
  })

  it('uses MongoDB for mongodb:// and mongodb+srv://', () => {
    expect(databaseKind('mongodb://127.0.0.1/thidua')).toBe('mongodb')
    expect(databaseKind('mongodb+srv://cluster.example.net/thidua')).toBe('mongodb')
  })

  it('stops with an error naming the variable for anything else, without echoing credentials', () => {
    expect(() => databaseKind('postgres://user:secret@host/db')).toThrow(/DATABASE_URI/)
    expect(() => databaseKind('postgres://user:secret@host/db')).not.toThrow(/secret/)
  })
})
