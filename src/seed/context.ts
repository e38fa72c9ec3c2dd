import type { CollectionSlug, Payload } from 'payload'

import type { Exemplar } from '@/payload-types'

/** Ids are numbers on SQLite and strings on MongoDB; the seed passes them through untouched. */
export type Id = number | string

/**
 * The generated types are produced against SQLite, so they spell ids as
 * numbers. This cast only satisfies them; the value is whatever the adapter gave.
 */
export type GeneratedId = Exemplar['id']
export const asRef = (id: Id): GeneratedId => id as GeneratedId

/** Everything a factory needs: Payload, a logger and the ids created so far, by seed key. */
export type SeedContext = {
  log: (message: string) => void
  payload: Payload
  refs: Record<RefKind, Map<string, Id>>
}

type RefKind = 'awards' | 'columns' | 'courses' | 'documents' | 'exemplars' | 'movements' | 'provinces' | 'sectors' | 'users'

const REF_KINDS: RefKind[] = ['awards', 'columns', 'courses', 'documents', 'exemplars', 'movements', 'provinces', 'sectors', 'users']

/** Empty key → id maps, one per kind the steps refer to. */
export const emptyRefs = (): SeedContext['refs'] => Object.fromEntries(REF_KINDS.map((kind) => [kind, new Map<string, Id>()])) as SeedContext['refs']

/**
 * Seeding is a system task: it bypasses access and never purges a Next cache it cannot reach.
 * `context` is a getter, so each `...seedOptions` gets its own object: Payload keeps the
 * object as `req.context` and hooks write to it (the S3 adapter sets `skipCloudStorage`
 * after an upload), and one shared object made every later seeded upload skip the bucket.
 */
export const seedOptions = {
  get context() {
    return { disableRevalidate: true, keepStageHistory: true }
  },
  overrideAccess: true,
} as const

export const publishState = (draft?: boolean) => ({ _status: draft ? ('draft' as const) : ('published' as const) })

/** The id of the document whose `field` equals `value`, drafts included, if any. */
export const findIdBy = async ({ collection, field, payload, value }: { collection: CollectionSlug; field: string; payload: Payload; value: string }): Promise<Id | undefined> => {
  const { docs } = await payload.find({ collection, depth: 0, limit: 1, overrideAccess: true, pagination: false, select: {}, where: { [field]: { equals: value } } })
  return docs[0]?.id
}

/** Resolves seed keys to ids, failing loudly on a dangling reference. */
export const resolve = (map: Map<string, Id>, keys: string[], what: string): GeneratedId[] =>
  keys.map((key) => {
    const id = map.get(key)
    if (id === undefined) throw new Error(`Seed data refers to unknown ${what} "${key}". Fix src/seed/data.`)
    return asRef(id)
  })

export const resolveOne = (map: Map<string, Id>, key: string | undefined, what: string): GeneratedId | undefined =>
  key === undefined ? undefined : resolve(map, [key], what)[0]

/** Counts how many documents a step created and how many it found already there. */
export type StepResult = { created: number; existing: number }

export const upsertEach = async <T extends { key: string }>({
  create,
  findExisting,
  items,
  map,
}: {
  create: (item: T) => Promise<Id>
  findExisting: (item: T) => Promise<Id | undefined>
  items: T[]
  map: Map<string, Id>
}): Promise<StepResult> => {
  const result: StepResult = { created: 0, existing: 0 }
  for (const item of items) {
    const existing = await findExisting(item)
    if (existing !== undefined) {
      map.set(item.key, existing)
      result.existing++
      continue
    }
    map.set(item.key, await create(item))
    result.created++
  }
  return result
}
