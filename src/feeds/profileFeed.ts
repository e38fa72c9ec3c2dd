import type { CollectionSlug } from 'payload'

import { publicPathFor } from '@/lib/urls/publicContent'
import { readFeedSettings } from './queries'
import type { FeedName } from './paths'
import { feedDocument, siteRights } from './channel'
import { absoluteUrl, authorsOf, entryId } from './items'
import type { FeedDocument, FeedEntry } from './model'

type Profile = { createdAt: string; id: number; slug?: string | null; updatedAt: string }

/** What differs between profile collections; the rest of an entry follows from the document. */
type Describe<Doc> = (doc: Doc) => Pick<FeedEntry, 'categories' | 'contentHtml' | 'image' | 'summary' | 'title'>

/**
 * A feed of documents that are profiles rather than articles (exemplars,
 * movements): unsigned, so the editorial board is the author; no publish
 * date, so creation stands in for it; the site-wide licence.
 */
export const profileFeed = async <Doc extends Profile>({
  collection,
  describe,
  description,
  name,
  read,
  sitePath,
  title,
}: {
  collection: CollectionSlug
  describe: Describe<Doc>
  description: string
  name: FeedName
  read: () => Promise<Doc[]>
  sitePath: string
  title: string
}): Promise<FeedDocument> => {
  const [settings, docs] = await Promise.all([readFeedSettings(), read()])
  const entries = docs
    .filter((doc) => doc.slug)
    .map(
      (doc): FeedEntry => ({
        ...describe(doc),
        authors: authorsOf(),
        id: entryId(collection, doc.id),
        link: absoluteUrl(publicPathFor(collection, doc)),
        published: doc.createdAt,
        updated: doc.updatedAt,
      }),
    )
  return feedDocument({ description, entries, name, rights: siteRights(settings), settings, sitePath, title })
}
