import { revalidateTag } from 'next/cache'
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, GlobalAfterChangeHook, PayloadRequest } from 'payload'

import { forwardPurge } from './forwardPurge'
import { cacheTags } from './tags'

type Doc = { _status?: string | null; id: number | string; slug?: string | null }

/**
 * A purge must come after the change is committed and readable, or the next
 * reader rebuilds the page from the old data and it stays cached:
 * - inside a request Next makes the purge when the response ends, after the
 *   commit; but another instance reading from a PostgreSQL replica may still
 *   lag, so with replicas the purge is made again a moment later;
 * - a job (a scheduled publish, in this process or the worker) has no
 *   request, and its hooks run before its transaction commits: the tags go
 *   to a site instance now and again after the commit has surely landed.
 * Scripts that load content (seed) opt out with `disableRevalidate`.
 */
const AGAIN_AFTER_MS = [1_000, 3_000]

const purge = (req: PayloadRequest, tags: string[]) => {
  if (req.context.disableRevalidate) return
  try {
    for (const tag of tags) revalidateTag(tag, { expire: 0 })
    if (process.env.DATABASE_READ_REPLICAS) void forwardPurge(tags, AGAIN_AFTER_MS[0])
  } catch {
    for (const afterMs of [0, ...AGAIN_AFTER_MS]) void forwardPurge(tags, afterMs)
  }
}

const tagsFor = (collection: string, doc: Doc): string[] => {
  const tags = [cacheTags.collection(collection), cacheTags.document(collection, doc.id)]
  if (doc.slug) tags.push(cacheTags.document(collection, doc.slug))
  return tags
}

/**
 * Readers only ever see published documents, so only a change that touches
 * the published state (publish, republish, unpublish) reaches their cache.
 */
export const revalidateAfterChange: CollectionAfterChangeHook<Doc> = ({ collection, doc, previousDoc, req }) => {
  const drafts = Boolean(collection.versions?.drafts)
  const touchesPublished = !drafts || doc._status === 'published' || previousDoc?._status === 'published'
  if (touchesPublished) {
    purge(req, [...tagsFor(collection.slug, doc), ...(previousDoc?.slug && previousDoc.slug !== doc.slug ? [cacheTags.document(collection.slug, previousDoc.slug)] : [])])
  }
  return doc
}

export const revalidateAfterDelete: CollectionAfterDeleteHook<Doc> = ({ collection, doc, req }) => {
  purge(req, tagsFor(collection.slug, doc))
  return doc
}

export const revalidateGlobal: GlobalAfterChangeHook = ({ doc, global, req }) => {
  purge(req, [cacheTags.global(global.slug)])
  return doc
}
