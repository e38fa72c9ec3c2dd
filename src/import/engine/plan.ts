import type { RowIssue } from '../types'

/** One document to write: its identity, the rows it came from and the data as the collection takes it (Vietnamese locale). */
export type RecordPlan = {
  key: string
  /** How the report names it: "Quyết định 12/QĐ-UBND ngày 05/03/2024". */
  label: string
  rows: number[]
  data: Record<string, unknown>
  /** A slug to start from on create (the slug hook still makes it unique). */
  slug?: string
  /** The document the record updates, when the plan found it already (cluster scores: the cluster itself). */
  id?: number | string
}

/** The checked file: what would be written, the rejected rows and the notes (e.g. an ambiguous profile). */
export type Plan = { records: RecordPlan[]; issues: RowIssue[]; warnings: RowIssue[]; rows: number }

/** dd/mm/yyyy for the report, from 'YYYY-MM-DD'. */
export const dayLabel = (isoDay: string): string => isoDay.split('-').reverse().join('/')

/** Dates are stored as UTC midnight of the day, as the seed and the admin's date-only fields store them. */
export const storedDay = (isoDay: string): string => `${isoDay}T00:00:00.000Z`
