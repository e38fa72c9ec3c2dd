import ICAL from 'ical.js'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { parseEventFilters } from '@/events/filters'
import { addDays, dayKeyOf, dayStart, monthOf } from '@/events/time'
import { cacheTags } from '@/lib/cache/tags'
import type { Event } from '@/payload-types'
import { toRichText } from '@/seed/generate/lexical'
import { daysFromNow } from '../helpers/feeds'
import { startApiServer } from '../helpers/http'
import { getTestPayload } from '../helpers/payload'
import { createUsersByRole, type UsersByRole } from '../helpers/users'

// The data cache is transparent (every read hits the database); what each read is tagged with, its period and what is purged are recorded.
const cache = vi.hoisted(() => ({ options: new Map<string, { revalidate?: number; tags?: string[] }>(), purged: [] as string[] }))
vi.mock('next/cache', () => ({
  revalidateTag: (tag: string) => void cache.purged.push(tag),
  unstable_cache: <T>(fn: T, keys: string[], options: { revalidate?: number; tags?: string[] }) => {
    cache.options.set(keys[0], options)
    return fn
  },
}))

type Route = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>

let payload: Payload
let users: UsersByRole
let q: typeof import('@/events/queries')
let server: Awaited<ReturnType<typeof startApiServer>>
const f = {} as { draft: Event; draftMovement: number; movement: { id: number; slug: string }; ongoing: Event; past: Event; province: { id: number; slug: string }; soon: Event; later: Event; today: Event }

const asEditor = () => ({ overrideAccess: false as const, user: users.editor })
const today = () => dayKeyOf(new Date())

const create = (data: Partial<Event> & { kind: Event['kind']; start: string; title: string }, draft = false) =>
  payload.create({ collection: 'events', data: { ...data, _status: draft ? 'draft' : 'published' }, draft, ...asEditor() })

beforeAll(async () => {
  payload = await getTestPayload()
  users = await createUsersByRole(payload, 'events')
  q = await import('@/events/queries')
  const province = await payload.create({ collection: 'provinces', data: { code: '97', kind: 'province', name: 'Tỉnh Sự Kiện' }, overrideAccess: true })
  const other = await payload.create({ collection: 'provinces', data: { code: '98', kind: 'city', name: 'Thành phố Khác' }, overrideAccess: true })
  const movement = await payload.create({ collection: 'movements', data: { _status: 'published', level: 'provincial', name: 'Phong trào có sự kiện', period: { start: '2025-01-01T00:00:00.000Z' }, type: 'annual' }, ...asEditor() })
  const draftMovement = await payload.create({ collection: 'movements', data: { _status: 'draft', level: 'provincial', name: 'Phong trào chưa công bố', period: { start: '2025-01-01T00:00:00.000Z' }, type: 'annual' }, draft: true, ...asEditor() })
  const programme = await toRichText({ config: payload.config, paragraphs: ['## Buổi sáng', '- 08:00: Khai mạc.'] })
  Object.assign(f, {
    draft: await create({ kind: 'honouring', province: province.id, relatedMovements: [movement.id], start: daysFromNow(2), title: 'Sự kiện nháp không được lộ' }, true),
    draftMovement: draftMovement.id,
    later: await create({ kind: 'training', province: other.id, start: daysFromNow(20), title: 'Tập huấn sau' }),
    movement: { id: movement.id, slug: movement.slug ?? '' },
    ongoing: await create({ end: daysFromNow(1), kind: 'other', province: province.id, start: daysFromNow(-1), title: 'Triển lãm đang mở' }),
    past: await create({ end: daysFromNow(-40), kind: 'congress', organizer: 'Ban tổ chức; thử nghiệm', province: province.id, relatedMovements: [movement.id, draftMovement.id], start: daysFromNow(-40.1), summary: 'Đã diễn ra, có dấu phẩy.', title: 'Đại hội đã qua', venue: 'Hội trường A' }),
    province: { id: province.id, slug: province.slug ?? '' },
    soon: await create({ end: daysFromNow(3.1), kind: 'congress', livestreamUrl: 'https://truyenhinh.example.gov.vn/a', programme, province: province.id, relatedMovements: [movement.id], start: daysFromNow(3), title: 'Đại hội sắp tới', venue: 'Nhà văn hóa' }),
    // All-day today: still "upcoming" until today is over in Vietnam, though its stored instants are in the past.
    today: await create({ allDay: true, end: dayStart(today()).toISOString(), kind: 'training', province: province.id, start: dayStart(addDays(today(), -1)).toISOString(), title: 'Tập huấn cả ngày đến hết hôm nay' }),
  })
  const routes = {
    calendar: (await import('@/app/(frontend)/[locale]/su-kien/lich.ics/route')) as unknown as { GET: Route },
    one: (await import('@/app/(frontend)/[locale]/su-kien/[slug]/lich.ics/route')) as unknown as { GET: Route },
  }
  server = await startApiServer({
    siteRoutes: (url) => {
      const english = url.pathname.startsWith('/en/')
      const path = english ? url.pathname.slice(3) : url.pathname
      const locale = english ? 'en' : 'vi'
      if (path === '/su-kien/lich.ics') return (request) => routes.calendar.GET(request, { params: Promise.resolve({ locale }) })
      const one = /^\/su-kien\/([^/]+)\/lich\.ics$/.exec(path)
      if (one) return (request) => routes.one.GET(request, { params: Promise.resolve({ locale, slug: one[1] }) })
      return null
    },
  })
})
afterAll(() => server?.close())

