import crypto from 'node:crypto'
import { GetObjectCommand, ListObjectsV2Command, type S3Client } from '@aws-sdk/client-s3'
import { beforeAll, describe, expect, it } from 'vitest'

import { s3Bucket } from '@/lib/storage/s3Client'
import { largePng } from '../helpers/files'
import { unzip } from '../helpers/unzip'
import { api, clusterState, type ClusterState, DEMO, login } from './cluster'

let cluster: ClusterState
let a: string
let b: string
let editorOnA: string
let s3: S3Client

const sha256 = (data: Buffer | Uint8Array) => crypto.createHash('sha256').update(data).digest('hex')
const download = async (url: string) => {
  const response = await fetch(url)
  return { body: Buffer.from(await response.arrayBuffer()), response }
}
const objectKeys = async (prefix = '') =>
  ((await s3.send(new ListObjectsV2Command({ Bucket: cluster.s3.bucket, Prefix: prefix }))).Contents ?? []).map((o) => o.Key ?? '')

beforeAll(async () => {
  cluster = await clusterState()
  a = cluster.instances['app-a']
  b = cluster.instances['app-b']
  editorOnA = await login(a, DEMO.editor)
  // The site's own client for the cluster's bucket (it signs bucket listings the way s3rver expects).
  Object.assign(process.env, { S3_ACCESS_KEY_ID: 'S3RVER', S3_BUCKET: cluster.s3.bucket, S3_ENDPOINT: cluster.s3.endpoint, S3_SECRET_ACCESS_KEY: 'S3RVER' })
  s3 = s3Bucket()!.client
})

describe('files shared by every instance (S3)', () => {
  it('every seeded image (all sizes) and attachment is in the bucket and served by B', async () => {
    const keys = new Set(await objectKeys())
    const media = await api<{ docs: { filename: string; sizes: Record<string, { filename: string | null }> }[] }>(b, '/api/media?limit=1000&depth=0')
    const files = await api<{ docs: { filename: string }[] }>(b, '/api/files?limit=1000&depth=0')
    expect(media.json.docs.length).toBeGreaterThan(20)
    expect(files.json.docs.length).toBeGreaterThan(5)
    const wanted = [
      ...media.json.docs.flatMap((d) => [d.filename, ...Object.values(d.sizes).map((s) => s.filename)]).filter((n): n is string => Boolean(n)).map((n) => `images/${n}`),
      ...files.json.docs.map((d) => `files/${d.filename}`),
    ]
    expect(wanted.filter((key) => !keys.has(key))).toEqual([])
    for (const key of wanted.slice(0, 10)) {
      const [collection, name] = key.startsWith('images/') ? ['media', key.slice(7)] : ['files', key.slice(6)]
      expect((await fetch(`${b}/api/${collection}/file/${encodeURIComponent(name)}`, { method: 'HEAD' })).status, key).toBe(200)
    }
  })

  it('an image uploaded on A is stored in S3 with its sizes and served byte-identical by B', async () => {
    const { data: original } = await largePng()
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(original)], { type: 'image/png' }), `anh-cum-${Date.now()}.png`)
    form.append('_payload', JSON.stringify({ alt: 'Ảnh thử cụm máy chủ (mẫu)', credit: 'Ban Thi đua (mẫu)' }))
    const response = await fetch(`${a}/api/media`, { body: form, headers: { authorization: editorOnA }, method: 'POST' })
    expect(response.status).toBe(201)
    const { doc } = (await response.json()) as { doc: { filename: string; sizes: Record<string, { filename: string | null }> } }

    const keys = await objectKeys()
    const names = [doc.filename, ...Object.values(doc.sizes).map((s) => s.filename).filter((n): n is string => Boolean(n))]
    expect(names.length).toBeGreaterThanOrEqual(5)
    for (const name of names) {
      const key = keys.find((k) => k === name || k.endsWith(`/${name}`))
      expect(key, `${name} in the bucket`).toBeTruthy()
      const stored = Buffer.from(await (await s3.send(new GetObjectCommand({ Bucket: cluster.s3.bucket, Key: key }))).Body!.transformToByteArray())
      const fromB = await download(`${b}/api/media/file/${encodeURIComponent(name)}`)
      expect(fromB.response.status).toBe(200)
      expect(fromB.response.headers.get('x-instance')).toBe('app-b')
      expect(sha256(fromB.body)).toBe(sha256(stored))
    }
    expect(sha256(Buffer.from(await (await s3.send(new GetObjectCommand({ Bucket: cluster.s3.bucket, Key: keys.find((k) => k.endsWith(doc.filename)) }))).Body!.transformToByteArray()))).toBe(sha256(original))
  })

  it('a course pack built on A downloads from B, the same bytes, with its images', async () => {
    const { json } = await api<{ docs: { slug: string }[] }>(a, '/api/courses?limit=1&depth=0&where[_status][equals]=published')
    const slug = json.docs[0]?.slug
    expect(slug, 'a seeded published course').toBeTruthy()
    const onA = await download(`${a}/dao-tao/${slug}/goi-tai-lieu.zip`)
    expect(onA.response.status).toBe(200)
    expect(onA.response.headers.get('x-instance')).toBe('app-a')
    expect((await objectKeys()).some((k) => k.includes('packs/') && k.endsWith('.zip')), 'the pack in the bucket').toBe(true)
    const onB = await download(`${b}/dao-tao/${slug}/goi-tai-lieu.zip`)
    expect(onB.response.status).toBe(200)
    expect(onB.response.headers.get('x-instance')).toBe('app-b')
    expect(sha256(onB.body)).toBe(sha256(onA.body))
    const entries = await unzip(onB.body)
    const images = [...entries.keys()].filter((name) => name.startsWith('anh/'))
    expect(images.length).toBeGreaterThan(0)
    for (const name of images) expect(entries.get(name)!.length).toBeGreaterThan(1000)
  })
})
