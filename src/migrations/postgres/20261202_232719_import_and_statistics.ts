import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_imports_kind" AS ENUM('awards', 'exemplars', 'documents');
  CREATE TYPE "public"."enum_imports_status" AS ENUM('checked', 'rejected', 'queued', 'running', 'done', 'failed');
  CREATE TABLE "imports" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"kind" "enum_imports_kind" NOT NULL,
  	"publish" boolean DEFAULT false,
  	"status" "enum_imports_status" DEFAULT 'checked' NOT NULL,
  	"summary" varchar,
  	"counts_rows" numeric DEFAULT 0,
  	"counts_rejected" numeric DEFAULT 0,
  	"counts_records" numeric DEFAULT 0,
  	"counts_processed" numeric DEFAULT 0,
  	"counts_created" numeric DEFAULT 0,
  	"counts_updated" numeric DEFAULT 0,
  	"counts_unchanged" numeric DEFAULT 0,
  	"report" jsonb,
  	"heartbeat_at" timestamp(3) with time zone,
  	"finished_at" timestamp(3) with time zone,
  	"created_by_id" integer,
  	"prefix" varchar DEFAULT '',
  	"_objectkey" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric
  );
  
  ALTER TABLE "awards_other_recipients" ADD COLUMN "province_id" integer;
  ALTER TABLE "awards_other_recipients" ADD COLUMN "province_as_written" varchar;
  ALTER TABLE "awards_other_recipients" ADD COLUMN "flags_direct_worker" boolean DEFAULT false;
  ALTER TABLE "awards_other_recipients" ADD COLUMN "flags_remote" boolean DEFAULT false;
  ALTER TABLE "awards_other_recipients" ADD COLUMN "flags_border" boolean DEFAULT false;
  ALTER TABLE "awards_other_recipients" ADD COLUMN "flags_island" boolean DEFAULT false;
  ALTER TABLE "awards_other_recipients" ADD COLUMN "flags_ethnic_minority" boolean DEFAULT false;
  ALTER TABLE "awards_other_recipients" ADD COLUMN "flags_foreign" boolean DEFAULT false;
  ALTER TABLE "awards" ADD COLUMN "province_as_written" varchar;
  ALTER TABLE "awards" ADD COLUMN "decision_key" varchar;
  ALTER TABLE "awards" ADD COLUMN "stat_facts" jsonb;
  ALTER TABLE "_awards_v_version_other_recipients" ADD COLUMN "province_id" integer;
  ALTER TABLE "_awards_v_version_other_recipients" ADD COLUMN "province_as_written" varchar;
  ALTER TABLE "_awards_v_version_other_recipients" ADD COLUMN "flags_direct_worker" boolean DEFAULT false;
  ALTER TABLE "_awards_v_version_other_recipients" ADD COLUMN "flags_remote" boolean DEFAULT false;
  ALTER TABLE "_awards_v_version_other_recipients" ADD COLUMN "flags_border" boolean DEFAULT false;
  ALTER TABLE "_awards_v_version_other_recipients" ADD COLUMN "flags_island" boolean DEFAULT false;
  ALTER TABLE "_awards_v_version_other_recipients" ADD COLUMN "flags_ethnic_minority" boolean DEFAULT false;
  ALTER TABLE "_awards_v_version_other_recipients" ADD COLUMN "flags_foreign" boolean DEFAULT false;
  ALTER TABLE "_awards_v" ADD COLUMN "version_province_as_written" varchar;
  ALTER TABLE "_awards_v" ADD COLUMN "version_decision_key" varchar;
  ALTER TABLE "_awards_v" ADD COLUMN "version_stat_facts" jsonb;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "imports_id" integer;
  ALTER TABLE "imports" ADD CONSTRAINT "imports_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "imports_status_idx" ON "imports" USING btree ("status");
  CREATE INDEX "imports_created_by_idx" ON "imports" USING btree ("created_by_id");
  CREATE INDEX "imports_updated_at_idx" ON "imports" USING btree ("updated_at");
  CREATE INDEX "imports_created_at_idx" ON "imports" USING btree ("created_at");
  CREATE UNIQUE INDEX "imports_filename_idx" ON "imports" USING btree ("filename");
  ALTER TABLE "awards_other_recipients" ADD CONSTRAINT "awards_other_recipients_province_id_provinces_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."provinces"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_awards_v_version_other_recipients" ADD CONSTRAINT "_awards_v_version_other_recipients_province_id_provinces_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."provinces"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_imports_fk" FOREIGN KEY ("imports_id") REFERENCES "public"."imports"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "awards_other_recipients_province_idx" ON "awards_other_recipients" USING btree ("province_id");
  CREATE INDEX "awards_decision_key_idx" ON "awards" USING btree ("decision_key");
  CREATE INDEX "_awards_v_version_other_recipients_province_idx" ON "_awards_v_version_other_recipients" USING btree ("province_id");
  CREATE INDEX "_awards_v_version_version_decision_key_idx" ON "_awards_v" USING btree ("version_decision_key");
  CREATE INDEX "payload_locked_documents_rels_imports_id_idx" ON "payload_locked_documents_rels" USING btree ("imports_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "imports" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "imports" CASCADE;
  ALTER TABLE "awards_other_recipients" DROP CONSTRAINT "awards_other_recipients_province_id_provinces_id_fk";
  
  ALTER TABLE "_awards_v_version_other_recipients" DROP CONSTRAINT "_awards_v_version_other_recipients_province_id_provinces_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_imports_fk";
  
  DROP INDEX "awards_other_recipients_province_idx";
  DROP INDEX "awards_decision_key_idx";
  DROP INDEX "_awards_v_version_other_recipients_province_idx";
  DROP INDEX "_awards_v_version_version_decision_key_idx";
  DROP INDEX "payload_locked_documents_rels_imports_id_idx";
  ALTER TABLE "awards_other_recipients" DROP COLUMN "province_id";
  ALTER TABLE "awards_other_recipients" DROP COLUMN "province_as_written";
  ALTER TABLE "awards_other_recipients" DROP COLUMN "flags_direct_worker";
  ALTER TABLE "awards_other_recipients" DROP COLUMN "flags_remote";
  ALTER TABLE "awards_other_recipients" DROP COLUMN "flags_border";
  ALTER TABLE "awards_other_recipients" DROP COLUMN "flags_island";
  ALTER TABLE "awards_other_recipients" DROP COLUMN "flags_ethnic_minority";
  ALTER TABLE "awards_other_recipients" DROP COLUMN "flags_foreign";
  ALTER TABLE "awards" DROP COLUMN "province_as_written";
  ALTER TABLE "awards" DROP COLUMN "decision_key";
  ALTER TABLE "awards" DROP COLUMN "stat_facts";
  ALTER TABLE "_awards_v_version_other_recipients" DROP COLUMN "province_id";
  ALTER TABLE "_awards_v_version_other_recipients" DROP COLUMN "province_as_written";
  ALTER TABLE "_awards_v_version_other_recipients" DROP COLUMN "flags_direct_worker";
  ALTER TABLE "_awards_v_version_other_recipients" DROP COLUMN "flags_remote";
  ALTER TABLE "_awards_v_version_other_recipients" DROP COLUMN "flags_border";
  ALTER TABLE "_awards_v_version_other_recipients" DROP COLUMN "flags_island";
  ALTER TABLE "_awards_v_version_other_recipients" DROP COLUMN "flags_ethnic_minority";
  ALTER TABLE "_awards_v_version_other_recipients" DROP COLUMN "flags_foreign";
  ALTER TABLE "_awards_v" DROP COLUMN "version_province_as_written";
  ALTER TABLE "_awards_v" DROP COLUMN "version_decision_key";
  ALTER TABLE "_awards_v" DROP COLUMN "version_stat_facts";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "imports_id";
  DROP TYPE "public"."enum_imports_kind";
  DROP TYPE "public"."enum_imports_status";`)
}
