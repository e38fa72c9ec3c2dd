import { describe, expect, inject, it } from 'vitest'

import { DEMO_PASSWORD, demoUsers } from '@/seed/factories/users'
import { logIntoAdmin } from '../helpers/browser'
import { useBrowser } from '../helpers/useBrowser'

const browser = useBrowser()
const baseUrl = inject('baseUrl')
const emailOf = (key: string) => demoUsers.find((user) => user.key === key)?.email ?? ''
// A seeded consultation that is open whenever the seed ran (its window starts 3 days before).
const OPEN = '/lay-y-kien/de-nghi-chien-si-thi-dua-toan-quoc-lo-thi-suong'

describe('personal data in opinions', () => {
  const stamp = Date.now()
  const name = `Vũ Thị Yêu Cầu ${stamp}`
  const email = `yeu.cau.${stamp}@example.vn`

  it('the public form states the retention period; an editor finds, downloads and erases one person’s opinion on request', async () => {
    const reader = await browser().newPage({ locale: 'vi-VN' })
    await reader.goto(`${baseUrl}${OPEN}`)
    expect(await reader.locator('section.privacy').textContent()).toContain('được lưu giữ 12 tháng kể từ khi có quyết định khen thưởng')
    await reader.getByLabel('Họ và tên').fill(name)
    await reader.getByLabel('Điện thoại hoặc email').fill(email)
    await reader.getByLabel('Địa chỉ hoặc đơn vị công tác').fill('Phường Kiểm Thử')
    await reader.getByLabel('Ý kiến khác').check()
    await reader.getByLabel('Nội dung ý kiến').fill('Ý kiến sẽ được xoá theo yêu cầu.')
    await reader.getByRole('button', { name: 'Gửi ý kiến' }).click()
    await reader.locator('main').getByRole('status').getByRole('heading', { name: 'Đã nhận ý kiến của bạn' }).waitFor()
    await reader.close()

    const context = await browser().newContext({ locale: 'vi-VN', viewport: { height: 900, width: 1280 } })
    const page = await context.newPage()
    await logIntoAdmin({ baseUrl, email: emailOf('editor'), page, password: DEMO_PASSWORD })
    await page.goto(`${baseUrl}/admin/collections/opinions`)
    await page.getByRole('link', { name: /Yêu cầu về dữ liệu cá nhân/ }).click()
    await page.waitForURL(`${baseUrl}/admin/du-lieu-ca-nhan`)
    await page.getByRole('heading', { level: 1, name: 'Yêu cầu về dữ liệu cá nhân' }).waitFor()

    await page.getByLabel('Email hoặc số điện thoại').fill(email.toUpperCase())
    await page.getByRole('button', { name: 'Tìm ý kiến' }).click()
    await page.getByText('Tìm thấy 1 ý kiến.').waitFor()
    expect(await page.getByRole('cell', { name }).count()).toBe(1)
    const json = await page.request.get(await page.getByRole('link', { name: 'JSON' }).getAttribute('href').then((href) => new URL(href ?? '', baseUrl).toString()))
    expect(json.status()).toBe(200)
    expect(((await json.json()) as { opinions: { fullName: string }[] }).opinions.map((o) => o.fullName)).toEqual([name])

    page.once('dialog', (dialog) => void dialog.accept())
    await page.getByRole('button', { name: 'Xoá 1 ý kiến này' }).click()
    await page.getByText('Đã xoá 1 ý kiến.').waitFor()
    await page.getByRole('button', { name: 'Tìm ý kiến' }).click()
    await page.getByText('Không có ý kiến nào gửi với liên hệ này.').waitFor()
    await context.close()
  })

  it('a contributor is refused the tool', async () => {
    const context = await browser().newContext({ locale: 'vi-VN' })
    const page = await context.newPage()
    await logIntoAdmin({ baseUrl, email: emailOf('contributor'), page, password: DEMO_PASSWORD })
    await page.goto(`${baseUrl}/admin/du-lieu-ca-nhan`)
    await page.getByText('Chỉ biên tập viên và quản trị viên được xử lý yêu cầu về dữ liệu cá nhân.').waitFor()
    expect(await page.getByRole('button', { name: 'Tìm ý kiến' }).count()).toBe(0)
    await context.close()
  })
})
