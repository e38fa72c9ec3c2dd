import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type ContentSlug, contentFixtures, EDITORIAL, genericCreate, genericUpdate, titleField, TRAINING } from '../helpers/fixtures'
import { startApiServer } from '../helpers/http'
import { getTestPayload } from '../helpers/payload'
import { createUsersByRole, type UsersByRole } from '../helpers/users'

/** Every draft title carries this marker; no anonymous or partner response may contain it. */
const DRAFT_MARKER = 'BANNHAPBIMAT'

let payload: Payload
let users: UsersByRole
let server: Awaited<ReturnType<typeof startApiServer>>
const ids: Record<string, { draft: number | string; publishedWithDraft: number | string }> = {}

const graphqlNames: Record<ContentSlug, [string, string]> = {
  articles: ['Article', 'Articles'],
  awards: ['Award', 'Awards'],
  columns: ['Column', 'Columns'],
  courses: ['Course', 'Courses'],
  documents: ['Document', 'Documents'],
  exemplars: ['Exemplar', 'Exemplars'],
  lessons: ['Lesson', 'Lessons'],
  movements: ['Movement', 'Movements'],
}

beforeAll(async () => {
  payload = await getTestPayload()
  users = await createUsersByRole(payload, 'http')
  const fixtures = await contentFixtures(payload)
  server = await startApiServer()
  for (const collection of [...EDITORIAL, ...TRAINING]) {
    const make = (label: string, status: 'draft' | 'published') =>
      genericCreate(payload, { collection, data: { ...fixtures[collection](label), _status: status }, draft: status === 'draft', overrideAccess: true })
    await make(`cong-khai-${collection}`, 'published')
    const draft = await make(`${DRAFT_MARKER}-${collection}`, 'draft')
    // A published document with a newer, unpublished edit.
    const publishedWithDraft = await make(`da-dang-${collection}`, 'published')
    await genericUpdate(payload, { collection, data: { [titleField[collection]]: `${DRAFT_MARKER}-sua-${collection}` }, draft: true, id: publishedWithDraft.id, overrideAccess: true })
    ids[collection] = { draft: draft.id, publishedWithDraft: publishedWithDraft.id }
  }
  // A published exemplar named by a draft award: the join must not reveal it.
  const exemplar = await payload.create({ collection: 'exemplars', data: { _status: 'published', kind: 'individual', name: 'Người có khen thưởng nháp', stage: 'discovered' }, overrideAccess: true })
  await payload.create({
    collection: 'awards',
    data: { ...fixtures.awards(`${DRAFT_MARKER}-join`), _status: 'draft', recipients: [exemplar.id] },
    draft: true,
    overrideAccess: true,
  })
  ids.joinExemplar = { draft: exemplar.id, publishedWithDraft: exemplar.id }
})
afterAll(() => server.close())

type Caller = 'anonymous' | 'partner'
const headersFor = (caller: Caller): Record<string, string> =>
  caller === 'partner' ? { authorization: `users API-Key ${users.partner.apiKey}` } : {}

const get = async (caller: Caller, path: string) => {
  const res = await fetch(`${server.url}${path}`, { headers: headersFor(caller) })
  return { body: await res.text(), status: res.status }
}

const graphql = async (caller: Caller, query: string) => {
  const res = await fetch(`${server.url}/api/graphql`, { body: JSON.stringify({ query }), headers: { 'content-type': 'application/json', ...headersFor(caller) }, method: 'POST' })
  return { body: await res.text(), status: res.status }
}

describe.each(['anonymous', 'partner'] as Caller[])('drafts stay private over HTTP for %s', (caller) => {
  it('partners are really authenticated by their API key', async () => {
    const { body } = await get(caller, '/api/users/me')
    const me = JSON.parse(body) as { user: { id: number | string } | null }
    expect(me.user?.id ?? null).toBe(caller === 'partner' ? users.partner.id : null)
  })

  it.each([...EDITORIAL, ...TRAINING])('REST never returns a draft of %s', async (collection) => {
    const { draft, publishedWithDraft } = ids[collection]
    const responses = await Promise.all([
      get(caller, `/api/${collection}?limit=100&depth=2`),
      get(caller, `/api/${collection}?limit=100&draft=true`),
      get(caller, `/api/${collection}?where[_status][equals]=draft&draft=true`),
      get(caller, `/api/${collection}/${draft}`),
      get(caller, `/api/${collection}/${draft}?draft=true`),
      get(caller, `/api/${collection}/${publishedWithDraft}?draft=true`),
      get(caller, `/api/${collection}/versions?limit=100`),
    ])
    for (const { body, status } of responses) {
      expect(status).toBeLessThan(500)
      expect(body).not.toContain(DRAFT_MARKER)
    }
    expect([403, 404]).toContain(responses[3].status)
    expect([403, 404]).toContain(responses[4].status)
    expect(responses[5].status).toBe(200)
    expect(responses[6].status).toBe(403)
  })

  it.each([...EDITORIAL, ...TRAINING])('GraphQL never returns a draft of %s', async (collection) => {
    const [single, plural] = graphqlNames[collection]
    const { draft, publishedWithDraft } = ids[collection]
    const idLiteral = (id: number | string) => (typeof id === 'number' ? id : JSON.stringify(id))
    const responses = await Promise.all([
      graphql(caller, `{ ${plural}(limit: 100, draft: true) { docs { id } totalDocs } }`),
      graphql(caller, `{ ${plural}(where: { _status: { equals: draft } }, draft: true) { docs { id } } }`),
      graphql(caller, `{ ${single}(id: ${idLiteral(draft)}, draft: true) { id } }`),
      graphql(caller, `{ ${single}(id: ${idLiteral(publishedWithDraft)}, draft: true) { id } }`),
      graphql(caller, `{ versions${plural}(limit: 100) { docs { id } } }`),
    ])
    for (const { body, status } of responses) {
      expect(status).toBeLessThan(500)
      expect(body).not.toContain(DRAFT_MARKER)
    }
    expect(JSON.parse(responses[2].body).data?.[single] ?? null).toBeNull()
    expect(JSON.parse(responses[4].body).errors?.[0]?.message).toBeTruthy()
  })

  it('a join on a published document leaves out draft documents that point at it', async () => {
    const { body, status } = await get(caller, `/api/exemplars/${ids.joinExemplar.draft}?depth=1`)
    expect(status).toBe(200)
    expect(body).not.toContain(DRAFT_MARKER)
  })
})

describe('staff see drafts through the same API', () => {
  it('an editor reads a draft over REST with a session token', async () => {
    const login = await fetch(`${server.url}/api/users/login`, {
      body: JSON.stringify({ email: users.editor.email, password: 'mat-khau-thu-nghiem-123' }),
      headers: { 'content-type': 'application/json' },
      method: 'POST',
    })
    const { token } = (await login.json()) as { token: string }
    const res = await fetch(`${server.url}/api/exemplars/${ids.exemplars.draft}?draft=true`, { headers: { authorization: `JWT ${token}` } })
    expect(res.status).toBe(200)
    expect(await res.text()).toContain(DRAFT_MARKER)
  })
})
