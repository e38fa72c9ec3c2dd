import { unstable_cache } from 'next/cache'
import { cache } from 'react'

import { cacheTags } from '@/lib/cache-tags'

/** A safety net under tag revalidation: even a missed purge heals within the hour. */
const MAX_AGE_SECONDS = 3600

/**
 * Caches a read under the tags of the collections (and globals) it touches.
 * Publish, unpublish and delete hooks purge the same tags (src/hooks/revalidateContent.ts).
 * A shorter `maxAgeSeconds` suits reads that change with the clock alone.
 */
export const cachedRead = <Args extends unknown[], Result>(
  key: string,
  collections: string[],
  read: (...args: Args) => Promise<Result>,
  { globals = [], maxAgeSeconds = MAX_AGE_SECONDS }: { globals?: string[]; maxAgeSeconds?: number } = {},
): ((...args: Args) => Promise<Result>) => {
  const tags = [...collections.map((c) => cacheTags.collection(c)), ...globals.map((g) => cacheTags.global(g))]
  // React's cache dedupes the same call within one render (generateMetadata and the page).
  return cache(unstable_cache(read, [key], { revalidate: maxAgeSeconds, tags }))
}

/** What pages show of an attached file: a titled download link with type and size. */
export const filePopulate = { filename: true, filesize: true, mimeType: true, title: true, url: true } as const

/** Images on reading pages: the display sizes plus what the media kit lists (original file, size, licence; `url` is built from `filename`). */
export const pageMediaPopulate = { alt: true, caption: true, credit: true, filename: true, filesize: true, height: true, licence: true, mimeType: true, sizes: true, url: true, width: true } as const
