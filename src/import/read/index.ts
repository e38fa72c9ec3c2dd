import { IMPORT_MAX_BYTES, IMPORT_MAX_XLSX_BYTES } from '@/collections/Imports/options'
import { ImportFileError } from '@/import/types'
import type { ImportKind, ReadResult } from '@/import/types'

import { csvSheet } from './csv'
import { decodeCsv } from './encoding'
import { pickSheet } from './pick'
import { sniffFile } from './sniff'
import { workbookSheets } from './xlsx'

export { type HeaderMatch, foldHeader, matchHeaders } from './headers'

/** The largest file the importer accepts (one definition, with the Imports upload collection); checked again here for every caller. */
export { IMPORT_MAX_BYTES }

/**
 * A spreadsheet's bytes as rows for the engine: .xlsx or CSV, decided by
 * content. Throws `ImportFileError` with a Vietnamese message that says what
 * to do for every file it cannot read (too big, empty, not a spreadsheet,
 * password-protected, old .xls, unknown encoding, no sheet with the kind's
 * required columns, a column given twice).
 */
export const readSpreadsheet = async ({ bytes, filename, kind }: { bytes: Uint8Array; filename: string; kind: ImportKind }): Promise<ReadResult> => {
  if (bytes.byteLength > IMPORT_MAX_BYTES) {
    const size = (bytes.byteLength / 1024 / 1024).toFixed(1).replace('.', ',')
    throw new ImportFileError('tooLarge', `Tệp nặng ${size} MB, vượt giới hạn ${IMPORT_MAX_BYTES / 1024 / 1024} MB. Hãy chia dữ liệu thành nhiều tệp nhỏ hơn (ví dụ theo năm hoặc theo đơn vị) rồi nhập lần lượt.`)
  }
  if (bytes.byteLength === 0) throw new ImportFileError('empty', 'Tệp trống (0 byte). Hãy kiểm tra lại tệp đã lưu đủ dữ liệu rồi tải lại.')
  const format = sniffFile(bytes)
  if (format === 'xlsx' && bytes.byteLength > IMPORT_MAX_XLSX_BYTES) {
    const size = (bytes.byteLength / 1024 / 1024).toFixed(1).replace('.', ',')
    throw new ImportFileError('tooLarge', `Tệp Excel nặng ${size} MB, vượt giới hạn ${IMPORT_MAX_XLSX_BYTES / 1024 / 1024} MB cho .xlsx (khoảng 200 000 dòng). Hãy chia thành nhiều tệp, hoặc lưu dạng "CSV UTF-8" (giới hạn ${IMPORT_MAX_BYTES / 1024 / 1024} MB) rồi nhập.`)
  }
  const sheets = format === 'xlsx' ? await workbookSheets(bytes) : [csvSheet({ name: filename.split(/[\\/]/).pop() || filename, text: decodeCsv(bytes) })]
  return pickSheet({ format, kind, sheets })
}
