/**
 * `npm run bench:js`: the JavaScript each main public page makes the browser
 * load, raw and gzipped, measured in Debian Chromium against the production
 * build. Compare with a bare Next 16 App Router page (~136 kB gzipped here).
 */
import { gzipSync } from 'node:zlib'

import { launchBrowser } from '../test/helpers/browser'
import { startNextServer } from '../test/helpers/server'

const main = async () => {
  const server = await startNextServer({ port: Number(process.env.BENCH_PORT ?? 3201) })
  const browser = await launchBrowser()
  try {
    const listing = await (await fetch(`${server.url}/guong-dien-hinh`)).text()
    const exemplar = listing.match(/href="(\/guong-dien-hinh\/[a-z0-9-]+)"/)?.[1] ?? '/guong-dien-hinh'
    const columns = await (await fetch(`${server.url}/chuyen-muc`)).text()
    const column = columns.match(/href="(\/chuyen-muc\/[a-z0-9-]+)"/)?.[1] ?? '/chuyen-muc'
    const articles = await (await fetch(`${server.url}${column}`)).text()
    const article = articles.match(/href="(\/chuyen-muc\/[a-z0-9-]+\/[a-z0-9-]+)"/)?.[1] ?? column
    for (const path of ['/', '/guong-dien-hinh', exemplar, article, '/tim-kiem?q=thi+dua']) {
      const page = await browser.newPage()
      const scripts = new Map<string, Buffer>()
      page.on('response', async (response) => {
        if (response.request().resourceType() === 'script') scripts.set(response.url(), await response.body().catch(() => Buffer.alloc(0)))
      })
      await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' })
      const raw = [...scripts.values()].reduce((sum, b) => sum + b.length, 0)
      const gz = [...scripts.values()].reduce((sum, b) => sum + gzipSync(b).length, 0)
      console.log(`${path.padEnd(60).slice(0, 60)} ${String(scripts.size).padStart(3)} scripts  ${(raw / 1024).toFixed(1).padStart(7)} kB raw  ${(gz / 1024).toFixed(1).padStart(6)} kB gzipped`)
      await page.close()
    }
  } finally {
    await browser.close()
    await server.stop()
  }
}

main().catch((error: unknown) => {
  console.error(`[bench] ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})
