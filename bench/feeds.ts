/**
 * `npm run bench:feeds`: how long one column's feed takes to build in each
 * format when the column holds 1 000 published articles (BENCH_ARTICLES),
 * on a throw-away SQLite database. Articles are written straight through the
 * database adapter, each with the same realistic Lexical body (about 700
 * words: headings, a quote, a list, links) and a cover image.
 *
 * "Build" is what a request costs when the cache is cold: the uncached
 * reads, Lexical → HTML for 50 items, and serialisation. "Render" is what a
 * request costs when the built feed is cached (serialisation only).
 */
import fs from 'node:fs'

import type { SQLiteAdapter } from '@payloadcms/db-sqlite'

import { migratedPayload, useThrowAwayDatabase } from './throwAwayDatabase'

const dir = await useThrowAwayDatabase('feeds')

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 1000)
const RUNS = Number(process.env.BENCH_RUNS ?? 30)
const FORMATS = ['rss', 'atom', 'json'] as const

const SENTENCES = [
  'Phong trào thi đua yêu nước được phát động sâu rộng tới từng thôn, bản, tổ dân phố.',
  'Các tập thể, cá nhân tiêu biểu đã có nhiều sáng kiến thiết thực, mang lại hiệu quả rõ rệt trong sản xuất và đời sống.',
  'Ủy ban nhân dân tỉnh đề nghị các sở, ngành tiếp tục phát hiện, bồi dưỡng và nhân rộng các gương điển hình tiên tiến.',
  'Nhiều hộ gia đình đã hiến đất làm đường giao thông nông thôn, góp công, góp của xây dựng nhà văn hóa.',
  'Công tác khen thưởng bảo đảm chính xác, công khai, minh bạch, kịp thời, ưu tiên người trực tiếp lao động.',
  'Lãnh đạo địa phương nhấn mạnh thi đua phải gắn với nhiệm vụ chính trị, tránh hình thức, phô trương.',
]

/** About 700 words in paragraphs, with the structures editors use. */
const paragraphs = (): string[] => {
  const para = (offset: number) => Array.from({ length: 6 }, (_, i) => SENTENCES[(offset + i) % SENTENCES.length]).join(' ')
  return [
    para(0),
    '## Kết quả nổi bật',
    para(1),
    para(2),
    '> Thi đua là yêu nước, yêu nước thì phải thi đua.',
    '- Hơn 1.200 sáng kiến được công nhận\n- 350 mô hình được nhân rộng\n- 98% hộ dân tham gia',
    para(3),
    '## Nhiệm vụ thời gian tới',
    `${para(4)} Xem thêm [các gương điển hình](/guong-dien-hinh) và [phong trào](/phong-trao).`,
    para(5),
    para(0),
  ]
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]
const ms = (value: number) => `${value.toFixed(1)} ms`

const time = async <T>(fn: () => Promise<T> | T): Promise<[number, T]> => {
  const started = performance.now()
  const result = await fn()
  return [performance.now() - started, result]
}

const main = async () => {
  const sharp = (await import('sharp')).default
  const { toRichText } = await import('@/seed/generate/lexical')
  const { loadFeed } = await import('@/feeds/load')
  const { renderFeed } = await import('@/feeds/render')
  const { sql } = await import('@payloadcms/db-sqlite')
  const payload = await migratedPayload()

  const started = Date.now()
  const photo = await sharp({ create: { background: '#a50e0e', channels: 3, height: 1200, width: 1600 } }).jpeg().toBuffer()
  const cover = await payload.create({ collection: 'media', data: { alt: 'Ảnh bìa', credit: 'Phóng viên' }, file: { data: photo, mimetype: 'image/jpeg', name: 'bia.jpg', size: photo.length }, overrideAccess: true })
  const body = await toRichText({ config: payload.config, paragraphs: paragraphs() })
  // Adapter-level writes take localized fields as { locale: value } maps.
  const vi = <T>(value: T) => ({ vi: value })
  const column = await payload.db.create({
    collection: 'columns',
    data: { _status: 'published', attribution: vi('Ghi rõ nguồn khi đăng lại.'), description: vi('Chuyên mục đo hiệu năng.'), licence: vi('CC BY 4.0'), name: vi('Chuyên mục đo'), slug: 'chuyen-muc-do' },
  })
  for (let n = 0; n < ARTICLES; n++) {
    await payload.db.create({
      collection: 'articles',
      data: {
        _status: 'published',
        body: vi(body),
        byline: n % 3 ? `Phóng viên ${n % 17}` : null,
        column: column.id,
        cover: cover.id,
        publishedAt: new Date(Date.UTC(2026, 0, 1) + n * 3_600_000).toISOString(),
        slug: `bai-${n}`,
        summary: vi(`${SENTENCES[n % SENTENCES.length]} (bài ${n})`),
        tags: ['thi đua', `chủ đề ${n % 9}`],
        title: vi(`Bài viết số ${n} về phong trào thi đua yêu nước`),
      },
    })
  }
  console.log(`[bench] ${ARTICLES} published articles in one column (${((Date.now() - started) / 1000).toFixed(1)} s to add), ${RUNS} runs per format`)

  const name = 'chuyen-muc/chuyen-muc-do' as const
  const build = async (format: (typeof FORMATS)[number]) => {
    const doc = await loadFeed({ cache: false, name })
    if (!doc || doc.entries.length === 0) throw new Error('the benchmark column feed is empty')
    return renderFeed(doc, format)
  }
  const doc = await loadFeed({ cache: false, name })
  if (!doc) throw new Error('the benchmark column is missing')
  const measure = async (label: string) => {
    console.log(`[bench] ${label}`)
    console.log('[bench] format   cold build   p50 build   p95 build   p50 render (cached data)   body')
    for (const format of FORMATS) {
      const [cold, body] = await time(() => build(format))
      const builds: number[] = []
      const renders: number[] = []
      for (let run = 0; run < RUNS; run++) {
        builds.push((await time(() => build(format)))[0])
        renders.push((await time(() => renderFeed(doc, format)))[0])
      }
      builds.sort((a, b) => a - b)
      renders.sort((a, b) => a - b)
      const size = Buffer.byteLength(body)
      console.log(
        `[bench] ${format.padEnd(6)}   ${ms(cold).padStart(10)}   ${ms(percentile(builds, 50)).padStart(9)}   ${ms(percentile(builds, 95)).padStart(9)}   ${ms(percentile(renders, 50)).padStart(24)}   ${(size / 1024).toFixed(0)} KiB (${doc.entries.length} items)`,
      )
    }
  }
  await measure('as migrated (no planner statistics)')
  // Payload's locale and hasMany tables are indexed (locale, parent) and
  // (order, parent): without statistics SQLite cannot skip-scan them and
  // scans the whole table per article. Nothing runs ANALYZE yet; this shows
  // what it would change.
  // The bench always runs on its own SQLite file (SQLITE_PATH above).
  await (payload.db as unknown as SQLiteAdapter).drizzle.run(sql`ANALYZE`)
  await measure('after ANALYZE')
  fs.rmSync(dir, { force: true, recursive: true })
  process.exit(0)
}

main().catch((error: unknown) => {
  console.error(`[bench] ${error instanceof Error ? error.stack : String(error)}`)
  fs.rmSync(dir, { force: true, recursive: true })
  process.exit(1)
})
