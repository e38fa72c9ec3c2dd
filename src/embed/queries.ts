import type { CollectionSlug, Where } from 'payload'

import type { Locale } from '@/i18n/locales'
import { cachedRead } from '@/lib/cache/cachedRead'
import { getPayloadClient } from '@/lib/server/payload'

/**
 * Reads for embeds (/embed/…) and oEmbed. Always anonymous and published-only:
 * unlike the site's page reads these never switch to drafts, even for an
 * editor with preview on, because their output ends up on other sites.
 */
const MEDIA = { alt: true, caption: true, credit: true, sizes: true, url: true } as const
export const EMBED_ARTICLES_MAX = 20

type Id = number | string

/** Which of `ids` have no text of their own in `locale` (readers see the Vietnamese fallback). */
export const untranslated = async ({ collection, field, ids, locale }: { collection: CollectionSlug; field: string; ids: Id[]; locale: Locale }): Promise<Id[]> => {
  if (locale === 'vi' || ids.length === 0) return []
  const payload = await getPayloadClient()
  const { docs } = await payload.find({ collection, depth: 0, fallbackLocale: false, limit: ids.length, locale, overrideAccess: false, pagination: false, select: { [field]: true }, where: { id: { in: ids } } })
  const own = new Set<Id>(docs.filter((d) => String((d as unknown as Record<string, unknown>)[field] ?? '').trim()).map((d) => d.id))
  return ids.filter((id) => !own.has(id))
}

/**
 * A column and its newest articles. Articles dated in the future are
 * scheduled, not published. The cache outlives "now", so it must not fix it:
 * it keeps the newest already-dated articles and the soonest scheduled ones,
 * and the caller picks what is live when it renders (`liveArticles`).
 */
export const getEmbedColumn = cachedRead('embeds:column', ['columns', 'articles', 'media'], async (slug: string, locale: Locale) => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({ collection: 'columns', depth: 1, limit: 1, locale, overrideAccess: false, populate: { media: MEDIA }, select: { articles: false }, where: { slug: { equals: slug } } })
  const column = docs[0]
  if (!column) return null
  const cutoff = new Date().toISOString()
  const read = (when: Where, sort: string) =>
    payload.find({
      collection: 'articles',
      depth: 0,
      limit: EMBED_ARTICLES_MAX,
      locale,
      overrideAccess: false,
      pagination: false,
      select: { byline: true, publishedAt: true, slug: true, summary: true, title: true },
      sort,
      where: { and: [{ column: { equals: column.id } }, when] },
    })
  const [dated, scheduled] = await Promise.all([
    read({ or: [{ publishedAt: { less_than_equal: cutoff } }, { publishedAt: { exists: false } }] }, '-publishedAt'),
    read({ publishedAt: { greater_than: cutoff } }, 'publishedAt'),
  ])
  const articles = [...scheduled.docs, ...dated.docs]
  const [columnFallback, articleFallback] = await Promise.all([
    untranslated({ collection: 'columns', field: 'name', ids: [column.id], locale }),
    untranslated({ collection: 'articles', field: 'title', ids: articles.map((a) => a.id), locale }),
  ])
  return { articles: articles.map((a) => ({ ...a, translated: !articleFallback.includes(a.id) })), column, translated: columnFallback.length === 0 }
})

/** A published article of a published column (the caller still checks its date). */
export const getEmbedArticle = cachedRead('embeds:article', ['articles', 'columns', 'exemplars', 'movements', 'media'], async (columnSlug: string, slug: string, locale: Locale) => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'articles',
    depth: 1,
    limit: 1,
    locale,
    overrideAccess: false,
    populate: { columns: { attribution: true, licence: true, name: true, slug: true }, exemplars: { name: true, slug: true }, media: MEDIA, movements: { name: true, slug: true } },
    select: { body: true, byline: true, column: true, cover: true, publishedAt: true, slug: true, summary: true, title: true },
    where: { slug: { equals: slug } },
  })
  const article = docs[0]
  const column = article && typeof article.column === 'object' ? article.column : null
  if (!article || column?.slug !== columnSlug) return null
  return { article, column, translated: (await untranslated({ collection: 'articles', field: 'title', ids: [article.id], locale })).length === 0 }
})

export const getEmbedExemplar = cachedRead('embeds:exemplar', ['exemplars', 'provinces', 'media'], async (slug: string, locale: Locale) => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'exemplars',
    depth: 1,
    limit: 1,
    locale,
    overrideAccess: false,
    populate: { media: MEDIA, provinces: { name: true } },
    select: { achievements: true, kind: true, name: true, organization: true, portrait: true, position: true, province: true, slug: true, stage: true, summary: true, yearRecognized: true },
    where: { slug: { equals: slug } },
  })
  const exemplar = docs[0]
  if (!exemplar) return null
  return { exemplar, translated: (await untranslated({ collection: 'exemplars', field: 'summary', ids: [exemplar.id], locale })).length === 0 }
})

export const getEmbedMovement = cachedRead('embeds:movement', ['movements', 'media'], async (slug: string, locale: Locale) => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'movements',
    depth: 1,
    limit: 1,
    locale,
    overrideAccess: false,
    populate: { media: MEDIA },
    select: { cover: true, issuingBody: true, level: true, name: true, objectives: true, period: true, slogan: true, slug: true, status: true, type: true },
    where: { slug: { equals: slug } },
  })
  const movement = docs[0]
  if (!movement) return null
  return { movement, translated: (await untranslated({ collection: 'movements', field: 'name', ids: [movement.id], locale })).length === 0 }
})
