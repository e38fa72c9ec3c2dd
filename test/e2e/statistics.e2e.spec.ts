import { createRequire } from 'node:module'
import { readFile } from 'node:fs/promises'

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { launchBrowser } from '../helpers/browser'

const require = createRequire(import.meta.url)
let browser: Browser
let page: Page
const baseUrl = inject('baseUrl')

beforeAll(async () => {
  browser = await launchBrowser()
  page = await (await browser.newContext({ acceptDownloads: true, locale: 'vi-VN' })).newPage()
})
afterAll(() => browser.close())

/** The headline figure named `label` ("1.234" → 1234). */
const headline = async (label: string) => Number((await page.locator('.stats-headline div', { hasText: label }).locator('dd').first().textContent())?.replace(/\./g, ''))

describe('a reporter preparing yearly figures', () => {
  it('reads the figures drawn on the server: every chart has a heading, a summary, a named SVG and a table', async () => {
    const html = await (await fetch(`${baseUrl}/thong-ke`)).text()
    expect(html).toMatch(/<div class="chart" role="img" aria-label="[^"]+"><svg viewBox/) // in the HTML itself, not drawn by a script
    await page.goto(`${baseUrl}/thong-ke`)
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Thống kê thi đua, khen thưởng')
    const sections = page.locator('section.stats-chart')
    expect(await sections.count()).toBe(8)
    for (const section of await sections.all()) {
      expect(await section.locator('h2').textContent()).toBeTruthy()
      expect(await section.locator('.stats-summary').textContent()).toMatch(/\.$/)
      expect(await section.getByRole('img').getAttribute('aria-label')).toMatch(/^Biểu đồ cột: .+\. .+\.$/)
      expect(await section.locator('table caption').textContent()).toBeTruthy()
      expect(await section.locator('th[scope="col"]').count()).toBeGreaterThan(1)
    }
    expect(await page.locator('#theo-tinh tbody tr').count()).toBeGreaterThanOrEqual(34)
    expect(await headline('Quyết định khen thưởng')).toBeGreaterThan(0)
    expect(await page.locator('header.site-header').getByRole('link', { name: 'Thống kê' }).getAttribute('href')).toBe('/thong-ke')
  })

  it('filters by year range without scripts, the filters in the URL; the count matches the register’s', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const noScript = await context.newPage()
    await noScript.goto(`${baseUrl}/thong-ke`)
    await noScript.getByLabel('Từ năm').fill('2025')
    await noScript.getByLabel('Đến năm').fill('2025')
    await noScript.getByRole('button', { name: 'Lọc' }).click()
    await noScript.waitForURL(/tu-nam=2025/)
    expect(await noScript.locator('.stats-selection').textContent()).toContain('Từ năm: 2025; Đến năm: 2025')
    const decisions = Number((await noScript.locator('.stats-headline div', { hasText: 'Quyết định khen thưởng' }).locator('dd').textContent())?.replace(/\./g, ''))
    await noScript.goto(`${baseUrl}/khen-thuong?nam=2025`)
    expect(await noScript.locator('main p.meta[aria-live]').textContent()).toBe(`${decisions} quyết định`)
    await context.close()
  })

  it('ignores bad filters (never a 5xx) and gives the English page its own language and number format', async () => {
    for (const query of ['tu-nam=abc&tinh=%3Cscript%3E', 'hinh-thuc=bogus&nganh=../../x&den-nam=99999', 'x=1']) {
      expect((await fetch(`${baseUrl}/thong-ke?${query}`)).status).toBe(200)
    }
    expect((await fetch(`${baseUrl}/thong-ke/loc/%ZZ`)).status).toBe(400)
    await page.goto(`${baseUrl}/en/thong-ke?tu-nam=2020`)
    expect(await page.locator('html').getAttribute('lang')).toBe('en')
    expect(await page.locator('.stats-selection').textContent()).toContain('From year: 2020')
    expect(await page.locator('#ca-nhan-tap-the tbody td').nth(1).textContent()).toMatch(/^\d+\.\d%$/)
  })

  it('downloads the same selection as CSV and XLSX', async () => {
    await page.goto(`${baseUrl}/thong-ke?tu-nam=2024`)
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'CSV (Excel)' }).click()])
    expect(csv.suggestedFilename()).toBe('thong-ke-2024.csv')
    const text = (await readFile((await csv.path()) ?? '')).toString('utf8')
    expect(text.startsWith('\uFEFF"Thống kê thi đua, khen thưởng"\r\n')).toBe(true)
    expect(text).toContain('Từ năm,2024')
    const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /Excel \(\.xlsx\)/ }).click()])
    expect(xlsx.suggestedFilename()).toBe('thong-ke-2024.xlsx')
  })

  it('prints a clean A4 annex: no navigation, filters or buttons; tables shown; a page per chart', async () => {
    await page.goto(`${baseUrl}/thong-ke?tu-nam=2024`)
    await page.emulateMedia({ media: 'print' })
    for (const chrome of ['.site-header', '.site-footer', '.breadcrumbs', '.language-switch', 'form.filters', '.stats-tools', '.stats-contents', '.embed-panel']) {
      expect(await page.locator(chrome).first().isVisible(), chrome).toBe(false)
    }
    expect(await page.locator('#theo-nam table').isVisible()).toBe(true)
    expect(await page.locator('#theo-nam .stats-print-only').textContent()).toMatch(/Từ năm: 2024\. Số liệu ngày \d{2}\/\d{2}\/\d{4}\./)
    expect(await page.locator('#theo-tinh').evaluate((el) => getComputedStyle(el).breakBefore)).toBe('page')
    await page.emulateMedia({ media: 'screen' })
  })

  it('offers each chart as an embed, discoverable by oEmbed', async () => {
    await page.goto(`${baseUrl}/thong-ke`)
    const discovery = await page.locator('link[type="application/json+oembed"]').getAttribute('href')
    expect(discovery).toContain('/api/oembed?url=')
    const embed = await fetch(`${baseUrl}/embed/thong-ke/theo-hinh-thuc?tu-nam=2024`)
    expect(embed.status).toBe(200)
    expect(await embed.text()).toContain('/thong-ke?tu-nam=2024#theo-hinh-thuc')
    expect((await fetch(`${baseUrl}/sitemap.xml`).then((r) => r.text())).includes('/thong-ke</loc>')).toBe(true)
  })

  it('has no serious or critical WCAG 2.1 AA problem (axe-core), in both languages', async () => {
    for (const path of ['/thong-ke', '/en/thong-ke?tu-nam=2020&hinh-thuc=order']) {
      await page.goto(`${baseUrl}${path}`)
      await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') })
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; impact: string | null }[] }> } }).axe
        return (await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })).violations
      })
      expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id), path).toEqual([])
    }
  })
})
