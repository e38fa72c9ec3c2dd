import { searchPlugin } from '@payloadcms/plugin-search'
import type { BeforeSync } from '@payloadcms/plugin-search/types'

import { admins } from '@/access/admins'
import { revalidateAfterChange, revalidateAfterDelete } from '@/lib/cache/revalidate'
import { anyone } from '@/access/anyone'
import { publicPathFor } from '@/lib/urls/publicContent'
import { extractSearchText } from './extractText'
import { indexTokens } from './indexTokens'
import { indexedText } from './indexedText'
import { SEARCHABLE } from './kinds'

const dateOf = (collection: string, doc: Record<string, unknown>): string | undefined =>
  (collection === 'articles' ? doc.publishedAt : collection === 'awards' ? doc.decisionDate : collection === 'documents' ? doc.issuedDate : collection === 'events' ? doc.start : doc.updatedAt) as
    | string
    | undefined

/**
 * Each published document gets one search entry with its display text and
 * tone-folded word copies of title, summary and body, so "thi dua" finds
 * "thi đua" with the same query on SQLite and MongoDB. The entry's own
 * `beforeChange` hook (indexTokens) turns those copies into index keys.
 */
const buildSearchDoc: BeforeSync = ({ collectionSlug, originalDoc, searchDoc }) => {
  const text = extractSearchText(collectionSlug, originalDoc)
  const recipients = collectionSlug === 'awards' && Array.isArray(originalDoc.recipients) ? originalDoc.recipients.map((r: unknown) => (r && typeof r === 'object' && 'name' in r ? String((r as { name: unknown }).name) : '')).join(' ') : ''
  return {
    ...searchDoc,
    ...indexedText({ body: `${text.body} ${recipients}`, summary: text.summary, title: text.title }),
    date: dateOf(collectionSlug, originalDoc),
    kind: collectionSlug,
    summary: text.summary.slice(0, 600),
    title: text.title,
    url: publicPathFor(collectionSlug, originalDoc),
  }
}

const hidden = { hidden: true } as const

export const search = searchPlugin({
  beforeSync: buildSearchDoc,
  collections: [...SEARCHABLE],
  deleteDrafts: true,
  localize: true,
  searchOverrides: {
    access: { create: admins, delete: admins, read: anyone, update: admins },
    admin: { group: { en: 'Settings', vi: 'Cài đặt' } },
    hooks: { afterChange: [revalidateAfterChange], afterDelete: [revalidateAfterDelete], beforeChange: [indexTokens] },
    labels: { plural: { en: 'Search index', vi: 'Chỉ mục tìm kiếm' }, singular: { en: 'Search entry', vi: 'Mục tìm kiếm' } },
    fields: ({ defaultFields }) => [
      ...defaultFields,
      { name: 'kind', type: 'text', index: true, label: { en: 'Type', vi: 'Loại' } },
      { name: 'url', type: 'text', label: 'URL' },
      { name: 'summary', type: 'textarea', localized: true, label: { en: 'Summary', vi: 'Tóm tắt' } },
      { name: 'date', type: 'date', label: { en: 'Date', vi: 'Ngày' } },
      { name: 'titleFolded', type: 'text', localized: true, admin: hidden },
      { name: 'summaryFolded', type: 'textarea', localized: true, admin: hidden },
      { name: 'bodyFolded', type: 'textarea', localized: true, admin: hidden },
      // Not localized: keys carry their locale (see src/search/tokens.ts).
      { name: 'tokens', type: 'text', hasMany: true, index: true, admin: hidden },
    ],
  },
  syncDrafts: false,
})
