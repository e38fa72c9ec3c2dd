/**
 * `npm run bench:lighthouse`: Lighthouse's mobile preset (its default: a
 * mid-range phone, simulated slow 4G and 4× CPU slowdown) in Debian Chromium
 * against the production build, for the home page, an exemplar, an article, a
 * lesson (and its slides), a consultation and, once the site has them, an
 * event. Lighthouse is fetched by npx on first use rather than installed with
 * the project: it is a measuring tool with 170 dependencies.
 *
 * Warm runs: each page (and its resized images) is fetched once first, as
 * readers normally get them from the cache, then measured LIGHTHOUSE_RUNS
 * times (3 by default); the run with the median performance score is shown,
 * with every category, LCP, TBT and CLS, and the audits that cost points.
 * Lighthouse scales the main thread's observed work by 4: on a busy machine
 * TBT and LCP say more about the machine than the site, so each line also
 * prints the load average; measure on an otherwise idle machine.
 *
 * LIGHTHOUSE_WITHOUT_SCRIPTS=1 also measures each page's own HTML with its
 * scripts taken out (Next's client runtime and the page's RSC payload),
 * served from the same origin through a small proxy: what the markup, CSS
 * and images score without the JavaScript every App Router page carries.
 */
import { execFile } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import zlib from 'node:zlib'

import { CHROMIUM_FLAGS } from '../test/helpers/browser'
import { startNextServer } from '../test/helpers/server'

const LIGHTHOUSE = 'lighthouse@12.8.2'
const RUNS = Math.max(1, Number(process.env.LIGHTHOUSE_RUNS ?? 3))
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo']

type Audit = { id: string; numericValue?: number; score: number | null; scoreDisplayMode: string; title: string }
type Report = {
  audits: Record<string, Audit>
  categories: Record<string, { auditRefs: { id: string; weight: number }[]; score: number | null; title: string }>
}

/**
 * GET on a fresh connection: between Lighthouse runs a pooled keep-alive
 * socket (what fetch would reuse) has been closed by the server.
 */
const get = (url: string) =>
  new Promise<{ body: string; status: number }>((resolve, reject) => {
    http
      .get(url, { agent: false }, (res) => {
        let body = ''
        res.setEncoding('utf8').on('data', (chunk: string) => (body += chunk)).on('end', () => resolve({ body, status: res.statusCode ?? 0 }))
      })
      .on('error', reject)
  })

const firstLink = async (url: string, pattern: RegExp) => {
  const { body, status } = await get(url)
  return status === 200 ? body.match(pattern)?.[1] : undefined
}

// Asynchronous, so the script-less copies' server in this process keeps answering during a run.
const execFileAsync = promisify(execFile)

/** One Lighthouse run, or null when it failed twice (Lighthouse's own NO_NAVSTART now and then, more often on a busy machine). */
const lighthouse = async (url: string, file: string): Promise<Report | null> => {
  for (let attempt = 1; attempt <= 2; attempt++) {
    try {
      await execFileAsync(
        'npx',
        ['--yes', LIGHTHOUSE, url, '--quiet', '--form-factor=mobile', '--output=json', `--output-path=${file}`, `--only-categories=${CATEGORIES.join(',')}`, `--chrome-flags=${CHROMIUM_FLAGS.join(' ')}`],
        { env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' }, maxBuffer: 64 * 1024 * 1024 },
      )
      return JSON.parse(fs.readFileSync(file, 'utf8')) as Report
    } catch (error) {
      // Tried once more; the second failure is printed.
      if (attempt === 2) console.error(`[bench] Lighthouse failed on ${url}: ${String((error as { stderr?: string }).stderr ?? error).trim().split('\n').at(-1)}`)
    }
  }
  return null
}

const score = (report: Report, category: string) => Math.round((report.categories[category]?.score ?? 0) * 100)

/** Audits that weigh in a category and did not pass: what to fix for 100. */
const losses = (report: Report) =>
  CATEGORIES.flatMap((category) =>
    (report.categories[category]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0)
      .map((ref) => report.audits[ref.id])
      .filter((audit): audit is Audit => Boolean(audit) && audit.scoreDisplayMode !== 'notApplicable' && audit.score !== null && audit.score < 1)
      .map((audit) => `${audit.id} ${audit.score?.toFixed(2)}`),
  )

const summary = (report: Report) => {
  const metric = (id: string) => report.audits[id]?.numericValue ?? 0
  const scores = CATEGORIES.map((c) => `${report.categories[c]?.title ?? c} ${score(report, c)}`).join(' · ')
  return `${scores} | LCP ${(metric('largest-contentful-paint') / 1000).toFixed(2)} s · TBT ${Math.round(metric('total-blocking-time'))} ms · CLS ${metric('cumulative-layout-shift').toFixed(3)}`
}

const pagesToMeasure = async (base: string): Promise<string[]> => {
  // LIGHTHOUSE_PAGES=/,/guong-dien-hinh/… measures just those.
  if (process.env.LIGHTHOUSE_PAGES) return process.env.LIGHTHOUSE_PAGES.split(',')
  const exemplar = await firstLink(`${base}/guong-dien-hinh`, /href="(\/guong-dien-hinh\/[a-z0-9-]+)"/)
  const column = await firstLink(`${base}/chuyen-muc`, /href="(\/chuyen-muc\/[a-z0-9-]+)"/)
  const article = column ? await firstLink(`${base}${column}`, /href="(\/chuyen-muc\/[a-z0-9-]+\/[a-z0-9-]+)"/) : undefined
  const course = await firstLink(`${base}/dao-tao`, /href="(\/dao-tao\/[a-z0-9-]+)"/)
  const lesson = course ? await firstLink(`${base}${course}`, /href="(\/dao-tao\/[a-z0-9-]+\/[a-z0-9-]+)"/) : undefined
  const consultation = await firstLink(`${base}/lay-y-kien`, /href="(\/lay-y-kien\/[a-z0-9-]+)"/)
  // The first event the listing links (the calendar file is not a page).
  const event = await firstLink(`${base}/su-kien`, /href="(\/su-kien\/(?!lich\.ics)[a-z0-9-]+)"/)
  return ['/', exemplar, article, lesson, lesson && `${lesson}/trinh-chieu`, consultation, event].filter((p): p is string => Boolean(p))
}

/** The page as served, less every script and script preload: no client runtime, no RSC payload. */
const withoutScripts = (html: string) => html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '').replace(/<link\b[^>]*\bas="script"[^>]*>/g, '')

