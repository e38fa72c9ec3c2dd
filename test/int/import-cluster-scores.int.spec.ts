import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { TSX_NODE_FLAGS } from '@scripts/run-command'
import { rankMembers } from '@/clusters/ranking'
import { importFile } from '@/import/engine/run'
import { readSpreadsheet } from '@/import/read'
import type { EmulationCluster } from '@/payload-types'
import { startApiServer } from '../helpers/http'
import { importXlsx, type RowValues } from '../helpers/importFiles'
import { getTestPayload } from '../helpers/payload'
import { createUsersByRole, type UsersByRole } from '../helpers/users'

vi.mock('next/cache', () => ({ revalidateTag: () => undefined, unstable_cache: <T>(fn: T) => fn }))

let payload: Payload
let users: UsersByRole
let server: Awaited<ReturnType<typeof startApiServer>>
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-import-cum-'))

const MEMBERS = ['Tỉnh Nhập A', 'Tỉnh Nhập B', 'Tỉnh Nhập C', 'Tỉnh Nhập D']
const criteria2025 = [
  { code: 'TC1', maxPoints: 30, name: 'Kinh tế', weight: 2 },
  { code: 'TC2', maxPoints: 20, name: 'Xã hội', weight: 1 },
]

/** A published cluster with 2024 and 2025, only Tỉnh Nhập A scored in 2025, and English criterion names. */
const makeCluster = async (name: string): Promise<EmulationCluster> => {
  const doc = await payload.create({
    collection: 'emulation-clusters',
    data: {
      _status: 'published',
      kind: 'cluster',
      level: 'central',
      members: MEMBERS.map((m) => ({ name: m })),
      name,
      years: [
        { criteria: [{ code: 'TC1', name: 'Cũ', weight: 1 }], results: [{ member: 'Tỉnh Nhập D', scores: [{ criterion: 'TC1', points: 9 }] }], year: 2024 },
        { criteria: criteria2025, leadingUnit: 'Tỉnh Nhập A', results: [{ member: 'Tỉnh Nhập A', scores: [{ criterion: 'TC1', points: 25 }, { criterion: 'TC2', points: 18 }] }], year: 2025 },
      ],
    },
    locale: 'vi',
    overrideAccess: true,
  })
  const years = (doc.years ?? []).map((y) => ({ ...y, criteria: (y.criteria ?? []).map((c) => ({ ...c, name: `EN ${c.name}` })) }))
  await payload.update({ collection: 'emulation-clusters', data: { name: `${name} EN`, years }, id: doc.id, locale: 'en', overrideAccess: true })
  return doc
}

const xlsx = (rows: RowValues[], extraHeaders = ['TC1', 'TC2']) => importXlsx({ extraHeaders, kind: 'clusterScores', rows })
const run = (bytes: Buffer, publish = true) => importFile({ bytes, filename: 'diem.xlsx', kind: 'clusterScores', payload, publish, user: users.editor })

/** The 2025 ranking as readers see it (published, access applied). */
const publishedRanking = async (id: number) => {
  const { docs } = await payload.find({ collection: 'emulation-clusters', depth: 0, limit: 1, overrideAccess: false, where: { id: { equals: id } } })
  const year = docs[0]?.years?.find((y) => y.year === 2025)
  return rankMembers({ criteria: year?.criteria ?? [], members: MEMBERS, results: year?.results ?? [] }).map((r) => [r.rank, r.member, r.total])
}

beforeAll(async () => {
  payload = await getTestPayload()
  users = await createUsersByRole(payload, 'impcum')
  server = await startApiServer()
}, 180_000)
afterAll(() => server.close())

describe('checking a score file', () => {
  it('refuses each bad row with its row number, column and reason, and writes nothing', async () => {
    const cluster = await makeCluster('Cụm kiểm tra điểm')
    const good = { cluster: cluster.name, member: 'Tỉnh Nhập B', STT: 1, TC1: 20, TC2: 10, year: 2025 }
    const bytes = await xlsx(
      [
        good,
        { ...good, cluster: 'Cụm không có' },
        { ...good, year: 2030 },
        { ...good, member: 'Tỉnh Lạ' },
        { ...good, member: 'Tỉnh Nhập C', TC9: 3 },
        { ...good, member: 'Tỉnh Nhập C', TC1: 'mười' },
        { ...good, member: 'Tỉnh Nhập C', TC1: -3 },
        { ...good, member: 'Tỉnh Nhập C', TC2: 25 },
        { ...good, TC1: 21 },
        { cluster: cluster.slug ?? '', member: 'Tỉnh Nhập D', year: 2025 },
      ],
      ['STT', 'TC1', 'TC2', 'TC9'],
    )
    const outcome = await run(bytes)
    expect(outcome.written).toBe(false)
    expect(outcome.plan.issues.map((i) => [i.row, i.column ?? null])).toEqual([
      [3, 'Cụm/khối'],
      [4, 'Năm'],
      [5, 'Đơn vị'],
      [6, 'TC9'],
      [7, 'TC1'],
      [8, 'TC1'],
      [9, 'TC2'],
      [10, 'Đơn vị'],
      [11, null],
    ])
    const messages = outcome.plan.issues.map((i) => i.message)
    expect(messages[0]).toContain('Không tìm thấy cụm, khối “Cụm không có”')
    expect(messages[1]).toContain('chưa có năm 2030')
    expect(messages[2]).toContain('không phải thành viên của Cụm kiểm tra điểm')
    expect(messages[3]).toContain('Cột “TC9” không phải mã tiêu chí nào của năm 2025 (các mã: TC1, TC2)')
    expect(messages[4]).toContain('Không đọc được điểm "mười"')
    expect(messages[5]).toContain('số âm')
    expect(messages[6]).toBe('Điểm 25 vượt điểm tối đa 20 của tiêu chí TC2.')
    expect(messages[7]).toContain('Trùng với dòng 2')
    expect(messages[8]).toContain('chưa có điểm tiêu chí nào')
    expect(outcome.read.ignoredColumns).toEqual(['STT', 'TC9'])
    expect(await publishedRanking(cluster.id)).toEqual([
      [1, 'Tỉnh Nhập A', 68],
      [null, 'Tỉnh Nhập B', null],
      [null, 'Tỉnh Nhập C', null],
      [null, 'Tỉnh Nhập D', null],
    ])
  })
})

