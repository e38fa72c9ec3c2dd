/**
 * `npm run bench:pack`: what a course pack costs. On a throw-away SQLite
 * database, one published course of 20 lessons (BENCH_LESSONS), each with a
 * ~600-word body, an inline image and a PDF handout, 40 MB of attachments in
 * all (BENCH_ATTACHMENT_MB). Measures:
 *
 * - build: loading the course and writing the ZIP to disk (time, peak RSS
 *   above the start, largest heap growth), sampled every 2 ms;
 * - serve over HTTP through the route handler, downloaded by curl (needs
 *   curl on PATH): first request (builds, then streams), later requests
 *   (stream from disk), and a 304 revalidation. Memory is the server's.
 */
import { execFile } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import type { ReadableStream as NodeReadableStream } from 'node:stream/web'

import { migratedPayload, useThrowAwayDatabase } from './throwAwayDatabase'

const dir = await useThrowAwayDatabase('pack')
process.env.COURSE_PACK_DIR = path.join(dir, 'packs')

const LESSONS = Number(process.env.BENCH_LESSONS ?? 20)
const ATTACHMENT_MB = Number(process.env.BENCH_ATTACHMENT_MB ?? 40)
const RUNS = 5
const MB = 1024 * 1024
const mb = (bytes: number) => `${(bytes / MB).toFixed(1)} MB`
const ms = (value: number) => `${value.toFixed(0)} ms`

/** A real PDF followed by incompressible bytes: sized like a scanned handout, and still a PDF to the content check. */
const pdfOf = (bytes: number) =>
  Buffer.concat([
    Buffer.from(`%PDF-1.4\n1 0 obj << /Length ${bytes} >> stream\n`),
    crypto.randomBytes(bytes),
    Buffer.from('\nendstream endobj\nxref\n0 1\n0000000000 65535 f \ntrailer << /Size 1 >>\nstartxref\n0\n%%EOF\n'),
  ])

const SENTENCE = 'Phong trào thi đua yêu nước được phát động sâu rộng tới từng thôn, bản, tổ dân phố, gắn với nhiệm vụ chính trị của cơ quan, đơn vị. '

/** Samples memory while `work` runs: peak RSS and heap above where they started. */
const measured = async <T>(work: () => Promise<T>) => {
  global.gc?.()
  const start = process.memoryUsage()
  let peakRss = start.rss
  let peakHeap = start.heapUsed
  const timer = setInterval(() => {
    const now = process.memoryUsage()
    peakRss = Math.max(peakRss, now.rss)
    peakHeap = Math.max(peakHeap, now.heapUsed)
  }, 2)
  const started = performance.now()
  const result = await work()
  const elapsed = performance.now() - started
  clearInterval(timer)
  return { elapsed, heap: peakHeap - start.heapUsed, result, rss: peakRss - start.rss }
}

