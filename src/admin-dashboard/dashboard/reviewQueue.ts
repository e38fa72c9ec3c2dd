import type { Payload, TypedLocale, TypedUser, Where } from 'payload'

import { assertCanSeeActivity } from '../access'
import { describeVersions } from '../activity/queries'
import { type ActivityRow, newestFirst, readVersions } from '../activity/versions'
import { listStaff } from '../staffNames'
import { trackedCollections } from '../trackedCollections'

/**
 * Contributors' drafts waiting for an editor: documents whose latest version
 * is a draft last saved by a contributor (a new draft, or a contributor's
 * change to something published). Publishing it, or an editor's save, takes
 * it off the list. Newest first.
 */
export const listDraftsAwaitingReview = async ({ limit = 20, locale, payload, user }: { limit?: number; locale?: TypedLocale; payload: Payload; user: null | TypedUser | undefined }): Promise<ActivityRow[]> => {
  assertCanSeeActivity(user)
  const viewer = user as TypedUser
  const contributors = await listStaff(payload, ['contributor'])
  if (contributors.length === 0) return []
  const ids = contributors.map((contributor) => contributor.id)
  const where: Where = {
    and: [{ latest: { equals: true } }, { 'version._status': { equals: 'draft' } }, { 'version.updatedBy': { in: ids } }],
  }
  const drafted = trackedCollections(payload).filter((collection) => collection.drafts)
  const results = await Promise.all(drafted.map((collection) => readVersions({ collection, limit, locale, payload, user: viewer, where })))
  const versions = results
    .flatMap((result) => result.versions)
    .sort(newestFirst)
    .slice(0, limit)
  return describeVersions({ payload, user: viewer, versions })
}
