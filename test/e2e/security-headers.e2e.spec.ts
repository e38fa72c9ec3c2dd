import type { BrowserContext, Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'

import { DEMO_PASSWORD, demoUsers } from '@/seed/factories/users'
import { logIntoAdmin } from '../helpers/browser'
import { useBrowser } from '../helpers/useBrowser'

/**
 * Every page type and the admin load under their Content-Security-Policy
 * (src/lib/http/securityHeaders.ts) without one violation reported by
 * Chromium: the policy is on, and nothing the pages need is blocked by it.
 */
const browser = useBrowser()
const baseUrl = inject('baseUrl')
const editor = demoUsers.find((u) => u.key === 'editor')

/** Collects violations two ways: the DOM event (with the blocked URL and directive) and Chromium's console report. */
const watch = async (context: BrowserContext) => {
  const violations: string[] = []
  await context.exposeFunction('__reportCsp', (text: string) => violations.push(text))
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      (window as unknown as { __reportCsp: (text: string) => void }).__reportCsp(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'} on ${location.pathname}`),
    )
  })
  context.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text())
  })
  return violations
}

const visit = async (page: Page, path: string) => {
  const response = await page.goto(`${baseUrl}${path}`, { waitUntil: 'networkidle' })
  return response?.headers()['content-security-policy'] ?? ''
}

const PAGES = [
  '/',
  '/guong-dien-hinh',
  '/guong-dien-hinh/lo-thi-suong',
  '/phong-trao',
  '/khen-thuong',
  '/chuyen-muc',
  '/van-ban',
  '/dao-tao/tu-tuong-ho-chi-minh-ve-thi-dua-ai-quoc/hoan-canh-ra-doi-loi-keu-goi-thi-dua-ai-quoc',
  '/dao-tao/tu-tuong-ho-chi-minh-ve-thi-dua-ai-quoc/hoan-canh-ra-doi-loi-keu-goi-thi-dua-ai-quoc/trinh-chieu',
  '/lay-y-kien/de-nghi-chien-si-thi-dua-toan-quoc-lo-thi-suong',
  '/tim-kiem?q=thi+dua',
  '/doi-tac',
  '/en',
  '/en/guong-dien-hinh/lo-thi-suong',
  '/khong-co-trang-nay',
]

describe('Content-Security-Policy in Chromium', () => {
  it('is sent on every page type and nothing on them violates it', async () => {
    const context = await browser().newContext()
    const violations = await watch(context)
    const page = await context.newPage()
    for (const path of PAGES) {
      const csp = await visit(page, path)
      expect(csp, path).toContain("default-src 'self'")
      expect(csp, path).toContain("object-src 'none'")
    }
    // The first listing's detail pages of the other kinds, as readers reach them.
    for (const listing of ['/phong-trao', '/khen-thuong', '/chuyen-muc', '/van-ban']) {
      await visit(page, listing)
      const href = await page.locator('main li h2 a, main li h3 a').first().getAttribute('href')
      if (href) await visit(page, href)
    }
    expect(violations).toEqual([])
    await context.close()
  })

  it('reports a violation when a page breaks the policy (the watcher is not blind)', async () => {
    const context = await browser().newContext()
    const violations = await watch(context)
    const page = await context.newPage()
    await visit(page, '/')
    await page.evaluate(() => {
      const image = document.createElement('img')
      image.src = 'https://example.invalid/pixel.png'
      document.body.append(image)
    })
    await expect.poll(() => violations.length).toBeGreaterThan(0)
    expect(violations.join('\n')).toContain('img-src')
    await context.close()
  })

  it('lets an embed be framed by another origin under its own policy', async () => {
    const context = await browser().newContext()
    const violations = await watch(context)
    const page = await context.newPage()
    const csp = await visit(page, '/embed/guong-dien-hinh/lo-thi-suong')
    expect(csp).toContain('frame-ancestors *')
    expect(violations).toEqual([])
    await context.close()
  })

  it('keeps the admin working under its own policy: login, dashboard, a list, the rich-text editor, an upload form', async () => {
    const context = await browser().newContext({ locale: 'vi-VN' })
    const violations = await watch(context)
    const page = await context.newPage()
    await logIntoAdmin({ baseUrl, email: editor?.email ?? '', page, password: DEMO_PASSWORD })
    for (const path of ['/admin', '/admin/collections/exemplars', '/admin/collections/media/create', '/admin/collections/articles/create']) {
      const csp = await visit(page, path)
      expect(csp, path).toContain("worker-src 'self' blob:")
    }
    // The rich-text editor is up and takes typing.
    const editable = page.locator('[contenteditable="true"]').first()
    await editable.waitFor()
    await editable.click()
    await page.keyboard.type('Thi đua là yêu nước')
    await page.getByText('Thi đua là yêu nước').first().waitFor()
    expect(violations).toEqual([])
    await context.close()
  })
})
