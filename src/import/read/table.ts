import type { Cell, ColumnSpec, SourceRow } from '@/import/types'

import { type HeaderMatch, matchHeaders } from './headers'

/** A row as a reader hands it over: cells by file column index (0-based), blanks undefined. */
export type RawRow = { rowNumber: number; cells: (Cell | undefined)[] }
export type RawSheet = { name: string; rows: RawRow[] }

/** Offices often put a title line or two above the header; look this many non-empty rows down for it. */
const HEADER_SEARCH_ROWS = 10

/** The header row found in a sheet, or the closest candidate when no row has every required column. */
export type HeaderFound = { complete: boolean; headerIndex: number; match: HeaderMatch }

const headerText = (cell: Cell | undefined): string => {
  if (typeof cell === 'string') return cell
  if (typeof cell === 'number') return String(cell)
  if (cell && typeof cell === 'object' && !(cell instanceof Date)) return typeof cell.result === 'string' ? cell.result : ''
  return ''
}

const matchedCount = (match: HeaderMatch): number => match.keys.filter((k) => k !== null).length

/** The first of the early non-empty rows that has every required column; otherwise the row missing the fewest. */
export const findHeader = ({ sheet, columns }: { sheet: RawSheet; columns: ColumnSpec[] }): HeaderFound | null => {
  let best: HeaderFound | null = null
  const early = sheet.rows
    .map((row, index) => ({ index, row }))
    .filter(({ row }) => row.cells.some((c) => c !== undefined))
    .slice(0, HEADER_SEARCH_ROWS)
  for (const { row, index } of early) {
    const match = matchHeaders({ columns, headers: Array.from(row.cells, headerText) })
    if (match.missing.length === 0) return { complete: true, headerIndex: index, match }
    if (matchedCount(match) === 0) continue
    if (!best || match.missing.length < best.match.missing.length) best = { complete: false, headerIndex: index, match }
  }
  return best
}

/** Data rows below the header, keyed by column; rows with nothing in a known column are left out. */
export const rowsBelowHeader = ({ sheet, header }: { sheet: RawSheet; header: HeaderFound }): SourceRow[] =>
  sheet.rows.slice(header.headerIndex + 1).flatMap((row) => {
    const values: Record<string, Cell> = {}
    row.cells.forEach((cell, index) => {
      const key = header.match.keys[index]
      if (key && cell !== undefined) values[key] = cell
    })
    return Object.keys(values).length > 0 ? [{ rowNumber: row.rowNumber, values }] : []
  })