const titles = (docs: { title: string }[]) => docs.map((d) => d.title)

describe('the events listing', () => {
  it('lists upcoming events soonest first (under way and all-day today included), then past ones newest first, never drafts', async () => {
    const list = await q.listEvents(parseEventFilters({}), 'vi')
    expect(titles(list.upcoming)).toEqual(['Tập huấn cả ngày đến hết hôm nay', 'Triển lãm đang mở', 'Đại hội sắp tới', 'Tập huấn sau'])
    expect(titles(list.past)).toEqual(['Đại hội đã qua'])
    expect(list.totalPast).toBe(1)
  })

  it('filters by kind, province, year and movement; unknown values match nothing or are ignored', async () => {
    const run = async (params: Record<string, string>) => q.listEvents(parseEventFilters(params), 'vi')
    const congress = await run({ loai: 'dai-hoi' })
    expect([...titles(congress.upcoming), ...titles(congress.past)]).toEqual(['Đại hội sắp tới', 'Đại hội đã qua'])
    expect(titles((await run({ tinh: f.province.slug })).upcoming)).not.toContain('Tập huấn sau')
    expect(titles((await run({ 'phong-trao': f.movement.slug })).upcoming)).toEqual(['Đại hội sắp tới'])
    expect((await run({ 'phong-trao': f.movement.slug })).subjects.movement?.name).toBe('Phong trào có sự kiện')
    const year = new Date(f.past.start).getUTCFullYear() - 1
    expect((await run({ nam: String(year) })).totalPast).toBe(0)
    const unknown = await run({ tinh: 'khong-co-tinh-nay' })
    expect([unknown.upcoming.length, unknown.totalPast]).toEqual([0, 0])
    expect((await run({ loai: 'bogus' })).upcoming).toHaveLength(4)
  })

  it('is cached under the events tag, refreshed by the clock, and purged when an event is published', async () => {
    expect(cache.options.get('events:list')).toMatchObject({ revalidate: 1800, tags: expect.arrayContaining([cacheTags.collection('events'), cacheTags.collection('provinces')]) })
    expect(cache.options.get('events:calendar')?.tags).toContain(cacheTags.collection('events'))
    cache.purged.length = 0
    const extra = await create({ kind: 'other', start: daysFromNow(5), title: 'Công bố rồi gỡ' })
    expect(cache.purged).toContain(cacheTags.collection('events'))
    await payload.delete({ collection: 'events', id: extra.id, ...asEditor() })
  })
})

