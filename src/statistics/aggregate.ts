import { type AwardFactsRow, eachRecipient, type ExemplarFacts, type Id, keyOf, type RecipientKind } from './facts'

/** A resolved selection: years, a form and taxonomy ids (unknown slugs already dropped). */
export type StatSelection = { form?: string; from?: number; movement?: Id; province?: Id; sector?: Id; to?: number }

export type Pair = { decisions: number; recipients: number }

/** II.3b's groups as reported: remote, border and island areas count once together. */
export const PRIORITY_GROUPS = {
  directWorker: ['directWorker'],
  ethnicMinority: ['ethnicMinority'],
  remoteBorderIsland: ['remote', 'border', 'island'],
  foreign: ['foreign'],
} as const satisfies Record<string, readonly string[]>

export type PriorityGroup = keyof typeof PRIORITY_GROUPS

/**
 * Figures from the published decisions of one selection. Keys are ids or
 * select values as text; '' collects decisions (or recipients) with none.
 * By province, decisions count under the decision's province and recipients
 * under their own (the profile's, or the one written for them), falling back
 * to the decision's; by year, form, sector and movement both follow the decision.
 */
export type AwardFigures = {
  byForm: Record<string, Pair>
  byKind: Record<RecipientKind, number>
  byMovement: Record<string, Pair>
  byProvince: Record<string, Pair>
  bySector: Record<string, Pair>
  byYear: Record<string, Pair>
  groups: Record<PriorityGroup, number>
  totals: Pair
}

const bump = (table: Record<string, Pair>, key: string, field: keyof Pair, by = 1) => {
  const pair = (table[key] ??= { decisions: 0, recipients: 0 })
  pair[field] += by
}

const emptyFigures = (): AwardFigures => ({
  byForm: {},
  byKind: { collective: 0, individual: 0 },
  byMovement: {},
  byProvince: {},
  bySector: {},
  byYear: {},
  groups: { directWorker: 0, ethnicMinority: 0, foreign: 0, remoteBorderIsland: 0 },
  totals: { decisions: 0, recipients: 0 },
})

const GROUP_ENTRIES = Object.entries(PRIORITY_GROUPS) as [PriorityGroup, readonly string[]][]

/**
 * Counts decisions and recipients, a batch at a time (the rows of one batch
 * can be dropped once added). A profiled recipient counts only when its
 * profile is published (it is in `exemplars`), as the public register lists
 * only those: the figures never reveal a draft, and every counted recipient
 * is one a reader can find. Its kind, province and flags are the profile's.
 */
export const awardCounter = (exemplars: ReadonlyMap<string, ExemplarFacts>) => {
  const figures = emptyFigures()
  let count = 0
  const visit = (kind: RecipientKind, recipientProvince: string, flags: readonly string[]) => {
    count++
    bump(figures.byProvince, recipientProvince, 'recipients')
    figures.byKind[kind]++
    for (const [group, names] of GROUP_ENTRIES) if (names.some((f) => flags.includes(f))) figures.groups[group]++
  }
  const add = (awards: readonly AwardFactsRow[]) => {
    for (const award of awards) {
      const province = keyOf(award.province)
      count = 0
      eachRecipient({ decisionProvince: province, exemplars, statFacts: award.statFacts, visit })
      figures.totals.decisions++
      figures.totals.recipients += count
      bump(figures.byProvince, province, 'decisions')
      const year = typeof award.year === 'number' ? String(award.year) : ''
      for (const [table, key] of [[figures.byYear, year], [figures.byForm, award.form ?? ''], [figures.bySector, keyOf(award.sector)], [figures.byMovement, keyOf(award.movement)]] as const) {
        bump(table, key, 'decisions')
        bump(table, key, 'recipients', count)
      }
    }
  }
  return { add, figures }
}

/** All decisions at once (the tests' and small selections' form of the counter). */
export const aggregateAwards = ({ awards, exemplars }: { awards: readonly AwardFactsRow[]; exemplars: ReadonlyMap<string, ExemplarFacts> }): AwardFigures => {
  const counter = awardCounter(exemplars)
  counter.add(awards)
  return counter.figures
}

export type ExemplarFigures = { byStage: Record<string, number>; total: number }

/**
 * Published exemplars by stage under the same selection where it applies:
 * their own province and sector, a movement they are linked to, and the year
 * they were recognised (a profile without one is outside any year range).
 * The award form does not apply to profiles and is not used.
 */
export const countExemplarStages = ({ exemplars, selection }: { exemplars: Iterable<ExemplarFacts>; selection: StatSelection }): ExemplarFigures => {
  const want = { movement: keyOf(selection.movement), province: keyOf(selection.province), sector: keyOf(selection.sector) }
  const figures: ExemplarFigures = { byStage: {}, total: 0 }
  for (const e of exemplars) {
    if (want.province && e.province !== want.province) continue
    if (want.sector && e.sector !== want.sector) continue
    if (want.movement && !e.movements.includes(want.movement)) continue
    if (selection.from !== undefined && (e.yearRecognized === null || e.yearRecognized < selection.from)) continue
    if (selection.to !== undefined && (e.yearRecognized === null || e.yearRecognized > selection.to)) continue
    figures.byStage[e.stage] = (figures.byStage[e.stage] ?? 0) + 1
    figures.total++
  }
  return figures
}
