import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'

import { columnsFor, templateSheetName } from '@/import/columns'
import { readSpreadsheet } from '@/import/read'
import { buildTemplate, exampleDate } from '@/import/templates'
import type { Cell, ImportKind } from '@/import/types'

const KINDS: ImportKind[] = ['awards', 'exemplars', 'documents']

/** What the example row should read back as: dates as dates, blanks absent, everything else as written. */
const expectedExampleRow = (kind: ImportKind): Record<string, Cell> =>
  Object.fromEntries(
    columnsFor(kind)
      .filter((c) => c.example !== '')
      .map((c) => [c.key, c.type === 'date' ? exampleDate(String(c.example)) : c.example]),
  )

const load = async (buffer: Buffer): Promise<ExcelJS.Workbook> => {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer)
  return workbook
}

describe('downloadable templates', () => {
  it.each(KINDS)('%s: read back through the importer, the template gives exactly its example row and no ignored column', async (kind) => {
    const result = await readSpreadsheet({ bytes: await buildTemplate(kind), filename: 'mau.xlsx', kind })
    expect(result).toEqual({ ignoredColumns: [], rows: [{ rowNumber: 2, values: expectedExampleRow(kind) }], sheet: templateSheetName(kind) })
  })

  it.each(KINDS)('%s: bold Vietnamese headers with widths, and a "Hướng dẫn" sheet explaining every column', async (kind) => {
    const workbook = await load(await buildTemplate(kind))
    expect(workbook.worksheets.map((s) => s.name)).toEqual([templateSheetName(kind), 'Hướng dẫn'])
    const data = workbook.worksheets[0]
    const columns = columnsFor(kind)
    columns.forEach((column, index) => {
      const cell = data.getCell(1, index + 1)
      expect(cell.value).toBe(column.header)
      expect(cell.font?.bold).toBe(true)
      expect(data.getColumn(index + 1).width).toBeGreaterThanOrEqual(12)
    })
    const notes = workbook.getWorksheet('Hướng dẫn')
    const lines: string[] = []
    notes?.eachRow((row) => lines.push((row.values as unknown[]).filter((v) => typeof v === 'string').join(' | ')))
    for (const column of columns) expect(lines).toContain(`${column.header} | ${column.required ? 'Có' : 'Không'} | ${column.note}`)
    const general = lines.join('\n')
    for (const fact of ['dd/mm/yyyy', '50 MB', 'CSV UTF-8', 'xóa trước khi nhập']) expect(general).toContain(fact)
    if (kind !== 'documents') expect(general).toMatch(/34 đơn vị.*63 tỉnh cũ/)
    if (kind === 'awards') expect(general).toMatch(/Mỗi dòng là một cá nhân hoặc tập thể/)
  })
})
