import { importKinds } from '@/collections/Imports/options'
import { columnsFor, keepsOtherColumns, NOTES_SHEET_NAME, templateSheetName } from '@/import/columns'
import { ImportFileError } from '@/import/types'
import type { ImportKind, ReadResult } from '@/import/types'

import { foldHeader } from './headers'
import { findHeader, type HeaderFound, type RawSheet, rowsBelowHeader } from './table'

/**
 * Chooses the sheet that holds the kind's data (the first with every
 * required column, a sheet named like the template's first) and turns it
 * into rows, or says in Vietnamese why the file cannot be imported.
 */
const quoted = (names: string[]): string => names.map((n) => `“${n}”`).join(', ')
const kindLabel = (kind: ImportKind): string => importKinds.find((k) => k.value === kind)?.label.vi.toLowerCase() ?? kind
const USE_TEMPLATE = 'Hãy dùng đúng dòng tiêu đề như mẫu tải về từ trang nhập dữ liệu (tên cột viết hoa, thường, có dấu hay không đều được).'

/** What one row is, for messages. */
const ONE_ROW_EACH: Record<ImportKind, string> = { awards: 'mỗi cá nhân, tập thể được khen', clusterScores: 'mỗi đơn vị thành viên trong một năm', documents: 'mỗi văn bản', exemplars: 'mỗi gương điển hình' }

type Candidate = { sheet: RawSheet; header: HeaderFound | null }

const noDataSheetError = ({ kind, candidates }: { kind: ImportKind; candidates: Candidate[] }): ImportFileError => {
  const required = columnsFor(kind).filter((c) => c.required)
  const best = candidates
    .filter((c): c is { sheet: RawSheet; header: HeaderFound } => c.header !== null)
    .sort((a, b) => a.header.match.missing.length - b.header.match.missing.length)[0]
  const missing = (best?.header.match.missing ?? required).map((c) => c.header)
  const withData = candidates.filter((c) => c.sheet.rows.length > 0)
  if (withData.length <= 1) {
    const where = best ? ` (dòng tiêu đề tìm thấy ở dòng ${best.sheet.rows[best.header.headerIndex].rowNumber})` : ''
    return new ImportFileError('missingColumns', `Tệp thiếu cột bắt buộc cho ${kindLabel(kind)}${where}: ${quoted(missing)}. ${USE_TEMPLATE}`)
  }
  const closest = best ? ` Trang gần đúng nhất là “${best.sheet.name}”, còn thiếu: ${quoted(missing)}.` : ` Các cột bắt buộc: ${quoted(required.map((c) => c.header))}.`
  return new ImportFileError(
    'wrongSheet',
    `Không trang tính nào có đủ cột bắt buộc cho ${kindLabel(kind)}. Các trang trong tệp: ${quoted(candidates.map((c) => c.sheet.name))}.${closest} Hãy chép dữ liệu vào trang “${templateSheetName(kind)}” của mẫu tải về, hoặc sửa dòng tiêu đề cho đúng.`,
  )
}

export const pickSheet = ({ sheets, kind, format }: { sheets: RawSheet[]; kind: ImportKind; format: 'csv' | 'xlsx' }): ReadResult => {
  if (sheets.every((s) => s.rows.every((r) => r.cells.every((c) => c === undefined)))) {
    throw new ImportFileError('empty', 'Tệp không có dữ liệu (trống). Hãy điền dữ liệu vào mẫu tải về từ trang nhập dữ liệu rồi tải lại.')
  }
  const columns = columnsFor(kind)
  const candidates: Candidate[] = sheets
    .filter((sheet) => foldHeader(sheet.name) !== foldHeader(NOTES_SHEET_NAME))
    .map((sheet) => ({ header: findHeader({ columns, sheet }), sheet }))
  const complete = candidates.filter((c): c is { sheet: RawSheet; header: HeaderFound } => c.header?.complete === true)
  const preferred = complete.find((c) => foldHeader(c.sheet.name) === foldHeader(templateSheetName(kind))) ?? complete[0]
  if (!preferred) throw noDataSheetError({ candidates, kind })
  const { sheet, header } = preferred
  const headerRow = sheet.rows[header.headerIndex].rowNumber
  if (header.match.duplicates.length > 0) {
    const list = header.match.duplicates.map((d) => `${quoted(d.headers)} (cùng là cột “${columns.find((c) => c.key === d.key)?.header ?? d.key}”)`).join('; ')
    throw new ImportFileError('duplicateColumns', `Dòng tiêu đề (dòng ${headerRow}) có hai cột cùng nghĩa: ${list}. Hãy xóa hoặc đổi tên một trong hai cột rồi tải lại.`)
  }
  const rows = rowsBelowHeader({ header, keepOthers: keepsOtherColumns(kind), sheet })
  if (rows.length === 0) {
    const where = format === 'csv' ? `Tệp “${sheet.name}”` : `Trang “${sheet.name}”`
    throw new ImportFileError('empty', `${where} có dòng tiêu đề (dòng ${headerRow}) nhưng không có dòng dữ liệu nào bên dưới. Hãy điền ${ONE_ROW_EACH[kind]} một dòng, bắt đầu từ dòng ${headerRow + 1}.`)
  }
  return { ignoredColumns: header.match.ignored, rows, sheet: sheet.name }
}