describe('writing scores', () => {
  it('replaces each member’s row of that year, publishes it and changes the ranking; the same file again changes nothing', async () => {
    const cluster = await makeCluster('Cụm ghi điểm')
    const before = await payload.findByID({ collection: 'emulation-clusters', depth: 0, id: cluster.id, overrideAccess: true })
    const bytes = await xlsx([
      { adjustment: -1, cluster: cluster.name, member: 'Tỉnh Nhập A', TC1: 20, TC2: '15,5', year: 2025 },
      { cluster: cluster.slug ?? '', member: 'tinh nhap b', TC1: 28, TC2: 19, year: 2025 },
      { adjustment: 2, cluster: cluster.name, member: 'Tỉnh Nhập C', TC1: 10, year: 2025 },
    ])
    const outcome = await run(bytes)
    expect(outcome.plan.issues).toEqual([])
    expect(outcome.counts).toMatchObject({ created: 0, updated: 1 })
    expect(await publishedRanking(cluster.id)).toEqual([
      [1, 'Tỉnh Nhập B', 75],
      [2, 'Tỉnh Nhập A', 54.5],
      [3, 'Tỉnh Nhập C', 22],
      [null, 'Tỉnh Nhập D', null],
    ])
    const after = await payload.findByID({ collection: 'emulation-clusters', depth: 0, id: cluster.id, locale: 'en', overrideAccess: true })
    const year2025 = after.years?.find((y) => y.year === 2025)
    expect(year2025?.results?.[0].id).toBe(before.years?.[1].results?.[0].id)
    expect(year2025?.criteria?.map((c) => c.name)).toEqual(['EN Kinh tế', 'EN Xã hội'])
    expect(after.years?.find((y) => y.year === 2024)?.results).toEqual(before.years?.[0].results)
    const again = await run(bytes)
    expect(again.counts).toMatchObject({ unchanged: 1, updated: 0 })
  })

  it('as a draft, readers keep the published ranking until an editor publishes', async () => {
    const cluster = await makeCluster('Cụm bản nháp điểm')
    const outcome = await run(await xlsx([{ cluster: cluster.name, member: 'Tỉnh Nhập D', TC1: 30, TC2: 20, year: 2025 }]), false)
    expect(outcome.counts).toMatchObject({ updated: 1 })
    expect((await publishedRanking(cluster.id))[0]).toEqual([1, 'Tỉnh Nhập A', 68])
    const draft = await payload.findByID({ collection: 'emulation-clusters', depth: 0, draft: true, id: cluster.id, overrideAccess: false, user: users.editor })
    expect(draft._status).toBe('draft')
    expect(draft.years?.find((y) => y.year === 2025)?.results?.map((r) => r.member)).toEqual(['Tỉnh Nhập A', 'Tỉnh Nhập D'])
  })
})

describe('a cluster whose draft breaks the rules', () => {
  it('is not written: the failure names the row and gives the rule’s own Vietnamese message', async () => {
    const cluster = await makeCluster('Cụm nháp hỏng')
    // The admin's autosave keeps a half-typed draft (a member name not finished yet).
    const half = JSON.stringify({ _status: 'draft', years: [{ criteria: criteria2025, results: [{ member: 'Tỉnh Nh', scores: [] }], year: 2025 }] })
    const saved = await fetch(`${server.url}/api/emulation-clusters/${cluster.id}?draft=true&autosave=true`, { body: half, headers: { authorization: `users API-Key ${users.editor.apiKey}`, 'content-type': 'application/json' }, method: 'PATCH' })
    expect(saved.status).toBe(200)
    const outcome = await run(await xlsx([{ cluster: cluster.name, member: 'Tỉnh Nhập B', TC1: 5, year: 2025 }]))
    expect(outcome.counts).toMatchObject({ failed: 1, updated: 0 })
    expect(outcome.failures).toEqual([{ message: 'Cụm nháp hỏng (2025: 1 đơn vị): không ghi được (Đơn vị “Tỉnh Nh” không phải thành viên của cụm, khối này.).', row: 2 }])
    expect((await publishedRanking(cluster.id))[0]).toEqual([1, 'Tỉnh Nhập A', 68])
  })
})

