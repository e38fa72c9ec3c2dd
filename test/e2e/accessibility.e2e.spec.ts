import { createRequire } from 'node:module'

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { ACTIVE_PAGE_TYPES, discoverPages, type PageToCheck } from '@scripts/lib/htmlCheck/pages'
import { launchBrowser } from '../helpers/browser'

const require = createRequire(import.meta.url)
const AXE = require.resolve('axe-core/axe.min.js')

let browser: Browser
const baseUrl = inject('baseUrl')

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(() => browser.close())

type Violation = { id: string; impact: string | null; nodes: { target: string[] }[] }

/** Runs axe-core (WCAG 2.1 A/AA rules) in the page; returns serious and critical violations. */
const seriousViolations = async (page: Page): Promise<string[]> => {
  await page.addScriptTag({ path: AXE })
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: Violation[] }> } }).axe
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
    return result.violations
  })
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
}

/** The first detail link on a listing, to reach a real document of each type. */
const firstDetail = async (page: Page, listing: string) => {
  await page.goto(`${baseUrl}${listing}`)
  return page.locator('main li h2 a, main li h3 a').first().getAttribute('href')
}

describe('axe-core finds no serious or critical WCAG 2.1 AA problem', () => {
  // Every page type is checked below (the HTML check's list); these two English exemplar pages
  // are one with a translation and one that shows the "not translated" note.
  it.each(['/en/guong-dien-hinh/lo-thi-suong', '/en/guong-dien-hinh/bui-van-khiem'])('on %s', async (path) => {
    const page = await browser.newPage()
    await page.goto(`${baseUrl}${path}`)
    await page.getByRole('heading', { level: 1 }).first().waitFor()
    expect(await seriousViolations(page)).toEqual([])
    await page.close()
  })

  it('can be used from the keyboard: the skip link is first and moves focus to the content', async () => {
    const page = await browser.newPage()
    await page.goto(`${baseUrl}/guong-dien-hinh`)
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Bỏ qua, đến nội dung chính')
    await page.keyboard.press('Enter')
    expect(page.url()).toContain('#noi-dung')
    await page.close()
  })
})

describe('axe-core finds no serious or critical problem on one page of every type (the list the HTML check uses)', () => {
  let pages: PageToCheck[]
  beforeAll(async () => {
    pages = await discoverPages(baseUrl)
  })

  it.each(ACTIVE_PAGE_TYPES.map((type) => type.name))('on the %s page', async (name) => {
    const found = pages.find((p) => p.name === name)
    if (!found) throw new Error(`no page of type ${name}`)
    expect(found.missing, `a page of type ${name}`).toBeUndefined()
    // Embeds allow only their own script by hash: let the injected axe script through.
    const context = await browser.newContext({ bypassCSP: true })
    const page = await context.newPage()
    await page.goto(`${baseUrl}${found.path}`)
    // 404s are rendered by the client after load; every page type has a heading.
    await page.locator('h1, h2').first().waitFor()
    expect(await seriousViolations(page), found.path).toEqual([])
    await context.close()
  })
})

/** What the Nu HTML Checker reported on these pages: ids used twice, a heading level skipped, a name on a bare `pre`. */
const structureProblems = (page: Page): Promise<string[]> =>
  page.evaluate(() => {
    const problems: string[] = []
    const seen = new Set<string>()
    for (const element of document.querySelectorAll('[id]')) {
      if (seen.has(element.id)) problems.push(`duplicate id "${element.id}"`)
      seen.add(element.id)
    }
    let previous = 0
    for (const heading of document.querySelectorAll('main h1, main h2, main h3, main h4, main h5, main h6')) {
      const level = Number(heading.tagName[1])
      if (previous && level > previous + 1) problems.push(`h${previous} → h${level}: "${heading.textContent?.trim()}"`)
      previous = level
    }
    for (const pre of document.querySelectorAll('pre[aria-label]:not([role])')) problems.push(`aria-label on a bare pre: "${pre.getAttribute('aria-label')}"`)
    return problems
  })

describe('document structure: unique ids, no skipped heading level, no name on a bare pre', () => {
  it.each(['/', '/guong-dien-hinh', '/en/guong-dien-hinh', '/doi-tac', '/thong-ke', '/guong-dien-hinh/lo-thi-suong'])('on %s', async (path) => {
    const page = await browser.newPage()
    await page.goto(`${baseUrl}${path}`)
    expect(await structureProblems(page)).toEqual([])
    await page.close()
  })

  it('on the first movement (its "Nội dung" list once shared the id of <main>)', async () => {
    const page = await browser.newPage()
    await page.goto(`${baseUrl}${await firstDetail(page, '/phong-trao')}`)
    expect(await structureProblems(page)).toEqual([])
    await page.close()
  })
})
