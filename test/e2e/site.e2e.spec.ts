import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { launchBrowser } from '../helpers/browser'

let browser: Browser
let page: Page
const baseUrl = inject('baseUrl')

beforeAll(async () => {
  browser = await launchBrowser()
  page = await (await browser.newContext({ locale: 'vi-VN' })).newPage()
})
afterAll(() => browser.close())

const LISTINGS: [string, string][] = [
  ['/guong-dien-hinh', 'Gương điển hình tiên tiến'],
  ['/phong-trao', 'Phong trào thi đua'],
  ['/khen-thuong', 'Quyết định khen thưởng'],
  ['/chuyen-muc', 'Chuyên mục'],
  ['/dao-tao', 'Đào tạo, bồi dưỡng'],
  ['/van-ban', 'Văn bản'],
]

describe('a reader browsing the public site', () => {
  it.each(LISTINGS)('opens the listing %s and the first item in it', async (path, heading) => {
    const response = await page.goto(`${baseUrl}${path}`)
    expect(response?.status()).toBe(200)
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(heading)
    const first = page.locator('main li h2 a, main li h3 a').first()
    const title = (await first.textContent())?.trim()
    const href = await first.getAttribute('href')
    expect(href?.startsWith(`${path}/`)).toBe(true)
    await first.click()
    await page.waitForURL(`${baseUrl}${href}`)
    await page.getByRole('heading', { level: 1, name: title }).waitFor()
  })

  it('filters exemplars with the form and keeps the filters in the URL', async () => {
    await page.goto(`${baseUrl}/guong-dien-hinh`)
    await page.getByLabel('Tỉnh, thành phố').selectOption({ label: 'Lai Châu' })
    await page.getByLabel('Biên giới').check()
    await page.getByRole('button', { name: 'Lọc' }).click()
    await page.waitForURL(/tinh=lai-chau/)
    expect(page.url()).toContain('doi-tuong=bien-gioi')
    expect(await page.getByRole('link', { name: 'Lò Thị Sương' }).count()).toBe(1)
    expect(await page.getByLabel('Tỉnh, thành phố').inputValue()).toBe('lai-chau')
  })

  it('finds an exemplar by typing without diacritics, with the match highlighted', async () => {
    await page.goto(`${baseUrl}/tim-kiem`)
    await page.getByLabel('Từ khóa (có dấu hoặc không dấu)').fill('lo thi suong')
    await page.getByRole('button', { name: 'Tìm' }).click()
    await page.waitForURL(/q=lo\+thi\+suong/)
    const link = page.getByRole('link', { name: 'Lò Thị Sương' }).first()
    expect(await link.locator('mark').count()).toBeGreaterThan(0)
    await link.click()
    await page.waitForURL(/\/guong-dien-hinh\/lo-thi-suong$/)
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Lò Thị Sương')
  })

  it('reveals a self-check answer on a lesson without any script', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, locale: 'vi-VN' })
    const noJs = await context.newPage()
    await noJs.goto(`${baseUrl}/dao-tao`)
    await noJs.locator('main li h2 a').first().click()
    await noJs.locator('main ol ol a').first().click()
    const summary = noJs.getByText('Xem gợi ý trả lời').first()
    const answer = noJs.locator('details p').first()
    expect(await answer.isVisible()).toBe(false)
    await summary.click()
    expect(await answer.isVisible()).toBe(true)
    await context.close()
  })

  it('answers unknown pages and bad filters with Vietnamese pages, never a 500', async () => {
    const missing = await page.goto(`${baseUrl}/guong-dien-hinh/khong-ton-tai`)
    expect(missing?.status()).toBe(404)
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Không tìm thấy trang')
    // A URL no route matches is rendered on the server, readable without JavaScript, in both languages.
    const unmatched = await page.request.get(`${baseUrl}/khong-co-trang-nay/con-nua`)
    expect(unmatched.status()).toBe(404)
    expect(await unmatched.text()).toMatch(/<h1>Không tìm thấy trang<\/h1>.*<h2>Page not found<\/h2>/s)
    for (const path of ['/guong-dien-hinh?trang=-1&nam=abc&loai=%3Cscript%3E', '/khen-thuong?hinh-thuc=x&tinh=%27', `/tim-kiem?q=${'%25'.repeat(3000)}`]) {
      expect((await page.goto(`${baseUrl}${path}`))?.status()).toBe(200)
    }
    for (const path of ['/guong-dien-hinh/loc/%ZZ', '/khen-thuong/loc/tinh%3D%E0%A4%A', '/guong-dien-hinh/%ZZ', '/chuyen-muc/%E0/%ZZ', '/api/exemplars/%E0%A4%A', '/api/media/file/%ZZ.png', '/admin/%E0%A4%A']) {
      expect((await page.request.get(`${baseUrl}${path}`)).status(), path).toBe(400)
    }
  })

  it('answers 404, never 500, when the image optimizer is asked for a file that is not there', async () => {
    const home = await (await page.request.get(`${baseUrl}/`)).text()
    const stored = home.match(/\/api\/media\/file\/[\w.-]+\.(?:png|jpe?g|webp)/)?.[0]
    expect(stored).toBeTruthy()
    const image = (url: string) => page.request.get(`${baseUrl}/_next/image?url=${encodeURIComponent(url)}&w=640&q=75`)
    expect((await image(stored as string)).status()).toBe(200)
    for (const url of [`${stored}junk`, `${stored}%00`, '/api/media/file/khong-co.jpg', '/api/media/file/..%2F..%2Fetc%2Fpasswd']) {
      expect((await image(url)).status(), url).toBe(404)
    }
    // Only images may be optimized (next.config.ts images.localPatterns): anything else is refused outright.
    expect((await image('/api/files/file/khong-co.pdf')).status()).toBe(400)
  })

  it('serves every page in the sitemap with 200', async () => {
    const xml = await (await page.request.get(`${baseUrl}/sitemap.xml`)).text()
    const urls = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname)
    expect(urls.length).toBeGreaterThan(100)
    const failures: string[] = []
    for (const path of urls) {
      const res = await page.request.get(`${baseUrl}${path}`)
      if (res.status() !== 200) failures.push(`${res.status()} ${path}`)
    }
    expect(failures).toEqual([])
  })

  it('gives an exemplar page its share card, structured data and no third-party request', async () => {
    const foreign: string[] = []
    const context = await browser.newContext({ locale: 'vi-VN' })
    const reader = await context.newPage()
    reader.on('request', (r) => {
      if (!r.url().startsWith(baseUrl) && !r.url().startsWith('data:')) foreign.push(r.url())
    })
    await reader.goto(`${baseUrl}/guong-dien-hinh/lo-thi-suong`, { waitUntil: 'networkidle' })
    expect(foreign).toEqual([])
    const ogImage = await reader.getAttribute('meta[property="og:image"]', 'content')
    expect(ogImage).toContain('/guong-dien-hinh/lo-thi-suong/opengraph-image')
    const image = await reader.request.get(new URL(ogImage ?? '', baseUrl).pathname.replace(/^/, baseUrl))
    expect(image.status()).toBe(200)
    expect(image.headers()['content-type']).toBe('image/png')
    expect((await image.body()).length).toBeGreaterThan(10_000)
    const jsonLd = await reader.locator('script[type="application/ld+json"]').allTextContents()
    const types = jsonLd.map((t) => (JSON.parse(t) as { '@type': string })['@type'])
    expect(types).toEqual(expect.arrayContaining(['Person', 'BreadcrumbList']))
    expect(await reader.getAttribute('link[rel="canonical"]', 'href')).toContain('/guong-dien-hinh/lo-thi-suong')
    expect(await reader.getByRole('link', { name: 'Chia sẻ Facebook' }).getAttribute('href')).toContain('facebook.com/sharer')
    await context.close()
  })

  it('gives reporters the photos at full size with credit and licence, and a citation in both languages', async () => {
    await page.goto(`${baseUrl}/guong-dien-hinh/lo-thi-suong`)
    const kit = page.locator('section.media-kit')
    await kit.getByRole('heading', { name: 'Ảnh và trích dẫn cho báo chí' }).waitFor()
    const original = kit.getByRole('link', { name: /Tải ảnh gốc/ }).first()
    const href = await original.getAttribute('href')
    expect((await page.request.get(`${baseUrl}${href}`)).headers()['content-type']).toMatch(/^image\//)
    expect(await kit.textContent()).toMatch(/Giấy phép: CC BY 4\.0/)
    expect(await kit.locator('p.citation[lang="vi"]').textContent()).toMatch(/^“Lò Thị Sương”, Thi đua, \d{2}\/\d{2}\/\d{4}, http.*\/guong-dien-hinh\/lo-thi-suong$/)
    expect(await kit.locator('p.citation[lang="en"]').count()).toBe(1)
  })

  it('finds an award decision by a recipient name typed without diacritics, and downloads the register', async () => {
    await page.goto(`${baseUrl}/khen-thuong`)
    await page.getByLabel('Tên người/tập thể được khen').fill('lo thi suong')
    await page.getByRole('button', { name: 'Lọc' }).click()
    await page.waitForURL(/ten=lo\+thi\+suong/)
    const first = page.locator('main ul.list li').first()
    expect(await first.textContent()).toContain('Lò Thị Sương')
    const csvHref = await page.getByRole('link', { name: /CSV/ }).first().getAttribute('href')
    expect(csvHref).toContain('ten=lo+thi+suong')
    const csv = await page.request.get(`${baseUrl}${csvHref}`)
    expect(csv.status()).toBe(200)
    const bytes = await csv.body()
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(bytes.toString('utf8')).toContain('Lò Thị Sương')
  })

  it('shows media partners how to embed, subscribe and call the API', async () => {
    await page.goto(`${baseUrl}/doi-tac`)
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Dành cho đối tác báo chí')
    expect(await page.locator('pre[aria-label="@payloadcms/sdk"]').textContent()).toContain('new PayloadSDK')
    expect(await page.getByRole('link', { name: 'RSS 2.0' }).count()).toBeGreaterThanOrEqual(6)
  })

  it('prints a reading page without navigation, filters or share buttons', async () => {
    await page.goto(`${baseUrl}/guong-dien-hinh/lo-thi-suong`)
    await page.emulateMedia({ media: 'print' })
    for (const selector of ['.site-header', '.breadcrumbs', '.share', '.site-footer']) {
      expect(await page.locator(selector).first().isVisible(), selector).toBe(false)
    }
    expect(await page.getByRole('heading', { level: 1 }).isVisible()).toBe(true)
    await page.emulateMedia({ media: 'screen' })
  })

  it('lists only published pages in the sitemap', async () => {
    const xml = await (await page.request.get(`${baseUrl}/sitemap.xml`)).text()
    expect(xml).toContain('/guong-dien-hinh/lo-thi-suong')
    const { exemplars } = await import('@/seed/data/exemplars')
    for (const draft of exemplars.filter((e) => e.draft)) expect(xml).not.toContain(`/guong-dien-hinh/${draft.key}<`)
  })
})