describe('the admin’s HTTP contract for scores', () => {
  const editor = () => ({ authorization: `users API-Key ${users.editor.apiKey}` })

  it('downloads a cluster’s year as a template: a row per member, a column per criterion, points already recorded', async () => {
    const cluster = await makeCluster('Cụm tải mẫu')
    const url = `${server.url}/api/imports/template/clusterScores?cluster=${cluster.slug}&year=2025`
    expect((await fetch(url)).status).toBe(401)
    const res = await fetch(url, { headers: editor() })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-disposition')).toContain(`mau-diem-${cluster.slug}-2025.xlsx`)
    const read = await readSpreadsheet({ bytes: new Uint8Array(await res.arrayBuffer()), filename: 'mau.xlsx', kind: 'clusterScores' })
    expect(read.rows.map((r) => [r.values.member, r.others?.TC1 ?? null, r.others?.TC2 ?? null])).toEqual([
      ['Tỉnh Nhập A', 25, 18],
      ['Tỉnh Nhập B', null, null],
      ['Tỉnh Nhập C', null, null],
      ['Tỉnh Nhập D', null, null],
    ])
    const missing = await fetch(`${server.url}/api/imports/template/clusterScores?cluster=khong-co&year=2025`, { headers: editor() })
    expect(missing.status).toBe(404)
    expect(((await missing.json()) as { errors: { message: string }[] }).errors[0].message).toContain('Không tìm thấy cụm, khối “khong-co”')
    expect((await fetch(`${server.url}/api/imports/template/clusterScores?cluster=${cluster.slug}&year=2030`, { headers: editor() })).status).toBe(404)
    // A year that is not four digits, or a year without a cluster: 400, not a lookup.
    for (const query of [`cluster=${cluster.slug}&year=25`, `cluster=${cluster.slug}&year=2025x`, 'year=2025']) {
      expect((await fetch(`${server.url}/api/imports/template/clusterScores?${query}`, { headers: editor() })).status).toBe(400)
    }
    expect((await fetch(`${server.url}/api/imports/template/clusterScores`, { headers: editor() })).status).toBe(200)
  })

  it('checks an upload of scores like the other kinds (201 with the report)', async () => {
    const cluster = await makeCluster('Cụm kiểm tra qua HTTP')
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(await xlsx([{ cluster: cluster.name, member: 'Tỉnh Lạ', TC1: 5, year: 2025 }]))]), 'diem.xlsx')
    form.append('_payload', JSON.stringify({ kind: 'clusterScores', publish: true }))
    const res = await fetch(`${server.url}/api/imports/check`, { body: form, headers: editor(), method: 'POST' })
    expect(res.status).toBe(201)
    const { doc } = (await res.json()) as { doc: { kind: string; report: { issues: { column: string; row: number }[] }; status: string; summary: string } }
    expect([doc.kind, doc.status]).toEqual(['clusterScores', 'rejected'])
    expect(doc.report.issues.map((i) => [i.row, i.column])).toEqual([[2, 'Đơn vị']])
    expect(doc.summary).toContain('1 dòng, 0 cụm, khối, 1 dòng lỗi')
  })
})

describe('npm run import for scores', () => {
  const cli = (rest: string[]) => {
    const result = spawnSync(process.execPath, [...TSX_NODE_FLAGS, '--expose-gc', 'scripts/import.ts', ...rest], { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '', REVALIDATE_URL: '' }, timeout: 120_000 })
    return { output: `${result.stdout}${result.stderr}`, status: result.status }
  }

  it('writes a cluster’s template and imports a filled file, published (exit 0)', async () => {
    const cluster = await makeCluster('Cụm dòng lệnh')
    const template = path.join(dir, 'mau.xlsx')
    const made = cli(['template', 'clusterScores', template, `--cluster=${cluster.slug}`, '--year=2025'])
    expect(made.status, made.output).toBe(0)
    const read = await readSpreadsheet({ bytes: new Uint8Array(fs.readFileSync(template)), filename: 'mau.xlsx', kind: 'clusterScores' })
    expect(read.rows.map((r) => r.values.member)).toEqual(MEMBERS)
    const file = path.join(dir, 'diem.xlsx')
    fs.writeFileSync(file, await xlsx([{ cluster: cluster.slug ?? '', member: 'Tỉnh Nhập C', TC1: 30, TC2: 20, year: 2025 }]))
    const imported = cli(['clusterScores', file, '--publish'])
    expect(imported.status, imported.output).toBe(0)
    expect(imported.output).toContain('1 dòng, 1 cụm, khối, 0 dòng lỗi; tạo mới 0, cập nhật 1')
    expect((await publishedRanking(cluster.id))[0]).toEqual([1, 'Tỉnh Nhập C', 80])
  }, 240_000)
})
