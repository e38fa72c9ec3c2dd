import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { forwardPurge } from '@/lib/cache/forwardPurge'
import { purgeTags } from '@/lib/cache/purgeRoute'
import { isSignedPurge, signPurge } from '@/lib/cache/purgeSignature'

/**
 * Jobs (a scheduled publish) run outside any Next request, where
 * revalidateTag cannot reach the cache: their purges travel to a site
 * instance as signed requests. The purge itself is proven against running
 * servers in test/cluster; here, the signing and the refusals.
 */
describe('purges sent from outside a request', () => {
  const received: { body: string; headers: http.IncomingHttpHeaders; url?: string }[] = []
  let site: http.Server
  let down: http.Server
  let siteUrl = ''
  let downUrl = ''

  beforeAll(async () => {
    site = http.createServer((request, response) => {
      let body = ''
      request.on('data', (chunk) => (body += chunk)).on('end', () => {
        received.push({ body, headers: request.headers, url: request.url })
        response.writeHead(204).end()
      })
    })
    // A site that refuses: the purge goes on to the next address.
    down = http.createServer((_request, response) => response.writeHead(503).end())
    await Promise.all([new Promise<void>((r) => site.listen(0, '127.0.0.1', r)), new Promise<void>((r) => down.listen(0, '127.0.0.1', r))])
    siteUrl = `http://127.0.0.1:${(site.address() as AddressInfo).port}`
    downUrl = `http://127.0.0.1:${(down.address() as AddressInfo).port}`
  })
  afterAll(() => {
    site.close()
    down.close()
    delete process.env.REVALIDATE_URL
  })

  it('batches the tags of one moment into one signed request to the first instance that answers', async () => {
    process.env.REVALIDATE_URL = `${downUrl}, ${siteUrl}/`
    await Promise.all([forwardPurge(['collection:exemplars', 'doc:exemplars:1']), forwardPurge(['doc:exemplars:1', 'doc:exemplars:mot-slug'])])
    expect(received).toHaveLength(1)
    const [{ body, headers, url }] = received
    expect(url).toBe('/api/internal/revalidate')
    expect(JSON.parse(body)).toEqual({ tags: ['collection:exemplars', 'doc:exemplars:1', 'doc:exemplars:mot-slug'] })
    expect(isSignedPurge({ body, signature: String(headers['x-purge-signature']), timestamp: String(headers['x-purge-timestamp']) })).toBe(true)
  })

  it('sends a delayed purge on its own, later (a job purges again once its transaction has committed)', async () => {
    process.env.REVALIDATE_URL = siteUrl
    const before = received.length
    const started = performance.now()
    const now = forwardPurge(['doc:articles:1'])
    const later = forwardPurge(['doc:articles:1'], 300)
    await now
    expect(received).toHaveLength(before + 1)
    await later
    expect(performance.now() - started).toBeGreaterThanOrEqual(300)
    expect(received).toHaveLength(before + 2)
    expect(JSON.parse(received[before + 1].body)).toEqual({ tags: ['doc:articles:1'] })
  })

  it('does nothing without REVALIDATE_URL (tests, scripts with no site running)', async () => {
    delete process.env.REVALIDATE_URL
    const before = received.length
    await forwardPurge(['collection:articles'])
    expect(received).toHaveLength(before)
  })

  const post = (body: string, headers: Record<string, string>) => purgeTags(new Request('http://site/api/internal/revalidate', { body, headers, method: 'POST' }))

  it('refuses an unsigned, forged, stale or altered purge with 401', async () => {
    const body = JSON.stringify({ tags: ['collection:exemplars'] })
    expect((await post(body, {})).status).toBe(401)
    expect((await post(body, { 'x-purge-signature': 'ab'.repeat(32), 'x-purge-timestamp': String(Date.now()) })).status).toBe(401)
    expect((await post(body, signPurge(body, Date.now() - 120_000))).status).toBe(401)
    expect((await post(JSON.stringify({ tags: ['collection:users'] }), signPurge(body))).status).toBe(401)
  })

  it('refuses a signed request that is not a list of tags with 400, and a huge one with 413', async () => {
    for (const body of ['not json', JSON.stringify({ tags: 'x' }), JSON.stringify({ tags: [1] }), JSON.stringify({ tags: [''] }), JSON.stringify({ tags: Array(501).fill('t') })]) {
      const response = await post(body, signPurge(body))
      expect(response.status, body.slice(0, 40)).toBe(400)
    }
    const huge = JSON.stringify({ tags: ['x'.repeat(70_000)] })
    expect((await post(huge, signPurge(huge))).status).toBe(413)
  })
})
