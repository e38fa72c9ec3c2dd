import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { exemplars } from '@/seed/data/exemplars'
import { DEMO_PASSWORD, demoUsers } from '@/seed/factories/users'
import { launchBrowser } from '../helpers/browser'

let browser: Browser
const baseUrl = inject('baseUrl')
const draft = exemplars.find((e) => e.draft)
const editor = demoUsers.find((u) => u.key === 'editor')

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(() => browser.close())

describe('draft preview', () => {
  it('shows a draft to a logged-in editor and to nobody else', async () => {
    expect(draft).toBeDefined()
    const path = `/guong-dien-hinh/${draft?.key}`

    const reader = await browser.newContext({ locale: 'vi-VN' })
    const readerPage = await reader.newPage()
    expect((await readerPage.goto(`${baseUrl}${path}`))?.status()).toBe(404)

    const editorContext = await browser.newContext({ locale: 'vi-VN' })
    const page = await editorContext.newPage()
    const login = await page.request.post(`${baseUrl}/api/users/login`, { data: { email: editor?.email, password: DEMO_PASSWORD } })
    expect(login.status()).toBe(200)
    const found = await page.request.get(`${baseUrl}/api/exemplars?where[slug][equals]=${draft?.key}&draft=true&depth=0`)
    const id = ((await found.json()) as { docs: { id: number | string }[] }).docs[0]?.id
    expect(id).toBeDefined()

    const response = await page.goto(`${baseUrl}/preview?collection=exemplars&id=${id}`)
    expect(response?.status()).toBe(200)
    expect(page.url()).toBe(`${baseUrl}${path}`)
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(draft?.name)
    expect(await page.getByRole('status').textContent()).toContain('bản nháp')

    // The reader still gets 404, even for the same URL, and cannot start a preview.
    expect((await readerPage.goto(`${baseUrl}${path}`))?.status()).toBe(404)
    expect((await readerPage.goto(`${baseUrl}/preview?collection=exemplars&id=${id}`))?.status()).toBe(401)

    await page.goto(`${baseUrl}/preview/exit?path=${encodeURIComponent(path)}`)
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Không tìm thấy trang')
    await reader.close()
    await editorContext.close()
  })

  it('refuses a stolen draft-mode cookie without a session', async () => {
    const editorContext = await browser.newContext()
    const page = await editorContext.newPage()
    await page.request.post(`${baseUrl}/api/users/login`, { data: { email: editor?.email, password: DEMO_PASSWORD } })
    const found = await page.request.get(`${baseUrl}/api/exemplars?where[slug][equals]=${draft?.key}&draft=true&depth=0`)
    const id = ((await found.json()) as { docs: { id: number | string }[] }).docs[0]?.id
    await page.goto(`${baseUrl}/preview?collection=exemplars&id=${id}`)
    const bypass = (await editorContext.cookies()).find((c) => c.name === '__prerender_bypass')
    expect(bypass).toBeDefined()

    const thief = await browser.newContext()
    await thief.addCookies([{ ...(bypass as NonNullable<typeof bypass>) }])
    const thiefPage = await thief.newPage()
    expect((await thiefPage.goto(`${baseUrl}/guong-dien-hinh/${draft?.key}`))?.status()).toBe(404)
    await thief.close()
    await editorContext.close()
  })
})

describe('live preview', () => {
  it('re-renders the page in the admin as the editor types, and follows the editing language', async () => {
    const context = await browser.newContext({ locale: 'vi-VN', viewport: { height: 900, width: 1600 } })
    const page = await context.newPage()
    expect((await page.request.post(`${baseUrl}/api/users/login`, { data: { email: editor?.email, password: DEMO_PASSWORD } })).status()).toBe(200)
    const name = `Điển hình xem trước ${Date.now()}`
    const created = await page.request.post(`${baseUrl}/api/exemplars?draft=true`, { data: { _status: 'draft', kind: 'individual', name, stage: 'discovered' } })
    expect(created.status()).toBe(201)
    const id = ((await created.json()) as { doc: { id: number | string } }).doc.id

    await page.goto(`${baseUrl}/admin/collections/exemplars/${id}`)
    // The admin remembers per user whether live preview is open: only open it if it is closed.
    const toggler = page.locator('.live-preview-toggler')
    await toggler.waitFor()
    if (!(await toggler.getAttribute('class'))?.includes('live-preview-toggler--active')) await toggler.click()
    // Only the iframe's content matters here (whether the admin lays the pane out visibly depends on its width).
    const preview = page.frameLocator('iframe[src*="/preview?collection=exemplars"]')
    await preview.locator('h1', { hasText: name }).waitFor({ state: 'attached', timeout: 60_000 })
    await preview.locator('.preview-banner', { hasText: 'bản nháp' }).waitFor({ state: 'attached' })

    // Autosave (every 1.5 s) posts to the iframe, which refreshes from the draft. The
    // first save can land before the preview page has hydrated its listener; an
    // editor who keeps typing gets the next one, so the test types again if needed.
    let renamed = ''
    for (let attempt = 1; attempt <= 3 && !renamed; attempt++) {
      const candidate = `${name} (sửa lần ${attempt})`
      await page.fill('#field-name', candidate)
      const seen = await preview
        .locator('h1', { hasText: candidate })
        .waitFor({ state: 'attached', timeout: 20_000 })
        .then(() => true)
        .catch(() => false)
      if (seen) renamed = candidate
    }
    expect(renamed).not.toBe('')

    const english = await page.request.get(`${baseUrl}/preview?collection=exemplars&id=${id}&locale=en`, { maxRedirects: 0 })
    expect(english.status()).toBe(307)
    expect(english.headers().location).toMatch(/^\/en\/guong-dien-hinh\//)
    await context.close()
  })
})
