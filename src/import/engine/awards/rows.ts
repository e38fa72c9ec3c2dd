import { exemplarFlags } from '@/collections/Exemplars/options'
import { decisionKey } from '@/collections/Awards/decisionKey'
import type { ColumnSpec, RowIssue, SourceRow } from '@/import/types'
import { matchAwardForm } from '@/import/match/awardForms'
import { matchKind } from '@/import/match/values'
import { foldName, type Lookups } from '../lookups'
import { rowReader } from '../rowReader'
import { taxonomyMatcher } from '../taxonomy'

export type FlagValues = Record<(typeof exemplarFlags)[number]['name'], boolean>

/** One checked row: the decision it belongs to and the recipient it names. */
export type AwardRow = {
  row: number
  key: string
  decision: { decisionNumber: string; day: string; issuer: string; form: string; awardTitle: string; reason?: string; sector?: number | string; movement?: number | string }
  recipient: { name: string; kind: 'collective' | 'individual'; unit?: string; province?: number | string; provinceAsWritten?: string; flags: FlagValues }
}

/**
 * Checks one row. A rejected row gives the key of its decision when the
 * decision's own columns were readable, so the rest of that decision is held
 * back too (each issue is added to `issues`).
 */
export const readAwardRow = ({ columns, issues, lookups, row }: { columns: ColumnSpec[]; issues: RowIssue[]; lookups: Lookups; row: SourceRow }): AwardRow | { rejectedKey: null | string } => {
  const before = issues.length
  const r = rowReader({ columns, issues, row })
  const decisionNumber = r.text('decisionNumber', { max: 100, required: true })
  const day = r.date('decisionDate', true)
  const issuer = r.text('issuer', { max: 300, required: true })
  const formText = r.text('form', { max: 300, required: true })
  const titleText = r.text('title', { max: 300 })
  let form: { form: string; title: string } | undefined
  if (formText) {
    const matched = matchAwardForm({ form: formText, title: titleText })
    if (matched.ok) form = matched.value
    else r.fail('form', matched.message)
  }
  const name = r.text('recipientName', { max: 300, required: true })
  const kind = r.match('recipientKind', true, matchKind)
  const unit = r.text('unit', { max: 300 })
  const province = r.match('province', false, lookups.province)
  const sector = r.match('sector', false, taxonomyMatcher({ map: lookups.sectors, what: 'ngành, lĩnh vực' }))
  const movement = r.match('movement', false, taxonomyMatcher({ map: lookups.movements, what: 'phong trào thi đua' }))
  const reason = r.text('reason', { max: 5000 })
  const flags = Object.fromEntries(exemplarFlags.map((f) => [f.name, r.flag(f.name)])) as FlagValues
  const key = decisionNumber && day && issuer ? decisionKey({ date: `${day}T00:00:00.000Z`, issuer, number: decisionNumber }) : null
  if (issues.length > before || !key || !decisionNumber || !day || !issuer || !form || !name || !kind) return { rejectedKey: key }
  return {
    decision: { awardTitle: form.title, day, decisionNumber, form: form.form, issuer, movement, reason, sector },
    key,
    recipient: { flags, kind, name, province: province?.provinceId, provinceAsWritten: province?.asWritten, unit },
    row: r.row,
  }
}

/** Two rows of one decision must agree on what belongs to the decision. */
export const decisionConflicts = (a: AwardRow['decision'], b: AwardRow['decision']): string[] => {
  const differs = (x: unknown, y: unknown) => (typeof x === 'string' || typeof y === 'string' ? foldName(String(x ?? '')) !== foldName(String(y ?? '')) : x !== y)
  const checks: [string, unknown, unknown][] = [
    ['hình thức khen thưởng', a.form, b.form],
    ['danh hiệu, hạng', a.awardTitle, b.awardTitle],
    ['lý do khen thưởng', a.reason, b.reason],
    ['ngành, lĩnh vực', a.sector, b.sector],
    ['phong trào thi đua', a.movement, b.movement],
  ]
  return checks.filter(([, x, y]) => x !== undefined && y !== undefined && differs(x, y)).map(([label]) => label)
}
