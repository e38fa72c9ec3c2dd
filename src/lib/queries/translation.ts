import type { CollectionSlug } from 'payload'

import type { Locale } from '@/i18n/locales'
import { isPublicContent, PUBLIC_CONTENT, PUBLIC_CONTENT_SLUGS } from '@/lib/urls/publicContent'
import { readWithPreview } from './preview'
import { getPayloadClient } from '@/lib/server/payload'

/**
 * Whether a document has its own text in `locale`. Pages read English with
 * Vietnamese fallback, so the text alone cannot tell; this reads the marker
 * field without fallback. Vietnamese is the source language: always true.
 */
export const isTranslated = readWithPreview(
  'translation',
  PUBLIC_CONTENT_SLUGS,
  async (ctx, { collection, id, locale }: { collection: CollectionSlug; id: number | string; locale: Locale }): Promise<boolean> => {
    const field = isPublicContent(collection) ? PUBLIC_CONTENT[collection].marker : undefined
    if (locale === 'vi' || !field) return true
    const payload = await getPayloadClient()
    const { docs } = await payload.find({
      collection,
      depth: 0,
      draft: ctx.draft,
      fallbackLocale: false,
      limit: 1,
      locale,
      overrideAccess: false,
      pagination: false,
      select: { [field]: true },
      user: ctx.user,
      where: { id: { equals: id } },
    })
    const value = (docs[0] as unknown as Record<string, unknown> | undefined)?.[field]
    return typeof value === 'string' && value.trim().length > 0
  },
)
