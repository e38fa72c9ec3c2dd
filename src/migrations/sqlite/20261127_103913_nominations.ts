import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`nominations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`form\` text NOT NULL,
  	\`nominee_id\` integer,
  	\`nominee_name\` text,
  	\`nominee_kind\` text DEFAULT 'individual',
  	\`nominee_unit\` text,
  	\`province_id\` integer,
  	\`proposing_body\` text NOT NULL,
  	\`achievements\` text NOT NULL,
  	\`opens_at\` text,
  	\`opensat_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	\`closes_at\` text,
  	\`closesat_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	\`status\` text DEFAULT 'draft' NOT NULL,
  	\`decision_id\` integer,
  	\`show_opinion_counts\` integer DEFAULT false,
  	\`slug\` text,
  	\`created_by_id\` integer,
  	\`updated_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`nominee_id\`) REFERENCES \`exemplars\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`province_id\`) REFERENCES \`provinces\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`decision_id\`) REFERENCES \`awards\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`nominations_form_idx\` ON \`nominations\` (\`form\`);`)
  await db.run(sql`CREATE INDEX \`nominations_nominee_idx\` ON \`nominations\` (\`nominee_id\`);`)
  await db.run(sql`CREATE INDEX \`nominations_province_idx\` ON \`nominations\` (\`province_id\`);`)
  await db.run(sql`CREATE INDEX \`nominations_opens_at_idx\` ON \`nominations\` (\`opens_at\`);`)
  await db.run(sql`CREATE INDEX \`nominations_closes_at_idx\` ON \`nominations\` (\`closes_at\`);`)
  await db.run(sql`CREATE INDEX \`nominations_status_idx\` ON \`nominations\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`nominations_decision_idx\` ON \`nominations\` (\`decision_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`nominations_slug_idx\` ON \`nominations\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`nominations_created_by_idx\` ON \`nominations\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`nominations_updated_by_idx\` ON \`nominations\` (\`updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`nominations_updated_at_idx\` ON \`nominations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`nominations_created_at_idx\` ON \`nominations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`nominations_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`files_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`nominations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`files_id\`) REFERENCES \`files\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`nominations_rels_order_idx\` ON \`nominations_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`nominations_rels_parent_idx\` ON \`nominations_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`nominations_rels_path_idx\` ON \`nominations_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`nominations_rels_files_id_idx\` ON \`nominations_rels\` (\`files_id\`);`)
  await db.run(sql`CREATE TABLE \`_nominations_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text NOT NULL,
  	\`version_form\` text NOT NULL,
  	\`version_nominee_id\` integer,
  	\`version_nominee_name\` text,
  	\`version_nominee_kind\` text DEFAULT 'individual',
  	\`version_nominee_unit\` text,
  	\`version_province_id\` integer,
  	\`version_proposing_body\` text NOT NULL,
  	\`version_achievements\` text NOT NULL,
  	\`version_opens_at\` text,
  	\`version_opensat_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	\`version_closes_at\` text,
  	\`version_closesat_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	\`version_status\` text DEFAULT 'draft' NOT NULL,
  	\`version_decision_id\` integer,
  	\`version_show_opinion_counts\` integer DEFAULT false,
  	\`version_slug\` text,
  	\`version_created_by_id\` integer,
  	\`version_updated_by_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`nominations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_nominee_id\`) REFERENCES \`exemplars\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_province_id\`) REFERENCES \`provinces\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_decision_id\`) REFERENCES \`awards\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_nominations_v_parent_idx\` ON \`_nominations_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_nominations_v_version_version_form_idx\` ON \`_nominations_v\` (\`version_form\`);`)
  await db.run(sql`CREATE INDEX \`_nominations_v_version_version_nominee_idx\` ON \`_nominations_v\` (\`version_nominee_id\`);`)
  await db.run(sql`CREATE INDEX \`_nominations_v_version_version_province_idx\` ON \`_nominations_v\` (\`version_province_id\`);`)
  await db.run(sql`CREATE INDEX \`_nominations_v_version_version_opens_at_idx\` ON \`_nominations_v\` (\`version_opens_at\`);`)
  await db.run(sql`CREATE INDEX \`_nominations_v_version_version_closes_at_idx\` ON \`_nominations_v\` (\`version_closes_at\`);`)
  await db.run(sql`CREATE INDEX \`_nominations_v_version_version_status_idx\` ON \`_nominations_v\` (\`version_status\`);`)
  await db.run(sql`CREATE INDEX \`_nominations_v_version_version_decision_idx\` ON \`_nominations_v\` (\`version_decision_id\`);`)
  await db.run(sql`CREATE INDEX \`_nominations_v_version_version_slug_idx\` ON \`_nominations_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_nominations_v_version_version_created_by_idx\` ON \`_nominations_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_nominations_v_version_version_updated_by_idx\` ON \`_nominations_v\` (\`version_updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_nominations_v_version_version_updated_at_idx\` ON \`_nominations_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_nominations_v_version_version_created_at_idx\` ON \`_nominations_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_nominations_v_created_at_idx\` ON \`_nominations_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_nominations_v_updated_at_idx\` ON \`_nominations_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE TABLE \`_nominations_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`files_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_nominations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`files_id\`) REFERENCES \`files\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_nominations_v_rels_order_idx\` ON \`_nominations_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_nominations_v_rels_parent_idx\` ON \`_nominations_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_nominations_v_rels_path_idx\` ON \`_nominations_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_nominations_v_rels_files_id_idx\` ON \`_nominations_v_rels\` (\`files_id\`);`)
  await db.run(sql`CREATE TABLE \`opinions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`nomination_id\` integer NOT NULL,
  	\`full_name\` text NOT NULL,
  	\`contact\` text NOT NULL,
  	\`address\` text NOT NULL,
  	\`stance\` text NOT NULL,
  	\`text\` text NOT NULL,
  	\`reviewed\` integer DEFAULT false,
  	\`reviewed_by_id\` integer,
  	\`reviewed_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`nomination_id\`) REFERENCES \`nominations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`reviewed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`opinions_nomination_idx\` ON \`opinions\` (\`nomination_id\`);`)
  await db.run(sql`CREATE INDEX \`opinions_reviewed_idx\` ON \`opinions\` (\`reviewed\`);`)
  await db.run(sql`CREATE INDEX \`opinions_reviewed_by_idx\` ON \`opinions\` (\`reviewed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`opinions_updated_at_idx\` ON \`opinions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`opinions_created_at_idx\` ON \`opinions\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`nominations_id\` integer REFERENCES nominations(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`opinions_id\` integer REFERENCES opinions(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_nominations_id_idx\` ON \`payload_locked_documents_rels\` (\`nominations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_opinions_id_idx\` ON \`payload_locked_documents_rels\` (\`opinions_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`nominations\`;`)
  await db.run(sql`DROP TABLE \`nominations_rels\`;`)
  await db.run(sql`DROP TABLE \`_nominations_v\`;`)
  await db.run(sql`DROP TABLE \`_nominations_v_rels\`;`)
  await db.run(sql`DROP TABLE \`opinions\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`exemplars_id\` integer,
  	\`movements_id\` integer,
  	\`awards_id\` integer,
  	\`columns_id\` integer,
  	\`articles_id\` integer,
  	\`documents_id\` integer,
  	\`courses_id\` integer,
  	\`lessons_id\` integer,
  	\`provinces_id\` integer,
  	\`sectors_id\` integer,
  	\`media_id\` integer,
  	\`files_id\` integer,
  	\`users_id\` integer,
  	\`api_usage_id\` integer,
  	\`search_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`exemplars_id\`) REFERENCES \`exemplars\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`movements_id\`) REFERENCES \`movements\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`awards_id\`) REFERENCES \`awards\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`columns_id\`) REFERENCES \`columns\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`documents_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`courses_id\`) REFERENCES \`courses\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`lessons_id\`) REFERENCES \`lessons\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`provinces_id\`) REFERENCES \`provinces\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sectors_id\`) REFERENCES \`sectors\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`files_id\`) REFERENCES \`files\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`api_usage_id\`) REFERENCES \`api_usage\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`search_id\`) REFERENCES \`search\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "exemplars_id", "movements_id", "awards_id", "columns_id", "articles_id", "documents_id", "courses_id", "lessons_id", "provinces_id", "sectors_id", "media_id", "files_id", "users_id", "api_usage_id", "search_id") SELECT "id", "order", "parent_id", "path", "exemplars_id", "movements_id", "awards_id", "columns_id", "articles_id", "documents_id", "courses_id", "lessons_id", "provinces_id", "sectors_id", "media_id", "files_id", "users_id", "api_usage_id", "search_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_exemplars_id_idx\` ON \`payload_locked_documents_rels\` (\`exemplars_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_movements_id_idx\` ON \`payload_locked_documents_rels\` (\`movements_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_awards_id_idx\` ON \`payload_locked_documents_rels\` (\`awards_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_columns_id_idx\` ON \`payload_locked_documents_rels\` (\`columns_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_articles_id_idx\` ON \`payload_locked_documents_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_documents_id_idx\` ON \`payload_locked_documents_rels\` (\`documents_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_courses_id_idx\` ON \`payload_locked_documents_rels\` (\`courses_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_lessons_id_idx\` ON \`payload_locked_documents_rels\` (\`lessons_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_provinces_id_idx\` ON \`payload_locked_documents_rels\` (\`provinces_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sectors_id_idx\` ON \`payload_locked_documents_rels\` (\`sectors_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_files_id_idx\` ON \`payload_locked_documents_rels\` (\`files_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_api_usage_id_idx\` ON \`payload_locked_documents_rels\` (\`api_usage_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_search_id_idx\` ON \`payload_locked_documents_rels\` (\`search_id\`);`)
}
