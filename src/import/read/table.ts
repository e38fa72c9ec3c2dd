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

/** A header as the rows key it: inner spaces collapsed, trimmed. */
export const headerKey = (text: string): string => text.replace(/\s+/g, ' ').trim()

/** Header texts, a repeated one numbered ("TC1", "TC1 (2)") so neither column's cells are lost. */
const otherHeaders = (row: RawRow): string[] => {
  const seen = new Map<string, number>()
  return Array.from(row.cells, (cell) => {
    const text = headerKey(headerText(cell))
    if (!text) return ''
    const count = (seen.get(text) ?? 0) + 1
    seen.set(text, count)
    return count === 1 ? text : `${text} (${count})`
  })
}

/**
 * Data rows below the header, keyed by column; rows with nothing in a known
 * column are left out. With `keepOthers`, cells under headers no column
 * claims are kept too, by the header as written (a cluster's criterion codes).
 */
export const rowsBelowHeader = ({ sheet, header, keepOthers = false }: { sheet: RawSheet; header: HeaderFound; keepOthers?: boolean }): SourceRow[] => {
  const headers = keepOthers ? otherHeaders(sheet.rows[header.headerIndex]) : []
  return sheet.rows.slice(header.headerIndex + 1).flatMap((row) => {
    const values: Record<string, Cell> = {}
    const others: Record<string, Cell> = {}
    row.cells.forEach((cell, index) => {
      const key = header.match.keys[index]
      if (key && cell !== undefined) values[key] = cell
      else if (!key && keepOthers && headers[index] && cell !== undefined) others[headers[index]] = cell
    })
    if (Object.keys(values).length === 0) return []
    return [keepOthers ? { others, rowNumber: row.rowNumber, values } : { rowNumber: row.rowNumber, values }]
  })
}
