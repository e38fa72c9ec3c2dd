/**
 * `npm run bench:embeds`: what embedding costs a host page. Prints /embed.js
 * raw and gzipped, and the weight of each embed page (a column, an article,
 * an exemplar and a movement, in both variants) raw and gzipped, next to the
 * HTML of the site page it mirrors. Embed pages load nothing else: their CSS
 * and their one script are inline, images are lazy. Needs a production build
 * (`npm run build`). Not a CI test: it prints figures.
 */
import fs from 'node:fs'
import { gzipSync } from 'node:zlib'

import { startNextServer } from '../test/helpers/server'

const kB = (bytes: number) => `${(bytes / 1024).toFixed(1).padStart(6)} kB`
const shorten = (path: string, width: number) => (path.length > width ? `${path.slice(0, width - 1)}…` : path).padEnd(width)

const main = async () => {
  if (!fs.existsSync('.next/BUILD_ID')) throw new Error('No production build: run `npm run build` first.')
  const server = await startNextServer({ port: Number(process.env.BENCH_PORT ?? 3203) })
  const get = async (path: string) => {
    const response = await fetch(new URL(path, server.url))
    if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`)
    return Buffer.from(await response.arrayBuffer())
  }
  const firstLink = async (path: string, pattern: RegExp) => (await get(path)).toString().match(pattern)?.[1] ?? path
  /** Bytes of the images a page shows (embeds load them lazily, only when scrolled into view). */
  const imageBytes = async (html: string) => {
    let total = 0
    for (const [, src] of html.matchAll(/<img src="([^"]+)"/g)) total += (await get(src.replace(/&amp;/g, '&'))).length
    return total
  }
  try {
    const loader = await get('/embed.js')
    console.log(`/embed.js: ${loader.length} B raw, ${gzipSync(loader).length} B gzipped (budget 1536 B gzipped; pym.js ≈ 2.8 kB)\n`)
    console.log(`${'embed'.padEnd(18)} ${'path'.padEnd(48)} ${'HTML raw'.padStart(9)} ${'gzipped'.padStart(9)} ${'images'.padStart(9)}`)
    const column = await firstLink('/chuyen-muc', /href="(\/chuyen-muc\/[a-z0-9-]+)"/)
    const pages: [string, string][] = [
      ['column', column],
      ['article', await firstLink(column, /href="(\/chuyen-muc\/[a-z0-9-]+\/[a-z0-9-]+)"/)],
      ['exemplar', await firstLink('/guong-dien-hinh', /href="(\/guong-dien-hinh\/[a-z0-9-]+)"/)],
      ['movement', await firstLink('/phong-trao', /href="(\/phong-trao\/[a-z0-9-]+)"/)],
    ]
    for (const [kind, page] of pages) {
      const variants: [string, string][] = [['full', ''], ['compact', '?variant=compact'], ...(kind === 'column' ? ([['full, n=20', '?n=20']] as [string, string][]) : [])]
      for (const [variant, query] of variants) {
        const body = await get(`/embed${page}${query}`)
        console.log(`${`${kind} ${variant}`.padEnd(18)} ${shorten(`/embed${page}`, 48)} ${kB(body.length)} ${kB(gzipSync(body).length)} ${kB(await imageBytes(body.toString()))}`)
      }
      const site = await get(page)
      console.log(`${'  site page'.padEnd(18)} ${shorten(page, 48)} ${kB(site.length)} ${kB(gzipSync(site).length)}   (HTML only; the page also loads its JS and CSS)`)
    }
  } finally {
    await server.stop()
  }
}

main().catch((error: unknown) => {
  console.error(`[bench] ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})
