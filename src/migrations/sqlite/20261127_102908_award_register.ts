import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`awards\` ADD \`recipient_names_folded\` text;`)
  await db.run(sql`ALTER TABLE \`awards\` ADD \`issuer_folded\` text;`)
  await db.run(sql`ALTER TABLE \`_awards_v\` ADD \`version_recipient_names_folded\` text;`)
  await db.run(sql`ALTER TABLE \`_awards_v\` ADD \`version_issuer_folded\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`awards\` DROP COLUMN \`recipient_names_folded\`;`)
  await db.run(sql`ALTER TABLE \`awards\` DROP COLUMN \`issuer_folded\`;`)
  await db.run(sql`ALTER TABLE \`_awards_v\` DROP COLUMN \`version_recipient_names_folded\`;`)
  await db.run(sql`ALTER TABLE \`_awards_v\` DROP COLUMN \`version_issuer_folded\`;`)
}
