import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import type { Media } from '@/payload-types'
import { startApiServer } from '../helpers/http'
import { getTestPayload } from '../helpers/payload'
import { createCourseFixture, trainingRoutes } from '../helpers/training'
import { relativeRefs, unzip } from '../helpers/unzip'
import { createUsersByRole, type UsersByRole } from '../helpers/users'

// The course page's pack query is cached by Next; outside Next every read goes to the database.
vi.mock('next/cache', () => ({ revalidateTag: () => undefined, unstable_cache: <T>(fn: T) => fn }))

const PACK_DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-packs-'))
process.env.COURSE_PACK_DIR = PACK_DIR

let payload: Payload
let users: UsersByRole
let server: Awaited<ReturnType<typeof startApiServer>>
let fixture: Awaited<ReturnType<typeof createCourseFixture>>

beforeAll(async () => {
  payload = await getTestPayload()
  users = await createUsersByRole(payload, 'pack')
  server = await startApiServer({ siteRoutes: await trainingRoutes() })
  fixture = await createCourseFixture({ label: 'goi', payload, trainer: users.trainer })
})
afterAll(() => server.close())

const packUrl = (slug: string | null | undefined) => `${server.url}/dao-tao/${slug}/goi-tai-lieu.zip`
const download = async (slug: string | null | undefined, headers: HeadersInit = {}) => {
  const res = await fetch(packUrl(slug), { headers })
  return { body: Buffer.from(await res.arrayBuffer()), res }
}
const packsOnDisk = () => fs.readdirSync(PACK_DIR).filter((name) => name.endsWith('.zip'))
const stored = (dir: 'files' | 'images', filename: string | null | undefined) => fs.readFileSync(path.join(process.env.MEDIA_DIR ?? '', dir, filename ?? ''))
const featureOf = (media: Media) => media.sizes?.feature?.filename ?? ''

