import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { procedures } from '@/seed/data/procedures'
import { DEMO_PASSWORD, demoUsers } from '@/seed/factories/users'
import { launchBrowser } from '../helpers/browser'

const require = createRequire(import.meta.url)
const AXE = require.resolve('axe-core/axe.min.js')

let browser: Browser
let page: Page
const baseUrl = inject('baseUrl')

/** Seeded (src/seed/data/procedures.ts): a published central procedure and the one left as a draft. */
const PRIME_MINISTER = { name: 'Thủ tục tặng Bằng khen của Thủ tướng Chính phủ', slug: 'tang-bang-khen-cua-thu-tuong-chinh-phu' }
const DRAFT = procedures.find((p) => p.draft)
const DRAFT_SLUG = DRAFT?.key ?? ''

beforeAll(async () => {
  browser = await launchBrowser()
  page = await (await browser.newContext({ acceptDownloads: true, locale: 'vi-VN' })).newPage()
})
afterAll(() => browser.close())

const seriousViolations = async (p: Page): Promise<string[]> => {
  await p.addScriptTag({ path: AXE })
  const violations = await p.evaluate(async () => {
    type Violation = { id: string; impact: string | null; nodes: { target: string[] }[] }
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: Violation[] }> } }).axe
    return (await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })).violations
  })
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
}

