import writeXlsxFile from 'write-excel-file/node'
import type { CellObject, SheetData } from 'write-excel-file/node'
import type { Payload } from 'payload'

import { columnsFor } from '@/import/columns'
import type { ImportKind } from '@/import/types'
import { provinces } from '@/seed/data/provinces'

export type RowValues = Record<string, boolean | Date | number | string | undefined>

const cell = (value: RowValues[string]): CellObject | null => {
  if (value === undefined || value === '') return null
  if (value instanceof Date) return { format: 'dd/mm/yyyy', type: Date, value }
  if (typeof value === 'number') return { type: Number, value }
  if (typeof value === 'boolean') return { type: Boolean, value }
  return { type: String, value }
}

/** An XLSX with the template's headers (by column key) and these rows, as an office would fill it in. */
export const importXlsx = async ({ kind, rows, extraHeaders = [] }: { kind: ImportKind; rows: RowValues[]; extraHeaders?: string[] }): Promise<Buffer> => {
  const columns = columnsFor(kind)
  const data: SheetData = [[...columns.map((c) => cell(c.header)), ...extraHeaders.map((h) => cell(h))], ...rows.map((row) => [...columns.map((c) => cell(row[c.key])), ...extraHeaders.map((h) => cell(row[h]))])]
  return writeXlsxFile([{ data, sheet: 'Dữ liệu' }]).toBuffer()
}

/** A CSV (UTF-8 with BOM, as Excel's "CSV UTF-8" writes it) with the template's headers. */
export const importCsv = ({ kind, rows }: { kind: ImportKind; rows: RowValues[] }): Buffer => {
  const columns = columnsFor(kind)
  const quote = (value: RowValues[string]) => `"${String(value ?? '').replace(/"/g, '""')}"`
  const lines = [columns.map((c) => quote(c.header)).join(','), ...rows.map((row) => columns.map((c) => quote(row[c.key])).join(','))]
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf8')])
}

/** The 34 current provinces, as the seed makes them: the importer matches against what is in the database. */
export const createProvinces = async (payload: Payload) => {
  const existing = await payload.count({ collection: 'provinces', overrideAccess: true })
  if (existing.totalDocs > 0) return
  for (const p of provinces) await payload.create({ collection: 'provinces', data: { code: p.code, kind: p.kind, name: p.name }, overrideAccess: true })
}
