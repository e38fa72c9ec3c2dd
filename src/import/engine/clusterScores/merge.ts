import { nameKey } from '@/clusters/keys'
import type { StoredYear } from './lookups'

/** One accepted row: a member's points for one year. */
export type ScoreRow = { adjustment: number; member: string; row: number; scores: { criterion: string; points: number }[]; year: number }

/**
 * The cluster's years with each imported member's result replaced (or
 * added, in member order as the file gives them). Every other year, row and
 * field is passed back as stored, with its id, so nothing else changes and
 * the English texts of the criteria stay on their rows.
 */
export const mergeScores = ({ rows, years }: { rows: ScoreRow[]; years: StoredYear[] }): StoredYear[] =>
  years.map((entry) => {
    const mine = rows.filter((r) => r.year === entry.year)
    if (mine.length === 0) return entry
    const results = [...(entry.results ?? [])]
    for (const row of mine) {
      const at = results.findIndex((r) => nameKey(r.member) === nameKey(row.member))
      const result = { adjustment: row.adjustment, member: row.member, scores: row.scores }
      if (at >= 0) results[at] = { ...result, id: results[at].id }
      else results.push(result)
    }
    return { ...entry, results }
  })
