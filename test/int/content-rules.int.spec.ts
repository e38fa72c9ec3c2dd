import { createLocalReq, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Movement } from '@/payload-types'
import { allowed } from '../helpers/access'
import { contentFixtures, uniqueLabel } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/payload'
import { createUsersByRole, type UsersByRole } from '../helpers/users'

let payload: Payload
let users: UsersByRole
let fixtures: Awaited<ReturnType<typeof contentFixtures>>

beforeAll(async () => {
  payload = await getTestPayload()
  users = await createUsersByRole(payload, 'rules')
  fixtures = await contentFixtures(payload)
})

const asEditor = () => ({ overrideAccess: false as const, user: users.editor })

describe('slugs', () => {
  it('are generated from the Vietnamese title with đ→d and tones stripped', async () => {
    const doc = await payload.create({ collection: 'movements', data: { ...fixtures.movements('Thi đua “Đổi mới, sáng tạo” ở Đắk Lắk'), _status: 'published' }, ...asEditor() })
    expect(doc.slug).toBe('thi-dua-doi-moi-sang-tao-o-dak-lak')
  })

  it('get a numeric suffix when taken, drafts included', async () => {
    const name = `Nguyễn Thị Đào ${uniqueLabel('x')}`
    const first = await payload.create({ collection: 'exemplars', data: { ...fixtures.exemplars(name), _status: 'draft' }, draft: true, ...asEditor() })
    const second = await payload.create({ collection: 'exemplars', data: { ...fixtures.exemplars(name), _status: 'published' }, ...asEditor() })
    const third = await payload.create({ collection: 'exemplars', data: { ...fixtures.exemplars(name), _status: 'published' }, ...asEditor() })
    expect(second.slug).toBe(`${first.slug}-2`)
    expect(third.slug).toBe(`${first.slug}-3`)
  })

  it('stay stable when the title changes, and can be edited by hand', async () => {
    const doc = await payload.create({ collection: 'articles', data: { ...fixtures.articles('Bài viết về nông thôn mới'), _status: 'published' }, ...asEditor() })
    const renamed = await payload.update({ collection: 'articles', data: { title: 'Tiêu đề đã đổi' }, id: doc.id, ...asEditor() })
    expect(renamed.slug).toBe(doc.slug)
    const edited = await payload.update({ collection: 'articles', data: { slug: 'Đường Dẫn Mới' }, id: doc.id, ...asEditor() })
    expect(edited.slug).toBe('duong-dan-moi')
  })

  it('of award decisions come from the decision number', async () => {
    const doc = await payload.create({ collection: 'awards', data: { ...fixtures.awards('x'), _status: 'published', decisionNumber: '1234/QĐ-CTN' }, ...asEditor() })
    expect(doc.slug).toMatch(/^1234-qd-ctn(-\d+)?$/)
  })
})

describe('exemplar stage history', () => {
  it('records who moved the exemplar to which stage, when and why', async () => {
    const before = Date.now()
    const created = await payload.create({ collection: 'exemplars', data: { ...fixtures.exemplars('Hợp tác xã Đoàn Kết'), _status: 'published', kind: 'collective' }, ...asEditor() })
    expect(created.stageHistory).toHaveLength(1)
    expect(created.stageHistory?.[0]).toMatchObject({ note: null, stage: 'discovered' })

    const nurtured = await payload.update({ collection: 'exemplars', data: { stage: 'nurtured', stageNote: 'Đưa vào kế hoạch bồi dưỡng năm 2026' }, depth: 0, id: created.id, ...asEditor() })
    expect(nurtured.stageHistory?.map((h) => h.stage)).toEqual(['discovered', 'nurtured'])
    const entry = nurtured.stageHistory?.[1]
    expect(entry?.note).toBe('Đưa vào kế hoạch bồi dưỡng năm 2026')
    expect(entry?.changedBy).toBe(users.editor.id)
    expect(new Date(entry?.changedAt ?? 0).getTime()).toBeGreaterThanOrEqual(before - 1000)

    const untouched = await payload.update({ collection: 'exemplars', data: { summary: 'Chỉ sửa tóm tắt' }, depth: 0, id: created.id, ...asEditor() })
    expect(untouched.stageHistory).toHaveLength(2)
  })

  it('cannot be rewritten by a client', async () => {
    const created = await payload.create({ collection: 'exemplars', data: { ...fixtures.exemplars('Trần Văn Bình'), _status: 'published' }, ...asEditor() })
    const forged = await payload.update({
      collection: 'exemplars',
      data: { stageHistory: [{ changedAt: '2000-01-01T00:00:00.000Z', note: 'giả mạo', stage: 'replicated' }] },
      depth: 0,
      id: created.id,
      ...asEditor(),
    })
    expect(forged.stageHistory).toHaveLength(1)
    expect(forged.stageHistory?.[0]?.stage).toBe('discovered')
    expect(forged.stageHistory?.[0]?.note).not.toBe('giả mạo')
  })
})

