import { draftMode, headers } from 'next/headers'
import { cache } from 'react'

import { hasRole, STAFF_ROLES } from '@/access/roles'
import type { User } from '@/payload-types'
import { cachedRead } from '@/lib/cache/cachedRead'
import { getPayloadClient } from '@/lib/server/payload'

/** How a page reads: as the public (published, cached) or as a logged-in editor previewing drafts. */
export type ReadContext = { draft: boolean; user?: User }
const PUBLIC_READ: ReadContext = { draft: false }

/**
 * Draft mode is switched on only by /preview for a logged-in staff member;
 * the session is checked again on every read, so a leaked cookie alone shows
 * nothing. Outside a request (tests, build) there is no preview.
 */
export const previewContext = async (): Promise<ReadContext | null> => {
  try {
    if (!(await draftMode()).isEnabled) return null
    const payload = await getPayloadClient()
    const { user } = await payload.auth({ headers: await headers() })
    if (!user || user.collection !== 'users' || !hasRole(user, ...STAFF_ROLES)) return null
    return { draft: true, user }
  } catch {
    return null
  }
}

/** A cached public read that turns into a live draft read while previewing. */
export const readWithPreview = <Args extends unknown[], Result>(
  key: string,
  collections: string[],
  read: (ctx: ReadContext, ...args: Args) => Promise<Result>,
): ((...args: Args) => Promise<Result>) => {
  const cached = cachedRead(key, collections, (...args: Args) => read(PUBLIC_READ, ...args))
  // Deduped per render like cachedRead, so a preview does not read each draft twice.
  return cache(async (...args: Args) => {
    const preview = await previewContext()
    return preview ? read(preview, ...args) : cached(...args)
  })
}
