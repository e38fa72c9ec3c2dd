import { describe, expect, it } from 'vitest'

import { readSpreadsheet } from '@/import/read'
import { xlsxBytes } from '../helpers/spreadsheetBytes'

const HEADERS = ['STT', 'Số quyết định', 'Ngày quyết định', 'Cấp/cơ quan quyết định', 'Hình thức khen thưởng', 'Tên cá nhân, tập thể được khen', 'Cá nhân/Tập thể', 'Trực tiếp lao động, sản xuất', 'Ghi chú']

/**
 * An office's real layout: a merged title line and a blank line above the
 * header, a decision merged down over its two recipients, a fully empty row
 * between records, and typed cells of every kind.
 */
const officeWorkbook = () =>
  xlsxBytes([
    {
      merges: ['A1:I1', 'B4:B5', 'C4:C5', 'D4:D5'],
      name: 'Khen thưởng',
      numFmts: { C4: 'dd/mm/yyyy', C7: 'dd/mm/yyyy' },
      rows: [
        ['DANH SÁCH CÁ NHÂN, TẬP THỂ ĐƯỢC KHEN THƯỞNG NĂM 2024'],
        [],
        HEADERS,
        [1, '  12/QĐ-UBND ', new Date(Date.UTC(2024, 2, 15, 16, 45)), 'UBND tỉnh Lâm Đồng', { richText: [{ text: 'Bằng khen ' }, { font: { bold: true }, text: 'của Chủ tịch UBND tỉnh' }] }, 'Nguyễn Thị Mẫu', 'Cá nhân', true, 'đã kiểm tra'],
        [{ formula: 'A4+1', result: 2 }, null, null, null, 'Bằng khen của Chủ tịch UBND tỉnh', { text: 'Trường Tiểu học Mẫu', hyperlink: 'https://example.invalid/truong' }, 'Tập thể', 'x'],
        [],
        [3, { formula: 'TEXT(ROW(),"0")&"/QĐ-UBND"', result: '7/QĐ-UBND' }, { formula: 'DATE(2024,4,30)', result: new Date(Date.UTC(2024, 3, 30)) }, 'UBND tỉnh Lâm Đồng', 'Giấy khen', 'Trần Văn Mẫu', 'Cá nhân', 1],
      ],
    },
  ])

describe('XLSX cells', () => {
  it('gives Excel’s own row numbers, below title lines and across empty rows, and names ignored columns', async () => {
    const result = await readSpreadsheet({ bytes: await officeWorkbook(), filename: 'khen-thuong.xlsx', kind: 'awards' })
    expect(result.sheet).toBe('Khen thưởng')
    expect(result.ignoredColumns).toEqual(['STT', 'Ghi chú'])
    expect(result.rows.map((r) => r.rowNumber)).toEqual([4, 5, 7])
  })

  it('trims strings, flattens rich text and links, keeps booleans and numbers, and dates as the UTC midnight of the day shown', async () => {
    const [first, second] = (await readSpreadsheet({ bytes: await officeWorkbook(), filename: 'k.xlsx', kind: 'awards' })).rows
    expect(first.values).toEqual({
      decisionDate: new Date(Date.UTC(2024, 2, 15)),
      decisionNumber: '12/QĐ-UBND',
      directWorker: true,
      form: 'Bằng khen của Chủ tịch UBND tỉnh',
      issuer: 'UBND tỉnh Lâm Đồng',
      recipientKind: 'Cá nhân',
      recipientName: 'Nguyễn Thị Mẫu',
    })
    // The decision's cells are merged down over the second recipient: the row carries them too.
    expect(second.values).toMatchObject({ decisionDate: new Date(Date.UTC(2024, 2, 15)), decisionNumber: '12/QĐ-UBND', directWorker: 'x', recipientName: 'Trường Tiểu học Mẫu' })
  })

  it('hands formula cells over as formula and last result, a date result as a date', async () => {
    const third = (await readSpreadsheet({ bytes: await officeWorkbook(), filename: 'k.xlsx', kind: 'awards' })).rows[2]
    expect(third.values.decisionNumber).toEqual({ formula: 'TEXT(ROW(),"0")&"/QĐ-UBND"', result: '7/QĐ-UBND' })
    expect(third.values.decisionDate).toEqual({ formula: 'DATE(2024,4,30)', result: new Date(Date.UTC(2024, 3, 30)) })
    expect(third.values.directWorker).toBe(1)
  })
})
