import type { Locale } from '@/i18n/locales'
import { cachedRead } from '@/lib/cache/cachedRead'
import { getPayloadClient } from '@/lib/server/payload'
import { relationIds } from '@/lib/queries/relations'
import { inOrder, latestPerColumn } from './select'

/** An editor may pick the same document twice; it is shown once. */
const unique = <T,>(ids: T[]): T[] => [...new Set(ids)]

/**
 * The front page's reads. Each is made as an anonymous visitor
 * (`overrideAccess: false`, no user), so access control returns published
 * documents only: a featured exemplar that is a draft or was unpublished is
 * simply not returned. Each is cached under the tags of what it reads, which
 * the publish hooks (and the global's afterChange) purge.
 */

/** How many of each the page shows when the editors picked none (and how many newest exemplars besides their picks). */
export const LATEST = { exemplars: 6, movements: 5, newest: 4 } as const

/** The editors' picks, ids in their order, and the introduction in both languages (one read). */
export const getHomeSettings = cachedRead(
  'home:settings',
  [],
  async () => {
    const payload = await getPayloadClient()
    const home = await payload.findGlobal({ slug: 'home', depth: 0, locale: 'all', overrideAccess: false })
    const intro = (home.intro ?? {}) as unknown as Partial<Record<Locale, string | null>>
    return {
      featuredColumns: unique(relationIds(home.featuredColumns)),
      featuredExemplars: unique(relationIds(home.featuredExemplars)),
      featuredMovements: unique(relationIds(home.featuredMovements)),
      intro: { en: intro.en ?? null, vi: intro.vi ?? null },
    }
  },
  { globals: ['home'] },
)

/**
 * The featured exemplars in the editors' order, and the few newest published
 * besides them (what has just been honoured reaches the front page too); when
 * none is picked, or none of the picks is published, the latest published.
 */
export const getHomeExemplars = cachedRead(
  'home:exemplars',
  ['exemplars', 'media', 'provinces'],
  async (ids: (number | string)[], locale: Locale) => {
    const payload = await getPayloadClient()
    const read = (more: { limit: number; sort?: string; where?: { id: { in: (number | string)[] } | { not_in: (number | string)[] } } }) =>
      payload.find({
        collection: 'exemplars',
        depth: 1,
        locale,
        overrideAccess: false,
        pagination: false,
        populate: { media: { alt: true, sizes: true, url: true }, provinces: { name: true } },
        select: { kind: true, name: true, organization: true, portrait: true, province: true, slug: true, stage: true, summary: true },
        ...more,
      }).then((result) => result.docs)
    if (ids.length) {
      const [picked, newest] = await Promise.all([read({ limit: ids.length, where: { id: { in: ids } } }), read({ limit: LATEST.newest, sort: '-createdAt', where: { id: { not_in: ids } } })])
      const featured = inOrder(picked, ids)
      if (featured.length) return { docs: featured, featured: true, newest }
    }
    return { docs: await read({ limit: LATEST.exemplars, sort: '-createdAt' }), featured: false, newest: [] }
  },
)

/** The featured movements in the editors' order; the latest published when none is picked. */
export const getHomeMovements = cachedRead(
  'home:movements',
  ['movements'],
  async (ids: (number | string)[], locale: Locale) => {
    const payload = await getPayloadClient()
    const read = (more: { limit: number; sort?: string; where?: { id: { in: (number | string)[] } } }) =>
      payload.find({
        collection: 'movements',
        depth: 0,
        locale,
        overrideAccess: false,
        pagination: false,
        select: { name: true, period: true, slogan: true, slug: true, status: true, type: true },
        ...more,
      })
    const featured = ids.length ? inOrder((await read({ limit: ids.length, where: { id: { in: ids } } })).docs, ids) : []
    return featured.length ? featured : (await read({ limit: LATEST.movements, sort: '-period.start' })).docs
  },
)

/** All columns, when the editors picked none: the site has a handful, this only bounds the read. */
const MAX_COLUMNS = 12
/**
 * The newest article of each column comes from one read of the newest
 * articles across those columns, not one read per column: a column with
 * nothing among the newest ARTICLES_PER_COLUMN × columns is left out
 * (it has not published for a long while).
 */
const ARTICLES_PER_COLUMN = 15

/** The newest published article of each featured column (all columns when none is picked), columns in order. */
export const getColumnLeads = cachedRead(
  'home:column-leads',
  ['columns', 'articles'],
  async (ids: (number | string)[], locale: Locale) => {
    const payload = await getPayloadClient()
    const columns = await payload.find({
      collection: 'columns',
      depth: 0,
      limit: ids.length || MAX_COLUMNS,
      locale,
      overrideAccess: false,
      pagination: false,
      select: { name: true, slug: true },
      ...(ids.length ? { where: { id: { in: ids } } } : { sort: 'order' }),
    })
    const ordered = ids.length ? inOrder(columns.docs, ids) : columns.docs
    if (!ordered.length) return []
    const articles = await payload.find({
      collection: 'articles',
      depth: 0,
      limit: ARTICLES_PER_COLUMN * ordered.length,
      locale,
      overrideAccess: false,
      pagination: false,
      select: { column: true, publishedAt: true, slug: true, summary: true, title: true },
      sort: '-publishedAt',
      where: { column: { in: ordered.map((c) => c.id) } },
    })
    const byId = new Map(ordered.map((c) => [String(c.id), c]))
    return latestPerColumn(articles.docs, ordered.map((c) => c.id)).flatMap(({ article, columnId }) => {
      const column = byId.get(String(columnId))
      return column ? [{ article, column }] : []
    })
  },
)

export { getNextEvents, getOpenConsultations } from './upcomingQueries'
