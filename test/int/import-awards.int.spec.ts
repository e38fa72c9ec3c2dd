import type { Payload } from 'payload'
import { beforeAll, describe, expect, it, vi } from 'vitest'

import { importFile } from '@/import/engine/run'
import type { Award, Exemplar, Province } from '@/payload-types'
import { createProvinces, importCsv, importXlsx, type RowValues } from '../helpers/importFiles'
import { xlsxBytes } from '../helpers/spreadsheetBytes'
import { getTestPayload } from '../helpers/payload'
import { createUsersByRole, type UsersByRole } from '../helpers/users'

// Writes purge through next/cache when it is there; here there is no Next server to purge.
vi.mock('next/cache', () => ({ revalidateTag: () => undefined, unstable_cache: <T>(fn: T) => fn }))

let payload: Payload
let users: UsersByRole
let lan: Exemplar
const province: Record<string, Province['id']> = {}

const D1 = { decisionDate: new Date(Date.UTC(2024, 2, 15)), decisionNumber: '101/QĐ-UBND', form: 'Bằng khen của Chủ tịch UBND tỉnh', issuer: 'Chủ tịch UBND tỉnh Phú Yên (mẫu)', sector: 'Y tế', reason: 'Có thành tích xuất sắc trong phong trào thi đua (mẫu).' }
const D2 = { decisionDate: '05/09/2023', decisionNumber: '25/QĐ-TTg', form: 'bang khen cua thu tuong chinh phu', issuer: 'Thủ tướng Chính phủ' }
const D3 = { decisionDate: 45000, decisionNumber: '7/QĐ-CTN', form: 'Huân chương Lao động', issuer: 'Chủ tịch nước', title: 'Hạng Ba' }

/** Seven recipients in three decisions, hand-written as an office would: old and new province names, codes, three date styles. */
const rows = (overrides: Partial<Record<number, RowValues>> = {}): RowValues[] =>
  [
    { ...D1, province: 'Đắk Lắk', recipientKind: 'Cá nhân', recipientName: 'Lê Thị Hồng Nhung (mẫu)', unit: 'Trạm Y tế xã Ea Tiêu (mẫu)' },
    { ...D1, directWorker: 'x', ethnicMinority: 'có', province: 'Phú Yên', recipientKind: 'ca nhan', recipientName: 'Nguyễn Văn Tư (mẫu)', unit: 'Xã Sông Hinh (mẫu)', 'Ghi chú': 'đã xác minh' },
    { ...D1, province: '54', recipientKind: 'Tập thể', recipientName: 'Trường Tiểu học Hòa Bình (mẫu)' },
    { ...D2, province: 'Hà Nội', recipientKind: 'Cá nhân', recipientName: 'Trần Văn Bình (mẫu)' },
    { ...D2, island: 'x', province: 'Bạc Liêu', recipientKind: 'Tập thể', recipientName: 'Hợp tác xã Thủy sản Gành Hào (mẫu)' },
    { ...D3, province: 'TP. Hồ Chí Minh', recipientKind: 'Cá nhân', recipientName: 'Phạm Thị Lan (mẫu)', unit: 'Bệnh viện Quận 8 cũ (mẫu)' },
  ].map((row, i) => ({ ...row, ...overrides[i + 2] }))

const file = (overrides?: Partial<Record<number, RowValues>>) => importXlsx({ extraHeaders: ['Ghi chú'], kind: 'awards', rows: rows(overrides) })

const run = async (bytes: Buffer, options: { dryRun?: boolean; publish?: boolean; skipInvalid?: boolean } = {}) =>
  importFile({ bytes, filename: 'khen-thuong.xlsx', kind: 'awards', payload, publish: options.publish ?? true, user: users.editor, ...options })

const awardsByNumber = async (): Promise<Map<string, Award>> => {
  const { docs } = await payload.find({ collection: 'awards', depth: 0, draft: true, limit: 0, locale: 'vi', overrideAccess: true, pagination: false })
  return new Map(docs.map((d) => [d.decisionNumber, d]))
}

beforeAll(async () => {
  payload = await getTestPayload()
  users = await createUsersByRole(payload, 'imp')
  await createProvinces(payload)
  const { docs } = await payload.find({ collection: 'provinces', limit: 0, overrideAccess: true, pagination: false })
  for (const p of docs) province[p.name] = p.id
  await payload.create({ collection: 'sectors', data: { name: 'Y tế' }, overrideAccess: true })
  lan = await payload.create({ collection: 'exemplars', data: { _status: 'published', kind: 'individual', name: 'Lê Thị Hồng Nhung (mẫu)', organization: 'Trạm Y tế xã Ea Tiêu (mẫu)', province: province['Đắk Lắk'], stage: 'nurtured' }, overrideAccess: true })
  // Two profiles of one name in one province: a row naming it must not be linked to either.
  for (const organization of ['Trường THCS Ba Đình (mẫu)', 'Công an phường Hoàn Kiếm (mẫu)']) {
    await payload.create({ collection: 'exemplars', data: { _status: 'published', kind: 'individual', name: 'Trần Văn Bình (mẫu)', organization, province: province['Hà Nội'], stage: 'discovered' }, overrideAccess: true })
  }
}, 180_000)

