import type { CollectionConfig } from 'payload'

import { editorialVersions } from '@/access/editorialVersions'
import { editorsOrOwnContributor } from '@/access/editorsOrOwnContributor'
import { editorsOrOwnDraft } from '@/access/editorsOrOwnDraft'
import { publishedOrEditor } from '@/access/publishedOrEditor'
import { publishedOrTrainer } from '@/access/publishedOrTrainer'
import { trainersAndAdmins } from '@/access/trainersAndAdmins'
import { trainingVersions } from '@/access/trainingVersions'
import { writers } from '@/access/writers'
import { createdByField } from '@/fields/createdBy'
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

/** Access for editorial content (exemplars, movements, awards, columns, articles, documents). */
export const editorialAccess: CollectionConfig['access'] = {
  create: writers,
  delete: editorsOrOwnDraft,
  read: publishedOrEditor,
  readVersions: editorialVersions,
  update: editorsOrOwnContributor,
}

/** Access for training content (courses, lessons). */
export const trainingAccess: CollectionConfig['access'] = {
  create: trainersAndAdmins,
  delete: trainersAndAdmins,
  read: publishedOrTrainer,
  readVersions: trainingVersions,
  update: trainersAndAdmins,
}

/**
 * Wraps a content collection with what every one of them shares: drafts and
 * versions, the creator stamp, publish guard and cache revalidation.
 */
export const contentCollection = (config: CollectionConfig): CollectionConfig => ({
  ...config,
  admin: {
    ...config.admin,
    // Both open the public page in draft mode through /preview, which checks the session.
    livePreview: { url: ({ data, locale }) => previewPath(config.slug, data?.id, locale?.code) },
    preview: (doc, { locale }) => previewPath(config.slug, doc?.id as number | string | undefined, locale),
  },
  fields: [...config.fields, createdByField],
  hooks: {
    ...config.hooks,
    afterChange: [...(config.hooks?.afterChange ?? []), revalidateAfterChange],
    afterDelete: [...(config.hooks?.afterDelete ?? []), revalidateAfterDelete],
    beforeChange: [preventContributorPublish, ...(config.hooks?.beforeChange ?? [])],
  },
  versions: draftVersions,
})
