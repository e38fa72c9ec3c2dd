import type { Payload } from 'payload'

import { relationId } from '@/lib/queries/relations'
import { foldedWords } from '@/lib/text/words'
import { makeProvinceMatcher } from '../match/provinces'

/** The same folding for every name the import compares: "UBND tỉnh Đắk Lắk" → "ubnd tinh dak lak". */
export const foldName = (text: null | string | undefined): string => foldedWords(text ?? '').join(' ')

type Id = number | string

export type ExemplarCandidate = { id: Id; kind: string; organization: string; province: Id | null }

/**
 * What rows are matched against, read once per import: the 34 provinces,
 * sectors and movements by folded name and slug, and exemplar profiles by
 * folded name (recipients are linked to a profile only when it is the one
 * profile of that name, kind, province and unit).
 */
export type Lookups = {
  province: ReturnType<typeof makeProvinceMatcher>
  sectors: Map<string, Id>
  movements: Map<string, Id>
  exemplarsByName: Map<string, ExemplarCandidate[]>
}

const byNameAndSlug = (docs: { id: Id; name?: null | string; slug?: null | string }[]): Map<string, Id> => {
  const map = new Map<string, Id>()
  for (const doc of docs) {
    if (doc.name) map.set(foldName(doc.name), doc.id)
    if (doc.slug) map.set(foldName(doc.slug.replace(/-/g, ' ')), doc.id)
  }
  return map
}

export const loadLookups = async ({ payload }: { payload: Payload }): Promise<Lookups> => {
  const common = { depth: 0, limit: 0, locale: 'vi' as const, overrideAccess: true, pagination: false as const }
  const [provinces, sectors, movements, exemplars] = await Promise.all([
    payload.find({ ...common, collection: 'provinces', select: { code: true, name: true } }),
    payload.find({ ...common, collection: 'sectors', select: { name: true, slug: true } }),
    payload.find({ ...common, collection: 'movements', select: { name: true, slug: true } }),
    // Drafts too: an editor's unpublished profile is still the person a decision names.
    payload.find({ ...common, collection: 'exemplars', draft: true, select: { kind: true, name: true, organization: true, province: true } }),
  ])
  const exemplarsByName = new Map<string, ExemplarCandidate[]>()
  for (const doc of exemplars.docs) {
    const key = foldName(doc.name)
    const list = exemplarsByName.get(key) ?? []
    list.push({ id: doc.id, kind: doc.kind, organization: foldName(doc.organization), province: relationId(doc.province) })
    exemplarsByName.set(key, list)
  }
  return {
    exemplarsByName,
    movements: byNameAndSlug(movements.docs),
    province: makeProvinceMatcher(provinces.docs.map((p) => ({ code: p.code, id: p.id, name: p.name }))),
    sectors: byNameAndSlug(sectors.docs),
  }
}
