import { index } from '@payloadcms/db-postgres/drizzle/pg-core'

import type { PostgresSchemaHook } from '@/lib/database/postgres'

/** The PostgreSQL extension these indexes need (created by the adapter before migrations run). */
export const REGISTER_POSTGRES_EXTENSIONS = ['pg_trgm']

/**
 * The register finds recipients and issuers with `contains` on their folded
 * text, a substring match (ILIKE '%nguyen van%' on PostgreSQL) that no B-tree
 * can serve: SQLite scans the awards table for it. PostgreSQL's trigram GIN
 * indexes answer it from the index, with the same rows.
 */
export const registerTrigramIndexes: PostgresSchemaHook = ({ extendTable, schema }) => {
  const { awards } = schema.tables
  if (awards) {
    extendTable({
      extraConfig: (t) => ({
        awardsIssuerTrigram: index('awards_issuer_folded_trgm_idx').using('gin', t.issuerFolded.op('gin_trgm_ops')),
        awardsRecipientsTrigram: index('awards_recipient_names_folded_trgm_idx').using('gin', t.recipientNamesFolded.op('gin_trgm_ops')),
      }),
      table: awards,
    })
  }
  return schema
}
