import type { CollectionBeforeChangeHook } from 'payload'

/** An article published without a date takes the moment it was published. */
export const stampPublishDate: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  if (data._status === 'published' && !data.publishedAt && !originalDoc?.publishedAt) {
    data.publishedAt = new Date().toISOString()
  }
  return data
}
