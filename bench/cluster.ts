/**
 * `npm run bench:cluster [-- --quick]`: figures for the site as several
 * instances behind nginx. Start `npm run cluster` first (nginx on
 * CLUSTER_PORT, default 8080; instances A and B on 3001 and 3002, overridable
 * with CLUSTER_INSTANCE_A/B). In one run it prints:
 * (a) cached pages (home, an exemplar) from nginx's microcache against the
 *     same bytes from a bare Node server holding them in memory;
 * (b) pages nginx does not cache (search; a filtered listing made unique with
 *     a `_nc` parameter the app ignores) from instance A alone and through
 *     nginx across both instances;
 * (c) how long after an editor publishes on A the change shows on B;
 * (d) Redis and S3 overheads: instance A against a third instance of the same
 *     build and database with neither (./clusterOverheads.ts).
 * Not a CI test: it prints figures. autocannon shares the machine's cores
 * with what it measures.
 */
import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'

import autocannon from 'autocannon'

import { startPlainInstance } from './clusterOverheads'
import { measurePublishToVisible } from './clusterPublish'

const quick = process.argv.includes('--quick')
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50)
const DURATION = Number(process.env.BENCH_SECONDS ?? (quick ? 3 : 10))
const PUBLISHES = quick ? 5 : 20
const CLUSTER = `http://127.0.0.1:${process.env.CLUSTER_PORT ?? 8080}`
const A = process.env.CLUSTER_INSTANCE_A ?? 'http://127.0.0.1:3001'
const B = process.env.CLUSTER_INSTANCE_B ?? 'http://127.0.0.1:3002'

type Figures = { errors: number; p50: number; p99: number; rps: number }

/** "2.10×", or "n/a" when the baseline finished no request in time. */
const times = (value: number, base: number) => (base > 0 ? `${(value / base).toFixed(2)}×` : 'n/a (no baseline request finished)')

/** Steady load on one URL; `unique` adds `_nc=<n>` to every request so no cache can answer it by URL. */
const measure = async (label: string, url: string, { unique = false } = {}): Promise<Figures> => {
  let n = 0
  const requests = unique ? [{ setupRequest: (request: autocannon.Request) => ({ ...request, path: `${request.path}${request.path?.includes('?') ? '&' : '?'}_nc=${Date.now().toString(36)}${++n}` }) }] : undefined
  await autocannon({ connections: 5, duration: quick ? 1 : 2, requests, url }) // warm-up
  const result = await autocannon({ connections: CONNECTIONS, duration: DURATION, requests, url })
  const figures = { errors: result.errors + result.non2xx + result.timeouts, p50: result.latency.p50, p99: result.latency.p99, rps: result.requests.average }
  console.log(`[bench] ${label.padEnd(34)} ${figures.rps.toFixed(0).padStart(6)} req/s   p50 ${String(figures.p50).padStart(4)} ms   p99 ${String(figures.p99).padStart(4)} ms   errors ${figures.errors}`)
  return figures
}

/** Which instance answers what: a request for `path` to each origin, and a count of X-Instance through nginx. */
const preflight = async () => {
  for (const [name, origin] of [['nginx', CLUSTER], ['A', A], ['B', B]]) {
    const ok = await fetch(`${origin}/api/health`).then((r) => r.ok, () => false)
    if (!ok) throw new Error(`${name} (${origin}) không trả lời /api/health: chạy \`npm run cluster\` trước (hoặc đặt CLUSTER_PORT, CLUSTER_INSTANCE_A/B).`)
  }
  const seen = new Map<string, number>()
  for (let i = 0; i < 20; i++) {
    const instance = (await fetch(`${CLUSTER}/api/health`)).headers.get('x-instance') ?? '(no X-Instance)'
    seen.set(instance, (seen.get(instance) ?? 0) + 1)
  }
  console.log(`[bench] nginx spreads 20 requests: ${[...seen].map(([k, v]) => `${k}=${v}`).join(', ')}`)
}

