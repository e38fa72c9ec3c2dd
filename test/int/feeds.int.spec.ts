import { parseAtomFeed, parseJsonFeed, parseRssFeed } from 'feedsmith'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it, vi } from 'vitest'

import { siteUrl } from '@/lib/urls/sitePaths'
import { feedPath, type FeedName } from '@/feeds/paths'
import type { Media } from '@/payload-types'
import { toRichText } from '@/seed/generate/lexical'
import { daysFromNow, requestFeed, storedBytes, uploadPhoto } from '../helpers/feeds'
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
const SITE_LICENCE = 'CC BY 4.0 – mặc định của trang thử nghiệm'
const COLUMN_LICENCE = 'Creative Commons Ghi công 4.0 Quốc tế (CC BY 4.0)'
const ATTRIBUTION = 'Khi đăng lại, ghi rõ nguồn: Cổng Thi đua thử nghiệm.'

let payload: Payload
let users: UsersByRole
const asEditor = () => ({ overrideAccess: false as const, user: users.editor })

beforeAll(async () => {
  payload = await getTestPayload()
  users = await createUsersByRole(payload, 'feeds')
  await payload.updateGlobal({ data: { contact: { organization: 'Ban Thi đua thử nghiệm' }, defaultImageLicence: SITE_LICENCE }, overrideAccess: false, slug: 'site-settings', user: users.admin })
})

const feature = (media: Media) => {
  const size = media.sizes?.feature
  if (!size?.url || !size.filename) throw new Error('the upload has no feature size')
  return { bytes: storedBytes(size.filename), url: `${SITE}${size.url}` }
}

/** A body with a heading, a site-relative link and an inline image: what must come out absolute. */
const articleBody = async (photo: Media) => {
  const body = await toRichText({ config: payload.config, paragraphs: ['## Ý nghĩa phong trào', 'Xem thêm [hồ sơ điển hình](/guong-dien-hinh/ho-so-mau).'] })
  const image = { fields: {}, format: '' as const, id: 'anh-trong-bai', relationTo: 'media' as const, type: 'upload' as const, value: photo.id, version: 3 }
  body.root.children.push(image)
  return body
}

/** A published column with a signed and an unsigned article, plus three that must stay hidden. */
const columnWithArticles = async () => {
  const label = uniqueLabel('cot')
  const photo = await uploadPhoto(payload, users.editor, `Ảnh bìa ${label}`)
  const column = await payload.create({ collection: 'columns', data: { _status: 'published', attribution: ATTRIBUTION, description: `Mô tả ${label}`, licence: COLUMN_LICENCE, name: `Chuyên mục ${label}` }, ...asEditor() })
  const publish = (data: { title: string; publishedAt: string } & Record<string, unknown>) => payload.create({ collection: 'articles', data: { _status: 'published', column: column.id, ...data }, ...asEditor() })
  const signed = await publish({ body: await articleBody(photo), byline: 'Trần Phóng Viên', cover: photo.id, publishedAt: daysFromNow(-1), summary: 'Tóm tắt bài có ảnh.', tags: ['thi đua', 'nông thôn mới'], title: `Bài có ảnh ${label}` })
  const unsigned = await publish({ publishedAt: daysFromNow(-3), summary: 'Bài không ký tên.', title: `Bài không ký ${label}` })
  await publish({ publishedAt: daysFromNow(7), title: `Bài hẹn ngày ${label}` })
  await payload.create({ collection: 'articles', data: { _status: 'draft', column: column.id, title: `Bài nháp ${label}` }, draft: true, ...asEditor() })
  const scheduled = await payload.create({ collection: 'articles', data: { _status: 'draft', column: column.id, title: `Bài hẹn giờ ${label}` }, draft: true, ...asEditor() })
  await payload.jobs.queue({
    input: { doc: { relationTo: 'articles', value: String(scheduled.id) }, type: 'publish', user: { relationTo: 'users', value: users.editor.id } },
    task: 'schedulePublish',
    waitUntil: new Date(daysFromNow(2)),
  } as Parameters<Payload['jobs']['queue']>[0])
  const name: FeedName = `chuyen-muc/${column.slug}`
  return { column, hidden: ['Bài hẹn ngày', 'Bài nháp', 'Bài hẹn giờ'].map((t) => `${t} ${label}`), name, photo, signed, unsigned }
}

