import { index } from '@payloadcms/db-postgres/drizzle/pg-core'

import type { PostgresSchemaHook } from '@/lib/database/postgres'

/**
 * The PostgreSQL counterpart of sqliteIndexes.ts: the indexes Payload does not
 * make for the search collection, without which a page of entries and every
 * term lookup scan whole tables once the index holds 10 k+ entries.
 * - search_locales by parent: loading entries reads each one's localized text;
 * - search_texts (text, parent_id, path): a term lookup answers from the index
 *   (an index-only scan once the table is vacuumed), the newest-id window
 *   applied on the same index;
 * - search_texts by parent: every sync deletes and rereads an entry's tokens.
 */
export const searchTableIndexesPostgres: PostgresSchemaHook = ({ extendTable, schema }) => {
  const { search_locales: locales, search_texts: texts } = schema.tables
  if (locales) {
    extendTable({ extraConfig: (t) => ({ searchLocalesParent: index('search_locales_parent_idx').on(t._parentID) }), table: locales })
  }
  if (texts) {
    extendTable({
      extraConfig: (t) => ({
        searchTextsLookup: index('search_texts_lookup_idx').on(t.text, t.parent, t.path),
        searchTextsParent: index('search_texts_parent_idx').on(t.parent),
      }),
      table: texts,
    })
  }
  return schema
}
