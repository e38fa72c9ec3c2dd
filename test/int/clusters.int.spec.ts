import type { Payload } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'

import type { EmulationCluster } from '@/payload-types'
import { emptyRefs } from '@/seed/context'
import { startApiServer } from '../helpers/http'
import { getTestPayload } from '../helpers/payload'
import { createUsersByRole, type UsersByRole } from '../helpers/users'

/** Tags Next would purge; the cache itself is made transparent so queries hit the database. */
const purged: string[] = []
vi.mock('next/cache', () => ({
  revalidateTag: (tag: string) => {
    purged.push(tag)
  },
  unstable_cache: <T>(fn: T) => fn,
}))

let payload: Payload
let users: UsersByRole
let server: Awaited<ReturnType<typeof startApiServer>>
let q: typeof import('@/clusters/queries')
let province: { id: number; slug?: null | string }

const criteria = [
  { code: 'TC1', maxPoints: 30, name: 'Phát triển kinh tế', weight: 2 },
  { code: 'TC2', maxPoints: 20, name: 'Cải cách hành chính', weight: 1 },
]
const members = [{ name: 'Tỉnh Thử A' }, { name: 'Tỉnh Thử B' }, { name: 'Tỉnh Thử C' }]
const cluster = (name: string, extra: Partial<EmulationCluster> = {}): Omit<EmulationCluster, 'createdAt' | 'id' | 'updatedAt'> => ({
  kind: 'cluster',
  level: 'central',
  members,
  name,
  years: [
    {
      criteria,
      deputyUnit: 'Tỉnh Thử B',
      leadingUnit: 'Tỉnh Thử A',
      results: [
        { member: 'Tỉnh Thử A', scores: [{ criterion: 'TC1', points: 20 }, { criterion: 'TC2', points: 15 }] },
        { adjustment: 1, member: 'Tỉnh Thử B', scores: [{ criterion: 'TC1', points: 22 }, { criterion: 'TC2', points: 10 }] },
      ],
      year: 2025,
    },
  ],
  ...extra,
})
const asEditor = () => ({ overrideAccess: false as const, user: users.editor })
const validationErrors = async (work: Promise<unknown>) => {
  const error = (await work.then(() => null, (e: unknown) => e)) as { data?: { errors?: { message: string; path: string }[] }; status?: number } | null
  expect(error, 'the save was refused').not.toBeNull()
  return { paths: (error?.data?.errors ?? []).map((e) => e.path), status: error?.status }
}

beforeAll(async () => {
  payload = await getTestPayload()
  users = await createUsersByRole(payload, 'cum')
  server = await startApiServer()
  q = await import('@/clusters/queries')
  province = await payload.create({ collection: 'provinces', data: { code: '97', kind: 'province', name: 'Tỉnh Thử A' }, overrideAccess: true })
}, 180_000)
afterAll(() => server.close())
beforeEach(() => {
  purged.length = 0
})

describe('saving a cluster keeps its scores consistent', () => {
  it('refuses bad scores through the Local API with a 400 naming every field', async () => {
    const bad = cluster('Cụm lỗi', {
      years: [
        {
          criteria: [...criteria, { code: 'tc1', name: 'Lặp mã', weight: 1 }],
          leadingUnit: 'Tỉnh Ngoài Cụm',
          results: [
            { member: 'Tỉnh Thử A', scores: [{ criterion: 'TC1', points: 31 }, { criterion: 'TC7', points: 1 }] },
            { member: 'Tỉnh Lạ', scores: [] },
            { member: 'tỉnh thử a', scores: [] },
          ],
          year: 2025,
        },
        { year: 2025 },
      ],
    })
    const { paths, status } = await validationErrors(payload.create({ collection: 'emulation-clusters', data: { ...bad, _status: 'published' }, ...asEditor() }))
    expect(status).toBe(400)
    expect(paths.sort()).toEqual(
      [
        'years.0.criteria.2.code',
        'years.0.leadingUnit',
        'years.0.results.0.scores.0.points',
        'years.0.results.0.scores.1.criterion',
        'years.0.results.1.member',
        'years.0.results.2.member',
        'years.1.year',
      ].sort(),
    )
    expect((await payload.count({ collection: 'emulation-clusters', overrideAccess: true, where: { name: { equals: 'Cụm lỗi' } } })).totalDocs).toBe(0)
  })

  it('checks a partial update against what is stored: removing a scored member is refused', async () => {
    const doc = await payload.create({ collection: 'emulation-clusters', data: { ...cluster('Cụm sửa một phần'), _status: 'published' }, ...asEditor() })
    const { paths } = await validationErrors(payload.update({ collection: 'emulation-clusters', data: { members: [{ name: 'Tỉnh Thử A' }] }, id: doc.id, ...asEditor() }))
    expect(paths).toEqual(['years.0.deputyUnit', 'years.0.results.1.member'])
  })

  it('answers REST with 400 and the field paths, never a 500', async () => {
    const doc = await payload.create({ collection: 'emulation-clusters', data: { ...cluster('Cụm qua REST'), _status: 'published' }, ...asEditor() })
    const res = await fetch(`${server.url}/api/emulation-clusters/${doc.id}`, {
      body: JSON.stringify({ years: [{ criteria, results: [{ member: 'Tỉnh Thử C', scores: [{ criterion: 'TC2', points: 25 }] }], year: 2025 }] }),
      headers: { authorization: `users API-Key ${users.editor.apiKey}`, 'content-type': 'application/json' },
      method: 'PATCH',
    })
    expect(res.status).toBe(400)
    const body = (await res.json()) as { errors: { data?: { errors?: { message: string; path: string }[] } }[] }
    expect(body.errors[0].data?.errors).toEqual([{ message: 'Điểm 25 vượt điểm tối đa 20 của tiêu chí “TC2”.', path: 'years.0.results.0.scores.0.points' }])
  })
})

