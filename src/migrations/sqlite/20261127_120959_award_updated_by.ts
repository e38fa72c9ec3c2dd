import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`awards\` ADD \`updated_by_id\` integer REFERENCES users(id) ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`awards_updated_by_idx\` ON \`awards\` (\`updated_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_awards_v\` ADD \`version_updated_by_id\` integer REFERENCES users(id) ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`_awards_v_version_version_updated_by_idx\` ON \`_awards_v\` (\`version_updated_by_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_awards\` (
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
  	\`recipient_names_folded\` text,
  	\`issuer_folded\` text,
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
  await db.run(sql`INSERT INTO \`__new_awards\`("id", "decision_number", "decision_date", "form", "scanned_decision_id", "slug", "year", "province_id", "sector_id", "movement_id", "recipient_names_folded", "issuer_folded", "created_by_id", "updated_at", "created_at", "_status") SELECT "id", "decision_number", "decision_date", "form", "scanned_decision_id", "slug", "year", "province_id", "sector_id", "movement_id", "recipient_names_folded", "issuer_folded", "created_by_id", "updated_at", "created_at", "_status" FROM \`awards\`;`)
  await db.run(sql`DROP TABLE \`awards\`;`)
  await db.run(sql`ALTER TABLE \`__new_awards\` RENAME TO \`awards\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
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
  await db.run(sql`CREATE TABLE \`__new__awards_v\` (
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
  	\`version_recipient_names_folded\` text,
  	\`version_issuer_folded\` text,
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
  await db.run(sql`INSERT INTO \`__new__awards_v\`("id", "parent_id", "version_decision_number", "version_decision_date", "version_form", "version_scanned_decision_id", "version_slug", "version_year", "version_province_id", "version_sector_id", "version_movement_id", "version_recipient_names_folded", "version_issuer_folded", "version_created_by_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave") SELECT "id", "parent_id", "version_decision_number", "version_decision_date", "version_form", "version_scanned_decision_id", "version_slug", "version_year", "version_province_id", "version_sector_id", "version_movement_id", "version_recipient_names_folded", "version_issuer_folded", "version_created_by_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave" FROM \`_awards_v\`;`)
  await db.run(sql`DROP TABLE \`_awards_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__awards_v\` RENAME TO \`_awards_v\`;`)
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
}
