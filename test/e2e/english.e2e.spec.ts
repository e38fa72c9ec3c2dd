import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { launchBrowser } from '../helpers/browser'

let browser: Browser
let page: Page
const baseUrl = inject('baseUrl')

beforeAll(async () => {
  browser = await launchBrowser()
  page = await (await browser.newContext({ locale: 'en-GB' })).newPage()
})
afterAll(() => browser.close())

const htmlLang = () => page.locator('html').getAttribute('lang')

describe('a reader of the English mirror', () => {
  it('gets English pages under /en with English navigation', async () => {
    expect((await page.goto(`${baseUrl}/en`))?.status()).toBe(200)
    expect(await htmlLang()).toBe('en')
    await page.getByRole('navigation', { name: 'Main sections' }).getByRole('link', { name: 'Exemplars' }).click()
    await page.waitForURL(`${baseUrl}/en/guong-dien-hinh`)
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Outstanding exemplars')
    const first = await page.locator('main li h2 a').first().getAttribute('href')
    expect(first?.startsWith('/en/guong-dien-hinh/')).toBe(true)
  })

  it('switches language on the same document, both ways', async () => {
    await page.goto(`${baseUrl}/guong-dien-hinh/lo-thi-suong`)
    expect(await htmlLang()).toBe('vi')
    await page.getByRole('link', { name: 'English' }).click()
    await page.waitForURL(`${baseUrl}/en/guong-dien-hinh/lo-thi-suong`)
    expect(await htmlLang()).toBe('en')
    await page.getByText(/^For twelve years Thái teacher/).waitFor()
    expect(await page.locator('.untranslated').count()).toBe(0)
    await page.getByRole('link', { name: 'Tiếng Việt' }).click()
    await page.waitForURL(`${baseUrl}/guong-dien-hinh/lo-thi-suong`)
    await page.getByText(/^Mười hai năm bám điểm trường/).waitFor()
  })

  it('shows Vietnamese with a visible note, marked lang="vi", where there is no translation', async () => {
    await page.goto(`${baseUrl}/en/guong-dien-hinh/bui-van-khiem`)
    await page.getByRole('note').filter({ hasText: 'has not been translated into English yet' }).waitFor()
    expect(await page.getByRole('heading', { level: 1 }).getAttribute('lang')).toBe('vi')
    expect(await page.locator('dt').first().textContent()).toBe('Kind')
  })

  it('declares both languages to search engines', async () => {
    await page.goto(`${baseUrl}/en/van-ban/06-2022-qh15`)
    const href = (selector: string) => page.locator(selector).getAttribute('href')
    expect(await href('link[rel="canonical"]')).toMatch(/\/en\/van-ban\/06-2022-qh15$/)
    expect(await href('link[rel="alternate"][hreflang="vi"]')).toMatch(/[^n]\/van-ban\/06-2022-qh15$/)
    expect(await href('link[rel="alternate"][hreflang="en"]')).toMatch(/\/en\/van-ban\/06-2022-qh15$/)
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Law on Emulation and Commendation')
    const sitemap = await (await page.request.get(`${baseUrl}/sitemap.xml`)).text()
    expect(sitemap).toMatch(/hreflang="en" href="[^"]+\/en\/van-ban\/06-2022-qh15"/)
  })

  it('keeps English on filtered listings and in search', async () => {
    expect((await page.goto(`${baseUrl}/en/guong-dien-hinh?loai=tap-the`))?.status()).toBe(200)
    expect(await page.getByRole('button', { name: 'Filter' }).count()).toBe(1)
    expect(await page.locator('main li h2 a').first().getAttribute('href')).toMatch(/^\/en\/guong-dien-hinh\//)
    await page.goto(`${baseUrl}/en/tim-kiem?q=call+for+patriotic+emulation`)
    const hit = page.locator('main ol li h2 a').first()
    expect(await hit.textContent()).toBe('Call for Patriotic Emulation')
    expect(await hit.getAttribute('href')).toMatch(/^\/en\/van-ban\//)
  })

  it('sends the internal /vi spelling to the public URL', async () => {
    const response = await page.request.get(`${baseUrl}/vi/phong-trao`, { maxRedirects: 0 })
    expect(response.status()).toBe(308)
    expect(response.headers().location).toBe('/phong-trao')
  })
})
