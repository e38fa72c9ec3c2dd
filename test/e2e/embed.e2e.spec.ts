import http from 'node:http'
import type { AddressInfo } from 'node:net'

import type { Browser, ElementHandle, Frame, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { iframeSnippet, scriptSnippet } from '@/embed/snippets'
import { launchBrowser } from '../helpers/browser'

let browser: Browser
let host: { close: () => Promise<void>; serve: (html: string) => void; url: string }
const baseUrl = inject('baseUrl')

/**
 * A media organization's page on another origin: `localhost` on its own port,
 * while the site is served at 127.0.0.1 (other host, other port).
 */
const startHost = async (): Promise<typeof host> => {
  let page = ''
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
    res.end(page)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    close: () => new Promise((resolve) => server.close(() => resolve())),
    serve: (html: string) => {
      page = html
    },
    url: `http://localhost:${(server.address() as AddressInfo).port}/`,
  }
}

const firstLink = async (path: string, pattern: RegExp): Promise<string> => {
  const found = (await (await fetch(`${baseUrl}${path}`)).text()).match(pattern)?.[1]
  if (!found) throw new Error(`no link matching ${pattern} on ${path}`)
  return found
}

beforeAll(async () => {
  browser = await launchBrowser()
  host = await startHost()
})
afterAll(async () => {
  await browser.close()
  await host.close()
})

const frameHeight = (frame: Frame) => frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height))
const elementHeight = (iframe: ElementHandle) => iframe.evaluate((el) => Math.round((el as Element).getBoundingClientRect().height))

/** The iframe's box follows its document's height (within a pixel of rounding). */
const expectToFit = async (iframe: ElementHandle) => {
  // A lazy iframe gets its frame once it starts loading.
  await expect.poll(async () => (await iframe.contentFrame())?.url() ?? '', { timeout: 10_000 }).toContain('/embed/')
  const frame = await iframe.contentFrame()
  if (!frame) throw new Error('iframe without a frame')
  await frame.waitForLoadState('load')
  await expect.poll(async () => Math.abs((await elementHeight(iframe)) - (await frameHeight(frame))), { timeout: 10_000 }).toBeLessThanOrEqual(1)
  return frame
}

const openHost = async (html: string): Promise<Page> => {
  host.serve(`<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Báo đối tác</title></head><body><h1>Báo đối tác</h1>${html}</body></html>`)
  const page = await (await browser.newContext({ locale: 'vi-VN', viewport: { height: 4000, width: 900 } })).newPage()
  await page.goto(host.url)
  return page
}

