import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, ListObjectsV2Command, type S3Client } from '@aws-sdk/client-s3'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import type { Media } from '@/payload-types'
import { startS3Server, type S3Server } from '@scripts/lib/s3Server'
import { largePng, pdfUpload } from '../helpers/files'
import type { startApiServer } from '../helpers/http'
import { relativeRefs, unzip } from '../helpers/unzip'
import { TEST_PASSWORD, type UsersByRole } from '../helpers/users'

/**
 * Uploads and course packs on a real S3-compatible server (s3rver on a temp
 * folder): what several instances behind a load balancer share. The S3
 * settings are set before the Payload config is first loaded, so the config
 * and every helper that loads it are imported in beforeAll.
 */
vi.mock('next/cache', () => ({ revalidateTag: () => undefined, unstable_cache: <T>(fn: T) => fn }))

const BUCKET = 'thidua-thu'
const KEY = { accessKeyId: 'khoa-thu', secretAccessKey: 'bi-mat-thu-nghiem' }
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-s3-'))
process.env.COURSE_PACK_DIR = path.join(root, 'packs-local')

let s3: S3Server
let client: S3Client
let payload: Payload
let users: UsersByRole
let server: Awaited<ReturnType<typeof startApiServer>>
let token: string

beforeAll(async () => {
  s3 = await startS3Server({ ...KEY, bucket: BUCKET, directory: path.join(root, 'bucket') })
  Object.assign(process.env, { S3_ACCESS_KEY_ID: KEY.accessKeyId, S3_BUCKET: BUCKET, S3_ENDPOINT: s3.endpoint, S3_SECRET_ACCESS_KEY: KEY.secretAccessKey })
  // The site's own client (src/lib/storage): the settings as the site reads them.
  const bucket = (await import('@/lib/storage/s3Client')).s3Bucket()
  if (!bucket) throw new Error('S3 settings not picked up')
  client = bucket.client
  const { getTestPayload } = await import('../helpers/payload')
  const { startApiServer } = await import('../helpers/http')
  const { trainingRoutes } = await import('../helpers/training')
  const { createUsersByRole } = await import('../helpers/users')
  payload = await getTestPayload()
  users = await createUsersByRole(payload, 's3')
  server = await startApiServer({ siteRoutes: await trainingRoutes() })
  const login = await fetch(`${server.url}/api/users/login`, { body: JSON.stringify({ email: users.editor.email, password: TEST_PASSWORD }), headers: { 'content-type': 'application/json' }, method: 'POST' })
  token = ((await login.json()) as { token: string }).token
})
afterAll(async () => {
  await server?.close()
  await s3?.close()
  for (const name of ['S3_ACCESS_KEY_ID', 'S3_BUCKET', 'S3_ENDPOINT', 'S3_SECRET_ACCESS_KEY']) delete process.env[name]
})

const sha256 = (data: Buffer) => crypto.createHash('sha256').update(data).digest('hex')
const objectBytes = async (key: string) => Buffer.from(await (await client.send(new GetObjectCommand({ Bucket: BUCKET, Key: key }))).Body!.transformToByteArray())
const objectExists = (key: string) => client.send(new HeadObjectCommand({ Bucket: BUCKET, Key: key })).then(() => true, () => false)
const keysUnder = async (prefix: string) => ((await client.send(new ListObjectsV2Command({ Bucket: BUCKET, Prefix: prefix }))).Contents ?? []).map((o) => o.Key ?? '')
const localFiles = (sub: string) => (fs.existsSync(path.join(process.env.MEDIA_DIR ?? '', sub)) ? fs.readdirSync(path.join(process.env.MEDIA_DIR ?? '', sub)) : [])
const fetchBytes = async (url: string) => {
  const res = await fetch(`${server.url}${url}`)
  return { body: Buffer.from(await res.arrayBuffer()), res }
}

const postUpload = async ({ collection, data, file }: { collection: 'files' | 'media'; data: Record<string, unknown>; file: { data: Buffer; mimetype: string; name: string } }) => {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(file.data)], { type: file.mimetype }), file.name)
  form.append('_payload', JSON.stringify(data))
  const res = await fetch(`${server.url}/api/${collection}`, { body: form, headers: { authorization: `JWT ${token}` }, method: 'POST' })
  expect(res.status).toBe(201)
  return ((await res.json()) as { doc: Record<string, unknown> }).doc
}

