import { parseAtomFeed, parseJsonFeed, parseRssFeed } from 'feedsmith'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it, vi } from 'vitest'

import { buildConsultationsFeed } from '@/feeds/consultations'
import { feedPath } from '@/feeds/paths'
import { siteUrl } from '@/lib/urls/sitePaths'
import type { Exemplar, Nomination, Province } from '@/payload-types'
import { requestFeed } from '../helpers/feeds'
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
const DAY = 86_400_000

/** 23:59 Vietnam time on the Vietnamese calendar day `days` from now, and how a reader sees it. */
const closingIn = (days: number) => {
  const day = new Date(Date.now() + days * DAY + 7 * 3_600_000).toISOString().slice(0, 10)
  const [y, m, d] = day.split('-')
  return { iso: new Date(`${day}T23:59:00+07:00`).toISOString(), shown: `${d}/${m}/${y} 23:59` }
}
const daysAgo = (days: number) => new Date(Date.now() - days * DAY).toISOString()

let payload: Payload
let users: UsersByRole
let label: string
let province: Province
let exemplar: Exemplar
let soon: Nomination
let later: Nomination
const laterClose = closingIn(50)
const soonClose = closingIn(40)

const nominate = (data: Partial<Nomination>) =>
  payload.create({
    collection: 'nominations',
    data: { achievements: 'Thành tích mẫu (nội dung mẫu).', form: 'certificateOfMerit', proposingBody: 'UBND tỉnh Thử (giả định)', status: 'open', title: 'Bằng khen của Thủ tướng Chính phủ', ...data },
    overrideAccess: false,
    user: users.editor,
  })

/** Closed, open in the database but past its window, not open yet, draft, withdrawn. */
const hiddenNames = () => ['đã đóng', 'hết hạn', 'chưa mở', 'nháp', 'đã rút'].map((what) => `Hồ sơ ${what} ${label}`)

beforeAll(async () => {
  payload = await getTestPayload()
  users = await createUsersByRole(payload, 'feedslyk')
  label = uniqueLabel('lyk')
  province = await payload.create({ collection: 'provinces', data: { code: `T${label}`, kind: 'province', name: `Tỉnh Thử ${label}` }, overrideAccess: false, user: users.editor })
  exemplar = await payload.create({ collection: 'exemplars', data: { _status: 'published', kind: 'individual', name: `Lò Thị Mẫu ${label}`, organization: 'Trường Tiểu học Bản Mẫu', stage: 'nurtured' }, overrideAccess: false, user: users.editor })
  // Created closing-later first: the feed must still put the one closing sooner first.
  later = await nominate({ achievements: 'Dòng một.\nDòng hai <b>đậm</b>.', closesAt: laterClose.iso, form: 'emulationTitle', nomineeName: `Nguyễn Văn Sau ${label}`, nomineeUnit: 'Xã Mẫu', opensAt: daysAgo(2), province: province.id, title: 'Danh hiệu Chiến sĩ thi đua toàn quốc' })
  soon = await nominate({ closesAt: soonClose.iso, nominee: exemplar.id, opensAt: daysAgo(2) })
  await nominate({ closesAt: daysAgo(10), nomineeName: `Hồ sơ đã đóng ${label}`, opensAt: daysAgo(70), status: 'closed' })
  await nominate({ closesAt: daysAgo(5), nomineeName: `Hồ sơ hết hạn ${label}`, opensAt: daysAgo(60) })
  await nominate({ closesAt: closingIn(45).iso, nomineeName: `Hồ sơ chưa mở ${label}`, opensAt: new Date(Date.now() + 3 * DAY).toISOString() })
  await nominate({ nomineeName: `Hồ sơ nháp ${label}`, status: 'draft' })
  await nominate({ closesAt: closingIn(45).iso, nomineeName: `Hồ sơ đã rút ${label}`, opensAt: daysAgo(2), status: 'withdrawn' })
})

const feedText = async (format: 'atom' | 'json' | 'rss') => {
  const response = await requestFeed(feedPath('lay-y-kien', format))
  expect(response.status, format).toBe(200)
  return { response, text: await response.text() }
}

const ours = (titles: (string | undefined)[]) => titles.filter((t) => t?.includes(label))