describe('embedding on another site', () => {
  it('the script snippet and the iframe snippet both load and follow their content height', async () => {
    const columnPath = await firstLink('/chuyen-muc', /href="(\/chuyen-muc\/[a-z0-9-]+)"/)
    const articlePath = await firstLink(columnPath, /href="(\/chuyen-muc\/[a-z0-9-]+\/[a-z0-9-]+)"/)
    const exemplarPath = await firstLink('/guong-dien-hinh', /href="(\/guong-dien-hinh\/[a-z0-9-]+)"/)
    const page = await openHost(
      [
        scriptSnippet({ embedUrl: `${baseUrl}/embed${columnPath}?n=3`, origin: baseUrl, pageUrl: `${baseUrl}${columnPath}`, title: 'Chuyên mục nhúng' }),
        iframeSnippet({ embedUrl: `${baseUrl}/embed${articlePath}`, title: 'Bài viết nhúng' }),
        // A second script snippet: the loader runs twice and must handle each embed once.
        scriptSnippet({ embedUrl: `${baseUrl}/embed${exemplarPath}?variant=compact`, origin: baseUrl, pageUrl: `${baseUrl}${exemplarPath}`, title: 'Gương nhúng' }),
      ].join('\n'),
    )
    await expect.poll(() => page.locator('iframe[data-thidua-embed]').count()).toBe(3)
    expect(await page.locator('div[data-thidua-embed]').count()).toBe(0)
    const [column, article, exemplar] = await page.$$('iframe[data-thidua-embed]')
    expect(await column.getAttribute('title')).toBe('Chuyên mục nhúng')
    expect(await column.getAttribute('loading')).toBe('lazy')

    const columnFrame = await expectToFit(column)
    const articleFrame = await expectToFit(article)
    const exemplarFrame = await expectToFit(exemplar)
    for (const frame of [columnFrame, articleFrame, exemplarFrame]) {
      expect(frame.url().split('parentOrigin=')).toHaveLength(2)
      expect(frame.url()).toContain(`#parentOrigin=${encodeURIComponent(new URL(host.url).origin)}`)
    }
    expect(await columnFrame.locator('h2').count()).toBe(3)
    expect(await articleFrame.locator('h1').textContent()).toBeTruthy()

    // The content grows inside each frame: each iframe grows with it, independently.
    for (const [iframe, frame] of [
      [column, columnFrame],
      [article, articleFrame],
    ] as const) {
      const before = await elementHeight(iframe)
      const otherBefore = await elementHeight(exemplar)
      await frame.evaluate(() => {
        for (let i = 0; i < 12; i++) document.querySelector('main')?.append(Object.assign(document.createElement('p'), { textContent: 'Thêm một đoạn nội dung để khung cao lên.' }))
      })
      await expect.poll(() => elementHeight(iframe), { timeout: 10_000 }).toBeGreaterThan(before + 200)
      await expectToFit(iframe)
      expect(await elementHeight(exemplar)).toBe(otherBefore)
    }
    // Links leave the frame for our site in a new tab.
    expect(await columnFrame.locator('a[href]:not([target="_blank"])').count()).toBe(0)
  })

  it('a pasted iframe that loaded before the loader resizes too, without adding a Back step', async () => {
    const exemplarPath = await firstLink('/guong-dien-hinh', /href="(\/guong-dien-hinh\/[a-z0-9-]+)"/)
    // The loader arrives only after the frame has loaded (a slow or late async script).
    const page = await openHost(
      `${iframeSnippet({ embedUrl: `${baseUrl}/embed${exemplarPath}`, title: 'Gương' })}<script>document.querySelector('iframe').addEventListener('load', function () { window.stepsBefore = history.length; var s = document.createElement('script'); s.src = '${baseUrl}/embed.js'; document.body.append(s) }, { once: true })</script>`,
    )
    const iframe = await page.$('iframe[data-thidua-embed]')
    if (!iframe) throw new Error('no iframe')
    await expect.poll(() => elementHeight(iframe), { timeout: 10_000 }).not.toBe(480)
    await expectToFit(iframe)
    expect(await page.evaluate(() => [(window as unknown as { stepsBefore: number }).stepsBefore, history.length])).toEqual([2, 2])
  })

  it('a normal site page cannot be framed by another origin, an embed can', async () => {
    const exemplarPath = await firstLink('/guong-dien-hinh', /href="(\/guong-dien-hinh\/[a-z0-9-]+)"/)
    const page = await openHost(`<iframe id="trang" src="${baseUrl}${exemplarPath}" width="600" height="400"></iframe><iframe id="nhung" src="${baseUrl}/embed${exemplarPath}" width="600" height="400"></iframe>`)
    const embedFrame = await (await page.$('#nhung'))?.contentFrame()
    await embedFrame?.locator('h1').waitFor()
    const name = (await embedFrame?.locator('h1').textContent()) ?? ''
    expect(name.length).toBeGreaterThan(0)
    // Chromium swaps a refused frame for its own error page.
    const siteFrame = await (await page.$('#trang'))?.contentFrame()
    await expect.poll(() => siteFrame?.url()).toMatch(/^chrome-error:/)
    expect(await siteFrame?.content()).not.toContain(name)
  })
})
