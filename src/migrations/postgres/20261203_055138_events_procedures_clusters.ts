import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_events_kind" AS ENUM('honouring', 'congress', 'preliminaryReview', 'finalReview', 'movementLaunch', 'awardCeremony', 'training', 'other');
  CREATE TYPE "public"."enum_events_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__events_v_version_kind" AS ENUM('honouring', 'congress', 'preliminaryReview', 'finalReview', 'movementLaunch', 'awardCeremony', 'training', 'other');
  CREATE TYPE "public"."enum__events_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__events_v_published_locale" AS ENUM('vi', 'en');
  CREATE TYPE "public"."enum_emulation_clusters_kind" AS ENUM('cluster', 'block');
  CREATE TYPE "public"."enum_emulation_clusters_grouping_level" AS ENUM('central', 'ministry', 'provincial');
  CREATE TYPE "public"."enum_emulation_clusters_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__emulation_clusters_v_version_kind" AS ENUM('cluster', 'block');
  CREATE TYPE "public"."enum__emulation_clusters_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__emulation_clusters_v_published_locale" AS ENUM('vi', 'en');
  CREATE TYPE "public"."enum_procedures_level" AS ENUM('central', 'provincial', 'commune');
  CREATE TYPE "public"."enum_procedures_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__procedures_v_version_level" AS ENUM('central', 'provincial', 'commune');
  CREATE TYPE "public"."enum__procedures_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__procedures_v_published_locale" AS ENUM('vi', 'en');
  CREATE TABLE "events" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"kind" "enum_events_kind" DEFAULT 'honouring',
  	"all_day" boolean DEFAULT false,
  	"start" timestamp(3) with time zone,
  	"end" timestamp(3) with time zone,
  	"province_id" integer,
  	"livestream_url" varchar,
  	"registration_url" varchar,
  	"cover_id" integer,
  	"slug" varchar,
  	"created_by_id" integer,
  	"updated_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_events_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "events_locales" (
  	"title" varchar,
  	"venue" varchar,
  	"organizer" varchar,
  	"summary" varchar,
  	"programme" jsonb,
  	"meta_title" varchar,
  	"meta_description" varchar,
  	"meta_image_id" integer,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "events_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"movements_id" integer,
  	"exemplars_id" integer,
  	"awards_id" integer,
  	"documents_id" integer
  );
  
  CREATE TABLE "_events_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_kind" "enum__events_v_version_kind" DEFAULT 'honouring',
  	"version_all_day" boolean DEFAULT false,
  	"version_start" timestamp(3) with time zone,
  	"version_end" timestamp(3) with time zone,
  	"version_province_id" integer,
  	"version_livestream_url" varchar,
  	"version_registration_url" varchar,
  	"version_cover_id" integer,
  	"version_slug" varchar,
  	"version_created_by_id" integer,
  	"version_updated_by_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__events_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__events_v_published_locale",
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_events_v_locales" (
  	"version_title" varchar,
  	"version_venue" varchar,
  	"version_organizer" varchar,
  	"version_summary" varchar,
  	"version_programme" jsonb,
  	"version_meta_title" varchar,
  	"version_meta_description" varchar,
  	"version_meta_image_id" integer,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_events_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"movements_id" integer,
  	"exemplars_id" integer,
  	"awards_id" integer,
  	"documents_id" integer
  );
  
  CREATE TABLE "emulation_clusters_members" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"province_id" integer,
  	"sector_id" integer
  );
  
  CREATE TABLE "emulation_clusters_years_criteria" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"code" varchar,
  	"weight" numeric DEFAULT 1,
  	"max_points" numeric
  );
  
  CREATE TABLE "emulation_clusters_years_criteria_locales" (
  	"name" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "emulation_clusters_years_results_scores" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"criterion" varchar,
  	"points" numeric
  );
  
  CREATE TABLE "emulation_clusters_years_results" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"member" varchar,
  	"adjustment" numeric DEFAULT 0
  );
  
  CREATE TABLE "emulation_clusters_years" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"year" numeric,
  	"leading_unit" varchar,
  	"deputy_unit" varchar,
  	"agreement_id" integer,
  	"award_decision_id" integer
  );
  
  CREATE TABLE "emulation_clusters_years_locales" (
  	"award_note" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "emulation_clusters" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"kind" "enum_emulation_clusters_kind" DEFAULT 'cluster',
  	"level" "enum_emulation_clusters_grouping_level" DEFAULT 'central',
  	"slug" varchar,
  	"created_by_id" integer,
  	"updated_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_emulation_clusters_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "emulation_clusters_locales" (
  	"name" varchar,
  	"summary" varchar,
  	"meta_title" varchar,
  	"meta_description" varchar,
  	"meta_image_id" integer,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_emulation_clusters_v_version_members" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"province_id" integer,
  	"sector_id" integer,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_emulation_clusters_v_version_years_criteria" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"code" varchar,
  	"weight" numeric DEFAULT 1,
  	"max_points" numeric,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_emulation_clusters_v_version_years_criteria_locales" (
  	"name" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_emulation_clusters_v_version_years_results_scores" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"criterion" varchar,
  	"points" numeric,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_emulation_clusters_v_version_years_results" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"member" varchar,
  	"adjustment" numeric DEFAULT 0,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_emulation_clusters_v_version_years" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"year" numeric,
  	"leading_unit" varchar,
  	"deputy_unit" varchar,
  	"agreement_id" integer,
  	"award_decision_id" integer,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_emulation_clusters_v_version_years_locales" (
  	"award_note" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_emulation_clusters_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_kind" "enum__emulation_clusters_v_version_kind" DEFAULT 'cluster',
  	"version_level" "enum_emulation_clusters_grouping_level" DEFAULT 'central',
  	"version_slug" varchar,
  	"version_created_by_id" integer,
  	"version_updated_by_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__emulation_clusters_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__emulation_clusters_v_published_locale",
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_emulation_clusters_v_locales" (
  	"version_name" varchar,
  	"version_summary" varchar,
  	"version_meta_title" varchar,
  	"version_meta_description" varchar,
  	"version_meta_image_id" integer,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "procedures_steps" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "procedures_steps_locales" (
  	"title" varchar,
  	"detail" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "procedures_dossier" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"form_id" integer
  );
  
  CREATE TABLE "procedures_dossier_locales" (
  	"name" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "procedures" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"code" varchar,
  	"level" "enum_procedures_level" DEFAULT 'central',
  	"portal_url" varchar,
  	"slug" varchar,
  	"created_by_id" integer,
  	"updated_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_procedures_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "procedures_locales" (
  	"name" varchar,
  	"field" varchar DEFAULT 'Thi đua, khen thưởng',
  	"agency" varchar,
  	"summary" varchar,
  	"applicants" varchar,
  	"copies" varchar,
  	"processing_time" varchar,
  	"fees" varchar,
  	"result" varchar,
  	"meta_title" varchar,
  	"meta_description" varchar,
  	"meta_image_id" integer,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "procedures_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"documents_id" integer
  );
  
  CREATE TABLE "_procedures_v_version_steps" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_procedures_v_version_steps_locales" (
  	"title" varchar,
  	"detail" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_procedures_v_version_dossier" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"form_id" integer,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_procedures_v_version_dossier_locales" (
  	"name" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_procedures_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_code" varchar,
  	"version_level" "enum__procedures_v_version_level" DEFAULT 'central',
  	"version_portal_url" varchar,
  	"version_slug" varchar,
  	"version_created_by_id" integer,
  	"version_updated_by_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__procedures_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__procedures_v_published_locale",
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_procedures_v_locales" (
  	"version_name" varchar,
  	"version_field" varchar DEFAULT 'Thi đua, khen thưởng',
  	"version_agency" varchar,
  	"version_summary" varchar,
  	"version_applicants" varchar,
  	"version_copies" varchar,
  	"version_processing_time" varchar,
  	"version_fees" varchar,
  	"version_result" varchar,
  	"version_meta_title" varchar,
  	"version_meta_description" varchar,
  	"version_meta_image_id" integer,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_procedures_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"documents_id" integer
  );
  
  ALTER TABLE "search_rels" ADD COLUMN "events_id" integer;
  ALTER TABLE "search_rels" ADD COLUMN "procedures_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "events_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "emulation_clusters_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "procedures_id" integer;
  ALTER TABLE "events" ADD CONSTRAINT "events_province_id_provinces_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."provinces"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "events" ADD CONSTRAINT "events_cover_id_media_id_fk" FOREIGN KEY ("cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "events" ADD CONSTRAINT "events_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "events" ADD CONSTRAINT "events_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "events_locales" ADD CONSTRAINT "events_locales_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "events_locales" ADD CONSTRAINT "events_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_rels" ADD CONSTRAINT "events_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_rels" ADD CONSTRAINT "events_rels_movements_fk" FOREIGN KEY ("movements_id") REFERENCES "public"."movements"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_rels" ADD CONSTRAINT "events_rels_exemplars_fk" FOREIGN KEY ("exemplars_id") REFERENCES "public"."exemplars"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_rels" ADD CONSTRAINT "events_rels_awards_fk" FOREIGN KEY ("awards_id") REFERENCES "public"."awards"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_rels" ADD CONSTRAINT "events_rels_documents_fk" FOREIGN KEY ("documents_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v" ADD CONSTRAINT "_events_v_parent_id_events_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."events"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_events_v" ADD CONSTRAINT "_events_v_version_province_id_provinces_id_fk" FOREIGN KEY ("version_province_id") REFERENCES "public"."provinces"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_events_v" ADD CONSTRAINT "_events_v_version_cover_id_media_id_fk" FOREIGN KEY ("version_cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_events_v" ADD CONSTRAINT "_events_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_events_v" ADD CONSTRAINT "_events_v_version_updated_by_id_users_id_fk" FOREIGN KEY ("version_updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_events_v_locales" ADD CONSTRAINT "_events_v_locales_version_meta_image_id_media_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_events_v_locales" ADD CONSTRAINT "_events_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_events_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_rels" ADD CONSTRAINT "_events_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_events_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_rels" ADD CONSTRAINT "_events_v_rels_movements_fk" FOREIGN KEY ("movements_id") REFERENCES "public"."movements"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_rels" ADD CONSTRAINT "_events_v_rels_exemplars_fk" FOREIGN KEY ("exemplars_id") REFERENCES "public"."exemplars"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_rels" ADD CONSTRAINT "_events_v_rels_awards_fk" FOREIGN KEY ("awards_id") REFERENCES "public"."awards"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_rels" ADD CONSTRAINT "_events_v_rels_documents_fk" FOREIGN KEY ("documents_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "emulation_clusters_members" ADD CONSTRAINT "emulation_clusters_members_province_id_provinces_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."provinces"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "emulation_clusters_members" ADD CONSTRAINT "emulation_clusters_members_sector_id_sectors_id_fk" FOREIGN KEY ("sector_id") REFERENCES "public"."sectors"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "emulation_clusters_members" ADD CONSTRAINT "emulation_clusters_members_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."emulation_clusters"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "emulation_clusters_years_criteria" ADD CONSTRAINT "emulation_clusters_years_criteria_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."emulation_clusters_years"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "emulation_clusters_years_criteria_locales" ADD CONSTRAINT "emulation_clusters_years_criteria_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."emulation_clusters_years_criteria"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "emulation_clusters_years_results_scores" ADD CONSTRAINT "emulation_clusters_years_results_scores_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."emulation_clusters_years_results"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "emulation_clusters_years_results" ADD CONSTRAINT "emulation_clusters_years_results_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."emulation_clusters_years"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "emulation_clusters_years" ADD CONSTRAINT "emulation_clusters_years_agreement_id_documents_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "emulation_clusters_years" ADD CONSTRAINT "emulation_clusters_years_award_decision_id_awards_id_fk" FOREIGN KEY ("award_decision_id") REFERENCES "public"."awards"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "emulation_clusters_years" ADD CONSTRAINT "emulation_clusters_years_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."emulation_clusters"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "emulation_clusters_years_locales" ADD CONSTRAINT "emulation_clusters_years_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."emulation_clusters_years"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "emulation_clusters" ADD CONSTRAINT "emulation_clusters_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "emulation_clusters" ADD CONSTRAINT "emulation_clusters_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "emulation_clusters_locales" ADD CONSTRAINT "emulation_clusters_locales_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "emulation_clusters_locales" ADD CONSTRAINT "emulation_clusters_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."emulation_clusters"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_emulation_clusters_v_version_members" ADD CONSTRAINT "_emulation_clusters_v_version_members_province_id_provinces_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."provinces"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_emulation_clusters_v_version_members" ADD CONSTRAINT "_emulation_clusters_v_version_members_sector_id_sectors_id_fk" FOREIGN KEY ("sector_id") REFERENCES "public"."sectors"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_emulation_clusters_v_version_members" ADD CONSTRAINT "_emulation_clusters_v_version_members_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_emulation_clusters_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_emulation_clusters_v_version_years_criteria" ADD CONSTRAINT "_emulation_clusters_v_version_years_criteria_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_emulation_clusters_v_version_years"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_emulation_clusters_v_version_years_criteria_locales" ADD CONSTRAINT "_emulation_clusters_v_version_years_criteria_locales_pare_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_emulation_clusters_v_version_years_criteria"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_emulation_clusters_v_version_years_results_scores" ADD CONSTRAINT "_emulation_clusters_v_version_years_results_scores_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_emulation_clusters_v_version_years_results"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_emulation_clusters_v_version_years_results" ADD CONSTRAINT "_emulation_clusters_v_version_years_results_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_emulation_clusters_v_version_years"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_emulation_clusters_v_version_years" ADD CONSTRAINT "_emulation_clusters_v_version_years_agreement_id_documents_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_emulation_clusters_v_version_years" ADD CONSTRAINT "_emulation_clusters_v_version_years_award_decision_id_awards_id_fk" FOREIGN KEY ("award_decision_id") REFERENCES "public"."awards"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_emulation_clusters_v_version_years" ADD CONSTRAINT "_emulation_clusters_v_version_years_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_emulation_clusters_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_emulation_clusters_v_version_years_locales" ADD CONSTRAINT "_emulation_clusters_v_version_years_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_emulation_clusters_v_version_years"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_emulation_clusters_v" ADD CONSTRAINT "_emulation_clusters_v_parent_id_emulation_clusters_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."emulation_clusters"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_emulation_clusters_v" ADD CONSTRAINT "_emulation_clusters_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_emulation_clusters_v" ADD CONSTRAINT "_emulation_clusters_v_version_updated_by_id_users_id_fk" FOREIGN KEY ("version_updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_emulation_clusters_v_locales" ADD CONSTRAINT "_emulation_clusters_v_locales_version_meta_image_id_media_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_emulation_clusters_v_locales" ADD CONSTRAINT "_emulation_clusters_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_emulation_clusters_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "procedures_steps" ADD CONSTRAINT "procedures_steps_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."procedures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "procedures_steps_locales" ADD CONSTRAINT "procedures_steps_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."procedures_steps"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "procedures_dossier" ADD CONSTRAINT "procedures_dossier_form_id_files_id_fk" FOREIGN KEY ("form_id") REFERENCES "public"."files"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "procedures_dossier" ADD CONSTRAINT "procedures_dossier_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."procedures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "procedures_dossier_locales" ADD CONSTRAINT "procedures_dossier_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."procedures_dossier"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "procedures" ADD CONSTRAINT "procedures_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "procedures" ADD CONSTRAINT "procedures_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "procedures_locales" ADD CONSTRAINT "procedures_locales_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "procedures_locales" ADD CONSTRAINT "procedures_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."procedures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "procedures_rels" ADD CONSTRAINT "procedures_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."procedures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "procedures_rels" ADD CONSTRAINT "procedures_rels_documents_fk" FOREIGN KEY ("documents_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_procedures_v_version_steps" ADD CONSTRAINT "_procedures_v_version_steps_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_procedures_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_procedures_v_version_steps_locales" ADD CONSTRAINT "_procedures_v_version_steps_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_procedures_v_version_steps"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_procedures_v_version_dossier" ADD CONSTRAINT "_procedures_v_version_dossier_form_id_files_id_fk" FOREIGN KEY ("form_id") REFERENCES "public"."files"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_procedures_v_version_dossier" ADD CONSTRAINT "_procedures_v_version_dossier_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_procedures_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_procedures_v_version_dossier_locales" ADD CONSTRAINT "_procedures_v_version_dossier_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_procedures_v_version_dossier"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_procedures_v" ADD CONSTRAINT "_procedures_v_parent_id_procedures_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."procedures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_procedures_v" ADD CONSTRAINT "_procedures_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_procedures_v" ADD CONSTRAINT "_procedures_v_version_updated_by_id_users_id_fk" FOREIGN KEY ("version_updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_procedures_v_locales" ADD CONSTRAINT "_procedures_v_locales_version_meta_image_id_media_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_procedures_v_locales" ADD CONSTRAINT "_procedures_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_procedures_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_procedures_v_rels" ADD CONSTRAINT "_procedures_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_procedures_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_procedures_v_rels" ADD CONSTRAINT "_procedures_v_rels_documents_fk" FOREIGN KEY ("documents_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "events_kind_idx" ON "events" USING btree ("kind");
  CREATE INDEX "events_start_idx" ON "events" USING btree ("start");
  CREATE INDEX "events_end_idx" ON "events" USING btree ("end");
  CREATE INDEX "events_province_idx" ON "events" USING btree ("province_id");
  CREATE INDEX "events_cover_idx" ON "events" USING btree ("cover_id");
  CREATE UNIQUE INDEX "events_slug_idx" ON "events" USING btree ("slug");
  CREATE INDEX "events_created_by_idx" ON "events" USING btree ("created_by_id");
  CREATE INDEX "events_updated_by_idx" ON "events" USING btree ("updated_by_id");
  CREATE INDEX "events_updated_at_idx" ON "events" USING btree ("updated_at");
  CREATE INDEX "events_created_at_idx" ON "events" USING btree ("created_at");
  CREATE INDEX "events__status_idx" ON "events" USING btree ("_status");
  CREATE INDEX "events_meta_meta_image_idx" ON "events_locales" USING btree ("meta_image_id","_locale");
  CREATE UNIQUE INDEX "events_locales_locale_parent_id_unique" ON "events_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "events_rels_order_idx" ON "events_rels" USING btree ("order");
  CREATE INDEX "events_rels_parent_idx" ON "events_rels" USING btree ("parent_id");
  CREATE INDEX "events_rels_path_idx" ON "events_rels" USING btree ("path");
  CREATE INDEX "events_rels_movements_id_idx" ON "events_rels" USING btree ("movements_id");
  CREATE INDEX "events_rels_exemplars_id_idx" ON "events_rels" USING btree ("exemplars_id");
  CREATE INDEX "events_rels_awards_id_idx" ON "events_rels" USING btree ("awards_id");
  CREATE INDEX "events_rels_documents_id_idx" ON "events_rels" USING btree ("documents_id");
  CREATE INDEX "_events_v_parent_idx" ON "_events_v" USING btree ("parent_id");
  CREATE INDEX "_events_v_version_version_kind_idx" ON "_events_v" USING btree ("version_kind");
  CREATE INDEX "_events_v_version_version_start_idx" ON "_events_v" USING btree ("version_start");
  CREATE INDEX "_events_v_version_version_end_idx" ON "_events_v" USING btree ("version_end");
  CREATE INDEX "_events_v_version_version_province_idx" ON "_events_v" USING btree ("version_province_id");
  CREATE INDEX "_events_v_version_version_cover_idx" ON "_events_v" USING btree ("version_cover_id");
  CREATE INDEX "_events_v_version_version_slug_idx" ON "_events_v" USING btree ("version_slug");
  CREATE INDEX "_events_v_version_version_created_by_idx" ON "_events_v" USING btree ("version_created_by_id");
  CREATE INDEX "_events_v_version_version_updated_by_idx" ON "_events_v" USING btree ("version_updated_by_id");
  CREATE INDEX "_events_v_version_version_updated_at_idx" ON "_events_v" USING btree ("version_updated_at");
  CREATE INDEX "_events_v_version_version_created_at_idx" ON "_events_v" USING btree ("version_created_at");
  CREATE INDEX "_events_v_version_version__status_idx" ON "_events_v" USING btree ("version__status");
  CREATE INDEX "_events_v_created_at_idx" ON "_events_v" USING btree ("created_at");
  CREATE INDEX "_events_v_updated_at_idx" ON "_events_v" USING btree ("updated_at");
  CREATE INDEX "_events_v_snapshot_idx" ON "_events_v" USING btree ("snapshot");
  CREATE INDEX "_events_v_published_locale_idx" ON "_events_v" USING btree ("published_locale");
  CREATE INDEX "_events_v_latest_idx" ON "_events_v" USING btree ("latest");
  CREATE INDEX "_events_v_autosave_idx" ON "_events_v" USING btree ("autosave");
  CREATE INDEX "_events_v_version_meta_version_meta_image_idx" ON "_events_v_locales" USING btree ("version_meta_image_id","_locale");
  CREATE UNIQUE INDEX "_events_v_locales_locale_parent_id_unique" ON "_events_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_events_v_rels_order_idx" ON "_events_v_rels" USING btree ("order");
  CREATE INDEX "_events_v_rels_parent_idx" ON "_events_v_rels" USING btree ("parent_id");
  CREATE INDEX "_events_v_rels_path_idx" ON "_events_v_rels" USING btree ("path");
  CREATE INDEX "_events_v_rels_movements_id_idx" ON "_events_v_rels" USING btree ("movements_id");
  CREATE INDEX "_events_v_rels_exemplars_id_idx" ON "_events_v_rels" USING btree ("exemplars_id");
  CREATE INDEX "_events_v_rels_awards_id_idx" ON "_events_v_rels" USING btree ("awards_id");
  CREATE INDEX "_events_v_rels_documents_id_idx" ON "_events_v_rels" USING btree ("documents_id");
  CREATE INDEX "emulation_clusters_members_order_idx" ON "emulation_clusters_members" USING btree ("_order");
  CREATE INDEX "emulation_clusters_members_parent_id_idx" ON "emulation_clusters_members" USING btree ("_parent_id");
  CREATE INDEX "emulation_clusters_members_province_idx" ON "emulation_clusters_members" USING btree ("province_id");
  CREATE INDEX "emulation_clusters_members_sector_idx" ON "emulation_clusters_members" USING btree ("sector_id");
  CREATE INDEX "emulation_clusters_years_criteria_order_idx" ON "emulation_clusters_years_criteria" USING btree ("_order");
  CREATE INDEX "emulation_clusters_years_criteria_parent_id_idx" ON "emulation_clusters_years_criteria" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "emulation_clusters_years_criteria_locales_locale_parent_id_u" ON "emulation_clusters_years_criteria_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "emulation_clusters_years_results_scores_order_idx" ON "emulation_clusters_years_results_scores" USING btree ("_order");
  CREATE INDEX "emulation_clusters_years_results_scores_parent_id_idx" ON "emulation_clusters_years_results_scores" USING btree ("_parent_id");
  CREATE INDEX "emulation_clusters_years_results_order_idx" ON "emulation_clusters_years_results" USING btree ("_order");
  CREATE INDEX "emulation_clusters_years_results_parent_id_idx" ON "emulation_clusters_years_results" USING btree ("_parent_id");
  CREATE INDEX "emulation_clusters_years_order_idx" ON "emulation_clusters_years" USING btree ("_order");
  CREATE INDEX "emulation_clusters_years_parent_id_idx" ON "emulation_clusters_years" USING btree ("_parent_id");
  CREATE INDEX "emulation_clusters_years_agreement_idx" ON "emulation_clusters_years" USING btree ("agreement_id");
  CREATE INDEX "emulation_clusters_years_award_decision_idx" ON "emulation_clusters_years" USING btree ("award_decision_id");
  CREATE UNIQUE INDEX "emulation_clusters_years_locales_locale_parent_id_unique" ON "emulation_clusters_years_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "emulation_clusters_kind_idx" ON "emulation_clusters" USING btree ("kind");
  CREATE UNIQUE INDEX "emulation_clusters_slug_idx" ON "emulation_clusters" USING btree ("slug");
  CREATE INDEX "emulation_clusters_created_by_idx" ON "emulation_clusters" USING btree ("created_by_id");
  CREATE INDEX "emulation_clusters_updated_by_idx" ON "emulation_clusters" USING btree ("updated_by_id");
  CREATE INDEX "emulation_clusters_updated_at_idx" ON "emulation_clusters" USING btree ("updated_at");
  CREATE INDEX "emulation_clusters_created_at_idx" ON "emulation_clusters" USING btree ("created_at");
  CREATE INDEX "emulation_clusters__status_idx" ON "emulation_clusters" USING btree ("_status");
  CREATE INDEX "emulation_clusters_meta_meta_image_idx" ON "emulation_clusters_locales" USING btree ("meta_image_id","_locale");
  CREATE UNIQUE INDEX "emulation_clusters_locales_locale_parent_id_unique" ON "emulation_clusters_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_emulation_clusters_v_version_members_order_idx" ON "_emulation_clusters_v_version_members" USING btree ("_order");
  CREATE INDEX "_emulation_clusters_v_version_members_parent_id_idx" ON "_emulation_clusters_v_version_members" USING btree ("_parent_id");
  CREATE INDEX "_emulation_clusters_v_version_members_province_idx" ON "_emulation_clusters_v_version_members" USING btree ("province_id");
  CREATE INDEX "_emulation_clusters_v_version_members_sector_idx" ON "_emulation_clusters_v_version_members" USING btree ("sector_id");
  CREATE INDEX "_emulation_clusters_v_version_years_criteria_order_idx" ON "_emulation_clusters_v_version_years_criteria" USING btree ("_order");
  CREATE INDEX "_emulation_clusters_v_version_years_criteria_parent_id_idx" ON "_emulation_clusters_v_version_years_criteria" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_emulation_clusters_v_version_years_criteria_locales_locale_" ON "_emulation_clusters_v_version_years_criteria_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_emulation_clusters_v_version_years_results_scores_order_idx" ON "_emulation_clusters_v_version_years_results_scores" USING btree ("_order");
  CREATE INDEX "_emulation_clusters_v_version_years_results_scores_parent_id_idx" ON "_emulation_clusters_v_version_years_results_scores" USING btree ("_parent_id");
  CREATE INDEX "_emulation_clusters_v_version_years_results_order_idx" ON "_emulation_clusters_v_version_years_results" USING btree ("_order");
  CREATE INDEX "_emulation_clusters_v_version_years_results_parent_id_idx" ON "_emulation_clusters_v_version_years_results" USING btree ("_parent_id");
  CREATE INDEX "_emulation_clusters_v_version_years_order_idx" ON "_emulation_clusters_v_version_years" USING btree ("_order");
  CREATE INDEX "_emulation_clusters_v_version_years_parent_id_idx" ON "_emulation_clusters_v_version_years" USING btree ("_parent_id");
  CREATE INDEX "_emulation_clusters_v_version_years_agreement_idx" ON "_emulation_clusters_v_version_years" USING btree ("agreement_id");
  CREATE INDEX "_emulation_clusters_v_version_years_award_decision_idx" ON "_emulation_clusters_v_version_years" USING btree ("award_decision_id");
  CREATE UNIQUE INDEX "_emulation_clusters_v_version_years_locales_locale_parent_id" ON "_emulation_clusters_v_version_years_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_emulation_clusters_v_parent_idx" ON "_emulation_clusters_v" USING btree ("parent_id");
  CREATE INDEX "_emulation_clusters_v_version_version_kind_idx" ON "_emulation_clusters_v" USING btree ("version_kind");
  CREATE INDEX "_emulation_clusters_v_version_version_slug_idx" ON "_emulation_clusters_v" USING btree ("version_slug");
  CREATE INDEX "_emulation_clusters_v_version_version_created_by_idx" ON "_emulation_clusters_v" USING btree ("version_created_by_id");
  CREATE INDEX "_emulation_clusters_v_version_version_updated_by_idx" ON "_emulation_clusters_v" USING btree ("version_updated_by_id");
  CREATE INDEX "_emulation_clusters_v_version_version_updated_at_idx" ON "_emulation_clusters_v" USING btree ("version_updated_at");
  CREATE INDEX "_emulation_clusters_v_version_version_created_at_idx" ON "_emulation_clusters_v" USING btree ("version_created_at");
  CREATE INDEX "_emulation_clusters_v_version_version__status_idx" ON "_emulation_clusters_v" USING btree ("version__status");
  CREATE INDEX "_emulation_clusters_v_created_at_idx" ON "_emulation_clusters_v" USING btree ("created_at");
  CREATE INDEX "_emulation_clusters_v_updated_at_idx" ON "_emulation_clusters_v" USING btree ("updated_at");
  CREATE INDEX "_emulation_clusters_v_snapshot_idx" ON "_emulation_clusters_v" USING btree ("snapshot");
  CREATE INDEX "_emulation_clusters_v_published_locale_idx" ON "_emulation_clusters_v" USING btree ("published_locale");
  CREATE INDEX "_emulation_clusters_v_latest_idx" ON "_emulation_clusters_v" USING btree ("latest");
  CREATE INDEX "_emulation_clusters_v_autosave_idx" ON "_emulation_clusters_v" USING btree ("autosave");
  CREATE INDEX "_emulation_clusters_v_version_meta_version_meta_image_idx" ON "_emulation_clusters_v_locales" USING btree ("version_meta_image_id","_locale");
  CREATE UNIQUE INDEX "_emulation_clusters_v_locales_locale_parent_id_unique" ON "_emulation_clusters_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "procedures_steps_order_idx" ON "procedures_steps" USING btree ("_order");
  CREATE INDEX "procedures_steps_parent_id_idx" ON "procedures_steps" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "procedures_steps_locales_locale_parent_id_unique" ON "procedures_steps_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "procedures_dossier_order_idx" ON "procedures_dossier" USING btree ("_order");
  CREATE INDEX "procedures_dossier_parent_id_idx" ON "procedures_dossier" USING btree ("_parent_id");
  CREATE INDEX "procedures_dossier_form_idx" ON "procedures_dossier" USING btree ("form_id");
  CREATE UNIQUE INDEX "procedures_dossier_locales_locale_parent_id_unique" ON "procedures_dossier_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "procedures_code_idx" ON "procedures" USING btree ("code");
  CREATE INDEX "procedures_level_idx" ON "procedures" USING btree ("level");
  CREATE UNIQUE INDEX "procedures_slug_idx" ON "procedures" USING btree ("slug");
  CREATE INDEX "procedures_created_by_idx" ON "procedures" USING btree ("created_by_id");
  CREATE INDEX "procedures_updated_by_idx" ON "procedures" USING btree ("updated_by_id");
  CREATE INDEX "procedures_updated_at_idx" ON "procedures" USING btree ("updated_at");
  CREATE INDEX "procedures_created_at_idx" ON "procedures" USING btree ("created_at");
  CREATE INDEX "procedures__status_idx" ON "procedures" USING btree ("_status");
  CREATE INDEX "procedures_meta_meta_image_idx" ON "procedures_locales" USING btree ("meta_image_id","_locale");
  CREATE UNIQUE INDEX "procedures_locales_locale_parent_id_unique" ON "procedures_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "procedures_rels_order_idx" ON "procedures_rels" USING btree ("order");
  CREATE INDEX "procedures_rels_parent_idx" ON "procedures_rels" USING btree ("parent_id");
  CREATE INDEX "procedures_rels_path_idx" ON "procedures_rels" USING btree ("path");
  CREATE INDEX "procedures_rels_documents_id_idx" ON "procedures_rels" USING btree ("documents_id");
  CREATE INDEX "_procedures_v_version_steps_order_idx" ON "_procedures_v_version_steps" USING btree ("_order");
  CREATE INDEX "_procedures_v_version_steps_parent_id_idx" ON "_procedures_v_version_steps" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_procedures_v_version_steps_locales_locale_parent_id_unique" ON "_procedures_v_version_steps_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_procedures_v_version_dossier_order_idx" ON "_procedures_v_version_dossier" USING btree ("_order");
  CREATE INDEX "_procedures_v_version_dossier_parent_id_idx" ON "_procedures_v_version_dossier" USING btree ("_parent_id");
  CREATE INDEX "_procedures_v_version_dossier_form_idx" ON "_procedures_v_version_dossier" USING btree ("form_id");
  CREATE UNIQUE INDEX "_procedures_v_version_dossier_locales_locale_parent_id_uniqu" ON "_procedures_v_version_dossier_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_procedures_v_parent_idx" ON "_procedures_v" USING btree ("parent_id");
  CREATE INDEX "_procedures_v_version_version_code_idx" ON "_procedures_v" USING btree ("version_code");
  CREATE INDEX "_procedures_v_version_version_level_idx" ON "_procedures_v" USING btree ("version_level");
  CREATE INDEX "_procedures_v_version_version_slug_idx" ON "_procedures_v" USING btree ("version_slug");
  CREATE INDEX "_procedures_v_version_version_created_by_idx" ON "_procedures_v" USING btree ("version_created_by_id");
  CREATE INDEX "_procedures_v_version_version_updated_by_idx" ON "_procedures_v" USING btree ("version_updated_by_id");
  CREATE INDEX "_procedures_v_version_version_updated_at_idx" ON "_procedures_v" USING btree ("version_updated_at");
  CREATE INDEX "_procedures_v_version_version_created_at_idx" ON "_procedures_v" USING btree ("version_created_at");
  CREATE INDEX "_procedures_v_version_version__status_idx" ON "_procedures_v" USING btree ("version__status");
  CREATE INDEX "_procedures_v_created_at_idx" ON "_procedures_v" USING btree ("created_at");
  CREATE INDEX "_procedures_v_updated_at_idx" ON "_procedures_v" USING btree ("updated_at");
  CREATE INDEX "_procedures_v_snapshot_idx" ON "_procedures_v" USING btree ("snapshot");
  CREATE INDEX "_procedures_v_published_locale_idx" ON "_procedures_v" USING btree ("published_locale");
  CREATE INDEX "_procedures_v_latest_idx" ON "_procedures_v" USING btree ("latest");
  CREATE INDEX "_procedures_v_autosave_idx" ON "_procedures_v" USING btree ("autosave");
  CREATE INDEX "_procedures_v_version_meta_version_meta_image_idx" ON "_procedures_v_locales" USING btree ("version_meta_image_id","_locale");
  CREATE UNIQUE INDEX "_procedures_v_locales_locale_parent_id_unique" ON "_procedures_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_procedures_v_rels_order_idx" ON "_procedures_v_rels" USING btree ("order");
  CREATE INDEX "_procedures_v_rels_parent_idx" ON "_procedures_v_rels" USING btree ("parent_id");
  CREATE INDEX "_procedures_v_rels_path_idx" ON "_procedures_v_rels" USING btree ("path");
  CREATE INDEX "_procedures_v_rels_documents_id_idx" ON "_procedures_v_rels" USING btree ("documents_id");
  ALTER TABLE "search_rels" ADD CONSTRAINT "search_rels_events_fk" FOREIGN KEY ("events_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "search_rels" ADD CONSTRAINT "search_rels_procedures_fk" FOREIGN KEY ("procedures_id") REFERENCES "public"."procedures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_events_fk" FOREIGN KEY ("events_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_emulation_clusters_fk" FOREIGN KEY ("emulation_clusters_id") REFERENCES "public"."emulation_clusters"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_procedures_fk" FOREIGN KEY ("procedures_id") REFERENCES "public"."procedures"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "search_rels_events_id_idx" ON "search_rels" USING btree ("events_id");
  CREATE INDEX "search_rels_procedures_id_idx" ON "search_rels" USING btree ("procedures_id");
  CREATE INDEX "payload_locked_documents_rels_events_id_idx" ON "payload_locked_documents_rels" USING btree ("events_id");
  CREATE INDEX "payload_locked_documents_rels_emulation_clusters_id_idx" ON "payload_locked_documents_rels" USING btree ("emulation_clusters_id");
  CREATE INDEX "payload_locked_documents_rels_procedures_id_idx" ON "payload_locked_documents_rels" USING btree ("procedures_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "events" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "events_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "events_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_events_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_events_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_events_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "emulation_clusters_members" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "emulation_clusters_years_criteria" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "emulation_clusters_years_criteria_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "emulation_clusters_years_results_scores" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "emulation_clusters_years_results" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "emulation_clusters_years" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "emulation_clusters_years_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "emulation_clusters" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "emulation_clusters_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_emulation_clusters_v_version_members" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_emulation_clusters_v_version_years_criteria" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_emulation_clusters_v_version_years_criteria_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_emulation_clusters_v_version_years_results_scores" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_emulation_clusters_v_version_years_results" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_emulation_clusters_v_version_years" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_emulation_clusters_v_version_years_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_emulation_clusters_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_emulation_clusters_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "procedures_steps" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "procedures_steps_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "procedures_dossier" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "procedures_dossier_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "procedures" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "procedures_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "procedures_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_procedures_v_version_steps" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_procedures_v_version_steps_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_procedures_v_version_dossier" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_procedures_v_version_dossier_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_procedures_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_procedures_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_procedures_v_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "events" CASCADE;
  DROP TABLE "events_locales" CASCADE;
  DROP TABLE "events_rels" CASCADE;
  DROP TABLE "_events_v" CASCADE;
  DROP TABLE "_events_v_locales" CASCADE;
  DROP TABLE "_events_v_rels" CASCADE;
  DROP TABLE "emulation_clusters_members" CASCADE;
  DROP TABLE "emulation_clusters_years_criteria" CASCADE;
  DROP TABLE "emulation_clusters_years_criteria_locales" CASCADE;
  DROP TABLE "emulation_clusters_years_results_scores" CASCADE;
  DROP TABLE "emulation_clusters_years_results" CASCADE;
  DROP TABLE "emulation_clusters_years" CASCADE;
  DROP TABLE "emulation_clusters_years_locales" CASCADE;
  DROP TABLE "emulation_clusters" CASCADE;
  DROP TABLE "emulation_clusters_locales" CASCADE;
  DROP TABLE "_emulation_clusters_v_version_members" CASCADE;
  DROP TABLE "_emulation_clusters_v_version_years_criteria" CASCADE;
  DROP TABLE "_emulation_clusters_v_version_years_criteria_locales" CASCADE;
  DROP TABLE "_emulation_clusters_v_version_years_results_scores" CASCADE;
  DROP TABLE "_emulation_clusters_v_version_years_results" CASCADE;
  DROP TABLE "_emulation_clusters_v_version_years" CASCADE;
  DROP TABLE "_emulation_clusters_v_version_years_locales" CASCADE;
  DROP TABLE "_emulation_clusters_v" CASCADE;
  DROP TABLE "_emulation_clusters_v_locales" CASCADE;
  DROP TABLE "procedures_steps" CASCADE;
  DROP TABLE "procedures_steps_locales" CASCADE;
  DROP TABLE "procedures_dossier" CASCADE;
  DROP TABLE "procedures_dossier_locales" CASCADE;
  DROP TABLE "procedures" CASCADE;
  DROP TABLE "procedures_locales" CASCADE;
  DROP TABLE "procedures_rels" CASCADE;
  DROP TABLE "_procedures_v_version_steps" CASCADE;
  DROP TABLE "_procedures_v_version_steps_locales" CASCADE;
  DROP TABLE "_procedures_v_version_dossier" CASCADE;
  DROP TABLE "_procedures_v_version_dossier_locales" CASCADE;
  DROP TABLE "_procedures_v" CASCADE;
  DROP TABLE "_procedures_v_locales" CASCADE;
  DROP TABLE "_procedures_v_rels" CASCADE;
  ALTER TABLE "search_rels" DROP CONSTRAINT "search_rels_events_fk";
  
  ALTER TABLE "search_rels" DROP CONSTRAINT "search_rels_procedures_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_events_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_emulation_clusters_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_procedures_fk";
  
  DROP INDEX "search_rels_events_id_idx";
  DROP INDEX "search_rels_procedures_id_idx";
  DROP INDEX "payload_locked_documents_rels_events_id_idx";
  DROP INDEX "payload_locked_documents_rels_emulation_clusters_id_idx";
  DROP INDEX "payload_locked_documents_rels_procedures_id_idx";
  ALTER TABLE "search_rels" DROP COLUMN "events_id";
  ALTER TABLE "search_rels" DROP COLUMN "procedures_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "events_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "emulation_clusters_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "procedures_id";
  DROP TYPE "public"."enum_events_kind";
  DROP TYPE "public"."enum_events_status";
  DROP TYPE "public"."enum__events_v_version_kind";
  DROP TYPE "public"."enum__events_v_version_status";
  DROP TYPE "public"."enum__events_v_published_locale";
  DROP TYPE "public"."enum_emulation_clusters_kind";
  DROP TYPE "public"."enum_emulation_clusters_grouping_level";
  DROP TYPE "public"."enum_emulation_clusters_status";
  DROP TYPE "public"."enum__emulation_clusters_v_version_kind";
  DROP TYPE "public"."enum__emulation_clusters_v_version_status";
  DROP TYPE "public"."enum__emulation_clusters_v_published_locale";
  DROP TYPE "public"."enum_procedures_level";
  DROP TYPE "public"."enum_procedures_status";
  DROP TYPE "public"."enum__procedures_v_version_level";
  DROP TYPE "public"."enum__procedures_v_version_status";
  DROP TYPE "public"."enum__procedures_v_published_locale";`)
}
