import type { CheckResult } from '../engine/run'

/** Kept on the record and shown in the admin; a file with thousands of bad rows keeps the first 1 000 of each list. */
const KEPT = 1000

export const reportForRecord = ({ plan, read }: CheckResult) => ({
  ignoredColumns: read.ignoredColumns,
  issues: plan.issues.slice(0, KEPT),
  issuesTotal: plan.issues.length,
  records: plan.records.slice(0, 20).map((r) => ({ label: r.label, rows: r.rows })),
  sheet: read.sheet,
  warnings: plan.warnings.slice(0, KEPT),
  warningsTotal: plan.warnings.length,
})
