import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { DEMO_PASSWORD, demoUsers } from '@/seed/factories/users'
import { launchBrowser, logIntoAdmin } from '../helpers/browser'

let browser: Browser
const baseUrl = inject('baseUrl')
const editor = demoUsers.find((u) => u.key === 'editor')

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(() => browser.close())

describe('an editor in the Vietnamese admin', () => {
  it('logs in, creates and publishes an exemplar, and sees it on the site', async () => {
    const context = await browser.newContext({ locale: 'vi-VN' })
    const page = await context.newPage()
    await logIntoAdmin({ baseUrl, email: editor?.email ?? '', page, password: DEMO_PASSWORD })
    // The dashboard speaks Vietnamese and lists the collections by their Vietnamese names.
    await page.getByText('Gương điển hình').first().waitFor()

    const name = `Kỹ sư Đặng Hoàng Long (kiểm thử ${Date.now()})`
    await page.goto(`${baseUrl}/admin/collections/exemplars/create`)
    await page.fill('#field-name', name)
    await page.locator('#action-save').click()
    await page.getByText(/thành công|đã xuất bản/i).first().waitFor({ timeout: 30_000 })

    // Publishing purges the home page's cache tag; the next visit shows it.
    let found = false
    for (let attempt = 0; attempt < 20 && !found; attempt++) {
      await page.goto(baseUrl)
      found = (await page.getByRole('link', { name }).count()) > 0
      if (!found) await page.waitForTimeout(500)
    }
    expect(found).toBe(true)
    await context.close()
  })
})
