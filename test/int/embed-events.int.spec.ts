import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { oembedDiscoveryUrl } from '@/embed/paths'
import { iframeSnippet } from '@/embed/snippets'
import { vietnamDay, vietnamMidnight } from '@/lib/dates/format'
import { siteUrl } from '@/lib/urls/sitePaths'
import type { Event, Movement, Nomination, Province } from '@/payload-types'
import { uniqueLabel } from '../helpers/fixtures'
import { startApiServer } from '../helpers/http'
import { getTestPayload } from '../helpers/payload'
import { createUsersByRole, type UsersByRole } from '../helpers/users'

// The data cache is made transparent so every request reads the database.
vi.mock('next/cache', () => ({ revalidateTag: () => undefined, unstable_cache: <T>(fn: T) => fn }))

type Handler = (request: Request, context: { params: Promise<{ path: string[] }> }) => Promise<Response>
let embedGET: Handler
let payload: Payload
let users: UsersByRole
let server: Awaited<ReturnType<typeof startApiServer>>

const ORIGIN = 'http://localhost:3000'
const SITE = siteUrl()
const DAY = 86_400_000
const HOUR = 3_600_000
const HOSTILE = `<img src=x onerror="alert(1)">`

/** GET /embed/<path>, through the route handler with a real Request. */
const embed = async (pathAndQuery: string) => {
  const url = new URL(`/embed/${pathAndQuery}`, ORIGIN)
  const path = url.pathname.split('/').filter(Boolean).slice(1).map(decodeURIComponent)
  const response = await embedGET(new Request(url), { params: Promise.resolve({ path }) })
  return { html: await response.text(), response }
}
const titles = (html: string) => [...html.matchAll(/<h2[^>]*><a [^>]*>([^<]*)<\/a><\/h2>/g)].map((m) => m[1])

let label: string
let p: Province
let q: Province
let movement: Movement
let draftMovement: Movement
let ev: Record<'allDayToday' | 'ended' | 'inTwoDays' | 'inTenDays' | 'ongoing' | 'past' | 'qEvent', Event>
let open: Record<'later' | 'soon', Nomination>

const asEditor = () => ({ overrideAccess: false as const, user: users.editor })
const at = (offset: number) => new Date(Date.now() + offset).toISOString()

