/**
 * `npm run check:html -- [base URL] [--warnings]`: runs the Nu HTML
 * Checker (vnu.jar, Java 17+) over one page of every public page type of a
 * running site (default http://localhost:3000; `npm start` or `npm run serve`
 * first: this builds nothing), prints each error as `url:line:column:
 * message` and a one-line summary; exits 1 on any error, unexpected status or
 * page type it could not find a page of.
 * `--warnings` prints the warnings too.
 */
import { checkSite } from './lib/htmlCheck/checkSite'
import { formatMessage, isError } from './lib/htmlCheck/vnu'

const args = process.argv.slice(2)
const baseUrl = (args.find((a) => !a.startsWith('--')) ?? process.env.BASE_URL ?? 'http://localhost:3000').replace(/\/$/, '')

const main = async () => {
  const started = Date.now()
  const { messages, pages } = await checkSite(baseUrl)
  const errors = messages.filter(isError)
  const warnings = messages.filter((m) => !isError(m))
  const missing = pages.filter((p) => p.missing)
  const badStatus = pages.filter((p) => !p.missing && p.got !== p.status)
  for (const page of missing) console.log(`\n${page.name}: no page found (${page.missing})`)
  for (const page of pages.filter((p) => !p.missing)) {
    const own = messages.filter((m) => m.url === page.url && (isError(m) || args.includes('--warnings')))
    if (own.length === 0 && page.got === page.status) continue
    console.log(`\n${page.name}: ${page.url}${page.got === page.status ? '' : ` (HTTP ${page.got}, expected ${page.status})`}`)
    for (const m of own) console.log(`  ${formatMessage(m)}`)
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1)
  console.log(`\n[check:html] ${pages.length - missing.length} pages, ${errors.length} errors, ${warnings.length} warnings, ${badStatus.length} unexpected statuses, ${missing.length} page types not found (${seconds} s)`)
  if (errors.length > 0 || badStatus.length > 0 || missing.length > 0) process.exitCode = 1
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 1
})