describe('the month, the page and the pages that list events', () => {
  it('gives the month every event overlapping it, drafts left out', async () => {
    const docs = await q.listMonthEvents(monthOf(f.soon.start), 'vi')
    expect(titles(docs)).toContain('Đại hội sắp tới')
    expect(titles(docs)).not.toContain('Sự kiện nháp không được lộ')
  })

  it('reads a published event with its published relations only; drafts and unknown slugs are null', async () => {
    const past = await q.getEvent(f.past.slug ?? '', 'vi')
    expect(past?.title).toBe('Đại hội đã qua')
    const movements = (past?.relatedMovements ?? []).filter((m) => typeof m === 'object')
    expect(movements.map((m) => m.name)).toEqual(['Phong trào có sự kiện'])
    expect(await q.getEvent(f.draft.slug ?? '', 'vi')).toBeNull()
    expect(await q.getEvent('khong-co-su-kien-nay', 'vi')).toBeNull()
  })

  it('lists a movement’s published events for its page', async () => {
    expect(titles(await q.listEventsFor({ field: 'relatedMovements', id: f.movement.id, locale: 'vi' }))).toEqual(['Đại hội sắp tới', 'Đại hội đã qua'])
  })

  it('puts published events, and not drafts, in the sitemap and the search index', async () => {
    const paths = (await (await import('@/lib/seo/sitemap')).listSitemapEntries()).map((e) => e.path)
    expect(paths).toEqual(expect.arrayContaining(['/su-kien', `/su-kien/${f.soon.slug}`]))
    expect(paths).not.toContain(`/su-kien/${f.draft.slug}`)
    const { docs } = await payload.find({ collection: 'search', depth: 0, limit: 50, overrideAccess: false, pagination: false, where: { kind: { equals: 'events' } } })
    expect(docs.map((d) => d.title)).toContain('Đại hội sắp tới')
    expect(docs.map((d) => d.title)).not.toContain('Sự kiện nháp không được lộ')
  })
})

const parseCalendar = (body: string) => {
  const root = new ICAL.Component(ICAL.parse(body))
  ICAL.TimezoneService.register(root.getFirstSubcomponent('vtimezone') as ICAL.Component)
  return root.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v))
}

describe('saving an event', () => {
  it('refuses an end before the start with a 400 naming the field, on create and on a partial update', async () => {
    const refusal = async (work: Promise<unknown>) => {
      const error = (await work.then(() => null, (e: unknown) => e)) as { data?: { errors?: { path?: string; message?: string }[] }; status?: number } | null
      expect(error?.status).toBe(400)
      expect(error?.data?.errors?.[0]?.path).toBe('end')
      expect(error?.data?.errors?.[0]?.message).toContain('phải sau thời điểm bắt đầu')
    }
    await refusal(create({ end: daysFromNow(4), kind: 'other', start: daysFromNow(5), title: 'Kết thúc trước khi bắt đầu' }))
    const fine = await create({ end: daysFromNow(6), kind: 'other', start: daysFromNow(5), title: 'Kết thúc sau khi bắt đầu' })
    await refusal(payload.update({ collection: 'events', data: { end: daysFromNow(4) }, id: fine.id, ...asEditor() }))
    const stored = await payload.findByID({ collection: 'events', depth: 0, id: fine.id, ...asEditor() })
    expect(stored.end).toBe(fine.end)
    // The other tests count the published events.
    await payload.delete({ collection: 'events', id: fine.id, overrideAccess: true })
  })
})