beforeAll(async () => {
  payload = await getTestPayload()
  users = await createUsersByRole(payload, 'embedev')
  label = uniqueLabel('nhung')
  p = await payload.create({ collection: 'provinces', data: { code: `P${label}`, kind: 'province', name: `Tỉnh Nhúng ${label}` }, ...asEditor() })
  q = await payload.create({ collection: 'provinces', data: { code: `Q${label}`, kind: 'province', name: `Tỉnh Khác ${label}` }, ...asEditor() })
  const base = { level: 'national' as const, period: { start: '2025-01-01T00:00:00.000Z' }, type: 'annual' as const }
  movement = await payload.create({ collection: 'movements', data: { ...base, _status: 'published', name: `Phong trào nhúng ${label}` }, ...asEditor() })
  draftMovement = await payload.create({ collection: 'movements', data: { ...base, _status: 'draft', name: `Phong trào nháp ${label}` }, draft: true, ...asEditor() })
  const event = (data: Partial<Event> & Pick<Event, 'start' | 'title'>) =>
    payload.create({ collection: 'events', data: { _status: 'published', kind: 'honouring', province: p.id, relatedMovements: [movement.id], ...data }, ...asEditor() })
  const today = vietnamDay()
  ev = {
    // Created out of order: the embed sorts by start.
    inTenDays: await event({ end: at(10 * DAY + 2 * HOUR), start: at(10 * DAY), summary: 'Tóm tắt sự kiện (nội dung mẫu).', title: `Sau mười ngày ${label}`, venue: 'Hội trường tỉnh' }),
    inTwoDays: await event({ kind: 'congress', start: at(2 * DAY), title: `${HOSTILE} Sau hai ngày ${label}` }),
    ongoing: await event({ end: at(DAY), start: at(-DAY), title: `Đang diễn ra ${label}` }),
    allDayToday: await event({ allDay: true, province: q.id, relatedMovements: [], start: vietnamMidnight(today), title: `Cả ngày hôm nay ${label}` }),
    ended: await event({ end: at(-HOUR), start: at(-3 * HOUR), title: `Vừa kết thúc ${label}` }),
    past: await event({ start: '2020-01-01T01:00:00.000Z', title: `Năm 2020 ${label}` }),
    qEvent: await event({ province: q.id, relatedMovements: [], start: at(5 * DAY), title: `Ở tỉnh khác ${label}` }),
  }
  // Without an end, an event is over once it starts (as on the site's listing).
  await event({ start: at(-HOUR), title: `Đã bắt đầu không có giờ kết thúc ${label}` })
  await payload.create({ collection: 'events', data: { _status: 'draft', kind: 'other', province: p.id, relatedMovements: [movement.id], start: at(3 * DAY), title: `Sự kiện nháp ${label}` }, draft: true, ...asEditor() })
  await payload.update({ collection: 'events', data: { title: `Sau mười ngày (English) ${label}` }, id: ev.inTenDays.id, locale: 'en', ...asEditor() })
  // A newer draft of a published event: the embed keeps the published text.
  await payload.update({ collection: 'events', data: { title: `Tên nháp mới ${label}` }, draft: true, id: ev.inTenDays.id, ...asEditor() })

  const nominate = (data: Partial<Nomination>) =>
    payload.create({ collection: 'nominations', data: { achievements: 'Thành tích mẫu.', form: 'certificateOfMerit', proposingBody: 'UBND tỉnh Nhúng (giả định)', status: 'open', title: 'Bằng khen của Thủ tướng Chính phủ', ...data }, ...asEditor() })
  open = {
    later: await nominate({ closesAt: at(50 * DAY), nomineeName: `Người đóng sau ${label}`, nomineeUnit: 'Xã Nhúng', opensAt: at(-2 * DAY), province: p.id }),
    soon: await nominate({ closesAt: at(40 * DAY), form: 'emulationTitle', nomineeName: `Người đóng trước ${label}`, opensAt: at(-2 * DAY), title: 'Danh hiệu Chiến sĩ thi đua toàn quốc' }),
  }
  await nominate({ closesAt: at(-10 * DAY), nomineeName: `Hồ sơ đã đóng ${label}`, opensAt: at(-70 * DAY), status: 'closed' })
  await nominate({ closesAt: at(-5 * DAY), nomineeName: `Hồ sơ hết hạn ${label}`, opensAt: at(-60 * DAY) })
  await nominate({ closesAt: at(45 * DAY), nomineeName: `Hồ sơ chưa mở ${label}`, opensAt: at(3 * DAY) })
  await nominate({ nomineeName: `Hồ sơ nháp ${label}`, status: 'draft' })

  embedGET = (await import('@/app/embed/[...path]/route')).GET
  server = await startApiServer()
}, 180_000)
afterAll(() => server.close())

const ours = (html: string) => titles(html).filter((t) => t.includes(label))
const hostileTitle = () => `&lt;img src=x onerror=&quot;alert(1)&quot;&gt; Sau hai ngày ${label}`

