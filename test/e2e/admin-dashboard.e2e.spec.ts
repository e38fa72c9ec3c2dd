import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'

import { DEMO_PASSWORD, demoUsers } from '@/seed/factories/users'
import { logIntoAdmin } from '../helpers/browser'
import { useBrowser } from '../helpers/useBrowser'

const browser = useBrowser()
const baseUrl = inject('baseUrl')
const emailOf = (key: string) => demoUsers.find((user) => user.key === key)?.email ?? ''

const signedIn = async (key: string, viewport = { height: 900, width: 1280 }) => {
  const context = await browser().newContext({ locale: 'vi-VN', viewport })
  const page = await context.newPage()
  await logIntoAdmin({ baseUrl, email: emailOf(key), page, password: DEMO_PASSWORD })
  return { context, page }
}

/** Every row of a table names its moment as dd/mm/yyyy HH:mm (a version read without its fields would leave it blank). */
const everyRowDated = async (page: Page, region: string) => {
  const times = await page.getByRole('region', { name: region }).locator('time').allTextContents()
  return times.length > 0 && times.every((text) => /^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/.test(text))
}

/** Nothing wider than the screen but the tables, which scroll inside their own region. */
const pageFitsWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)

describe("an editor's dashboard and activity log", () => {
  it('shows what needs doing, lists a fresh change with its author, and opens that version’s diff', async () => {
    const { context, page } = await signedIn('editor')
    const name = `Gương kiểm thử nhật ký ${Date.now()}`
    await page.goto(`${baseUrl}/admin/collections/exemplars/create`)
    await page.fill('#field-name', name)
    await page.locator('#action-save').click()
    await page.getByText(/thành công|đã xuất bản/i).first().waitFor({ timeout: 30_000 })

    await page.goto(`${baseUrl}/admin`)
    await page.getByRole('heading', { level: 1, name: 'Việc cần làm' }).waitFor()
    for (const heading of ['Bản nháp của cộng tác viên chờ duyệt', 'Lịch xuất bản', 'Hoạt động gần đây']) {
      expect(await page.getByRole('heading', { level: 2, name: heading }).count()).toBe(1)
    }
    // Autosave may have kept a draft version before the publish: the newest row is the publish.
    // The dashboard's recent activity links the new exemplar; the collection cards are still below.
    expect(await page.getByRole('region', { name: 'Hoạt động gần đây' }).getByRole('link', { exact: true, name }).count()).toBeGreaterThanOrEqual(1)
    expect(await page.getByRole('heading', { name: 'Danh mục nội dung' }).count()).toBe(1)
    expect(await everyRowDated(page, 'Hoạt động gần đây')).toBe(true)

    // The side navigation links the log (the nav may be collapsed, so follow its address).
    const navLink = page.locator('#nav-activity')
    expect(await navLink.textContent()).toBe('Hoạt động gần đây')
    await page.goto(`${baseUrl}${await navLink.getAttribute('href')}`)
    await page.getByRole('heading', { level: 1, name: 'Hoạt động gần đây' }).waitFor()
    const row = page.getByRole('row').filter({ has: page.getByRole('link', { exact: true, name }) }).first()
    expect(await row.getByText('Lê Thu Hà (mẫu)').count()).toBe(1)
    expect(await row.getByText('Đã xuất bản').count()).toBe(1)
    expect(await row.getByText(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/).count()).toBe(1)
    expect(await everyRowDated(page, 'Hoạt động gần đây')).toBe(true)

    // Filtering keeps it: by type (exemplars) and by the editor who saved it.
    await page.selectOption('#activity-collection', 'exemplars')
    await page.getByRole('button', { name: 'Lọc' }).click()
    await page.waitForURL(/loai=exemplars/)
    expect(await page.getByRole('link', { exact: true, name }).count()).toBeGreaterThanOrEqual(1)

    await page.getByRole('link', { name: `Xem thay đổi: ${name}` }).first().click()
    await page.waitForURL(/\/admin\/collections\/exemplars\/\d+\/versions\/\d+$/)
    await page.getByText(name).first().waitFor({ timeout: 30_000 })
    await context.close()
  })

  it('fits a phone screen: the tables scroll inside their own labelled region', async () => {
    const { context, page } = await signedIn('editor', { height: 800, width: 390 })
    await page.goto(`${baseUrl}/admin/hoat-dong`)
    await page.getByRole('heading', { level: 1, name: 'Hoạt động gần đây' }).waitFor()
    expect(await pageFitsWidth(page)).toBe(true)
    await context.close()
  })

  it('sends a contributor who opens the activity log back to the dashboard', async () => {
    const { context, page } = await signedIn('contributor')
    await page.goto(`${baseUrl}/admin/hoat-dong`)
    await page.waitForURL(`${baseUrl}/admin`)
    expect(await page.getByRole('heading', { name: 'Hoạt động gần đây' }).count()).toBe(0)
    await context.close()
  })
})
