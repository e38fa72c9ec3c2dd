import type { CollectionSlug } from 'payload'

import type { Locale } from '@/i18n/locales'
import { localizePath, sitePaths } from './sitePaths'

type Doc = Record<string, unknown>

const slugOf = (value: unknown): string => (value && typeof value === 'object' && 'slug' in value ? String((value as { slug: unknown }).slug ?? '') : '')
const own = (doc: Doc): string => String(doc.slug ?? '')

type PublicContent = {
  /** The field whose English value says a document has been translated (pages note when it has not). */
  marker: string
  /** The relation a document's path needs; populate it (depth ≥ 1) before asking for the path. */
  parent?: { collection: CollectionSlug; field: string }
  /** The Vietnamese public path of one document. */
  path: (doc: Doc) => string
  /** Indexed by the site search (the others are reached through their parents and listings). */
  searchable: boolean
}

/**
 * Every versioned content collection with public pages: the one list the SEO
 * plugin, draft preview, the sitemap, search and the translation note read.
 * Searchable ones come first, in the order the search page offers them.
 */
const REGISTRY = {
  exemplars: { marker: 'summary', path: (doc) => sitePaths.exemplar(own(doc)), searchable: true },
  movements: { marker: 'name', path: (doc) => sitePaths.movement(own(doc)), searchable: true },
  articles: { marker: 'title', parent: { collection: 'columns', field: 'column' }, path: (doc) => sitePaths.article(slugOf(doc.column), own(doc)), searchable: true },
  awards: { marker: 'awardTitle', path: (doc) => sitePaths.award(own(doc)), searchable: true },
  lessons: { marker: 'title', parent: { collection: 'courses', field: 'course' }, path: (doc) => sitePaths.lesson(slugOf(doc.course), own(doc)), searchable: true },
  documents: { marker: 'title', path: (doc) => sitePaths.document(own(doc)), searchable: true },
  events: { marker: 'title', path: (doc) => sitePaths.event(own(doc)), searchable: true },
  procedures: { marker: 'name', path: (doc) => sitePaths.procedure(own(doc)), searchable: true },
  columns: { marker: 'name', path: (doc) => sitePaths.column(own(doc)), searchable: false },
  courses: { marker: 'title', path: (doc) => sitePaths.course(own(doc)), searchable: false },
  'emulation-clusters': { marker: 'name', path: (doc) => sitePaths.cluster(own(doc)), searchable: false },
} satisfies Partial<Record<CollectionSlug, PublicContent>>

export type PublicContentSlug = keyof typeof REGISTRY

export const PUBLIC_CONTENT: Record<PublicContentSlug, PublicContent> = REGISTRY

export const PUBLIC_CONTENT_SLUGS = Object.keys(PUBLIC_CONTENT) as PublicContentSlug[]

export const isPublicContent = (collection: string): collection is PublicContentSlug => Object.hasOwn(PUBLIC_CONTENT, collection)

/** Nominations have public pages too (the consultation) but are not versioned content: no preview, no SEO fields, not searched. */
const vietnamesePathFor = (collection: string, doc: Doc): string => {
  if (collection === 'nominations') return sitePaths.consultation(own(doc))
  return (isPublicContent(collection) ? PUBLIC_CONTENT[collection] : PUBLIC_CONTENT.exemplars).path(doc)
}

/**
 * The public path of a document. Articles and lessons need their column or
 * course populated (depth ≥ 1) to know it.
 */
export const publicPathFor = (collection: string, doc: Doc, locale: Locale = 'vi'): string => localizePath(locale, vietnamesePathFor(collection, doc))
