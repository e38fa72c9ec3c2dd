import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { BackupManifest } from '@/backup/manifest'
import { filesUnder, freshTarget, queryRows, removeRestoreTargets, type RestoreTarget, runScript, tamperedCopy } from '../helpers/backup'
import { testDatabaseUrl } from '../helpers/database'
import { largePng, pdfUpload, tinyPng } from '../helpers/files'
import { getTestPayload } from '../helpers/payload'
import { unzip } from '../helpers/unzip'
import { createUsersByRole, type UsersByRole } from '../helpers/users'

let payload: Payload
let users: UsersByRole
const sourceDatabase = testDatabaseUrl ?? (process.env.SQLITE_PATH as string)
const sourceMedia = process.env.MEDIA_DIR as string
const archive = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-backup-test-')), 'sao-luu.zip')
let manifest: BackupManifest
let committedBefore: number[] = []
let filesBefore = new Map<string, Buffer>()
let restored: RestoreTarget

const createExemplar = async (name: string) =>
  (await payload.create({ collection: 'exemplars', data: { kind: 'individual', name, stage: 'discovered' }, overrideAccess: false, user: users.editor })).id as number
const createImage = (name: string) => payload.create({ collection: 'media', data: { alt: `Ảnh ${name}` }, file: tinyPng(`${name}.png`), overrideAccess: false, user: users.editor })

beforeAll(async () => {
  payload = await getTestPayload()
  users = await createUsersByRole(payload, 'backup')
  for (let n = 0; n < 12; n++) committedBefore.push(await createExemplar(`Gương điển hình trước sao lưu ${n}`))
  await payload.create({ collection: 'media', data: { alt: 'Ảnh lớn' }, file: await largePng('anh-lon.png'), overrideAccess: false, user: users.editor })
  await payload.create({ collection: 'files', data: { title: 'Kế hoạch thi đua' }, file: pdfUpload('ke-hoach.pdf'), overrideAccess: false, user: users.editor })
  await createImage('anh-nho')
  committedBefore = committedBefore.sort((a, b) => a - b)
  filesBefore = filesUnder(sourceMedia)

  // The site keeps writing, documents and uploads, for as long as the backup runs in its own process.
  let backupRunning = true
  let writtenDuring = 0
  const writes = (async () => {
    for (; backupRunning; writtenDuring++) await (writtenDuring % 4 === 3 ? createImage(`trong-luc-sao-luu-${writtenDuring}`) : createExemplar(`Ghi trong lúc sao lưu ${writtenDuring}`))
  })()
  const backup = await runScript('backup', ['--out', archive])
  backupRunning = false
  await writes
  expect(writtenDuring).toBeGreaterThan(3)
  expect(backup.output).toMatch(/\[backup\] Xong trong .*tài liệu/)
  expect(backup.code, backup.output).toBe(0)
  manifest = JSON.parse((await unzip(fs.readFileSync(archive))).get('manifest.json')?.toString('utf8') as string)
  restored = freshTarget()
}, 300_000)

afterAll(async () => {
  await removeRestoreTargets()
  fs.rmSync(path.dirname(archive), { force: true, recursive: true })
})

const exemplarIds = async (database: string) => (await queryRows(database, 'SELECT id FROM exemplars ORDER BY id')).map((row) => Number(row.id))
const rowsOf = async (database: string, ids: number[]) => ({
  exemplars: await queryRows(database, `SELECT * FROM exemplars WHERE id IN (${ids.join(',')}) ORDER BY id`),
  names: await queryRows(database, `SELECT * FROM exemplars_locales WHERE _parent_id IN (${ids.join(',')}) ORDER BY id`),
})

