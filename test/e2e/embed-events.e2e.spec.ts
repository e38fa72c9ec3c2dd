import http from 'node:http'
import type { AddressInfo } from 'node:net'

import type { Browser, ElementHandle, Frame } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { scriptSnippet } from '@/embed/snippets'
import { DEMO_PASSWORD, demoUsers } from '@/seed/factories/users'
import { launchBrowser } from '../helpers/browser'

const baseUrl = inject('baseUrl')
const editor = demoUsers.find((u) => u.key === 'editor')
const DAY = 86_400_000
const stamp = Date.now()
const EVENT_TITLE = `Lễ tôn vinh nhúng thử ${stamp} (nội dung mẫu)`
const NOMINEE = `Nguyễn Thị Nhúng Thử ${stamp} (giả định)`

let browser: Browser
let auth: Record<string, string>
let province: { slug: string; name: string }
const created: { collection: string; id: number | string }[] = []
let host: { close: () => Promise<void>; url: string }

/** A media organization's page on another origin (`localhost`, its own port; the site is 127.0.0.1). */
const startHost = async (page: string): Promise<typeof host> => {
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
    res.end(page)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { close: () => new Promise((resolve) => server.close(() => resolve())), url: `http://localhost:${(server.address() as AddressInfo).port}/` }
}

const api = async <T>(path: string, init: { body?: unknown; method?: string } = {}): Promise<T> => {
  const response = await fetch(`${baseUrl}/api/${path}`, { body: init.body ? JSON.stringify(init.body) : undefined, headers: auth, method: init.method ?? 'GET' })
  if (!response.ok) throw new Error(`${init.method ?? 'GET'} /api/${path}: ${response.status} ${await response.text()}`)
  return (await response.json()) as T
}

const createDoc = async (collection: string, data: Record<string, unknown>) => {
  const { doc } = await api<{ doc: { id: number | string } }>(collection, { body: data, method: 'POST' })
  created.push({ collection, id: doc.id })
  return doc
}

beforeAll(async () => {
  browser = await launchBrowser()
  const login = await fetch(`${baseUrl}/api/users/login`, { body: JSON.stringify({ email: editor?.email, password: DEMO_PASSWORD }), headers: { 'content-type': 'application/json' }, method: 'POST' })
  auth = { authorization: `JWT ${((await login.json()) as { token: string }).token}`, 'content-type': 'application/json' }
  const { docs } = await api<{ docs: { id: number; name: string; slug: string }[] }>('provinces?limit=1&depth=0&where[code][equals]=01')
  province = docs[0]
  await createDoc('events', { _status: 'published', kind: 'honouring', province: docs[0].id, start: new Date(Date.now() + 3 * DAY).toISOString(), title: EVENT_TITLE, venue: 'Cung Văn hóa Lao động' })
  await createDoc('nominations', {
    achievements: 'Thành tích mẫu để thử nhúng.',
    closesAt: new Date(Date.now() + 40 * DAY).toISOString(),
    form: 'certificateOfMerit',
    nomineeName: NOMINEE,
    opensAt: new Date(Date.now() - DAY).toISOString(),
    proposingBody: 'Ủy ban nhân dân thành phố (giả định)',
    status: 'open',
    title: 'Bằng khen của Thủ tướng Chính phủ',
  })
})
afterAll(async () => {
  for (const { collection, id } of created.reverse()) await api(`${collection}/${id}`, { method: 'DELETE' })
  await host?.close()
  await browser.close()
})

const frameHeight = (frame: Frame) => frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height))
const elementHeight = (iframe: ElementHandle) => iframe.evaluate((el) => Math.round((el as Element).getBoundingClientRect().height))

/** The iframe's box follows its document's height (within a pixel of rounding). */
const loadedAndFitted = async (iframe: ElementHandle): Promise<Frame> => {
  await expect.poll(async () => (await iframe.contentFrame())?.url() ?? '', { timeout: 10_000 }).toContain('/embed/')
  const frame = await iframe.contentFrame()
  if (!frame) throw new Error('iframe without a frame')
  await frame.waitForLoadState('load')
  await expect.poll(async () => Math.abs((await elementHeight(iframe)) - (await frameHeight(frame))), { timeout: 10_000 }).toBeLessThanOrEqual(1)
  return frame
}

