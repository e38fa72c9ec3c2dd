import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { launchBrowser } from '../helpers/browser'

let browser: Browser
const baseUrl = inject('baseUrl')

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(() => browser.close())

describe('the "Nhúng / Embed" panel', () => {
  it('previews the embed and copies the script, iframe and URL snippets to the clipboard', async () => {
    const context = await browser.newContext({ locale: 'vi-VN' })
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl })
    const page = await context.newPage()
    await page.goto(`${baseUrl}/guong-dien-hinh/lo-thi-suong`)
    const oembed = await page.locator('link[rel="alternate"][type="application/json+oembed"]').getAttribute('href')
    expect(oembed).toMatch(/\/api\/oembed\?url=.*lo-thi-suong&format=json$/)

    await page.getByText('Nhúng / Embed').click()
    const preview = page.frameLocator('iframe.embed-preview')
    await preview.getByText('Lò Thị Sương').first().waitFor()

    const clipboard = () => page.evaluate(() => navigator.clipboard.readText())
    await page.getByRole('button', { name: 'Sao chép mã script' }).click()
    expect(await clipboard()).toMatch(/^<div data-thidua-embed="http[^"]+\/embed\/guong-dien-hinh\/lo-thi-suong"><a href="[^"]+\/guong-dien-hinh\/lo-thi-suong">Lò Thị Sương<\/a><\/div>\n<script async src="[^"]+\/embed\.js"><\/script>$/)
    await page.getByRole('button', { name: 'Sao chép mã iframe' }).click()
    expect(await clipboard()).toMatch(/^<iframe src="[^"]+\/embed\/guong-dien-hinh\/lo-thi-suong" title="Lò Thị Sương" data-thidua-embed /)
    await page.getByRole('button', { name: 'Sao chép đường dẫn' }).click()
    expect(await clipboard()).toMatch(/^http[^ ]+\/guong-dien-hinh\/lo-thi-suong$/)
    await context.close()
  })

  it('points English readers at the English embed', async () => {
    const page = await browser.newPage()
    await page.goto(`${baseUrl}/en/guong-dien-hinh/lo-thi-suong`)
    expect(await page.locator('iframe.embed-preview').getAttribute('src')).toBe('/embed/guong-dien-hinh/lo-thi-suong?lang=en')
    await page.close()
  })
})
