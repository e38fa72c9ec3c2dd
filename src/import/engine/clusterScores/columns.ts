import { foldHeader } from '@/import/read/headers'
import type { EmulationCluster } from '@/payload-types'

type Criterion = NonNullable<NonNullable<EmulationCluster['years']>[number]['criteria']>[number]

/** Columns offices add beside the scores that are not criteria: numbering, notes, totals and ranks they computed themselves. */
const NOT_CRITERIA = new Set(['stt', 'tt', 'so tt', 'so thu tu', 'ghi chu', 'tong', 'tong diem', 'tong cong', 'cong', 'xep hang', 'hang', 'thu hang', 'ket qua', 'xep loai', 'ma don vi', 'tinh', 'nganh', 'ten tieu chi'])

export type ColumnMeaning = { criterion: Criterion } | { ignored: true } | { unknown: true }

/**
 * What a column the fixed columns do not claim means for one year: the
 * criterion whose code heads it ("TC1", or "TC1 - Công tác lãnh đạo": the
 * longest code the header starts with), a column to skip (STT, Ghi chú,
 * Tổng điểm…), or a column the year has no criterion for.
 */
export const columnMeaning = ({ criteria, header }: { criteria: Criterion[]; header: string }): ColumnMeaning => {
  const folded = foldHeader(header)
  const coded = criteria.map((criterion) => ({ criterion, key: foldHeader(criterion.code) })).filter((c) => c.key)
  const exact = coded.find((c) => c.key === folded)
  const prefix = coded.filter((c) => folded.startsWith(`${c.key} `)).sort((a, b) => b.key.length - a.key.length)[0]
  const found = exact ?? prefix
  if (found) return { criterion: found.criterion }
  return NOT_CRITERIA.has(folded) ? { ignored: true } : { unknown: true }
}

/** "TC1, TC2, TC3" for messages. */
export const codeList = (criteria: Criterion[]): string => criteria.map((c) => c.code).join(', ')

const LISTED = 12

/** Names for a message, the first dozen. */
export const list = (names: string[]): string => (names.length > LISTED ? `${names.slice(0, LISTED).join(', ')}…` : names.join(', '))
