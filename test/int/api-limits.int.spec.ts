import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { MAX_API_LIMIT } from '@/plugins/capApiQueries'
import { startApiServer } from '../helpers/http'
import { getTestPayload } from '../helpers/payload'

let payload: Payload
let server: Awaited<ReturnType<typeof startApiServer>>
const TOTAL = MAX_API_LIMIT + 5

beforeAll(async () => {
  payload = await getTestPayload()
  server = await startApiServer()
  for (let i = 0; i < TOTAL; i++) {
    await payload.create({ collection: 'sectors', data: { name: `Ngành ${i}` }, overrideAccess: true })
  }
})
afterAll(() => server.close())

const getJson = async (path: string) => {
  const res = await fetch(`${server.url}${path}`)
  return { body: (await res.json()) as { docs?: unknown[]; limit?: number; totalDocs?: number }, status: res.status }
}

describe('REST and GraphQL cap limit and depth instead of crashing', () => {
  it.each(['limit=100000', 'limit=0', 'pagination=false', 'limit=-3', 'limit=abc'])('REST ?%s gets at most the cap', async (query) => {
    const { body, status } = await getJson(`/api/sectors?${query}`)
    expect(status).toBe(200)
    expect(body.docs?.length).toBeLessThanOrEqual(MAX_API_LIMIT)
    expect(body.totalDocs).toBe(TOTAL)
  })

  it('REST honours a limit under the cap', async () => {
    const { body } = await getJson('/api/sectors?limit=7')
    expect(body.docs).toHaveLength(7)
  })

  it('REST ?depth=1000 answers with the depth capped', async () => {
    const { status } = await getJson('/api/exemplars?depth=1000')
    expect(status).toBe(200)
  })

  it('GraphQL limit: 100000 gets the cap', async () => {
    const res = await fetch(`${server.url}/api/graphql`, {
      body: JSON.stringify({ query: '{ Sectors(limit: 100000) { docs { id } totalDocs } }' }),
      headers: { 'content-type': 'application/json' },
      method: 'POST',
    })
    expect(res.status).toBe(200)
    const { data } = (await res.json()) as { data: { Sectors: { docs: unknown[]; totalDocs: number } } }
    expect(data.Sectors.docs).toHaveLength(MAX_API_LIMIT)
    expect(data.Sectors.totalDocs).toBe(TOTAL)
  })

  it.each(['abc', '1; drop table exemplars', '9'.repeat(40), '%00'])('REST answers a malformed id (%s) with 404, not 500', async (id) => {
    const res = await fetch(`${server.url}/api/exemplars/${encodeURIComponent(id)}`)
    expect(res.status).toBe(404)
  })

  it('the Local API used by the site and the seed is not capped', async () => {
    const { docs } = await payload.find({ collection: 'sectors', limit: 0, overrideAccess: true, pagination: false })
    expect(docs).toHaveLength(TOTAL)
  })
})
