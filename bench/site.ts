/**
 * `npm run bench:site`: requests/s and latency from the production server for
 * the home page, an exemplar page, the exemplar listing, a filtered
 * listing and the English home and exemplar pages, and for the home page's HTML served as a static file, in one run.
 * Two targets read the database on every request: a search results page
 * (rendered per request; the results themselves are cached per query) and
 * the REST API's exemplar list (never cached; name, slug and stage of 12), so running it on a build made
 * with DATABASE_URI=postgres://… (and DATABASE_READ_REPLICAS) compares the databases.
 * Needs a production build (`npm run build`). Not a CI test: it prints figures.
 */
import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import autocannon from 'autocannon'

import { startNextServer } from '../test/helpers/server'

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50)
const DURATION = Number(process.env.BENCH_SECONDS ?? 10)

const measure = async (label: string, url: string) => {
  await autocannon({ connections: 5, duration: 2, url }) // warm-up
  const result = await autocannon({ connections: CONNECTIONS, duration: DURATION, url })
  const line = `${label.padEnd(22)} ${result.requests.average.toFixed(0).padStart(6)} req/s   p50 ${String(result.latency.p50).padStart(4)} ms   p99 ${String(result.latency.p99).padStart(4)} ms   errors ${result.errors + result.non2xx}`
  console.log(line)
  return result.requests.average
}

const main = async () => {
  if (!fs.existsSync('.next/BUILD_ID')) throw new Error('No production build: run `npm run build` first.')
  console.log(`[bench] ${CONNECTIONS} connections, ${DURATION} s per target`)
  const server = await startNextServer({ port: Number(process.env.BENCH_PORT ?? 3200) })
  const html = await (await fetch(server.url)).text()
  const staticServer = http.createServer((_req, res) => {
    res.writeHead(200, { 'content-length': Buffer.byteLength(html), 'content-type': 'text/html; charset=utf-8' })
    res.end(html)
  })
  await new Promise<void>((resolve) => staticServer.listen(0, '127.0.0.1', resolve))
  const staticUrl = `http://127.0.0.1:${(staticServer.address() as AddressInfo).port}/`
  try {
    const listing = await (await fetch(`${server.url}/guong-dien-hinh`)).text()
    const exemplarPath = listing.match(/href="(\/guong-dien-hinh\/[a-z0-9-]+)"/)?.[1] ?? '/guong-dien-hinh'
    const site = await measure('/', `${server.url}/`)
    await measure(exemplarPath.slice(0, 22), `${server.url}${exemplarPath}`)
    await measure('/guong-dien-hinh', `${server.url}/guong-dien-hinh`)
    await measure('  ?loai=ca-nhan', `${server.url}/guong-dien-hinh?loai=ca-nhan`)
    await measure('/en', `${server.url}/en`)
    await measure('/lay-y-kien', `${server.url}/lay-y-kien`)
    await measure('  consultation page', `${server.url}/lay-y-kien/de-nghi-chien-si-thi-dua-toan-quoc-lo-thi-suong`)
    await measure('/dao-tao?doi-tuong=can-bo', `${server.url}/dao-tao?doi-tuong=can-bo`)
    await measure('  lesson slides', `${server.url}/dao-tao/tu-tuong-ho-chi-minh-ve-thi-dua-ai-quoc/hoan-canh-ra-doi-loi-keu-goi-thi-dua-ai-quoc/trinh-chieu`)
    await measure(`/en${exemplarPath}`.slice(0, 22), `${server.url}/en${exemplarPath}`)
    await measure('/tim-kiem?q=thi+dua', `${server.url}/tim-kiem?q=thi+dua`)
    // The fields a partner's list shows. (With depth=1 each answer is 142 kB and ~70 ms of work: ~20 req/s, and
    // 50 connections then wait past autocannon's 10 s timeout; that measures JSON building, not the database.)
    await measure('/api/exemplars (list)', `${server.url}/api/exemplars?limit=12&depth=0&select[name]=true&select[slug]=true&select[stage]=true`)
    const file = await measure('static file (home)', staticUrl)
    console.log(`[bench] / from Next serves ${(site / file).toFixed(2)}× the static-file rate (${(html.length / 1024).toFixed(1)} kB of HTML).`)
  } finally {
    staticServer.close()
    await server.stop()
  }
}

main().catch((error: unknown) => {
  console.error(`[bench] ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})
