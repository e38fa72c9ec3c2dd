import type { CollectionSlug } from 'payload'

import { sitePaths } from '../paths'
import { cachedRead } from './cached'
import { getPayloadClient } from './payload'

type Entry = { lastModified?: string; path: string }

const slugOf = (v: unknown) => (v && typeof v === 'object' && 'slug' in v ? String((v as { slug: unknown }).slug ?? '') : '')

/** Every published page, read as an anonymous visitor so drafts can never appear. */
export const listSitemapEntries = cachedRead(
  'sitemap',
  ['exemplars', 'movements', 'awards', 'columns', 'articles', 'courses', 'lessons', 'documents'],
  async (): Promise<Entry[]> => {
    const payload = await getPayloadClient()
    const all = (collection: CollectionSlug, select: Record<string, true>, populate?: Record<string, Record<string, true>>) =>
      payload.find({ collection, depth: populate ? 1 : 0, limit: 0, overrideAccess: false, pagination: false, populate, select: { ...select, slug: true, updatedAt: true } }).then((r) => r.docs as unknown as Record<string, unknown>[])
    const [exemplars, movements, awards, columns, articles, courses, lessons, documents] = await Promise.all([
      all('exemplars', {}),
      all('movements', {}),
      all('awards', {}),
      all('columns', {}),
      all('articles', { column: true }, { columns: { slug: true } }),
      all('courses', {}),
      all('lessons', { course: true }, { courses: { slug: true } }),
      all('documents', {}),
    ])
    const entry = (path: string, doc: Record<string, unknown>): Entry => ({ lastModified: doc.updatedAt as string, path })
    const slug = (doc: Record<string, unknown>) => String(doc.slug ?? '')
    return [
      ...[sitePaths.home, sitePaths.exemplars, sitePaths.movements, sitePaths.awards, sitePaths.columns, sitePaths.courses, sitePaths.documents].map((path) => ({ path })),
      ...exemplars.map((d) => entry(sitePaths.exemplar(slug(d)), d)),
      ...movements.map((d) => entry(sitePaths.movement(slug(d)), d)),
      ...awards.map((d) => entry(sitePaths.award(slug(d)), d)),
      ...columns.map((d) => entry(sitePaths.column(slug(d)), d)),
      ...articles.filter((d) => slugOf(d.column)).map((d) => entry(sitePaths.article(slugOf(d.column), slug(d)), d)),
      ...courses.map((d) => entry(sitePaths.course(slug(d)), d)),
      ...lessons.filter((d) => slugOf(d.course)).map((d) => entry(sitePaths.lesson(slugOf(d.course), slug(d)), d)),
      ...documents.map((d) => entry(sitePaths.document(slug(d)), d)),
    ]
  },
)
