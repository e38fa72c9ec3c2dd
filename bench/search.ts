/**
 * `npm run bench:search`: search latency over 1 000, 10 000 and 100 000
 * exemplars (override with BENCH_SIZES=1000,10000). Runs on a throw-away
 * SQLite database, or PostgreSQL with DATABASE_URI=postgres://… (a new database there); exemplars and their search entries are written straight
 * through the database adapter so seeding 100 k takes minutes, not hours.
 * Prints p50/p95 per size over a fixed set of Vietnamese queries.
 */
import fs from 'node:fs'

import { migratedPayload, useThrowAwayDatabase } from './throwAwayDatabase'

const dir = await useThrowAwayDatabase('search')

const SIZES = (process.env.BENCH_SIZES ?? '1000,10000,100000').split(',').map(Number)
const QUERIES = ['thi dua', 'dak lak', 'nong thon moi', 'giao vien mam non', 'bien gioi hai dao', 'hop tac xa ca phe', 'khong co ket qua nao', 'nguyen van']
const WORDS = ['thi đua', 'nông thôn mới', 'giáo viên', 'mầm non', 'biên giới', 'hải đảo', 'hợp tác xã', 'cà phê', 'Đắk Lắk', 'y tế', 'chiến sĩ', 'sáng kiến', 'chuyển đổi số', 'điển hình', 'công nhân', 'nông dân']
const NAMES = ['Nguyễn Văn', 'Trần Thị', 'Lê Minh', 'Phạm Thu', 'Hoàng Đức', 'Vũ Thị', 'Đặng Quốc', 'Bùi Ngọc']

const pick = <T>(list: T[], n: number) => list[n % list.length]
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]

const main = async () => {
  const { indexFields } = await import('@/search/tokens')
  const { searchIndex } = await import('@/search/queries')
  const { optimizeDatabase } = await import('@/lib/database/optimize')
  const payload = await migratedPayload()
  // Adapter-level writes take localized fields as { locale: value } maps.
  const vi = (text: string) => ({ vi: text })
  // One commit per batch rather than one per row (each commit syncs the write-ahead log).
  const BATCH = 1_000
  const writeBatch = async (from: number, to: number) => {
    const transactionID = (await payload.db.beginTransaction()) ?? undefined
    const req = { transactionID }
    for (let n = from; n < to; n++) {
      const name = `${pick(NAMES, n)} ${pick(['An', 'Bình', 'Cường', 'Dũng', 'Hà', 'Lan'], n * 7)} ${n}`
      const summary = `${pick(WORDS, n)}, ${pick(WORDS, n * 3 + 1)} và ${pick(WORDS, n * 5 + 2)} ở ${pick(['Đắk Lắk', 'Lai Châu', 'Cà Mau', 'Hà Nội'], n)}`
      const body = Array.from({ length: 6 }, (_, i) => pick(WORDS, n + i * 11)).join('. ')
      const exemplar = await payload.db.create({ collection: 'exemplars', data: { _status: 'published', kind: 'individual', name: vi(name), slug: `bench-${n}`, stage: 'discovered', summary: vi(summary) }, req })
      // What the plugin's beforeSync and the entry's indexTokens hook would store.
      const { folded, tokens } = indexFields('vi', { body, summary, title: name })
      await payload.db.create({
        collection: 'search',
        data: {
          bodyFolded: vi(folded.bodyFolded),
          doc: { relationTo: 'exemplars', value: exemplar.id },
          kind: 'exemplars',
          summary: vi(summary),
          summaryFolded: vi(folded.summaryFolded),
          title: vi(name),
          titleFolded: vi(folded.titleFolded),
          tokens,
          url: `/guong-dien-hinh/bench-${n}`,
        },
        req,
      })
    }
    if (transactionID !== undefined) await payload.db.commitTransaction(transactionID)
  }
  let written = 0
  for (const size of SIZES) {
    const started = Date.now()
    while (written < size) {
      const to = Math.min(size, written + BATCH)
      await writeBatch(written, to)
      written = to
      if (written % 10_000 === 0) console.log(`[bench] … ${written} exemplars written`)
    }
    // As `npm start` does after loading data: fresh planner statistics (SQLite PRAGMA optimize, PostgreSQL ANALYZE).
    await optimizeDatabase(payload)
    console.log(`[bench] ${size} exemplars ready (${((Date.now() - started) / 1000).toFixed(1)} s to add)`)
    const timings: number[] = []
    let hits = 0
    for (let round = 0; round < 5; round++) {
      for (const query of QUERIES) {
        const t = performance.now()
        hits += (await searchIndex(query, null, 1)).hits.length
        timings.push(performance.now() - t)
      }
    }
    if (hits === 0) throw new Error('No search returned anything: the benchmark index is empty.')
    timings.sort((a, b) => a - b)
    console.log(`[bench] search over ${size} exemplars: p50 ${percentile(timings, 50).toFixed(1)} ms, p95 ${percentile(timings, 95).toFixed(1)} ms (${timings.length} queries)`)
  }
  fs.rmSync(dir, { force: true, recursive: true })
  process.exit(0)
}

main().catch((error: unknown) => {
  console.error(`[bench] ${error instanceof Error ? error.stack : String(error)}`)
  process.exit(1)
})