describe('embedding coming events and open consultations on another site', () => {
  it('embed.js turns both placeholders into frames that show the content and follow its height', async () => {
    const eventsUrl = `${baseUrl}/embed/su-kien?tinh=${province.slug}&n=10`
    const consultationsUrl = `${baseUrl}/embed/lay-y-kien?variant=compact&n=20`
    host = await startHost(
      `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Báo đối tác</title></head><body><h1>Báo đối tác</h1>${[
        scriptSnippet({ embedUrl: eventsUrl, origin: baseUrl, pageUrl: `${baseUrl}/su-kien?tinh=${province.slug}`, title: `Sự kiện tại ${province.name}` }),
        scriptSnippet({ embedUrl: consultationsUrl, origin: baseUrl, pageUrl: `${baseUrl}/lay-y-kien`, title: 'Lấy ý kiến nhân dân' }),
      ].join('\n')}</body></html>`,
    )
    const page = await (await browser.newContext({ locale: 'vi-VN', viewport: { height: 3000, width: 900 } })).newPage()
    await page.goto(host.url)
    await expect.poll(() => page.locator('iframe[data-thidua-embed]').count()).toBe(2)
    const [eventsIframe, consultationsIframe] = await page.$$('iframe[data-thidua-embed]')
    expect(await eventsIframe.getAttribute('title')).toBe(`Sự kiện tại ${province.name}`)

    const events = await loadedAndFitted(eventsIframe)
    expect(await events.locator('html').getAttribute('lang')).toBe('vi')
    expect(await events.getByRole('heading', { level: 1 }).textContent()).toBe(`Sự kiện sắp diễn ra – ${province.name}`)
    const item = events.locator('li', { hasText: EVENT_TITLE })
    expect(await item.getByRole('link', { name: EVENT_TITLE }).getAttribute('href')).toMatch(/\/su-kien\/[a-z0-9-]+$/)
    expect(await item.locator('.meta').textContent()).toMatch(/^\d{2}\/\d{2}\/\d{4}, \d{2}:\d{2}(–\d{2}:\d{2})? \(giờ Việt Nam\) · Cung Văn hóa Lao động, /)

    const consultations = await loadedAndFitted(consultationsIframe)
    expect(await consultations.getByRole('heading', { level: 1 }).textContent()).toBe('Lấy ý kiến nhân dân')
    const nomination = consultations.locator('li', { hasText: NOMINEE })
    expect(await nomination.getByRole('heading', { level: 2 }).textContent()).toBe(NOMINEE)
    expect(await nomination.textContent()).toMatch(/Hạn góp ý: \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/)
    for (const frame of [events, consultations]) expect(await frame.locator('a[href]:not([target="_blank"])').count()).toBe(0)

    // Longer content, a taller frame: the loader follows it.
    const before = await elementHeight(eventsIframe)
    await events.evaluate(() => {
      for (let i = 0; i < 12; i++) document.querySelector('main')?.append(Object.assign(document.createElement('p'), { textContent: 'Thêm một dòng để khung cao lên.' }))
    })
    await expect.poll(() => elementHeight(eventsIframe), { timeout: 10_000 }).toBeGreaterThan(before + 200)
  })

  it('the embeds need no JavaScript for their content', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, locale: 'vi-VN' })
    const page = await context.newPage()
    expect((await page.goto(`${baseUrl}/embed/su-kien?tinh=${province.slug}&n=20`))?.status()).toBe(200)
    expect(await page.getByRole('link', { name: EVENT_TITLE }).count()).toBe(1)
    expect((await page.goto(`${baseUrl}/embed/lay-y-kien?n=20`))?.status()).toBe(200)
    expect(await page.getByRole('link', { name: NOMINEE }).count()).toBe(1)
    expect((await page.goto(`${baseUrl}/embed/su-kien?tinh=khong-co-tinh-nay`))?.status()).toBe(404)
    await context.close()
  })
})