describe('events embed, /embed/su-kien', () => {
  it('lists the events not over yet, soonest first, with when (Vietnam time) and where; never drafts or ended ones', async () => {
    const { html, response } = await embed('su-kien?n=20')
    expect(response.status).toBe(200)
    expect(html).toMatch(/^<!doctype html>\n<html lang="vi" class="light full">/)
    expect(html).toContain(`<h1><a href="${ORIGIN}/su-kien" target="_blank" rel="noopener">Sự kiện sắp diễn ra</a></h1>`)
    expect(ours(html)).toEqual([`Đang diễn ra ${label}`, `Cả ngày hôm nay ${label}`, hostileTitle(), `Ở tỉnh khác ${label}`, `Sau mười ngày ${label}`])
    for (const hidden of ['Vừa kết thúc', 'Đã bắt đầu không có giờ kết thúc', 'Năm 2020', 'Sự kiện nháp', 'Tên nháp mới']) expect(html).not.toContain(`${hidden} ${label}`)
    expect(html).not.toContain('<img src=x')
    expect(html).toContain(`href="${ORIGIN}/su-kien/${ev.inTenDays.slug}"`)
    const start = new Date(ev.inTenDays.start)
    const vn = new Date(start.getTime() + 7 * HOUR)
    const pad = (n: number) => String(n).padStart(2, '0')
    expect(html).toContain(`${pad(vn.getUTCDate())}/${pad(vn.getUTCMonth() + 1)}/${vn.getUTCFullYear()}, ${pad(vn.getUTCHours())}:${pad(vn.getUTCMinutes())}`)
    expect(html).toContain(`(giờ Việt Nam) · Hội trường tỉnh, ${p.name}</p>`)
    expect(html).toContain('<span class="tag">Lễ tôn vinh, tuyên dương</span>')
    expect(html).toContain('Tóm tắt sự kiện (nội dung mẫu).')
    expect(html).toContain('(cả ngày)')
    for (const a of html.match(/<a\b[^>]*>/g) ?? []) expect(a).toMatch(/ target="_blank" rel="noopener">$/)
  })

  it('narrows to a province or a movement (or both), named in the heading and the link back', async () => {
    const province = await embed(`su-kien?tinh=${p.slug}&n=20`)
    expect(province.response.status).toBe(200)
    expect(province.html).toContain(`<h1><a href="${ORIGIN}/su-kien?tinh=${p.slug}" target="_blank" rel="noopener">Sự kiện sắp diễn ra – ${p.name}</a></h1>`)
    expect(ours(province.html)).toEqual([`Đang diễn ra ${label}`, hostileTitle(), `Sau mười ngày ${label}`])
    const other = await embed(`su-kien?tinh=${q.slug}`)
    expect(ours(other.html)).toEqual([`Cả ngày hôm nay ${label}`, `Ở tỉnh khác ${label}`])
    const byMovement = await embed(`su-kien?phong-trao=${movement.slug}&n=2`)
    expect(byMovement.html).toContain(`Sự kiện sắp diễn ra – ${movement.name}`)
    expect(ours(byMovement.html)).toEqual([`Đang diễn ra ${label}`, hostileTitle()])
    const both = await embed(`su-kien?tinh=${q.slug}&phong-trao=${movement.slug}`)
    expect(both.response.status).toBe(200)
    expect(ours(both.html)).toEqual([])
    expect(both.html).toContain('Chưa có sự kiện sắp diễn ra.')
  })

  it('follows theme, variant and language; bad options are a 400, unknown filter parameters ignored', async () => {
    const compact = await embed(`su-kien?tinh=${p.slug}&theme=dark&variant=compact&utm_source=bao`)
    expect(compact.html).toContain('<html lang="vi" class="dark compact">')
    expect(compact.html).not.toContain('Tóm tắt sự kiện')
    expect(compact.html).not.toContain('class="tag"')
    const english = await embed(`su-kien?tinh=${p.slug}&lang=en&n=20`)
    expect(english.html).toContain('<html lang="en"')
    expect(english.html).toContain(`href="${ORIGIN}/en/su-kien?tinh=${p.slug}"`)
    expect(english.html).toContain('Upcoming events – ')
    expect(english.html).toContain(`<li><h2><a href="${ORIGIN}/en/su-kien/${ev.inTenDays.slug}" target="_blank" rel="noopener">Sau mười ngày (English) ${label}</a></h2>`)
    expect(english.html).toContain(`<li lang="vi"><h2><a href="${ORIGIN}/en/su-kien/${ev.ongoing.slug}"`)
    expect(english.html).toContain('(Viet Nam time)')
    expect(english.html).toContain('Honouring ceremony')
    for (const bad of ['n=0', 'n=21', 'theme=blue', 'variant=tiny', 'lang=fr']) {
      const { html, response } = await embed(`su-kien?${bad}`)
      expect(response.status, bad).toBe(400)
      expect(html).toContain('Tham số nhúng không hợp lệ')
    }
  })

  it('answers 404 for an unknown province, an unpublished movement, slugs that cannot be, and other path shapes', async () => {
    for (const path of ['su-kien?tinh=khong-co-tinh-nay', `su-kien?phong-trao=${draftMovement.slug}`, 'su-kien?tinh=CHU-HOA', 'su-kien?phong-trao=a%20b', `su-kien/${ev.inTenDays.slug}/x`, 'su-kien/x/y']) {
      const { html, response } = await embed(path)
      expect(response.status, path).toBe(404)
      expect(html).toContain('không tồn tại hoặc chưa được công bố')
    }
  })
})

