import type { Locale } from '@/i18n/locales'
import { cachedRead } from '@/lib/cache/cachedRead'
import { pageMediaPopulate } from '@/lib/queries/populate'
import { findPageDocument } from '@/lib/queries/pageDocument'
import { readWithPreview } from '@/lib/queries/preview'
import { getPayloadClient } from '@/lib/server/payload'

export const ARTICLES_PAGE_SIZE = 10

export const listColumns = cachedRead('columns:list', ['columns', 'media'], async (locale: Locale) => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'columns',
    locale,
    depth: 1,
    limit: 50,
    overrideAccess: false,
    populate: { media: { alt: true, sizes: true, url: true } },
    select: { cover: true, description: true, name: true, slug: true },
    sort: 'order',
  })
  return docs
})

export const getColumn = cachedRead('columns:one', ['columns', 'articles', 'media'], async (slug: string, page: number, locale: Locale) => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({ collection: 'columns', locale, depth: 1, limit: 1, overrideAccess: false, populate: { media: { alt: true, sizes: true, url: true } }, select: { articles: false }, where: { slug: { equals: slug } } })
  const column = docs[0]
  if (!column) return null
  const articles = await payload.find({
    collection: 'articles',
    locale,
    depth: 0,
    limit: ARTICLES_PAGE_SIZE,
    overrideAccess: false,
    page,
    select: { byline: true, publishedAt: true, slug: true, summary: true, title: true },
    sort: '-publishedAt',
    where: { column: { equals: column.id } },
  })
  return { articles, column }
})

export const getArticle = readWithPreview('articles:one', ['articles', 'columns', 'exemplars', 'movements', 'media'], async (ctx, columnSlug: string, slug: string, locale: Locale) => {
  const article = await findPageDocument(ctx, {
    collection: 'articles',
    locale,
    depth: 1,
    populate: {
      columns: { attribution: true, licence: true, name: true, slug: true },
      exemplars: { name: true, slug: true },
      media: pageMediaPopulate,
      movements: { name: true, slug: true },
      users: { name: true },
    },
    where: { slug: { equals: slug } },
  })
  const column = article && typeof article.column === 'object' ? article.column : null
  return article && column?.slug === columnSlug ? { article, column } : null
})
