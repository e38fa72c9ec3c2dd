import { readFile } from 'node:fs/promises'

import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { DEMO_PASSWORD, demoUsers } from '@/seed/factories/users'
import { launchBrowser, logIntoAdmin } from '../helpers/browser'

let browser: Browser
const baseUrl = inject('baseUrl')
const editor = demoUsers.find((u) => u.key === 'editor')
// A seeded consultation that is open whenever the seed ran (its window starts 3 days before).
const OPEN = '/lay-y-kien/de-nghi-chien-si-thi-dua-toan-quoc-lo-thi-suong'

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(() => browser.close())

describe('public consultation on a nomination', () => {
  const name = `Hoàng Thị Kiểm Thử ${Date.now()}`

  it('a reader opens an open consultation, is told what is missing, then sends an opinion and sees the confirmation', async () => {
    const page = await browser.newPage({ locale: 'vi-VN' })
    await page.goto(`${baseUrl}/lay-y-kien`)
    await page.getByRole('heading', { name: 'Đang lấy ý kiến' }).waitFor()
    await page.getByRole('link', { name: 'Lò Thị Sương' }).click()
    await page.waitForURL(`${baseUrl}${OPEN}`)
    await page.getByRole('heading', { name: 'Gửi ý kiến của bạn' }).waitFor()
    expect(await page.getByText('Bảo vệ thông tin cá nhân').isVisible()).toBe(true)

    // The server answers for an incomplete form; what was typed stays.
    await page.getByLabel('Họ và tên').fill(name)
    await page.getByLabel('Điện thoại hoặc email').fill('khong-hop-le')
    await page.getByRole('button', { name: 'Gửi ý kiến' }).click()
    const alert = page.locator('form.opinion-form').getByRole('alert') // Next's route announcer is an alert too
    await alert.waitFor()
    expect(await alert.textContent()).toContain('email hợp lệ hoặc số điện thoại Việt Nam')
    expect(await alert.textContent()).toContain('Vui lòng nhập nội dung ý kiến.')
    expect(await page.getByLabel('Họ và tên').inputValue()).toBe(name)
    expect(await page.getByLabel('Điện thoại hoặc email').getAttribute('aria-invalid')).toBe('true')

    await page.getByLabel('Điện thoại hoặc email').fill('0912 345 678')
    await page.getByLabel('Địa chỉ hoặc đơn vị công tác').fill('Bản Nậm Ngà, xã Nậm Cuổi')
    await page.getByLabel('Đồng ý', { exact: true }).check()
    await page.getByLabel('Nội dung ý kiến').fill('Cô Sương dạy các cháu ở bản rất tận tâm. <b>Đồng ý</b> đề nghị.')
    await page.getByRole('button', { name: 'Gửi ý kiến' }).click()
    const status = page.locator('main').getByRole('status')
    await status.getByRole('heading', { name: 'Đã nhận ý kiến của bạn' }).waitFor()
    expect(await status.textContent()).toContain('không được công bố')
    // Nothing of the opinion shows on the public page.
    await page.goto(`${baseUrl}${OPEN}`)
    expect(await page.content()).not.toContain(name)
    await page.close()
  })

  it('works without JavaScript: the plain form post is answered with the same confirmation', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, locale: 'vi-VN' })
    const page = await context.newPage()
    await page.goto(`${baseUrl}${OPEN}`)
    await page.getByLabel('Họ và tên').fill(`${name} (không script)`)
    await page.getByLabel('Điện thoại hoặc email').fill('khong.script@example.vn')
    await page.getByLabel('Địa chỉ hoặc đơn vị công tác').fill('Phường Tân Phong')
    await page.getByLabel('Ý kiến khác').check()
    await page.getByLabel('Nội dung ý kiến').fill('Gửi từ trình duyệt tắt JavaScript.')
    await page.getByRole('button', { name: 'Gửi ý kiến' }).click()
    await page.waitForURL(`${baseUrl}/lay-y-kien/da-gui`)
    await page.locator('main').getByRole('heading', { name: 'Đã nhận ý kiến của bạn' }).waitFor()
    await context.close()
  })

  it('a moderator sees the opinion in the admin and exports the nomination for the council', async () => {
    const context = await browser.newContext({ acceptDownloads: true, locale: 'vi-VN' })
    const page = await context.newPage()
    await logIntoAdmin({ baseUrl, email: editor?.email ?? '', page, password: DEMO_PASSWORD })

    await page.goto(`${baseUrl}/admin/collections/opinions`)
    await page.getByRole('link', { name }).first().waitFor({ timeout: 30_000 })

    // The nomination's sidebar counts it and offers the downloads.
    await page.goto(`${baseUrl}/admin/collections/nominations`)
    await page.getByRole('link', { name: 'Danh hiệu Chiến sĩ thi đua toàn quốc' }).first().click()
    await page.getByText('Ý kiến nhân dân').first().waitFor({ timeout: 30_000 })
    expect(await page.getByText(/chưa xem xét/).first().textContent()).toMatch(/\d+ ý kiến · \d+ chưa xem xét/)

    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'CSV' }).click()])
    expect(csv.suggestedFilename()).toMatch(/^y-kien-de-nghi-chien-si-thi-dua-toan-quoc-lo-thi-suong-\d{4}-\d{2}-\d{2}\.csv$/)
    const text = await readFile((await csv.path()) ?? '', 'utf8')
    expect(text).toContain(name)
    expect(text).toContain('Cô Sương dạy các cháu ở bản rất tận tâm. <b>Đồng ý</b> đề nghị.')

    const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Excel (.xlsx)' }).click()])
    expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/)
    const bytes = await readFile((await xlsx.path()) ?? '')
    expect(bytes.subarray(0, 2).toString()).toBe('PK') // a zip container, as every .xlsx is
    await context.close()
  })

  it('shows the outcome of a decided nomination and the counts of a closed one', async () => {
    const page = await browser.newPage({ locale: 'vi-VN' })
    await page.goto(`${baseUrl}/lay-y-kien/de-nghi-danh-hieu-anh-hung-lao-dong-ha-minh-quang`)
    await page.getByRole('link', { name: /Anh hùng Lao động \(Quyết định số 1210\/QĐ-CTN/ }).click()
    await page.waitForURL(/\/khen-thuong\/anh-hung-lao-dong-ha-minh-quang-2025$/)
    await page.goto(`${baseUrl}/lay-y-kien/de-nghi-huan-chuong-lao-dong-hang-ba-nguyen-thi-hoa-mi`)
    expect(await page.getByRole('region', { name: 'Kết quả lấy ý kiến' }).textContent()).toContain('3 ý kiến: 2 đồng ý, 0 không đồng ý, 1 ý kiến khác.')
    expect(await page.getByRole('button', { name: 'Gửi ý kiến' }).count()).toBe(0)
    await page.goto(`${baseUrl}/lay-y-kien/de-nghi-bang-khen-thu-tuong-hop-tac-xa-song-mai`)
    expect(await page.getByText('Cơ quan đề nghị đã rút hồ sơ này').count()).toBe(1)
    await page.close()
  })
})
