import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { exemplars } from '@/seed/data/exemplars'
import { launchBrowser } from '../helpers/browser'

let browser: Browser
const baseUrl = inject('baseUrl')

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(() => browser.close())

describe('home page', () => {
  it('shows the seeded published content in Vietnamese, and no draft', async () => {
    const page = await browser.newPage()
    const response = await page.goto(baseUrl)
    expect(response?.status()).toBe(200)
    expect(await page.getAttribute('html', 'lang')).toBe('vi')
    await expect(page.getByRole('heading', { level: 2, name: 'Gương điển hình tiên tiến' }).isVisible()).resolves.toBe(true)

    // The six newest published exemplars, as the public API sees them, are the ones shown.
    const api = await page.request.get(`${baseUrl}/api/exemplars?sort=-createdAt&limit=6&depth=0`)
    const newest = ((await api.json()) as { docs: { name: string }[] }).docs
    expect(newest.length).toBe(6)
    for (const { name } of newest) expect(await page.getByRole('link', { name, exact: true }).count()).toBeGreaterThan(0)
    const body = await page.textContent('body')
    for (const draft of exemplars.filter((e) => e.draft)) expect(body).not.toContain(draft.name)
    // Dates read dd/mm/yyyy.
    expect(body).toMatch(/từ \d{2}\/\d{2}\/\d{4}/)
    await page.close()
  })

  it('loads nothing from another origin', async () => {
    const page = await browser.newPage()
    const foreign: string[] = []
    page.on('request', (request) => {
      if (!request.url().startsWith(baseUrl) && !request.url().startsWith('data:')) foreign.push(request.url())
    })
    await page.goto(baseUrl, { waitUntil: 'networkidle' })
    expect(foreign).toEqual([])
    await page.close()
  })
})
