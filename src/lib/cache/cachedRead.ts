import { unstable_cache } from 'next/cache'
import { cache } from 'react'

import { cacheTags } from './tags'

/** A safety net under tag revalidation: even a missed purge heals within the hour. */
const MAX_AGE_SECONDS = 3600

/**
 * Caches a read under the tags of the collections (and globals) it touches.
 * Publish, unpublish and delete hooks purge the same tags (./revalidate.ts).
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