describe('course pack', () => {
  it('holds the index, every published lesson page, each image and attachment, and every relative link resolves inside it', async () => {
    const { course, files, lessons, photo } = fixture
    const { body, res } = await download(course.slug)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/zip')
    expect(Number(res.headers.get('content-length'))).toBe(body.length)
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="${course.slug}.zip"`)
    expect(res.headers.get('etag')).toMatch(/^"[0-9a-f]{20}"$/)

    const entries = await unzip(body)
    const expected = ['index.html', ...lessons.map((l) => `${l.slug}.html`), `anh/${featureOf(photo)}`, `tai-lieu/${files.first.filename}`, `tai-lieu/${files.second.filename}`]
    expect([...entries.keys()].sort()).toEqual(expected.sort())
    expect(entries.get(`anh/${featureOf(photo)}`)?.equals(stored('images', featureOf(photo)))).toBe(true)
    expect(entries.get(`tai-lieu/${files.first.filename}`)?.equals(stored('files', files.first.filename))).toBe(true)

    for (const [name, content] of entries) {
      if (!name.endsWith('.html')) continue
      const html = content.toString('utf8')
      expect(html, name).not.toContain('Bài nháp')
      for (const ref of relativeRefs(html)) expect(entries.has(ref), `${name} → ${ref}`).toBe(true)
    }
  })

  it('renders the syllabus and printable lessons: objectives, durations, image, answers, sources, previous/next', async () => {
    const { course, lessons, photo, source } = fixture
    const entries = await unzip((await download(course.slug)).body)
    const index = entries.get('index.html')?.toString('utf8') ?? ''
    expect(index).toContain(`<h1>${course.title}</h1>`)
    expect(index).toContain('Hiểu thi đua ái quốc')
    expect(index).toMatch(/Học phần một[\s\S]*Bài một goi[\s\S]*45 phút[\s\S]*Học phần hai[\s\S]*Bài hai goi[\s\S]*30 phút/)
    const first = entries.get(`${lessons[0].slug}.html`)?.toString('utf8') ?? ''
    expect(first).toContain('@page { size: A4')
    expect(first).toContain('Nêu được hoàn cảnh ra đời')
    expect(first).toContain(`<img src="anh/${featureOf(photo)}" alt="Ảnh minh họa goi">`)
    expect(first).toMatch(/Lời kêu gọi ra đời ngày nào\?[\s\S]*Gợi ý trả lời:<\/strong> Ngày 11\/6\/1948\./)
    expect(first).toContain(`${source.title} (${source.number}, 07/04/2014)`)
    expect(first).toContain(`href="${lessons[1].slug}.html" rel="next"`)
    expect(first).not.toContain('rel="prev"')
    expect(entries.get(`${lessons[1].slug}.html`)?.toString('utf8')).toContain(`href="${lessons[0].slug}.html" rel="prev"`)
  })

  it('answers 304 to a reader who already has this version', async () => {
    const first = await download(fixture.course.slug)
    const again = await fetch(packUrl(fixture.course.slug), { headers: { 'if-none-match': first.res.headers.get('etag') ?? '' } })
    expect(again.status).toBe(304)
    expect(again.headers.get('etag')).toBe(first.res.headers.get('etag'))
  })

  it('is built once per published version: concurrent requests share a build; publishing a lesson change rebuilds and deletes the old pack', async () => {
    const { course, lessons } = await createCourseFixture({ label: 'ban', payload, trainer: users.trainer })
    const concurrent = await Promise.all([1, 2, 3].map(() => download(course.slug)))
    const etags = new Set(concurrent.map(({ res }) => res.headers.get('etag')))
    expect(etags.size).toBe(1)
    const own = () => packsOnDisk().filter((name) => name.startsWith(`${course.id}-vi-`))
    expect(own()).toHaveLength(1)
    const before = own()[0]

    // A draft save changes nothing readers see: same pack.
    await payload.update({ collection: 'lessons', data: { title: 'Tiêu đề nháp chưa công bố' }, draft: true, id: lessons[1].id, overrideAccess: false, user: users.trainer })
    expect((await download(course.slug)).res.headers.get('etag')).toBe(concurrent[0].res.headers.get('etag'))

    await payload.update({ collection: 'lessons', data: { _status: 'published', title: 'Bài hai đã sửa' }, id: lessons[1].id, overrideAccess: false, user: users.trainer })
    const after = await download(course.slug)
    expect(after.res.headers.get('etag')).not.toBe(concurrent[0].res.headers.get('etag'))
    const html = (await unzip(after.body)).get('index.html')?.toString('utf8') ?? ''
    expect(html).toContain('Bài hai đã sửa')
    expect(html).not.toContain('Tiêu đề nháp chưa công bố')
    expect(own()).toHaveLength(1)
    expect(own()[0]).not.toBe(before)
  })

  it('is 404 with a Vietnamese message for a draft or unknown course, and never builds one', async () => {
    const draft = await payload.create({ collection: 'courses', data: { _status: 'draft', title: 'Khóa học nháp' }, draft: true, overrideAccess: false, user: users.trainer })
    for (const slug of [draft.slug, 'khong-co-khoa-hoc-nay']) {
      const res = await fetch(packUrl(slug))
      expect(res.status).toBe(404)
      expect(res.headers.get('content-type')).toBe('text/plain; charset=utf-8')
      expect(await res.text()).toContain('Không tìm thấy khóa học đã công bố')
    }
    expect(packsOnDisk().some((name) => name.startsWith(`${draft.id}-`))).toBe(false)
  })

  it('tells the course page its link and size before the download', async () => {
    const { getCoursePackInfo } = await import('@/training/queries')
    const { course } = fixture
    const info = await getCoursePackInfo(course.slug ?? '', 'vi')
    const { body } = await download(course.slug)
    expect(info).toEqual({ bytes: body.length, href: `/dao-tao/${course.slug}/goi-tai-lieu.zip` })
    expect((await getCoursePackInfo(course.slug ?? '', 'en'))?.href).toBe(`/en/dao-tao/${course.slug}/goi-tai-lieu.zip`)
    expect(await getCoursePackInfo('khong-co-khoa-hoc-nay', 'vi')).toBeNull()
  })

  it('is not built when a stored attachment is missing from disk: 409 naming the lesson and the file, and the course page shows the link without a size', async () => {
    const { course, files, lessons } = await createCourseFixture({ label: 'mat', payload, trainer: users.trainer })
    fs.rmSync(path.join(process.env.MEDIA_DIR ?? '', 'files', files.first.filename ?? ''))
    const res = await fetch(packUrl(course.slug))
    expect(res.status).toBe(409)
    expect(await res.text()).toContain(`bài "${lessons[0].title}" cần tài liệu "${files.first.filename}"`)
    expect(packsOnDisk().some((name) => name.startsWith(`${course.id}-`))).toBe(false)
    const { getCoursePackInfo } = await import('@/training/queries')
    expect(await getCoursePackInfo(course.slug ?? '', 'vi')).toEqual({ bytes: null, href: `/dao-tao/${course.slug}/goi-tai-lieu.zip` })
  })

  it('leaves out an attachment detached from a lesson', async () => {
    const { course, files, lessons } = await createCourseFixture({ label: 'go', payload, trainer: users.trainer })
    const detached = files.second
    expect((await unzip((await download(course.slug)).body)).has(`tai-lieu/${detached.filename}`)).toBe(true)
    await payload.update({ collection: 'lessons', data: { attachments: [] }, id: lessons[1].id, overrideAccess: false, user: users.trainer })
    const entries = await unzip((await download(course.slug)).body)
    expect(entries.has(`tai-lieu/${detached.filename}`)).toBe(false)
  })
})