const bodyOf = async (path: string, headers?: HeadersInit) => {
  const response = await requestFeed(path, headers)
  expect(response.status).toBe(200)
  return { response, text: await response.text() }
}

describe('column feeds', () => {
  it('RSS 2.0 carries the published articles in full, newest first, with the column licence', async () => {
    const { column, hidden, name, photo, signed, unsigned } = await columnWithArticles()
    const { response, text } = await bodyOf(feedPath(name, 'rss'))
    expect(response.headers.get('content-type')).toBe('application/rss+xml; charset=utf-8')
    const rss = parseRssFeed(text)
    expect(rss.title).toContain(column.name)
    expect(rss.link).toBe(`${SITE}/chuyen-muc/${column.slug}`)
    expect(rss.language).toBe('vi')
    expect(rss.copyright).toContain(COLUMN_LICENCE)
    expect(rss.copyright).toContain(ATTRIBUTION)
    expect(rss.atom?.links).toEqual([{ href: `${SITE}${feedPath(name, 'rss')}`, rel: 'self', type: 'application/rss+xml' }])
    expect(rss.items?.map((i) => i.title)).toEqual([signed.title, unsigned.title])
    const [item, other] = rss.items ?? []
    expect(item.link).toBe(`${SITE}/chuyen-muc/${column.slug}/${signed.slug}`)
    expect(item.guid).toEqual({ isPermaLink: false, value: expect.stringMatching(/^tag:/) })
    expect(item.pubDate).toBe(new Date(signed.publishedAt ?? '').toUTCString())
    expect(item.description).toBe('Tóm tắt bài có ảnh.')
    expect(item.content?.encoded).toContain('<h2>Ý nghĩa phong trào</h2>')
    expect(item.content?.encoded).toContain(`href="${SITE}/guong-dien-hinh/ho-so-mau"`)
    expect(item.content?.encoded).toContain(`src="${SITE}/api/media/file/`)
    expect(item.content?.encoded).not.toMatch(/(href|src)="\//)
    expect(item.authors).toEqual([{ name: 'Trần Phóng Viên' }])
    expect(other.authors).toEqual([{ name: 'Ban biên tập' }])
    expect(item.categories?.map((c) => c.name)).toEqual([column.name, 'thi đua', 'nông thôn mới'])
    expect(item.enclosures).toEqual([{ length: feature(photo).bytes, type: 'image/webp', url: feature(photo).url }])
    expect(other.enclosures).toBeUndefined()
    for (const title of hidden) expect(text).not.toContain(title)
  })

  it('Atom carries language, rights, self and alternate links, both dates and the enclosure', async () => {
    const { column, hidden, name, photo, signed } = await columnWithArticles()
    const { response, text } = await bodyOf(feedPath(name, 'atom'))
    expect(response.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8')
    const atom = parseAtomFeed(text)
    expect(atom.xml?.lang).toBe('vi')
    expect(atom.title?.value).toContain(column.name)
    expect(atom.rights?.value).toContain(COLUMN_LICENCE)
    expect(atom.links).toEqual([
      { href: `${SITE}/chuyen-muc/${column.slug}`, rel: 'alternate' },
      { href: `${SITE}${feedPath(name, 'atom')}`, rel: 'self' },
    ])
    const entry = atom.entries?.[0]
    expect(entry?.title).toEqual({ type: 'html', value: signed.title })
    expect(entry?.published).toBe(signed.publishedAt)
    expect(Date.parse(entry?.updated ?? '')).toBeGreaterThanOrEqual(Date.parse(signed.publishedAt ?? ''))
    expect(entry?.summary?.value).toBe('Tóm tắt bài có ảnh.')
    expect(entry?.content?.type).toBe('html')
    expect(entry?.content?.value).toContain(`href="${SITE}/guong-dien-hinh/ho-so-mau"`)
    expect(entry?.authors).toEqual([{ name: 'Trần Phóng Viên' }])
    expect(entry?.categories?.map((c) => c.term)).toEqual([column.name, 'thi đua', 'nông thôn mới'])
    expect(entry?.links).toEqual([
      { href: `${SITE}/chuyen-muc/${column.slug}/${signed.slug}` },
      { href: feature(photo).url, length: feature(photo).bytes, rel: 'enclosure', type: 'image/webp' },
    ])
    // Every entry shares the column's rights, said once for the feed.
    expect(entry?.rights).toBeUndefined()
    for (const title of hidden) expect(text).not.toContain(title)
  })

  it('JSON Feed is version 1.1, with language, authors arrays and the image as an attachment', async () => {
    const { column, hidden, name, photo, signed } = await columnWithArticles()
    const { response, text } = await bodyOf(feedPath(name, 'json'))
    expect(response.headers.get('content-type')).toBe('application/feed+json; charset=utf-8')
    const raw = JSON.parse(text) as { _rights: Record<string, string>; author?: unknown; items: { author?: unknown }[]; version: string }
    expect(raw.version).toBe('https://jsonfeed.org/version/1.1')
    expect(raw.author).toBeUndefined()
    expect(raw.items.every((i) => i.author === undefined)).toBe(true)
    expect(raw._rights).toMatchObject({ attribution: ATTRIBUTION, licence: COLUMN_LICENCE })
    const json = parseJsonFeed(raw)
    expect(json.language).toBe('vi')
    expect(json.title).toContain(column.name)
    expect(json.home_page_url).toBe(`${SITE}/chuyen-muc/${column.slug}`)
    expect(json.feed_url).toBe(`${SITE}${feedPath(name, 'json')}`)
    expect(json.authors).toEqual([{ name: 'Ban Thi đua thử nghiệm', url: SITE }])
    const item = json.items?.[0]
    expect(item?.title).toBe(signed.title)
    expect(item?.url).toBe(`${SITE}/chuyen-muc/${column.slug}/${signed.slug}`)
    expect(item?.summary).toBe('Tóm tắt bài có ảnh.')
    expect(item?.content_html).toContain('<h2>Ý nghĩa phong trào</h2>')
    expect(item?.date_published).toBe(signed.publishedAt)
    expect(item?.date_modified).toBeDefined()
    expect(item?.authors).toEqual([{ name: 'Trần Phóng Viên' }])
    expect(item?.tags).toEqual([column.name, 'thi đua', 'nông thôn mới'])
    expect(item?.image).toBe(feature(photo).url)
    expect(item?.attachments).toEqual([{ mime_type: 'image/webp', size_in_bytes: feature(photo).bytes, title: expect.stringContaining('Ảnh bìa'), url: feature(photo).url }])
    for (const title of hidden) expect(text).not.toContain(title)
  })
})

describe('site-wide feeds', () => {
  it('all articles: every column, newest first, each entry with its column licence; hidden ones never', async () => {
    const first = await columnWithArticles()
    const second = await columnWithArticles()
    for (const format of ['rss', 'atom', 'json'] as const) {
      const { text } = await bodyOf(feedPath('bai-viet', format))
      for (const title of [...first.hidden, ...second.hidden]) expect(text).not.toContain(title)
    }
    const atom = parseAtomFeed((await bodyOf(feedPath('bai-viet', 'atom'))).text)
    expect(atom.rights?.value).toContain(SITE_LICENCE)
    const titles = atom.entries?.map((e) => e.title?.value) ?? []
    expect(titles).toEqual(expect.arrayContaining([first.signed.title, first.unsigned.title, second.signed.title, second.unsigned.title]))
    const published = atom.entries?.map((e) => Date.parse(e.published ?? '')) ?? []
    expect(published).toEqual([...published].sort((a, b) => b - a))
    const entry = atom.entries?.find((e) => e.title?.value === first.signed.title)
    expect(entry?.rights?.value).toContain(COLUMN_LICENCE)
  })

  it('exemplars: story, sector/province/kind as categories, the portrait; drafts never', async () => {
    const label = uniqueLabel('dh')
    const province = await payload.create({ collection: 'provinces', data: { code: label, kind: 'province', name: `Tỉnh ${label}` }, overrideAccess: true })
    const sector = await payload.create({ collection: 'sectors', data: { name: `Ngành ${label}` }, overrideAccess: true })
    const portrait = await uploadPhoto(payload, users.editor, `Chân dung ${label}`)
    const story = await toRichText({ config: payload.config, paragraphs: ['Chị đã dạy học ở điểm trường bản suốt mười năm.'] })
    const data = { achievements: [{ text: 'Chiến sĩ thi đua cơ sở', year: 2024 }], kind: 'individual' as const, portrait: portrait.id, province: province.id, sector: sector.id, stage: 'nurtured' as const, story, summary: 'Cô giáo bản xa.' }
    const published = await payload.create({ collection: 'exemplars', data: { ...data, _status: 'published', name: `Nguyễn Thị ${label}` }, ...asEditor() })
    await payload.create({ collection: 'exemplars', data: { ...data, _status: 'draft', name: `Hồ sơ nháp ${label}` }, draft: true, ...asEditor() })

    const rssText = (await bodyOf(feedPath('guong-dien-hinh', 'rss'))).text
    expect(rssText).not.toContain(`Hồ sơ nháp ${label}`)
    const rss = parseRssFeed(rssText)
    expect(rss.copyright).toContain(SITE_LICENCE)
    const item = rss.items?.find((i) => i.title === published.name)
    expect(item?.link).toBe(`${SITE}/guong-dien-hinh/${published.slug}`)
    expect(item?.categories?.map((c) => c.name)).toEqual([sector.name, province.name, 'Cá nhân'])
    expect(item?.content?.encoded).toContain('điểm trường bản')
    expect(item?.content?.encoded).toContain('<li>2024: Chiến sĩ thi đua cơ sở</li>')
    expect(item?.authors).toEqual([{ name: 'Ban biên tập' }])
    expect(item?.enclosures).toEqual([{ length: feature(portrait).bytes, type: 'image/webp', url: feature(portrait).url }])
    for (const format of ['atom', 'json'] as const) expect((await bodyOf(feedPath('guong-dien-hinh', format))).text).not.toContain(`Hồ sơ nháp ${label}`)
  })

  it('movements: slogan, period and objectives as content; drafts never', async () => {
    const label = uniqueLabel('pt')
    const base = { level: 'provincial' as const, objectives: [{ text: 'Trồng một triệu cây xanh' }], period: { start: '2025-01-01T00:00:00.000Z' }, slogan: 'Xanh hóa quê hương', type: 'thematic' as const }
    const published = await payload.create({ collection: 'movements', data: { ...base, _status: 'published', name: `Phong trào ${label}` }, ...asEditor() })
    await payload.create({ collection: 'movements', data: { ...base, _status: 'draft', name: `Phong trào nháp ${label}` }, draft: true, ...asEditor() })
    const { text } = await bodyOf(feedPath('phong-trao', 'json'))
    expect(text).not.toContain(`Phong trào nháp ${label}`)
    const item = parseJsonFeed(JSON.parse(text)).items?.find((i) => i.title === published.name)
    expect(item?.url).toBe(`${SITE}/phong-trao/${published.slug}`)
    expect(item?.summary).toBe('Xanh hóa quê hương')
    expect(item?.content_html).toContain('<li>Trồng một triệu cây xanh</li>')
    expect(item?.tags).toEqual(['Theo chuyên đề', 'Tỉnh, thành phố'])
    expect(item?.date_published).toBe(published.createdAt)
  })
})

describe('HTTP behaviour', () => {
  it('sends validators and answers conditional requests with 304 and no body', async () => {
    const { name } = await columnWithArticles()
    const path = feedPath(name, 'atom')
    const { response } = await bodyOf(path)
    const etag = response.headers.get('etag') ?? ''
    const lastModified = response.headers.get('last-modified') ?? ''
    expect(etag).toMatch(/^"[\w-]+"$/)
    expect(Date.parse(lastModified)).toBeGreaterThan(0)
    expect(response.headers.get('cache-control')).toMatch(/^public, max-age=\d+, stale-while-revalidate=\d+$/)

    const later = new Date(Date.parse(lastModified) + 60_000).toUTCString()
    const earlier = new Date(Date.parse(lastModified) - 60_000).toUTCString()
    for (const headers of <Record<string, string>[]>[{ 'if-none-match': etag }, { 'if-none-match': `"x", W/${etag}` }, { 'if-modified-since': lastModified }, { 'if-modified-since': later }]) {
      const notModified = await requestFeed(path, headers)
      expect(notModified.status, JSON.stringify(headers)).toBe(304)
      expect(await notModified.text()).toBe('')
      expect(notModified.headers.get('etag')).toBe(etag)
    }
    for (const headers of <Record<string, string>[]>[{ 'if-none-match': '"khac"' }, { 'if-modified-since': earlier }, { 'if-modified-since': 'not a date' }, { 'if-modified-since': later, 'if-none-match': '"khac"' }]) {
      expect((await requestFeed(path, headers)).status, JSON.stringify(headers)).toBe(200)
    }
  })

  it('unknown names, formats and unpublished columns get a Vietnamese 404, never a 500', async () => {
    const draft = await payload.create({ collection: 'columns', data: { _status: 'draft', name: `Cột nháp ${uniqueLabel('x')}` }, draft: true, ...asEditor() })
    const paths = [
      '/feeds/khong-co/rss.xml',
      '/feeds/bai-viet/rss.json',
      '/feeds/bai-viet',
      '/feeds/bai-viet/rss.xml/thua',
      '/feeds/chuyen-muc/rss.xml',
      '/feeds/chuyen-muc/khong-ton-tai/rss.xml',
      `/feeds/chuyen-muc/${draft.slug}/atom.xml`,
      "/feeds/chuyen-muc/%27%3B%20select%201/feed.json",
      '/feeds/chuyen-muc/a/b/rss.xml',
    ]
    for (const path of paths) {
      const response = await requestFeed(path)
      expect(response.status, path).toBe(404)
      expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8')
      expect(await response.text()).toMatch(/^Không tìm thấy nguồn tin/)
    }
  })
})

describe('wiring', () => {
  it('caches each feed under the tags publishing purges, article feeds briefly', async () => {
    await requestFeed(feedPath('bai-viet', 'rss'))
    await requestFeed(feedPath('guong-dien-hinh', 'rss'))
    await requestFeed(feedPath('phong-trao', 'rss'))
    expect(cacheOptions.get('feeds:articles')?.tags).toEqual(expect.arrayContaining(['collection:articles', 'collection:columns', 'collection:media', 'global:site-settings']))
    expect(cacheOptions.get('feeds:exemplars')?.tags).toEqual(expect.arrayContaining(['collection:exemplars', 'collection:provinces', 'collection:sectors', 'global:site-settings']))
    expect(cacheOptions.get('feeds:movements')?.tags).toEqual(expect.arrayContaining(['collection:movements', 'global:site-settings']))
    // Post-dated articles appear with the clock, not a publish event: article feeds must not be cached long.
    expect(cacheOptions.get('feeds:articles')?.revalidate).toBeLessThanOrEqual(60)
  })

  it('lists a page’s feeds for <link rel="alternate">', async () => {
    const { feedLinksFor } = await import('@/feeds/links')
    expect(feedLinksFor({ name: 'chuyen-muc/guong-sang', title: 'Gương sáng' })).toEqual([
      { title: 'Gương sáng (RSS)', type: 'application/rss+xml', url: `${SITE}/feeds/chuyen-muc/guong-sang/rss.xml` },
      { title: 'Gương sáng (Atom)', type: 'application/atom+xml', url: `${SITE}/feeds/chuyen-muc/guong-sang/atom.xml` },
      { title: 'Gương sáng (JSON Feed)', type: 'application/feed+json', url: `${SITE}/feeds/chuyen-muc/guong-sang/feed.json` },
    ])
  })
})
