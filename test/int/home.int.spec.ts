import type { Payload } from 'payload'
import { beforeAll, describe, expect, it, vi } from 'vitest'

import { vietnamDay, vietnamMidnight } from '@/lib/dates/format'
import { actingAs } from '../helpers/access'
import { getTestPayload } from '../helpers/payload'
import { createUsersByRole, type UsersByRole } from '../helpers/users'

/** The cache is made transparent so each read goes to the database. */
vi.mock('next/cache', () => ({ revalidateTag: () => undefined, unstable_cache: <T>(fn: T) => fn }))

let payload: Payload
let users: UsersByRole
let home: typeof import('@/home/queries')
let select: typeof import('@/home/select')

const DAY = 86_400_000
const at = (offsetMs: number) => new Date(Date.now() + offsetMs).toISOString()
const editor = () => actingAs(users, 'editor')
const setHome = (data: Record<string, unknown>) => payload.updateGlobal({ data, slug: 'home', ...editor() })

const exemplar = (name: string, status: 'draft' | 'published' = 'published') =>
  payload.create({ collection: 'exemplars', data: { _status: status, kind: 'individual', name, stage: 'nurtured' }, draft: status === 'draft', ...editor() })
const movement = (name: string, start: string, status: 'draft' | 'published' = 'published') =>
  payload.create({ collection: 'movements', data: { _status: status, level: 'provincial', name, period: { start }, type: 'periodic' }, draft: status === 'draft', ...editor() })

beforeAll(async () => {
  payload = await getTestPayload()
  users = await createUsersByRole(payload, 'home')
  home = await import('@/home/queries')
  select = await import('@/home/select')
}, 180_000)

describe('home: featured exemplars and movements', () => {
  it('keeps the editors’ order and never shows a draft or an unpublished exemplar', async () => {
    const a = await exemplar('Nguyễn Văn A (giả định)')
    const b = await exemplar('Trần Thị B (giả định)')
    const draft = await exemplar('Lê Văn Nháp (giả định)', 'draft')
    const withdrawn = await exemplar('Phạm Thị Gỡ (giả định)')
    await payload.update({ collection: 'exemplars', data: { _status: 'draft' }, id: withdrawn.id, ...editor() })
    await setHome({ featuredExemplars: [b.id, draft.id, a.id, withdrawn.id] })
    const settings = await home.getHomeSettings()
    expect(settings.featuredExemplars).toEqual([b.id, draft.id, a.id, withdrawn.id])
    const shown = await home.getHomeExemplars(settings.featuredExemplars, 'vi')
    expect(shown.featured).toBe(true)
    expect(shown.docs.map((e) => e.name)).toEqual(['Trần Thị B (giả định)', 'Nguyễn Văn A (giả định)'])
    // Besides the picks, the newest published: newest first, never a pick, never a draft.
    const later = await exemplar('Đỗ Văn Mới (giả định)')
    const newest = (await home.getHomeExemplars(settings.featuredExemplars, 'vi')).newest.map((e) => e.name)
    expect(newest[0]).toBe(later.name)
    expect(newest).not.toContain(b.name)
    expect(newest).not.toContain(a.name)
    expect(newest).not.toContain(draft.name)
    expect(newest).not.toContain(withdrawn.name)
    expect(newest.length).toBeLessThanOrEqual(home.LATEST.newest)
  })

  it('falls back to the latest published when none is picked, or none of the picks is published', async () => {
    const draft = await exemplar('Hồ sơ nháp mới nhất (giả định)', 'draft')
    const newest = await exemplar('Gương mới công bố (giả định)')
    for (const picks of [[], [draft.id]]) {
      await setHome({ featuredExemplars: picks })
      const shown = await home.getHomeExemplars((await home.getHomeSettings()).featuredExemplars, 'vi')
      expect(shown.featured).toBe(false)
      expect(shown.newest).toEqual([])
      expect(shown.docs[0]?.id).toBe(newest.id)
      expect(shown.docs.length).toBeLessThanOrEqual(home.LATEST.exemplars)
      expect(shown.docs.map((e) => e.id)).not.toContain(draft.id)
    }
  })

  it('movements: the picks in order, drafts left out; the latest published otherwise', async () => {
    const older = await movement('Phong trào thi đua cũ (mẫu)', '2020-01-01T00:00:00.000Z')
    const newer = await movement('Phong trào thi đua mới (mẫu)', '2026-01-01T00:00:00.000Z')
    const draft = await movement('Phong trào chưa phát động (mẫu)', '2027-01-01T00:00:00.000Z', 'draft')
    await setHome({ featuredMovements: [older.id, draft.id, newer.id] })
    expect((await home.getHomeMovements((await home.getHomeSettings()).featuredMovements, 'vi')).map((m) => m.id)).toEqual([older.id, newer.id])
    await setHome({ featuredMovements: [] })
    const latest = await home.getHomeMovements([], 'vi')
    expect(latest.map((m) => m.id)).toEqual([newer.id, older.id])
  })
})

