import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { ACTORS, type Actor, actingAs, allowed } from '../helpers/access'
import { pdfUpload, tinyPng } from '../helpers/files'
import { uniqueLabel } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/payload'
import { createUsersByRole, type UsersByRole } from '../helpers/users'

let payload: Payload
let users: UsersByRole

beforeAll(async () => {
  payload = await getTestPayload()
  users = await createUsersByRole(payload, 'other')
})

const only = (...actors: Actor[]) => (actor: Actor) => actors.includes(actor)

describe.each(['provinces', 'sectors'] as const)('access to %s (taxonomy)', (collection) => {
  const data = (label: string) => (collection === 'provinces' ? { code: label, name: label } : { name: label })
  const writers = only('editor', 'admin')

  it.each(ACTORS)('as %s: read always; create, update, delete only editors and admins', async (actor) => {
    const doc = await payload.create({ collection, data: data(uniqueLabel('dm')), overrideAccess: true })
    expect(await allowed(() => payload.findByID({ collection, id: doc.id, ...actingAs(users, actor) }))).toBe(true)
    expect(await allowed(() => payload.create({ collection, data: data(uniqueLabel('dm')), ...actingAs(users, actor) }))).toBe(writers(actor))
    expect(await allowed(() => payload.update({ collection, data: { name: uniqueLabel('ten') }, id: doc.id, ...actingAs(users, actor) }))).toBe(writers(actor))
    expect(await allowed(() => payload.delete({ collection, id: doc.id, ...actingAs(users, actor) }))).toBe(writers(actor))
  })
})

describe.each(['media', 'files'] as const)('access to %s (uploads)', (collection) => {
  const upload = (actor: Actor) =>
    collection === 'media'
      ? payload.create({ collection, data: { alt: 'Ảnh kiểm thử' }, file: tinyPng(), ...actingAs(users, actor) })
      : payload.create({ collection, data: { title: 'Tài liệu kiểm thử' }, file: pdfUpload(), ...actingAs(users, actor) })
  const patch = collection === 'media' ? { alt: 'Sửa' } : { title: 'Sửa' }

  it.each(ACTORS)('as %s: anyone reads; staff upload; owners and editors change and delete', async (actor) => {
    const staff = only('contributor', 'trainer', 'editor', 'admin')
    expect(await allowed(() => upload(actor))).toBe(staff(actor))
    const editorsUpload = await upload('editor')
    expect(await allowed(() => payload.findByID({ collection, id: editorsUpload.id, ...actingAs(users, actor) }))).toBe(true)
    expect(await allowed(() => payload.update({ collection, data: patch, id: editorsUpload.id, ...actingAs(users, actor) }))).toBe(only('editor', 'admin')(actor))
    expect(await allowed(() => payload.delete({ collection, id: editorsUpload.id, ...actingAs(users, actor) }))).toBe(only('editor', 'admin')(actor))
    if (actor === 'contributor' || actor === 'trainer') {
      const own = await upload(actor)
      expect(await allowed(() => payload.update({ collection, data: patch, id: own.id, ...actingAs(users, actor) }))).toBe(true)
      expect(await allowed(() => payload.delete({ collection, id: own.id, ...actingAs(users, actor) }))).toBe(true)
    }
  })
})

describe('access to users', () => {
  it.each(ACTORS)('as %s: only admins list, create and delete users; others see themselves', async (actor) => {
    if (actor === 'anonymous') {
      expect(await allowed(() => payload.find({ collection: 'users', ...actingAs(users, actor) }))).toBe(false)
    } else {
      const { docs } = await payload.find({ collection: 'users', limit: 100, ...actingAs(users, actor) })
      if (actor === 'admin') expect(docs.length).toBeGreaterThanOrEqual(5)
      else expect(docs.map((u) => u.id)).toEqual([users[actor].id])
    }
    const data = { email: `${uniqueLabel('moi')}@thidua.test`, name: 'Người mới', password: 'mat-khau-dai-123', role: 'contributor' as const }
    expect(await allowed(() => payload.create({ collection: 'users', data, ...actingAs(users, actor) }))).toBe(actor === 'admin')
  })

  it('lets a user edit their own profile but not promote themselves', async () => {
    const contributor = actingAs(users, 'contributor')
    const updated = await payload.update({ collection: 'users', data: { name: 'Tên mới', role: 'admin' }, id: users.contributor.id, ...contributor })
    expect(updated.name).toBe('Tên mới')
    expect(updated.role).toBe('contributor')
    expect(await allowed(() => payload.update({ collection: 'users', data: { name: 'x' }, id: users.editor.id, ...contributor }))).toBe(false)
  })

  it('makes the very first account of a new database an admin', async () => {
    const { totalDocs } = await payload.count({ collection: 'users', overrideAccess: true })
    expect(totalDocs).toBeGreaterThan(0)
    expect(users.admin.role).toBe('admin')
  })
})

describe('access to globals', () => {
  it.each(ACTORS)('as %s: anyone reads; admins edit settings; editors and admins edit the home page', async (actor) => {
    expect(await allowed(() => payload.findGlobal({ slug: 'site-settings', ...actingAs(users, actor) }))).toBe(true)
    expect(await allowed(() => payload.updateGlobal({ data: { tagline: uniqueLabel('kh') }, slug: 'site-settings', ...actingAs(users, actor) }))).toBe(actor === 'admin')
    expect(await allowed(() => payload.updateGlobal({ data: { intro: uniqueLabel('gt') }, slug: 'home', ...actingAs(users, actor) }))).toBe(only('editor', 'admin')(actor))
  })
})

describe('login lockout', () => {
  it('locks an account after 5 failed attempts, even for the right password', async () => {
    const email = `${uniqueLabel('khoa')}@thidua.test`
    await payload.create({ collection: 'users', data: { email, name: 'Bị khóa', password: 'mat-khau-dung-123', role: 'editor' }, overrideAccess: true })
    for (let attempt = 0; attempt < 5; attempt++) {
      await expect(payload.login({ collection: 'users', data: { email, password: 'sai-mat-khau' } })).rejects.toBeTruthy()
    }
    await expect(payload.login({ collection: 'users', data: { email, password: 'mat-khau-dung-123' } })).rejects.toMatchObject({ name: 'LockedAuth' })
  })
})