describe('the admin’s autosave', () => {
  it('keeps a half-typed draft, but a real save or a publish of the same data is refused', async () => {
    const doc = await payload.create({ collection: 'emulation-clusters', data: { ...cluster('Cụm tự lưu'), _status: 'published' }, ...asEditor() })
    const half = JSON.stringify({ _status: 'draft', years: [{ criteria, results: [{ member: 'Tỉnh Th', scores: [] }], year: 2025 }] })
    const patch = (query: string, body: string) =>
      fetch(`${server.url}/api/emulation-clusters/${doc.id}?${query}`, { body, headers: { authorization: `users API-Key ${users.editor.apiKey}`, 'content-type': 'application/json' }, method: 'PATCH' })
    expect((await patch('draft=true&autosave=true', half)).status).toBe(200)
    expect((await patch('draft=true', half)).status).toBe(400)
    expect((await patch('autosave=true', half.replace('"draft"', '"published"'))).status).toBe(400)
    expect((await q.getCluster(doc.slug ?? '', 'vi'))?.years?.[0].results?.map((r) => r.member)).toEqual(['Tỉnh Thử A', 'Tỉnh Thử B'])
  })
})

describe('what readers see', () => {
  it('lists published clusters only, grouped data ready for /cum-khoi; a draft has no page', async () => {
    const published = await payload.create({ collection: 'emulation-clusters', data: { ...cluster('Cụm công khai'), _status: 'published' }, ...asEditor() })
    const draft = await payload.create({ collection: 'emulation-clusters', data: { ...cluster('Cụm BANNHAP'), _status: 'draft' }, draft: true, ...asEditor() })
    const list = await q.listClusters('vi')
    expect(list.map((c) => c.name)).toContain('Cụm công khai')
    expect(list.map((c) => c.name)).not.toContain('Cụm BANNHAP')
    const listed = list.find((c) => c.id === published.id)
    expect([listed?.members?.length, listed?.years?.[0]?.leadingUnit, listed?.kind, listed?.level]).toEqual([3, 'Tỉnh Thử A', 'cluster', 'central'])
    expect(await q.getCluster(draft.slug ?? '', 'vi')).toBeNull()
    const rest = await (await fetch(`${server.url}/api/emulation-clusters?limit=100&depth=0`)).json()
    expect(JSON.stringify(rest)).not.toContain('BANNHAP')
  })

  it('shows the published scores while newer ones wait as a draft, and purges the page when they are published', async () => {
    const doc = await payload.create({ collection: 'emulation-clusters', data: { ...cluster('Cụm có bản nháp'), _status: 'published' }, ...asEditor() })
    expect(purged).toContain('collection:emulation-clusters')
    const years = (points: number) => [{ ...cluster('').years?.[0], results: [{ member: 'Tỉnh Thử C', scores: [{ criterion: 'TC1', points }] }], year: 2025 }] as EmulationCluster['years']
    await payload.update({ collection: 'emulation-clusters', data: { _status: 'draft', years: years(29) }, draft: true, id: doc.id, ...asEditor() })
    const page = await q.getCluster(doc.slug ?? '', 'vi')
    expect(page?.years?.[0].results?.map((r) => r.member)).toEqual(['Tỉnh Thử A', 'Tỉnh Thử B'])
    purged.length = 0
    await payload.update({ collection: 'emulation-clusters', data: { _status: 'published', years: years(29) }, id: doc.id, ...asEditor() })
    expect(purged).toContain('collection:emulation-clusters')
    expect((await q.getCluster(doc.slug ?? '', 'vi'))?.years?.[0].results?.map((r) => r.member)).toEqual(['Tỉnh Thử C'])
  })

  it('links the agreement and award decision only when they are published, and members to their province', async () => {
    const agreement = await payload.create({ collection: 'documents', data: { _status: 'published', issuedDate: '2025-02-01T00:00:00.000Z', number: '01/GƯTĐ-CỤM', status: 'inForce', title: 'Giao ước thi đua năm 2025 (mẫu)', type: 'other' }, ...asEditor() })
    const award = await payload.create({ collection: 'awards', data: { _status: 'draft', awardTitle: 'Cờ thi đua của Chính phủ', decisionDate: '2026-01-05T00:00:00.000Z', decisionNumber: '9/QĐ-TTg', form: 'emulationTitle', issuer: 'Thủ tướng Chính phủ' }, draft: true, ...asEditor() })
    const base = cluster('Cụm có văn bản')
    const doc = await payload.create({
      collection: 'emulation-clusters',
      data: { ...base, _status: 'published', members: [{ name: 'Tỉnh Thử A', province: province.id }, ...members.slice(1)], years: [{ ...base.years?.[0], agreement: agreement.id, awardDecision: award.id, awardNote: 'Tỉnh Thử A được đề nghị tặng Cờ thi đua (mẫu).', year: 2025 }] },
      ...asEditor(),
    })
    const page = await q.getCluster(doc.slug ?? '', 'vi')
    const year = page?.years?.[0]
    expect(year?.agreement).toMatchObject({ number: '01/GƯTĐ-CỤM', slug: agreement.slug })
    expect(typeof year?.awardDecision).not.toBe('object')
    expect(page?.members?.[0].province).toMatchObject({ name: 'Tỉnh Thử A', slug: province.slug })
    const { rankMembers } = await import('@/clusters/ranking')
    const rows = rankMembers({ criteria: year?.criteria ?? [], members: (page?.members ?? []).map((m) => m.name), results: year?.results ?? [] })
    // 20 × 2 + 15 = 55 and 22 × 2 + 10 + 1 = 55: a shared first place; the unscored member last.
    expect(rows.map((r) => [r.rank, r.member, r.total])).toEqual([
      [1, 'Tỉnh Thử A', 55],
      [1, 'Tỉnh Thử B', 55],
      [null, 'Tỉnh Thử C', null],
    ])
  })

  it('serves the English mirror with the English name, Vietnamese where untranslated', async () => {
    const doc = await payload.create({ collection: 'emulation-clusters', data: { ...cluster('Cụm song ngữ'), _status: 'published' }, locale: 'vi', ...asEditor() })
    const stored = await payload.findByID({ collection: 'emulation-clusters', depth: 0, id: doc.id, locale: 'vi', overrideAccess: true })
    await payload.update({ collection: 'emulation-clusters', data: { _status: 'published', name: 'Bilingual cluster', years: (stored.years ?? []).map((y) => ({ ...y, criteria: (y.criteria ?? []).map((c) => ({ ...c, name: `EN ${c.code}` })) })) }, id: doc.id, locale: 'en', ...asEditor() })
    const en = await q.getCluster(doc.slug ?? '', 'en')
    expect(en?.name).toBe('Bilingual cluster')
    expect(en?.years?.[0].criteria?.map((c) => c.name)).toEqual(['EN TC1', 'EN TC2'])
    expect((await q.getCluster(doc.slug ?? '', 'vi'))?.years?.[0].criteria?.map((c) => c.name)).toEqual(['Phát triển kinh tế', 'Cải cách hành chính'])
  })
})

