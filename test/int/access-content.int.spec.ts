import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { ACTORS, type Actor, actingAs, allowed } from '../helpers/access'
import { type ContentSlug, contentFixtures, EDITORIAL, genericCreate, genericUpdate, TRAINING, uniqueLabel } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/payload'
import { createUsersByRole, type UsersByRole } from '../helpers/users'

let payload: Payload
let users: UsersByRole
let fixtures: Awaited<ReturnType<typeof contentFixtures>>

beforeAll(async () => {
  payload = await getTestPayload()
  users = await createUsersByRole(payload, 'content')
  fixtures = await contentFixtures(payload)
})

type Expectation = Record<Actor, boolean>
const only = (...actors: Actor[]): Expectation => Object.fromEntries(ACTORS.map((a) => [a, actors.includes(a)])) as Expectation

/** Who may do what: editorial content vs. training content. */
const matrix = {
  editorial: {
    create: only('contributor', 'editor', 'admin'),
    publish: only('editor', 'admin'),
    readDrafts: only('editor', 'admin'),
    updateAny: only('editor', 'admin'),
    deleteAny: only('editor', 'admin'),
  },
  training: {
    create: only('trainer', 'admin'),
    publish: only('trainer', 'admin'),
    readDrafts: only('trainer', 'editor', 'admin'),
    updateAny: only('trainer', 'admin'),
    deleteAny: only('trainer', 'admin'),
  },
}

const cases: [ContentSlug, keyof typeof matrix][] = [...EDITORIAL.map((c) => [c, 'editorial'] as [ContentSlug, 'editorial']), ...TRAINING.map((c) => [c, 'training'] as [ContentSlug, 'training'])]

describe.each(cases)('access to %s', (collection, kind) => {
  const expected = matrix[kind]
  const make = (status: 'draft' | 'published', label = uniqueLabel(collection)) =>
    genericCreate(payload, { collection, data: { ...fixtures[collection](label), _status: status }, draft: status === 'draft', overrideAccess: true })

  it.each(ACTORS)('create as %s', async (actor) => {
    const data = { ...fixtures[collection](uniqueLabel('tao')), _status: 'draft' as const }
    expect(await allowed(() => genericCreate(payload, { collection, data, draft: true, ...actingAs(users, actor) }))).toBe(expected.create[actor])
  })

  it.each(ACTORS)('publish as %s', async (actor) => {
    const data = { ...fixtures[collection](uniqueLabel('dang')), _status: 'published' as const }
    expect(await allowed(() => genericCreate(payload, { collection, data, ...actingAs(users, actor) }))).toBe(expected.publish[actor])
  })

  it.each(ACTORS)('read as %s: published always, drafts only for staff', async (actor) => {
    const published = await make('published')
    const draft = await make('draft')
    const { docs } = await payload.find({ collection, where: { id: { in: [published.id, draft.id] } }, ...actingAs(users, actor) })
    const ids = docs.map((d) => d.id)
    expect(ids).toContain(published.id)
    expect(ids.includes(draft.id)).toBe(expected.readDrafts[actor])
    expect(await allowed(() => payload.findByID({ collection, id: draft.id, ...actingAs(users, actor) }))).toBe(expected.readDrafts[actor])
  })

  it.each(ACTORS)('update and delete a document someone else made, as %s', async (actor) => {
    const doc = await make('draft')
    const patch = { ...fixtures[collection](uniqueLabel('sua')) }
    expect(await allowed(() => genericUpdate(payload, { collection, data: patch, id: doc.id, draft: true, ...actingAs(users, actor) }))).toBe(expected.updateAny[actor])
    expect(await allowed(() => payload.delete({ collection, id: doc.id, ...actingAs(users, actor) }))).toBe(expected.deleteAny[actor])
  })
})

describe.each(EDITORIAL)('contributors and their own %s', (collection) => {
  it('write, read and delete their own drafts but never publish them', async () => {
    const contributor = actingAs(users, 'contributor')
    const own = await genericCreate(payload, { collection, data: { ...fixtures[collection](uniqueLabel('ctv')), _status: 'draft' }, draft: true, ...contributor })
    expect((own as { createdBy?: unknown }).createdBy).toBeTruthy()

    const mine = await payload.findByID({ collection, id: own.id, draft: true, ...contributor })
    expect(mine.id).toBe(own.id)
    // Contributors cannot see another contributor-free draft (made by an editor).
    const editorsDraft = await genericCreate(payload, { collection, data: { ...fixtures[collection](uniqueLabel('btv')), _status: 'draft' }, draft: true, overrideAccess: false, user: users.editor })
    expect(await allowed(() => payload.findByID({ collection, id: editorsDraft.id, ...contributor }))).toBe(false)

    expect(await allowed(() => genericUpdate(payload, { collection, data: { ...fixtures[collection](uniqueLabel('ctv2')) }, draft: true, id: own.id, ...contributor }))).toBe(true)
    expect(await allowed(() => genericUpdate(payload, { collection, data: { _status: 'published' }, id: own.id, ...contributor }))).toBe(false)
    const still = await payload.findByID({ collection, id: own.id, overrideAccess: true })
    expect(still._status).toBe('draft')

    expect(await allowed(() => payload.delete({ collection, id: own.id, ...contributor }))).toBe(true)
  })

  it('cannot delete their own document once an editor has published it', async () => {
    const contributor = actingAs(users, 'contributor')
    const own = await genericCreate(payload, { collection, data: { ...fixtures[collection](uniqueLabel('ctv')), _status: 'draft' }, draft: true, ...contributor })
    await genericUpdate(payload, { collection, data: { _status: 'published' }, id: own.id, overrideAccess: false, user: users.editor })
    expect(await allowed(() => payload.delete({ collection, id: own.id, ...contributor }))).toBe(false)
  })
})
