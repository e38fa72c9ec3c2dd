import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { uploadDir, UPLOAD_FOLDERS } from '@/lib/media/uploadDir'
import { pdfUpload, largePng } from '../helpers/files'
import { startApiServer } from '../helpers/http'
import { getTestPayload } from '../helpers/payload'
import { createUsersByRole, type UsersByRole } from '../helpers/users'

/**
 * A full disk and a read-only upload folder, made real: a small tmpfs
 * mounted over this test file's upload folders. Mounting needs root (CI runs
 * as root and sets REQUIRE_MOUNT_TESTS=1, so there a missing permission fails
 * instead of skipping).
 */
const mount = (...args: string[]) => execFileSync('mount', args, { stdio: 'pipe' })
const canMount = (() => {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return false
  const probe = fs.mkdtempSync('/tmp/thidua-mount-probe-')
  try {
    mount('-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', probe)
    execFileSync('umount', [probe])
    return true
  } catch {
    return false
  } finally {
    fs.rmSync(probe, { force: true, recursive: true })
  }
})()
if (!canMount && process.env.REQUIRE_MOUNT_TESTS) throw new Error('storage-faults needs root and mount(8) (tmpfs); REQUIRE_MOUNT_TESTS is set.')

let payload: Payload
let users: UsersByRole
let server: Awaited<ReturnType<typeof startApiServer>>
const images = uploadDir(UPLOAD_FOLDERS.media)
const files = uploadDir(UPLOAD_FOLDERS.files)

const upload = async (collection: 'files' | 'media', file: { data: Buffer; mimetype: string; name: string }, data: Record<string, unknown>) => {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(file.data)], { type: file.mimetype }), file.name)
  form.append('_payload', JSON.stringify(data))
  const res = await fetch(`${server.url}/api/${collection}`, { body: form, headers: { authorization: `users API-Key ${users.editor.apiKey}` }, method: 'POST' })
  return { body: await res.text(), status: res.status }
}
const count = async (collection: 'files' | 'media') => (await payload.count({ collection, overrideAccess: true })).totalDocs

describe.runIf(canMount)('uploads when storage fails', () => {
  beforeAll(async () => {
    payload = await getTestPayload()
    users = await createUsersByRole(payload, 'storage')
    server = await startApiServer()
    for (const dir of [images, files]) {
      fs.mkdirSync(dir, { recursive: true })
      mount('-t', 'tmpfs', '-o', 'size=512k', 'tmpfs', dir)
    }
  })
  afterAll(async () => {
    await server?.close()
    for (const dir of [images, files]) execFileSync('umount', ['-l', dir], { stdio: 'ignore' })
  })

  it('tells the editor the disk is full (507), saves no document and writes no file', async () => {
    const filler = path.join(images, 'day-o.bin')
    fs.writeFileSync(filler, Buffer.alloc(480 * 1024))
    const before = await count('media')
    const photo = await largePng('anh-o-day.png')
    const { body, status } = await upload('media', photo, { alt: 'Ảnh khi ổ đầy' })
    expect(status).toBe(507)
    expect(body).toContain('ổ đĩa lưu trữ đã đầy')
    expect(body).not.toMatch(/\n\s+at /)
    expect(await count('media')).toBe(before)
    expect(fs.readdirSync(images)).toEqual(['day-o.bin'])
    fs.rmSync(filler)
    const after = await upload('media', photo, { alt: 'Ảnh khi ổ đã trống' })
    expect(after.status).toBe(201)
    expect(fs.readFileSync(path.join(images, JSON.parse(after.body).doc.filename)).equals(photo.data)).toBe(true)
  })

  it('tells the editor the folder is read-only (503), saves no document and writes no file', async () => {
    mount('-o', 'remount,ro', files)
    try {
      const before = await count('files')
      const { body, status } = await upload('files', pdfUpload('ke-hoach.pdf'), { title: 'Kế hoạch khi thư mục chỉ đọc' })
      expect(status).toBe(503)
      expect(body).toContain('chỉ đọc')
      expect(await count('files')).toBe(before)
      expect(fs.readdirSync(files)).toEqual([])
    } finally {
      mount('-o', 'remount,rw', files)
    }
    expect((await upload('files', pdfUpload('ke-hoach.pdf'), { title: 'Kế hoạch khi thư mục ghi được' })).status).toBe(201)
  })
})
