import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startApiServer } from '../helpers/http'
import { getTestPayload } from '../helpers/payload'

let server: Awaited<ReturnType<typeof startApiServer>>

beforeAll(async () => {
  await getTestPayload()
  server = await startApiServer()
})
afterAll(() => server.close())

describe('http', () => {
  it('serves REST', async () => {
    const res = await fetch(`${server.url}/api/provinces?limit=5`)
    expect(res.status).toBe(200)
    const body = await res.json()
    expect(body.docs).toEqual([])
    const gql = await fetch(`${server.url}/api/graphql`, { body: JSON.stringify({ query: '{ Exemplars { docs { id name } } }' }), headers: { 'content-type': 'application/json' }, method: 'POST' })
    expect(gql.status).toBe(200)
    console.log(await gql.text())
  })
})
