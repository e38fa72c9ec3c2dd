import http from 'node:http'

/**
 * One hostile request. `path` goes on the wire byte for byte (fetch would
 * fold `../` and `%2e`). `specStatus` is a 5xx a published protocol demands
 * for this request, with the reason; nothing else may answer 5xx.
 * `mustFail` marks a write that must be refused (4xx): a success would have
 * changed the site under test.
 */
export type Probe = { body?: Buffer | string; headers?: Record<string, string>; label: string; method?: string; mustFail?: boolean; path: string; specStatus?: { reason: string; status: number }; surface: string }
export type Answer = { body: string; contentType: string; status: number }

export const JSON_TYPE = { 'content-type': 'application/json' }

/** TEST-NET-3: an address no real client has. */
export const HOSTILE_CLIENT = '203.0.113.250'

export const get = (surface: string, label: string, path: string, headers?: Record<string, string>): Probe => ({ headers, label, path, surface })
export const post = (surface: string, label: string, path: string, body: Buffer | string, headers: Record<string, string> = JSON_TYPE, method = 'POST'): Probe => ({ body, headers, label, method, path, surface })

/** Enough of any answer to see a stack trace or reflected markup; the rest is drained. */
const MAX_READ = 4 * 1024 * 1024

/**
 * Sends a probe over plain node:http. A server may answer a huge body early
 * (413) and hang up while it is still being written: the answer counts, the
 * broken pipe does not.
 */
export const send = (baseUrl: string, probe: Probe): Promise<Answer> =>
  new Promise((resolve, reject) => {
    const { hostname, port } = new URL(baseUrl)
    const body = probe.body === undefined ? undefined : Buffer.isBuffer(probe.body) ? probe.body : Buffer.from(probe.body)
    // The hostile client has an address of its own (servers under test trust the loopback proxy):
    // its refused logins and opinions must not use up the allowance of the browser tests on 127.0.0.1.
    const headers = { 'x-forwarded-for': HOSTILE_CLIENT, ...(body ? { 'content-length': String(body.byteLength) } : {}), ...probe.headers }
    let answered = false
    const req = http.request({ headers, hostname, method: probe.method ?? 'GET', path: probe.path, port }, (res) => {
      answered = true
      const chunks: Buffer[] = []
      let size = 0
      res.on('data', (chunk: Buffer) => {
        if (size < MAX_READ) chunks.push(chunk)
        size += chunk.byteLength
      })
      res.on('end', () => resolve({ body: Buffer.concat(chunks).toString('utf8'), contentType: String(res.headers['content-type'] ?? ''), status: res.statusCode ?? 0 }))
      res.on('error', reject)
    })
    req.setTimeout(60_000, () => req.destroy(new Error(`no answer within 60 s: ${probe.method ?? 'GET'} ${probe.path.slice(0, 120)}`)))
    req.on('error', (error) => {
      if (!answered) reject(error)
    })
    if (body) req.write(body, () => undefined)
    req.end()
  })

/** The markup the probes carry; none of it may come back unescaped. */
export const REFLECTION_MARKERS = ['<script>alert(1)</script>', '<svg onload', '<img src=x onerror']

/** A stack frame, a dependency path or one of our own file paths: what an error page must never show. */
const stackSigns = (cwd: string): RegExp[] => [/^\s+at\s.+(:\d+:\d+\)?|\(native\)|\(<anonymous>\))$/m, /node_modules/, new RegExp(cwd.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')), /webpack-internal:/, /\.next\/server\//]

/** What is wrong with one answer: an empty list when it is a clean refusal or a clean page. */
export const problemsWith = (answer: Answer, { cwd = process.cwd(), mustFail = false, specStatus }: { cwd?: string; mustFail?: boolean; specStatus?: number } = {}): string[] => {
  const problems: string[] = []
  if (answer.status >= 500 && answer.status !== specStatus) problems.push(`status ${answer.status}`)
  if (mustFail && answer.status < 400) problems.push(`status ${answer.status}: a write that must be refused went through`)
  const sign = stackSigns(cwd).find((pattern) => pattern.test(answer.body))
  if (sign) problems.push(`stack trace or file path (${sign.source.slice(0, 30)}): ${answer.body.match(sign)?.[0]?.slice(0, 80)}`)
  const lower = answer.body.toLowerCase()
  const reflected = REFLECTION_MARKERS.find((marker) => lower.includes(marker))
  if (reflected) problems.push(`reflects ${reflected}`)
  return problems
}

/** Counts per surface and per status, printed for the report. */
export class Tally {
  private readonly rows = new Map<string, Map<number, number>>()

  add(surface: string, status: number) {
    const row = this.rows.get(surface) ?? new Map<number, number>()
    row.set(status, (row.get(status) ?? 0) + 1)
    this.rows.set(surface, row)
  }

  get total(): number {
    return [...this.rows.values()].reduce((sum, row) => sum + [...row.values()].reduce((a, b) => a + b, 0), 0)
  }

  summary(): string {
    const statuses = new Map<number, number>()
    const lines = [...this.rows.entries()].map(([surface, row]) => {
      for (const [status, n] of row) statuses.set(status, (statuses.get(status) ?? 0) + n)
      const count = [...row.values()].reduce((a, b) => a + b, 0)
      const detail = [...row.entries()].sort(([a], [b]) => a - b).map(([s, n]) => `${s}×${n}`).join(' ')
      return `  ${surface.padEnd(22)} ${String(count).padStart(4)}  ${detail}`
    })
    const all = [...statuses.entries()].sort(([a], [b]) => a - b).map(([s, n]) => `${s}×${n}`).join(' ')
    return [`hostile requests: ${this.total} sent`, ...lines, `  statuses: ${all}`].join('\n')
  }
}

/** Sends every probe (a few at a time) and returns one line per failing answer; each status goes into the tally. */
export const sendAll = async ({ baseUrl, probes, tally }: { baseUrl: string; probes: Probe[]; tally: Tally }): Promise<string[]> => {
  const failures: string[] = []
  const queue = [...probes]
  const worker = async () => {
    for (let probe = queue.shift(); probe; probe = queue.shift()) {
      const where = `${probe.surface} · ${probe.label} · ${probe.method ?? 'GET'} ${probe.path.slice(0, 100)}`
      try {
        const answer = await send(baseUrl, probe)
        tally.add(probe.surface, answer.status)
        for (const problem of problemsWith(answer, { mustFail: probe.mustFail, specStatus: probe.specStatus?.status })) failures.push(`${where} → ${problem}`)
      } catch (error) {
        tally.add(probe.surface, 0)
        failures.push(`${where} → no answer: ${(error as Error).message}`)
      }
    }
  }
  await Promise.all([worker(), worker(), worker()])
  return failures
}
