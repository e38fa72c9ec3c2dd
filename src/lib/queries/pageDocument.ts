import type { CollectionSlug, FindOptions, SelectType, TransformCollectionWithSelect, TypedCollectionSelect } from 'payload'

import { getPayloadClient } from '@/lib/server/payload'
import type { ReadContext } from './preview'

type Select<TSlug extends CollectionSlug> = SelectType & TypedCollectionSelect[TSlug]
type PageQuery<TSlug extends CollectionSlug, TSelect extends Select<TSlug>> = Omit<FindOptions<TSlug, TSelect>, 'draft' | 'limit' | 'overrideAccess' | 'pagination' | 'user'>

/**
 * `payload.find` as this helper uses it: Payload's own signature also weighs
 * draft typing per collection, which TypeScript cannot resolve for a generic
 * slug ("union type too complex"); the result type is the same.
 */
type FindFirst = <TSlug extends CollectionSlug, TSelect extends Select<TSlug>>(options: FindOptions<TSlug, TSelect> & { draft?: boolean }) => Promise<{ docs: TransformCollectionWithSelect<TSlug, TSelect>[] }>

/**
 * The one read of "the document this page shows": published only for readers
 * (anonymous, access control applied), the latest draft for the editor whose
 * preview `ctx` carries. Null when nothing matches, so the page can 404.
 */
export const findPageDocument = async <TSlug extends CollectionSlug, TSelect extends Select<TSlug>>(
  ctx: ReadContext,
  query: PageQuery<TSlug, TSelect>,
): Promise<TransformCollectionWithSelect<TSlug, TSelect> | null> => {
  const payload = await getPayloadClient()
  const find = payload.find.bind(payload) as unknown as FindFirst
  const { docs } = await find<TSlug, TSelect>({ ...query, draft: ctx.draft, limit: 1, overrideAccess: false, pagination: false, user: ctx.user } as FindOptions<TSlug, TSelect>)
  return docs[0] ?? null
}
