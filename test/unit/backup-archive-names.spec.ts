import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { parseManifest } from '@/backup/manifest'
import { uploadTarget } from '@/backup/uploads'

const root = (folder: string) => path.join('/srv/media', folder)
const sha = 'a'.repeat(64)
const manifest = (change: (m: Record<string, unknown>) => void = () => undefined) => {
  const value: Record<string, unknown> = {
    createdAt: '2026-12-02T11:30:05.000Z',
    database: { collections: { exemplars: { documents: 2, table: 'exemplars' } }, entry: 'database/thidua.db', kind: 'sqlite', migrations: ['20250101_init'], tables: { exemplars: 2 } },
    files: [{ path: 'database/thidua.db', sha256: sha, size: 10 }],
    format: 'thidua-backup',
    version: 1,
  }
  change(value)
  return JSON.stringify(value)
}

describe('where a restore may write', () => {
  it('maps upload entries into their own folder only', () => {
    expect(uploadTarget('uploads/images/anh.png', root)).toBe('/srv/media/images/anh.png')
    expect(uploadTarget('uploads/files/2025/ke-hoach.pdf', root)).toBe('/srv/media/files/2025/ke-hoach.pdf')
  })

  it('refuses entries that climb out, name another folder or none', () => {
    for (const entry of ['uploads/images/../../etc/passwd', 'uploads/packs/a.zip', 'uploads/images/', 'uploads/images//a', 'database/../a', 'uploads/images/./a']) {
      expect(uploadTarget(entry, root), entry).toBeNull()
    }
  })
})

describe('reading a manifest', () => {
  it('accepts a well-formed one', () => {
    expect(parseManifest(manifest()).database.tables.exemplars).toBe(2)
  })

  it('refuses what is not ours, a newer format, or one missing what a restore checks', () => {
    expect(() => parseManifest('{')).toThrow(/không phải JSON/)
    expect(() => parseManifest(manifest((m) => (m.format = 'other')))).toThrow(/không phải bản sao lưu của Thi đua/)
    expect(() => parseManifest(manifest((m) => (m.version = 2)))).toThrow(/phiên bản 2/)
    expect(() => parseManifest(manifest((m) => (m.files = [])))).toThrow(/thiếu thông tin/)
    expect(() => parseManifest(manifest((m) => ((m.database as { tables: unknown }).tables = { exemplars: -1 })))).toThrow(/thiếu thông tin/)
    expect(() => parseManifest(manifest((m) => (m.files = [{ path: 'database/thidua.db', sha256: 'xyz', size: 10 }])))).toThrow(/thiếu thông tin/)
  })
})
