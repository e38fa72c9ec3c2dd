import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`imports\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`kind\` text NOT NULL,
  	\`publish\` integer DEFAULT false,
  	\`status\` text DEFAULT 'checked' NOT NULL,
  	\`summary\` text,
  	\`counts_rows\` numeric DEFAULT 0,
  	\`counts_rejected\` numeric DEFAULT 0,
  	\`counts_records\` numeric DEFAULT 0,
  	\`counts_processed\` numeric DEFAULT 0,
  	\`counts_created\` numeric DEFAULT 0,
  	\`counts_updated\` numeric DEFAULT 0,
  	\`counts_unchanged\` numeric DEFAULT 0,
  	\`report\` text,
  	\`heartbeat_at\` text,
  	\`finished_at\` text,
  	\`created_by_id\` integer,
  	\`prefix\` text DEFAULT '',
  	\`_objectkey\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`imports_status_idx\` ON \`imports\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`imports_created_by_idx\` ON \`imports\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`imports_updated_at_idx\` ON \`imports\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`imports_created_at_idx\` ON \`imports\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`imports_filename_idx\` ON \`imports\` (\`filename\`);`)
  await db.run(sql`ALTER TABLE \`awards_other_recipients\` ADD \`province_id\` integer REFERENCES provinces(id) ON DELETE set null;`)
  await db.run(sql`ALTER TABLE \`awards_other_recipients\` ADD \`province_as_written\` text;`)
  await db.run(sql`ALTER TABLE \`awards_other_recipients\` ADD \`flags_direct_worker\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`awards_other_recipients\` ADD \`flags_remote\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`awards_other_recipients\` ADD \`flags_border\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`awards_other_recipients\` ADD \`flags_island\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`awards_other_recipients\` ADD \`flags_ethnic_minority\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`awards_other_recipients\` ADD \`flags_foreign\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`awards_other_recipients_province_idx\` ON \`awards_other_recipients\` (\`province_id\`);`)
  await db.run(sql`ALTER TABLE \`awards\` ADD \`province_as_written\` text;`)
  await db.run(sql`ALTER TABLE \`awards\` ADD \`decision_key\` text;`)
  await db.run(sql`ALTER TABLE \`awards\` ADD \`stat_facts\` text;`)
  await db.run(sql`CREATE INDEX \`awards_decision_key_idx\` ON \`awards\` (\`decision_key\`);`)
  await db.run(sql`ALTER TABLE \`_awards_v_version_other_recipients\` ADD \`province_id\` integer REFERENCES provinces(id) ON DELETE set null;`)
  await db.run(sql`ALTER TABLE \`_awards_v_version_other_recipients\` ADD \`province_as_written\` text;`)
  await db.run(sql`ALTER TABLE \`_awards_v_version_other_recipients\` ADD \`flags_direct_worker\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_awards_v_version_other_recipients\` ADD \`flags_remote\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_awards_v_version_other_recipients\` ADD \`flags_border\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_awards_v_version_other_recipients\` ADD \`flags_island\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_awards_v_version_other_recipients\` ADD \`flags_ethnic_minority\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_awards_v_version_other_recipients\` ADD \`flags_foreign\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`_awards_v_version_other_recipients_province_idx\` ON \`_awards_v_version_other_recipients\` (\`province_id\`);`)
  await db.run(sql`ALTER TABLE \`_awards_v\` ADD \`version_province_as_written\` text;`)
  await db.run(sql`ALTER TABLE \`_awards_v\` ADD \`version_decision_key\` text;`)
  await db.run(sql`ALTER TABLE \`_awards_v\` ADD \`version_stat_facts\` text;`)
  await db.run(sql`CREATE INDEX \`_awards_v_version_version_decision_key_idx\` ON \`_awards_v\` (\`version_decision_key\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`imports_id\` integer REFERENCES imports(id) ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_imports_id_idx\` ON \`payload_locked_documents_rels\` (\`imports_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`imports\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_awards_other_recipients\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`kind\` text DEFAULT 'individual',
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`awards\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_awards_other_recipients\`("_order", "_parent_id", "id", "kind") SELECT "_order", "_parent_id", "id", "kind" FROM \`awards_other_recipients\`;`)
  await db.run(sql`DROP TABLE \`awards_other_recipients\`;`)
  await db.run(sql`ALTER TABLE \`__new_awards_other_recipients\` RENAME TO \`awards_other_recipients\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`awards_other_recipients_order_idx\` ON \`awards_other_recipients\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`awards_other_recipients_parent_id_idx\` ON \`awards_other_recipients\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__awards_v_version_other_recipients\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`kind\` text DEFAULT 'individual',
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_awards_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__awards_v_version_other_recipients\`("_order", "_parent_id", "id", "kind", "_uuid") SELECT "_order", "_parent_id", "id", "kind", "_uuid" FROM \`_awards_v_version_other_recipients\`;`)
  await db.run(sql`DROP TABLE \`_awards_v_version_other_recipients\`;`)
  await db.run(sql`ALTER TABLE \`__new__awards_v_version_other_recipients\` RENAME TO \`_awards_v_version_other_recipients\`;`)
  await db.run(sql`CREATE INDEX \`_awards_v_version_other_recipients_order_idx\` ON \`_awards_v_version_other_recipients\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_awards_v_version_other_recipients_parent_id_idx\` ON \`_awards_v_version_other_recipients\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`exemplars_id\` integer,
  	\`movements_id\` integer,
  	\`awards_id\` integer,
  	\`nominations_id\` integer,
  	\`opinions_id\` integer,
  	\`columns_id\` integer,
  	\`articles_id\` integer,
  	\`documents_id\` integer,
  	\`courses_id\` integer,
  	\`lessons_id\` integer,
  	\`downloads_id\` integer,
  	\`provinces_id\` integer,
  	\`sectors_id\` integer,
  	\`media_id\` integer,
  	\`files_id\` integer,
  	\`users_id\` integer,
  	\`api_usage_id\` integer,
  	\`privacy_requests_id\` integer,
  	\`search_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`exemplars_id\`) REFERENCES \`exemplars\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`movements_id\`) REFERENCES \`movements\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`awards_id\`) REFERENCES \`awards\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`nominations_id\`) REFERENCES \`nominations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`opinions_id\`) REFERENCES \`opinions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`columns_id\`) REFERENCES \`columns\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`documents_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`courses_id\`) REFERENCES \`courses\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`lessons_id\`) REFERENCES \`lessons\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`downloads_id\`) REFERENCES \`downloads\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`provinces_id\`) REFERENCES \`provinces\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sectors_id\`) REFERENCES \`sectors\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`files_id\`) REFERENCES \`files\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`api_usage_id\`) REFERENCES \`api_usage\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`privacy_requests_id\`) REFERENCES \`privacy_requests\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`search_id\`) REFERENCES \`search\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "exemplars_id", "movements_id", "awards_id", "nominations_id", "opinions_id", "columns_id", "articles_id", "documents_id", "courses_id", "lessons_id", "downloads_id", "provinces_id", "sectors_id", "media_id", "files_id", "users_id", "api_usage_id", "privacy_requests_id", "search_id") SELECT "id", "order", "parent_id", "path", "exemplars_id", "movements_id", "awards_id", "nominations_id", "opinions_id", "columns_id", "articles_id", "documents_id", "courses_id", "lessons_id", "downloads_id", "provinces_id", "sectors_id", "media_id", "files_id", "users_id", "api_usage_id", "privacy_requests_id", "search_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_exemplars_id_idx\` ON \`payload_locked_documents_rels\` (\`exemplars_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_movements_id_idx\` ON \`payload_locked_documents_rels\` (\`movements_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_awards_id_idx\` ON \`payload_locked_documents_rels\` (\`awards_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_nominations_id_idx\` ON \`payload_locked_documents_rels\` (\`nominations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_opinions_id_idx\` ON \`payload_locked_documents_rels\` (\`opinions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_columns_id_idx\` ON \`payload_locked_documents_rels\` (\`columns_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_articles_id_idx\` ON \`payload_locked_documents_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_documents_id_idx\` ON \`payload_locked_documents_rels\` (\`documents_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_courses_id_idx\` ON \`payload_locked_documents_rels\` (\`courses_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_lessons_id_idx\` ON \`payload_locked_documents_rels\` (\`lessons_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_downloads_id_idx\` ON \`payload_locked_documents_rels\` (\`downloads_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_provinces_id_idx\` ON \`payload_locked_documents_rels\` (\`provinces_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sectors_id_idx\` ON \`payload_locked_documents_rels\` (\`sectors_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_files_id_idx\` ON \`payload_locked_documents_rels\` (\`files_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_api_usage_id_idx\` ON \`payload_locked_documents_rels\` (\`api_usage_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_privacy_requests_id_idx\` ON \`payload_locked_documents_rels\` (\`privacy_requests_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_search_id_idx\` ON \`payload_locked_documents_rels\` (\`search_id\`);`)
  await db.run(sql`DROP INDEX \`awards_decision_key_idx\`;`)
  await db.run(sql`ALTER TABLE \`awards\` DROP COLUMN \`province_as_written\`;`)
  await db.run(sql`ALTER TABLE \`awards\` DROP COLUMN \`decision_key\`;`)
  await db.run(sql`ALTER TABLE \`awards\` DROP COLUMN \`stat_facts\`;`)
  await db.run(sql`DROP INDEX \`_awards_v_version_version_decision_key_idx\`;`)
  await db.run(sql`ALTER TABLE \`_awards_v\` DROP COLUMN \`version_province_as_written\`;`)
  await db.run(sql`ALTER TABLE \`_awards_v\` DROP COLUMN \`version_decision_key\`;`)
  await db.run(sql`ALTER TABLE \`_awards_v\` DROP COLUMN \`version_stat_facts\`;`)
}
