import { readFile } from 'node:fs/promises'

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { launchBrowser } from '../helpers/browser'

let browser: Browser
let page: Page
const baseUrl = inject('baseUrl')
const COURSE = '/dao-tao/tu-tuong-ho-chi-minh-ve-thi-dua-ai-quoc'
const LESSON = `${COURSE}/hoan-canh-ra-doi-loi-keu-goi-thi-dua-ai-quoc`

beforeAll(async () => {
  browser = await launchBrowser()
  page = await (await browser.newContext({ acceptDownloads: true, locale: 'vi-VN' })).newPage()
})
afterAll(() => browser.close())

const visible = (selector: string) => page.locator(selector).first().isVisible()

describe('a trainer preparing a class', () => {
  it('filters the catalogue by audience and by topic, the filters kept in the URL', async () => {
    await page.goto(`${baseUrl}/dao-tao`)
    expect(await page.locator('main .cards > li').count()).toBe(2)
    await page.getByLabel('Đối tượng').selectOption({ label: 'Cán bộ lãnh đạo, quản lý' })
    await page.getByRole('button', { name: 'Lọc' }).click()
    await page.waitForURL(/doi-tuong=lanh-dao/)
    expect(await page.locator('main .cards > li').count()).toBe(1)
    expect(await page.locator('main .cards').textContent()).toContain('Tư tưởng Hồ Chí Minh về thi đua ái quốc')
    await page.goto(`${baseUrl}/dao-tao?chu-de=dien-hinh-tien-tien`)
    expect(await page.locator('main .cards').textContent()).toContain('Nghiệp vụ thi đua, khen thưởng cho cán bộ cơ sở')
    expect(await page.locator('main .cards > li').count()).toBe(1)
  })

  it('sees the syllabus with durations and the pack size, and downloads the pack', async () => {
    await page.goto(`${baseUrl}${COURSE}`)
    await page.getByRole('heading', { name: 'Chương trình' }).waitFor()
    expect(await page.locator('section[aria-labelledby="chuong-trinh"]').textContent()).toMatch(/\d+ phút/)
    const packLine = await page.locator('.course-pack').textContent()
    expect(packLine).toMatch(/ZIP.*\d+([,.]\d+)? (KB|MB)/s)
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /Tải gói tài liệu khóa học/ }).click()])
    expect(download.suggestedFilename()).toBe('tu-tuong-ho-chi-minh-ve-thi-dua-ai-quoc.zip')
    const bytes = await readFile((await download.path()) ?? '')
    expect(bytes.subarray(0, 2).toString()).toBe('PK')
    expect(bytes.length).toBeGreaterThan(10_000)
  })

  it('opens a lesson with its objectives first and reveals an answer on demand', async () => {
    await page.goto(`${baseUrl}${LESSON}`)
    const objectives = page.getByRole('region', { name: 'Mục tiêu bài học' })
    await objectives.waitFor()
    const answer = page.locator('section[aria-labelledby="tu-kiem-tra"] details p').first()
    expect(await answer.isVisible()).toBe(false)
    await page.locator('section[aria-labelledby="tu-kiem-tra"] summary').first().click()
    expect(await answer.isVisible()).toBe(true)
  })

  it('presents the lesson as slides, moved with the arrow keys', async () => {
    await page.goto(`${baseUrl}${LESSON}`)
    await page.getByRole('link', { name: 'Trình chiếu bài này' }).click()
    await page.waitForURL(/\/trinh-chieu/)
    const counter = page.locator('.deck-count')
    await counter.waitFor()
    const total = Number(/\/(\d+)/.exec((await counter.textContent()) ?? '')?.[1])
    expect(total).toBeGreaterThanOrEqual(4)
    expect(await counter.textContent()).toBe(`Trang 1/${total}`)
    expect(await page.locator('#trang-1 h1').isVisible()).toBe(true)
    await page.keyboard.press('ArrowRight')
    expect(await counter.textContent()).toBe(`Trang 2/${total}`)
    expect(await page.locator('#trang-1').isVisible()).toBe(false)
    expect(await page.locator('#trang-2').isVisible()).toBe(true)
    // Each section heading of the lesson opens a slide of its own.
    expect(await page.locator('.slide > h2').allTextContents()).toEqual(expect.arrayContaining(['Cuộc kháng chiến bước vào giai đoạn cầm cự', 'Ý nghĩa của ngày 11/6']))
    expect(page.url()).toMatch(/#trang-2$/)
    await page.keyboard.press('End')
    expect(await counter.textContent()).toBe(`Trang ${total}/${total}`)
    expect(await page.locator(`#trang-${total} h2`).textContent()).toBe('Câu hỏi tự kiểm tra')
    await page.keyboard.press('ArrowLeft')
    expect(await counter.textContent()).toBe(`Trang ${total - 1}/${total}`)
    // The deck covers the whole viewport: nothing of the site's chrome shows on the projector.
    const box = await page.locator('.deck').boundingBox()
    expect(box).toMatchObject({ x: 0, y: 0 })
    await page.keyboard.press('Escape')
    await page.waitForURL(`${baseUrl}${LESSON}`)
  })

  it('prints a clean handout: no navigation chrome, links followed by their address', async () => {
    await page.goto(`${baseUrl}${LESSON}`)
    await page.emulateMedia({ media: 'print' })
    for (const chrome of ['.site-header', '.site-footer', '.breadcrumbs', '.language-switch', '.teaching-tools', 'nav.pagination', '.share', '.embed-panel']) {
      expect(await visible(chrome), chrome).toBe(false)
    }
    expect(await visible('main h1')).toBe(true)
    const after = await page.locator('.lesson a[href^="/"]').first().evaluate((a) => getComputedStyle(a, '::after').content)
    expect(after).toMatch(/https?:\/\/[^"\s]+.*\/(dao-tao|van-ban)\//) // the site's origin, then the path
    await page.emulateMedia({ media: 'screen' })
  })
})