const main = async () => {
  const sharp = (await import('sharp')).default
  const { toRichText } = await import('@/seed/generate/lexical')
  const { loadCourseContent } = await import('@/training/content')
  const { ensurePack } = await import('@/training/pack/build')
  const { discardPacks } = await import('@/training/pack/storage')
  const route = (await import('@/app/(frontend)/[locale]/dao-tao/[course]/goi-tai-lieu.zip/route')) as { GET: (request: Request, context: { params: Promise<{ course: string; locale: string }> }) => Promise<Response> }
  const payload = await migratedPayload()
  const system = { context: { disableRevalidate: true }, overrideAccess: true } as const

  const started = Date.now()
  const course = await payload.create({ collection: 'courses', data: { _status: 'published', modules: [{ title: 'Học phần 1' }, { title: 'Học phần 2' }], slug: 'khoa-hoc-do', title: 'Khóa học đo hiệu năng' }, ...system })
  const perFile = Math.floor((ATTACHMENT_MB * MB) / LESSONS)
  for (let n = 1; n <= LESSONS; n++) {
    const png = await sharp({ create: { background: { b: 40, g: 20 + n * 9, r: 160 }, channels: 3, height: 1200, width: 1600 } }).png().toBuffer()
    const image = await payload.create({ collection: 'media', data: { alt: `Hình minh họa bài ${n}` }, file: { data: png, mimetype: 'image/png', name: `hinh-${n}.png`, size: png.length }, ...system })
    const pdf = pdfOf(perFile)
    const handout = await payload.create({ collection: 'files', data: { title: `Tài liệu bài ${n}` }, file: { data: pdf, mimetype: 'application/pdf', name: `tai-lieu-${n}.pdf`, size: pdf.length }, ...system })
    const body = await toRichText({ config: payload.config, paragraphs: Array.from({ length: 12 }, (_, i) => (i % 4 === 0 ? `## Mục ${i / 4 + 1}` : SENTENCE.repeat(5))) })
    body.root.children.splice(3, 0, { fields: {}, format: '', id: `anh-${n}`, relationTo: 'media', type: 'upload', value: image.id, version: 3 })
    await payload.create({
      collection: 'lessons',
      data: { _status: 'published', attachments: [handout.id], body, course: course.id, durationMinutes: 45, moduleNumber: n <= LESSONS / 2 ? 1 : 2, order: n, questions: [{ answer: 'Gợi ý.', question: 'Câu hỏi?' }], title: `Bài ${n}` },
      ...system,
    })
  }
  console.log(`[bench] course of ${LESSONS} lessons, ${mb(perFile * LESSONS)} of PDF handouts, one image each (${((Date.now() - started) / 1000).toFixed(1)} s to add)`)

  const buildPack = async () => {
    const content = await loadCourseContent({ locale: 'vi', mode: 'published', payload, slug: 'khoa-hoc-do' })
    if (!content) throw new Error('the benchmark course is missing')
    return ensurePack(content)
  }
  const builds = []
  for (let run = 0; run < 3; run++) {
    await discardPacks({ courseId: course.id })
    builds.push(await measured(buildPack))
  }
  const pack = builds[0].result
  for (const [i, b] of builds.entries()) console.log(`[bench] build ${i + 1}: ${ms(b.elapsed)}, peak RSS +${mb(b.rss)}, heap +${mb(b.heap)}, pack ${mb(pack.bytes)}`)

  const server = http.createServer(async (req, res) => {
    const request = new Request(`http://127.0.0.1${req.url}`, { headers: req.headers as Record<string, string> })
    const response = await route.GET(request, { params: Promise.resolve({ course: 'khoa-hoc-do', locale: 'vi' }) })
    res.writeHead(response.status, Object.fromEntries(response.headers.entries()))
    if (response.body) await pipeline(Readable.fromWeb(response.body as NodeReadableStream), res).catch(() => undefined) // curl may hang up as soon as it has every byte
    else res.end()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/dao-tao/khoa-hoc-do/goi-tai-lieu.zip`
  // curl downloads in its own process, so the memory sampled here is the server's alone.
  const get = (headers: Record<string, string> = {}) =>
    new Promise<{ bytes: number; etag: string; status: number }>((resolve, reject) => {
      const args = ['-s', '-o', '/dev/null', '-D', '-', '-w', '%{http_code} %{size_download}', ...Object.entries(headers).flatMap(([k, v]) => ['-H', `${k}: ${v}`]), url]
      execFile('curl', args, (error, stdout) => {
        if (error) return reject(error)
        if (process.env.BENCH_DEBUG) console.log(stdout)
        const [status, bytes] = stdout.trim().split('\n').pop()?.split(' ').map(Number) ?? []
        resolve({ bytes, etag: /^etag: (.+)$/im.exec(stdout)?.[1].trim() ?? '', status })
      })
    })
  await discardPacks({ courseId: course.id })
  const first = await measured(() => get())
  console.log(`[bench] HTTP first request (build + stream): ${ms(first.elapsed)}, ${mb(first.result.bytes)}, peak RSS +${mb(first.rss)}, heap +${mb(first.heap)}`)
  const cached = []
  for (let run = 0; run < RUNS; run++) cached.push(await measured(() => get()))
  cached.sort((a, b) => a.elapsed - b.elapsed)
  const median = cached[Math.floor(RUNS / 2)]
  console.log(`[bench] HTTP cached (stream from disk), median of ${RUNS}: ${ms(median.elapsed)} (${(first.result.bytes / MB / (median.elapsed / 1000)).toFixed(0)} MB/s), peak RSS +${mb(Math.max(...cached.map((c) => c.rss)))}, heap +${mb(Math.max(...cached.map((c) => c.heap)))}`)
  const revalidated = await measured(() => get({ 'if-none-match': first.result.etag }))
  console.log(`[bench] HTTP revalidation: ${revalidated.result.status} in ${ms(revalidated.elapsed)}`)
  server.close()
  fs.rmSync(dir, { force: true, recursive: true })
  process.exit(0)
}

main().catch((error: unknown) => {
  console.error(error)
  fs.rmSync(dir, { force: true, recursive: true })
  process.exit(1)
})
