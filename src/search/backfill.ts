import type { Payload } from 'payload'

import { foldedWords, wordString } from '@/lib/text/words'

const BATCH = 100

type Localized = Record<string, string | null | undefined> | null | undefined

/**
 * Indexes search entries written before `tokens` existed (databases from
 * before migration 20261127_083631_search_tokens, SQLite or MongoDB). It runs
 * from scripts/prepare-db.ts on every start rather than inside the migration,
 * because MongoDB has no migrations here and both databases need it. Cheap
 * when there is nothing to do: one indexed query finds no entry without tokens.
 *
 * Each entry's folded copies already hold its words (in the older format
 * with punctuation): rewriting them per locale in the current format lets the
 * entry's indexTokens hook build the keys, with no need to re-read the
 * source documents.
 */
export const backfillSearchTokens = async ({ payload }: { payload: Payload }): Promise<number> => {
  const codes = payload.config.localization ? payload.config.localization.localeCodes : []
  let done = 0
  let after = 0
  for (;;) {
    // Walking ids upwards ends the loop even if an entry has no words at all.
    const { docs } = await payload.find({
      collection: 'search',
      depth: 0,
      limit: BATCH,
      locale: 'all',
      overrideAccess: true,
      pagination: false,
      select: { bodyFolded: true, summaryFolded: true, titleFolded: true },
      sort: 'id',
      where: { and: [{ tokens: { exists: false } }, { id: { greater_than: after } }] },
    })
    for (const doc of docs) {
      const at = (field: 'bodyFolded' | 'summaryFolded' | 'titleFolded', locale: string) => wordString(foldedWords((doc[field] as unknown as Localized)?.[locale] ?? ''))
      for (const locale of codes) {
        if ([doc.titleFolded, doc.summaryFolded, doc.bodyFolded].every((field) => !(field as unknown as Localized)?.[locale])) continue
        await payload.update({
          collection: 'search',
          context: { disableRevalidate: true },
          data: { bodyFolded: at('bodyFolded', locale), summaryFolded: at('summaryFolded', locale), titleFolded: at('titleFolded', locale) },
          depth: 0,
          id: doc.id,
          locale: locale as 'vi' | 'en',
          overrideAccess: true,
        })
      }
      done++
    }
    if (docs.length < BATCH) return done
    after = docs[docs.length - 1].id
  }
}
