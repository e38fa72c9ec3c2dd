import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`exemplars_achievements\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`year\` numeric,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`exemplars\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`exemplars_achievements_order_idx\` ON \`exemplars_achievements\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`exemplars_achievements_parent_id_idx\` ON \`exemplars_achievements\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`exemplars_achievements_locales\` (
  	\`text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`exemplars_achievements\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`exemplars_achievements_locales_locale_parent_id_unique\` ON \`exemplars_achievements_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`exemplars_gallery\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`image_id\` integer,
  	FOREIGN KEY (\`image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`exemplars\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`exemplars_gallery_order_idx\` ON \`exemplars_gallery\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`exemplars_gallery_parent_id_idx\` ON \`exemplars_gallery\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`exemplars_gallery_image_idx\` ON \`exemplars_gallery\` (\`image_id\`);`)
  await db.run(sql`CREATE TABLE \`exemplars_sources\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`issuer\` text,
  	\`date\` text,
  	\`url\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`exemplars\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`exemplars_sources_order_idx\` ON \`exemplars_sources\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`exemplars_sources_parent_id_idx\` ON \`exemplars_sources\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`exemplars_sources_locales\` (
  	\`title\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`exemplars_sources\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`exemplars_sources_locales_locale_parent_id_unique\` ON \`exemplars_sources_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`exemplars_stage_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`stage\` text,
  	\`changed_at\` text,
  	\`changed_by_id\` integer,
  	\`note\` text,
  	FOREIGN KEY (\`changed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`exemplars\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`exemplars_stage_history_order_idx\` ON \`exemplars_stage_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`exemplars_stage_history_parent_id_idx\` ON \`exemplars_stage_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`exemplars_stage_history_changed_by_idx\` ON \`exemplars_stage_history\` (\`changed_by_id\`);`)
  await db.run(sql`CREATE TABLE \`exemplars\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`kind\` text DEFAULT 'individual',
  	\`portrait_id\` integer,
  	\`province_id\` integer,
  	\`commune\` text,
  	\`sector_id\` integer,
  	\`flags_direct_worker\` integer DEFAULT false,
  	\`flags_remote\` integer DEFAULT false,
  	\`flags_border\` integer DEFAULT false,
  	\`flags_island\` integer DEFAULT false,
  	\`flags_ethnic_minority\` integer DEFAULT false,
  	\`flags_foreign\` integer DEFAULT false,
  	\`stage\` text DEFAULT 'discovered',
  	\`slug\` text,
  	\`year_recognized\` numeric,
  	\`featured\` integer DEFAULT false,
  	\`created_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`portrait_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`province_id\`) REFERENCES \`provinces\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`sector_id\`) REFERENCES \`sectors\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`exemplars_portrait_idx\` ON \`exemplars\` (\`portrait_id\`);`)
  await db.run(sql`CREATE INDEX \`exemplars_province_idx\` ON \`exemplars\` (\`province_id\`);`)
  await db.run(sql`CREATE INDEX \`exemplars_sector_idx\` ON \`exemplars\` (\`sector_id\`);`)
  await db.run(sql`CREATE INDEX \`exemplars_flags_flags_direct_worker_idx\` ON \`exemplars\` (\`flags_direct_worker\`);`)
  await db.run(sql`CREATE INDEX \`exemplars_flags_flags_remote_idx\` ON \`exemplars\` (\`flags_remote\`);`)
  await db.run(sql`CREATE INDEX \`exemplars_flags_flags_border_idx\` ON \`exemplars\` (\`flags_border\`);`)
  await db.run(sql`CREATE INDEX \`exemplars_flags_flags_island_idx\` ON \`exemplars\` (\`flags_island\`);`)
  await db.run(sql`CREATE INDEX \`exemplars_flags_flags_ethnic_minority_idx\` ON \`exemplars\` (\`flags_ethnic_minority\`);`)
  await db.run(sql`CREATE INDEX \`exemplars_flags_flags_foreign_idx\` ON \`exemplars\` (\`flags_foreign\`);`)
  await db.run(sql`CREATE INDEX \`exemplars_stage_idx\` ON \`exemplars\` (\`stage\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`exemplars_slug_idx\` ON \`exemplars\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`exemplars_year_recognized_idx\` ON \`exemplars\` (\`year_recognized\`);`)
  await db.run(sql`CREATE INDEX \`exemplars_featured_idx\` ON \`exemplars\` (\`featured\`);`)
  await db.run(sql`CREATE INDEX \`exemplars_created_by_idx\` ON \`exemplars\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`exemplars_updated_at_idx\` ON \`exemplars\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`exemplars_created_at_idx\` ON \`exemplars\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`exemplars__status_idx\` ON \`exemplars\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`exemplars_locales\` (
  	\`name\` text,
  	\`position\` text,
  	\`organization\` text,
  	\`summary\` text,
  	\`story\` text,
  	\`meta_title\` text,
  	\`meta_description\` text,
  	\`meta_image_id\` integer,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`exemplars\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`exemplars_meta_meta_image_idx\` ON \`exemplars_locales\` (\`meta_image_id\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`exemplars_locales_locale_parent_id_unique\` ON \`exemplars_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`exemplars_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`movements_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`exemplars\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`movements_id\`) REFERENCES \`movements\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`exemplars_rels_order_idx\` ON \`exemplars_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`exemplars_rels_parent_idx\` ON \`exemplars_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`exemplars_rels_path_idx\` ON \`exemplars_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`exemplars_rels_movements_id_idx\` ON \`exemplars_rels\` (\`movements_id\`);`)
  await db.run(sql`CREATE TABLE \`_exemplars_v_version_achievements\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`year\` numeric,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_exemplars_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_exemplars_v_version_achievements_order_idx\` ON \`_exemplars_v_version_achievements\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_exemplars_v_version_achievements_parent_id_idx\` ON \`_exemplars_v_version_achievements\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_exemplars_v_version_achievements_locales\` (
  	\`text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_exemplars_v_version_achievements\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_exemplars_v_version_achievements_locales_locale_parent_id_u\` ON \`_exemplars_v_version_achievements_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_exemplars_v_version_gallery\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`image_id\` integer,
  	\`_uuid\` text,
  	FOREIGN KEY (\`image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_exemplars_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_exemplars_v_version_gallery_order_idx\` ON \`_exemplars_v_version_gallery\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_exemplars_v_version_gallery_parent_id_idx\` ON \`_exemplars_v_version_gallery\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_exemplars_v_version_gallery_image_idx\` ON \`_exemplars_v_version_gallery\` (\`image_id\`);`)
  await db.run(sql`CREATE TABLE \`_exemplars_v_version_sources\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`issuer\` text,
  	\`date\` text,
  	\`url\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_exemplars_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_exemplars_v_version_sources_order_idx\` ON \`_exemplars_v_version_sources\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_exemplars_v_version_sources_parent_id_idx\` ON \`_exemplars_v_version_sources\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_exemplars_v_version_sources_locales\` (
  	\`title\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_exemplars_v_version_sources\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_exemplars_v_version_sources_locales_locale_parent_id_unique\` ON \`_exemplars_v_version_sources_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_exemplars_v_version_stage_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`stage\` text,
  	\`changed_at\` text,
  	\`changed_by_id\` integer,
  	\`note\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`changed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_exemplars_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_exemplars_v_version_stage_history_order_idx\` ON \`_exemplars_v_version_stage_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_exemplars_v_version_stage_history_parent_id_idx\` ON \`_exemplars_v_version_stage_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_exemplars_v_version_stage_history_changed_by_idx\` ON \`_exemplars_v_version_stage_history\` (\`changed_by_id\`);`)
  await db.run(sql`CREATE TABLE \`_exemplars_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_kind\` text DEFAULT 'individual',
  	\`version_portrait_id\` integer,
  	\`version_province_id\` integer,
  	\`version_commune\` text,
  	\`version_sector_id\` integer,
  	\`version_flags_direct_worker\` integer DEFAULT false,
  	\`version_flags_remote\` integer DEFAULT false,
  	\`version_flags_border\` integer DEFAULT false,
  	\`version_flags_island\` integer DEFAULT false,
  	\`version_flags_ethnic_minority\` integer DEFAULT false,
  	\`version_flags_foreign\` integer DEFAULT false,
  	\`version_stage\` text DEFAULT 'discovered',
  	\`version_slug\` text,
  	\`version_year_recognized\` numeric,
  	\`version_featured\` integer DEFAULT false,
  	\`version_created_by_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`exemplars\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_portrait_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_province_id\`) REFERENCES \`provinces\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_sector_id\`) REFERENCES \`sectors\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_exemplars_v_parent_idx\` ON \`_exemplars_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_exemplars_v_version_version_portrait_idx\` ON \`_exemplars_v\` (\`version_portrait_id\`);`)
  await db.run(sql`CREATE INDEX \`_exemplars_v_version_version_province_idx\` ON \`_exemplars_v\` (\`version_province_id\`);`)
  await db.run(sql`CREATE INDEX \`_exemplars_v_version_version_sector_idx\` ON \`_exemplars_v\` (\`version_sector_id\`);`)
  await db.run(sql`CREATE INDEX \`_exemplars_v_version_flags_version_flags_direct_worker_idx\` ON \`_exemplars_v\` (\`version_flags_direct_worker\`);`)
  await db.run(sql`CREATE INDEX \`_exemplars_v_version_flags_version_flags_remote_idx\` ON \`_exemplars_v\` (\`version_flags_remote\`);`)
  await db.run(sql`CREATE INDEX \`_exemplars_v_version_flags_version_flags_border_idx\` ON \`_exemplars_v\` (\`version_flags_border\`);`)
  await db.run(sql`CREATE INDEX \`_exemplars_v_version_flags_version_flags_island_idx\` ON \`_exemplars_v\` (\`version_flags_island\`);`)
  await db.run(sql`CREATE INDEX \`_exemplars_v_version_flags_version_flags_ethnic_minority_idx\` ON \`_exemplars_v\` (\`version_flags_ethnic_minority\`);`)
  await db.run(sql`CREATE INDEX \`_exemplars_v_version_flags_version_flags_foreign_idx\` ON \`_exemplars_v\` (\`version_flags_foreign\`);`)
  await db.run(sql`CREATE INDEX \`_exemplars_v_version_version_stage_idx\` ON \`_exemplars_v\` (\`version_stage\`);`)
  await db.run(sql`CREATE INDEX \`_exemplars_v_version_version_slug_idx\` ON \`_exemplars_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_exemplars_v_version_version_year_recognized_idx\` ON \`_exemplars_v\` (\`version_year_recognized\`);`)
  await db.run(sql`CREATE INDEX \`_exemplars_v_version_version_featured_idx\` ON \`_exemplars_v\` (\`version_featured\`);`)
  await db.run(sql`CREATE INDEX \`_exemplars_v_version_version_created_by_idx\` ON \`_exemplars_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_exemplars_v_version_version_updated_at_idx\` ON \`_exemplars_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_exemplars_v_version_version_created_at_idx\` ON \`_exemplars_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_exemplars_v_version_version__status_idx\` ON \`_exemplars_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_exemplars_v_created_at_idx\` ON \`_exemplars_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_exemplars_v_updated_at_idx\` ON \`_exemplars_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_exemplars_v_snapshot_idx\` ON \`_exemplars_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_exemplars_v_published_locale_idx\` ON \`_exemplars_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_exemplars_v_latest_idx\` ON \`_exemplars_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_exemplars_v_autosave_idx\` ON \`_exemplars_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`_exemplars_v_locales\` (
  	\`version_name\` text,
  	\`version_position\` text,
  	\`version_organization\` text,
  	\`version_summary\` text,
  	\`version_story\` text,
  	\`version_meta_title\` text,
  	\`version_meta_description\` text,
  	\`version_meta_image_id\` integer,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`version_meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_exemplars_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_exemplars_v_version_meta_version_meta_image_idx\` ON \`_exemplars_v_locales\` (\`version_meta_image_id\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`_exemplars_v_locales_locale_parent_id_unique\` ON \`_exemplars_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_exemplars_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`movements_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_exemplars_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`movements_id\`) REFERENCES \`movements\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_exemplars_v_rels_order_idx\` ON \`_exemplars_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_exemplars_v_rels_parent_idx\` ON \`_exemplars_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_exemplars_v_rels_path_idx\` ON \`_exemplars_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_exemplars_v_rels_movements_id_idx\` ON \`_exemplars_v_rels\` (\`movements_id\`);`)
  await db.run(sql`CREATE TABLE \`movements_objectives\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`movements\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`movements_objectives_order_idx\` ON \`movements_objectives\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`movements_objectives_parent_id_idx\` ON \`movements_objectives\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`movements_objectives_locales\` (
  	\`text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`movements_objectives\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`movements_objectives_locales_locale_parent_id_unique\` ON \`movements_objectives_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`movements_targets\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`target\` numeric,
  	\`achieved\` numeric,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`movements\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`movements_targets_order_idx\` ON \`movements_targets\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`movements_targets_parent_id_idx\` ON \`movements_targets\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`movements_targets_locales\` (
  	\`indicator\` text,
  	\`unit\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`movements_targets\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`movements_targets_locales_locale_parent_id_unique\` ON \`movements_targets_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`movements_content\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`movements\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`movements_content_order_idx\` ON \`movements_content\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`movements_content_parent_id_idx\` ON \`movements_content\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`movements_content_locales\` (
  	\`text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`movements_content\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`movements_content_locales_locale_parent_id_unique\` ON \`movements_content_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`movements_measures\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`movements\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`movements_measures_order_idx\` ON \`movements_measures\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`movements_measures_parent_id_idx\` ON \`movements_measures\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`movements_measures_locales\` (
  	\`text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`movements_measures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`movements_measures_locales_locale_parent_id_unique\` ON \`movements_measures_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`movements_criteria\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`movements\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`movements_criteria_order_idx\` ON \`movements_criteria\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`movements_criteria_parent_id_idx\` ON \`movements_criteria\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`movements_criteria_locales\` (
  	\`text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`movements_criteria\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`movements_criteria_locales_locale_parent_id_unique\` ON \`movements_criteria_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`movements_milestones\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`kind\` text,
  	\`date\` text,
  	\`attachment_id\` integer,
  	FOREIGN KEY (\`attachment_id\`) REFERENCES \`files\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`movements\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`movements_milestones_order_idx\` ON \`movements_milestones\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`movements_milestones_parent_id_idx\` ON \`movements_milestones\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`movements_milestones_attachment_idx\` ON \`movements_milestones\` (\`attachment_id\`);`)
  await db.run(sql`CREATE TABLE \`movements_milestones_locales\` (
  	\`title\` text,
  	\`report\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`movements_milestones\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`movements_milestones_locales_locale_parent_id_unique\` ON \`movements_milestones_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`movements\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`type\` text DEFAULT 'annual',
  	\`level\` text DEFAULT 'national',
  	\`period_start\` text,
  	\`period_end\` text,
  	\`cover_id\` integer,
  	\`slug\` text,
  	\`status\` text,
  	\`created_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`movements_type_idx\` ON \`movements\` (\`type\`);`)
  await db.run(sql`CREATE INDEX \`movements_level_idx\` ON \`movements\` (\`level\`);`)
  await db.run(sql`CREATE INDEX \`movements_period_period_start_idx\` ON \`movements\` (\`period_start\`);`)
  await db.run(sql`CREATE INDEX \`movements_cover_idx\` ON \`movements\` (\`cover_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`movements_slug_idx\` ON \`movements\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`movements_status_idx\` ON \`movements\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`movements_created_by_idx\` ON \`movements\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`movements_updated_at_idx\` ON \`movements\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`movements_created_at_idx\` ON \`movements\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`movements__status_idx\` ON \`movements\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`movements_locales\` (
  	\`name\` text,
  	\`slogan\` text,
  	\`issuing_body\` text,
  	\`participants\` text,
  	\`meta_title\` text,
  	\`meta_description\` text,
  	\`meta_image_id\` integer,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`movements\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`movements_meta_meta_image_idx\` ON \`movements_locales\` (\`meta_image_id\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`movements_locales_locale_parent_id_unique\` ON \`movements_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`movements_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`documents_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`movements\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`documents_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`movements_rels_order_idx\` ON \`movements_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`movements_rels_parent_idx\` ON \`movements_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`movements_rels_path_idx\` ON \`movements_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`movements_rels_documents_id_idx\` ON \`movements_rels\` (\`documents_id\`);`)
  await db.run(sql`CREATE TABLE \`_movements_v_version_objectives\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_movements_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_movements_v_version_objectives_order_idx\` ON \`_movements_v_version_objectives\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_movements_v_version_objectives_parent_id_idx\` ON \`_movements_v_version_objectives\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_movements_v_version_objectives_locales\` (
  	\`text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_movements_v_version_objectives\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_movements_v_version_objectives_locales_locale_parent_id_uni\` ON \`_movements_v_version_objectives_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_movements_v_version_targets\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`target\` numeric,
  	\`achieved\` numeric,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_movements_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_movements_v_version_targets_order_idx\` ON \`_movements_v_version_targets\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_movements_v_version_targets_parent_id_idx\` ON \`_movements_v_version_targets\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_movements_v_version_targets_locales\` (
  	\`indicator\` text,
  	\`unit\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_movements_v_version_targets\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_movements_v_version_targets_locales_locale_parent_id_unique\` ON \`_movements_v_version_targets_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_movements_v_version_content\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_movements_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_movements_v_version_content_order_idx\` ON \`_movements_v_version_content\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_movements_v_version_content_parent_id_idx\` ON \`_movements_v_version_content\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_movements_v_version_content_locales\` (
  	\`text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_movements_v_version_content\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_movements_v_version_content_locales_locale_parent_id_unique\` ON \`_movements_v_version_content_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_movements_v_version_measures\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_movements_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_movements_v_version_measures_order_idx\` ON \`_movements_v_version_measures\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_movements_v_version_measures_parent_id_idx\` ON \`_movements_v_version_measures\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_movements_v_version_measures_locales\` (
  	\`text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_movements_v_version_measures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_movements_v_version_measures_locales_locale_parent_id_uniqu\` ON \`_movements_v_version_measures_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_movements_v_version_criteria\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_movements_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_movements_v_version_criteria_order_idx\` ON \`_movements_v_version_criteria\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_movements_v_version_criteria_parent_id_idx\` ON \`_movements_v_version_criteria\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_movements_v_version_criteria_locales\` (
  	\`text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_movements_v_version_criteria\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_movements_v_version_criteria_locales_locale_parent_id_uniqu\` ON \`_movements_v_version_criteria_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_movements_v_version_milestones\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`kind\` text,
  	\`date\` text,
  	\`attachment_id\` integer,
  	\`_uuid\` text,
  	FOREIGN KEY (\`attachment_id\`) REFERENCES \`files\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_movements_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_movements_v_version_milestones_order_idx\` ON \`_movements_v_version_milestones\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_movements_v_version_milestones_parent_id_idx\` ON \`_movements_v_version_milestones\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_movements_v_version_milestones_attachment_idx\` ON \`_movements_v_version_milestones\` (\`attachment_id\`);`)
  await db.run(sql`CREATE TABLE \`_movements_v_version_milestones_locales\` (
  	\`title\` text,
  	\`report\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_movements_v_version_milestones\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_movements_v_version_milestones_locales_locale_parent_id_uni\` ON \`_movements_v_version_milestones_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_movements_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_type\` text DEFAULT 'annual',
  	\`version_level\` text DEFAULT 'national',
  	\`version_period_start\` text,
  	\`version_period_end\` text,
  	\`version_cover_id\` integer,
  	\`version_slug\` text,
  	\`version_status\` text,
  	\`version_created_by_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`movements\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_movements_v_parent_idx\` ON \`_movements_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_movements_v_version_version_type_idx\` ON \`_movements_v\` (\`version_type\`);`)
  await db.run(sql`CREATE INDEX \`_movements_v_version_version_level_idx\` ON \`_movements_v\` (\`version_level\`);`)
  await db.run(sql`CREATE INDEX \`_movements_v_version_period_version_period_start_idx\` ON \`_movements_v\` (\`version_period_start\`);`)
  await db.run(sql`CREATE INDEX \`_movements_v_version_version_cover_idx\` ON \`_movements_v\` (\`version_cover_id\`);`)
  await db.run(sql`CREATE INDEX \`_movements_v_version_version_slug_idx\` ON \`_movements_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_movements_v_version_version_status_idx\` ON \`_movements_v\` (\`version_status\`);`)
  await db.run(sql`CREATE INDEX \`_movements_v_version_version_created_by_idx\` ON \`_movements_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_movements_v_version_version_updated_at_idx\` ON \`_movements_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_movements_v_version_version_created_at_idx\` ON \`_movements_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_movements_v_version_version__status_idx\` ON \`_movements_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_movements_v_created_at_idx\` ON \`_movements_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_movements_v_updated_at_idx\` ON \`_movements_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_movements_v_snapshot_idx\` ON \`_movements_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_movements_v_published_locale_idx\` ON \`_movements_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_movements_v_latest_idx\` ON \`_movements_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_movements_v_autosave_idx\` ON \`_movements_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`_movements_v_locales\` (
  	\`version_name\` text,
  	\`version_slogan\` text,
  	\`version_issuing_body\` text,
  	\`version_participants\` text,
  	\`version_meta_title\` text,
  	\`version_meta_description\` text,
  	\`version_meta_image_id\` integer,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`version_meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_movements_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_movements_v_version_meta_version_meta_image_idx\` ON \`_movements_v_locales\` (\`version_meta_image_id\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`_movements_v_locales_locale_parent_id_unique\` ON \`_movements_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_movements_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`documents_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_movements_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`documents_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_movements_v_rels_order_idx\` ON \`_movements_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_movements_v_rels_parent_idx\` ON \`_movements_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_movements_v_rels_path_idx\` ON \`_movements_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_movements_v_rels_documents_id_idx\` ON \`_movements_v_rels\` (\`documents_id\`);`)
  await db.run(sql`CREATE TABLE \`awards_other_recipients\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`kind\` text DEFAULT 'individual',
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`awards\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`awards_other_recipients_order_idx\` ON \`awards_other_recipients\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`awards_other_recipients_parent_id_idx\` ON \`awards_other_recipients\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`awards_other_recipients_locales\` (
  	\`name\` text,
  	\`unit\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`awards_other_recipients\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`awards_other_recipients_locales_locale_parent_id_unique\` ON \`awards_other_recipients_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`awards\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`decision_number\` text,
  	\`decision_date\` text,
  	\`form\` text,
  	\`scanned_decision_id\` integer,
  	\`slug\` text,
  	\`year\` numeric,
  	\`province_id\` integer,
  	\`sector_id\` integer,
  	\`movement_id\` integer,
  	\`created_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`scanned_decision_id\`) REFERENCES \`files\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`province_id\`) REFERENCES \`provinces\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`sector_id\`) REFERENCES \`sectors\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`movement_id\`) REFERENCES \`movements\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`awards_decision_number_idx\` ON \`awards\` (\`decision_number\`);`)
  await db.run(sql`CREATE INDEX \`awards_decision_date_idx\` ON \`awards\` (\`decision_date\`);`)
  await db.run(sql`CREATE INDEX \`awards_form_idx\` ON \`awards\` (\`form\`);`)
  await db.run(sql`CREATE INDEX \`awards_scanned_decision_idx\` ON \`awards\` (\`scanned_decision_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`awards_slug_idx\` ON \`awards\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`awards_year_idx\` ON \`awards\` (\`year\`);`)
  await db.run(sql`CREATE INDEX \`awards_province_idx\` ON \`awards\` (\`province_id\`);`)
  await db.run(sql`CREATE INDEX \`awards_sector_idx\` ON \`awards\` (\`sector_id\`);`)
  await db.run(sql`CREATE INDEX \`awards_movement_idx\` ON \`awards\` (\`movement_id\`);`)
  await db.run(sql`CREATE INDEX \`awards_created_by_idx\` ON \`awards\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`awards_updated_at_idx\` ON \`awards\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`awards_created_at_idx\` ON \`awards\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`awards__status_idx\` ON \`awards\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`awards_locales\` (
  	\`issuer\` text,
  	\`award_title\` text,
  	\`reason\` text,
  	\`meta_title\` text,
  	\`meta_description\` text,
  	\`meta_image_id\` integer,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`awards\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`awards_meta_meta_image_idx\` ON \`awards_locales\` (\`meta_image_id\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`awards_locales_locale_parent_id_unique\` ON \`awards_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`awards_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`exemplars_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`awards\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`exemplars_id\`) REFERENCES \`exemplars\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`awards_rels_order_idx\` ON \`awards_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`awards_rels_parent_idx\` ON \`awards_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`awards_rels_path_idx\` ON \`awards_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`awards_rels_exemplars_id_idx\` ON \`awards_rels\` (\`exemplars_id\`);`)
  await db.run(sql`CREATE TABLE \`_awards_v_version_other_recipients\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`kind\` text DEFAULT 'individual',
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_awards_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_awards_v_version_other_recipients_order_idx\` ON \`_awards_v_version_other_recipients\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_awards_v_version_other_recipients_parent_id_idx\` ON \`_awards_v_version_other_recipients\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_awards_v_version_other_recipients_locales\` (
  	\`name\` text,
  	\`unit\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_awards_v_version_other_recipients\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_awards_v_version_other_recipients_locales_locale_parent_id_\` ON \`_awards_v_version_other_recipients_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_awards_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_decision_number\` text,
  	\`version_decision_date\` text,
  	\`version_form\` text,
  	\`version_scanned_decision_id\` integer,
  	\`version_slug\` text,
  	\`version_year\` numeric,
  	\`version_province_id\` integer,
  	\`version_sector_id\` integer,
  	\`version_movement_id\` integer,
  	\`version_created_by_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`awards\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_scanned_decision_id\`) REFERENCES \`files\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_province_id\`) REFERENCES \`provinces\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_sector_id\`) REFERENCES \`sectors\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_movement_id\`) REFERENCES \`movements\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_awards_v_parent_idx\` ON \`_awards_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_awards_v_version_version_decision_number_idx\` ON \`_awards_v\` (\`version_decision_number\`);`)
  await db.run(sql`CREATE INDEX \`_awards_v_version_version_decision_date_idx\` ON \`_awards_v\` (\`version_decision_date\`);`)
  await db.run(sql`CREATE INDEX \`_awards_v_version_version_form_idx\` ON \`_awards_v\` (\`version_form\`);`)
  await db.run(sql`CREATE INDEX \`_awards_v_version_version_scanned_decision_idx\` ON \`_awards_v\` (\`version_scanned_decision_id\`);`)
  await db.run(sql`CREATE INDEX \`_awards_v_version_version_slug_idx\` ON \`_awards_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_awards_v_version_version_year_idx\` ON \`_awards_v\` (\`version_year\`);`)
  await db.run(sql`CREATE INDEX \`_awards_v_version_version_province_idx\` ON \`_awards_v\` (\`version_province_id\`);`)
  await db.run(sql`CREATE INDEX \`_awards_v_version_version_sector_idx\` ON \`_awards_v\` (\`version_sector_id\`);`)
  await db.run(sql`CREATE INDEX \`_awards_v_version_version_movement_idx\` ON \`_awards_v\` (\`version_movement_id\`);`)
  await db.run(sql`CREATE INDEX \`_awards_v_version_version_created_by_idx\` ON \`_awards_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_awards_v_version_version_updated_at_idx\` ON \`_awards_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_awards_v_version_version_created_at_idx\` ON \`_awards_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_awards_v_version_version__status_idx\` ON \`_awards_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_awards_v_created_at_idx\` ON \`_awards_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_awards_v_updated_at_idx\` ON \`_awards_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_awards_v_snapshot_idx\` ON \`_awards_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_awards_v_published_locale_idx\` ON \`_awards_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_awards_v_latest_idx\` ON \`_awards_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_awards_v_autosave_idx\` ON \`_awards_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`_awards_v_locales\` (
  	\`version_issuer\` text,
  	\`version_award_title\` text,
  	\`version_reason\` text,
  	\`version_meta_title\` text,
  	\`version_meta_description\` text,
  	\`version_meta_image_id\` integer,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`version_meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_awards_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_awards_v_version_meta_version_meta_image_idx\` ON \`_awards_v_locales\` (\`version_meta_image_id\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`_awards_v_locales_locale_parent_id_unique\` ON \`_awards_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_awards_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`exemplars_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_awards_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`exemplars_id\`) REFERENCES \`exemplars\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_awards_v_rels_order_idx\` ON \`_awards_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_awards_v_rels_parent_idx\` ON \`_awards_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_awards_v_rels_path_idx\` ON \`_awards_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_awards_v_rels_exemplars_id_idx\` ON \`_awards_v_rels\` (\`exemplars_id\`);`)
  await db.run(sql`CREATE TABLE \`columns\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`cover_id\` integer,
  	\`slug\` text,
  	\`order\` numeric DEFAULT 0,
  	\`created_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`columns_cover_idx\` ON \`columns\` (\`cover_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`columns_slug_idx\` ON \`columns\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`columns_created_by_idx\` ON \`columns\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`columns_updated_at_idx\` ON \`columns\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`columns_created_at_idx\` ON \`columns\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`columns__status_idx\` ON \`columns\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`columns_locales\` (
  	\`name\` text,
  	\`description\` text,
  	\`licence\` text,
  	\`attribution\` text,
  	\`meta_title\` text,
  	\`meta_description\` text,
  	\`meta_image_id\` integer,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`columns\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`columns_meta_meta_image_idx\` ON \`columns_locales\` (\`meta_image_id\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`columns_locales_locale_parent_id_unique\` ON \`columns_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_columns_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_cover_id\` integer,
  	\`version_slug\` text,
  	\`version_order\` numeric DEFAULT 0,
  	\`version_created_by_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`columns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_columns_v_parent_idx\` ON \`_columns_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_columns_v_version_version_cover_idx\` ON \`_columns_v\` (\`version_cover_id\`);`)
  await db.run(sql`CREATE INDEX \`_columns_v_version_version_slug_idx\` ON \`_columns_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_columns_v_version_version_created_by_idx\` ON \`_columns_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_columns_v_version_version_updated_at_idx\` ON \`_columns_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_columns_v_version_version_created_at_idx\` ON \`_columns_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_columns_v_version_version__status_idx\` ON \`_columns_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_columns_v_created_at_idx\` ON \`_columns_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_columns_v_updated_at_idx\` ON \`_columns_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_columns_v_snapshot_idx\` ON \`_columns_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_columns_v_published_locale_idx\` ON \`_columns_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_columns_v_latest_idx\` ON \`_columns_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_columns_v_autosave_idx\` ON \`_columns_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`_columns_v_locales\` (
  	\`version_name\` text,
  	\`version_description\` text,
  	\`version_licence\` text,
  	\`version_attribution\` text,
  	\`version_meta_title\` text,
  	\`version_meta_description\` text,
  	\`version_meta_image_id\` integer,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`version_meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_columns_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_columns_v_version_meta_version_meta_image_idx\` ON \`_columns_v_locales\` (\`version_meta_image_id\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`_columns_v_locales_locale_parent_id_unique\` ON \`_columns_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`articles\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`column_id\` integer,
  	\`cover_id\` integer,
  	\`slug\` text,
  	\`published_at\` text,
  	\`byline\` text,
  	\`author_id\` integer,
  	\`created_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`column_id\`) REFERENCES \`columns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_column_idx\` ON \`articles\` (\`column_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_cover_idx\` ON \`articles\` (\`cover_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`articles_slug_idx\` ON \`articles\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`articles_published_at_idx\` ON \`articles\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_author_idx\` ON \`articles\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_created_by_idx\` ON \`articles\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_updated_at_idx\` ON \`articles\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_created_at_idx\` ON \`articles\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`articles__status_idx\` ON \`articles\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`articles_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`meta_title\` text,
  	\`meta_description\` text,
  	\`meta_image_id\` integer,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_meta_meta_image_idx\` ON \`articles_locales\` (\`meta_image_id\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`articles_locales_locale_parent_id_unique\` ON \`articles_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`articles_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_texts_order_parent\` ON \`articles_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`articles_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`exemplars_id\` integer,
  	\`movements_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`exemplars_id\`) REFERENCES \`exemplars\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`movements_id\`) REFERENCES \`movements\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_rels_order_idx\` ON \`articles_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_parent_idx\` ON \`articles_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_path_idx\` ON \`articles_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_exemplars_id_idx\` ON \`articles_rels\` (\`exemplars_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_movements_id_idx\` ON \`articles_rels\` (\`movements_id\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_column_id\` integer,
  	\`version_cover_id\` integer,
  	\`version_slug\` text,
  	\`version_published_at\` text,
  	\`version_byline\` text,
  	\`version_author_id\` integer,
  	\`version_created_by_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_column_id\`) REFERENCES \`columns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_parent_idx\` ON \`_articles_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_column_idx\` ON \`_articles_v\` (\`version_column_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_cover_idx\` ON \`_articles_v\` (\`version_cover_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_slug_idx\` ON \`_articles_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_published_at_idx\` ON \`_articles_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_author_idx\` ON \`_articles_v\` (\`version_author_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_created_by_idx\` ON \`_articles_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_updated_at_idx\` ON \`_articles_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_created_at_idx\` ON \`_articles_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version__status_idx\` ON \`_articles_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_created_at_idx\` ON \`_articles_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_updated_at_idx\` ON \`_articles_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_snapshot_idx\` ON \`_articles_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_published_locale_idx\` ON \`_articles_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_latest_idx\` ON \`_articles_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_autosave_idx\` ON \`_articles_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`version_meta_title\` text,
  	\`version_meta_description\` text,
  	\`version_meta_image_id\` integer,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`version_meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_version_meta_version_meta_image_idx\` ON \`_articles_v_locales\` (\`version_meta_image_id\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`_articles_v_locales_locale_parent_id_unique\` ON \`_articles_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_texts_order_parent\` ON \`_articles_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`exemplars_id\` integer,
  	\`movements_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`exemplars_id\`) REFERENCES \`exemplars\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`movements_id\`) REFERENCES \`movements\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_order_idx\` ON \`_articles_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_parent_idx\` ON \`_articles_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_path_idx\` ON \`_articles_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_exemplars_id_idx\` ON \`_articles_v_rels\` (\`exemplars_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_movements_id_idx\` ON \`_articles_v_rels\` (\`movements_id\`);`)
  await db.run(sql`CREATE TABLE \`documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`number\` text,
  	\`type\` text,
  	\`status\` text DEFAULT 'inForce',
  	\`issued_date\` text,
  	\`effective_date\` text,
  	\`file_id\` integer,
  	\`slug\` text,
  	\`created_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`file_id\`) REFERENCES \`files\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`documents_number_idx\` ON \`documents\` (\`number\`);`)
  await db.run(sql`CREATE INDEX \`documents_type_idx\` ON \`documents\` (\`type\`);`)
  await db.run(sql`CREATE INDEX \`documents_issued_date_idx\` ON \`documents\` (\`issued_date\`);`)
  await db.run(sql`CREATE INDEX \`documents_file_idx\` ON \`documents\` (\`file_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`documents_slug_idx\` ON \`documents\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`documents_created_by_idx\` ON \`documents\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`documents_updated_at_idx\` ON \`documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`documents_created_at_idx\` ON \`documents\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`documents__status_idx\` ON \`documents\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`documents_locales\` (
  	\`title\` text,
  	\`issuer\` text,
  	\`summary\` text,
  	\`meta_title\` text,
  	\`meta_description\` text,
  	\`meta_image_id\` integer,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`documents_meta_meta_image_idx\` ON \`documents_locales\` (\`meta_image_id\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`documents_locales_locale_parent_id_unique\` ON \`documents_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_documents_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_number\` text,
  	\`version_type\` text,
  	\`version_status\` text DEFAULT 'inForce',
  	\`version_issued_date\` text,
  	\`version_effective_date\` text,
  	\`version_file_id\` integer,
  	\`version_slug\` text,
  	\`version_created_by_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_file_id\`) REFERENCES \`files\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_documents_v_parent_idx\` ON \`_documents_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_number_idx\` ON \`_documents_v\` (\`version_number\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_type_idx\` ON \`_documents_v\` (\`version_type\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_issued_date_idx\` ON \`_documents_v\` (\`version_issued_date\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_file_idx\` ON \`_documents_v\` (\`version_file_id\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_slug_idx\` ON \`_documents_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_created_by_idx\` ON \`_documents_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_updated_at_idx\` ON \`_documents_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_created_at_idx\` ON \`_documents_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version__status_idx\` ON \`_documents_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_created_at_idx\` ON \`_documents_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_updated_at_idx\` ON \`_documents_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_snapshot_idx\` ON \`_documents_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_published_locale_idx\` ON \`_documents_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_latest_idx\` ON \`_documents_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_autosave_idx\` ON \`_documents_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`_documents_v_locales\` (
  	\`version_title\` text,
  	\`version_issuer\` text,
  	\`version_summary\` text,
  	\`version_meta_title\` text,
  	\`version_meta_description\` text,
  	\`version_meta_image_id\` integer,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`version_meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_documents_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_documents_v_version_meta_version_meta_image_idx\` ON \`_documents_v_locales\` (\`version_meta_image_id\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`_documents_v_locales_locale_parent_id_unique\` ON \`_documents_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`courses_audience\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`courses\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`courses_audience_order_idx\` ON \`courses_audience\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`courses_audience_parent_idx\` ON \`courses_audience\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`courses_objectives\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`courses\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`courses_objectives_order_idx\` ON \`courses_objectives\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`courses_objectives_parent_id_idx\` ON \`courses_objectives\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`courses_objectives_locales\` (
  	\`text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`courses_objectives\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`courses_objectives_locales_locale_parent_id_unique\` ON \`courses_objectives_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`courses_modules\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`courses\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`courses_modules_order_idx\` ON \`courses_modules\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`courses_modules_parent_id_idx\` ON \`courses_modules\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`courses_modules_locales\` (
  	\`title\` text,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`courses_modules\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`courses_modules_locales_locale_parent_id_unique\` ON \`courses_modules_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`courses\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`hours\` numeric,
  	\`cover_id\` integer,
  	\`created_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`courses_slug_idx\` ON \`courses\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`courses_cover_idx\` ON \`courses\` (\`cover_id\`);`)
  await db.run(sql`CREATE INDEX \`courses_created_by_idx\` ON \`courses\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`courses_updated_at_idx\` ON \`courses\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`courses_created_at_idx\` ON \`courses\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`courses__status_idx\` ON \`courses\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`courses_locales\` (
  	\`title\` text,
  	\`description\` text,
  	\`meta_title\` text,
  	\`meta_description\` text,
  	\`meta_image_id\` integer,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`courses\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`courses_meta_meta_image_idx\` ON \`courses_locales\` (\`meta_image_id\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`courses_locales_locale_parent_id_unique\` ON \`courses_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`courses_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`courses\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`courses_texts_order_parent\` ON \`courses_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_courses_v_version_audience\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_courses_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_courses_v_version_audience_order_idx\` ON \`_courses_v_version_audience\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_courses_v_version_audience_parent_idx\` ON \`_courses_v_version_audience\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_courses_v_version_objectives\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_courses_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_courses_v_version_objectives_order_idx\` ON \`_courses_v_version_objectives\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_courses_v_version_objectives_parent_id_idx\` ON \`_courses_v_version_objectives\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_courses_v_version_objectives_locales\` (
  	\`text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_courses_v_version_objectives\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_courses_v_version_objectives_locales_locale_parent_id_uniqu\` ON \`_courses_v_version_objectives_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_courses_v_version_modules\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_courses_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_courses_v_version_modules_order_idx\` ON \`_courses_v_version_modules\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_courses_v_version_modules_parent_id_idx\` ON \`_courses_v_version_modules\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_courses_v_version_modules_locales\` (
  	\`title\` text,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_courses_v_version_modules\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_courses_v_version_modules_locales_locale_parent_id_unique\` ON \`_courses_v_version_modules_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_courses_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_hours\` numeric,
  	\`version_cover_id\` integer,
  	\`version_created_by_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`courses\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_courses_v_parent_idx\` ON \`_courses_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_courses_v_version_version_slug_idx\` ON \`_courses_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_courses_v_version_version_cover_idx\` ON \`_courses_v\` (\`version_cover_id\`);`)
  await db.run(sql`CREATE INDEX \`_courses_v_version_version_created_by_idx\` ON \`_courses_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_courses_v_version_version_updated_at_idx\` ON \`_courses_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_courses_v_version_version_created_at_idx\` ON \`_courses_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_courses_v_version_version__status_idx\` ON \`_courses_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_courses_v_created_at_idx\` ON \`_courses_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_courses_v_updated_at_idx\` ON \`_courses_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_courses_v_snapshot_idx\` ON \`_courses_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_courses_v_published_locale_idx\` ON \`_courses_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_courses_v_latest_idx\` ON \`_courses_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_courses_v_autosave_idx\` ON \`_courses_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`_courses_v_locales\` (
  	\`version_title\` text,
  	\`version_description\` text,
  	\`version_meta_title\` text,
  	\`version_meta_description\` text,
  	\`version_meta_image_id\` integer,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`version_meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_courses_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_courses_v_version_meta_version_meta_image_idx\` ON \`_courses_v_locales\` (\`version_meta_image_id\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`_courses_v_locales_locale_parent_id_unique\` ON \`_courses_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_courses_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_courses_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_courses_v_texts_order_parent\` ON \`_courses_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`lessons_objectives\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`lessons\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`lessons_objectives_order_idx\` ON \`lessons_objectives\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`lessons_objectives_parent_id_idx\` ON \`lessons_objectives\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`lessons_objectives_locales\` (
  	\`text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`lessons_objectives\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`lessons_objectives_locales_locale_parent_id_unique\` ON \`lessons_objectives_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`lessons_questions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`lessons\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`lessons_questions_order_idx\` ON \`lessons_questions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`lessons_questions_parent_id_idx\` ON \`lessons_questions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`lessons_questions_locales\` (
  	\`question\` text,
  	\`answer\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`lessons_questions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`lessons_questions_locales_locale_parent_id_unique\` ON \`lessons_questions_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`lessons\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`course_id\` integer,
  	\`module_number\` numeric DEFAULT 1,
  	\`order\` numeric DEFAULT 1,
  	\`slug\` text,
  	\`duration_minutes\` numeric,
  	\`created_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`course_id\`) REFERENCES \`courses\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`lessons_course_idx\` ON \`lessons\` (\`course_id\`);`)
  await db.run(sql`CREATE INDEX \`lessons_order_idx\` ON \`lessons\` (\`order\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`lessons_slug_idx\` ON \`lessons\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`lessons_created_by_idx\` ON \`lessons\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`lessons_updated_at_idx\` ON \`lessons\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`lessons_created_at_idx\` ON \`lessons\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`lessons__status_idx\` ON \`lessons\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`lessons_locales\` (
  	\`title\` text,
  	\`body\` text,
  	\`meta_title\` text,
  	\`meta_description\` text,
  	\`meta_image_id\` integer,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`lessons\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`lessons_meta_meta_image_idx\` ON \`lessons_locales\` (\`meta_image_id\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`lessons_locales_locale_parent_id_unique\` ON \`lessons_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`lessons_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`files_id\` integer,
  	\`documents_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`lessons\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`files_id\`) REFERENCES \`files\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`documents_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`lessons_rels_order_idx\` ON \`lessons_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`lessons_rels_parent_idx\` ON \`lessons_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`lessons_rels_path_idx\` ON \`lessons_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`lessons_rels_files_id_idx\` ON \`lessons_rels\` (\`files_id\`);`)
  await db.run(sql`CREATE INDEX \`lessons_rels_documents_id_idx\` ON \`lessons_rels\` (\`documents_id\`);`)
  await db.run(sql`CREATE TABLE \`_lessons_v_version_objectives\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_lessons_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_lessons_v_version_objectives_order_idx\` ON \`_lessons_v_version_objectives\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_lessons_v_version_objectives_parent_id_idx\` ON \`_lessons_v_version_objectives\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_lessons_v_version_objectives_locales\` (
  	\`text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_lessons_v_version_objectives\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_lessons_v_version_objectives_locales_locale_parent_id_uniqu\` ON \`_lessons_v_version_objectives_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_lessons_v_version_questions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_lessons_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_lessons_v_version_questions_order_idx\` ON \`_lessons_v_version_questions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_lessons_v_version_questions_parent_id_idx\` ON \`_lessons_v_version_questions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_lessons_v_version_questions_locales\` (
  	\`question\` text,
  	\`answer\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_lessons_v_version_questions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_lessons_v_version_questions_locales_locale_parent_id_unique\` ON \`_lessons_v_version_questions_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_lessons_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_course_id\` integer,
  	\`version_module_number\` numeric DEFAULT 1,
  	\`version_order\` numeric DEFAULT 1,
  	\`version_slug\` text,
  	\`version_duration_minutes\` numeric,
  	\`version_created_by_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`lessons\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_course_id\`) REFERENCES \`courses\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_lessons_v_parent_idx\` ON \`_lessons_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_lessons_v_version_version_course_idx\` ON \`_lessons_v\` (\`version_course_id\`);`)
  await db.run(sql`CREATE INDEX \`_lessons_v_version_version_order_idx\` ON \`_lessons_v\` (\`version_order\`);`)
  await db.run(sql`CREATE INDEX \`_lessons_v_version_version_slug_idx\` ON \`_lessons_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_lessons_v_version_version_created_by_idx\` ON \`_lessons_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_lessons_v_version_version_updated_at_idx\` ON \`_lessons_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_lessons_v_version_version_created_at_idx\` ON \`_lessons_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_lessons_v_version_version__status_idx\` ON \`_lessons_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_lessons_v_created_at_idx\` ON \`_lessons_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_lessons_v_updated_at_idx\` ON \`_lessons_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_lessons_v_snapshot_idx\` ON \`_lessons_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_lessons_v_published_locale_idx\` ON \`_lessons_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_lessons_v_latest_idx\` ON \`_lessons_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_lessons_v_autosave_idx\` ON \`_lessons_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`_lessons_v_locales\` (
  	\`version_title\` text,
  	\`version_body\` text,
  	\`version_meta_title\` text,
  	\`version_meta_description\` text,
  	\`version_meta_image_id\` integer,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`version_meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_lessons_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_lessons_v_version_meta_version_meta_image_idx\` ON \`_lessons_v_locales\` (\`version_meta_image_id\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`_lessons_v_locales_locale_parent_id_unique\` ON \`_lessons_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_lessons_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`files_id\` integer,
  	\`documents_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_lessons_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`files_id\`) REFERENCES \`files\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`documents_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_lessons_v_rels_order_idx\` ON \`_lessons_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_lessons_v_rels_parent_idx\` ON \`_lessons_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_lessons_v_rels_path_idx\` ON \`_lessons_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_lessons_v_rels_files_id_idx\` ON \`_lessons_v_rels\` (\`files_id\`);`)
  await db.run(sql`CREATE INDEX \`_lessons_v_rels_documents_id_idx\` ON \`_lessons_v_rels\` (\`documents_id\`);`)
  await db.run(sql`CREATE TABLE \`provinces\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`code\` text NOT NULL,
  	\`kind\` text DEFAULT 'province' NOT NULL,
  	\`slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`provinces_code_idx\` ON \`provinces\` (\`code\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`provinces_slug_idx\` ON \`provinces\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`provinces_updated_at_idx\` ON \`provinces\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`provinces_created_at_idx\` ON \`provinces\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`provinces_locales\` (
  	\`name\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`provinces\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`provinces_locales_locale_parent_id_unique\` ON \`provinces_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`sectors\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`sectors_slug_idx\` ON \`sectors\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`sectors_updated_at_idx\` ON \`sectors\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`sectors_created_at_idx\` ON \`sectors\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`sectors_locales\` (
  	\`name\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`sectors\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`sectors_locales_locale_parent_id_unique\` ON \`sectors_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`media\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`credit\` text,
  	\`licence\` text,
  	\`created_by_id\` integer,
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
  	\`sizes_thumbnail_url\` text,
  	\`sizes_thumbnail_width\` numeric,
  	\`sizes_thumbnail_height\` numeric,
  	\`sizes_thumbnail_mime_type\` text,
  	\`sizes_thumbnail_filesize\` numeric,
  	\`sizes_thumbnail_filename\` text,
  	\`sizes_card_url\` text,
  	\`sizes_card_width\` numeric,
  	\`sizes_card_height\` numeric,
  	\`sizes_card_mime_type\` text,
  	\`sizes_card_filesize\` numeric,
  	\`sizes_card_filename\` text,
  	\`sizes_feature_url\` text,
  	\`sizes_feature_width\` numeric,
  	\`sizes_feature_height\` numeric,
  	\`sizes_feature_mime_type\` text,
  	\`sizes_feature_filesize\` numeric,
  	\`sizes_feature_filename\` text,
  	\`sizes_og_url\` text,
  	\`sizes_og_width\` numeric,
  	\`sizes_og_height\` numeric,
  	\`sizes_og_mime_type\` text,
  	\`sizes_og_filesize\` numeric,
  	\`sizes_og_filename\` text,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`media_created_by_idx\` ON \`media\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_thumbnail_sizes_thumbnail_filename_idx\` ON \`media\` (\`sizes_thumbnail_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_card_sizes_card_filename_idx\` ON \`media\` (\`sizes_card_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_feature_sizes_feature_filename_idx\` ON \`media\` (\`sizes_feature_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_og_sizes_og_filename_idx\` ON \`media\` (\`sizes_og_filename\`);`)
  await db.run(sql`CREATE TABLE \`media_locales\` (
  	\`alt\` text NOT NULL,
  	\`caption\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`media_locales_locale_parent_id_unique\` ON \`media_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`files\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`created_by_id\` integer,
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
  await db.run(sql`CREATE INDEX \`files_created_by_idx\` ON \`files\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`files_updated_at_idx\` ON \`files\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`files_created_at_idx\` ON \`files\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`files_filename_idx\` ON \`files\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`files_locales\` (
  	\`title\` text NOT NULL,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`files\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`files_locales_locale_parent_id_unique\` ON \`files_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users_allowed_origins\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`origin\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_allowed_origins_order_idx\` ON \`users_allowed_origins\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_allowed_origins_parent_id_idx\` ON \`users_allowed_origins\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_sessions_order_idx\` ON \`users_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_sessions_parent_id_idx\` ON \`users_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`role\` text DEFAULT 'contributor' NOT NULL,
  	\`organization\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`enable_a_p_i_key\` integer,
  	\`api_key\` text,
  	\`api_key_index\` text,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`payload_kv\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`executed_at\` text NOT NULL,
  	\`completed_at\` text NOT NULL,
  	\`task_slug\` text NOT NULL,
  	\`task_i_d\` text NOT NULL,
  	\`input\` text,
  	\`output\` text,
  	\`state\` text NOT NULL,
  	\`error\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`payload_jobs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_order_idx\` ON \`payload_jobs_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_parent_id_idx\` ON \`payload_jobs_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`input\` text,
  	\`completed_at\` text,
  	\`total_tried\` numeric DEFAULT 0,
  	\`has_error\` integer DEFAULT false,
  	\`error\` text,
  	\`task_slug\` text,
  	\`queue\` text DEFAULT 'default',
  	\`wait_until\` text,
  	\`processing\` integer DEFAULT false,
  	\`meta\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_completed_at_idx\` ON \`payload_jobs\` (\`completed_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_total_tried_idx\` ON \`payload_jobs\` (\`total_tried\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_has_error_idx\` ON \`payload_jobs\` (\`has_error\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_task_slug_idx\` ON \`payload_jobs\` (\`task_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_queue_idx\` ON \`payload_jobs\` (\`queue\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_wait_until_idx\` ON \`payload_jobs\` (\`wait_until\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_processing_idx\` ON \`payload_jobs\` (\`processing\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents_rels\` (
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
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
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
  await db.run(sql`CREATE TABLE \`payload_preferences\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_migrations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`site_settings_footer_links\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`url\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`site_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`site_settings_footer_links_order_idx\` ON \`site_settings_footer_links\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`site_settings_footer_links_parent_id_idx\` ON \`site_settings_footer_links\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`site_settings_footer_links_locales\` (
  	\`label\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`site_settings_footer_links\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`site_settings_footer_links_locales_locale_parent_id_unique\` ON \`site_settings_footer_links_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`site_settings_social\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`platform\` text NOT NULL,
  	\`url\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`site_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`site_settings_social_order_idx\` ON \`site_settings_social\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`site_settings_social_parent_id_idx\` ON \`site_settings_social\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`site_settings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`contact_email\` text,
  	\`contact_phone\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`CREATE TABLE \`site_settings_locales\` (
  	\`site_name\` text DEFAULT 'Thi đua' NOT NULL,
  	\`tagline\` text,
  	\`contact_organization\` text,
  	\`contact_address\` text,
  	\`default_image_licence\` text DEFAULT 'CC BY 4.0 – ghi rõ nguồn và tác giả ảnh',
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`site_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`site_settings_locales_locale_parent_id_unique\` ON \`site_settings_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`home\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`CREATE TABLE \`home_locales\` (
  	\`intro\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`home\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`home_locales_locale_parent_id_unique\` ON \`home_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`home_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`exemplars_id\` integer,
  	\`movements_id\` integer,
  	\`columns_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`home\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`exemplars_id\`) REFERENCES \`exemplars\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`movements_id\`) REFERENCES \`movements\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`columns_id\`) REFERENCES \`columns\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`home_rels_order_idx\` ON \`home_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`home_rels_parent_idx\` ON \`home_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`home_rels_path_idx\` ON \`home_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`home_rels_exemplars_id_idx\` ON \`home_rels\` (\`exemplars_id\`);`)
  await db.run(sql`CREATE INDEX \`home_rels_movements_id_idx\` ON \`home_rels\` (\`movements_id\`);`)
  await db.run(sql`CREATE INDEX \`home_rels_columns_id_idx\` ON \`home_rels\` (\`columns_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_stats\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`stats\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`exemplars_achievements\`;`)
  await db.run(sql`DROP TABLE \`exemplars_achievements_locales\`;`)
  await db.run(sql`DROP TABLE \`exemplars_gallery\`;`)
  await db.run(sql`DROP TABLE \`exemplars_sources\`;`)
  await db.run(sql`DROP TABLE \`exemplars_sources_locales\`;`)
  await db.run(sql`DROP TABLE \`exemplars_stage_history\`;`)
  await db.run(sql`DROP TABLE \`exemplars\`;`)
  await db.run(sql`DROP TABLE \`exemplars_locales\`;`)
  await db.run(sql`DROP TABLE \`exemplars_rels\`;`)
  await db.run(sql`DROP TABLE \`_exemplars_v_version_achievements\`;`)
  await db.run(sql`DROP TABLE \`_exemplars_v_version_achievements_locales\`;`)
  await db.run(sql`DROP TABLE \`_exemplars_v_version_gallery\`;`)
  await db.run(sql`DROP TABLE \`_exemplars_v_version_sources\`;`)
  await db.run(sql`DROP TABLE \`_exemplars_v_version_sources_locales\`;`)
  await db.run(sql`DROP TABLE \`_exemplars_v_version_stage_history\`;`)
  await db.run(sql`DROP TABLE \`_exemplars_v\`;`)
  await db.run(sql`DROP TABLE \`_exemplars_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_exemplars_v_rels\`;`)
  await db.run(sql`DROP TABLE \`movements_objectives\`;`)
  await db.run(sql`DROP TABLE \`movements_objectives_locales\`;`)
  await db.run(sql`DROP TABLE \`movements_targets\`;`)
  await db.run(sql`DROP TABLE \`movements_targets_locales\`;`)
  await db.run(sql`DROP TABLE \`movements_content\`;`)
  await db.run(sql`DROP TABLE \`movements_content_locales\`;`)
  await db.run(sql`DROP TABLE \`movements_measures\`;`)
  await db.run(sql`DROP TABLE \`movements_measures_locales\`;`)
  await db.run(sql`DROP TABLE \`movements_criteria\`;`)
  await db.run(sql`DROP TABLE \`movements_criteria_locales\`;`)
  await db.run(sql`DROP TABLE \`movements_milestones\`;`)
  await db.run(sql`DROP TABLE \`movements_milestones_locales\`;`)
  await db.run(sql`DROP TABLE \`movements\`;`)
  await db.run(sql`DROP TABLE \`movements_locales\`;`)
  await db.run(sql`DROP TABLE \`movements_rels\`;`)
  await db.run(sql`DROP TABLE \`_movements_v_version_objectives\`;`)
  await db.run(sql`DROP TABLE \`_movements_v_version_objectives_locales\`;`)
  await db.run(sql`DROP TABLE \`_movements_v_version_targets\`;`)
  await db.run(sql`DROP TABLE \`_movements_v_version_targets_locales\`;`)
  await db.run(sql`DROP TABLE \`_movements_v_version_content\`;`)
  await db.run(sql`DROP TABLE \`_movements_v_version_content_locales\`;`)
  await db.run(sql`DROP TABLE \`_movements_v_version_measures\`;`)
  await db.run(sql`DROP TABLE \`_movements_v_version_measures_locales\`;`)
  await db.run(sql`DROP TABLE \`_movements_v_version_criteria\`;`)
  await db.run(sql`DROP TABLE \`_movements_v_version_criteria_locales\`;`)
  await db.run(sql`DROP TABLE \`_movements_v_version_milestones\`;`)
  await db.run(sql`DROP TABLE \`_movements_v_version_milestones_locales\`;`)
  await db.run(sql`DROP TABLE \`_movements_v\`;`)
  await db.run(sql`DROP TABLE \`_movements_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_movements_v_rels\`;`)
  await db.run(sql`DROP TABLE \`awards_other_recipients\`;`)
  await db.run(sql`DROP TABLE \`awards_other_recipients_locales\`;`)
  await db.run(sql`DROP TABLE \`awards\`;`)
  await db.run(sql`DROP TABLE \`awards_locales\`;`)
  await db.run(sql`DROP TABLE \`awards_rels\`;`)
  await db.run(sql`DROP TABLE \`_awards_v_version_other_recipients\`;`)
  await db.run(sql`DROP TABLE \`_awards_v_version_other_recipients_locales\`;`)
  await db.run(sql`DROP TABLE \`_awards_v\`;`)
  await db.run(sql`DROP TABLE \`_awards_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_awards_v_rels\`;`)
  await db.run(sql`DROP TABLE \`columns\`;`)
  await db.run(sql`DROP TABLE \`columns_locales\`;`)
  await db.run(sql`DROP TABLE \`_columns_v\`;`)
  await db.run(sql`DROP TABLE \`_columns_v_locales\`;`)
  await db.run(sql`DROP TABLE \`articles\`;`)
  await db.run(sql`DROP TABLE \`articles_locales\`;`)
  await db.run(sql`DROP TABLE \`articles_texts\`;`)
  await db.run(sql`DROP TABLE \`articles_rels\`;`)
  await db.run(sql`DROP TABLE \`_articles_v\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_texts\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_rels\`;`)
  await db.run(sql`DROP TABLE \`documents\`;`)
  await db.run(sql`DROP TABLE \`documents_locales\`;`)
  await db.run(sql`DROP TABLE \`_documents_v\`;`)
  await db.run(sql`DROP TABLE \`_documents_v_locales\`;`)
  await db.run(sql`DROP TABLE \`courses_audience\`;`)
  await db.run(sql`DROP TABLE \`courses_objectives\`;`)
  await db.run(sql`DROP TABLE \`courses_objectives_locales\`;`)
  await db.run(sql`DROP TABLE \`courses_modules\`;`)
  await db.run(sql`DROP TABLE \`courses_modules_locales\`;`)
  await db.run(sql`DROP TABLE \`courses\`;`)
  await db.run(sql`DROP TABLE \`courses_locales\`;`)
  await db.run(sql`DROP TABLE \`courses_texts\`;`)
  await db.run(sql`DROP TABLE \`_courses_v_version_audience\`;`)
  await db.run(sql`DROP TABLE \`_courses_v_version_objectives\`;`)
  await db.run(sql`DROP TABLE \`_courses_v_version_objectives_locales\`;`)
  await db.run(sql`DROP TABLE \`_courses_v_version_modules\`;`)
  await db.run(sql`DROP TABLE \`_courses_v_version_modules_locales\`;`)
  await db.run(sql`DROP TABLE \`_courses_v\`;`)
  await db.run(sql`DROP TABLE \`_courses_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_courses_v_texts\`;`)
  await db.run(sql`DROP TABLE \`lessons_objectives\`;`)
  await db.run(sql`DROP TABLE \`lessons_objectives_locales\`;`)
  await db.run(sql`DROP TABLE \`lessons_questions\`;`)
  await db.run(sql`DROP TABLE \`lessons_questions_locales\`;`)
  await db.run(sql`DROP TABLE \`lessons\`;`)
  await db.run(sql`DROP TABLE \`lessons_locales\`;`)
  await db.run(sql`DROP TABLE \`lessons_rels\`;`)
  await db.run(sql`DROP TABLE \`_lessons_v_version_objectives\`;`)
  await db.run(sql`DROP TABLE \`_lessons_v_version_objectives_locales\`;`)
  await db.run(sql`DROP TABLE \`_lessons_v_version_questions\`;`)
  await db.run(sql`DROP TABLE \`_lessons_v_version_questions_locales\`;`)
  await db.run(sql`DROP TABLE \`_lessons_v\`;`)
  await db.run(sql`DROP TABLE \`_lessons_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_lessons_v_rels\`;`)
  await db.run(sql`DROP TABLE \`provinces\`;`)
  await db.run(sql`DROP TABLE \`provinces_locales\`;`)
  await db.run(sql`DROP TABLE \`sectors\`;`)
  await db.run(sql`DROP TABLE \`sectors_locales\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`DROP TABLE \`media_locales\`;`)
  await db.run(sql`DROP TABLE \`files\`;`)
  await db.run(sql`DROP TABLE \`files_locales\`;`)
  await db.run(sql`DROP TABLE \`users_allowed_origins\`;`)
  await db.run(sql`DROP TABLE \`users_sessions\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
  await db.run(sql`DROP TABLE \`site_settings_footer_links\`;`)
  await db.run(sql`DROP TABLE \`site_settings_footer_links_locales\`;`)
  await db.run(sql`DROP TABLE \`site_settings_social\`;`)
  await db.run(sql`DROP TABLE \`site_settings\`;`)
  await db.run(sql`DROP TABLE \`site_settings_locales\`;`)
  await db.run(sql`DROP TABLE \`home\`;`)
  await db.run(sql`DROP TABLE \`home_locales\`;`)
  await db.run(sql`DROP TABLE \`home_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_stats\`;`)
}
