import autocannon from 'autocannon'
import { beforeAll, describe, expect, it } from 'vitest'

import { api, clusterState, type ClusterState, control, DEMO, login, page, sleep, within } from './cluster'

let cluster: ClusterState
let a: string
let b: string
let exemplarPath = ''

const healthy = async (base: string) => {
  try {
    return (await fetch(`${base}/api/health/ready`, { signal: AbortSignal.timeout(3_000) })).ok
  } catch {
    return false
  }
}

beforeAll(async () => {
  cluster = await clusterState()
  a = cluster.instances['app-a']
  b = cluster.instances['app-b']
  const { json } = await api<{ docs: { slug: string }[] }>(a, '/api/exemplars?limit=1&depth=0&sort=createdAt')
  exemplarPath = `/guong-dien-hinh/${json.docs[0].slug}`
})

describe('failures', () => {
  it('killing one instance (SIGKILL) while readers load pages through nginx gives them no error', async () => {
    const requests = ['/', exemplarPath, '/guong-dien-hinh', '/api/exemplars?limit=3&depth=0'].map((path) => ({ method: 'GET' as const, path }))
    const load = autocannon({ connections: 20, duration: 12, requests, url: cluster.front })
    await sleep(3_000)
    await control('app-a', 'kill')
    const result = await load
    console.log(`through nginx with app-a killed at 3 s: ${result.requests.total} requests, ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts, p99 ${result.latency.p99} ms`)
    expect(result.requests.total).toBeGreaterThan(100)
    expect(result.errors).toBe(0)
    expect(result.timeouts).toBe(0)
    expect(result.non2xx).toBe(0)
    // The supervisor starts it again, as systemd or an orchestrator would.
    await within(120_000, () => healthy(a), 'app-a back after the kill')
  })

  it('with Redis stopped pages are still served; when it returns, publishes reach every instance again', async () => {
    await control('redis', 'stop')
    try {
      for (const base of [a, b, cluster.front]) {
        for (const path of ['/', exemplarPath]) {
          const started = performance.now()
          const result = await page(`${base}${path}`)
          expect(result.status, `${base}${path} without Redis`).toBe(200)
          console.log(`without Redis: ${base}${path} ${result.status} in ${(performance.now() - started).toFixed(0)} ms`)
        }
      }
      expect((await api(b, '/api/exemplars?limit=1&depth=0')).response.status).toBe(200)
    } finally {
      await control('redis', 'start')
    }
    // Give the instances a moment to reconnect, then a publish on A must reach B again.
    const editor = await login(a, DEMO.editor)
    const { json } = await api<{ docs: { id: number | string; summary: string }[] }>(a, `/api/exemplars?limit=1&depth=0&sort=createdAt`, { auth: editor })
    const doc = json.docs[0]
    const marker = `Sau khi Redis trở lại ${Date.now()}`
    await within(30_000, async () => (await page(`${b}${exemplarPath}`)).status === 200, 'B answering after Redis returned')
    await sleep(2_000)
    await page(`${b}${exemplarPath}`)
    expect((await api(a, `/api/exemplars/${doc.id}`, { auth: editor, body: { _status: 'published', summary: `${marker}. ${doc.summary}`.slice(0, 300) }, method: 'PATCH' })).response.status).toBe(200)
    const ms = await within(2_000, async () => (await page(`${b}${exemplarPath}`)).html.includes(marker), 'the publish on B after Redis returned')
    console.log(`after Redis returned: publish on A visible on B in ${ms.toFixed(0)} ms`)
    await api(a, `/api/exemplars/${doc.id}`, { auth: editor, body: { _status: 'published', summary: doc.summary }, method: 'PATCH' })
  })
})
