import type { Payload } from 'payload'
import { beforeAll, describe, expect, it, vi } from 'vitest'

import { importFile } from '@/import/engine/run'
import type { ImportKind } from '@/import/types'
import { createProvinces, importCsv, importXlsx } from '../helpers/importFiles'
import { getTestPayload } from '../helpers/payload'
import { createUsersByRole, type UsersByRole } from '../helpers/users'

vi.mock('next/cache', () => ({ revalidateTag: () => undefined, unstable_cache: <T>(fn: T) => fn }))

let payload: Payload
let users: UsersByRole

const run = (kind: ImportKind, bytes: Buffer, publish = false) => importFile({ bytes, filename: `${kind}.xlsx`, kind, payload, publish, user: users.editor })

beforeAll(async () => {
  payload = await getTestPayload()
  users = await createUsersByRole(payload, 'imx')
  await createProvinces(payload)
  await payload.create({ collection: 'movements', data: { _status: 'published', level: 'national', name: 'Cả nước chung tay vì người nghèo', period: { start: '2021-01-01T00:00:00.000Z' }, type: 'periodic' }, overrideAccess: true })
}, 180_000)

describe('exemplar import', () => {
  const rows = [
    { border: 'x', kind: 'Cá nhân', movements: 'Cả nước chung tay vì người nghèo', name: 'Lò Văn Pọm (mẫu)', organization: 'Đồn Biên phòng Mường Nhé (mẫu)', province: 'Điện Biên', stage: 'Bồi dưỡng', yearRecognized: 2024 },
    { kind: 'Tập thể', name: 'Hợp tác xã Chè Tân Cương (mẫu)', province: 'Thái Nguyên', stage: 'nhan rong' },
  ]

  it('creates profiles as drafts with stage, flags, province and movements; the same file again changes nothing', async () => {
    const first = await run('exemplars', await importXlsx({ kind: 'exemplars', rows }))
    expect(first.counts).toMatchObject({ created: 2 })
    const { docs } = await payload.find({ collection: 'exemplars', depth: 0, draft: true, limit: 0, locale: 'vi', overrideAccess: true, pagination: false, sort: 'name' })
    expect(docs.map((d) => [d.name, d._status, d.stage, d.flags?.border, d.yearRecognized ?? null, d.relatedMovements?.length ?? 0])).toEqual([
      ['Hợp tác xã Chè Tân Cương (mẫu)', 'draft', 'replicated', false, null, 0],
      ['Lò Văn Pọm (mẫu)', 'draft', 'nurtured', true, 2024, 1],
    ])
    const again = await run('exemplars', await importXlsx({ kind: 'exemplars', rows }))
    expect(again.counts).toMatchObject({ created: 0, unchanged: 2, updated: 0 })
  })

  it('refuses an unknown stage and a twin row, naming the rows', async () => {
    const outcome = await run('exemplars', await importXlsx({ kind: 'exemplars', rows: [{ ...rows[0], stage: 'Xuất sắc' }, rows[1], rows[1]] }))
    expect(outcome.written).toBe(false)
    expect(outcome.plan.issues.map((i) => [i.row, i.column])).toEqual([
      [2, 'Giai đoạn'],
      [4, 'Tên cá nhân, tập thể'],
    ])
  })
})

describe('legal document import', () => {
  it('creates documents from a CSV, published when asked, keyed by number and date', async () => {
    const csv = importCsv({ kind: 'documents', rows: [{ issuedDate: '26/12/2024', issuer: 'Ban Chấp hành Trung ương', number: '41-CT/TW', status: 'Còn hiệu lực', title: 'Về tăng cường sự lãnh đạo của Đảng đối với công tác thi đua, khen thưởng trong tình hình mới', type: 'Chỉ thị' }] })
    const first = await run('documents', csv, true)
    expect(first.counts).toMatchObject({ created: 1 })
    const { docs } = await payload.find({ collection: 'documents', depth: 0, limit: 0, overrideAccess: false, pagination: false })
    expect(docs.map((d) => [d.number, d.type, d.status, d.issuedDate.slice(0, 10)])).toEqual([['41-CT/TW', 'directive', 'inForce', '2024-12-26']])
    const again = await run('documents', csv, true)
    expect(again.counts).toMatchObject({ created: 0, unchanged: 1 })
  })
})