/** The same bytes from node:http, read from a file once and held in memory: Node's best case. */
const staticServer = async (html: string) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-bench-cluster-'))
  const file = path.join(dir, 'page.html')
  fs.writeFileSync(file, html)
  const body = fs.readFileSync(file)
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { 'content-length': body.length, 'content-type': 'text/html; charset=utf-8' })
    res.end(body)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const close = () => new Promise<void>((resolve) => server.close(() => resolve())).finally(() => fs.rmSync(dir, { force: true, recursive: true }))
  return { close, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` }
}

const main = async () => {
  console.log(`[bench] ${CONNECTIONS} connections, ${DURATION} s per target${quick ? ' (--quick)' : ''}; nginx ${CLUSTER}, A ${A}, B ${B}`)
  await preflight()
  const listing = await (await fetch(`${CLUSTER}/guong-dien-hinh`)).text()
  const exemplarPath = listing.match(/href="(\/guong-dien-hinh\/[a-z0-9-]+)"/)?.[1] ?? '/guong-dien-hinh'
  const province = ((await (await fetch(`${A}/api/provinces?limit=1&depth=0&sort=id`)).json()) as { docs: { slug: string }[] }).docs[0]?.slug ?? 'ha-noi'

  console.log('[bench] (a) cached pages: nginx microcache vs the same bytes from a bare Node server')
  const cached: string[] = []
  for (const [label, pagePath] of [['/', '/'], [exemplarPath.slice(0, 30), exemplarPath]]) {
    // autocannon sends no Accept-Encoding, so nginx serves the uncompressed copy: the same bytes as this one.
    const html = await (await fetch(`${CLUSTER}${pagePath}`, { headers: { 'accept-encoding': 'identity' } })).text()
    const server = await staticServer(html)
    try {
      const viaNginx = await measure(`nginx ${label}`, `${CLUSTER}${pagePath}`)
      const bare = await measure(`node static (${(Buffer.byteLength(html) / 1024).toFixed(0)} kB)`, server.url)
      const line = `${label}: ${times(viaNginx.rps, bare.rps)} the static rate, p99 ${viaNginx.p99} ms (goal ≥ 0.8×, p99 < 30 ms)`
      console.log(`[bench]   ${line}`)
      cached.push(line)
    } finally {
      await server.close()
    }
  }

  console.log('[bench] (b) uncached pages: instance A alone vs nginx over A and B')
  const uncached: string[] = []
  for (const [label, pagePath] of [['/tim-kiem?q=thi+dua', '/tim-kiem?q=thi+dua'], [`/guong-dien-hinh?tinh=${province}`, `/guong-dien-hinh?tinh=${province}`]]) {
    const one = await measure(`A only ${label}`, `${A}${pagePath}`, { unique: true })
    const two = await measure(`nginx, A+B ${label}`, `${CLUSTER}${pagePath}`, { unique: true })
    const line = `${label}: ${times(two.rps, one.rps)} with two instances`
    console.log(`[bench]   ${line}`)
    uncached.push(line)
  }

  console.log(`[bench] (c) publish on A, visible on B (${PUBLISHES} publishes)`)
  const publish = await measurePublishToVisible({ a: A, b: B, publishes: PUBLISHES, timeoutMs: quick ? 10_000 : 30_000 })
  const visible = publish.p50 === null ? `never within ${publish.timeoutMs / 1000} s (${publish.misses} tries)` : `p50 ${publish.p50} ms, p95 ${publish.p95} ms over ${publish.publishes - publish.misses} of ${publish.publishes}`
  console.log(`[bench]   visible on B: ${visible}`)

  console.log('[bench] (d) Redis and S3 overheads: instance A (Redis cache, S3 files) vs a plain instance (in-process cache, local disk)')
  const image = ((await (await fetch(`${A}/api/media?limit=1&depth=0&sort=id`)).json()) as { docs: { filename: string; sizes: { card?: { filename?: string | null } } }[] }).docs[0]
  const imageName = image.sizes.card?.filename ?? image.filename
  const plain = await startPlainInstance({ a: A, images: [imageName] })
  const overheads: string[] = []
  try {
    for (const [label, target] of [['cached page /', '/'], [`cached ${exemplarPath.slice(0, 24)}`, exemplarPath], [`image ${imageName.slice(0, 20)}`, `/api/media/file/${encodeURIComponent(imageName)}`]]) {
      const withBoth = await measure(`A (Redis+S3) ${label}`, `${A}${target}`)
      const without = await measure(`plain ${label}`, `${plain.url}${target}`)
      const line = `${label}: ${times(withBoth.rps, without.rps)} the plain rate, p50 ${withBoth.p50} vs ${without.p50} ms`
      console.log(`[bench]   ${line}`)
      overheads.push(line)
    }
  } finally {
    await plain.stop()
  }

  console.log(`[bench] summary: ${cached.join('; ')} | ${uncached.join('; ')} | publish→visible ${visible} | ${overheads.join('; ')}`)
}

main().catch((error: unknown) => {
  console.error(`[bench] ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})
