import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

/**
 * The search index (tokens) and the indexes SQLite needs to read it fast
 * (src/search/sqliteIndexes.ts). Entries that exist already get their tokens
 * from backfillSearchTokens, which scripts/prepare-db.ts runs on every start:
 * MongoDB has no migrations and needs the same backfill.
 */
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`search_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`search\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`search_texts_order_parent\` ON \`search_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`search_texts_text_idx\` ON \`search_texts\` (\`text\`);`)
  await db.run(sql`CREATE INDEX \`search_texts_lookup_idx\` ON \`search_texts\` (\`text\`,\`parent_id\`,\`path\`);`)
  await db.run(sql`CREATE INDEX \`search_texts_parent_idx\` ON \`search_texts\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`search_locales_parent_idx\` ON \`search_locales\` (\`_parent_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`search_texts\`;`)
  await db.run(sql`DROP INDEX \`search_locales_parent_idx\`;`)
}
