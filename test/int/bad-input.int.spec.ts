import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { tinyPng } from '../helpers/files'
import { startApiServer } from '../helpers/http'
import { getTestPayload } from '../helpers/payload'

let server: Awaited<ReturnType<typeof startApiServer>>
let storedName = ''

beforeAll(async () => {
  const payload = await getTestPayload()
  await payload.create({ collection: 'provinces', data: { code: '99', kind: 'province', name: 'Tỉnh thử nghiệm' }, overrideAccess: true })
  const image = await payload.create({ collection: 'media', data: { alt: 'Ảnh có thật' }, file: tinyPng('anh-co-that.png'), overrideAccess: true })
  storedName = image.filename ?? ''
  server = await startApiServer()
})
afterAll(async () => server?.close())

const postGraphql = (body: BodyInit, type = 'application/json') => fetch(`${server.url}/api/graphql`, { body, headers: { 'content-type': type }, method: 'POST' })

describe('GraphQL bodies that are not a JSON query', () => {
  // Each of these answered 500 with an empty body before (Payload's handler parses the body itself).
  const MALFORMED: [string, BodyInit, number][] = [
    ['a cut-off object', '{', 400],
    ['plain text', 'query { Exemplars { docs { id } } }', 400],
    ['200 kB of junk', 'x'.repeat(200_000), 413],
    ['invalid UTF-8', new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]), 400],
    ['an empty body', '', 400],
  ]

  for (const [label, body, status] of MALFORMED) {
    it(`answer ${status} with a message for ${label}`, async () => {
      const res = await postGraphql(body)
      expect(res.status).toBe(status)
      const json = (await res.json()) as { errors: { message: string }[] }
      expect(json.errors[0]?.message).toMatch(/JSON|kB/)
    })
  }

  it('still answer a well-formed query, and refuse one sent as another type with 415', async () => {
    const query = JSON.stringify({ query: '{ Provinces(limit: 5) { docs { name } } }' })
    const res = await postGraphql(query)
    expect(res.status).toBe(200)
    expect(await res.json()).toMatchObject({ data: { Provinces: { docs: expect.arrayContaining([{ name: 'Tỉnh thử nghiệm' }]) } } })
    expect((await postGraphql(query, 'text/plain')).status).toBe(415)
  })

  it('answer a JSON body nested deeper than any query needs with a 4xx, not a crash', async () => {
    const res = await postGraphql(`${'['.repeat(30_000)}${']'.repeat(30_000)}`)
    expect(res.status).toBeGreaterThanOrEqual(400)
    expect(res.status).toBeLessThan(500)
  })
})

describe('upload file URLs that cannot name a stored file', () => {
  // Payload answered 500 to the first three (and Next's image optimizer passed the 500 on).
  const BAD = ['khong-co-tep-nay.png', 'anh%00.png', 'anh%E0%A4%A.png', '..%2F..%2Fetc%2Fpasswd', 'a%5Cb.png', 'a%0Ab.png']

  for (const name of BAD) {
    it(`answer 404 with a message for ${name}`, async () => {
      for (const collection of ['media', 'files']) {
        const res = await fetch(`${server.url}/api/${collection}/file/${name}`)
        expect(res.status, `${collection} ${name}`).toBe(404)
        expect(((await res.json()) as { errors: { message: string }[] }).errors[0]?.message).toMatch(/file not found/)
      }
    })
  }

  it('still serve a stored file, byte for byte', async () => {
    const res = await fetch(`${server.url}/api/media/file/${encodeURIComponent(storedName)}`)
    expect(res.status).toBe(200)
    expect(Buffer.from(await res.arrayBuffer()).equals(tinyPng().data)).toBe(true)
  })
})
