import { documentStatuses, documentTypes } from '@/collections/Documents/options'
import type { ColumnSpec, RowIssue, SourceRow } from '../types'
import { matchOption } from '../match/values'
import { keyOf } from './existing'
import { dayLabel, type Plan, type RecordPlan, storedDay } from './plan'
import { rowReader } from './rowReader'

/** Legal documents, one per row, identified by number and date of issue. */
export const planDocuments = ({ columns, rows }: { columns: ColumnSpec[]; rows: SourceRow[] }): Plan => {
  const issues: RowIssue[] = []
  const records = new Map<string, RecordPlan>()
  for (const row of rows) {
    const before = issues.length
    const r = rowReader({ columns, issues, row })
    const number = r.text('number', { max: 100, required: true })
    const issued = r.date('issuedDate', true)
    const effective = r.date('effectiveDate')
    const data = {
      effectiveDate: effective ? storedDay(effective) : null,
      issuedDate: issued ? storedDay(issued) : undefined,
      issuer: r.text('issuer', { max: 300 }) ?? null,
      number,
      status: r.match('status', false, (input) => matchOption({ input, options: documentStatuses })) ?? 'inForce',
      summary: r.text('summary', { max: 5000 }) ?? null,
      title: r.text('title', { max: 500, required: true }),
      type: r.match('type', true, (input) => matchOption({ input, options: documentTypes })),
    }
    if (issues.length > before || !number || !issued) continue
    const key = keyOf.documents(data)
    const twin = records.get(key)
    if (twin) {
      issues.push({ column: 'Số, ký hiệu', message: `Trùng với dòng ${twin.rows[0]} (cùng số, ký hiệu và ngày ban hành).`, row: row.rowNumber })
      continue
    }
    records.set(key, { data, key, label: `Văn bản ${number} ngày ${dayLabel(issued)}`, rows: [row.rowNumber] })
  }
  return { issues, records: [...records.values()], rows: rows.length, warnings: [] }
}
