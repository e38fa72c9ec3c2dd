import { codeKey, nameKey } from './keys'

export type Criterion = { code: string; maxPoints?: null | number; name?: null | string; weight?: null | number }
export type Score = { criterion: string; points?: null | number }
export type Result = { adjustment?: null | number; member: string; scores?: null | Score[] }

/** One line of the ranking table: `rank` and `total` are null for a member with no scores (listed last, unranked). */
export type RankedRow = {
  adjustment: number
  member: string
  /** Points per criterion, in the criteria's order; null where the criterion was not scored. */
  points: (null | number)[]
  rank: null | number
  total: null | number
}

/** Totals are kept to two decimals, so 0.1 × 3 ties with 0.3 instead of losing to it by a rounding error. */
const round = (value: number): number => Math.round(value * 100) / 100

const finite = (value: unknown): number => (typeof value === 'number' && Number.isFinite(value) ? value : 0)

/**
 * A year's ranking: a member's total is Σ points × criterion weight +
 * adjustment; ranked by total, highest first, ties sharing a rank (1, 2, 2,
 * 4) and listed by name; members with no scores come last, unranked. Scores
 * for a code that is not one of the year's criteria count for nothing (the
 * collection's validation refuses them; an old version may still hold one).
 */
export const rankMembers = ({ criteria, members, results, locale = 'vi' }: { criteria: Criterion[]; locale?: string; members: string[]; results: Result[] }): RankedRow[] => {
  const index = new Map(criteria.map((c, i) => [codeKey(c.code), i]))
  const scored: RankedRow[] = []
  const seen = new Set<string>()
  for (const result of results) {
    const key = nameKey(result.member)
    if (!key || seen.has(key)) continue
    seen.add(key)
    const points: (null | number)[] = criteria.map(() => null)
    for (const score of result.scores ?? []) {
      const at = index.get(codeKey(score.criterion))
      if (at !== undefined && typeof score.points === 'number' && Number.isFinite(score.points)) points[at] = score.points
    }
    const adjustment = finite(result.adjustment)
    const hasScores = points.some((p) => p !== null)
    const total = hasScores ? round(points.reduce<number>((sum, p, i) => sum + (p ?? 0) * finite(criteria[i].weight ?? 1), 0) + adjustment) : null
    scored.push({ adjustment, member: result.member, points, rank: null, total })
  }
  const unscored = members.filter((m) => !seen.has(nameKey(m))).map((member): RankedRow => ({ adjustment: 0, member, points: criteria.map(() => null), rank: null, total: null }))
  const ranked = scored.filter((r) => r.total !== null).sort((a, b) => (b.total as number) - (a.total as number) || a.member.localeCompare(b.member, locale))
  ranked.forEach((row, i) => {
    row.rank = i > 0 && ranked[i - 1].total === row.total ? ranked[i - 1].rank : i + 1
  })
  return [...ranked, ...scored.filter((r) => r.total === null), ...unscored]
}
