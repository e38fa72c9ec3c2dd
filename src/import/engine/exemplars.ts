import { exemplarFlags, exemplarStages } from '@/collections/Exemplars/options'
import type { ColumnSpec, RowIssue, SourceRow } from '../types'
import { matchKind, matchOption } from '../match/values'
import { keyOf } from './existing'
import { type Lookups } from './lookups'
import type { Plan, RecordPlan } from './plan'
import { rowReader } from './rowReader'
import { taxonomyMatcher } from './taxonomy'

/** Exemplar profiles, one per row, identified by name, province and unit. */
export const planExemplars = ({ columns, lookups, rows }: { columns: ColumnSpec[]; lookups: Lookups; rows: SourceRow[] }): Plan => {
  const issues: RowIssue[] = []
  const records = new Map<string, RecordPlan>()
  const movement = taxonomyMatcher({ map: lookups.movements, what: 'phong trào thi đua' })
  for (const row of rows) {
    const before = issues.length
    const r = rowReader({ columns, issues, row })
    const name = r.text('name', { max: 200, required: true })
    const kind = r.match('kind', true, matchKind)
    const province = r.match('province', false, lookups.province)
    const movements = r.match('movements', false, (text) => {
      const found = text.split(/[;\n]/).map((part) => part.trim()).filter(Boolean).map(movement)
      const bad = found.find((m) => !m.ok)
      return bad && !bad.ok ? bad : { ok: true as const, value: found.flatMap((m) => (m.ok ? [m.value] : [])) }
    })
    const data = {
      flags: Object.fromEntries(exemplarFlags.map((f) => [f.name, r.flag(f.name)])),
      kind,
      name,
      organization: r.text('organization', { max: 300 }) ?? null,
      position: r.text('position', { max: 300 }) ?? null,
      province: province?.provinceId ?? null,
      commune: r.text('commune', { max: 200 }) ?? null,
      relatedMovements: movements ?? [],
      sector: r.match('sector', false, taxonomyMatcher({ map: lookups.sectors, what: 'ngành, lĩnh vực' })) ?? null,
      stage: r.match('stage', false, (input) => matchOption({ input, options: exemplarStages })) ?? 'discovered',
      summary: r.text('summary', { max: 300 }) ?? null,
      yearRecognized: r.year('yearRecognized') ?? null,
    }
    if (issues.length > before || !name) continue
    const key = keyOf.exemplars(data)
    const twin = records.get(key)
    if (twin) {
      issues.push({ column: 'Tên cá nhân, tập thể', message: `Trùng với dòng ${twin.rows[0]} (cùng tên, tỉnh và đơn vị).`, row: row.rowNumber })
      continue
    }
    records.set(key, { data, key, label: `Gương điển hình "${name}"`, rows: [row.rowNumber] })
  }
  return { issues, records: [...records.values()], rows: rows.length, warnings: [] }
}
