import type { CollectionSlug, Payload, SanitizedCollectionConfig } from 'payload'

export type TrackedCollection = {
  /** Payload drafts: versions carry `_status` and `latest`. */
  drafts: boolean
  label: SanitizedCollectionConfig['labels']['singular']
  slug: CollectionSlug
  titleField: string
}

/**
 * Collections whose every save is a version stamped with its author
 * (`contentCollection` and nominations), read from the config so a new
 * content collection joins the activity log without an edit here.
 */
export const trackedCollections = (payload: Payload): TrackedCollection[] =>
  payload.config.collections
    .filter((collection) => collection.versions && collection.flattenedFields.some((field) => field.name === 'updatedBy'))
    .map((collection) => ({
      drafts: Boolean(collection.versions && collection.versions.drafts),
      label: collection.labels.singular,
      slug: collection.slug as CollectionSlug,
      titleField: collection.admin.useAsTitle ?? 'id',
    }))

export const findTracked = (payload: Payload, slug: string | undefined): TrackedCollection | undefined => (slug ? trackedCollections(payload).find((collection) => collection.slug === slug) : undefined)

/** Where a document and one of its versions open in the admin (the version page shows its diff). */
export const adminDocumentUrl = (payload: Payload, slug: string, id: number | string) => `${payload.config.routes.admin}/collections/${slug}/${encodeURIComponent(String(id))}`
export const adminVersionUrl = (payload: Payload, slug: string, id: number | string, versionId: number | string) => `${adminDocumentUrl(payload, slug, id)}/versions/${encodeURIComponent(String(versionId))}`