describe('home: the newest article of each column', () => {
  it('one per column, columns in the editors’ order (all columns by their order when none is picked), drafts left out', async () => {
    const column = (name: string, order: number, status: 'draft' | 'published' = 'published') =>
      payload.create({ collection: 'columns', data: { _status: status, name, order }, draft: status === 'draft', ...editor() })
    const article = (title: string, columnId: number, publishedAt: string, status: 'draft' | 'published' = 'published') =>
      payload.create({ collection: 'articles', data: { _status: status, column: columnId, publishedAt, title }, draft: status === 'draft', ...editor() })
    const news = await column('Tin tức (mẫu)', 1)
    const stories = await column('Câu chuyện đẹp (mẫu)', 2)
    const hidden = await column('Chuyên mục chưa mở (mẫu)', 0, 'draft')
    await article('Tin cũ', news.id, at(-10 * DAY))
    await article('Tin mới nhất', news.id, at(-1 * DAY))
    await article('Tin nháp còn mới hơn', news.id, at(-1000), 'draft')
    await article('Một câu chuyện', stories.id, at(-5 * DAY))
    await article('Bài của chuyên mục nháp', hidden.id, at(-2000))
    const leads = (ids: (number | string)[]) => home.getColumnLeads(ids, 'vi').then((rows) => rows.map((r) => [r.column.name, r.article.title]))
    await setHome({ featuredColumns: [stories.id, hidden.id, news.id] })
    expect(await leads((await home.getHomeSettings()).featuredColumns)).toEqual([
      ['Câu chuyện đẹp (mẫu)', 'Một câu chuyện'],
      ['Tin tức (mẫu)', 'Tin mới nhất'],
    ])
    expect(await leads([])).toEqual([
      ['Tin tức (mẫu)', 'Tin mới nhất'],
      ['Câu chuyện đẹp (mẫu)', 'Một câu chuyện'],
    ])
  })
})

describe('home: the introduction', () => {
  it('comes in both languages from one read; English is empty until translated', async () => {
    await payload.updateGlobal({ data: { intro: 'Lời giới thiệu mẫu.' }, locale: 'vi', slug: 'home', ...editor() })
    expect((await home.getHomeSettings()).intro).toEqual({ en: null, vi: 'Lời giới thiệu mẫu.' })
    await payload.updateGlobal({ data: { intro: 'A sample introduction.' }, locale: 'en', slug: 'home', ...editor() })
    expect((await home.getHomeSettings()).intro).toEqual({ en: 'A sample introduction.', vi: 'Lời giới thiệu mẫu.' })
  })
})

describe('home: what is open and what is coming', () => {
  it('open consultations only, closing soonest first', async () => {
    const create = (nomineeName: string, data: Record<string, unknown>) =>
      payload.create({ collection: 'nominations', data: { achievements: 'Thành tích mẫu.', form: 'certificateOfMerit', nomineeName, proposingBody: 'UBND tỉnh Thử', status: 'open', title: 'Bằng khen (mẫu)', ...data }, ...editor() })
    await create('Đóng muộn', { closesAt: at(40 * DAY), opensAt: at(-DAY) })
    await create('Đóng sớm', { opensAt: at(-DAY) })
    await create('Đóng giữa', { closesAt: at(30 * DAY), opensAt: at(-DAY) })
    await create('Đã hết hạn', { opensAt: at(-40 * DAY) })
    await create('Chưa mở', { opensAt: at(2 * DAY) })
    await create('Bản nháp', { opensAt: at(-DAY), status: 'draft' })
    await create('Đã rút', { opensAt: at(-DAY), status: 'withdrawn' })
    const shown = select.openNow(await home.getOpenConsultations('vi'), Date.now())
    expect(shown.map((n) => n.nomineeName)).toEqual(['Đóng sớm', 'Đóng giữa', 'Đóng muộn'])
    // A consultation that opens later joins the list once its time comes, with no edit.
    expect(select.openNow(await home.getOpenConsultations('vi'), Date.now() + 3 * DAY).map((n) => n.nomineeName)).toContain('Chưa mở')
  })

  it('next events: published, not over, soonest first', async () => {
    const event = (title: string, data: { allDay?: boolean; end?: string; start: string }, status: 'draft' | 'published' = 'published') =>
      payload.create({ collection: 'events', data: { _status: status, kind: 'honouring', title, ...data }, draft: status === 'draft', ...editor() })
    await event('Lễ tuyên dương tháng sau (mẫu)', { start: at(30 * DAY) })
    await event('Hội nghị tuần sau (mẫu)', { end: at(7 * DAY + 3_600_000), start: at(7 * DAY) })
    await event('Đại hội đang diễn ra (mẫu)', { end: at(DAY), start: at(-DAY) })
    // All day today in Vietnam: it started at midnight there and runs to 23:59, whatever the hour now.
    await event('Tập huấn cả ngày hôm nay (mẫu)', { allDay: true, start: vietnamMidnight(vietnamDay()) })
    await event('Hội nghị đã qua (mẫu)', { end: at(-2 * DAY), start: at(-3 * DAY) })
    await event('Lễ đã qua không có giờ kết thúc (mẫu)', { start: at(-3_600_000) })
    await event('Sự kiện chưa duyệt (mẫu)', { start: at(2 * DAY) }, 'draft')
    const shown = select.notOver(await home.getNextEvents('vi'), Date.now()).map((e) => e.title)
    expect(shown).toEqual(['Đại hội đang diễn ra (mẫu)', 'Tập huấn cả ngày hôm nay (mẫu)', 'Hội nghị tuần sau (mẫu)', 'Lễ tuyên dương tháng sau (mẫu)'])
  })
})