/** The original and every generated size of an image, as [file name, URL]. */
const everyFile = (media: Media): [string, string][] => [
  [media.filename ?? '', media.url ?? ''],
  ...Object.values(media.sizes ?? {}).map((size): [string, string] => [size?.filename ?? '', size?.url ?? '']),
]

describe('images on S3', () => {
  it('an editor’s upload puts every size in the bucket and nothing on local disk; each is served through Payload at the same URL, byte for byte', async () => {
    const media = (await postUpload({ collection: 'media', data: { alt: 'Ảnh lưu trên S3' }, file: await largePng('anh-s3.png') })) as unknown as Media
    const files = everyFile(media)
    expect(files).toHaveLength(5)
    for (const [filename, url] of files) {
      expect(url).toBe(`/api/media/file/${encodeURIComponent(filename)}`)
      expect(await objectExists(`images/${filename}`), filename).toBe(true)
      const { body, res } = await fetchBytes(url)
      expect(res.status, url).toBe(200)
      expect(sha256(body), url).toBe(sha256(await objectBytes(`images/${filename}`)))
    }
    expect(localFiles('images')).toEqual([])
  })

  it('still answers 404 with a message for a name that is not stored (asked of the bucket, not the disk)', async () => {
    for (const collection of ['media', 'files']) {
      const res = await fetch(`${server.url}/api/${collection}/file/khong-co-tep-nay.png`)
      expect(res.status).toBe(404)
      expect(((await res.json()) as { errors: { message: string }[] }).errors[0]?.message).toMatch(/file not found/)
    }
  })

  it('deleting the image deletes every one of its objects', async () => {
    const media = await payload.create({ collection: 'media', data: { alt: 'Ảnh sẽ xóa' }, file: await largePng('anh-xoa.png'), overrideAccess: false, user: users.editor })
    const keys = everyFile(media).map(([filename]) => `images/${filename}`)
    for (const key of keys) expect(await objectExists(key), key).toBe(true)
    await payload.delete({ collection: 'media', id: media.id, overrideAccess: false, user: users.editor })
    for (const key of keys) expect(await objectExists(key), key).toBe(false)
  })
})

describe('files on S3', () => {
  it('an attachment goes to files/ in the bucket and is served byte for byte', async () => {
    const upload = pdfUpload('ke-hoach-s3.pdf')
    const file = await postUpload({ collection: 'files', data: { title: 'Kế hoạch trên S3' }, file: upload })
    expect(file.url).toBe(`/api/files/file/${file.filename}`)
    expect((await objectBytes(`files/${file.filename}`)).equals(upload.data)).toBe(true)
    const { body, res } = await fetchBytes(file.url as string)
    expect(res.status).toBe(200)
    expect(sha256(body)).toBe(sha256(upload.data))
    expect(localFiles('files')).toEqual([])
  })
})