describe('npm run backup while the site writes, then npm run restore into a fresh target', () => {
  it('restores the snapshot and checks it against the manifest', async () => {
    const { code, output } = await runScript('restore', [archive], restored.env)
    expect(output).toMatch(/\[restore\] Xong trong .* khớp manifest/)
    expect(code, output).toBe(0)
  }, 120_000)

  it('holds every document committed before the backup started, unchanged, and exactly as many as the manifest counted', async () => {
    const ids = await exemplarIds(restored.database)
    expect(ids).toEqual(expect.arrayContaining(committedBefore))
    expect(ids.length).toBe(manifest.database.collections.exemplars.documents)
    // Writes were running: the snapshot lies between what was there before and what was there after.
    expect(ids.length).toBeGreaterThanOrEqual(committedBefore.length)
    expect(ids.length).toBeLessThanOrEqual((await exemplarIds(sourceDatabase)).length)
    expect(await rowsOf(restored.database, committedBefore)).toEqual(await rowsOf(sourceDatabase, committedBefore))
    const media = await queryRows(restored.database, 'SELECT count(*) AS n FROM media')
    expect(Number(media[0].n)).toBe(manifest.database.collections.media.documents)
  })

  it('restores every upload byte for byte, and nothing the manifest does not list', () => {
    const after = filesUnder(restored.media)
    for (const [name, data] of filesBefore) expect(after.get(name)?.equals(data), name).toBe(true)
    const listed = manifest.files.filter((file) => file.path.startsWith('uploads/')).map((file) => file.path.replace(/^uploads\//, ''))
    expect([...after.keys()].map((name) => name.split(path.sep).join('/')).sort()).toEqual(listed.sort())
    expect(manifest.files.find((file) => file.path === 'uploads/files/ke-hoach.pdf')?.size).toBe(filesBefore.get(path.join('files', 'ke-hoach.pdf'))?.length)
  })

  it('refuses a target that holds data, touching nothing, unless --force', async () => {
    const refused = await runScript('restore', [archive], restored.env)
    expect(refused.code, refused.output).toBe(2)
    expect(refused.output).toMatch(/Đích không trống: CSDL có \d+ tài liệu, thư mục tải lên có \d+ tệp.*--force/)
    expect((await exemplarIds(restored.database)).length).toBe(manifest.database.collections.exemplars.documents)
    const forced = await runScript('restore', [archive, '--force'], restored.env)
    expect(forced.output).toContain('(--force: dữ liệu cũ bị thay)')
    expect(forced.code, forced.output).toBe(0)
  }, 180_000)
})

describe('a damaged or doctored archive', () => {
  it('fails on an upload whose bytes differ from the manifest, before touching the target', async () => {
    const target = freshTarget()
    // One byte changed, the length kept: only the checksum can tell.
    const doctored = await tamperedCopy({
      archive,
      change: (entries) => {
        const pdf = Buffer.from(entries.get('uploads/files/ke-hoach.pdf') as Buffer)
        pdf[pdf.length >> 1] ^= 0xff
        entries.set('uploads/files/ke-hoach.pdf', pdf)
      },
    })
    const { code, output } = await runScript('restore', [doctored], target.env)
    expect(code, output).toBe(1)
    expect(output).toMatch(/uploads\/files\/ke-hoach\.pdf trong bản sao lưu không khớp manifest \(sha256 /)
    expect(filesUnder(target.media).size).toBe(0)
    if (!target.env.DATABASE_URI) expect(fs.existsSync(target.database)).toBe(false)
  }, 120_000)

  it('fails when the restored database does not hold the counts the manifest states', async () => {
    const target = freshTarget()
    const doctored = await tamperedCopy({
      archive,
      change: (entries) => {
        const changed = structuredClone(manifest)
        changed.database.tables.exemplars += 1
        entries.set('manifest.json', Buffer.from(JSON.stringify(changed)))
      },
    })
    const { code, output } = await runScript('restore', [doctored], target.env)
    expect(code, output).toBe(1)
    expect(output).toMatch(/Đối chiếu với manifest thất bại .*bảng exemplars: \d+ dòng, manifest ghi \d+/)
  }, 120_000)
})

describe('MongoDB', () => {
  it('is refused with a pointer to the README section on mongodump and mongorestore', async () => {
    const { code, output } = await runScript('backup', ['--out', `${archive}.mongo.zip`], { DATABASE_URI: 'mongodb://127.0.0.1:1/thidua' })
    expect(code).toBe(1)
    expect(output).toContain('mongodump/mongorestore')
    expect(output).toContain('Backup and restore')
    expect(fs.existsSync(`${archive}.mongo.zip`)).toBe(false)
  }, 60_000)
})
