import type { CollectionSlug, Payload } from 'payload'
import { beforeAll, describe, expect, it, vi } from 'vitest'

import { getDocument } from '@/documents/queries'
import { seedDemoContent } from '@/seed'
import { loadCourseContent } from '@/training/content'
import { imagesInBody } from '@/training/html/images'
import { getTestPayload } from '../helpers/payload'

vi.mock('next/cache', () => ({ revalidateTag: () => undefined, unstable_cache: <T>(fn: T) => fn }))

let payload: Payload
const COLLECTIONS: CollectionSlug[] = ['users', 'provinces', 'sectors', 'documents', 'movements', 'exemplars', 'awards', 'columns', 'articles', 'courses', 'lessons', 'media', 'files']

const countAll = async () =>
  Object.fromEntries(await Promise.all(COLLECTIONS.map(async (collection) => [collection, (await payload.count({ collection, overrideAccess: true })).totalDocs] as const)))

const publishedCount = async (collection: CollectionSlug) => (await payload.count({ collection, overrideAccess: false })).totalDocs

let first: Record<string, number>

beforeAll(async () => {
  payload = await getTestPayload()
  await seedDemoContent({ log: () => undefined, payload })
  first = await countAll()
}, 300_000)

describe('demo seed', () => {
  it('is idempotent: a second run creates nothing and leaves the same counts', async () => {
    const summary = await seedDemoContent({ log: () => undefined, payload })
    expect(summary.created).toBe(0)
    expect(await countAll()).toEqual(first)
  }, 120_000)

  it('re-creates uploads over a media folder that already holds the same files', async () => {
    // A database recreated while media/ keeps the old uploads (adapter-level
    // deletes leave the files on disk), as after deleting data/ by hand.
    await payload.db.deleteMany({ collection: 'lessons', where: {} })
    await payload.db.deleteMany({ collection: 'files', where: {} })
    const summary = await seedDemoContent({ log: () => undefined, payload })
    expect(summary.created).toBe(first.lessons)
    expect(await countAll()).toEqual(first)
  }, 120_000)

  it('has the promised amount of content, published and draft', async () => {
    expect(first.provinces).toBe(34)
    expect(first.sectors).toBeGreaterThanOrEqual(10)
    expect(await publishedCount('exemplars')).toBeGreaterThanOrEqual(24)
    expect(await publishedCount('movements')).toBeGreaterThanOrEqual(6)
    expect(await publishedCount('awards')).toBeGreaterThanOrEqual(20)
    expect(await publishedCount('columns')).toBeGreaterThanOrEqual(3)
    expect(await publishedCount('articles')).toBeGreaterThanOrEqual(18)
    expect(await publishedCount('courses')).toBeGreaterThanOrEqual(2)
    expect(await publishedCount('lessons')).toBeGreaterThanOrEqual(8)
    expect(await publishedCount('documents')).toBeGreaterThanOrEqual(8)
    for (const collection of ['exemplars', 'movements', 'awards', 'articles', 'lessons', 'documents'] as const) {
      const drafts = await payload.count({ collection, overrideAccess: true, where: { _status: { equals: 'draft' } } })
      expect(drafts.totalDocs, `${collection} should include drafts`).toBeGreaterThan(0)
    }
    const roles = (await payload.find({ collection: 'users', limit: 10, overrideAccess: true })).docs.map((u) => u.role).sort()
    expect(roles).toEqual(['admin', 'contributor', 'editor', 'partner', 'trainer'])
    // The demo trainer's dashboard shows the demo courses as theirs.
    const trainer = (await payload.find({ collection: 'users', overrideAccess: true, where: { role: { equals: 'trainer' } } })).docs[0]
    const courses = await payload.find({ collection: 'courses', depth: 0, overrideAccess: true, pagination: false, select: { createdBy: true } })
    expect(courses.docs.map((course) => course.createdBy)).toEqual(courses.docs.map(() => trainer.id))
  })

  it('gives every published course a lesson with an inline image and attachments, so its pack carries both', async () => {
    const { docs } = await payload.find({ collection: 'courses', depth: 0, overrideAccess: false, pagination: false, select: { slug: true } })
    expect(docs.length).toBeGreaterThanOrEqual(2)
    for (const course of docs) {
      const content = await loadCourseContent({ locale: 'vi', mode: 'published', payload, slug: course.slug ?? '' })
      const images = content?.lessons.flatMap((l) => imagesInBody(l.body)) ?? []
      expect(images.length, course.slug ?? '').toBeGreaterThan(0)
      expect(images[0].filename).toMatch(/\.webp$/)
      expect(content?.lessons.flatMap((l) => l.attachments).length, course.slug ?? '').toBeGreaterThan(0)
    }
  })

  it('spreads exemplars over provinces, stages, kinds and flags', async () => {
    const { docs } = await payload.find({ collection: 'exemplars', depth: 0, limit: 0, overrideAccess: true, pagination: false })
    expect(new Set(docs.map((d) => d.province)).size).toBeGreaterThanOrEqual(10)
    expect(new Set(docs.map((d) => d.stage))).toEqual(new Set(['discovered', 'nurtured', 'summarized', 'replicated']))
    expect(new Set(docs.map((d) => d.kind))).toEqual(new Set(['individual', 'collective']))
    for (const flag of ['directWorker', 'remote', 'border', 'island', 'ethnicMinority', 'foreign'] as const) {
      expect(docs.some((d) => d.flags?.[flag]), flag).toBe(true)
    }
    for (const d of docs) {
      expect(d.stageHistory?.at(-1)?.stage).toBe(d.stage)
      expect(typeof d.portrait).not.toBe('undefined')
    }
  })

  it('attaches a real, generated PDF to every lesson handout', async () => {
    const { docs } = await payload.find({ collection: 'lessons', depth: 1, limit: 0, overrideAccess: true, pagination: false })
    for (const lesson of docs) {
      expect(lesson.attachments?.length, lesson.title).toBeGreaterThan(0)
      for (const file of lesson.attachments ?? []) {
        expect(typeof file === 'object' && file.mimeType).toBe('application/pdf')
      }
    }
  })

  it('adds English versions without touching the Vietnamese or the slugs', async () => {
    const read = (locale: 'en' | 'vi') =>
      payload.find({ collection: 'exemplars', fallbackLocale: false, limit: 1, locale, overrideAccess: true, where: { slug: { equals: 'lo-thi-suong' } } })
    const [vi, en] = [(await read('vi')).docs[0], (await read('en')).docs[0]]
    expect(vi.summary).toMatch(/^Mười hai năm/)
    expect(en.summary).toMatch(/^For twelve years/)
    expect(en.achievements?.map((a) => a.id)).toEqual(vi.achievements?.map((a) => a.id))
    expect(en.achievements?.[0]?.text).toMatch(/^Excellent teacher/)
    expect(vi.achievements?.[0]?.text).toMatch(/^Giáo viên/)
    const untranslated = await payload.find({ collection: 'exemplars', fallbackLocale: false, limit: 1, locale: 'en', overrideAccess: true, where: { slug: { equals: 'bui-van-khiem' } } })
    expect(untranslated.docs[0].summary ?? null).toBeNull()
  })

  it('links replaced documents to the later ones that replaced them, readable by the public', async () => {
    const byNumber = async (number: string) =>
      (await payload.find({ collection: 'documents', depth: 1, limit: 1, overrideAccess: false, where: { number: { equals: number } } })).docs[0]
    const [old, replacer, decree] = [await byNumber('34-CT/TW'), await byNumber('41-CT/TW'), await byNumber('152/2025/NĐ-CP')]
    expect(old?.status).toBe('expired')
    expect(replacer?.status).toBe('inForce')
    expect(typeof old?.replacedBy === 'object' ? old.replacedBy?.id : old?.replacedBy).toBe(replacer?.id)
    expect(typeof old?.replacedBy === 'object' && old.replacedBy?._status).toBe('published')
    expect(replacer?.replacedBy ?? null).toBeNull()
    expect(decree).toMatchObject({ issuer: 'Chính phủ', status: 'inForce', type: 'decree' })
    // Amended in 2025, not replaced.
    expect(await byNumber('56/2013/NĐ-CP')).toMatchObject({ replacedBy: null, status: 'amended' })

    // The document page's read brings what its "Replaced by" link needs…
    const page = await getDocument(old?.slug ?? '', 'vi')
    expect(page?.replacedBy).toMatchObject({ _status: 'published', number: '41-CT/TW', slug: replacer?.slug, type: 'directive' })
    // …and never a replacement that is still a draft.
    const draft = await payload.create({ collection: 'documents', data: { _status: 'draft', issuedDate: '2026-01-02T00:00:00.000Z', number: 'SEED-DRAFT/2026', slug: 'seed-draft-2026', status: 'inForce', title: 'Văn bản nháp thay thế', type: 'other' }, draft: true, overrideAccess: true })
    const replaced = await payload.create({ collection: 'documents', data: { _status: 'published', issuedDate: '2020-01-02T00:00:00.000Z', number: 'SEED-OLD/2020', replacedBy: draft.id, slug: 'seed-old-2020', status: 'expired', title: 'Văn bản cũ', type: 'other' }, overrideAccess: true })
    const shown = await getDocument(replaced.slug ?? '', 'vi')
    expect(shown?.id).toBe(replaced.id)
    expect(typeof shown?.replacedBy === 'object' && shown.replacedBy !== null && shown.replacedBy._status === 'published').toBe(false)
  })

  it('writes Vietnamese with its diacritics intact', async () => {
    const { docs } = await payload.find({ collection: 'provinces', limit: 0, overrideAccess: true, pagination: false, where: { code: { equals: '66' } } })
    expect(docs[0]?.name).toBe('Đắk Lắk')
  })
})
