import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { rankMembers } from '@/clusters/ranking'
import { clusters } from '@/seed/data/clusters'
import { launchBrowser } from '../helpers/browser'

let browser: Browser
let page: Page
const baseUrl = inject('baseUrl')

/** The seeded northern cluster, and its ranking per year as the seed's own scores give it. */
const seeded = clusters.find((c) => c.kind === 'cluster' && c.years.some((y) => Object.keys(y.scores).length < c.members.length)) ?? clusters[0]
const ranking = (year: number) => {
  const entry = seeded.years.find((y) => y.year === year)
  if (!entry) throw new Error(`no ${year} in the seed`)
  const results = Object.entries(entry.scores).map(([member, [points, adjustment]]) => ({ adjustment, member, scores: points.map((p, i) => ({ criterion: entry.criteria[i].code, points: p })) }))
  return rankMembers({ criteria: entry.criteria, members: seeded.members.map((m) => m.name), results })
}
const ranks = (rows: ReturnType<typeof ranking>) => rows.map((r) => [r.rank === null ? 'Chưa xếp hạng' : String(r.rank), r.member])

/** Rank and unit of each row of the ranking table, as the page shows them. */
const tableRows = async () =>
  page.locator('table.cluster-ranking tbody tr').evaluateAll((rows) => rows.map((row) => [row.querySelector('td')?.textContent?.trim() ?? '', row.querySelector('th')?.textContent?.trim() ?? '']))

beforeAll(async () => {
  browser = await launchBrowser()
  page = await (await browser.newContext({ locale: 'vi-VN' })).newPage()
})
afterAll(() => browser.close())

describe('a reader following emulation clusters and blocks', () => {
  it('finds /cum-khoi in the navigation: clusters and blocks in their groups, with level, members and leading unit', async () => {
    await page.goto(`${baseUrl}/`)
    await page.locator('header.site-header').getByRole('link', { name: 'Cụm, khối thi đua' }).click()
    await page.waitForURL(`${baseUrl}/cum-khoi`)
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Cụm, khối thi đua')
    expect(await page.locator('main h2').allTextContents()).toEqual(['Cụm thi đua (theo địa bàn)', 'Khối thi đua (theo ngành, lĩnh vực)'])
    const card = page.locator('main li.card', { hasText: seeded.name })
    expect(await card.locator('.meta').textContent()).toContain(`${seeded.members.length} đơn vị thành viên`)
    const latest = seeded.years[seeded.years.length - 1]
    expect(await card.textContent()).toContain(`Đơn vị trưởng năm ${latest.year}: ${latest.leadingUnit}`)
  })

  it('opens a cluster on its latest scored year: the ranking table with caption and headers, and the chart drawn on the server', async () => {
    const path = `/cum-khoi/${seeded.key}`
    const html = await (await fetch(`${baseUrl}${path}`)).text()
    expect(html).toMatch(/<div class="chart" role="img" aria-label="Biểu đồ cột: Tổng điểm năm 2025\. [^"]+"><svg viewBox/)
    await page.goto(`${baseUrl}/cum-khoi`)
    await page.getByRole('link', { name: seeded.name }).click()
    await page.waitForURL(`${baseUrl}${path}`)
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(seeded.name)
    expect(await page.getByRole('heading', { level: 2, name: 'Năm 2025' }).count()).toBe(1)
    const table = page.locator('table.cluster-ranking')
    expect(await table.locator('caption').textContent()).toContain(`Xếp hạng ${seeded.name} năm 2025`)
    expect(await table.locator('thead th[scope="col"]').allTextContents()).toEqual(['Hạng', 'Đơn vị', ...seeded.years[1].criteria.map((c) => c.code), 'Cộng, trừ', 'Tổng điểm'])
    expect(await tableRows()).toEqual(ranks(ranking(2025)))
    const leader = ranking(2025)[0]
    expect(await page.locator('.cluster-summary').textContent()).toMatch(new RegExp(`^${leader.member} dẫn đầu với .+ điểm; .+\\.$`))
    expect(await page.getByRole('img', { name: /^Biểu đồ cột: Tổng điểm năm 2025\./ }).count()).toBe(1)
    expect(await page.getByRole('link', { name: `Khen thưởng của ${seeded.members[0].name}` }).getAttribute('href')).toMatch(/^\/khen-thuong\?tinh=/)
  })

  it('switches to another year: its own ranking, ties sharing a rank, the current year marked', async () => {
    await page.goto(`${baseUrl}/cum-khoi/${seeded.key}`)
    const switcher = page.getByRole('navigation', { name: 'Các năm thi đua' })
    expect(await switcher.locator('[aria-current="page"]').textContent()).toBe('Năm 2025')
    await switcher.getByRole('link', { name: 'Năm 2024' }).click()
    await page.waitForURL(`${baseUrl}/cum-khoi/${seeded.key}/2024`)
    expect(await page.getByRole('heading', { level: 2, name: 'Năm 2024' }).count()).toBe(1)
    expect(await tableRows()).toEqual(ranks(ranking(2024)))
    const shared = ranking(2024).filter((r, i, all) => all.some((o, j) => j !== i && o.rank !== null && o.rank === r.rank))
    expect(shared.length).toBeGreaterThan(0)
    expect(await page.locator('nav[aria-label="Các năm thi đua"] [aria-current="page"]').textContent()).toBe('Năm 2024')
  })

  it('answers 404 for an unknown cluster, an unknown year and a year that is not a number; the English mirror has its own words', async () => {
    for (const path of ['/cum-khoi/khong-co-cum-nay', `/cum-khoi/${seeded.key}/2030`, `/cum-khoi/${seeded.key}/abc`, `/cum-khoi/${seeded.key}/2025abc`, '/en/cum-khoi/khong-co']) {
      expect((await fetch(`${baseUrl}${path}`)).status, path).toBe(404)
    }
    await page.goto(`${baseUrl}/en/cum-khoi/${seeded.key}/2025`)
    expect(await page.locator('html').getAttribute('lang')).toBe('en')
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(seeded.nameEn)
    expect(await page.locator('table.cluster-ranking thead th').first().textContent()).toBe('Rank')
  })
})
