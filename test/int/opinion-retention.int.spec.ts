import type { Payload } from 'payload'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import { opinionFormProps } from '@/consultation/components/opinionFormLabels'
import { getOpinionRetention } from '@/consultation/queries'
import { addMonths } from '@/consultation/retention/dueNominations'
import type { Nomination, Opinion } from '@/payload-types'
import { actingAs, allowed } from '../helpers/access'
import { getTestPayload } from '../helpers/payload'
import { createUsersByRole, type UsersByRole } from '../helpers/users'

vi.mock('next/cache', () => ({ revalidateTag: () => undefined, unstable_cache: <T>(fn: T) => fn }))

let payload: Payload
let users: UsersByRole
const DAY = 86_400_000
const monthsAgo = (months: number) => addMonths(new Date(), -months).toISOString()

/** One nomination per case, each with two opinions; `due` says whether the default 12 months are over. */
type Case = { due: boolean; nomination: Nomination; opinions: Opinion[] }
const cases: Record<'closed' | 'decidedLongAgo' | 'decidedRecently' | 'withdrawnLongAgo' | 'withdrawnNow', Case> = {} as never

const nomination = (data: Partial<Nomination>) =>
  payload.create({ collection: 'nominations', data: { achievements: 'Thành tích.', form: 'certificateOfMerit', nomineeName: 'Người được đề nghị', opensAt: new Date(Date.now() - 60 * DAY).toISOString(), proposingBody: 'UBND tỉnh Thử', status: 'open', title: 'Bằng khen', ...data }, ...actingAs(users, 'editor') })
const award = (decisionDate: string) =>
  payload.create({ collection: 'awards', data: { _status: 'published', awardTitle: 'Bằng khen', decisionDate, decisionNumber: `${Math.random()}/QĐ`, form: 'certificateOfMerit', issuer: 'UBND tỉnh Thử', otherRecipients: [{ kind: 'individual', name: 'Người được khen' }] }, ...actingAs(users, 'editor') })
const opinionsOf = async (n: Nomination) => {
  const made: Opinion[] = []
  for (const [i, stance] of (['agree', 'disagree'] as const).entries()) {
    made.push(await payload.create({ collection: 'opinions', data: { address: `Số ${i} phố Thử`, contact: `nguoi${i}.${n.id}@example.vn`, fullName: `Người góp ý ${i}`, nomination: n.id, stance, text: `Ý kiến ${i} về hồ sơ ${n.id}` }, overrideAccess: true }))
  }
  return made
}
const read = async (c: Case) => (await payload.find({ collection: 'opinions', depth: 0, overrideAccess: true, pagination: false, sort: 'text', where: { nomination: { equals: c.nomination.id } } })).docs

/** Runs the task through the job queue as the scheduler would, and returns what it logged. */
const runJob = async () => {
  const info = vi.spyOn(payload.logger, 'info')
  await payload.jobs.queue({ input: {}, task: 'applyOpinionRetention' })
  await payload.jobs.run()
  const logged = info.mock.calls.map(([entry]) => entry as Record<string, unknown>).find((entry) => entry?.msg === 'Opinion retention applied')
  info.mockRestore()
  return logged
}

beforeAll(async () => {
  payload = await getTestPayload()
  users = await createUsersByRole(payload, 'retention')
  const make = async (due: boolean, data: Partial<Nomination>): Promise<Case> => {
    const n = await nomination(data)
    return { due, nomination: n, opinions: await opinionsOf(n) }
  }
  cases.decidedLongAgo = await make(true, { decision: (await award(monthsAgo(14))).id, status: 'decided' })
  cases.decidedRecently = await make(false, { decision: (await award(monthsAgo(2))).id, status: 'decided' })
  cases.withdrawnNow = await make(false, { status: 'withdrawn' })
  cases.withdrawnLongAgo = await make(true, { status: 'withdrawn' })
  // Withdrawn 13 months ago: the stamp is read-only through Payload, so age it in the database.
  await payload.db.updateOne({ collection: 'nominations', data: { withdrawnAt: monthsAgo(13) }, id: cases.withdrawnLongAgo.nomination.id, returning: false })
  cases.closed = await make(false, { status: 'closed' })
}, 180_000)
afterEach(() => vi.restoreAllMocks())

