import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { MAX_DATA_DEPTH } from '@/plugins/documentData'
import { tinyPng } from '../helpers/files'
import { deepObjectJson } from '../helpers/hostile/values'
import { startApiServer } from '../helpers/http'
import { getTestPayload } from '../helpers/payload'
import { createUsersByRole, type UsersByRole } from '../helpers/users'

vi.mock('next/cache', () => ({ revalidateTag: () => undefined, unstable_cache: <T>(fn: T) => fn }))

/**
 * Each 5xx or reflection the hostile-request suite found, one by one: the
 * 4xx and message it gets now, and the well-formed request beside it that
 * still works.
 */
let payload: Payload
let users: UsersByRole
let server: Awaited<ReturnType<typeof startApiServer>>
let exemplarId: number | string

beforeAll(async () => {
  payload = await getTestPayload()
  users = await createUsersByRole(payload, 'fixes')
  exemplarId = (await payload.create({ collection: 'exemplars', data: { _status: 'published', kind: 'individual', name: 'Gương còn nguyên', stage: 'discovered' }, overrideAccess: true })).id
  server = await startApiServer()
}, 120_000)
afterAll(async () => server?.close())

const editor = () => ({ authorization: `users API-Key ${users.editor.apiKey}` })
const call = async (path: string, init: RequestInit = {}) => {
  const res = await fetch(`${server.url}${path}`, init)
  const text = await res.text()
  return { json: JSON.parse(text) as { doc?: { id: unknown }; docs?: { id: unknown }[]; errors?: { message: string }[] }, status: res.status, text }
}
const message = (answer: { json: { errors?: { message: string }[] } }) => answer.json.errors?.[0]?.message ?? ''
const send = (path: string, body: BodyInit, type: string, method = 'POST') => call(path, { body, headers: { 'content-type': type, ...editor() }, method })

describe('queries the database cannot run', () => {
  it('answer a page that is not a whole number from 1 to 10 000 with 400, and still serve real pages', async () => {
    // -1 was a negative OFFSET, refused by PostgreSQL.
    for (const page of ['1e309', 'Infinity', '99999999999999999999', '-1', '0', '1.5']) {
      const answer = await call(`/api/exemplars?page=${page}`)
      expect(answer.status, page).toBe(400)
      expect(message(answer)).toMatch(/page/)
    }
    expect((await call('/api/exemplars?page=1')).status).toBe(200)
  })

  it('answer impossible ids and numbers in where with 400 naming the filter, and still filter by real ids', async () => {
    for (const query of ['where[id][in]=NaN', 'where[id][equals]=1e309', 'where[id][in]=1,Infinity', 'where[province][equals]=NaN']) {
      const answer = await call(`/api/exemplars?${query}`)
      expect(answer.status, query).toBe(400)
      expect(message(answer), query).toMatch(/^Bộ lọc where\[(id|province)\]/)
    }
    const found = await call(`/api/exemplars?where[id][in]=${exemplarId}`)
    expect(found.json.docs?.map((d) => d.id)).toEqual([exemplarId])
  })

  it('answer a select value outside its options and a NUL anywhere with 400 (PostgreSQL refused both)', async () => {
    for (const query of ['where[kind][equals]=khong-co', 'where[kind][in]=individual,khong-co', 'where[name][like]=a%00b']) {
      const answer = await call(`/api/exemplars?${query}`)
      expect(answer.status, query).toBe(400)
      expect(message(answer), query).toMatch(/^Bộ lọc where\[(kind|name)\]/)
    }
    expect((await call('/api/exemplars?where[kind][in]=individual,collective')).json.docs?.map((d) => d.id)).toContain(exemplarId)
  })

  it('answer a where or data parameter that is not JSON with 400, and still take one that is', async () => {
    for (const param of ['where=%7B', 'data=%7Bjunk']) {
      const answer = await call(`/api/exemplars?${param}`)
      expect(answer.status, param).toBe(400)
      expect(message(answer)).toMatch(/không phải JSON hợp lệ/)
    }
    const where = encodeURIComponent(JSON.stringify({ id: { equals: exemplarId } }))
    expect((await call(`/api/exemplars?where=${where}`)).json.docs).toHaveLength(1)
  })

  it('treat a path id that only starts with a number as no id: 404, and the document is untouched', async () => {
    for (const [method, id] of [['DELETE', `${exemplarId}' OR 1=1--`], ['PATCH', `${exemplarId}abc`], ['GET', '99999999999']] as const) {
      const answer = await call(`/api/exemplars/${encodeURIComponent(id)}`, { body: method === 'PATCH' ? '{"name":"đã đổi"}' : undefined, headers: { 'content-type': 'application/json', ...editor() }, method })
      expect(answer.status, `${method} ${id}`).toBe(404)
    }
    expect((await payload.findByID({ collection: 'exemplars', id: exemplarId, overrideAccess: true })).name).toBe('Gương còn nguyên')
  })
})

