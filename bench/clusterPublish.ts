/**
 * Publish-to-visible across instances for bench/cluster.ts: an editor
 * publishes a new summary for one exemplar through instance A's REST API,
 * and the exemplar's public page is polled on instance B until the new text
 * appears. The summary is put back at the end (each publish leaves a version).
 */
const EDITOR = { email: 'bientap@thidua.example.vn', password: 'ThiDua@2026' } // the seeded demo editor (README, Demo accounts)

type Exemplar = { id: number | string; slug: string; summary?: null | string }

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]

const login = async (instance: string): Promise<string> => {
  const response = await fetch(`${instance}/api/users/login`, { body: JSON.stringify(EDITOR), headers: { 'content-type': 'application/json' }, method: 'POST' })
  const token = response.ok ? ((await response.json()) as { token?: string }).token : undefined
  if (!token) throw new Error(`Không đăng nhập được ${EDITOR.email} trên ${instance} (HTTP ${response.status}): cơ sở dữ liệu cần dữ liệu mẫu (SEED_DEMO).`)
  return token
}

const publishSummary = async ({ exemplar, instance, summary, token }: { exemplar: Exemplar; instance: string; summary: string; token: string }) => {
  const response = await fetch(`${instance}/api/exemplars/${exemplar.id}?depth=0`, {
    body: JSON.stringify({ _status: 'published', summary }),
    headers: { authorization: `JWT ${token}`, 'content-type': 'application/json' },
    method: 'PATCH',
  })
  if (!response.ok) throw new Error(`PATCH /api/exemplars/${exemplar.id} trên ${instance}: HTTP ${response.status} ${(await response.text()).slice(0, 200)}`)
}

/** Milliseconds from sending the PATCH until B's page shows the text, or null when it did not within the limit. */
const waitUntilVisible = async ({ marker, page, sent, timeoutMs }: { marker: string; page: string; sent: number; timeoutMs: number }): Promise<null | number> => {
  while (Date.now() - sent < timeoutMs) {
    if ((await (await fetch(page)).text()).includes(marker)) return Date.now() - sent
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
  return null
}

export type PublishFigures = { misses: number; p50: null | number; p95: null | number; publishes: number; timeoutMs: number }

export const measurePublishToVisible = async ({ a, b, publishes, timeoutMs }: { a: string; b: string; publishes: number; timeoutMs: number }): Promise<PublishFigures> => {
  const token = await login(a)
  const list = (await (await fetch(`${a}/api/exemplars?limit=1&depth=0&sort=id&where[_status][equals]=published`, { headers: { authorization: `JWT ${token}` } })).json()) as { docs: Exemplar[] }
  const exemplar = list.docs[0]
  if (!exemplar) throw new Error('Không có gương điển hình đã xuất bản nào để đo.')
  const page = `${b}/guong-dien-hinh/${exemplar.slug}`
  const original = exemplar.summary ?? ''
  const times: number[] = []
  let misses = 0
  try {
    for (let i = 1; i <= publishes; i++) {
      const marker = `BENCH-${Date.now().toString(36)}-${i}`
      const sent = Date.now()
      // The summary allows 300 characters.
      await publishSummary({ exemplar, instance: a, summary: `${original.slice(0, 260)} ${marker}`, token })
      const ms = await waitUntilVisible({ marker, page, sent, timeoutMs })
      console.log(`[bench]   publish ${i}/${publishes}: ${ms === null ? `not visible on B within ${timeoutMs / 1000} s` : `${ms} ms`}`)
      if (ms === null) {
        // Instance B's cache is not purged by A's publish: more tries would only repeat it.
        if (++misses >= 2) break
      } else times.push(ms)
    }
  } finally {
    await publishSummary({ exemplar, instance: a, summary: original, token })
  }
  times.sort((x, y) => x - y)
  return { misses, p50: times.length ? percentile(times, 50) : null, p95: times.length ? percentile(times, 95) : null, publishes: times.length + misses, timeoutMs }
}
