import { parseAtomFeed, parseJsonFeed, parseRssFeed } from 'feedsmith'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it, vi } from 'vitest'

import { feedPath, type FeedName } from '@/feeds/paths'
import { siteUrl } from '@/lib/urls/sitePaths'
import type { Event, Media, Movement, Province } from '@/payload-types'
import { toRichText } from '@/seed/generate/lexical'
import { requestFeed, storedBytes, uploadPhoto } from '../helpers/feeds'
import { uniqueLabel } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/payload'
import { createUsersByRole, type UsersByRole } from '../helpers/users'

/** The cache is transparent (every request reads the database); what each cached read declares is kept. */
const cacheOptions = vi.hoisted(() => new Map<string, { revalidate?: number; tags?: string[] }>())
vi.mock('next/cache', () => ({
  revalidateTag: () => undefined,
  unstable_cache: <T>(fn: T, keys: string[], options: { revalidate?: number; tags?: string[] }) => {
    cacheOptions.set(keys[0], options)
    return fn
  },
}))

const SITE = siteUrl()

let payload: Payload
let users: UsersByRole
const asEditor = () => ({ overrideAccess: false as const, user: users.editor })

type Data = Partial<Event> & Pick<Event, 'kind' | 'start' | 'title'>
const publish = (data: Data) => payload.create({ collection: 'events', data: { ...data, _status: 'published' }, ...asEditor() })
const draft = (data: Data) => payload.create({ collection: 'events', data: { ...data, _status: 'draft' }, draft: true, ...asEditor() })

/**
 * Two provinces, a published and a draft movement, and events: one with
 * everything (province P, movement M, a timed morning in 2030), an all-day
 * congress over two days (province Q), a past review conference (movement M
 * only), a draft (P and M) and a published one whose newer draft must not show.
 */
let f: {
  label: string
  photo: Media
  p: Province
  q: Province
  movement: Movement
  draftMovement: Movement
  full: Event
  allDay: Event
  past: Event
  withDraft: Event
}

beforeAll(async () => {
  payload = await getTestPayload()
  users = await createUsersByRole(payload, 'feedsev')
  const label = uniqueLabel('sk')
  const p = await payload.create({ collection: 'provinces', data: { code: `P${label}`, kind: 'province', name: `Tỉnh Pê ${label}` }, ...asEditor() })
  const q = await payload.create({ collection: 'provinces', data: { code: `Q${label}`, kind: 'city', name: `Thành phố Quy ${label}` }, ...asEditor() })
  const base = { level: 'provincial' as const, period: { start: '2025-01-01T00:00:00.000Z' }, type: 'thematic' as const }
  const movement = await payload.create({ collection: 'movements', data: { ...base, _status: 'published', name: `Phong trào ${label}` }, ...asEditor() })
  const draftMovement = await payload.create({ collection: 'movements', data: { ...base, _status: 'draft', name: `Phong trào nháp ${label}` }, draft: true, ...asEditor() })
  const photo = await uploadPhoto(payload, users.editor, `Ảnh sự kiện ${label}`)
  // Created oldest first: the feed lists the newest announced first.
  const past = await publish({ end: '2020-12-20T04:00:00.000Z', kind: 'finalReview', relatedMovements: [movement.id], start: '2020-12-20T01:00:00.000Z', title: `Hội nghị tổng kết ${label}` })
  const allDay = await publish({ allDay: true, end: '2030-04-02T17:00:00.000Z', kind: 'congress', province: q.id, start: '2030-04-01T17:00:00.000Z', title: `Đại hội thi đua ${label}`, venue: 'Nhà văn hóa tỉnh' })
  const programme = await toRichText({ config: payload.config, paragraphs: ['## Nghi thức khai mạc', 'Xem [hồ sơ gương điển hình](/guong-dien-hinh/ho-so-mau).'] })
  const full = await publish({
    cover: photo.id,
    end: '2030-03-15T04:30:00.000Z',
    kind: 'honouring',
    livestreamUrl: 'https://truyenhinh.example.vn/truc-tiep',
    organizer: 'Ban Thi đua – Khen thưởng tỉnh (giả định)',
    programme,
    province: p.id,
    registrationUrl: 'https://dangky.example.vn/le-ton-vinh',
    relatedMovements: [movement.id],
    start: '2030-03-15T01:00:00.000Z',
    summary: 'Tôn vinh 50 điển hình tiên tiến (nội dung mẫu).',
    title: `Lễ tôn vinh điển hình ${label}`,
    venue: 'Hội trường A',
  })
  await draft({ kind: 'training', province: p.id, relatedMovements: [movement.id], start: '2030-05-01T01:00:00.000Z', title: `Sự kiện nháp ${label}` })
  const withDraft = await publish({ kind: 'other', province: p.id, start: '2030-06-01T01:00:00.000Z', title: `Sự kiện đã đăng ${label}` })
  await payload.update({ collection: 'events', data: { title: `Tên bản nháp mới ${label}` }, draft: true, id: withDraft.id, ...asEditor() })
  f = { allDay, draftMovement, full, label, movement, p, past, photo, q, withDraft }
})

