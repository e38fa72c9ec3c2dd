/**
 * `npm run bench:stats`: /thong-ke on 100 000 published decisions (BENCH_AWARDS),
 * about 3 recipients each, on a throw-away SQLite database (or PostgreSQL
 * with DATABASE_URI=postgres://…). Prints the time and memory of an uncached
 * selection (all years, and one filtered), where that time goes (the adapter's
 * query against Payload's per-document work), and, when a production build
 * exists, the served rate of the cached page. Not a CI test: it prints figures.
 */
import { spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'

import autocannon from 'autocannon'

import { migratedPayload, useThrowAwayDatabase } from './throwAwayDatabase'

const AWARDS = Number(process.env.BENCH_AWARDS ?? 100_000)
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`
const ms = (since: number) => `${(performance.now() - since).toFixed(0)} ms`

// The served page's server needs a secret on PostgreSQL (and signs the purges with it); the seed's transactions need SQLite's on.
process.env.PAYLOAD_SECRET ??= randomBytes(32).toString('hex')
const dir = await useThrowAwayDatabase('stats', { SQLITE_TRANSACTIONS: 'on' })
const seeded = spawnSync(process.execPath, ['--conditions=production', '--import', 'tsx', 'bench/statisticsSeed.ts'], { env: process.env, stdio: 'inherit' })
if (seeded.status !== 0) throw new Error('seeding failed')
const payload = await migratedPayload()
const { computeFigures } = await import('@/statistics/queries')
const { AWARD_FACT_FIELDS, awardsWhere } = await import('@/statistics/read')

const gc = () => (globalThis as { gc?: () => void }).gc?.()

/** The first run (cold: nothing compiled or cached yet), then the best of three; memory as the heap's peak growth and the process's rss. */
const timed = async (label: string, run: () => Promise<unknown>) => {
  gc()
  const heapBefore = process.memoryUsage().heapUsed
  const times: number[] = []
  let peak = 0
  for (let i = 0; i < 4; i++) {
    const started = performance.now()
    const result = await run()
    times.push(performance.now() - started)
    peak = Math.max(peak, process.memoryUsage().heapUsed - heapBefore)
    if (!result) throw new Error('no result')
    gc()
  }
  const best = Math.min(...times.slice(1))
  console.log(`${label.padEnd(46)} first ${times[0].toFixed(0).padStart(5)} ms   best ${best.toFixed(0).padStart(5)} ms   heap peak +${mb(peak)}   rss ${mb(process.memoryUsage().rss)}`)
  return best
}

const main = async () => {
  const [{ docs: provinces }, { docs: sectors }] = await Promise.all([payload.find({ collection: 'provinces', limit: 1 }), payload.find({ collection: 'sectors', limit: 1 })])
  console.log(`[bench] measuring in a fresh process: rss ${mb(process.memoryUsage().rss)}`)
  const all = await timed('uncached, all years (computeFigures)', () => computeFigures({ payload, selection: {} }))
  await timed('uncached, 2020–2024 + province + form', () => computeFigures({ payload, selection: { form: 'certificateOfMerit', from: 2020, province: provinces[0].id, to: 2024 } }))
  await timed('uncached, one sector', () => computeFigures({ payload, selection: { sector: sectors[0].id } }))
  // Where the time goes: the same rows in one adapter query (what computeFigures reads, in batches) and through the Local API.
  const read = { collection: 'awards', limit: 0, pagination: false, select: AWARD_FACT_FIELDS, where: awardsWhere({}) } as const
  await timed('  adapter read, one query (payload.db.find)', () => payload.db.find(read))
  await timed('  Local API read (payload.find, depth 0)', () => payload.find({ ...read, depth: 0, overrideAccess: false }))
  const served = await servedRate()
  console.log(`[bench] ${AWARDS.toLocaleString('en')} decisions: uncached figures in ${(all / 1000).toFixed(2)} s warm (goal < 2 s)${served ? `, cached /thong-ke ${served.toFixed(0)} req/s` : ''}.`)
}

/** Everything /thong-ke reads: purged before (the build cached its own database's figures) and after (for the next server on this build). */
const PAGE_TAGS = ['awards', 'exemplars', 'movements', 'provinces', 'sectors'].map((c) => `collection:${c}`)

/** The cached page from a production build on this database; skipped without a build. */
const servedRate = async (): Promise<null | number> => {
  if (!fs.existsSync('.next/BUILD_ID')) {
    console.log('served /thong-ke: skipped (no production build; run `npm run build` first)')
    return null
  }
  const { startNextServer } = await import('../test/helpers/server')
  const { signPurge } = await import('@/lib/cache/purgeSignature')
  const server = await startNextServer({ env: { JOBS: 'off' }, port: Number(process.env.BENCH_PORT ?? 3210) })
  const purge = async () => {
    const body = JSON.stringify({ tags: PAGE_TAGS })
    const res = await fetch(`${server.url}/api/internal/revalidate`, { body, headers: { 'content-type': 'application/json', ...signPurge(body) }, method: 'POST' })
    if (!res.ok) throw new Error(`purge refused: ${res.status}`)
  }
  try {
    await purge()
    let rate = 0
    for (const path of ['/thong-ke', '/thong-ke?tu-nam=2020&den-nam=2024&hinh-thuc=certificateOfMerit']) {
      const first = performance.now()
      const res = await fetch(`${server.url}${path}`)
      console.log(`first GET ${path}: ${res.status} in ${ms(first)} (${((await res.text()).length / 1024).toFixed(0)} kB)`)
      await autocannon({ connections: 5, duration: 2, url: `${server.url}${path}` })
      const result = await autocannon({ connections: 50, duration: 10, url: `${server.url}${path}` })
      console.log(`served ${path}: ${result.requests.average.toFixed(0)} req/s   p50 ${result.latency.p50} ms   p99 ${result.latency.p99} ms   errors ${result.errors + result.non2xx}`)
      rate ||= result.requests.average
    }
    return rate
  } finally {
    await purge().catch((error: unknown) => console.error(`[bench] final purge failed: ${String(error)}`))
    await server.stop()
  }
}

main()
  .catch((error: unknown) => {
    console.error(`[bench] ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
    process.exitCode = 1
  })
  .finally(() => {
    fs.rmSync(dir, { force: true, recursive: true })
    process.exit()
  })
