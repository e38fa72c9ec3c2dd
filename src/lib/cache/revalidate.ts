import { revalidateTag } from 'next/cache'
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, GlobalAfterChangeHook, PayloadRequest } from 'payload'

import { forwardPurge } from './forwardPurge'
import { cacheTags } from './tags'

type Doc = { _status?: string | null; id: number | string; slug?: string | null }

/**
 * Inside a request the tags are purged here. A job (a scheduled publish run by
 * the queue, in the site's process or a separate worker) has no request and
 * `revalidateTag` throws: the tags are sent to a site instance instead.
 * Scripts that load content (seed) opt out with `disableRevalidate`.
 */
const purge = (req: PayloadRequest, tags: string[]) => {
  if (req.context.disableRevalidate) return
  try {
    for (const tag of tags) revalidateTag(tag, { expire: 0 })
  } catch {
    void forwardPurge(tags)
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
