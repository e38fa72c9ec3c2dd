import { createRequire } from 'node:module'

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { launchBrowser } from '../helpers/browser'

const require = createRequire(import.meta.url)
const AXE = require.resolve('axe-core/axe.min.js')

/**
 * The seeded calendar (src/seed/data/events.ts): past events from 2024 on,
 * coming ones in December 2026 and 2027, one draft that must never show.
 * Checks are made against the clock where "upcoming" depends on it.
 */
const baseUrl = inject('baseUrl')
const DRAFT = 'Hội nghị điển hình tiên tiến ngành giáo dục tỉnh Tuyên Quang (bản nháp, giả định)'
const DRAFT_SLUG = 'hoi-nghi-dien-hinh-giao-duc-tuyen-quang-ban-nhap'
const CONGRESS = '/su-kien/dai-hoi-thi-dua-yeu-nuoc-toan-quoc-lan-thu-xi'
const EXHIBITION = 'Triển lãm “Thi đua đổi mới, sáng tạo” cuối năm 2026 (giả định)'

let browser: Browser
let page: Page

beforeAll(async () => {
  browser = await launchBrowser()
  page = await (await browser.newContext({ acceptDownloads: true, locale: 'vi-VN' })).newPage()
})
afterAll(() => browser.close())

/** `dd/mm/yyyy…` → a sortable `yyyymmdd` of the first date in a text. */
const dayOf = (text: string | null): string => {
  const m = /(\d{2})\/(\d{2})\/(\d{4})/.exec(text ?? '')
  return m ? `${m[3]}${m[2]}${m[1]}` : ''
}
const todayInVietnam = () => new Intl.DateTimeFormat('en-CA', { day: '2-digit', month: '2-digit', timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric' }).format(new Date())

describe('the events listing', () => {
  it('shows upcoming events soonest first, then past ones by month newest first, never the draft', async () => {
    await page.goto(`${baseUrl}/su-kien`)
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Sự kiện')
    expect(await page.locator('header.site-header').getByRole('link', { name: 'Sự kiện' }).getAttribute('href')).toBe('/su-kien')
    const upcoming = await page.locator('section[aria-labelledby="sap-dien-ra"] .event-when').allTextContents()
    expect(upcoming.length).toBeGreaterThan(0)
    const upcomingDays = upcoming.map(dayOf)
    expect(upcomingDays).toEqual([...upcomingDays].sort())
    const past = (await page.locator('section[aria-labelledby="da-dien-ra"] .event-when').allTextContents()).map(dayOf)
    expect(past.length).toBeGreaterThan(3)
    expect(past).toEqual([...past].sort().reverse())
    expect(past.every((d) => d <= todayInVietnam().replace(/-/g, ''))).toBe(true)
    expect(await page.locator('section[aria-labelledby="da-dien-ra"] h3').first().textContent()).toMatch(/^Tháng \d{1,2}\/\d{4}$/)
    expect(await page.content()).not.toContain(DRAFT)
    // Each item: the title links to the event, with when, kind, venue and province.
    const congress = page.locator('.event-item', { has: page.locator(`a[href="${CONGRESS}"]`) })
    expect(await congress.locator('.event-when').textContent()).toBe('26/12/2025 – 27/12/2025')
    expect(await congress.locator('.meta').textContent()).toBe('Đại hội thi đua yêu nước · Trung tâm Hội nghị Quốc gia, Hà Nội')
  })

  it('filters by kind without scripts, the filter in the URL; bad values are ignored, never a 5xx', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const noScript = await context.newPage()
    await noScript.goto(`${baseUrl}/su-kien`)
    await noScript.getByLabel('Loại sự kiện').selectOption({ label: 'Đại hội thi đua yêu nước' })
    await noScript.getByRole('button', { name: 'Lọc' }).click()
    await noScript.waitForURL(/loai=dai-hoi/)
    const kinds = await noScript.locator('.event-item .meta').allTextContents()
    expect(kinds.length).toBeGreaterThan(0)
    expect(kinds.every((k) => k.startsWith('Đại hội thi đua yêu nước'))).toBe(true)
    await context.close()
    for (const query of ['loai=bogus&tinh=%3Cscript%3E&nam=abc&trang=-3', 'tinh=khong-co-tinh-nay', 'trang=99']) expect((await fetch(`${baseUrl}/su-kien?${query}`)).status).toBe(200)
  })
})

describe('the month view', () => {
  it('is a real calendar table without JavaScript: caption, weekday headers from Monday, today marked, multi-day events on each day', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { height: 900, width: 1280 } })
    const noScript = await context.newPage()
    await noScript.goto(`${baseUrl}/su-kien/thang/2026-12`)
    const table = noScript.locator('table.month-grid')
    expect(await table.locator('caption').textContent()).toBe('Lịch sự kiện tháng 12/2026')
    expect(await table.locator('thead th[scope="col"] abbr').evaluateAll((els) => els.map((e) => e.getAttribute('title')))).toEqual(['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ nhật'])
    // 1 December 2026 is a Tuesday: the first row starts with an empty Monday.
    expect(await table.locator('tbody tr').first().locator('td').first().getAttribute('class')).toBe('outside')
    const exhibitionDays = await table.locator('td', { has: noScript.getByRole('link', { name: EXHIBITION }) }).locator('.day-number').allTextContents()
    expect(exhibitionDays).toEqual(['28', '29', '30', '31'])
    expect(await table.locator('td', { has: noScript.getByRole('link', { name: /Nà Pò/ }) }).locator('.day-number').allTextContents()).toEqual(['18'])
    expect(await noScript.content()).not.toContain(DRAFT)
    await noScript.getByRole('link', { name: 'Tháng sau →' }).click()
    await noScript.waitForURL(/\/su-kien\/thang\/2027-01$/)
    expect(await table.locator('td', { has: noScript.getByRole('link', { name: EXHIBITION }) }).locator('.day-number').allTextContents()).toEqual(['1', '2', '3', '4', '5'])
    await noScript.getByRole('link', { name: 'Tháng này' }).click()
    await noScript.waitForURL(/\/su-kien\/thang\/\d{4}-\d{2}$/)
    const today = Number(todayInVietnam().slice(8, 10))
    expect(await table.locator('td[aria-current="date"] .day-number').textContent()).toBe(`${today} (hôm nay)`)
    await context.close()
  })

  it('becomes a list of days on a narrow screen, and refuses months that do not exist', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { height: 800, width: 360 } })
    const phone = await context.newPage()
    await phone.goto(`${baseUrl}/su-kien/thang/2026-12`)
    expect(await phone.locator('table.month-grid').isVisible()).toBe(false)
    const days = phone.locator('.month-agenda > ol > li')
    expect(await days.first().locator('h2').textContent()).toBe('Thứ Năm, 10/12/2026')
    expect(await phone.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true)
    await context.close()
    for (const month of ['2026-13', '2026-1', 'abc', '1800-01']) expect((await fetch(`${baseUrl}/su-kien/thang/${month}`)).status).toBe(404)
  })
})

