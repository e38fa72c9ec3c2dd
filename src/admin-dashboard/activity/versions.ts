import type { Payload, TypedLocale, TypedUser, Where } from 'payload'

import { relationId } from '@/lib/queries/relations'
import type { StaffMember } from '../staffNames'
import { adminDocumentUrl, adminVersionUrl, type TrackedCollection } from '../trackedCollections'

export type ActivityStatus = 'draft' | 'published' | 'saved' | 'scheduled'

export type ActivityRow = {
  collection: TrackedCollection['slug']
  diffUrl: string
  docId: number | string
  docUrl: string
  /** When a scheduled publish of this draft runs. */
  scheduledFor?: string
  status: ActivityStatus
  title: string
  updatedAt: string
  user: StaffMember | null
  versionId: number | string
}

/** One saved version, as read: enough to say who, what and when, nothing of the content. */
export type RawVersion = {
  collection: TrackedCollection
  id: number | string
  latest: boolean
  parent: number | string
  status?: string
  title: string
  updatedAt: string
  updatedBy: number | string | null
}

type VersionQuery = {
  collection: TrackedCollection
  limit: number
  locale?: TypedLocale
  payload: Payload
  user: TypedUser
  where?: Where
}

/**
 * The newest versions of one collection, with the viewer's own access
 * (`readVersions`) and only the fields the log shows: the title, the stamp
 * and the status, at depth 0 (names are resolved once, for all rows).
 */
export const readVersions = async ({ collection, limit, locale, payload, user, where }: VersionQuery): Promise<{ totalDocs: number; versions: RawVersion[] }> => {
  // Only `true` keys: a single `false` would switch Payload's select to exclusion and drop the rest.
  const select = {
    parent: true,
    updatedAt: true,
    version: { [collection.titleField]: true, updatedBy: true, ...(collection.drafts ? { _status: true } : {}) },
    ...(collection.drafts ? { latest: true } : {}),
  }
  // Payload's argument types follow one literal slug; these calls span every tracked collection.
  const args = {
    collection: collection.slug,
    depth: 0,
    limit,
    locale,
    overrideAccess: false,
    select,
    sort: '-updatedAt',
    user,
    where,
  }
  const result = await payload.findVersions(args as unknown as Parameters<Payload['findVersions']>[0])
  const versions = result.docs.map((doc) => {
    const version = (doc.version ?? {}) as unknown as Record<string, unknown>
    return {
      collection,
      id: doc.id,
      latest: Boolean((doc as { latest?: boolean }).latest),
      parent: relationId(doc.parent) ?? '',
      status: typeof version._status === 'string' ? version._status : undefined,
      title: String(version[collection.titleField] ?? ''),
      updatedAt: String(doc.updatedAt),
      updatedBy: relationId(version.updatedBy),
    }
  })
  return { totalDocs: result.totalDocs, versions }
}

/** Newest first across collections; equal times keep a stable order. */
export const newestFirst = (a: RawVersion, b: RawVersion) => Date.parse(b.updatedAt) - Date.parse(a.updatedAt) || String(b.id).localeCompare(String(a.id))

const statusOf = (version: RawVersion, scheduledFor: string | undefined): ActivityStatus => {
  if (!version.collection.drafts) return 'saved'
  if (version.status === 'published') return 'published'
  return scheduledFor ? 'scheduled' : 'draft'
}

/** Rows with names, links and status; only the latest draft of a document can be the one a schedule publishes. */
export const toActivityRows = ({ names, payload, scheduled, versions }: { names: Map<string, StaffMember>; payload: Payload; scheduled: Map<string, string>; versions: RawVersion[] }): ActivityRow[] =>
  versions.map((version) => {
    const slug = version.collection.slug
    const scheduledFor = version.latest && version.status !== 'published' ? scheduled.get(`${slug}:${version.parent}`) : undefined
    return {
      collection: slug,
      diffUrl: adminVersionUrl(payload, slug, version.parent, version.id),
      docId: version.parent,
      docUrl: adminDocumentUrl(payload, slug, version.parent),
      scheduledFor,
      status: statusOf(version, scheduledFor),
      title: version.title,
      updatedAt: version.updatedAt,
      user: version.updatedBy === null ? null : (names.get(String(version.updatedBy)) ?? null),
      versionId: version.id,
    }
  })