describe('the demo seed', () => {
  it('creates two clusters of provinces and two blocks, two scored years each with a rotating leading unit; a second run creates nothing', async () => {
    const { seedProvinces, seedSectors } = await import('@/seed/factories/taxonomies')
    const { seedClusters } = await import('@/seed/factories/clusters')
    const ctx = { log: () => undefined, payload, refs: emptyRefs() }
    await seedProvinces(ctx)
    await seedSectors(ctx)
    expect(await seedClusters(ctx)).toEqual({ created: 4, existing: 0 })
    expect(await seedClusters(ctx)).toEqual({ created: 0, existing: 4 })
    const { docs } = await payload.find({ collection: 'emulation-clusters', depth: 1, limit: 0, locale: 'vi', overrideAccess: false, pagination: false, where: { createdBy: { exists: false } } })
    expect(docs.map((d) => d.kind).sort()).toEqual(['block', 'block', 'cluster', 'cluster'])
    for (const doc of docs) {
      const members = doc.members ?? []
      expect(members.length, doc.name).toBeGreaterThanOrEqual(4)
      expect(members.length, doc.name).toBeLessThanOrEqual(8)
      for (const m of members) expect(typeof (doc.kind === 'cluster' ? m.province : m.sector), m.name).toBe('object')
      expect(doc.years?.map((y) => y.year).sort()).toEqual([2024, 2025])
      const [y2024, y2025] = [...(doc.years ?? [])].sort((a, b) => a.year - b.year)
      expect(y2024.leadingUnit).not.toBe(y2025.leadingUnit)
      for (const y of [y2024, y2025]) {
        expect(y.criteria?.length).toBeGreaterThanOrEqual(4)
        expect(y.criteria?.length).toBeLessThanOrEqual(6)
        expect(rankedCount(y)).toBeGreaterThanOrEqual(4)
      }
    }
    const en = await q.getCluster('cum-thi-dua-cac-tinh-mien-nui-bien-gioi-phia-bac', 'en')
    expect(en?.name).toBe('Emulation cluster of the northern mountain and border provinces')
    expect(en?.years?.[0].criteria?.[0].name).toBe('Socio-economic development targets')
  })
})

const rankedCount = (y: NonNullable<EmulationCluster['years']>[number]) => (y.results ?? []).filter((r) => (r.scores ?? []).length > 0).length