describe('course packs on S3', () => {
  const packUrl = (slug: string | null | undefined) => `/dao-tao/${slug}/goi-tai-lieu.zip`
  const fixture = async (label: string) => (await import('../helpers/training')).createCourseFixture({ label, payload, trainer: users.trainer })

  it('are built from the bucket’s images and attachments, stored under packs/ (not on local disk), and leave out a draft lesson’s handout', async () => {
    const { course, files, photo } = await fixture('s3goi')
    const { body, res } = await fetchBytes(packUrl(course.slug))
    expect(res.status).toBe(200)
    expect(Number(res.headers.get('content-length'))).toBe(body.length)
    const entries = await unzip(body)
    const feature = photo.sizes?.feature?.filename ?? ''
    expect(sha256(entries.get(`anh/${feature}`) ?? Buffer.alloc(0))).toBe(sha256(await objectBytes(`images/${feature}`)))
    expect(sha256(entries.get(`tai-lieu/${files.first.filename}`) ?? Buffer.alloc(0))).toBe(sha256(await objectBytes(`files/${files.first.filename}`)))
    expect(entries.has(`tai-lieu/${files.secret.filename}`)).toBe(false)
    for (const [name, content] of entries) if (name.endsWith('.html')) for (const ref of relativeRefs(content.toString('utf8'))) expect(entries.has(ref), `${name} → ${ref}`).toBe(true)

    const stored = await keysUnder(`packs/${course.id}-vi-`)
    expect(stored).toEqual([`packs/${course.id}-vi-${res.headers.get('etag')?.replaceAll('"', '')}.zip`])
    expect((await objectBytes(stored[0])).equals(body)).toBe(true)
    expect(fs.existsSync(process.env.COURSE_PACK_DIR ?? '')).toBe(false)
  })

  it('fail loudly when an image is missing from the bucket: 409 naming the lesson and the file, nothing stored, the error logged', async () => {
    const { course, lessons, photo } = await fixture('s3thieu')
    const feature = photo.sizes?.feature?.filename ?? ''
    await client.send(new DeleteObjectCommand({ Bucket: BUCKET, Key: `images/${feature}` }))
    const logged = vi.spyOn(payload.logger, 'error')
    const res = await fetch(`${server.url}${packUrl(course.slug)}`)
    expect(res.status).toBe(409)
    expect(res.headers.get('content-type')).toBe('text/plain; charset=utf-8')
    const message = await res.text()
    expect(message).toContain(`bài "${lessons[0].title}" cần ảnh "${feature}"`)
    expect(message).toContain('tải lại tệp')
    expect(await keysUnder(`packs/${course.id}-`)).toEqual([])
    expect(logged.mock.calls.some(([entry]) => JSON.stringify(entry).includes(feature))).toBe(true)
    logged.mockRestore()
  })
})

describe('readiness', () => {
  it('checks the bucket, not the local folders', async () => {
    const { readinessChecks } = await import('@/health/checks')
    expect((await readinessChecks(payload)).storage).toMatchObject({ detail: 's3', ok: true })
  })
})

describe('readUpload', () => {
  it('reads from the bucket, and names a missing object', async () => {
    const { MissingUploadError, readUpload } = await import('@/lib/media/readUpload')
    const upload = pdfUpload('doc-qua-s3.pdf')
    const file = await payload.create({ collection: 'files', data: { title: 'Đọc qua S3' }, file: upload, overrideAccess: false, user: users.editor })
    const chunks: Buffer[] = []
    for await (const chunk of await readUpload({ collection: 'files', filename: file.filename ?? '' })) chunks.push(chunk as Buffer)
    expect(Buffer.concat(chunks).equals(upload.data)).toBe(true)
    await expect(readUpload({ collection: 'media', filename: 'khong-co.png' })).rejects.toBeInstanceOf(MissingUploadError)
  })

  it('on local disk (no S3_BUCKET) reads the upload folder and names a missing file', async () => {
    const { MissingUploadError, readUpload } = await import('@/lib/media/readUpload')
    const bucket = process.env.S3_BUCKET
    delete process.env.S3_BUCKET
    try {
      const dir = path.join(process.env.MEDIA_DIR ?? '', 'files')
      fs.mkdirSync(dir, { recursive: true })
      fs.writeFileSync(path.join(dir, 'tren-dia.pdf'), 'noi dung')
      const chunks: Buffer[] = []
      for await (const chunk of await readUpload({ collection: 'files', filename: 'tren-dia.pdf' })) chunks.push(chunk as Buffer)
      expect(Buffer.concat(chunks).toString()).toBe('noi dung')
      const missing = readUpload({ collection: 'media', filename: 'khong-co-tren-dia.png' })
      await expect(missing).rejects.toBeInstanceOf(MissingUploadError)
      await expect(missing).rejects.toThrow('"khong-co-tren-dia.png" (media) is missing')
    } finally {
      process.env.S3_BUCKET = bucket
    }
  })
})

describe('the demo seed on S3', () => {
  it('stores every seeded image in the bucket, not only the first (each seed call has its own context)', async () => {
    const { createIllustration } = await import('@/seed/factories/media')
    const ids = []
    for (const key of ['seed-mot', 'seed-hai', 'seed-ba']) ids.push(await createIllustration({ alt: `Ảnh mẫu ${key}`, key: `${key}-${Date.now()}`, kind: 'individual', payload }))
    for (const id of ids) {
      const media = await payload.findByID({ collection: 'media', depth: 0, id: id as number, overrideAccess: true })
      for (const [name] of everyFile(media).filter(([n]) => n)) expect(await objectExists(`images/${name}`), name).toBe(true)
    }
  })
})
