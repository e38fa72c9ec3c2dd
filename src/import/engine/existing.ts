import type { Payload } from 'payload'

import { relationId } from '@/lib/queries/relations'
import type { ImportKind } from '../types'
import { IMPORT_COLLECTION } from './collections'
import { foldName } from './lookups'
import type { RecordPlan } from './plan'

export type Existing = { id: number | string; status: string; stored: Record<string, unknown> }

type Id = number | string
const BATCH = 200

/** Awards carry their key; exemplars and documents are keyed here, from the fields the file identifies them by; cluster scores name their cluster's id. */
export const keyOf = {
  documents: (doc: { issuedDate?: null | string; number?: null | string }) => `${foldName(doc.number)}|${(doc.issuedDate ?? '').slice(0, 10)}`,
  exemplars: (doc: { name?: null | string; organization?: null | string; province?: unknown }) => `${foldName(doc.name)}|${relationId(doc.province) ?? ''}|${foldName(doc.organization)}`,
}

const ids = async ({ kind, payload, records }: { kind: ImportKind; payload: Payload; records: RecordPlan[] }): Promise<Map<string, Id>> => {
  const found = new Map<string, Id>()
  // A plan that already found a record's document (cluster scores: the cluster itself) names it.
  for (const record of records) if (record.id !== undefined) found.set(record.key, record.id)
  const rest = records.filter((r) => r.id === undefined)
  if (rest.length === 0) return found
  if (kind === 'awards') {
    const keys = rest.map((r) => r.key)
    for (let i = 0; i < keys.length; i += BATCH) {
      const { docs } = await payload.find({ collection: 'awards', depth: 0, limit: 0, overrideAccess: true, pagination: false, select: { decisionKey: true }, where: { decisionKey: { in: keys.slice(i, i + BATCH) } } })
      for (const doc of docs) if (doc.decisionKey) found.set(doc.decisionKey, doc.id)
    }
    return found
  }
  // Exemplars and documents number in the thousands at most: one read of the identifying fields.
  const common = { depth: 0, limit: 0, locale: 'vi' as const, overrideAccess: true, pagination: false as const }
  const docs =
    kind === 'exemplars'
      ? (await payload.find({ ...common, collection: 'exemplars', select: { name: true, organization: true, province: true } })).docs.map((d) => [keyOf.exemplars(d), d.id] as const)
      : kind === 'documents'
        ? (await payload.find({ ...common, collection: 'documents', select: { issuedDate: true, number: true } })).docs.map((d) => [keyOf.documents(d), d.id] as const)
        : []
  for (const [key, id] of docs) if (!found.has(key)) found.set(key, id)
  return found
}

/**
 * The documents the records already exist as, read as the admin shows them
 * (the latest version, draft or published), so a re-import compares with
 * what an editor sees.
 */
export const findExisting = async ({ kind, payload, records }: { kind: ImportKind; payload: Payload; records: RecordPlan[] }): Promise<Map<string, Existing>> => {
  const keyToId = await ids({ kind, payload, records })
  const byId = new Map([...keyToId].map(([key, id]) => [String(id), key]))
  const existing = new Map<string, Existing>()
  const all = [...keyToId.values()]
  for (let i = 0; i < all.length; i += BATCH) {
    const { docs } = await payload.find({ collection: IMPORT_COLLECTION[kind], depth: 0, draft: true, limit: 0, locale: 'vi', overrideAccess: true, pagination: false, where: { id: { in: all.slice(i, i + BATCH) } } })
    for (const doc of docs) {
      const key = byId.get(String(doc.id))
      if (key) existing.set(key, { id: doc.id, status: String(doc._status ?? 'draft'), stored: doc as unknown as Record<string, unknown> })
    }
  }
  return existing
}