/**
 * Serves the script-less copies at their pages' paths (gzipped, as Next
 * serves HTML) and passes everything else (images, icons) to the site.
 */
const startCopyServer = (target: string, port: number, copies: Map<string, Buffer>) =>
  new Promise<{ close: () => void; url: string }>((resolve) => {
    const server = http.createServer((req, res) => {
      const copy = copies.get(req.url ?? '')
      if (copy) {
        res.writeHead(200, { 'content-encoding': 'gzip', 'content-type': 'text/html; charset=utf-8' })
        res.end(copy)
        return
      }
      const upstream = http.request(`${target}${req.url}`, { headers: req.headers, method: req.method }, (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers)
        answer.pipe(res)
      })
      upstream.on('error', () => res.writeHead(502).end())
      req.pipe(upstream)
    })
    server.listen(port, '127.0.0.1', () => resolve({ close: () => server.close(), url: `http://127.0.0.1:${port}` }))
  })

/** RUNS Lighthouse runs of one URL; prints the median run's line. */
const measure = async ({ file, label, url }: { file: (run: number) => string; label: string; url: string }) => {
  const reports: Report[] = []
  for (let run = 0; run < RUNS; run++) {
    const report = await lighthouse(url, file(run))
    if (report) reports.push(report)
  }
  if (!reports.length) {
    console.log(`${label.padEnd(44).slice(0, 44)} Lighthouse failed on every run`)
    return
  }
  const median = [...reports].sort((a, b) => score(a, 'performance') - score(b, 'performance'))[Math.floor(reports.length / 2)]
  const perfRuns = reports.map((r) => score(r, 'performance')).join('/')
  console.log(`${label.padEnd(44).slice(0, 44)} ${summary(median)} (performance per run ${perfRuns}; load average ${os.loadavg()[0].toFixed(1)})`)
  const lost = losses(median)
  if (lost.length) console.log(`${''.padEnd(44)} below 1: ${lost.join(', ')}`)
}

const main = async () => {
  const port = Number(process.env.BENCH_PORT ?? 3202)
  const server = await startNextServer({ port })
  const copies = new Map<string, Buffer>()
  const copyServer = process.env.LIGHTHOUSE_WITHOUT_SCRIPTS ? await startCopyServer(server.url, port + 1, copies) : null
  // LIGHTHOUSE_OUT=<folder> keeps every report (JSON) there to read the details.
  const keep = process.env.LIGHTHOUSE_OUT
  const out = keep ? (fs.mkdirSync(keep, { recursive: true }), keep) : fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-lighthouse-'))
  try {
    for (const [index, pagePath] of (await pagesToMeasure(server.url)).entries()) {
      // Pages and resized images are cached after their first visit; measure what readers normally get.
      const { body } = await get(`${server.url}${pagePath}`)
      for (const src of new Set([...body.matchAll(/(\/_next\/image\?[^\s"]+)/g)].map((m) => m[1].replace(/&amp;/g, '&')))) await get(`${server.url}${src}`)
      await measure({ file: (run) => path.join(out, `page-${index}-run-${run}.json`), label: pagePath, url: `${server.url}${pagePath}` })
      if (copyServer) {
        copies.set(pagePath, zlib.gzipSync(withoutScripts(body)))
        await measure({ file: (run) => path.join(out, `page-${index}-no-scripts-run-${run}.json`), label: '  the same HTML without its scripts', url: `${copyServer.url}${pagePath}` })
      }
    }
  } finally {
    if (!keep) fs.rmSync(out, { force: true, recursive: true })
    copyServer?.close()
    await server.stop()
  }
}

main().catch((error: unknown) => {
  console.error(`[bench] ${error instanceof Error ? `${error.message} ${String((error as { cause?: unknown }).cause ?? '')}` : String(error)}`)
  process.exit(1)
})
