import writeXlsxFile from 'write-excel-file/node'

import type { Opinion } from '@/payload-types'
import { OPINION_EXPORT_HEADER, opinionRows } from './rows'

const WIDTHS = [5, 20, 24, 24, 28, 14, 60, 10]

/**
 * The same rows as the CSV, as an .xlsx workbook (write-excel-file). Every
 * cell is typed as a string, so a value starting with "=" is shown as text,
 * never evaluated: no formula guard is needed here.
 */
export const opinionsToXlsx = async ({ opinions, title }: { opinions: Opinion[]; title: string }): Promise<Buffer> => {
  const header = OPINION_EXPORT_HEADER.map((value) => ({ fontWeight: 'bold' as const, type: String, value }))
  const rows = opinionRows(opinions).map((cells) => cells.map((value) => ({ type: String, value, wrap: true })))
  return writeXlsxFile([header, ...rows], { columns: WIDTHS.map((width) => ({ width })), sheet: title.slice(0, 31).replace(/[\\/?*[\]:]/g, ' ') || 'Y kien', stickyRowsCount: 1 }).toBuffer()
}
