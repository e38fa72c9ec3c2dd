import type { Locale } from '@/i18n/locales'
import { toCsv } from '@/lib/spreadsheets/csv'
import { formatShare } from '../format'
import type { Statistics } from '../load'
import { type Cell, chartRows, preamble } from './sheet'

/** Counts stay plain integers (no thousands separator to misread); shares read as on the page. */
const text = (cell: Cell, locale: Locale): string => (typeof cell === 'string' ? cell : 'count' in cell ? String(cell.count) : formatShare(cell.share, locale))

/** The page's tables in one CSV (UTF-8 with BOM, formula-safe, like the register's): the preamble, then each table after a blank line. */
export const statisticsCsv = ({ locale, statistics }: { locale: Locale; statistics: Statistics }): string => {
  const rows = [...preamble({ locale, statistics }), ...statistics.charts.flatMap((chart) => [[], ...chartRows({ chart, locale })])]
  return toCsv(rows.map((row) => row.map((cell) => text(cell, locale))))
}
