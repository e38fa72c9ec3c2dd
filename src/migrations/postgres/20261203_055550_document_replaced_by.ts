import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "documents" ADD COLUMN "replaced_by_id" integer;
  ALTER TABLE "_documents_v" ADD COLUMN "version_replaced_by_id" integer;
  ALTER TABLE "documents" ADD CONSTRAINT "documents_replaced_by_id_documents_id_fk" FOREIGN KEY ("replaced_by_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_documents_v" ADD CONSTRAINT "_documents_v_version_replaced_by_id_documents_id_fk" FOREIGN KEY ("version_replaced_by_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "documents_replaced_by_idx" ON "documents" USING btree ("replaced_by_id");
  CREATE INDEX "_documents_v_version_version_replaced_by_idx" ON "_documents_v" USING btree ("version_replaced_by_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "documents" DROP CONSTRAINT "documents_replaced_by_id_documents_id_fk";
  
  ALTER TABLE "_documents_v" DROP CONSTRAINT "_documents_v_version_replaced_by_id_documents_id_fk";
  
  DROP INDEX "documents_replaced_by_idx";
  DROP INDEX "_documents_v_version_version_replaced_by_idx";
  ALTER TABLE "documents" DROP COLUMN "replaced_by_id";
  ALTER TABLE "_documents_v" DROP COLUMN "version_replaced_by_id";`)
}
