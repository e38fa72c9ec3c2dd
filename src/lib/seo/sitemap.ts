import type { CollectionSlug } from 'payload'

import { PUBLIC_CONTENT, PUBLIC_CONTENT_SLUGS, publicPathFor } from '@/lib/urls/publicContent'
import { sitePaths } from '@/lib/urls/sitePaths'
import { cachedRead } from '@/lib/cache/cachedRead'
import { getPayloadClient } from '@/lib/server/payload'

type Entry = { lastModified?: string; path: string }

/** Versioned content with public pages, and the consultations: access shows readers every nomination but drafts, so they stay on record after they close. */
const PAGES: { collection: CollectionSlug; parent?: { field: string; collection: CollectionSlug } }[] = [
  ...PUBLIC_CONTENT_SLUGS.map((collection) => ({ collection, parent: PUBLIC_CONTENT[collection].parent })),
  { collection: 'nominations' },
]

/** Every published page, read as an anonymous visitor so drafts can never appear. */
export const listSitemapEntries = cachedRead(
  'sitemap',
  PAGES.map((p) => p.collection),
  async (): Promise<Entry[]> => {
    const payload = await getPayloadClient()
    const perCollection = await Promise.all(
      PAGES.map(async ({ collection, parent }) => {
        const { docs } = await payload.find({
          collection,
          depth: parent ? 1 : 0,
          limit: 0,
          overrideAccess: false,
          pagination: false,
          populate: parent ? { [parent.collection]: { slug: true } } : undefined,
          select: { slug: true, updatedAt: true, ...(parent ? { [parent.field]: true } : {}) },
        })
        return (docs as unknown as Record<string, unknown>[])
          // A child whose parent is unpublished stays unpopulated (an id): it has no public page.
          .filter((doc) => !parent || typeof doc[parent.field] === 'object')
          .map((doc) => ({ lastModified: doc.updatedAt as string, path: publicPathFor(collection, doc) }))
      }),
    )
    const listings = [sitePaths.home, sitePaths.exemplars, sitePaths.movements, sitePaths.awards, sitePaths.statistics, sitePaths.columns, sitePaths.courses, sitePaths.documents, sitePaths.procedures, sitePaths.events, sitePaths.consultations, sitePaths.partners]
    return [...listings.map((path) => ({ path })), ...perCollection.flat()]
  },
)
