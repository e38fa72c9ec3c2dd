import { exemplarFlags } from '@/collections/Exemplars/options'
import { relationId, relationIds } from '@/lib/queries/relations'

export type ExemplarFlagName = (typeof exemplarFlags)[number]['name']

/**
 * One recipient without a profile, as the statistics count it: kind
 * ('i' individual, 'c' collective), province id (or null: the decision's
 * province applies) and the priority flags that are set.
 */
export type OtherRecipientFact = { f: ExemplarFlagName[]; k: 'c' | 'i'; p: null | number | string }

/**
 * What /thong-ke needs from a decision, kept in one JSON column so a year's
 * figures are one flat read of the awards table on every adapter (no array or
 * relationship joins for 100 000 decisions). Profiled recipients are kept as
 * ids: their kind, province and flags are read from the exemplar profiles,
 * which editors may correct after the decision was saved.
 */
export type AwardStatFacts = { e: (number | string)[]; o: OtherRecipientFact[] }

type OtherRecipientInput = {
  flags?: null | Partial<Record<ExemplarFlagName, boolean | null>>
  kind?: null | string
  province?: unknown
}

export const computeStatFacts = ({ otherRecipients, recipients }: { otherRecipients: unknown; recipients: unknown }): AwardStatFacts => ({
  e: relationIds(recipients),
  o: (Array.isArray(otherRecipients) ? (otherRecipients as OtherRecipientInput[]) : []).map((other) => ({
    f: exemplarFlags.map((flag) => flag.name).filter((name) => other.flags?.[name] === true),
    k: other.kind === 'collective' ? 'c' : 'i',
    p: relationId(other.province),
  })),
})
