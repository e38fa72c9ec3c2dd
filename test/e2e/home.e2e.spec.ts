import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { exemplars } from '@/seed/data/exemplars'
import { launchBrowser } from '../helpers/browser'

let browser: Browser
const baseUrl = inject('baseUrl')

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(() => browser.close())

/** The published featured exemplars, in the editors' order, as the public API sees them. */
const featuredNames = async (page: Page): Promise<{ featured: string[]; newest: string[] }> => {
  const home = (await (await page.request.get(`${baseUrl}/api/globals/home?depth=0`)).json()) as { featuredExemplars?: number[] }
  const ids = home.featuredExemplars ?? []
  const names = async (query: string) => ((await (await page.request.get(`${baseUrl}/api/exemplars?depth=0&${query}`)).json()) as { docs: { id: number; name: string }[] }).docs
  const docs = await names(`limit=${ids.length}&where[id][in]=${ids.join(',')}`)
  const newest = await names(`limit=4&sort=-createdAt&where[id][not_in]=${ids.join(',')}`)
  return { featured: ids.flatMap((id) => docs.filter((d) => d.id === id).map((d) => d.name)), newest: newest.map((d) => d.name) }
}

describe('home page', () => {
  it('puts the search box, the introduction and the featured exemplars first, in the editors’ order, and no draft', async () => {
    const page = await browser.newPage()
    const response = await page.goto(baseUrl)
    expect(response?.status()).toBe(200)
    expect(await page.getAttribute('html', 'lang')).toBe('vi')
    const { featured, newest } = await featuredNames(page)
    expect(featured.length).toBeGreaterThan(0)
    const section = page.locator('section[aria-labelledby="guong-dien-hinh"]')
    expect(await section.getByRole('heading', { level: 2 }).textContent()).toBe('Gương điển hình tiên tiến')
    expect(await section.locator('h3 > a').allTextContents()).toEqual(featured)
    // Then the newest published besides the picks.
    expect(await section.getByRole('list', { name: 'Mới công bố' }).getByRole('link').allTextContents()).toEqual(newest)
    // The order of the page: search, introduction, exemplars, movements, columns, consultations, events.
    const order = await page.evaluate(() => {
      const main = document.querySelector('main')
      const top = (selector: string) => (main?.querySelector(selector) ? [...(main?.querySelectorAll('*') ?? [])].indexOf(main.querySelector(selector) as Element) : -1)
      return ['form[role="search"]', '#gioi-thieu', '#guong-dien-hinh', '#phong-trao', '#chuyen-muc', '#lay-y-kien', '#su-kien'].map(top)
    })
    expect(order.every((position) => position >= 0)).toBe(true)
    expect([...order].sort((a, b) => a - b)).toEqual(order)
    const body = await page.textContent('body')
    for (const draft of exemplars.filter((e) => e.draft)) expect(body).not.toContain(draft.name)
    expect(body).toMatch(/từ \d{2}\/\d{2}\/\d{4}/)
    await page.close()
  })

  it('the lead portrait is the LCP image: preloaded, high priority, not lazy', async () => {
    const page = await browser.newPage({ viewport: { height: 823, width: 412 } })
    await page.goto(baseUrl, { waitUntil: 'load' })
    const lead = page.locator('section[aria-labelledby="guong-dien-hinh"] img').first()
    expect(await lead.getAttribute('loading')).not.toBe('lazy')
    expect(await lead.getAttribute('fetchpriority')).toBe('high')
    expect(await page.locator('head link[rel="preload"][as="image"][fetchpriority="high"]').count()).toBe(1)
    const lcp = await page.evaluate(
      () =>
        new Promise<string | null>((resolve) => {
          new PerformanceObserver((list) => {
            const entries = list.getEntries() as (PerformanceEntry & { element?: Element | null })[]
            resolve(entries.at(-1)?.element?.closest('section')?.getAttribute('aria-labelledby') ?? entries.at(-1)?.element?.tagName ?? null)
          }).observe({ buffered: true, type: 'largest-contentful-paint' })
        }),
    )
    expect(lcp).toBe('guong-dien-hinh')
    // The other images wait until they are near the screen.
    const others = await page.locator('main img').evaluateAll((imgs) => imgs.slice(1).map((img) => img.getAttribute('loading')))
    for (const loading of others) expect(loading).toBe('lazy')
    await page.close()
  })

  it('on a phone loads no web font, and the header’s links are not prefetched', async () => {
    const page = await browser.newPage({ viewport: { height: 823, width: 412 } })
    const fonts: string[] = []
    const rscPaths: string[] = []
    page.on('request', (request) => {
      if (request.resourceType() === 'font') fonts.push(request.url())
      const url = new URL(request.url())
      if (url.searchParams.has('_rsc')) rscPaths.push(url.pathname)
    })
    await page.goto(`${baseUrl}/guong-dien-hinh`, { waitUntil: 'networkidle' })
    expect(fonts).toEqual([])
    const hrefs = (selector: string) => page.locator(selector).evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname))
    const inMain = await hrefs('main a')
    const headerOnly = (await hrefs('.site-nav a')).filter((href) => !inMain.includes(href))
    expect(headerOnly.length).toBeGreaterThan(5)
    expect(rscPaths.filter((path) => headerOnly.includes(path))).toEqual([])
    await page.close()
  })

  it('the search box is a labelled GET form that reaches /tim-kiem without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, locale: 'vi-VN' })
    const page = await context.newPage()
    await page.goto(baseUrl)
    const search = page.getByRole('search', { name: 'Tìm kiếm trên cổng' })
    await search.getByLabel('Tìm gương điển hình, phong trào, văn bản').fill('giáo viên')
    await Promise.all([page.waitForURL(/\/tim-kiem\?/), search.getByRole('button', { name: 'Tìm kiếm' }).click()])
    const url = new URL(page.url())
    expect(url.pathname).toBe('/tim-kiem')
    expect(url.searchParams.get('q')).toBe('giáo viên')
    await expect(page.getByRole('heading', { level: 1, name: 'Tìm kiếm' }).isVisible()).resolves.toBe(true)
    await context.close()
  })

  it('has its landmarks and headings in order (h1, then h2, then h3, no level skipped), in both languages', async () => {
    const page = await browser.newPage()
    for (const [path, lang, action] of [['/', 'vi', '/tim-kiem'], ['/en', 'en', '/en/tim-kiem']] as const) {
      expect((await page.goto(`${baseUrl}${path}`))?.status()).toBe(200)
      expect(await page.getAttribute('html', 'lang')).toBe(lang)
      expect(await page.getAttribute('form[role="search"]', 'action')).toBe(action)
      for (const role of ['banner', 'main', 'contentinfo', 'search'] as const) expect(await page.getByRole(role).count()).toBe(1)
      const levels = await page.locator('main').locator('h1, h2, h3, h4, h5, h6').evaluateAll((hs) => hs.map((h) => Number(h.tagName.slice(1))))
      expect(levels[0]).toBe(1)
      expect(levels.filter((l) => l === 1)).toHaveLength(1)
      levels.forEach((level, i) => i > 0 && expect(level).toBeLessThanOrEqual(levels[i - 1] + 1))
    }
    await page.close()
  })

  it('links open consultations (closing date dd/mm/yyyy) and the events pages', async () => {
    const page = await browser.newPage()
    await page.goto(baseUrl)
    const consultations = page.locator('section[aria-labelledby="lay-y-kien"]')
    for (const href of await consultations.locator('h3 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))) expect(href).toMatch(/^\/lay-y-kien\/[a-z0-9-]+$/)
    if (await consultations.locator('h3').count()) expect(await consultations.textContent()).toMatch(/Hạn góp ý: \d{2}\/\d{2}\/\d{4}/)
    const events = page.locator('section[aria-labelledby="su-kien"]')
    expect(await events.getByRole('link', { name: 'Tất cả sự kiện' }).getAttribute('href')).toBe('/su-kien')
    for (const href of await events.locator('h3 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))) expect(href).toMatch(/^\/su-kien\/[a-z0-9-]+$/)
    await page.close()
  })

  it('loads nothing from another origin', async () => {
    const page = await browser.newPage()
    const foreign: string[] = []
    page.on('request', (request) => {
      if (!request.url().startsWith(baseUrl) && !request.url().startsWith('data:')) foreign.push(request.url())
    })
    await page.goto(baseUrl, { waitUntil: 'networkidle' })
    expect(foreign).toEqual([])
    await page.close()
  })
})
