import type { SQLiteSchemaHook } from '@payloadcms/db-sqlite'
import { index } from '@payloadcms/db-sqlite/drizzle/sqlite-core'

/**
 * Indexes Payload does not make for the search collection, without which
 * SQLite scans whole tables once the index holds 10 k+ entries:
 * - search_locales by parent: loading a page of entries reads each one's
 *   localized text by `_parent_id`, and Payload's only index there leads with
 *   `_locale` (this alone was most of the old search's 277 ms at 10 k);
 * - search_texts by parent: every sync deletes and rereads an entry's tokens;
 * - search_texts (text, parent_id, path): a term lookup answers from the
 *   index alone, without visiting one table row per matching entry.
 * MongoDB keeps localized values and tokens inside the document: it needs none.
 */
export const searchTableIndexes: SQLiteSchemaHook = ({ extendTable, schema }) => {
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