describe('opinion retention job', () => {
  it('stamps when a nomination is withdrawn', () => {
    expect(Date.now() - Date.parse(cases.withdrawnNow.nomination.withdrawnAt ?? '')).toBeLessThan(60_000)
    expect(cases.closed.nomination.withdrawnAt ?? null).toBeNull()
  })

  it('anonymises (the default) only opinions of consultations decided or withdrawn more than 12 months ago, keeping stance, text and dates', async () => {
    expect(await runJob()).toMatchObject({ anonymised: 4, deleted: 0, mode: 'anonymise', months: 12, nominations: 2 })
    for (const c of Object.values(cases)) {
      const now = await read(c)
      expect(now.map((o) => [o.stance, o.text, o.createdAt])).toEqual(c.opinions.map((o) => [o.stance, o.text, o.createdAt]))
      if (c.due) {
        expect(now.every((o) => o.fullName === '' && o.contact === '' && o.address === '' && Boolean(o.anonymisedAt))).toBe(true)
      } else {
        expect(now.map((o) => [o.fullName, o.contact, o.address, o.anonymisedAt ?? null])).toEqual(c.opinions.map((o) => [o.fullName, o.contact, o.address, null]))
      }
    }
  })

  it('is idempotent: a second run changes nothing', async () => {
    const before = await read(cases.decidedLongAgo)
    expect(await runJob()).toMatchObject({ anonymised: 0, deleted: 0, nominations: 2 })
    expect(await read(cases.decidedLongAgo)).toEqual(before)
  })

  it('lets a moderator still review an anonymised opinion (its cleared fields stay valid)', async () => {
    const [opinion] = await read(cases.decidedLongAgo)
    const reviewed = await payload.update({ collection: 'opinions', data: { reviewed: true }, id: opinion.id, ...actingAs(users, 'editor') })
    expect([reviewed.reviewed, reviewed.fullName]).toEqual([true, ''])
  })

  it('is set by editors and admins only; a shorter period and "delete" remove exactly the opinions then past it', async () => {
    const setting = (role: keyof UsersByRole) => () => payload.updateGlobal({ data: { mode: 'delete', months: 1 }, slug: 'opinion-retention', ...actingAs(users, role) })
    for (const role of ['contributor', 'trainer', 'partner'] as const) expect(await allowed(setting(role))).toBe(false)
    expect(await allowed(setting('editor'))).toBe(true)
    // 1 month: the decision 2 months ago is now past too; withdrawn today and closed are not.
    expect(await runJob()).toMatchObject({ deleted: 6, mode: 'delete', months: 1, nominations: 3 })
    expect((await read(cases.decidedLongAgo)).length + (await read(cases.withdrawnLongAgo)).length + (await read(cases.decidedRecently)).length).toBe(0)
    expect((await read(cases.withdrawnNow)).length + (await read(cases.closed)).length).toBe(4)
    expect(await runJob()).toMatchObject({ deleted: 0, nominations: 3 })
  })

  it('states the period and what follows on the public form, in Vietnamese and English', async () => {
    const retention = await getOpinionRetention()
    expect(retention).toEqual({ mode: 'delete', months: 1 })
    expect(opinionFormProps({ locale: 'vi', retention }).labels.retention).toContain('lưu giữ 1 tháng kể từ khi có quyết định khen thưởng')
    expect(opinionFormProps({ locale: 'vi', retention }).labels.retention).toContain('ý kiến của bạn bị xoá hẳn')
    const anonymise = opinionFormProps({ locale: 'en', retention: { mode: 'anonymise', months: 18 } }).labels.retention
    expect(anonymise).toContain('kept for 18 months after the award decision')
    expect(anonymise).toContain('your name, contact and address are erased')
  })
})