describe('open consultations embed, /embed/lay-y-kien', () => {
  it('lists nominations open for comment now, closing soonest first, with the deadline; nothing closed, ended, not yet open or draft', async () => {
    const { html, response } = await embed('lay-y-kien')
    expect(response.status).toBe(200)
    expect(html).toContain(`<h1><a href="${ORIGIN}/lay-y-kien" target="_blank" rel="noopener">Lấy ý kiến nhân dân</a></h1>`)
    expect(ours(html)).toEqual([`Người đóng trước ${label}`, `Người đóng sau ${label}`])
    for (const hidden of ['đã đóng', 'hết hạn', 'chưa mở', 'nháp']) expect(html).not.toContain(`Hồ sơ ${hidden} ${label}`)
    expect(html).toContain(`href="${ORIGIN}/lay-y-kien/${open.soon.slug}"`)
    expect(html).toContain('<span>Danh hiệu Chiến sĩ thi đua toàn quốc</span> · Danh hiệu thi đua')
    expect(html).toMatch(/<span class="tag">Hạn góp ý: \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}<\/span>/)
    expect(html).toContain(`Xã Nhúng · ${p.name} · Cơ quan đề nghị: UBND tỉnh Nhúng (giả định)`)
    expect(ours((await embed('lay-y-kien?n=1&variant=compact')).html)).toEqual([`Người đóng trước ${label}`])
  })

  it('in English keeps the Vietnamese nominations marked as Vietnamese', async () => {
    const { html } = await embed('lay-y-kien?lang=en')
    expect(html).toContain('<html lang="en"')
    expect(html).toContain('Public consultation')
    expect(html).toContain(`<h2 lang="vi"><a href="${ORIGIN}/en/lay-y-kien/${open.soon.slug}"`)
    expect(html).toContain('Comments until ')
    expect((await embed('lay-y-kien/x')).response.status).toBe(404)
  })
})

describe('oEmbed for the new embeds', () => {
  const oembed = async (query: Record<string, string>) => {
    const response = await fetch(`${server.url}/api/oembed?${new URLSearchParams(query)}`)
    return { body: (await response.json()) as Record<string, unknown>, response }
  }

  it('describes the events of a province, of a movement, and all, as rich embeds', async () => {
    const { body, response } = await oembed({ url: `${SITE}/su-kien?tinh=${p.slug}` })
    expect(response.status).toBe(200)
    expect(body).toMatchObject({
      author_name: 'Thi đua',
      height: 480,
      html: iframeSnippet({ embedUrl: `${SITE}/embed/su-kien?tinh=${p.slug}`, height: 480, maxWidth: 600, title: `Sự kiện sắp diễn ra – ${p.name}` }),
      provider_url: SITE,
      title: `Sự kiện sắp diễn ra – ${p.name}`,
      type: 'rich',
      version: '1.0',
      width: 600,
    })
    const english = await oembed({ url: `${SITE}/en/su-kien?phong-trao=${movement.slug}`, maxwidth: '320' })
    expect(english.body.title).toBe(`Upcoming events – ${movement.name}`)
    expect(english.body.html).toContain(`src="${SITE}/embed/su-kien?phong-trao=${movement.slug}&amp;lang=en&amp;variant=compact"`)
    expect(english.body.width).toBe(320)
    expect((await oembed({ url: `${SITE}/su-kien` })).body.title).toBe('Sự kiện sắp diễn ra')
  })

  it('describes the open consultations', async () => {
    const { body } = await oembed({ url: `${SITE}/lay-y-kien` })
    expect(body).toMatchObject({ height: 480, title: 'Lấy ý kiến nhân dân', type: 'rich' })
    expect(body.html).toContain(`src="${SITE}/embed/lay-y-kien"`)
    expect(Object.keys(body).filter((k) => k.startsWith('thumbnail'))).toEqual([])
    expect(oembedDiscoveryUrl(`${SITE}/lay-y-kien`)).toBe(`${SITE}/api/oembed?url=${encodeURIComponent(`${SITE}/lay-y-kien`)}&format=json`)
  })

  it('answers 404 for unknown provinces and unpublished movements', async () => {
    for (const url of [`${SITE}/su-kien?tinh=khong-co`, `${SITE}/su-kien?phong-trao=${draftMovement.slug}`, `${SITE}/lay-y-kien/khong-co`]) {
      const { response } = await oembed({ url })
      expect(response.status, url).toBe(404)
    }
  })
})
