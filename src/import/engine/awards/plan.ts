import type { ColumnSpec, RowIssue, SourceRow } from '@/import/types'
import { foldName, type Lookups } from '../lookups'
import { dayLabel, type Plan, type RecordPlan, storedDay } from '../plan'
import { slugify } from '@/lib/text/vietnamese'
import { linkProfile } from './recipients'
import { type AwardRow, decisionConflicts, readAwardRow } from './rows'

/** The value all rows share, or null when they differ (a decision's province when its recipients are from several). */
const shared = <T>(values: (T | undefined)[]): T | null => {
  const set = new Set(values.map((v) => (v === undefined ? '' : String(v))))
  return set.size === 1 && values[0] !== undefined ? values[0] : null
}

const toRecord = ({ group, lookups, warnings }: { group: AwardRow[]; lookups: Lookups; warnings: RowIssue[] }): RecordPlan => {
  const { decision } = group[0]
  const recipients: (number | string)[] = []
  const otherRecipients: Record<string, unknown>[] = []
  for (const { recipient, row } of group) {
    const profile = linkProfile({ lookups, recipient, row, warnings })
    if (profile !== null && !recipients.includes(profile)) recipients.push(profile)
    else if (profile === null) {
      otherRecipients.push({ flags: recipient.flags, kind: recipient.kind, name: recipient.name, province: recipient.province ?? null, provinceAsWritten: recipient.provinceAsWritten ?? null, unit: recipient.unit ?? null })
    }
  }
  return {
    data: {
      awardTitle: decision.awardTitle,
      decisionDate: storedDay(decision.day),
      decisionNumber: decision.decisionNumber,
      form: decision.form,
      issuer: decision.issuer,
      movement: group.find((g) => g.decision.movement !== undefined)?.decision.movement ?? null,
      otherRecipients,
      province: shared(group.map((g) => g.recipient.province)),
      provinceAsWritten: shared(group.map((g) => g.recipient.provinceAsWritten)),
      reason: group.find((g) => g.decision.reason)?.decision.reason ?? null,
      recipients,
      sector: group.find((g) => g.decision.sector !== undefined)?.decision.sector ?? null,
    },
    key: group[0].key,
    label: `Quyết định ${decision.decisionNumber} ngày ${dayLabel(decision.day)} (${decision.issuer})`,
    rows: group.map((g) => g.row),
    slug: slugify(`${decision.decisionNumber} ${decision.day.slice(0, 4)}`),
  }
}

/**
 * Checks every row, groups recipients into decisions (number + date +
 * issuer) and checks that each decision's rows agree. A decision with any
 * rejected row is left out whole, so no decision is ever written half.
 */
export const planAwards = ({ columns, lookups, rows }: { columns: ColumnSpec[]; lookups: Lookups; rows: SourceRow[] }): Plan => {
  const issues: RowIssue[] = []
  const warnings: RowIssue[] = []
  const groups = new Map<string, AwardRow[]>()
  const rejectedKeys = new Set<string>()
  for (const row of rows) {
    const checked = readAwardRow({ columns, issues, lookups, row })
    if ('rejectedKey' in checked) {
      if (checked.rejectedKey) rejectedKeys.add(checked.rejectedKey)
      continue
    }
    const group = groups.get(checked.key) ?? []
    const first = group[0]
    const conflicts = first ? decisionConflicts(first.decision, checked.decision) : []
    const twin = group.find((g) => foldName(g.recipient.name) === foldName(checked.recipient.name) && foldName(g.recipient.unit) === foldName(checked.recipient.unit))
    if (conflicts.length) issues.push({ column: 'Số quyết định', message: `Cùng quyết định với dòng ${first.row} nhưng khác ${conflicts.join(', ')}.`, row: checked.row })
    else if (twin) issues.push({ column: 'Tên cá nhân, tập thể được khen', message: `Trùng người được khen với dòng ${twin.row} của cùng quyết định.`, row: checked.row })
    else {
      group.push(checked)
      groups.set(checked.key, group)
      continue
    }
    rejectedKeys.add(checked.key)
  }
  const records = [...groups].filter(([key]) => !rejectedKeys.has(key)).map(([, group]) => toRecord({ group, lookups, warnings }))
  return { issues: issues.sort((a, b) => a.row - b.row), records, rows: rows.length, warnings }
}
