import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { contentFixtures, EDITORIAL, type Fixtures, genericCreate, genericUpdate, titleField, TRAINING, uniqueLabel } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/payload'
import { createUsersByRole, type UsersByRole } from '../helpers/users'

let payload: Payload
let users: UsersByRole
let fixtures: Fixtures

/** The matrix helpers return Payload's union of every collection's type; these tests read only the two stamps. */
const stamps = (doc: unknown) => doc as { createdBy?: unknown; updatedBy?: unknown }
const idOf = (value: unknown) => (value && typeof value === 'object' && 'id' in value ? (value as { id: unknown }).id : value)

beforeAll(async () => {
  payload = await getTestPayload()
  users = await createUsersByRole(payload, 'who')
  fixtures = await contentFixtures(payload)
})

describe('who changed what, on every content collection', () => {
  for (const collection of [...EDITORIAL, ...TRAINING]) {
    it(`${collection}: the document and each version name the user who saved it`, async () => {
      // A contributor (a trainer for training) drafts; an admin edits and publishes.
      const author = (TRAINING as readonly string[]).includes(collection) ? users.trainer : users.contributor
      const label = uniqueLabel('ai-sua')
      const draft = await genericCreate(payload, { collection, data: { ...fixtures[collection](label), _status: 'draft' }, draft: true, overrideAccess: false, user: author })
      expect(idOf(stamps(draft).updatedBy)).toBe(author.id)
      const published = await genericUpdate(payload, { collection, data: { [titleField[collection]]: `${label} (đã duyệt)`, _status: 'published' }, id: draft.id, overrideAccess: false, user: users.admin })
      expect(idOf(stamps(published).updatedBy)).toBe(users.admin.id)
      expect(idOf(stamps(published).createdBy)).toBe(author.id)
      const { docs } = await payload.findVersions({ collection, depth: 0, overrideAccess: true, sort: 'createdAt', where: { parent: { equals: draft.id } } })
      expect(docs.map((version) => idOf((version.version as { updatedBy?: unknown }).updatedBy))).toEqual([author.id, users.admin.id])
    })
  }

  it('a value sent by the client is ignored: the stamp is the signed-in user', async () => {
    const doc = await genericCreate(payload, { collection: 'exemplars', data: { ...fixtures.exemplars(uniqueLabel('gia-mao')), updatedBy: users.admin.id }, draft: true, overrideAccess: false, user: users.contributor })
    expect(idOf(stamps(doc).updatedBy)).toBe(users.contributor.id)
  })

  it('removing a user who edited content keeps the content (the stamp is cleared)', async () => {
    const editor = (await createUsersByRole(payload, 'roi-di')).editor
    const title = uniqueLabel('roi-di')
    const doc = await payload.create({ collection: 'articles', data: { ...fixtures.articles(title), _status: 'published' }, overrideAccess: false, user: editor })
    await payload.delete({ collection: 'users', id: editor.id, overrideAccess: true })
    const after = await payload.findByID({ collection: 'articles', depth: 0, id: doc.id, overrideAccess: true })
    expect(after.title).toBe(title)
    expect(after.updatedBy ?? null).toBeNull()
  })
})