describe('movement status', () => {
  const day = 24 * 3600 * 1000
  const iso = (offsetDays: number) => new Date(Date.now() + offsetDays * day).toISOString()

  type Dates = Pick<Movement, 'milestones' | 'period'>
  it.each<[string, Dates]>([
    ['upcoming', { period: { start: iso(30) } }],
    ['active', { milestones: [{ date: iso(-10), kind: 'launch' }], period: { start: iso(-10) } }],
    ['reviewed', { milestones: [{ date: iso(-100), kind: 'launch' }, { date: iso(-5), kind: 'preliminaryReview' }], period: { end: iso(300), start: iso(-100) } }],
    ['concluded', { milestones: [{ date: iso(-400), kind: 'launch' }, { date: iso(-1), kind: 'finalReview' }], period: { start: iso(-400) } }],
    ['concluded', { period: { end: iso(-1), start: iso(-400) } }],
  ])('is %s when the dates say so', async (status, dates) => {
    const doc = await payload.create({ collection: 'movements', data: { ...fixtures.movements(uniqueLabel('pt')), ...dates, _status: 'published' }, ...asEditor() })
    expect(doc.status).toBe(status)
  })

  it('is kept current by the daily job as dates pass', async () => {
    const doc = await payload.create({ collection: 'movements', data: { ...fixtures.movements(uniqueLabel('pt')), _status: 'published', period: { start: iso(-1) } }, ...asEditor() })
    // The status stored when the launch date was still ahead, written straight to the database (no hooks).
    await payload.db.updateOne({ collection: 'movements', data: { status: 'upcoming' }, id: doc.id })
    expect((await payload.findByID({ collection: 'movements', depth: 0, id: doc.id, overrideAccess: true })).status).toBe('upcoming')
    await payload.jobs.queue({ input: {}, task: 'refreshMovementStatuses' })
    await payload.jobs.run()
    const after = await payload.findByID({ collection: 'movements', depth: 0, id: doc.id, overrideAccess: true })
    expect(after.status).toBe('active')
  })
})

describe('awards', () => {
  it('take the year of the decision (Vietnam time) when none is given', async () => {
    const doc = await payload.create({ collection: 'awards', data: { ...fixtures.awards('nam'), _status: 'published', decisionDate: '2025-12-31T18:00:00.000Z' }, ...asEditor() })
    expect(doc.year).toBe(2026)
  })

  it('cannot be published without any recipient', async () => {
    const data = { ...fixtures.awards('trong'), _status: 'published' as const, otherRecipients: [], recipients: [] }
    await expect(payload.create({ collection: 'awards', data, ...asEditor() })).rejects.toMatchObject({ status: 400 })
  })
})

describe('contributors', () => {
  it('are recorded as the creator, which they cannot change afterwards', async () => {
    const doc = await payload.create({ collection: 'documents', data: { ...fixtures.documents(uniqueLabel('vb')), _status: 'draft' }, depth: 0, draft: true, overrideAccess: false, user: users.contributor })
    expect(doc.createdBy).toBe(users.contributor.id)
    const updated = await payload.update({ collection: 'documents', data: { createdBy: users.editor.id }, depth: 0, draft: true, id: doc.id, overrideAccess: false, user: users.contributor })
    expect(updated.createdBy).toBe(users.contributor.id)
  })
})

describe('scheduled publishing (in-app job queue)', () => {
  const schedule = (id: number | string, user: { id: number | string }) =>
    payload.jobs.queue({
      input: { doc: { relationTo: 'articles', value: String(id) }, type: 'publish', user: { relationTo: 'users', value: user.id } },
      task: 'schedulePublish',
      waitUntil: new Date(Date.now() - 1000),
    } as Parameters<Payload['jobs']['queue']>[0])

  it('publishes an editor’s draft when its time comes', async () => {
    const draft = await payload.create({ collection: 'articles', data: { ...fixtures.articles(uniqueLabel('hen-gio')), _status: 'draft' }, draft: true, ...asEditor() })
    await schedule(draft.id, users.editor)
    await payload.jobs.run()
    expect((await payload.findByID({ collection: 'articles', id: draft.id, overrideAccess: true }))._status).toBe('published')
  })

  it('does not let a contributor publish through the queue', async () => {
    const contributor = { overrideAccess: false as const, user: users.contributor }
    const queueAs = async (user: typeof users.editor) => {
      const req = await createLocalReq({ user: { ...user, collection: 'users' } }, payload)
      return allowed(() => payload.jobs.queue({ input: {}, overrideAccess: false, req, task: 'refreshMovementStatuses' }))
    }
    expect(await queueAs(users.editor)).toBe(true)
    expect(await queueAs(users.contributor)).toBe(false)
    const draft = await payload.create({ collection: 'articles', data: { ...fixtures.articles(uniqueLabel('ctv-hen')), _status: 'draft' }, draft: true, ...contributor })
    await schedule(draft.id, users.contributor)
    await payload.jobs.run()
    expect((await payload.findByID({ collection: 'articles', id: draft.id, overrideAccess: true }))._status).toBe('draft')
  })
})
