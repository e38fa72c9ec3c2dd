import type { CollectionConfig } from 'payload'

import { createdByField } from '@/fields/createdBy'
import { updatedByField } from '@/fields/updatedBy'
import { preventContributorPublish } from './hooks/preventContributorPublish'
import { revalidateAfterChange, revalidateAfterDelete } from '@/lib/cache/revalidate'

/** The admin's editing locale picks the language of the previewed page. */
const previewPath = (collection: string, id: number | string | undefined, locale?: string) =>
  `/preview?collection=${collection}&id=${id ?? ''}${locale === 'en' ? '&locale=en' : ''}`

/** Drafts, autosave, scheduled publishing and a bounded version history. */
export const draftVersions: CollectionConfig['versions'] = {
  drafts: { autosave: { interval: 1500 }, schedulePublish: true },
  maxPerDoc: 50,
}

/**
 * Wraps a content collection with what every one of them shares: drafts and
 * versions, who created it and who made each change (on the document and on
 * every version), the publish guard and cache revalidation.
 */
export const contentCollection = (config: CollectionConfig): CollectionConfig => ({
  ...config,
  admin: {
    ...config.admin,
    // Both open the public page in draft mode through /preview, which checks the session.
    livePreview: { url: ({ data, locale }) => previewPath(config.slug, data?.id, locale?.code) },
    preview: (doc, { locale }) => previewPath(config.slug, doc?.id as number | string | undefined, locale),
  },
  fields: [...config.fields, createdByField, updatedByField],
  hooks: {
    ...config.hooks,
    afterChange: [...(config.hooks?.afterChange ?? []), revalidateAfterChange],
    afterDelete: [...(config.hooks?.afterDelete ?? []), revalidateAfterDelete],
    beforeChange: [preventContributorPublish, ...(config.hooks?.beforeChange ?? [])],
  },
  versions: draftVersions,
})
