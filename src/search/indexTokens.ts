import type { CollectionBeforeChangeHook } from 'payload'

import type { Search } from '@/payload-types'
import { localeTokens, mergeTokens } from './tokens'

type Folded = 'bodyFolded' | 'summaryFolded' | 'titleFolded'

/**
 * Keeps the inverted index in step with the folded copies on every write of a
 * search entry. It runs here rather than in the plugin's `beforeSync` because
 * only this hook sees both the locale being written (`req.locale`; the plugin
 * writes one locale at a time, reindex included) and the keys the entry's
 * other locales already hold (`originalDoc`), which `tokens` must keep.
 */
export const indexTokens: CollectionBeforeChangeHook<Search> = ({ data, originalDoc, req }) => {
  const locale = req.locale
  const codes = req.payload.config.localization ? req.payload.config.localization.localeCodes : []
  // A write for every locale at once ('all') carries maps, not text: leave the index as it was.
  if (!locale || !codes.includes(locale)) return data
  const text = (field: Folded) => (field in data ? data[field] : originalDoc?.[field])
  const next = localeTokens(locale, { bodyFolded: text('bodyFolded'), summaryFolded: text('summaryFolded'), titleFolded: text('titleFolded') })
  return { ...data, tokens: mergeTokens({ locale, next, previous: originalDoc?.tokens }) }
}
