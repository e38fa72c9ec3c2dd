import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "exemplars" ADD COLUMN "updated_by_id" integer;
  ALTER TABLE "_exemplars_v" ADD COLUMN "version_updated_by_id" integer;
  ALTER TABLE "movements" ADD COLUMN "updated_by_id" integer;
  ALTER TABLE "_movements_v" ADD COLUMN "version_updated_by_id" integer;
  ALTER TABLE "columns" ADD COLUMN "updated_by_id" integer;
  ALTER TABLE "_columns_v" ADD COLUMN "version_updated_by_id" integer;
  ALTER TABLE "articles" ADD COLUMN "updated_by_id" integer;
  ALTER TABLE "_articles_v" ADD COLUMN "version_updated_by_id" integer;
  ALTER TABLE "documents" ADD COLUMN "updated_by_id" integer;
  ALTER TABLE "_documents_v" ADD COLUMN "version_updated_by_id" integer;
  ALTER TABLE "courses" ADD COLUMN "updated_by_id" integer;
  ALTER TABLE "_courses_v" ADD COLUMN "version_updated_by_id" integer;
  ALTER TABLE "lessons" ADD COLUMN "updated_by_id" integer;
  ALTER TABLE "_lessons_v" ADD COLUMN "version_updated_by_id" integer;
  ALTER TABLE "exemplars" ADD CONSTRAINT "exemplars_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_exemplars_v" ADD CONSTRAINT "_exemplars_v_version_updated_by_id_users_id_fk" FOREIGN KEY ("version_updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "movements" ADD CONSTRAINT "movements_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_movements_v" ADD CONSTRAINT "_movements_v_version_updated_by_id_users_id_fk" FOREIGN KEY ("version_updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "columns" ADD CONSTRAINT "columns_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_columns_v" ADD CONSTRAINT "_columns_v_version_updated_by_id_users_id_fk" FOREIGN KEY ("version_updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_updated_by_id_users_id_fk" FOREIGN KEY ("version_updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "documents" ADD CONSTRAINT "documents_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_documents_v" ADD CONSTRAINT "_documents_v_version_updated_by_id_users_id_fk" FOREIGN KEY ("version_updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "courses" ADD CONSTRAINT "courses_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_courses_v" ADD CONSTRAINT "_courses_v_version_updated_by_id_users_id_fk" FOREIGN KEY ("version_updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "lessons" ADD CONSTRAINT "lessons_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_lessons_v" ADD CONSTRAINT "_lessons_v_version_updated_by_id_users_id_fk" FOREIGN KEY ("version_updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "exemplars_updated_by_idx" ON "exemplars" USING btree ("updated_by_id");
  CREATE INDEX "_exemplars_v_version_version_updated_by_idx" ON "_exemplars_v" USING btree ("version_updated_by_id");
  CREATE INDEX "movements_updated_by_idx" ON "movements" USING btree ("updated_by_id");
  CREATE INDEX "_movements_v_version_version_updated_by_idx" ON "_movements_v" USING btree ("version_updated_by_id");
  CREATE INDEX "columns_updated_by_idx" ON "columns" USING btree ("updated_by_id");
  CREATE INDEX "_columns_v_version_version_updated_by_idx" ON "_columns_v" USING btree ("version_updated_by_id");
  CREATE INDEX "articles_updated_by_idx" ON "articles" USING btree ("updated_by_id");
  CREATE INDEX "_articles_v_version_version_updated_by_idx" ON "_articles_v" USING btree ("version_updated_by_id");
  CREATE INDEX "documents_updated_by_idx" ON "documents" USING btree ("updated_by_id");
  CREATE INDEX "_documents_v_version_version_updated_by_idx" ON "_documents_v" USING btree ("version_updated_by_id");
  CREATE INDEX "courses_updated_by_idx" ON "courses" USING btree ("updated_by_id");
  CREATE INDEX "_courses_v_version_version_updated_by_idx" ON "_courses_v" USING btree ("version_updated_by_id");
  CREATE INDEX "lessons_updated_by_idx" ON "lessons" USING btree ("updated_by_id");
  CREATE INDEX "_lessons_v_version_version_updated_by_idx" ON "_lessons_v" USING btree ("version_updated_by_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "exemplars" DROP CONSTRAINT "exemplars_updated_by_id_users_id_fk";
  
  ALTER TABLE "_exemplars_v" DROP CONSTRAINT "_exemplars_v_version_updated_by_id_users_id_fk";
  
  ALTER TABLE "movements" DROP CONSTRAINT "movements_updated_by_id_users_id_fk";
  
  ALTER TABLE "_movements_v" DROP CONSTRAINT "_movements_v_version_updated_by_id_users_id_fk";
  
  ALTER TABLE "columns" DROP CONSTRAINT "columns_updated_by_id_users_id_fk";
  
  ALTER TABLE "_columns_v" DROP CONSTRAINT "_columns_v_version_updated_by_id_users_id_fk";
  
  ALTER TABLE "articles" DROP CONSTRAINT "articles_updated_by_id_users_id_fk";
  
  ALTER TABLE "_articles_v" DROP CONSTRAINT "_articles_v_version_updated_by_id_users_id_fk";
  
  ALTER TABLE "documents" DROP CONSTRAINT "documents_updated_by_id_users_id_fk";
  
  ALTER TABLE "_documents_v" DROP CONSTRAINT "_documents_v_version_updated_by_id_users_id_fk";
  
  ALTER TABLE "courses" DROP CONSTRAINT "courses_updated_by_id_users_id_fk";
  
  ALTER TABLE "_courses_v" DROP CONSTRAINT "_courses_v_version_updated_by_id_users_id_fk";
  
  ALTER TABLE "lessons" DROP CONSTRAINT "lessons_updated_by_id_users_id_fk";
  
  ALTER TABLE "_lessons_v" DROP CONSTRAINT "_lessons_v_version_updated_by_id_users_id_fk";
  
  DROP INDEX "exemplars_updated_by_idx";
  DROP INDEX "_exemplars_v_version_version_updated_by_idx";
  DROP INDEX "movements_updated_by_idx";
  DROP INDEX "_movements_v_version_version_updated_by_idx";
  DROP INDEX "columns_updated_by_idx";
  DROP INDEX "_columns_v_version_version_updated_by_idx";
  DROP INDEX "articles_updated_by_idx";
  DROP INDEX "_articles_v_version_version_updated_by_idx";
  DROP INDEX "documents_updated_by_idx";
  DROP INDEX "_documents_v_version_version_updated_by_idx";
  DROP INDEX "courses_updated_by_idx";
  DROP INDEX "_courses_v_version_version_updated_by_idx";
  DROP INDEX "lessons_updated_by_idx";
  DROP INDEX "_lessons_v_version_version_updated_by_idx";
  ALTER TABLE "exemplars" DROP COLUMN "updated_by_id";
  ALTER TABLE "_exemplars_v" DROP COLUMN "version_updated_by_id";
  ALTER TABLE "movements" DROP COLUMN "updated_by_id";
  ALTER TABLE "_movements_v" DROP COLUMN "version_updated_by_id";
  ALTER TABLE "columns" DROP COLUMN "updated_by_id";
  ALTER TABLE "_columns_v" DROP COLUMN "version_updated_by_id";
  ALTER TABLE "articles" DROP COLUMN "updated_by_id";
  ALTER TABLE "_articles_v" DROP COLUMN "version_updated_by_id";
  ALTER TABLE "documents" DROP COLUMN "updated_by_id";
  ALTER TABLE "_documents_v" DROP COLUMN "version_updated_by_id";
  ALTER TABLE "courses" DROP COLUMN "updated_by_id";
  ALTER TABLE "_courses_v" DROP COLUMN "version_updated_by_id";
  ALTER TABLE "lessons" DROP COLUMN "updated_by_id";
  ALTER TABLE "_lessons_v" DROP COLUMN "version_updated_by_id";`)
}
