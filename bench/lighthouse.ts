/**
 * `npm run bench:lighthouse`: Lighthouse (mobile, the default) in Debian
 * Chromium against the production build, for the home page, an exemplar, an
 * article and a lesson. Lighthouse is fetched by npx on first use rather than
 * installed with the project: it is a measuring tool with 170 dependencies.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'

import { CHROMIUM_FLAGS } from '../test/helpers/browser'
import { startNextServer } from '../test/helpers/server'

const LIGHTHOUSE = 'lighthouse@12.8.2'
type Report = { categories: Record<string, { score: number | null; title: string }> }

/**
 * GET on a fresh connection: between Lighthouse runs a pooled keep-alive
 * socket (what fetch would reuse) has been closed by the server.
 */
const get = (url: string) =>
  new Promise<string>((resolve, reject) => {
    http
      .get(url, { agent: false }, (res) => {
        let body = ''
        res.setEncoding('utf8').on('data', (chunk: string) => (body += chunk)).on('end', () => resolve(body))
      })
      .on('error', reject)
  })

const firstLink = async (url: string, pattern: RegExp) => (await get(url)).match(pattern)?.[1]

const main = async () => {
  const server = await startNextServer({ port: Number(process.env.BENCH_PORT ?? 3202) })
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-lighthouse-'))
  try {
    const exemplar = await firstLink(`${server.url}/guong-dien-hinh`, /href="(\/guong-dien-hinh\/[a-z0-9-]+)"/)
    const column = await firstLink(`${server.url}/chuyen-muc`, /href="(\/chuyen-muc\/[a-z0-9-]+)"/)
    const article = await firstLink(`${server.url}${column}`, /href="(\/chuyen-muc\/[a-z0-9-]+\/[a-z0-9-]+)"/)
    const course = await firstLink(`${server.url}/dao-tao`, /href="(\/dao-tao\/[a-z0-9-]+)"/)
    const lesson = await firstLink(`${server.url}${course}`, /href="(\/dao-tao\/[a-z0-9-]+\/[a-z0-9-]+)"/)
    const consultation = await firstLink(`${server.url}/lay-y-kien`, /href="(\/lay-y-kien\/[a-z0-9-]+)"/)
    for (const pagePath of ['/', exemplar, article, lesson, `${lesson}/trinh-chieu`, consultation]) {
      // Pages and resized images are cached after their first visit; measure what readers normally get.
      const html = await get(`${server.url}${pagePath}`)
      for (const src of new Set([...html.matchAll(/(\/_next\/image\?[^\s"]+)/g)].map((m) => m[1].replace(/&amp;/g, '&')))) await get(`${server.url}${src}`)
      const file = path.join(out, 'report.json')
      execFileSync(
        'npx',
        ['--yes', LIGHTHOUSE, `${server.url}${pagePath}`, '--quiet', '--output=json', `--output-path=${file}`, '--only-categories=performance,accessibility,best-practices,seo', `--chrome-flags=${CHROMIUM_FLAGS.join(' ')}`],
        { env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' }, stdio: ['ignore', 'ignore', 'inherit'] },
      )
      const { categories } = JSON.parse(fs.readFileSync(file, 'utf8')) as Report
      const scores = Object.values(categories).map((c) => `${c.title} ${Math.round((c.score ?? 0) * 100)}`)
      console.log(`${String(pagePath).padEnd(50).slice(0, 50)} ${scores.join(' · ')}`)
    }
  } finally {
    fs.rmSync(out, { force: true, recursive: true })
    await server.stop()
  }
}

main().catch((error: unknown) => {
  console.error(`[bench] ${error instanceof Error ? `${error.message} ${String((error as { cause?: unknown }).cause ?? "")}` : String(error)}`)
  process.exit(1)
})