describe('open consultations feed', () => {
  it('RSS 2.0: only nominations open for comment now, closing soonest first, with nominee, proposed title and form, deadline and link', async () => {
    const { response, text } = await feedText('rss')
    expect(response.headers.get('content-type')).toBe('application/rss+xml; charset=utf-8')
    const rss = parseRssFeed(text)
    expect(rss.title).toMatch(/^Lấy ý kiến nhân dân – /)
    expect(rss.link).toBe(`${SITE}/lay-y-kien`)
    const titles = ours(rss.items?.map((i) => i.title) ?? [])
    expect(titles).toEqual([`${exemplar.name} – đề nghị Bằng khen của Thủ tướng Chính phủ`, `Nguyễn Văn Sau ${label} – đề nghị Danh hiệu Chiến sĩ thi đua toàn quốc`])
    for (const name of hiddenNames()) expect(text).not.toContain(name)

    const [first, second] = (rss.items ?? []).filter((i) => i.title?.includes(label))
    expect(first.link).toBe(`${SITE}/lay-y-kien/${soon.slug}`)
    expect(first.guid).toEqual({ isPermaLink: false, value: expect.stringMatching(/:nominations\/\d+$/) })
    expect(first.pubDate).toBe(new Date(soon.opensAt ?? '').toUTCString())
    expect(first.description).toBe(`Hạn góp ý: ${soonClose.shown} (giờ Việt Nam). Người/tập thể được đề nghị: ${exemplar.name} (Cá nhân), Trường Tiểu học Bản Mẫu.`)
    expect(first.content?.encoded).toContain(`href="${SITE}/guong-dien-hinh/${exemplar.slug}"`)
    expect(first.categories?.map((c) => c.name)).toEqual(['Bằng khen'])

    const content = second.content?.encoded ?? ''
    expect(content).toContain(`<p>Người/tập thể được đề nghị: Nguyễn Văn Sau ${label} (Cá nhân), Xã Mẫu, ${province.name}</p>`)
    expect(content).toContain('<p>Hình thức đề nghị: Danh hiệu Chiến sĩ thi đua toàn quốc (Danh hiệu thi đua)</p>')
    expect(content).toContain('<p>Cơ quan đề nghị: UBND tỉnh Thử (giả định)</p>')
    expect(content).toContain(`đến ${laterClose.shown} (giờ Việt Nam)</p>`)
    expect(content).toContain('<h2>Tóm tắt thành tích</h2><p>Dòng một.</p><p>Dòng hai &lt;b&gt;đậm&lt;/b&gt;.</p>')
    expect(content).toContain(`<a href="${SITE}/lay-y-kien/${later.slug}">Gửi ý kiến</a>`)
    expect(second.categories?.map((c) => c.name)).toEqual(['Danh hiệu thi đua', province.name])
  })

  it('Atom and JSON Feed carry the same open nominations and nothing else', async () => {
    const atom = await feedText('atom')
    expect(ours(parseAtomFeed(atom.text).entries?.map((e) => e.title?.value) ?? [])).toHaveLength(2)
    const json = await feedText('json')
    const feed = parseJsonFeed(JSON.parse(json.text))
    const items = (feed.items ?? []).filter((i) => i.title?.includes(label))
    expect(items.map((i) => i.url)).toEqual([`${SITE}/lay-y-kien/${soon.slug}`, `${SITE}/lay-y-kien/${later.slug}`])
    expect(items[0].summary).toContain(`Hạn góp ý: ${soonClose.shown}`)
    for (const body of [atom.text, json.text]) for (const name of hiddenNames()) expect(body).not.toContain(name)
  })

  it('follows the clock: a window that closes leaves the feed before the closing job runs, one that opens joins it', async () => {
    const between = new Date(Date.parse(soonClose.iso) + 60_000).toISOString()
    const doc = await buildConsultationsFeed({ asOf: between })
    expect(ours(doc.entries.map((e) => e.title))).toEqual([
      `Hồ sơ chưa mở ${label} – đề nghị Bằng khen của Thủ tướng Chính phủ`,
      `Nguyễn Văn Sau ${label} – đề nghị Danh hiệu Chiến sĩ thi đua toàn quốc`,
    ])
    // Its closing is a change of the feed: Last-Modified moves to it.
    expect(Date.parse(doc.updated)).toBeGreaterThanOrEqual(Date.parse(soonClose.iso))
    const afterAll = await buildConsultationsFeed({ asOf: new Date(Date.parse(laterClose.iso) + 60_000).toISOString() })
    expect(ours(afterAll.entries.map((e) => e.title))).toEqual([])
  })

  it('withdrawing a nomination takes it out at once', async () => {
    const gone = await nominate({ closesAt: closingIn(45).iso, nomineeName: `Hồ sơ sẽ rút ${label}`, opensAt: daysAgo(1) })
    expect((await feedText('rss')).text).toContain(`Hồ sơ sẽ rút ${label}`)
    await payload.update({ collection: 'nominations', data: { status: 'withdrawn' }, id: gone.id, overrideAccess: false, user: users.editor })
    expect((await feedText('rss')).text).not.toContain(`Hồ sơ sẽ rút ${label}`)
  })

  it('is cached under the nominations tag and rebuilt within a minute, as windows close with the clock', async () => {
    await feedText('rss')
    const options = cacheOptions.get('feeds:consultations')
    expect(options?.tags).toEqual(expect.arrayContaining(['collection:nominations', 'collection:exemplars', 'collection:provinces', 'global:site-settings']))
    expect(options?.revalidate).toBeLessThanOrEqual(60)
  })

  it('sub-paths of the consultations feed do not exist', async () => {
    for (const path of ['/feeds/lay-y-kien/x/rss.xml', '/feeds/lay-y-kien/rss.txt', `/feeds/lay-y-kien/${soon.slug}/rss.xml`]) expect((await requestFeed(path)).status, path).toBe(404)
  })
})
