import { exemplarFlags } from '@/collections/Exemplars/options'
import type { ExemplarFlagName } from '@/collections/Awards/statFacts'

export type Id = number | string

/** What the aggregation reads of a decision (the fields the flat query selects). */
export type AwardFactsRow = { form?: null | string; movement?: unknown; province?: unknown; sector?: unknown; statFacts?: unknown; year?: null | number }

/** What it reads of a published exemplar profile. */
export type ExemplarFacts = { flags: ExemplarFlagName[]; id: Id; kind: RecipientKind; movements: string[]; province: string; sector: string; stage: string; yearRecognized: null | number }

export type RecipientKind = 'collective' | 'individual'

/**
 * A relationship value as a string key: ids differ in type between adapters
 * (numbers on SQL, strings on MongoDB), so every map is keyed by text.
 * '' means "none".
 */
export const keyOf = (value: unknown): string => {
  if (typeof value === 'number' || (typeof value === 'string' && value !== '')) return String(value)
  if (!value || typeof value !== 'object') return ''
  // A MongoDB ObjectId, should an adapter hand one back unconverted (its `id` is raw bytes, not the key).
  if (typeof (value as { toHexString?: unknown }).toHexString === 'function') return (value as { toHexString: () => string }).toHexString()
  return 'id' in value ? keyOf((value as { id: unknown }).id) : ''
}

const NO_FLAGS: readonly string[] = []

/**
 * Calls `visit` with the kind, province key ('' when none is known) and
 * priority flags of each recipient of a decision that counts: every recipient
 * without a profile, and each profiled one whose profile is in `exemplars`
 * (published). Read defensively and without building objects (it runs some
 * 300 000 times for 100 000 decisions): `statFacts` may be null (rows saved
 * before the field existed, until the start-up backfill reaches them) or
 * malformed, which counts as no recipients rather than failing the page.
 * Unknown flag names are passed on and match no group.
 */
export const eachRecipient = ({ decisionProvince, exemplars, statFacts, visit }: { decisionProvince: string; exemplars: ReadonlyMap<string, ExemplarFacts>; statFacts: unknown; visit: (kind: RecipientKind, province: string, flags: readonly string[]) => void }): void => {
  if (!statFacts || typeof statFacts !== 'object') return
  const { e, o } = statFacts as { e?: unknown; o?: unknown }
  if (Array.isArray(o)) {
    for (const r of o as unknown[]) {
      if (!r || typeof r !== 'object') continue
      const { f, k, p } = r as { f?: unknown; k?: unknown; p?: unknown }
      visit(k === 'c' ? 'collective' : 'individual', keyOf(p) || decisionProvince, Array.isArray(f) ? (f as string[]) : NO_FLAGS)
    }
  }
  if (Array.isArray(e)) {
    for (const id of e as unknown[]) {
      const profile = exemplars.get(keyOf(id))
      if (profile) visit(profile.kind, profile.province || decisionProvince, profile.flags)
    }
  }
}

type ExemplarDoc = { flags?: null | Partial<Record<string, boolean | null>>; id: Id; kind?: null | string; province?: unknown; relatedMovements?: unknown; sector?: unknown; stage?: null | string; yearRecognized?: null | number }

/** A profile as the flat exemplar query returns it → the facts the figures use. */
export const toExemplarFacts = (doc: ExemplarDoc): ExemplarFacts => ({
  flags: exemplarFlags.map((f) => f.name).filter((name) => doc.flags?.[name] === true),
  id: doc.id,
  kind: doc.kind === 'collective' ? 'collective' : 'individual',
  movements: Array.isArray(doc.relatedMovements) ? doc.relatedMovements.map(keyOf).filter(Boolean) : [],
  province: keyOf(doc.province),
  sector: keyOf(doc.sector),
  stage: doc.stage ?? '',
  yearRecognized: typeof doc.yearRecognized === 'number' ? doc.yearRecognized : null,
})