describe('a person preparing an award dossier', () => {
  it('finds the procedures from the menu, grouped by level, and opens one', async () => {
    await page.goto(`${baseUrl}/`)
    await page.locator('header.site-header').getByRole('link', { name: 'Thủ tục' }).click()
    await page.waitForURL(`${baseUrl}/thu-tuc`)
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Thủ tục hành chính')
    expect(await page.locator('main h2').allTextContents()).toEqual(expect.arrayContaining(['Cấp trung ương', 'Cấp tỉnh', 'Cấp xã']))
    const central = page.locator('section', { has: page.getByRole('heading', { level: 2, name: 'Cấp trung ương' }) })
    expect(await central.locator('li').first().locator('.meta').textContent()).toMatch(/Cơ quan thực hiện: .+ · Thời hạn giải quyết: .+/)
    expect(await page.getByRole('link', { name: /Cờ thi đua của Ủy ban nhân dân cấp tỉnh/ }).count()).toBe(0) // the seeded draft
    expect(await seriousViolations(page)).toEqual([])
    await central.getByRole('link', { name: PRIME_MINISTER.name }).click()
    await page.waitForURL(`${baseUrl}/thu-tuc/${PRIME_MINISTER.slug}`)
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(PRIME_MINISTER.name)
  })

  it('reads every part of the procedure and downloads a form that is really there', async () => {
    await page.goto(`${baseUrl}/thu-tuc/${PRIME_MINISTER.slug}`)
    const facts = await page.locator('dl.facts dt').allTextContents()
    expect(facts).toEqual(expect.arrayContaining(['Mã thủ tục', 'Cấp thực hiện', 'Lĩnh vực', 'Cơ quan thực hiện', 'Thời hạn giải quyết', 'Phí, lệ phí', 'Kết quả thực hiện']))
    expect(await page.locator('ol.procedure-steps > li').count()).toBeGreaterThanOrEqual(4)
    const rows = page.locator('table.dossier-table tbody tr')
    expect(await rows.count()).toBeGreaterThanOrEqual(5)
    expect(await page.locator('table.dossier-table th[scope="col"]').allTextContents()).toEqual(['STT', 'Tên giấy tờ', 'Mẫu đơn, tờ khai'])
    const form = rows.first().locator('a.file-link')
    expect(await form.textContent()).toMatch(/^Mẫu số 01 – Tờ trình đề nghị khen thưởng \(mẫu minh họa\) \(PDF, \d+ KB\)$/)
    const [download] = await Promise.all([page.waitForEvent('download'), form.click()])
    expect(download.suggestedFilename()).toMatch(/\.pdf$/)
    expect((await readFile((await download.path()) ?? '')).subarray(0, 5).toString('latin1')).toBe('%PDF-')
    const response = await fetch(`${baseUrl}${await form.getAttribute('href')}`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toContain('application/pdf')
    expect(await page.getByRole('link', { name: 'Xem trên Cổng Dịch vụ công quốc gia' }).getAttribute('href')).toBe('https://dichvucong.gov.vn/')
    expect(await seriousViolations(page)).toEqual([])
  })

  it('follows the legal basis to the Law, whose page lists the procedures based on it', async () => {
    await page.goto(`${baseUrl}/thu-tuc/${PRIME_MINISTER.slug}`)
    const basis = page.locator('section[aria-labelledby="can-cu"]')
    expect(await basis.getByRole('link').allTextContents()).toEqual(expect.arrayContaining([expect.stringMatching(/^06\/2022\/QH15 – Luật Thi đua, khen thưởng$/), expect.stringMatching(/^152\/2025\/NĐ-CP – /)]))
    await basis.getByRole('link', { name: /^06\/2022\/QH15/ }).click()
    await page.waitForURL(/\/van-ban\/[a-z0-9-]+$/)
    const based = page.locator('section[aria-labelledby="thu-tuc"]')
    expect(await based.getByRole('heading', { level: 2 }).textContent()).toBe('Thủ tục căn cứ văn bản này')
    expect(await based.getByRole('link', { name: PRIME_MINISTER.name }).getAttribute('href')).toBe(`/thu-tuc/${PRIME_MINISTER.slug}`)
    expect(await based.getByRole('link', { name: /Cờ thi đua của Ủy ban nhân dân cấp tỉnh/ }).count()).toBe(0)
  })

  it('searches procedures without tones from the listing’s search box', async () => {
    await page.goto(`${baseUrl}/thu-tuc`)
    await page.getByLabel('Tên hoặc mã thủ tục (có dấu hoặc không dấu)').fill('ba me viet nam anh hung')
    await page.getByRole('button', { name: 'Tìm thủ tục' }).click()
    await page.waitForURL(/\/tim-kiem\?q=ba\+me\+viet\+nam\+anh\+hung&loai=procedures$/)
    expect(await page.getByLabel('Loại nội dung').inputValue()).toBe('procedures')
    const hit = page.locator('main ol.list li').first()
    expect(await hit.locator('.badge').textContent()).toBe('Thủ tục hành chính')
    await hit.getByRole('link').click()
    await page.waitForURL(`${baseUrl}/thu-tuc/tang-danh-hieu-ba-me-viet-nam-anh-hung`)
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('Bà mẹ Việt Nam anh hùng')
  })

  it('filters by level in the URL without scripts, and never fails on bad input', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const noScript = await context.newPage()
    await noScript.goto(`${baseUrl}/thu-tuc`)
    await noScript.getByLabel('Cấp thực hiện').selectOption({ label: 'Cấp xã' })
    await noScript.getByRole('button', { name: 'Lọc' }).click()
    await noScript.waitForURL(/\/thu-tuc\?cap=xa$/)
    expect(await noScript.locator('main p.meta[aria-live]').textContent()).toMatch(/^\d+ thủ tục · Cấp xã$/)
    const names = await noScript.locator('main ul.list h2').allTextContents()
    expect(names).toEqual(expect.arrayContaining(['Thủ tục tặng Giấy khen của Chủ tịch Ủy ban nhân dân cấp xã', 'Thủ tục tặng danh hiệu “Lao động tiên tiến”']))
    expect(names.join()).not.toContain('Thủ tướng')
    await context.close()
    for (const query of ['cap=bogus&trang=abc', 'cap=%3Cscript%3E', 'cap=tinh&trang=99999', 'x=1']) expect((await fetch(`${baseUrl}/thu-tuc?${query}`)).status, query).toBe(200)
    expect((await fetch(`${baseUrl}/thu-tuc/loc/%ZZ`)).status).toBe(400)
    expect((await fetch(`${baseUrl}/thu-tuc/khong-co-thu-tuc-nay`)).status).toBe(404)
    expect((await fetch(`${baseUrl}/thu-tuc/${DRAFT_SLUG}`)).status).toBe(404)
    expect(await (await fetch(`${baseUrl}/sitemap.xml`)).text()).not.toContain(DRAFT_SLUG)
  })

  it('shows the draft procedure to a logged-in editor in preview, and to nobody else', async () => {
    expect(DRAFT_SLUG).not.toBe('')
    const editorContext = await browser.newContext({ locale: 'vi-VN' })
    const editorPage = await editorContext.newPage()
    const editor = demoUsers.find((u) => u.key === 'editor')
    expect((await editorPage.request.post(`${baseUrl}/api/users/login`, { data: { email: editor?.email, password: DEMO_PASSWORD } })).status()).toBe(200)
    const found = await editorPage.request.get(`${baseUrl}/api/procedures?where[slug][equals]=${DRAFT_SLUG}&draft=true&depth=0`)
    const id = ((await found.json()) as { docs: { id: number | string }[] }).docs[0]?.id
    expect((await editorPage.goto(`${baseUrl}/preview?collection=procedures&id=${id}`))?.status()).toBe(200)
    expect(editorPage.url()).toBe(`${baseUrl}/thu-tuc/${DRAFT_SLUG}`)
    expect(await editorPage.getByRole('heading', { level: 1 }).textContent()).toBe(DRAFT?.name)
    await editorContext.close()
    expect((await fetch(`${baseUrl}/thu-tuc/${DRAFT_SLUG}`)).status).toBe(404)
    expect((await fetch(`${baseUrl}/preview?collection=procedures&id=${id}`, { redirect: 'manual' })).status).toBe(401)
  })

  it('prints the procedure without the site’s navigation, and has an English mirror', async () => {
    await page.goto(`${baseUrl}/thu-tuc/${PRIME_MINISTER.slug}`)
    await page.emulateMedia({ media: 'print' })
    expect(await page.locator('header.site-header').isVisible()).toBe(false)
    expect(await page.locator('nav.breadcrumbs').isVisible()).toBe(false)
    expect(await page.locator('table.dossier-table').isVisible()).toBe(true)
    await page.emulateMedia({ media: 'screen' })
    await page.goto(`${baseUrl}/en/thu-tuc`)
    expect(await page.locator('html').getAttribute('lang')).toBe('en')
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Administrative procedures')
    await page.goto(`${baseUrl}/en/thu-tuc/${PRIME_MINISTER.slug}`)
    expect(await page.locator('h1').getAttribute('lang')).toBe('vi')
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toMatch(new RegExp(`/en/thu-tuc/${PRIME_MINISTER.slug}$`))
    expect(await seriousViolations(page)).toEqual([])
  })
})
