import writeXlsxFile from 'write-excel-file/node'

import { dictionary, type Locale } from '@/i18n'
import type { Statistics } from '../load'
import { type Cell, chartRows, preamble } from './sheet'

/** Excel's limits on a sheet name: 31 characters, none of \ / ? * [ ] : */
const sheetName = (name: string) => name.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31)

/**
 * One sheet per table, each starting with the same preamble (so a sheet
 * copied out alone still says what it counts). Counts are numbers, shares
 * numbers shown as percentages; text is typed as text, so nothing in it can
 * become a formula.
 */
export const statisticsXlsx = async ({ locale, statistics }: { locale: Locale; statistics: Statistics }): Promise<Buffer> => {
  const t = dictionary(locale).statistics
  const toCell = (cell: Cell, bold: boolean) =>
    typeof cell === 'string' ? { fontWeight: bold ? ('bold' as const) : undefined, type: String, value: cell } : 'count' in cell ? { type: Number, value: cell.count } : { format: '0.0%', type: Number, value: cell.share }
  const sheets = statistics.charts.map((chart) => {
    const top = preamble({ locale, statistics })
    const table = chartRows({ chart, locale })
    const data = [...top.map((row) => row.map((c) => toCell(c, false))), [], ...table.map((row, i) => row.map((c) => toCell(c, i <= 1)))]
    return { columns: [{ width: 48 }, { width: 24 }, { width: 24 }], data, sheet: sheetName(t.sheets[chart.key]), stickyRowsCount: 0 }
  })
  return writeXlsxFile(sheets).toBuffer()
}