describe('iCalendar over HTTP', () => {
  it('serves every published event as text/calendar that a standard parser reads, with TZID and no drafts', async () => {
    const response = await fetch(`${server.url}/su-kien/lich.ics`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8')
    const body = await response.text()
    const events = parseCalendar(body)
    expect(events.map((e) => e.summary).sort()).toEqual(['Tập huấn cả ngày đến hết hôm nay', 'Triển lãm đang mở', 'Đại hội sắp tới', 'Tập huấn sau', 'Đại hội đã qua'].sort())
    expect(body).not.toContain('nháp')
    const soon = events.find((e) => e.summary === 'Đại hội sắp tới')
    expect(soon?.component.getFirstProperty('dtstart')?.getParameter('tzid')).toBe('Asia/Ho_Chi_Minh')
    expect(soon?.startDate.toJSDate().toISOString()).toBe(new Date(f.soon.start).toISOString().replace(/\.\d{3}Z$/, '.000Z'))
    expect(soon?.location).toBe('Nhà văn hóa, Tỉnh Sự Kiện, Việt Nam')
    const past = events.find((e) => e.summary === 'Đại hội đã qua')
    expect(past?.description).toContain('Đã diễn ra, có dấu phẩy.\n\nĐơn vị tổ chức: Ban tổ chức; thử nghiệm')
    const allDay = events.find((e) => e.summary === 'Tập huấn cả ngày đến hết hôm nay')
    expect([allDay?.startDate.isDate, allDay?.endDate.toString()]).toEqual([true, addDays(today(), 1)])
  })

  it('filters by kind and province, and answers 400 in plain text for values it does not know', async () => {
    const congress = parseCalendar(await (await fetch(`${server.url}/su-kien/lich.ics?loai=dai-hoi&tinh=${f.province.slug}`)).text())
    expect(congress.map((e) => e.summary).sort()).toEqual(['Đại hội sắp tới', 'Đại hội đã qua'].sort())
    for (const query of ['loai=tiec', `tinh=khong-co-tinh-nay`, 'tinh=%3Cscript%3E']) {
      const bad = await fetch(`${server.url}/su-kien/lich.ics?${query}`)
      expect(bad.status).toBe(400)
      expect(bad.headers.get('content-type')).toBe('text/plain; charset=utf-8')
      expect(await bad.text()).toMatch(/không hợp lệ.*\/ Unknown/)
    }
  })

  it('serves one event as a download, 404 for drafts and unknown slugs, and 304 for a current copy', async () => {
    const response = await fetch(`${server.url}/su-kien/${f.soon.slug}/lich.ics`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="${f.soon.slug}.ics"`)
    expect(parseCalendar(await response.text()).map((e) => e.summary)).toEqual(['Đại hội sắp tới'])
    const again = await fetch(`${server.url}/su-kien/${f.soon.slug}/lich.ics`, { headers: { 'If-None-Match': response.headers.get('etag') ?? '' } })
    expect(again.status).toBe(304)
    for (const slug of [f.draft.slug, 'khong-co-su-kien-nay']) expect((await fetch(`${server.url}/su-kien/${slug}/lich.ics`)).status).toBe(404)
    expect((await fetch(`${server.url}/en/su-kien/${f.soon.slug}/lich.ics`)).status).toBe(200)
  })

  it('keeps the UID when the title, slug and time are edited', async () => {
    const uidOf = async (slug: string) => parseCalendar(await (await fetch(`${server.url}/su-kien/${slug}/lich.ics`)).text())[0].uid
    const before = await uidOf(f.later.slug ?? '')
    expect(before).toMatch(new RegExp(`^su-kien-${f.later.id}@`))
    const edited = await payload.update({ collection: 'events', data: { slug: 'tap-huan-doi-ten', start: daysFromNow(21), title: 'Tập huấn đã đổi tên' }, id: f.later.id, ...asEditor() })
    const events = parseCalendar(await (await fetch(`${server.url}/su-kien/lich.ics`)).text())
    const after = events.find((e) => e.summary === 'Tập huấn đã đổi tên')
    expect(after?.uid).toBe(before)
    expect(await uidOf(edited.slug ?? '')).toBe(before)
  })
})