describe('an event’s page', () => {
  it('describes the event as schema.org Event JSON-LD', async () => {
    await page.goto(`${baseUrl}${CONGRESS}`)
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Đại hội Thi đua yêu nước toàn quốc lần thứ XI')
    const blocks = (await page.locator('script[type="application/ld+json"]').allTextContents()).map((text) => JSON.parse(text) as Record<string, unknown>)
    const event = blocks.find((b) => b['@type'] === 'Event')
    expect(event).toMatchObject({ endDate: '2025-12-27', eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode', eventStatus: 'https://schema.org/EventScheduled', location: { '@type': 'Place', address: { addressCountry: 'VN', addressRegion: 'Hà Nội' }, name: 'Trung tâm Hội nghị Quốc gia' }, name: 'Đại hội Thi đua yêu nước toàn quốc lần thứ XI', startDate: '2025-12-26' })
    // Absolute, on the origin the site was built for.
    expect(event?.url).toMatch(new RegExp(`^https?://[^/]+${CONGRESS}$`))
    await page.goto(`${baseUrl}/su-kien/so-ket-chuyen-doi-so-cap-xa-thai-nguyen-2026`)
    const timed = (await page.locator('script[type="application/ld+json"]').allTextContents()).map((text) => JSON.parse(text) as Record<string, unknown>).find((b) => b['@type'] === 'Event')
    expect(timed).toMatchObject({ endDate: '2026-12-10T11:30:00+07:00', eventAttendanceMode: 'https://schema.org/MixedEventAttendanceMode', startDate: '2026-12-10T08:00:00+07:00' })
    expect((timed?.location as unknown[])[1]).toEqual({ '@type': 'VirtualLocation', url: 'https://truyenhinh.example.gov.vn/truc-tiep/so-ket-chuyen-doi-so-thai-nguyen' })
    expect(await page.locator('dl.facts').textContent()).toContain('10/12/2026, 08:00–11:30')
    expect(await page.getByRole('link', { name: 'Xem truyền hình trực tiếp' }).getAttribute('href')).toBe('https://truyenhinh.example.gov.vn/truc-tiep/so-ket-chuyen-doi-so-thai-nguyen')
    expect(await page.getByRole('heading', { level: 2, name: 'Chương trình' }).isVisible()).toBe(true)
    expect(await page.getByRole('link', { name: 'Bộ phận Một cửa, Ủy ban nhân dân xã Phú Thượng' }).getAttribute('href')).toBe('/guong-dien-hinh/bo-phan-mot-cua-xa-phu-thuong')
  })

  it('“Thêm vào lịch” downloads the event as text/calendar', async () => {
    await page.goto(`${baseUrl}${CONGRESS}`)
    const link = page.getByRole('link', { name: 'Thêm vào lịch' })
    const href = await link.getAttribute('href')
    expect(href).toBe(`${CONGRESS}/lich.ics`)
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()])
    expect(download.suggestedFilename()).toBe('dai-hoi-thi-dua-yeu-nuoc-toan-quoc-lan-thu-xi.ics')
    const response = await fetch(`${baseUrl}${href}`)
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8')
    const body = await response.text()
    expect(body).toMatch(/^BEGIN:VCALENDAR\r\n/)
    expect(body).toContain('DTSTART;VALUE=DATE:20251226\r\n')
    expect(body).toContain('SUMMARY:Đại hội Thi đua yêu nước toàn quốc lần thứ XI\r\n')
  })

  it('is a 404 for an unknown slug and for the draft, as are their calendar files', async () => {
    for (const slug of ['khong-co-su-kien-nay', DRAFT_SLUG]) {
      expect((await fetch(`${baseUrl}/su-kien/${slug}`)).status).toBe(404)
      expect((await fetch(`${baseUrl}/su-kien/${slug}/lich.ics`)).status).toBe(404)
    }
    const calendar = await (await fetch(`${baseUrl}/su-kien/lich.ics`)).text()
    expect(calendar).toContain('BEGIN:VEVENT')
    expect(calendar).not.toContain('bản nháp')
    expect((await fetch(`${baseUrl}/su-kien/lich.ics?loai=tiec`)).status).toBe(400)
  })
})