const feedText = async (name: FeedName, format: 'atom' | 'json' | 'rss') => {
  const response = await requestFeed(feedPath(name, format))
  expect(response.status, `${name} ${format}`).toBe(200)
  return { response, text: await response.text() }
}

const ours = (titles: (string | undefined)[]) => titles.filter((t) => t?.includes(f.label))

const hidden = () => [`Sự kiện nháp ${f.label}`, `Tên bản nháp mới ${f.label}`]

describe('events feeds', () => {
  it('RSS 2.0: every published event, newest announced first, with when and where in Vietnam time, the cover and the kind', async () => {
    const { response, text } = await feedText('su-kien', 'rss')
    expect(response.headers.get('content-type')).toBe('application/rss+xml; charset=utf-8')
    const rss = parseRssFeed(text)
    expect(rss.title).toMatch(/^Sự kiện – /)
    expect(rss.link).toBe(`${SITE}/su-kien`)
    expect(rss.language).toBe('vi')
    expect(ours(rss.items?.map((i) => i.title) ?? [])).toEqual([f.withDraft.title, f.full.title, f.allDay.title, f.past.title])
    const item = rss.items?.find((i) => i.title === f.full.title)
    expect(item?.link).toBe(`${SITE}/su-kien/${f.full.slug}`)
    expect(item?.guid).toEqual({ isPermaLink: false, value: expect.stringMatching(/^tag:.+:events\/\d+$/) })
    expect(item?.pubDate).toBe(new Date(f.full.createdAt).toUTCString())
    expect(item?.categories?.map((c) => c.name)).toEqual(['Lễ tôn vinh, tuyên dương'])
    const content = item?.content?.encoded ?? ''
    expect(content).toContain('<p>Thời gian: 15/03/2030, 08:00–11:30 (giờ Việt Nam)</p>')
    expect(content).toContain(`<p>Địa điểm: Hội trường A, ${f.p.name}</p>`)
    expect(content).toContain('<p>Đơn vị tổ chức: Ban Thi đua – Khen thưởng tỉnh (giả định)</p>')
    expect(content).toContain('<h2>Nghi thức khai mạc</h2>')
    expect(content).toContain(`href="${SITE}/guong-dien-hinh/ho-so-mau"`)
    expect(content).toContain('<a href="https://truyenhinh.example.vn/truc-tiep">Xem truyền hình trực tiếp</a>')
    expect(content).toContain('<a href="https://dangky.example.vn/le-ton-vinh">Đăng ký tham dự</a>')
    expect(item?.description).toBe(`Thời gian: 15/03/2030, 08:00–11:30 (giờ Việt Nam). Địa điểm: Hội trường A, ${f.p.name}. Tôn vinh 50 điển hình tiên tiến (nội dung mẫu).`)
    const feature = f.photo.sizes?.feature
    expect(item?.enclosures).toEqual([{ length: storedBytes(feature?.filename ?? ''), type: 'image/webp', url: `${SITE}${feature?.url}` }])
    const allDay = rss.items?.find((i) => i.title === f.allDay.title)
    expect(allDay?.content?.encoded).toContain('<p>Thời gian: 02/04/2030 – 03/04/2030</p>')
    expect(allDay?.categories?.map((c) => c.name)).toEqual(['Đại hội thi đua yêu nước'])
    expect(allDay?.enclosures).toBeUndefined()
    for (const title of hidden()) expect(text).not.toContain(title)
  })

  it('Atom and JSON Feed carry the same events, the image as enclosure and attachment; drafts never', async () => {
    const atom = parseAtomFeed((await feedText('su-kien', 'atom')).text)
    expect(atom.xml?.lang).toBe('vi')
    const entry = atom.entries?.find((e) => e.title?.value === f.full.title)
    expect(entry?.published).toBe(f.full.createdAt)
    expect(entry?.categories?.map((c) => c.term)).toEqual(['Lễ tôn vinh, tuyên dương'])
    expect(entry?.links?.[0]).toEqual({ href: `${SITE}/su-kien/${f.full.slug}` })
    expect(entry?.links?.[1]).toMatchObject({ rel: 'enclosure', type: 'image/webp' })
    const { text } = await feedText('su-kien', 'json')
    const json = parseJsonFeed(JSON.parse(text))
    expect(json.language).toBe('vi')
    const item = json.items?.find((i) => i.title === f.full.title)
    expect(item?.url).toBe(`${SITE}/su-kien/${f.full.slug}`)
    expect(item?.tags).toEqual(['Lễ tôn vinh, tuyên dương'])
    expect(item?.image).toBe(`${SITE}${f.photo.sizes?.feature?.url}`)
    expect(item?.content_html).toContain('Thời gian: 15/03/2030, 08:00–11:30 (giờ Việt Nam)')
    for (const title of hidden()) expect(text).not.toContain(title)
  })

  it('per province: only that province’s events, titled and linked to the filtered listing', async () => {
    const name: FeedName = `su-kien/tinh/${f.p.slug}`
    const { text } = await feedText(name, 'rss')
    const rss = parseRssFeed(text)
    expect(rss.title).toMatch(new RegExp(`^Sự kiện – ${f.p.name} – `))
    expect(rss.link).toBe(`${SITE}/su-kien?tinh=${f.p.slug}`)
    expect(rss.atom?.links).toEqual([{ href: `${SITE}/feeds/su-kien/tinh/${f.p.slug}/rss.xml`, rel: 'self', type: 'application/rss+xml' }])
    expect(ours(rss.items?.map((i) => i.title) ?? [])).toEqual([f.withDraft.title, f.full.title])
    for (const title of hidden()) expect(text).not.toContain(title)
    const other = parseAtomFeed((await feedText(`su-kien/tinh/${f.q.slug}`, 'atom')).text)
    expect(ours(other.entries?.map((e) => e.title?.value) ?? [])).toEqual([f.allDay.title])
  })

  it('per movement: the events linked to it, past ones included; a draft movement has no feed', async () => {
    const { text } = await feedText(`su-kien/phong-trao/${f.movement.slug}`, 'json')
    const json = parseJsonFeed(JSON.parse(text))
    expect(json.title).toMatch(new RegExp(`^Sự kiện – ${f.movement.name} – `))
    expect(json.home_page_url).toBe(`${SITE}/su-kien?phong-trao=${f.movement.slug}`)
    expect(json.feed_url).toBe(`${SITE}/feeds/su-kien/phong-trao/${f.movement.slug}/feed.json`)
    expect(ours(json.items?.map((i) => i.title) ?? [])).toEqual([f.full.title, f.past.title])
    expect(text).not.toContain(`Sự kiện nháp ${f.label}`)
    expect((await requestFeed(feedPath(`su-kien/phong-trao/${f.draftMovement.slug}`, 'rss'))).status).toBe(404)
  })

  it('unknown provinces and movements, bad shapes and formats: the Vietnamese 404, never a 500', async () => {
    const paths = [
      '/feeds/su-kien/tinh/khong-co-tinh-nay/rss.xml',
      '/feeds/su-kien/phong-trao/khong-co/atom.xml',
      '/feeds/su-kien/tinh/CHU-HOA/rss.xml',
      '/feeds/su-kien/xa/abc/rss.xml',
      '/feeds/su-kien/tinh/rss.xml',
      '/feeds/su-kien/tinh/a/b/rss.xml',
      '/feeds/su-kien/rss.json',
      "/feeds/su-kien/tinh/%27%3B%20select%201/feed.json",
    ]
    for (const path of paths) {
      const response = await requestFeed(path)
      expect(response.status, path).toBe(404)
      expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8')
      expect(await response.text()).toContain('su-kien/tinh/')
    }
  })

  it('answers conditional requests with 304, like the other feeds', async () => {
    const path = feedPath(`su-kien/tinh/${f.p.slug}`, 'atom')
    const first = await requestFeed(path)
    const etag = first.headers.get('etag') ?? ''
    expect(etag).toMatch(/^"[\w-]+"$/)
    const again = await requestFeed(path, { 'if-none-match': etag })
    expect(again.status).toBe(304)
  })
})

describe('wiring', () => {
  it('caches the events feeds under the tags publishing purges, one entry per filter', async () => {
    await requestFeed(feedPath('su-kien', 'rss'))
    const options = cacheOptions.get('feeds:events')
    expect(options?.tags).toEqual(expect.arrayContaining(['collection:events', 'collection:provinces', 'collection:movements', 'collection:media', 'global:site-settings']))
  })

  it('lists the events feeds for <link rel="alternate">', async () => {
    const { feedLinksFor } = await import('@/feeds/links')
    expect(feedLinksFor({ name: 'su-kien/tinh/ha-noi', title: 'Sự kiện tại Hà Nội' }).map((l) => l.url)).toEqual([
      `${SITE}/feeds/su-kien/tinh/ha-noi/rss.xml`,
      `${SITE}/feeds/su-kien/tinh/ha-noi/atom.xml`,
      `${SITE}/feeds/su-kien/tinh/ha-noi/feed.json`,
    ])
  })
})