describe('write bodies that are not a document', () => {
  it('answer null, a bare string, an array, another content type and deep nesting with 400 and a message', async () => {
    for (const [body, type] of [['null', 'application/json'], ['"x"', 'application/json'], ['[{"name":"x"}]', 'application/json'], ['{"name":"x"}', 'text/plain'], ['name=x', 'application/x-www-form-urlencoded']]) {
      const answer = await send('/api/exemplars', body, type)
      expect(answer.status, `${type} ${body}`).toBe(400)
      expect(message(answer)).toMatch(/đối tượng JSON/)
    }
    const deep = await send(`/api/exemplars/${exemplarId}`, deepObjectJson(MAX_DATA_DEPTH + 5), 'application/json', 'PATCH')
    expect(deep.status).toBe(400)
    expect(message(deep)).toMatch(/lồng nhau/)
  })

  it('answer a NUL character in a document or in the login fields with 400 (PostgreSQL refused it)', async () => {
    const write = await send(`/api/exemplars/${exemplarId}`, JSON.stringify({ name: 'a\u0000b' }), 'application/json', 'PATCH')
    expect(write.status).toBe(400)
    expect(message(write)).toMatch(/NUL/)
    const login = await call('/api/users/login', { body: JSON.stringify({ email: 'a\u0000@thidua.test', password: 'x' }), headers: { 'content-type': 'application/json' }, method: 'POST' })
    expect(login.status).toBe(400)
    expect(message(login)).toMatch(/NUL/)
  })

  it('answer a JSON body past 4 MB with 413 before Payload buffers and parses it', async () => {
    const huge = JSON.stringify({ kind: 'individual', name: 'x', stage: 'discovered', summary: 'x'.repeat(5 * 1024 * 1024) })
    const answer = await send('/api/exemplars', huge, 'application/json')
    expect(answer.status).toBe(413)
    expect(message(answer)).toMatch(/quá 4096 kB/)
  })

  it('still create a document from a JSON object', async () => {
    const answer = await send('/api/exemplars', JSON.stringify({ kind: 'collective', name: 'Tập thể mới', stage: 'discovered' }), 'application/json')
    expect(answer.status).toBe(201)
  })
})

describe('multipart bodies that cannot be read', () => {
  const part = (name: string, value: string) => `--b\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`

  it('answer a missing or wrong boundary and a cut-off body with 400', async () => {
    for (const [type, body] of [['multipart/form-data', `${part('_payload', '{}')}--b--\r\n`], ['multipart/form-data; boundary=zzz', `${part('_payload', '{}')}--b--\r\n`], ['multipart/form-data; boundary=b', '--b\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\n\r\nab']]) {
      const answer = await send('/api/media', body, type)
      expect(answer.status, type).toBe(400)
      expect(message(answer)).toMatch(/multipart/)
    }
  })

  it('answer an _payload field that is not JSON with 400', async () => {
    const answer = await send('/api/media', `${part('_payload', '{')}--b--\r\n`, 'multipart/form-data; boundary=b')
    expect(answer.status).toBe(400)
    expect(message(answer)).toMatch(/_payload/)
  })

  it('still take a well-formed upload', async () => {
    const form = new FormData()
    form.append('file', new Blob([tinyPng().data], { type: 'image/png' }), 'anh-hop-le.png')
    form.append('_payload', JSON.stringify({ alt: 'Ảnh hợp lệ' }))
    const res = await fetch(`${server.url}/api/media`, { body: form, headers: editor(), method: 'POST' })
    expect(res.status).toBe(201)
  })
})

describe('refusals that repeat what the client sent', () => {
  it('spell markup in JSON escapes, so the bytes carry none and the parsed message is unchanged', async () => {
    const answer = await call(`/api/exemplars?where[${encodeURIComponent('<script>alert(1)</script>')}][equals]=1`)
    expect(answer.status).toBe(400)
    expect(answer.text).not.toContain('<script>')
    expect(answer.text).toContain('\\u003cscript\\u003e')
    expect(JSON.stringify(answer.json)).toContain('<script>alert(1)</script>')
  })

  it('do the same for GraphQL errors, which come inside a 200', async () => {
    const res = await fetch(`${server.url}/api/graphql`, { body: JSON.stringify({ query: '{ Exemplars(where: { kind: { equals: "<svg onload=alert(1)>" } }) { docs { id } } }' }), headers: { 'content-type': 'application/json' }, method: 'POST' })
    const text = await res.text()
    expect(text).not.toContain('<svg')
    expect((JSON.parse(text) as { errors: { message: string }[] }).errors[0]?.message).toContain('<svg onload=alert(1)>')
  })
})