describe('movements, exemplars and the English mirror', () => {
  it('a movement’s page lists its events and links to the listing narrowed to it', async () => {
    await page.goto(`${baseUrl}/phong-trao/chuyen-doi-so-cap-xa-thai-nguyen-2025-2026`)
    const section = page.locator('section[aria-labelledby="su-kien"]')
    expect(await section.locator('h2').textContent()).toBe('Sự kiện')
    expect(await section.locator('.event-item h4').allTextContents()).toContain('Tập huấn sử dụng phần mềm quản lý hồ sơ khen thưởng cấp xã (giả định)')
    await section.getByRole('link', { name: 'Xem tất cả sự kiện liên quan' }).click()
    await page.waitForURL(/phong-trao=chuyen-doi-so-cap-xa-thai-nguyen-2025-2026/)
    expect(await page.locator('main .note').first().textContent()).toContain('Sự kiện của phong trào')
    await page.goto(`${baseUrl}/guong-dien-hinh/cong-an-xa-na-po`)
    expect(await page.locator('section[aria-labelledby="su-kien"] .event-item').count()).toBeGreaterThan(0)
  })

  it('the English mirror speaks English with the same dates', async () => {
    await page.goto(`${baseUrl}/en/su-kien`)
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Events')
    expect(await page.getByRole('heading', { level: 2, name: 'Upcoming events' }).isVisible()).toBe(true)
    await page.goto(`${baseUrl}/en/su-kien/thang/2026-12`)
    expect(await page.locator('table.month-grid caption').textContent()).toBe('Events calendar, December 2026')
  })
})

type Violation = { id: string; impact: string | null; nodes: { target: string[] }[] }

describe('accessibility', () => {
  it.each([
    ['/su-kien', 1280],
    ['/su-kien/thang/2026-12', 1280],
    ['/su-kien/thang/2026-12', 360],
    [CONGRESS, 1280],
    ['/en/su-kien/so-ket-chuyen-doi-so-cap-xa-thai-nguyen-2026', 1280],
  ])('axe-core finds no serious or critical WCAG 2.1 AA problem on %s at %ipx', async (path, width) => {
    const context = await browser.newContext({ viewport: { height: 900, width } })
    const tab = await context.newPage()
    await tab.goto(`${baseUrl}${path}`)
    await tab.addScriptTag({ path: AXE })
    const violations = await tab.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: Violation[] }> } }).axe
      return (await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })).violations
    })
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
    await context.close()
  })
})