describe('award import from a spreadsheet', () => {
  it('a dry run checks every row, names the ignored column and writes nothing', async () => {
    const outcome = await run(await file(), { dryRun: true })
    expect(outcome.plan.issues).toEqual([])
    expect(outcome.read.ignoredColumns).toEqual(['Ghi chú'])
    expect(outcome.plan.records).toHaveLength(3)
    expect(outcome.written).toBe(false)
    expect((await payload.count({ collection: 'awards', overrideAccess: true })).totalDocs).toBe(0)
  })

  it('writes three decisions, links the one matching profile, maps old provinces and keeps them as written', async () => {
    const outcome = await run(await file())
    expect(outcome.counts).toMatchObject({ created: 3, failed: 0, unchanged: 0, updated: 0 })
    expect(outcome.plan.warnings).toEqual([expect.objectContaining({ row: 5, message: expect.stringContaining('trùng với 2 hồ sơ') })])
    const byNumber = await awardsByNumber()
    const d1 = byNumber.get('101/QĐ-UBND') as Award
    expect(d1._status).toBe('published')
    expect(d1.decisionDate.slice(0, 10)).toBe('2024-03-15')
    expect(d1.form).toBe('certificateOfMerit')
    expect(d1.recipients).toEqual([lan.id])
    expect(d1.province).toBe(province['Đắk Lắk'])
    expect(d1.provinceAsWritten ?? null).toBeNull()
    expect(d1.otherRecipients?.map((o) => [o.name, o.kind, o.province, o.provinceAsWritten, o.flags?.directWorker, o.flags?.ethnicMinority])).toEqual([
      ['Nguyễn Văn Tư (mẫu)', 'individual', province['Đắk Lắk'], 'Phú Yên', true, true],
      ['Trường Tiểu học Hòa Bình (mẫu)', 'collective', province['Đắk Lắk'], '54', false, false],
    ])
    expect(d1.statFacts).toEqual({ e: [lan.id], o: [{ f: ['directWorker', 'ethnicMinority'], k: 'i', p: province['Đắk Lắk'] }, { f: [], k: 'c', p: province['Đắk Lắk'] }] })
    const d2 = byNumber.get('25/QĐ-TTg') as Award
    expect(d2.decisionDate.slice(0, 10)).toBe('2023-09-05')
    expect(d2.awardTitle).toBe('Bằng khen của Thủ tướng Chính phủ')
    expect(d2.recipients ?? []).toEqual([])
    expect(d2.otherRecipients?.map((o) => [o.name, o.province, o.provinceAsWritten, o.flags?.island])).toEqual([
      ['Trần Văn Bình (mẫu)', province['Hà Nội'], 'Hà Nội', false],
      ['Hợp tác xã Thủy sản Gành Hào (mẫu)', province['Cà Mau'], 'Bạc Liêu', true],
    ])
    expect(d2.province ?? null).toBeNull()
    const d3 = byNumber.get('7/QĐ-CTN') as Award
    expect(d3.decisionDate.slice(0, 10)).toBe('2023-03-15')
    expect([d3.form, d3.awardTitle, d3.province, d3.provinceAsWritten]).toEqual(['order', 'Huân chương Lao động hạng Ba', province['Thành phố Hồ Chí Minh'], 'TP. Hồ Chí Minh'])
  })

  it('importing the same file again creates nothing and says so', async () => {
    const outcome = await run(await file())
    expect(outcome.counts).toMatchObject({ created: 0, unchanged: 3, updated: 0 })
    expect((await payload.count({ collection: 'awards', overrideAccess: true })).totalDocs).toBe(3)
  })

  it('a corrected file updates only the decision that changed, as a new version', async () => {
    const before = await awardsByNumber()
    const id = (before.get('25/QĐ-TTg') as Award).id
    const versionsBefore = (await payload.countVersions({ collection: 'awards', overrideAccess: true, where: { parent: { equals: id } } })).totalDocs
    const outcome = await run(await file({ 5: { reason: 'Lý do đã sửa (mẫu).' }, 6: { reason: 'Lý do đã sửa (mẫu).' } }))
    expect(outcome.counts).toMatchObject({ created: 0, unchanged: 2, updated: 1 })
    const after = (await awardsByNumber()).get('25/QĐ-TTg') as Award
    expect(after.reason).toBe('Lý do đã sửa (mẫu).')
    expect((await payload.countVersions({ collection: 'awards', overrideAccess: true, where: { parent: { equals: id } } })).totalDocs).toBe(versionsBefore + 1)
  })

  it('rejects bad rows with their row, column and a Vietnamese reason, and writes nothing', async () => {
    const bad = await file({ 2: { decisionDate: '31/02/2024' }, 3: { province: 'Hà Tây 2' }, 4: { form: 'Cúp vàng' }, 7: { recipientName: '' } })
    const outcome = await run(bad)
    expect(outcome.written).toBe(false)
    expect(outcome.plan.issues.map((i) => [i.row, i.column])).toEqual([
      [2, 'Ngày quyết định'],
      [3, 'Tỉnh, thành phố'],
      [4, 'Hình thức khen thưởng'],
      [7, 'Tên cá nhân, tập thể được khen'],
    ])
    expect(outcome.plan.issues[0].message).toContain('31/02/2024')
    expect(outcome.plan.issues[1].message).toContain('Hà Tây 2')
    expect(outcome.plan.issues[3].message).toBe('Thiếu giá trị bắt buộc.')
    expect((await payload.count({ collection: 'awards', overrideAccess: true })).totalDocs).toBe(3)
  })

  it('a formula where text is expected is a row error asking for values; a formula giving a date is read as that date', async () => {
    const headers = ['Số quyết định', 'Ngày quyết định', 'Cấp/cơ quan quyết định', 'Hình thức khen thưởng', 'Tên cá nhân, tập thể được khen', 'Cá nhân/Tập thể']
    const bytes = await xlsxBytes([
      {
        name: 'Khen thưởng',
        rows: [
          headers,
          ['31/QĐ-TTg', { formula: 'DATE(2024,4,30)', result: new Date(Date.UTC(2024, 3, 30)) }, 'Thủ tướng Chính phủ', 'Bằng khen', { formula: 'CONCAT("Vũ ","Thị Hoa")', result: 'Vũ Thị Hoa' }, 'Cá nhân'],
        ],
      },
    ])
    const outcome = await importFile({ bytes, dryRun: true, filename: 'cong-thuc.xlsx', kind: 'awards', payload, publish: false, user: users.editor })
    expect(outcome.plan.issues).toEqual([{ column: 'Tên cá nhân, tập thể được khen', message: expect.stringMatching(/^Ô chứa công thức =CONCAT/), row: 2 }])
  })

  it('with skip-invalid, writes only decisions whose rows are all good: never half a decision', async () => {
    const rowsWithNew = [
      { ...D2, decisionNumber: '26/QĐ-TTg', province: 'Hà Nội', recipientKind: 'Cá nhân', recipientName: 'Đỗ Thị Hạnh (mẫu)' },
      { ...D2, decisionNumber: '26/QĐ-TTg', province: 'Hà Tây 2', recipientKind: 'Cá nhân', recipientName: 'Đỗ Văn Hải (mẫu)' },
      { ...D2, decisionNumber: '27/QĐ-TTg', province: 'Hà Nội', recipientKind: 'Tập thể', recipientName: 'Ban Chỉ huy Quân sự (mẫu)' },
    ]
    const outcome = await importFile({ bytes: await importXlsx({ kind: 'awards', rows: rowsWithNew }), filename: 'x.xlsx', kind: 'awards', payload, publish: false, skipInvalid: true, user: users.editor })
    expect(outcome.plan.issues.map((i) => i.row)).toEqual([3])
    expect(outcome.counts).toMatchObject({ created: 1 })
    const byNumber = await awardsByNumber()
    expect(byNumber.has('26/QĐ-TTg')).toBe(false)
    expect(byNumber.get('27/QĐ-TTg')?._status).toBe('draft')
  })

  it('reads a CSV saved by Excel (UTF-8 with BOM) the same way', async () => {
    const csv = importCsv({ kind: 'awards', rows: [{ ...D2, decisionNumber: '28/QĐ-TTg', province: 'Thừa Thiên Huế', recipientKind: 'Tập thể', recipientName: 'Trạm Kiểm lâm A Lưới (mẫu)' }] })
    const outcome = await importFile({ bytes: csv, filename: 'x.csv', kind: 'awards', payload, publish: true, user: users.editor })
    expect(outcome.counts).toMatchObject({ created: 1 })
    const award = (await awardsByNumber()).get('28/QĐ-TTg') as Award
    expect(award.otherRecipients?.[0]).toMatchObject({ province: province['Huế'], provinceAsWritten: 'Thừa Thiên Huế' })
  })

  it('a contributor cannot publish through the import: the write fails and is reported, nothing is published', async () => {
    const csv = importCsv({ kind: 'awards', rows: [{ ...D2, decisionNumber: '29/QĐ-TTg', province: 'Huế', recipientKind: 'Tập thể', recipientName: 'Đội Tình nguyện (mẫu)' }] })
    const outcome = await importFile({ bytes: csv, filename: 'x.csv', kind: 'awards', payload, publish: true, user: users.contributor })
    expect(outcome.counts).toMatchObject({ created: 0, failed: 1 })
    expect(outcome.failures[0].message).toContain('29/QĐ-TTg')
    expect((await awardsByNumber()).has('29/QĐ-TTg')).toBe(false)
  })
})
