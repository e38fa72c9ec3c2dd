import type { Payload, TypedLocale, TypedUser, Where } from 'payload'

import { assertCanSeeActivity } from '../access'
import { scheduledPublishTimes } from '../scheduledPublishes'
import { staffByIds } from '../staffNames'
import { trackedCollections, type TrackedCollection } from '../trackedCollections'
import { type ActivityRow, newestFirst, readVersions, type RawVersion, toActivityRows } from './versions'

export const ACTIVITY_PAGE_SIZE = 25
/** Each page reads page × size versions per collection to merge them; deep pages stop here. */
export const ACTIVITY_MAX_PAGE = 40

export type ActivityFilter = {
  changedBy?: number | string
  collection?: TrackedCollection['slug']
}

export type ActivityPage = {
  limit: number
  page: number
  rows: ActivityRow[]
  totalDocs: number
  totalPages: number
}

type Args = ActivityFilter & {
  limit?: number
  locale?: TypedLocale
  page?: number
  payload: Payload
  user: null | TypedUser | undefined
}

/** Names, schedules and links for a set of versions: one users query and one jobs query whatever the count. */
export const describeVersions = async ({ payload, user, versions }: { payload: Payload; user: TypedUser; versions: RawVersion[] }): Promise<ActivityRow[]> => {
  const authors = versions.flatMap((version) => (version.updatedBy === null ? [] : [version.updatedBy]))
  const [names, scheduled] = await Promise.all([staffByIds(payload, authors), versions.some((version) => version.latest) ? scheduledPublishTimes({ payload, user }) : new Map<string, string>()])
  return toActivityRows({ names, payload, scheduled, versions })
}

/**
 * Recent changes across every versioned collection, newest first: who made
 * each save, what (collection and title), its status, when, and the link to
 * that version's diff. Editors and admins only; read with their own access.
 */
export const listActivity = async ({ changedBy, collection, limit = ACTIVITY_PAGE_SIZE, locale, page = 1, payload, user }: Args): Promise<ActivityPage> => {
  assertCanSeeActivity(user)
  const viewer = user as TypedUser
  const current = Math.min(Math.max(1, Math.trunc(page)), ACTIVITY_MAX_PAGE)
  const collections = trackedCollections(payload).filter((tracked) => !collection || tracked.slug === collection)
  const where: Where | undefined = changedBy === undefined ? undefined : { 'version.updatedBy': { equals: changedBy } }
  const results = await Promise.all(
    collections.map((tracked) =>
      readVersions({
        collection: tracked,
        limit: current * limit,
        locale,
        payload,
        user: viewer,
        where,
      }),
    ),
  )
  const totalDocs = results.reduce((sum, result) => sum + result.totalDocs, 0)
  const versions = results
    .flatMap((result) => result.versions)
    .sort(newestFirst)
    .slice((current - 1) * limit, current * limit)
  const rows = await describeVersions({ payload, user: viewer, versions })
  return {
    limit,
    page: current,
    rows,
    totalDocs,
    totalPages: Math.min(Math.ceil(totalDocs / limit), ACTIVITY_MAX_PAGE),
  }
}
