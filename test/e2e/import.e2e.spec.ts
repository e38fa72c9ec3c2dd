import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { DEMO_PASSWORD, demoUsers } from '@/seed/factories/users'
import { launchBrowser, logIntoAdmin } from '../helpers/browser'
import { importXlsx } from '../helpers/importFiles'

let browser: Browser
const baseUrl = inject('baseUrl')
const editor = demoUsers.find((u) => u.key === 'editor')
const stamp = Date.now().toString().slice(-6)

/** The statistics page's first headline figure: published award decisions, as a reader sees it ("1.234"). */
const decisionsOnStatistics = async (page: Page): Promise<number> => {
  await page.goto(`${baseUrl}/thong-ke`)
  const text = await page.locator('.stats-headline dd').first().textContent()
  return Number((text ?? '').replace(/\D/g, ''))
}

/** Two decisions of 2019 with three recipients, one from a province merged in 2025, as an office would fill the template. */
const officeFile = () => {
  const decision = { decisionDate: '12/06/2019', form: 'Bằng khen của Chủ tịch UBND tỉnh', issuer: 'Chủ tịch UBND tỉnh Hà Giang (mẫu)' }
  return importXlsx({
    kind: 'awards',
    rows: [
      { ...decision, decisionNumber: `${stamp}/QĐ-UBND`, directWorker: 'x', ethnicMinority: 'x', province: 'Hà Giang', recipientKind: 'Cá nhân', recipientName: 'Giàng Thị Mỷ (kiểm thử)' },
      { ...decision, decisionNumber: `${stamp}/QĐ-UBND`, province: 'Hà Giang', recipientKind: 'Tập thể', recipientName: 'Trường PTDTBT Lũng Cú (kiểm thử)' },
      { ...decision, decisionNumber: `${Number(stamp) + 1}/QĐ-UBND`, province: 'Tuyên Quang', recipientKind: 'Cá nhân', recipientName: 'Ma Văn Khánh (kiểm thử)' },
    ],
  })
}

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(() => browser.close())

describe('an editor imports award decisions in the admin', () => {
  it('uploads, sees the checked rows, confirms, watches the count, and the statistics change', async () => {
    const context = await browser.newContext({ locale: 'vi-VN' })
    const page = await context.newPage()
    const before = await decisionsOnStatistics(page)
    await logIntoAdmin({ baseUrl, email: editor?.email ?? '', page, password: DEMO_PASSWORD })
    await page.goto(`${baseUrl}/admin/nhap-du-lieu`)
    await page.getByRole('heading', { name: 'Nhập dữ liệu từ bảng tính' }).waitFor()

    // A PDF named like a spreadsheet is refused with the reason, and nothing is kept.
    await page.setInputFiles('#import-file', { buffer: Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\n'), mimeType: 'application/pdf', name: 'quyet-dinh.xlsx' })
    await page.getByRole('button', { name: 'Kiểm tra tệp' }).click()
    await expect.poll(() => page.locator('.import-panel__error[role="alert"]').textContent(), { timeout: 20_000 }).toContain('không phải bảng tính')

    await page.setInputFiles('#import-file', { buffer: await officeFile(), mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', name: 'khen-thuong-2019.xlsx' })
    await page.getByLabel(/Xuất bản ngay/).check()
    await page.getByRole('button', { name: 'Kiểm tra tệp' }).click()
    await page.getByText('3 dòng, 2 quyết định, 0 dòng lỗi').waitFor({ timeout: 30_000 })
    await page.getByRole('button', { name: 'Xác nhận nhập 2 bản ghi' }).click()
    // The job runs the import in a process of its own; the page polls the record's counts.
    await page.locator('.import-report[data-status="done"]').waitFor({ timeout: 90_000 })
    expect(await page.locator('.import-report__count').textContent()).toContain('tạo mới 2')

    // The import purges the statistics' cache tags through the site: the figures follow within moments.
    await expect.poll(() => decisionsOnStatistics(page), { interval: 1000, timeout: 30_000 }).toBe(before + 2)
    await context.close()
  })
})
