import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."_locales" AS ENUM('vi', 'en');
  CREATE TYPE "public"."enum_exemplars_stage_history_stage" AS ENUM('discovered', 'nurtured', 'summarized', 'replicated');
  CREATE TYPE "public"."enum_exemplars_kind" AS ENUM('individual', 'collective');
  CREATE TYPE "public"."enum_exemplars_stage" AS ENUM('discovered', 'nurtured', 'summarized', 'replicated');
  CREATE TYPE "public"."enum_exemplars_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__exemplars_v_version_stage_history_stage" AS ENUM('discovered', 'nurtured', 'summarized', 'replicated');
  CREATE TYPE "public"."enum__exemplars_v_version_kind" AS ENUM('individual', 'collective');
  CREATE TYPE "public"."enum__exemplars_v_version_stage" AS ENUM('discovered', 'nurtured', 'summarized', 'replicated');
  CREATE TYPE "public"."enum__exemplars_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__exemplars_v_published_locale" AS ENUM('vi', 'en');
  CREATE TYPE "public"."enum_movements_milestones_kind" AS ENUM('launch', 'preliminaryReview', 'finalReview', 'other');
  CREATE TYPE "public"."enum_movements_type" AS ENUM('annual', 'periodic', 'thematic');
  CREATE TYPE "public"."enum_movements_level" AS ENUM('national', 'ministry', 'provincial', 'grassroots');
  CREATE TYPE "public"."enum_movements_progress" AS ENUM('upcoming', 'active', 'reviewed', 'concluded');
  CREATE TYPE "public"."enum_movements_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__movements_v_version_milestones_kind" AS ENUM('launch', 'preliminaryReview', 'finalReview', 'other');
  CREATE TYPE "public"."enum__movements_v_version_type" AS ENUM('annual', 'periodic', 'thematic');
  CREATE TYPE "public"."enum__movements_v_version_level" AS ENUM('national', 'ministry', 'provincial', 'grassroots');
  CREATE TYPE "public"."enum__movements_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__movements_v_published_locale" AS ENUM('vi', 'en');
  CREATE TYPE "public"."enum_awards_other_recipients_kind" AS ENUM('individual', 'collective');
  CREATE TYPE "public"."enum_awards_form" AS ENUM('order', 'medal', 'stateHonoraryTitle', 'prize', 'commemorativeMedal', 'certificateOfMerit', 'certificateOfCommendation', 'emulationTitle');
  CREATE TYPE "public"."enum_awards_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__awards_v_version_other_recipients_kind" AS ENUM('individual', 'collective');
  CREATE TYPE "public"."enum__awards_v_version_form" AS ENUM('order', 'medal', 'stateHonoraryTitle', 'prize', 'commemorativeMedal', 'certificateOfMerit', 'certificateOfCommendation', 'emulationTitle');
  CREATE TYPE "public"."enum__awards_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__awards_v_published_locale" AS ENUM('vi', 'en');
  CREATE TYPE "public"."enum_nominations_form" AS ENUM('order', 'medal', 'stateHonoraryTitle', 'prize', 'commemorativeMedal', 'certificateOfMerit', 'certificateOfCommendation', 'emulationTitle');
  CREATE TYPE "public"."enum_nominations_nominee_kind" AS ENUM('individual', 'collective');
  CREATE TYPE "public"."enum_nominations_opensat_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum_nominations_closesat_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum_nominations_status" AS ENUM('draft', 'open', 'closed', 'decided', 'withdrawn');
  CREATE TYPE "public"."enum__nominations_v_version_form" AS ENUM('order', 'medal', 'stateHonoraryTitle', 'prize', 'commemorativeMedal', 'certificateOfMerit', 'certificateOfCommendation', 'emulationTitle');
  CREATE TYPE "public"."enum__nominations_v_version_nominee_kind" AS ENUM('individual', 'collective');
  CREATE TYPE "public"."enum__nominations_v_version_opensat_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum__nominations_v_version_closesat_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum__nominations_v_version_status" AS ENUM('draft', 'open', 'closed', 'decided', 'withdrawn');
  CREATE TYPE "public"."enum_opinions_stance" AS ENUM('agree', 'disagree', 'other');
  CREATE TYPE "public"."enum_columns_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__columns_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__columns_v_published_locale" AS ENUM('vi', 'en');
  CREATE TYPE "public"."enum_articles_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__articles_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__articles_v_published_locale" AS ENUM('vi', 'en');
  CREATE TYPE "public"."enum_documents_type" AS ENUM('directive', 'resolution', 'law', 'decree', 'circular', 'plan', 'decision', 'guidance', 'other');
  CREATE TYPE "public"."enum_documents_legal_status" AS ENUM('inForce', 'amended', 'expired');
  CREATE TYPE "public"."enum_documents_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__documents_v_version_type" AS ENUM('directive', 'resolution', 'law', 'decree', 'circular', 'plan', 'decision', 'guidance', 'other');
  CREATE TYPE "public"."enum__documents_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__documents_v_published_locale" AS ENUM('vi', 'en');
  CREATE TYPE "public"."enum_courses_audience" AS ENUM('officers', 'students', 'leaders', 'public');
  CREATE TYPE "public"."enum_courses_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__courses_v_version_audience" AS ENUM('officers', 'students', 'leaders', 'public');
  CREATE TYPE "public"."enum__courses_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__courses_v_published_locale" AS ENUM('vi', 'en');
  CREATE TYPE "public"."enum_lessons_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__lessons_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__lessons_v_published_locale" AS ENUM('vi', 'en');
  CREATE TYPE "public"."enum_downloads_kind" AS ENUM('file', 'pack');
  CREATE TYPE "public"."enum_provinces_kind" AS ENUM('province', 'city');
  CREATE TYPE "public"."enum_users_role" AS ENUM('admin', 'editor', 'contributor', 'trainer', 'partner');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'refreshMovementStatuses', 'closeEndedConsultations', 'schedulePublish');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'refreshMovementStatuses', 'closeEndedConsultations', 'schedulePublish');
  CREATE TYPE "public"."enum_site_settings_social_platform" AS ENUM('facebook', 'zalo', 'youtube', 'tiktok', 'other');
  CREATE TABLE "exemplars_achievements" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"year" numeric
  );
  
  CREATE TABLE "exemplars_achievements_locales" (
  	"text" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "exemplars_gallery" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"image_id" integer
  );
  
  CREATE TABLE "exemplars_sources" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"issuer" varchar,
  	"date" timestamp(3) with time zone,
  	"url" varchar
  );
  
  CREATE TABLE "exemplars_sources_locales" (
  	"title" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "exemplars_stage_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"stage" "enum_exemplars_stage_history_stage",
  	"changed_at" timestamp(3) with time zone,
  	"changed_by_id" integer,
  	"note" varchar
  );
  
  CREATE TABLE "exemplars" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"kind" "enum_exemplars_kind" DEFAULT 'individual',
  	"portrait_id" integer,
  	"province_id" integer,
  	"commune" varchar,
  	"sector_id" integer,
  	"flags_direct_worker" boolean DEFAULT false,
  	"flags_remote" boolean DEFAULT false,
  	"flags_border" boolean DEFAULT false,
  	"flags_island" boolean DEFAULT false,
  	"flags_ethnic_minority" boolean DEFAULT false,
  	"flags_foreign" boolean DEFAULT false,
  	"stage" "enum_exemplars_stage" DEFAULT 'discovered',
  	"slug" varchar,
  	"year_recognized" numeric,
  	"featured" boolean DEFAULT false,
  	"created_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_exemplars_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "exemplars_locales" (
  	"name" varchar,
  	"position" varchar,
  	"organization" varchar,
  	"summary" varchar,
  	"story" jsonb,
  	"meta_title" varchar,
  	"meta_description" varchar,
  	"meta_image_id" integer,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "exemplars_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"movements_id" integer
  );
  
  CREATE TABLE "_exemplars_v_version_achievements" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"year" numeric,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_exemplars_v_version_achievements_locales" (
  	"text" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_exemplars_v_version_gallery" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"image_id" integer,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_exemplars_v_version_sources" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"issuer" varchar,
  	"date" timestamp(3) with time zone,
  	"url" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_exemplars_v_version_sources_locales" (
  	"title" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_exemplars_v_version_stage_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"stage" "enum__exemplars_v_version_stage_history_stage",
  	"changed_at" timestamp(3) with time zone,
  	"changed_by_id" integer,
  	"note" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_exemplars_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_kind" "enum__exemplars_v_version_kind" DEFAULT 'individual',
  	"version_portrait_id" integer,
  	"version_province_id" integer,
  	"version_commune" varchar,
  	"version_sector_id" integer,
  	"version_flags_direct_worker" boolean DEFAULT false,
  	"version_flags_remote" boolean DEFAULT false,
  	"version_flags_border" boolean DEFAULT false,
  	"version_flags_island" boolean DEFAULT false,
  	"version_flags_ethnic_minority" boolean DEFAULT false,
  	"version_flags_foreign" boolean DEFAULT false,
  	"version_stage" "enum__exemplars_v_version_stage" DEFAULT 'discovered',
  	"version_slug" varchar,
  	"version_year_recognized" numeric,
  	"version_featured" boolean DEFAULT false,
  	"version_created_by_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__exemplars_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__exemplars_v_published_locale",
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_exemplars_v_locales" (
  	"version_name" varchar,
  	"version_position" varchar,
  	"version_organization" varchar,
  	"version_summary" varchar,
  	"version_story" jsonb,
  	"version_meta_title" varchar,
  	"version_meta_description" varchar,
  	"version_meta_image_id" integer,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_exemplars_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"movements_id" integer
  );
  
  CREATE TABLE "movements_objectives" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "movements_objectives_locales" (
  	"text" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "movements_targets" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"target" numeric,
  	"achieved" numeric
  );
  
  CREATE TABLE "movements_targets_locales" (
  	"indicator" varchar,
  	"unit" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "movements_content" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "movements_content_locales" (
  	"text" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "movements_measures" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "movements_measures_locales" (
  	"text" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "movements_criteria" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "movements_criteria_locales" (
  	"text" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "movements_milestones" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"kind" "enum_movements_milestones_kind",
  	"date" timestamp(3) with time zone,
  	"attachment_id" integer
  );
  
  CREATE TABLE "movements_milestones_locales" (
  	"title" varchar,
  	"report" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "movements" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"type" "enum_movements_type" DEFAULT 'annual',
  	"level" "enum_movements_level" DEFAULT 'national',
  	"period_start" timestamp(3) with time zone,
  	"period_end" timestamp(3) with time zone,
  	"cover_id" integer,
  	"slug" varchar,
  	"status" "enum_movements_progress",
  	"created_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_movements_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "movements_locales" (
  	"name" varchar,
  	"slogan" varchar,
  	"issuing_body" varchar,
  	"participants" varchar,
  	"meta_title" varchar,
  	"meta_description" varchar,
  	"meta_image_id" integer,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "movements_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"documents_id" integer
  );
  
  CREATE TABLE "_movements_v_version_objectives" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_movements_v_version_objectives_locales" (
  	"text" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_movements_v_version_targets" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"target" numeric,
  	"achieved" numeric,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_movements_v_version_targets_locales" (
  	"indicator" varchar,
  	"unit" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_movements_v_version_content" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_movements_v_version_content_locales" (
  	"text" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_movements_v_version_measures" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_movements_v_version_measures_locales" (
  	"text" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_movements_v_version_criteria" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_movements_v_version_criteria_locales" (
  	"text" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_movements_v_version_milestones" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"kind" "enum__movements_v_version_milestones_kind",
  	"date" timestamp(3) with time zone,
  	"attachment_id" integer,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_movements_v_version_milestones_locales" (
  	"title" varchar,
  	"report" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_movements_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_type" "enum__movements_v_version_type" DEFAULT 'annual',
  	"version_level" "enum__movements_v_version_level" DEFAULT 'national',
  	"version_period_start" timestamp(3) with time zone,
  	"version_period_end" timestamp(3) with time zone,
  	"version_cover_id" integer,
  	"version_slug" varchar,
  	"version_status" "enum_movements_progress",
  	"version_created_by_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__movements_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__movements_v_published_locale",
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_movements_v_locales" (
  	"version_name" varchar,
  	"version_slogan" varchar,
  	"version_issuing_body" varchar,
  	"version_participants" varchar,
  	"version_meta_title" varchar,
  	"version_meta_description" varchar,
  	"version_meta_image_id" integer,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_movements_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"documents_id" integer
  );
  
  CREATE TABLE "awards_other_recipients" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"kind" "enum_awards_other_recipients_kind" DEFAULT 'individual'
  );
  
  CREATE TABLE "awards_other_recipients_locales" (
  	"name" varchar,
  	"unit" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "awards" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"decision_number" varchar,
  	"decision_date" timestamp(3) with time zone,
  	"form" "enum_awards_form",
  	"scanned_decision_id" integer,
  	"slug" varchar,
  	"updated_by_id" integer,
  	"year" numeric,
  	"province_id" integer,
  	"sector_id" integer,
  	"movement_id" integer,
  	"recipient_names_folded" varchar,
  	"issuer_folded" varchar,
  	"created_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_awards_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "awards_locales" (
  	"issuer" varchar,
  	"award_title" varchar,
  	"reason" varchar,
  	"meta_title" varchar,
  	"meta_description" varchar,
  	"meta_image_id" integer,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "awards_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"exemplars_id" integer
  );
  
  CREATE TABLE "_awards_v_version_other_recipients" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"kind" "enum__awards_v_version_other_recipients_kind" DEFAULT 'individual',
  	"_uuid" varchar
  );
  
  CREATE TABLE "_awards_v_version_other_recipients_locales" (
  	"name" varchar,
  	"unit" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_awards_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_decision_number" varchar,
  	"version_decision_date" timestamp(3) with time zone,
  	"version_form" "enum__awards_v_version_form",
  	"version_scanned_decision_id" integer,
  	"version_slug" varchar,
  	"version_updated_by_id" integer,
  	"version_year" numeric,
  	"version_province_id" integer,
  	"version_sector_id" integer,
  	"version_movement_id" integer,
  	"version_recipient_names_folded" varchar,
  	"version_issuer_folded" varchar,
  	"version_created_by_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__awards_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__awards_v_published_locale",
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_awards_v_locales" (
  	"version_issuer" varchar,
  	"version_award_title" varchar,
  	"version_reason" varchar,
  	"version_meta_title" varchar,
  	"version_meta_description" varchar,
  	"version_meta_image_id" integer,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_awards_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"exemplars_id" integer
  );
  
  CREATE TABLE "nominations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"form" "enum_nominations_form" NOT NULL,
  	"nominee_id" integer,
  	"nominee_name" varchar,
  	"nominee_kind" "enum_nominations_nominee_kind" DEFAULT 'individual',
  	"nominee_unit" varchar,
  	"province_id" integer,
  	"proposing_body" varchar NOT NULL,
  	"achievements" varchar NOT NULL,
  	"opens_at" timestamp(3) with time zone,
  	"opensat_tz" "enum_nominations_opensat_tz" DEFAULT 'Asia/Ho_Chi_Minh',
  	"closes_at" timestamp(3) with time zone,
  	"closesat_tz" "enum_nominations_closesat_tz" DEFAULT 'Asia/Ho_Chi_Minh',
  	"status" "enum_nominations_status" DEFAULT 'draft' NOT NULL,
  	"decision_id" integer,
  	"show_opinion_counts" boolean DEFAULT false,
  	"slug" varchar,
  	"created_by_id" integer,
  	"updated_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "nominations_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"files_id" integer
  );
  
  CREATE TABLE "_nominations_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar NOT NULL,
  	"version_form" "enum__nominations_v_version_form" NOT NULL,
  	"version_nominee_id" integer,
  	"version_nominee_name" varchar,
  	"version_nominee_kind" "enum__nominations_v_version_nominee_kind" DEFAULT 'individual',
  	"version_nominee_unit" varchar,
  	"version_province_id" integer,
  	"version_proposing_body" varchar NOT NULL,
  	"version_achievements" varchar NOT NULL,
  	"version_opens_at" timestamp(3) with time zone,
  	"version_opensat_tz" "enum__nominations_v_version_opensat_tz" DEFAULT 'Asia/Ho_Chi_Minh',
  	"version_closes_at" timestamp(3) with time zone,
  	"version_closesat_tz" "enum__nominations_v_version_closesat_tz" DEFAULT 'Asia/Ho_Chi_Minh',
  	"version_status" "enum__nominations_v_version_status" DEFAULT 'draft' NOT NULL,
  	"version_decision_id" integer,
  	"version_show_opinion_counts" boolean DEFAULT false,
  	"version_slug" varchar,
  	"version_created_by_id" integer,
  	"version_updated_by_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "_nominations_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"files_id" integer
  );
  
  CREATE TABLE "opinions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"nomination_id" integer NOT NULL,
  	"full_name" varchar NOT NULL,
  	"contact" varchar NOT NULL,
  	"address" varchar NOT NULL,
  	"stance" "enum_opinions_stance" NOT NULL,
  	"text" varchar NOT NULL,
  	"reviewed" boolean DEFAULT false,
  	"reviewed_by_id" integer,
  	"reviewed_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "columns" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"cover_id" integer,
  	"slug" varchar,
  	"order" numeric DEFAULT 0,
  	"created_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_columns_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "columns_locales" (
  	"name" varchar,
  	"description" varchar,
  	"licence" varchar,
  	"attribution" varchar,
  	"meta_title" varchar,
  	"meta_description" varchar,
  	"meta_image_id" integer,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_columns_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_cover_id" integer,
  	"version_slug" varchar,
  	"version_order" numeric DEFAULT 0,
  	"version_created_by_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__columns_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__columns_v_published_locale",
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_columns_v_locales" (
  	"version_name" varchar,
  	"version_description" varchar,
  	"version_licence" varchar,
  	"version_attribution" varchar,
  	"version_meta_title" varchar,
  	"version_meta_description" varchar,
  	"version_meta_image_id" integer,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "articles" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"column_id" integer,
  	"cover_id" integer,
  	"slug" varchar,
  	"published_at" timestamp(3) with time zone,
  	"byline" varchar,
  	"author_id" integer,
  	"created_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_articles_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "articles_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"meta_title" varchar,
  	"meta_description" varchar,
  	"meta_image_id" integer,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "articles_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "articles_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"exemplars_id" integer,
  	"movements_id" integer
  );
  
  CREATE TABLE "_articles_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_column_id" integer,
  	"version_cover_id" integer,
  	"version_slug" varchar,
  	"version_published_at" timestamp(3) with time zone,
  	"version_byline" varchar,
  	"version_author_id" integer,
  	"version_created_by_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__articles_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__articles_v_published_locale",
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_articles_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"version_meta_title" varchar,
  	"version_meta_description" varchar,
  	"version_meta_image_id" integer,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_articles_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_articles_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"exemplars_id" integer,
  	"movements_id" integer
  );
  
  CREATE TABLE "documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"number" varchar,
  	"type" "enum_documents_type",
  	"status" "enum_documents_legal_status" DEFAULT 'inForce',
  	"issued_date" timestamp(3) with time zone,
  	"effective_date" timestamp(3) with time zone,
  	"file_id" integer,
  	"slug" varchar,
  	"created_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_documents_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "documents_locales" (
  	"title" varchar,
  	"issuer" varchar,
  	"summary" varchar,
  	"meta_title" varchar,
  	"meta_description" varchar,
  	"meta_image_id" integer,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_documents_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_number" varchar,
  	"version_type" "enum__documents_v_version_type",
  	"version_status" "enum_documents_legal_status" DEFAULT 'inForce',
  	"version_issued_date" timestamp(3) with time zone,
  	"version_effective_date" timestamp(3) with time zone,
  	"version_file_id" integer,
  	"version_slug" varchar,
  	"version_created_by_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__documents_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__documents_v_published_locale",
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_documents_v_locales" (
  	"version_title" varchar,
  	"version_issuer" varchar,
  	"version_summary" varchar,
  	"version_meta_title" varchar,
  	"version_meta_description" varchar,
  	"version_meta_image_id" integer,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "courses_audience" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_courses_audience",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "courses_objectives" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "courses_objectives_locales" (
  	"text" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "courses_modules" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "courses_modules_locales" (
  	"title" varchar,
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "courses" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"hours" numeric,
  	"cover_id" integer,
  	"created_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_courses_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "courses_locales" (
  	"title" varchar,
  	"description" varchar,
  	"meta_title" varchar,
  	"meta_description" varchar,
  	"meta_image_id" integer,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "courses_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_courses_v_version_audience" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__courses_v_version_audience",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_courses_v_version_objectives" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_courses_v_version_objectives_locales" (
  	"text" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_courses_v_version_modules" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_courses_v_version_modules_locales" (
  	"title" varchar,
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_courses_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_hours" numeric,
  	"version_cover_id" integer,
  	"version_created_by_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__courses_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__courses_v_published_locale",
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_courses_v_locales" (
  	"version_title" varchar,
  	"version_description" varchar,
  	"version_meta_title" varchar,
  	"version_meta_description" varchar,
  	"version_meta_image_id" integer,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_courses_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "lessons_objectives" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "lessons_objectives_locales" (
  	"text" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "lessons_questions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "lessons_questions_locales" (
  	"question" varchar,
  	"answer" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "lessons" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"course_id" integer,
  	"module_number" numeric DEFAULT 1,
  	"order" numeric DEFAULT 1,
  	"slug" varchar,
  	"duration_minutes" numeric,
  	"created_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_lessons_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "lessons_locales" (
  	"title" varchar,
  	"body" jsonb,
  	"meta_title" varchar,
  	"meta_description" varchar,
  	"meta_image_id" integer,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "lessons_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"files_id" integer,
  	"documents_id" integer
  );
  
  CREATE TABLE "_lessons_v_version_objectives" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_lessons_v_version_objectives_locales" (
  	"text" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_lessons_v_version_questions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_lessons_v_version_questions_locales" (
  	"question" varchar,
  	"answer" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_lessons_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_course_id" integer,
  	"version_module_number" numeric DEFAULT 1,
  	"version_order" numeric DEFAULT 1,
  	"version_slug" varchar,
  	"version_duration_minutes" numeric,
  	"version_created_by_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__lessons_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__lessons_v_published_locale",
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_lessons_v_locales" (
  	"version_title" varchar,
  	"version_body" jsonb,
  	"version_meta_title" varchar,
  	"version_meta_description" varchar,
  	"version_meta_image_id" integer,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_lessons_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"files_id" integer,
  	"documents_id" integer
  );
  
  CREATE TABLE "downloads" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"kind" "enum_downloads_kind" NOT NULL,
  	"file_id" integer,
  	"course_id" integer,
  	"day" varchar NOT NULL,
  	"count" numeric DEFAULT 0 NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "provinces" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"code" varchar NOT NULL,
  	"kind" "enum_provinces_kind" DEFAULT 'province' NOT NULL,
  	"slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "provinces_locales" (
  	"name" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "sectors" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "sectors_locales" (
  	"name" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "media" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"credit" varchar,
  	"licence" varchar,
  	"created_by_id" integer,
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
  	"focal_y" numeric,
  	"sizes_thumbnail_url" varchar,
  	"sizes_thumbnail_width" numeric,
  	"sizes_thumbnail_height" numeric,
  	"sizes_thumbnail_mime_type" varchar,
  	"sizes_thumbnail_filesize" numeric,
  	"sizes_thumbnail_filename" varchar,
  	"sizes_card_url" varchar,
  	"sizes_card_width" numeric,
  	"sizes_card_height" numeric,
  	"sizes_card_mime_type" varchar,
  	"sizes_card_filesize" numeric,
  	"sizes_card_filename" varchar,
  	"sizes_feature_url" varchar,
  	"sizes_feature_width" numeric,
  	"sizes_feature_height" numeric,
  	"sizes_feature_mime_type" varchar,
  	"sizes_feature_filesize" numeric,
  	"sizes_feature_filename" varchar,
  	"sizes_og_url" varchar,
  	"sizes_og_width" numeric,
  	"sizes_og_height" numeric,
  	"sizes_og_mime_type" varchar,
  	"sizes_og_filesize" numeric,
  	"sizes_og_filename" varchar
  );
  
  CREATE TABLE "media_locales" (
  	"alt" varchar NOT NULL,
  	"caption" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "files" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"created_by_id" integer,
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
  
  CREATE TABLE "files_locales" (
  	"title" varchar NOT NULL,
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "users_allowed_origins" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"origin" varchar
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"role" "enum_users_role" DEFAULT 'contributor' NOT NULL,
  	"organization" varchar,
  	"requests_per_minute" numeric DEFAULT 120,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"enable_a_p_i_key" boolean,
  	"api_key" varchar,
  	"api_key_index" varchar,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "api_usage" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"partner_id" integer NOT NULL,
  	"day" varchar NOT NULL,
  	"requests" numeric DEFAULT 0 NOT NULL,
  	"refused" numeric DEFAULT 0 NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "search" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"priority" numeric,
  	"kind" varchar,
  	"url" varchar,
  	"date" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "search_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"title_folded" varchar,
  	"summary_folded" varchar,
  	"body_folded" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "search_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "search_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"exemplars_id" integer,
  	"movements_id" integer,
  	"articles_id" integer,
  	"awards_id" integer,
  	"lessons_id" integer,
  	"documents_id" integer
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"meta" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"exemplars_id" integer,
  	"movements_id" integer,
  	"awards_id" integer,
  	"nominations_id" integer,
  	"opinions_id" integer,
  	"columns_id" integer,
  	"articles_id" integer,
  	"documents_id" integer,
  	"courses_id" integer,
  	"lessons_id" integer,
  	"downloads_id" integer,
  	"provinces_id" integer,
  	"sectors_id" integer,
  	"media_id" integer,
  	"files_id" integer,
  	"users_id" integer,
  	"api_usage_id" integer,
  	"search_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "site_settings_footer_links" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"url" varchar NOT NULL
  );
  
  CREATE TABLE "site_settings_footer_links_locales" (
  	"label" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "site_settings_social" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"platform" "enum_site_settings_social_platform" NOT NULL,
  	"url" varchar NOT NULL
  );
  
  CREATE TABLE "site_settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"contact_email" varchar,
  	"contact_phone" varchar,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "site_settings_locales" (
  	"site_name" varchar DEFAULT 'Thi đua' NOT NULL,
  	"tagline" varchar,
  	"contact_organization" varchar,
  	"contact_address" varchar,
  	"default_image_licence" varchar DEFAULT 'CC BY 4.0 – ghi rõ nguồn và tác giả ảnh',
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "home" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "home_locales" (
  	"intro" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "home_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"exemplars_id" integer,
  	"movements_id" integer,
  	"columns_id" integer
  );
  
  CREATE TABLE "payload_jobs_stats" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"stats" jsonb,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "exemplars_achievements" ADD CONSTRAINT "exemplars_achievements_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."exemplars"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "exemplars_achievements_locales" ADD CONSTRAINT "exemplars_achievements_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."exemplars_achievements"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "exemplars_gallery" ADD CONSTRAINT "exemplars_gallery_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "exemplars_gallery" ADD CONSTRAINT "exemplars_gallery_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."exemplars"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "exemplars_sources" ADD CONSTRAINT "exemplars_sources_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."exemplars"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "exemplars_sources_locales" ADD CONSTRAINT "exemplars_sources_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."exemplars_sources"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "exemplars_stage_history" ADD CONSTRAINT "exemplars_stage_history_changed_by_id_users_id_fk" FOREIGN KEY ("changed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "exemplars_stage_history" ADD CONSTRAINT "exemplars_stage_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."exemplars"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "exemplars" ADD CONSTRAINT "exemplars_portrait_id_media_id_fk" FOREIGN KEY ("portrait_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "exemplars" ADD CONSTRAINT "exemplars_province_id_provinces_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."provinces"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "exemplars" ADD CONSTRAINT "exemplars_sector_id_sectors_id_fk" FOREIGN KEY ("sector_id") REFERENCES "public"."sectors"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "exemplars" ADD CONSTRAINT "exemplars_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "exemplars_locales" ADD CONSTRAINT "exemplars_locales_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "exemplars_locales" ADD CONSTRAINT "exemplars_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."exemplars"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "exemplars_rels" ADD CONSTRAINT "exemplars_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."exemplars"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "exemplars_rels" ADD CONSTRAINT "exemplars_rels_movements_fk" FOREIGN KEY ("movements_id") REFERENCES "public"."movements"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_exemplars_v_version_achievements" ADD CONSTRAINT "_exemplars_v_version_achievements_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_exemplars_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_exemplars_v_version_achievements_locales" ADD CONSTRAINT "_exemplars_v_version_achievements_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_exemplars_v_version_achievements"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_exemplars_v_version_gallery" ADD CONSTRAINT "_exemplars_v_version_gallery_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_exemplars_v_version_gallery" ADD CONSTRAINT "_exemplars_v_version_gallery_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_exemplars_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_exemplars_v_version_sources" ADD CONSTRAINT "_exemplars_v_version_sources_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_exemplars_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_exemplars_v_version_sources_locales" ADD CONSTRAINT "_exemplars_v_version_sources_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_exemplars_v_version_sources"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_exemplars_v_version_stage_history" ADD CONSTRAINT "_exemplars_v_version_stage_history_changed_by_id_users_id_fk" FOREIGN KEY ("changed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_exemplars_v_version_stage_history" ADD CONSTRAINT "_exemplars_v_version_stage_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_exemplars_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_exemplars_v" ADD CONSTRAINT "_exemplars_v_parent_id_exemplars_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."exemplars"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_exemplars_v" ADD CONSTRAINT "_exemplars_v_version_portrait_id_media_id_fk" FOREIGN KEY ("version_portrait_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_exemplars_v" ADD CONSTRAINT "_exemplars_v_version_province_id_provinces_id_fk" FOREIGN KEY ("version_province_id") REFERENCES "public"."provinces"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_exemplars_v" ADD CONSTRAINT "_exemplars_v_version_sector_id_sectors_id_fk" FOREIGN KEY ("version_sector_id") REFERENCES "public"."sectors"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_exemplars_v" ADD CONSTRAINT "_exemplars_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_exemplars_v_locales" ADD CONSTRAINT "_exemplars_v_locales_version_meta_image_id_media_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_exemplars_v_locales" ADD CONSTRAINT "_exemplars_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_exemplars_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_exemplars_v_rels" ADD CONSTRAINT "_exemplars_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_exemplars_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_exemplars_v_rels" ADD CONSTRAINT "_exemplars_v_rels_movements_fk" FOREIGN KEY ("movements_id") REFERENCES "public"."movements"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "movements_objectives" ADD CONSTRAINT "movements_objectives_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."movements"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "movements_objectives_locales" ADD CONSTRAINT "movements_objectives_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."movements_objectives"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "movements_targets" ADD CONSTRAINT "movements_targets_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."movements"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "movements_targets_locales" ADD CONSTRAINT "movements_targets_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."movements_targets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "movements_content" ADD CONSTRAINT "movements_content_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."movements"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "movements_content_locales" ADD CONSTRAINT "movements_content_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."movements_content"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "movements_measures" ADD CONSTRAINT "movements_measures_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."movements"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "movements_measures_locales" ADD CONSTRAINT "movements_measures_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."movements_measures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "movements_criteria" ADD CONSTRAINT "movements_criteria_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."movements"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "movements_criteria_locales" ADD CONSTRAINT "movements_criteria_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."movements_criteria"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "movements_milestones" ADD CONSTRAINT "movements_milestones_attachment_id_files_id_fk" FOREIGN KEY ("attachment_id") REFERENCES "public"."files"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "movements_milestones" ADD CONSTRAINT "movements_milestones_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."movements"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "movements_milestones_locales" ADD CONSTRAINT "movements_milestones_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."movements_milestones"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "movements" ADD CONSTRAINT "movements_cover_id_media_id_fk" FOREIGN KEY ("cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "movements" ADD CONSTRAINT "movements_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "movements_locales" ADD CONSTRAINT "movements_locales_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "movements_locales" ADD CONSTRAINT "movements_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."movements"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "movements_rels" ADD CONSTRAINT "movements_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."movements"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "movements_rels" ADD CONSTRAINT "movements_rels_documents_fk" FOREIGN KEY ("documents_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_movements_v_version_objectives" ADD CONSTRAINT "_movements_v_version_objectives_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_movements_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_movements_v_version_objectives_locales" ADD CONSTRAINT "_movements_v_version_objectives_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_movements_v_version_objectives"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_movements_v_version_targets" ADD CONSTRAINT "_movements_v_version_targets_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_movements_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_movements_v_version_targets_locales" ADD CONSTRAINT "_movements_v_version_targets_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_movements_v_version_targets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_movements_v_version_content" ADD CONSTRAINT "_movements_v_version_content_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_movements_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_movements_v_version_content_locales" ADD CONSTRAINT "_movements_v_version_content_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_movements_v_version_content"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_movements_v_version_measures" ADD CONSTRAINT "_movements_v_version_measures_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_movements_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_movements_v_version_measures_locales" ADD CONSTRAINT "_movements_v_version_measures_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_movements_v_version_measures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_movements_v_version_criteria" ADD CONSTRAINT "_movements_v_version_criteria_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_movements_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_movements_v_version_criteria_locales" ADD CONSTRAINT "_movements_v_version_criteria_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_movements_v_version_criteria"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_movements_v_version_milestones" ADD CONSTRAINT "_movements_v_version_milestones_attachment_id_files_id_fk" FOREIGN KEY ("attachment_id") REFERENCES "public"."files"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_movements_v_version_milestones" ADD CONSTRAINT "_movements_v_version_milestones_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_movements_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_movements_v_version_milestones_locales" ADD CONSTRAINT "_movements_v_version_milestones_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_movements_v_version_milestones"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_movements_v" ADD CONSTRAINT "_movements_v_parent_id_movements_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."movements"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_movements_v" ADD CONSTRAINT "_movements_v_version_cover_id_media_id_fk" FOREIGN KEY ("version_cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_movements_v" ADD CONSTRAINT "_movements_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_movements_v_locales" ADD CONSTRAINT "_movements_v_locales_version_meta_image_id_media_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_movements_v_locales" ADD CONSTRAINT "_movements_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_movements_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_movements_v_rels" ADD CONSTRAINT "_movements_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_movements_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_movements_v_rels" ADD CONSTRAINT "_movements_v_rels_documents_fk" FOREIGN KEY ("documents_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "awards_other_recipients" ADD CONSTRAINT "awards_other_recipients_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."awards"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "awards_other_recipients_locales" ADD CONSTRAINT "awards_other_recipients_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."awards_other_recipients"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "awards" ADD CONSTRAINT "awards_scanned_decision_id_files_id_fk" FOREIGN KEY ("scanned_decision_id") REFERENCES "public"."files"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "awards" ADD CONSTRAINT "awards_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "awards" ADD CONSTRAINT "awards_province_id_provinces_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."provinces"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "awards" ADD CONSTRAINT "awards_sector_id_sectors_id_fk" FOREIGN KEY ("sector_id") REFERENCES "public"."sectors"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "awards" ADD CONSTRAINT "awards_movement_id_movements_id_fk" FOREIGN KEY ("movement_id") REFERENCES "public"."movements"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "awards" ADD CONSTRAINT "awards_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "awards_locales" ADD CONSTRAINT "awards_locales_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "awards_locales" ADD CONSTRAINT "awards_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."awards"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "awards_rels" ADD CONSTRAINT "awards_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."awards"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "awards_rels" ADD CONSTRAINT "awards_rels_exemplars_fk" FOREIGN KEY ("exemplars_id") REFERENCES "public"."exemplars"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_awards_v_version_other_recipients" ADD CONSTRAINT "_awards_v_version_other_recipients_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_awards_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_awards_v_version_other_recipients_locales" ADD CONSTRAINT "_awards_v_version_other_recipients_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_awards_v_version_other_recipients"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_awards_v" ADD CONSTRAINT "_awards_v_parent_id_awards_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."awards"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_awards_v" ADD CONSTRAINT "_awards_v_version_scanned_decision_id_files_id_fk" FOREIGN KEY ("version_scanned_decision_id") REFERENCES "public"."files"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_awards_v" ADD CONSTRAINT "_awards_v_version_updated_by_id_users_id_fk" FOREIGN KEY ("version_updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_awards_v" ADD CONSTRAINT "_awards_v_version_province_id_provinces_id_fk" FOREIGN KEY ("version_province_id") REFERENCES "public"."provinces"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_awards_v" ADD CONSTRAINT "_awards_v_version_sector_id_sectors_id_fk" FOREIGN KEY ("version_sector_id") REFERENCES "public"."sectors"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_awards_v" ADD CONSTRAINT "_awards_v_version_movement_id_movements_id_fk" FOREIGN KEY ("version_movement_id") REFERENCES "public"."movements"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_awards_v" ADD CONSTRAINT "_awards_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_awards_v_locales" ADD CONSTRAINT "_awards_v_locales_version_meta_image_id_media_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_awards_v_locales" ADD CONSTRAINT "_awards_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_awards_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_awards_v_rels" ADD CONSTRAINT "_awards_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_awards_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_awards_v_rels" ADD CONSTRAINT "_awards_v_rels_exemplars_fk" FOREIGN KEY ("exemplars_id") REFERENCES "public"."exemplars"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "nominations" ADD CONSTRAINT "nominations_nominee_id_exemplars_id_fk" FOREIGN KEY ("nominee_id") REFERENCES "public"."exemplars"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "nominations" ADD CONSTRAINT "nominations_province_id_provinces_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."provinces"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "nominations" ADD CONSTRAINT "nominations_decision_id_awards_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."awards"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "nominations" ADD CONSTRAINT "nominations_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "nominations" ADD CONSTRAINT "nominations_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "nominations_rels" ADD CONSTRAINT "nominations_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."nominations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "nominations_rels" ADD CONSTRAINT "nominations_rels_files_fk" FOREIGN KEY ("files_id") REFERENCES "public"."files"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_nominations_v" ADD CONSTRAINT "_nominations_v_parent_id_nominations_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."nominations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_nominations_v" ADD CONSTRAINT "_nominations_v_version_nominee_id_exemplars_id_fk" FOREIGN KEY ("version_nominee_id") REFERENCES "public"."exemplars"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_nominations_v" ADD CONSTRAINT "_nominations_v_version_province_id_provinces_id_fk" FOREIGN KEY ("version_province_id") REFERENCES "public"."provinces"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_nominations_v" ADD CONSTRAINT "_nominations_v_version_decision_id_awards_id_fk" FOREIGN KEY ("version_decision_id") REFERENCES "public"."awards"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_nominations_v" ADD CONSTRAINT "_nominations_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_nominations_v" ADD CONSTRAINT "_nominations_v_version_updated_by_id_users_id_fk" FOREIGN KEY ("version_updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_nominations_v_rels" ADD CONSTRAINT "_nominations_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_nominations_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_nominations_v_rels" ADD CONSTRAINT "_nominations_v_rels_files_fk" FOREIGN KEY ("files_id") REFERENCES "public"."files"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "opinions" ADD CONSTRAINT "opinions_nomination_id_nominations_id_fk" FOREIGN KEY ("nomination_id") REFERENCES "public"."nominations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "opinions" ADD CONSTRAINT "opinions_reviewed_by_id_users_id_fk" FOREIGN KEY ("reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "columns" ADD CONSTRAINT "columns_cover_id_media_id_fk" FOREIGN KEY ("cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "columns" ADD CONSTRAINT "columns_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "columns_locales" ADD CONSTRAINT "columns_locales_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "columns_locales" ADD CONSTRAINT "columns_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."columns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_columns_v" ADD CONSTRAINT "_columns_v_parent_id_columns_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."columns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_columns_v" ADD CONSTRAINT "_columns_v_version_cover_id_media_id_fk" FOREIGN KEY ("version_cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_columns_v" ADD CONSTRAINT "_columns_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_columns_v_locales" ADD CONSTRAINT "_columns_v_locales_version_meta_image_id_media_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_columns_v_locales" ADD CONSTRAINT "_columns_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_columns_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_column_id_columns_id_fk" FOREIGN KEY ("column_id") REFERENCES "public"."columns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_cover_id_media_id_fk" FOREIGN KEY ("cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles_locales" ADD CONSTRAINT "articles_locales_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles_locales" ADD CONSTRAINT "articles_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_texts" ADD CONSTRAINT "articles_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_exemplars_fk" FOREIGN KEY ("exemplars_id") REFERENCES "public"."exemplars"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_movements_fk" FOREIGN KEY ("movements_id") REFERENCES "public"."movements"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_parent_id_articles_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."articles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_column_id_columns_id_fk" FOREIGN KEY ("version_column_id") REFERENCES "public"."columns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_cover_id_media_id_fk" FOREIGN KEY ("version_cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_author_id_users_id_fk" FOREIGN KEY ("version_author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v_locales" ADD CONSTRAINT "_articles_v_locales_version_meta_image_id_media_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v_locales" ADD CONSTRAINT "_articles_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_texts" ADD CONSTRAINT "_articles_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_exemplars_fk" FOREIGN KEY ("exemplars_id") REFERENCES "public"."exemplars"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_movements_fk" FOREIGN KEY ("movements_id") REFERENCES "public"."movements"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "documents" ADD CONSTRAINT "documents_file_id_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."files"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "documents" ADD CONSTRAINT "documents_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "documents_locales" ADD CONSTRAINT "documents_locales_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "documents_locales" ADD CONSTRAINT "documents_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_documents_v" ADD CONSTRAINT "_documents_v_parent_id_documents_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_documents_v" ADD CONSTRAINT "_documents_v_version_file_id_files_id_fk" FOREIGN KEY ("version_file_id") REFERENCES "public"."files"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_documents_v" ADD CONSTRAINT "_documents_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_documents_v_locales" ADD CONSTRAINT "_documents_v_locales_version_meta_image_id_media_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_documents_v_locales" ADD CONSTRAINT "_documents_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_documents_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "courses_audience" ADD CONSTRAINT "courses_audience_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."courses"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "courses_objectives" ADD CONSTRAINT "courses_objectives_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."courses"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "courses_objectives_locales" ADD CONSTRAINT "courses_objectives_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."courses_objectives"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "courses_modules" ADD CONSTRAINT "courses_modules_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."courses"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "courses_modules_locales" ADD CONSTRAINT "courses_modules_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."courses_modules"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "courses" ADD CONSTRAINT "courses_cover_id_media_id_fk" FOREIGN KEY ("cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "courses" ADD CONSTRAINT "courses_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "courses_locales" ADD CONSTRAINT "courses_locales_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "courses_locales" ADD CONSTRAINT "courses_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."courses"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "courses_texts" ADD CONSTRAINT "courses_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."courses"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_courses_v_version_audience" ADD CONSTRAINT "_courses_v_version_audience_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_courses_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_courses_v_version_objectives" ADD CONSTRAINT "_courses_v_version_objectives_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_courses_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_courses_v_version_objectives_locales" ADD CONSTRAINT "_courses_v_version_objectives_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_courses_v_version_objectives"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_courses_v_version_modules" ADD CONSTRAINT "_courses_v_version_modules_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_courses_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_courses_v_version_modules_locales" ADD CONSTRAINT "_courses_v_version_modules_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_courses_v_version_modules"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_courses_v" ADD CONSTRAINT "_courses_v_parent_id_courses_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."courses"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_courses_v" ADD CONSTRAINT "_courses_v_version_cover_id_media_id_fk" FOREIGN KEY ("version_cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_courses_v" ADD CONSTRAINT "_courses_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_courses_v_locales" ADD CONSTRAINT "_courses_v_locales_version_meta_image_id_media_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_courses_v_locales" ADD CONSTRAINT "_courses_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_courses_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_courses_v_texts" ADD CONSTRAINT "_courses_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_courses_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "lessons_objectives" ADD CONSTRAINT "lessons_objectives_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."lessons"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "lessons_objectives_locales" ADD CONSTRAINT "lessons_objectives_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."lessons_objectives"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "lessons_questions" ADD CONSTRAINT "lessons_questions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."lessons"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "lessons_questions_locales" ADD CONSTRAINT "lessons_questions_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."lessons_questions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "lessons" ADD CONSTRAINT "lessons_course_id_courses_id_fk" FOREIGN KEY ("course_id") REFERENCES "public"."courses"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "lessons" ADD CONSTRAINT "lessons_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "lessons_locales" ADD CONSTRAINT "lessons_locales_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "lessons_locales" ADD CONSTRAINT "lessons_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."lessons"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "lessons_rels" ADD CONSTRAINT "lessons_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."lessons"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "lessons_rels" ADD CONSTRAINT "lessons_rels_files_fk" FOREIGN KEY ("files_id") REFERENCES "public"."files"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "lessons_rels" ADD CONSTRAINT "lessons_rels_documents_fk" FOREIGN KEY ("documents_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_lessons_v_version_objectives" ADD CONSTRAINT "_lessons_v_version_objectives_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_lessons_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_lessons_v_version_objectives_locales" ADD CONSTRAINT "_lessons_v_version_objectives_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_lessons_v_version_objectives"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_lessons_v_version_questions" ADD CONSTRAINT "_lessons_v_version_questions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_lessons_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_lessons_v_version_questions_locales" ADD CONSTRAINT "_lessons_v_version_questions_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_lessons_v_version_questions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_lessons_v" ADD CONSTRAINT "_lessons_v_parent_id_lessons_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."lessons"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_lessons_v" ADD CONSTRAINT "_lessons_v_version_course_id_courses_id_fk" FOREIGN KEY ("version_course_id") REFERENCES "public"."courses"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_lessons_v" ADD CONSTRAINT "_lessons_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_lessons_v_locales" ADD CONSTRAINT "_lessons_v_locales_version_meta_image_id_media_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_lessons_v_locales" ADD CONSTRAINT "_lessons_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_lessons_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_lessons_v_rels" ADD CONSTRAINT "_lessons_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_lessons_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_lessons_v_rels" ADD CONSTRAINT "_lessons_v_rels_files_fk" FOREIGN KEY ("files_id") REFERENCES "public"."files"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_lessons_v_rels" ADD CONSTRAINT "_lessons_v_rels_documents_fk" FOREIGN KEY ("documents_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "downloads" ADD CONSTRAINT "downloads_file_id_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."files"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "downloads" ADD CONSTRAINT "downloads_course_id_courses_id_fk" FOREIGN KEY ("course_id") REFERENCES "public"."courses"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "provinces_locales" ADD CONSTRAINT "provinces_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."provinces"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "sectors_locales" ADD CONSTRAINT "sectors_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."sectors"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "media" ADD CONSTRAINT "media_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "media_locales" ADD CONSTRAINT "media_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "files" ADD CONSTRAINT "files_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "files_locales" ADD CONSTRAINT "files_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."files"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_allowed_origins" ADD CONSTRAINT "users_allowed_origins_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "api_usage" ADD CONSTRAINT "api_usage_partner_id_users_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "search_locales" ADD CONSTRAINT "search_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."search"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "search_texts" ADD CONSTRAINT "search_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."search"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "search_rels" ADD CONSTRAINT "search_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."search"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "search_rels" ADD CONSTRAINT "search_rels_exemplars_fk" FOREIGN KEY ("exemplars_id") REFERENCES "public"."exemplars"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "search_rels" ADD CONSTRAINT "search_rels_movements_fk" FOREIGN KEY ("movements_id") REFERENCES "public"."movements"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "search_rels" ADD CONSTRAINT "search_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "search_rels" ADD CONSTRAINT "search_rels_awards_fk" FOREIGN KEY ("awards_id") REFERENCES "public"."awards"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "search_rels" ADD CONSTRAINT "search_rels_lessons_fk" FOREIGN KEY ("lessons_id") REFERENCES "public"."lessons"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "search_rels" ADD CONSTRAINT "search_rels_documents_fk" FOREIGN KEY ("documents_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_exemplars_fk" FOREIGN KEY ("exemplars_id") REFERENCES "public"."exemplars"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_movements_fk" FOREIGN KEY ("movements_id") REFERENCES "public"."movements"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_awards_fk" FOREIGN KEY ("awards_id") REFERENCES "public"."awards"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_nominations_fk" FOREIGN KEY ("nominations_id") REFERENCES "public"."nominations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_opinions_fk" FOREIGN KEY ("opinions_id") REFERENCES "public"."opinions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_columns_fk" FOREIGN KEY ("columns_id") REFERENCES "public"."columns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_documents_fk" FOREIGN KEY ("documents_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_courses_fk" FOREIGN KEY ("courses_id") REFERENCES "public"."courses"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_lessons_fk" FOREIGN KEY ("lessons_id") REFERENCES "public"."lessons"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_downloads_fk" FOREIGN KEY ("downloads_id") REFERENCES "public"."downloads"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_provinces_fk" FOREIGN KEY ("provinces_id") REFERENCES "public"."provinces"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_sectors_fk" FOREIGN KEY ("sectors_id") REFERENCES "public"."sectors"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_files_fk" FOREIGN KEY ("files_id") REFERENCES "public"."files"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_api_usage_fk" FOREIGN KEY ("api_usage_id") REFERENCES "public"."api_usage"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_search_fk" FOREIGN KEY ("search_id") REFERENCES "public"."search"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "site_settings_footer_links" ADD CONSTRAINT "site_settings_footer_links_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."site_settings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "site_settings_footer_links_locales" ADD CONSTRAINT "site_settings_footer_links_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."site_settings_footer_links"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "site_settings_social" ADD CONSTRAINT "site_settings_social_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."site_settings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "site_settings_locales" ADD CONSTRAINT "site_settings_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."site_settings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "home_locales" ADD CONSTRAINT "home_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."home"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "home_rels" ADD CONSTRAINT "home_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."home"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "home_rels" ADD CONSTRAINT "home_rels_exemplars_fk" FOREIGN KEY ("exemplars_id") REFERENCES "public"."exemplars"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "home_rels" ADD CONSTRAINT "home_rels_movements_fk" FOREIGN KEY ("movements_id") REFERENCES "public"."movements"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "home_rels" ADD CONSTRAINT "home_rels_columns_fk" FOREIGN KEY ("columns_id") REFERENCES "public"."columns"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "exemplars_achievements_order_idx" ON "exemplars_achievements" USING btree ("_order");
  CREATE INDEX "exemplars_achievements_parent_id_idx" ON "exemplars_achievements" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "exemplars_achievements_locales_locale_parent_id_unique" ON "exemplars_achievements_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "exemplars_gallery_order_idx" ON "exemplars_gallery" USING btree ("_order");
  CREATE INDEX "exemplars_gallery_parent_id_idx" ON "exemplars_gallery" USING btree ("_parent_id");
  CREATE INDEX "exemplars_gallery_image_idx" ON "exemplars_gallery" USING btree ("image_id");
  CREATE INDEX "exemplars_sources_order_idx" ON "exemplars_sources" USING btree ("_order");
  CREATE INDEX "exemplars_sources_parent_id_idx" ON "exemplars_sources" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "exemplars_sources_locales_locale_parent_id_unique" ON "exemplars_sources_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "exemplars_stage_history_order_idx" ON "exemplars_stage_history" USING btree ("_order");
  CREATE INDEX "exemplars_stage_history_parent_id_idx" ON "exemplars_stage_history" USING btree ("_parent_id");
  CREATE INDEX "exemplars_stage_history_changed_by_idx" ON "exemplars_stage_history" USING btree ("changed_by_id");
  CREATE INDEX "exemplars_portrait_idx" ON "exemplars" USING btree ("portrait_id");
  CREATE INDEX "exemplars_province_idx" ON "exemplars" USING btree ("province_id");
  CREATE INDEX "exemplars_sector_idx" ON "exemplars" USING btree ("sector_id");
  CREATE INDEX "exemplars_flags_flags_direct_worker_idx" ON "exemplars" USING btree ("flags_direct_worker");
  CREATE INDEX "exemplars_flags_flags_remote_idx" ON "exemplars" USING btree ("flags_remote");
  CREATE INDEX "exemplars_flags_flags_border_idx" ON "exemplars" USING btree ("flags_border");
  CREATE INDEX "exemplars_flags_flags_island_idx" ON "exemplars" USING btree ("flags_island");
  CREATE INDEX "exemplars_flags_flags_ethnic_minority_idx" ON "exemplars" USING btree ("flags_ethnic_minority");
  CREATE INDEX "exemplars_flags_flags_foreign_idx" ON "exemplars" USING btree ("flags_foreign");
  CREATE INDEX "exemplars_stage_idx" ON "exemplars" USING btree ("stage");
  CREATE UNIQUE INDEX "exemplars_slug_idx" ON "exemplars" USING btree ("slug");
  CREATE INDEX "exemplars_year_recognized_idx" ON "exemplars" USING btree ("year_recognized");
  CREATE INDEX "exemplars_featured_idx" ON "exemplars" USING btree ("featured");
  CREATE INDEX "exemplars_created_by_idx" ON "exemplars" USING btree ("created_by_id");
  CREATE INDEX "exemplars_updated_at_idx" ON "exemplars" USING btree ("updated_at");
  CREATE INDEX "exemplars_created_at_idx" ON "exemplars" USING btree ("created_at");
  CREATE INDEX "exemplars__status_idx" ON "exemplars" USING btree ("_status");
  CREATE INDEX "exemplars_meta_meta_image_idx" ON "exemplars_locales" USING btree ("meta_image_id","_locale");
  CREATE UNIQUE INDEX "exemplars_locales_locale_parent_id_unique" ON "exemplars_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "exemplars_rels_order_idx" ON "exemplars_rels" USING btree ("order");
  CREATE INDEX "exemplars_rels_parent_idx" ON "exemplars_rels" USING btree ("parent_id");
  CREATE INDEX "exemplars_rels_path_idx" ON "exemplars_rels" USING btree ("path");
  CREATE INDEX "exemplars_rels_movements_id_idx" ON "exemplars_rels" USING btree ("movements_id");
  CREATE INDEX "_exemplars_v_version_achievements_order_idx" ON "_exemplars_v_version_achievements" USING btree ("_order");
  CREATE INDEX "_exemplars_v_version_achievements_parent_id_idx" ON "_exemplars_v_version_achievements" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_exemplars_v_version_achievements_locales_locale_parent_id_u" ON "_exemplars_v_version_achievements_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_exemplars_v_version_gallery_order_idx" ON "_exemplars_v_version_gallery" USING btree ("_order");
  CREATE INDEX "_exemplars_v_version_gallery_parent_id_idx" ON "_exemplars_v_version_gallery" USING btree ("_parent_id");
  CREATE INDEX "_exemplars_v_version_gallery_image_idx" ON "_exemplars_v_version_gallery" USING btree ("image_id");
  CREATE INDEX "_exemplars_v_version_sources_order_idx" ON "_exemplars_v_version_sources" USING btree ("_order");
  CREATE INDEX "_exemplars_v_version_sources_parent_id_idx" ON "_exemplars_v_version_sources" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_exemplars_v_version_sources_locales_locale_parent_id_unique" ON "_exemplars_v_version_sources_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_exemplars_v_version_stage_history_order_idx" ON "_exemplars_v_version_stage_history" USING btree ("_order");
  CREATE INDEX "_exemplars_v_version_stage_history_parent_id_idx" ON "_exemplars_v_version_stage_history" USING btree ("_parent_id");
  CREATE INDEX "_exemplars_v_version_stage_history_changed_by_idx" ON "_exemplars_v_version_stage_history" USING btree ("changed_by_id");
  CREATE INDEX "_exemplars_v_parent_idx" ON "_exemplars_v" USING btree ("parent_id");
  CREATE INDEX "_exemplars_v_version_version_portrait_idx" ON "_exemplars_v" USING btree ("version_portrait_id");
  CREATE INDEX "_exemplars_v_version_version_province_idx" ON "_exemplars_v" USING btree ("version_province_id");
  CREATE INDEX "_exemplars_v_version_version_sector_idx" ON "_exemplars_v" USING btree ("version_sector_id");
  CREATE INDEX "_exemplars_v_version_flags_version_flags_direct_worker_idx" ON "_exemplars_v" USING btree ("version_flags_direct_worker");
  CREATE INDEX "_exemplars_v_version_flags_version_flags_remote_idx" ON "_exemplars_v" USING btree ("version_flags_remote");
  CREATE INDEX "_exemplars_v_version_flags_version_flags_border_idx" ON "_exemplars_v" USING btree ("version_flags_border");
  CREATE INDEX "_exemplars_v_version_flags_version_flags_island_idx" ON "_exemplars_v" USING btree ("version_flags_island");
  CREATE INDEX "_exemplars_v_version_flags_version_flags_ethnic_minority_idx" ON "_exemplars_v" USING btree ("version_flags_ethnic_minority");
  CREATE INDEX "_exemplars_v_version_flags_version_flags_foreign_idx" ON "_exemplars_v" USING btree ("version_flags_foreign");
  CREATE INDEX "_exemplars_v_version_version_stage_idx" ON "_exemplars_v" USING btree ("version_stage");
  CREATE INDEX "_exemplars_v_version_version_slug_idx" ON "_exemplars_v" USING btree ("version_slug");
  CREATE INDEX "_exemplars_v_version_version_year_recognized_idx" ON "_exemplars_v" USING btree ("version_year_recognized");
  CREATE INDEX "_exemplars_v_version_version_featured_idx" ON "_exemplars_v" USING btree ("version_featured");
  CREATE INDEX "_exemplars_v_version_version_created_by_idx" ON "_exemplars_v" USING btree ("version_created_by_id");
  CREATE INDEX "_exemplars_v_version_version_updated_at_idx" ON "_exemplars_v" USING btree ("version_updated_at");
  CREATE INDEX "_exemplars_v_version_version_created_at_idx" ON "_exemplars_v" USING btree ("version_created_at");
  CREATE INDEX "_exemplars_v_version_version__status_idx" ON "_exemplars_v" USING btree ("version__status");
  CREATE INDEX "_exemplars_v_created_at_idx" ON "_exemplars_v" USING btree ("created_at");
  CREATE INDEX "_exemplars_v_updated_at_idx" ON "_exemplars_v" USING btree ("updated_at");
  CREATE INDEX "_exemplars_v_snapshot_idx" ON "_exemplars_v" USING btree ("snapshot");
  CREATE INDEX "_exemplars_v_published_locale_idx" ON "_exemplars_v" USING btree ("published_locale");
  CREATE INDEX "_exemplars_v_latest_idx" ON "_exemplars_v" USING btree ("latest");
  CREATE INDEX "_exemplars_v_autosave_idx" ON "_exemplars_v" USING btree ("autosave");
  CREATE INDEX "_exemplars_v_version_meta_version_meta_image_idx" ON "_exemplars_v_locales" USING btree ("version_meta_image_id","_locale");
  CREATE UNIQUE INDEX "_exemplars_v_locales_locale_parent_id_unique" ON "_exemplars_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_exemplars_v_rels_order_idx" ON "_exemplars_v_rels" USING btree ("order");
  CREATE INDEX "_exemplars_v_rels_parent_idx" ON "_exemplars_v_rels" USING btree ("parent_id");
  CREATE INDEX "_exemplars_v_rels_path_idx" ON "_exemplars_v_rels" USING btree ("path");
  CREATE INDEX "_exemplars_v_rels_movements_id_idx" ON "_exemplars_v_rels" USING btree ("movements_id");
  CREATE INDEX "movements_objectives_order_idx" ON "movements_objectives" USING btree ("_order");
  CREATE INDEX "movements_objectives_parent_id_idx" ON "movements_objectives" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "movements_objectives_locales_locale_parent_id_unique" ON "movements_objectives_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "movements_targets_order_idx" ON "movements_targets" USING btree ("_order");
  CREATE INDEX "movements_targets_parent_id_idx" ON "movements_targets" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "movements_targets_locales_locale_parent_id_unique" ON "movements_targets_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "movements_content_order_idx" ON "movements_content" USING btree ("_order");
  CREATE INDEX "movements_content_parent_id_idx" ON "movements_content" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "movements_content_locales_locale_parent_id_unique" ON "movements_content_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "movements_measures_order_idx" ON "movements_measures" USING btree ("_order");
  CREATE INDEX "movements_measures_parent_id_idx" ON "movements_measures" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "movements_measures_locales_locale_parent_id_unique" ON "movements_measures_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "movements_criteria_order_idx" ON "movements_criteria" USING btree ("_order");
  CREATE INDEX "movements_criteria_parent_id_idx" ON "movements_criteria" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "movements_criteria_locales_locale_parent_id_unique" ON "movements_criteria_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "movements_milestones_order_idx" ON "movements_milestones" USING btree ("_order");
  CREATE INDEX "movements_milestones_parent_id_idx" ON "movements_milestones" USING btree ("_parent_id");
  CREATE INDEX "movements_milestones_attachment_idx" ON "movements_milestones" USING btree ("attachment_id");
  CREATE UNIQUE INDEX "movements_milestones_locales_locale_parent_id_unique" ON "movements_milestones_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "movements_type_idx" ON "movements" USING btree ("type");
  CREATE INDEX "movements_level_idx" ON "movements" USING btree ("level");
  CREATE INDEX "movements_period_period_start_idx" ON "movements" USING btree ("period_start");
  CREATE INDEX "movements_cover_idx" ON "movements" USING btree ("cover_id");
  CREATE UNIQUE INDEX "movements_slug_idx" ON "movements" USING btree ("slug");
  CREATE INDEX "movements_status_idx" ON "movements" USING btree ("status");
  CREATE INDEX "movements_created_by_idx" ON "movements" USING btree ("created_by_id");
  CREATE INDEX "movements_updated_at_idx" ON "movements" USING btree ("updated_at");
  CREATE INDEX "movements_created_at_idx" ON "movements" USING btree ("created_at");
  CREATE INDEX "movements__status_idx" ON "movements" USING btree ("_status");
  CREATE INDEX "movements_meta_meta_image_idx" ON "movements_locales" USING btree ("meta_image_id","_locale");
  CREATE UNIQUE INDEX "movements_locales_locale_parent_id_unique" ON "movements_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "movements_rels_order_idx" ON "movements_rels" USING btree ("order");
  CREATE INDEX "movements_rels_parent_idx" ON "movements_rels" USING btree ("parent_id");
  CREATE INDEX "movements_rels_path_idx" ON "movements_rels" USING btree ("path");
  CREATE INDEX "movements_rels_documents_id_idx" ON "movements_rels" USING btree ("documents_id");
  CREATE INDEX "_movements_v_version_objectives_order_idx" ON "_movements_v_version_objectives" USING btree ("_order");
  CREATE INDEX "_movements_v_version_objectives_parent_id_idx" ON "_movements_v_version_objectives" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_movements_v_version_objectives_locales_locale_parent_id_uni" ON "_movements_v_version_objectives_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_movements_v_version_targets_order_idx" ON "_movements_v_version_targets" USING btree ("_order");
  CREATE INDEX "_movements_v_version_targets_parent_id_idx" ON "_movements_v_version_targets" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_movements_v_version_targets_locales_locale_parent_id_unique" ON "_movements_v_version_targets_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_movements_v_version_content_order_idx" ON "_movements_v_version_content" USING btree ("_order");
  CREATE INDEX "_movements_v_version_content_parent_id_idx" ON "_movements_v_version_content" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_movements_v_version_content_locales_locale_parent_id_unique" ON "_movements_v_version_content_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_movements_v_version_measures_order_idx" ON "_movements_v_version_measures" USING btree ("_order");
  CREATE INDEX "_movements_v_version_measures_parent_id_idx" ON "_movements_v_version_measures" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_movements_v_version_measures_locales_locale_parent_id_uniqu" ON "_movements_v_version_measures_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_movements_v_version_criteria_order_idx" ON "_movements_v_version_criteria" USING btree ("_order");
  CREATE INDEX "_movements_v_version_criteria_parent_id_idx" ON "_movements_v_version_criteria" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_movements_v_version_criteria_locales_locale_parent_id_uniqu" ON "_movements_v_version_criteria_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_movements_v_version_milestones_order_idx" ON "_movements_v_version_milestones" USING btree ("_order");
  CREATE INDEX "_movements_v_version_milestones_parent_id_idx" ON "_movements_v_version_milestones" USING btree ("_parent_id");
  CREATE INDEX "_movements_v_version_milestones_attachment_idx" ON "_movements_v_version_milestones" USING btree ("attachment_id");
  CREATE UNIQUE INDEX "_movements_v_version_milestones_locales_locale_parent_id_uni" ON "_movements_v_version_milestones_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_movements_v_parent_idx" ON "_movements_v" USING btree ("parent_id");
  CREATE INDEX "_movements_v_version_version_type_idx" ON "_movements_v" USING btree ("version_type");
  CREATE INDEX "_movements_v_version_version_level_idx" ON "_movements_v" USING btree ("version_level");
  CREATE INDEX "_movements_v_version_period_version_period_start_idx" ON "_movements_v" USING btree ("version_period_start");
  CREATE INDEX "_movements_v_version_version_cover_idx" ON "_movements_v" USING btree ("version_cover_id");
  CREATE INDEX "_movements_v_version_version_slug_idx" ON "_movements_v" USING btree ("version_slug");
  CREATE INDEX "_movements_v_version_version_status_idx" ON "_movements_v" USING btree ("version_status");
  CREATE INDEX "_movements_v_version_version_created_by_idx" ON "_movements_v" USING btree ("version_created_by_id");
  CREATE INDEX "_movements_v_version_version_updated_at_idx" ON "_movements_v" USING btree ("version_updated_at");
  CREATE INDEX "_movements_v_version_version_created_at_idx" ON "_movements_v" USING btree ("version_created_at");
  CREATE INDEX "_movements_v_version_version__status_idx" ON "_movements_v" USING btree ("version__status");
  CREATE INDEX "_movements_v_created_at_idx" ON "_movements_v" USING btree ("created_at");
  CREATE INDEX "_movements_v_updated_at_idx" ON "_movements_v" USING btree ("updated_at");
  CREATE INDEX "_movements_v_snapshot_idx" ON "_movements_v" USING btree ("snapshot");
  CREATE INDEX "_movements_v_published_locale_idx" ON "_movements_v" USING btree ("published_locale");
  CREATE INDEX "_movements_v_latest_idx" ON "_movements_v" USING btree ("latest");
  CREATE INDEX "_movements_v_autosave_idx" ON "_movements_v" USING btree ("autosave");
  CREATE INDEX "_movements_v_version_meta_version_meta_image_idx" ON "_movements_v_locales" USING btree ("version_meta_image_id","_locale");
  CREATE UNIQUE INDEX "_movements_v_locales_locale_parent_id_unique" ON "_movements_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_movements_v_rels_order_idx" ON "_movements_v_rels" USING btree ("order");
  CREATE INDEX "_movements_v_rels_parent_idx" ON "_movements_v_rels" USING btree ("parent_id");
  CREATE INDEX "_movements_v_rels_path_idx" ON "_movements_v_rels" USING btree ("path");
  CREATE INDEX "_movements_v_rels_documents_id_idx" ON "_movements_v_rels" USING btree ("documents_id");
  CREATE INDEX "awards_other_recipients_order_idx" ON "awards_other_recipients" USING btree ("_order");
  CREATE INDEX "awards_other_recipients_parent_id_idx" ON "awards_other_recipients" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "awards_other_recipients_locales_locale_parent_id_unique" ON "awards_other_recipients_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "awards_decision_number_idx" ON "awards" USING btree ("decision_number");
  CREATE INDEX "awards_decision_date_idx" ON "awards" USING btree ("decision_date");
  CREATE INDEX "awards_form_idx" ON "awards" USING btree ("form");
  CREATE INDEX "awards_scanned_decision_idx" ON "awards" USING btree ("scanned_decision_id");
  CREATE UNIQUE INDEX "awards_slug_idx" ON "awards" USING btree ("slug");
  CREATE INDEX "awards_updated_by_idx" ON "awards" USING btree ("updated_by_id");
  CREATE INDEX "awards_year_idx" ON "awards" USING btree ("year");
  CREATE INDEX "awards_province_idx" ON "awards" USING btree ("province_id");
  CREATE INDEX "awards_sector_idx" ON "awards" USING btree ("sector_id");
  CREATE INDEX "awards_movement_idx" ON "awards" USING btree ("movement_id");
  CREATE INDEX "awards_created_by_idx" ON "awards" USING btree ("created_by_id");
  CREATE INDEX "awards_updated_at_idx" ON "awards" USING btree ("updated_at");
  CREATE INDEX "awards_created_at_idx" ON "awards" USING btree ("created_at");
  CREATE INDEX "awards__status_idx" ON "awards" USING btree ("_status");
  CREATE INDEX "awards_issuer_folded_trgm_idx" ON "awards" USING gin ("issuer_folded" gin_trgm_ops);
  CREATE INDEX "awards_recipient_names_folded_trgm_idx" ON "awards" USING gin ("recipient_names_folded" gin_trgm_ops);
  CREATE INDEX "awards_meta_meta_image_idx" ON "awards_locales" USING btree ("meta_image_id","_locale");
  CREATE UNIQUE INDEX "awards_locales_locale_parent_id_unique" ON "awards_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "awards_rels_order_idx" ON "awards_rels" USING btree ("order");
  CREATE INDEX "awards_rels_parent_idx" ON "awards_rels" USING btree ("parent_id");
  CREATE INDEX "awards_rels_path_idx" ON "awards_rels" USING btree ("path");
  CREATE INDEX "awards_rels_exemplars_id_idx" ON "awards_rels" USING btree ("exemplars_id");
  CREATE INDEX "_awards_v_version_other_recipients_order_idx" ON "_awards_v_version_other_recipients" USING btree ("_order");
  CREATE INDEX "_awards_v_version_other_recipients_parent_id_idx" ON "_awards_v_version_other_recipients" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_awards_v_version_other_recipients_locales_locale_parent_id_" ON "_awards_v_version_other_recipients_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_awards_v_parent_idx" ON "_awards_v" USING btree ("parent_id");
  CREATE INDEX "_awards_v_version_version_decision_number_idx" ON "_awards_v" USING btree ("version_decision_number");
  CREATE INDEX "_awards_v_version_version_decision_date_idx" ON "_awards_v" USING btree ("version_decision_date");
  CREATE INDEX "_awards_v_version_version_form_idx" ON "_awards_v" USING btree ("version_form");
  CREATE INDEX "_awards_v_version_version_scanned_decision_idx" ON "_awards_v" USING btree ("version_scanned_decision_id");
  CREATE INDEX "_awards_v_version_version_slug_idx" ON "_awards_v" USING btree ("version_slug");
  CREATE INDEX "_awards_v_version_version_updated_by_idx" ON "_awards_v" USING btree ("version_updated_by_id");
  CREATE INDEX "_awards_v_version_version_year_idx" ON "_awards_v" USING btree ("version_year");
  CREATE INDEX "_awards_v_version_version_province_idx" ON "_awards_v" USING btree ("version_province_id");
  CREATE INDEX "_awards_v_version_version_sector_idx" ON "_awards_v" USING btree ("version_sector_id");
  CREATE INDEX "_awards_v_version_version_movement_idx" ON "_awards_v" USING btree ("version_movement_id");
  CREATE INDEX "_awards_v_version_version_created_by_idx" ON "_awards_v" USING btree ("version_created_by_id");
  CREATE INDEX "_awards_v_version_version_updated_at_idx" ON "_awards_v" USING btree ("version_updated_at");
  CREATE INDEX "_awards_v_version_version_created_at_idx" ON "_awards_v" USING btree ("version_created_at");
  CREATE INDEX "_awards_v_version_version__status_idx" ON "_awards_v" USING btree ("version__status");
  CREATE INDEX "_awards_v_created_at_idx" ON "_awards_v" USING btree ("created_at");
  CREATE INDEX "_awards_v_updated_at_idx" ON "_awards_v" USING btree ("updated_at");
  CREATE INDEX "_awards_v_snapshot_idx" ON "_awards_v" USING btree ("snapshot");
  CREATE INDEX "_awards_v_published_locale_idx" ON "_awards_v" USING btree ("published_locale");
  CREATE INDEX "_awards_v_latest_idx" ON "_awards_v" USING btree ("latest");
  CREATE INDEX "_awards_v_autosave_idx" ON "_awards_v" USING btree ("autosave");
  CREATE INDEX "_awards_v_version_meta_version_meta_image_idx" ON "_awards_v_locales" USING btree ("version_meta_image_id","_locale");
  CREATE UNIQUE INDEX "_awards_v_locales_locale_parent_id_unique" ON "_awards_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_awards_v_rels_order_idx" ON "_awards_v_rels" USING btree ("order");
  CREATE INDEX "_awards_v_rels_parent_idx" ON "_awards_v_rels" USING btree ("parent_id");
  CREATE INDEX "_awards_v_rels_path_idx" ON "_awards_v_rels" USING btree ("path");
  CREATE INDEX "_awards_v_rels_exemplars_id_idx" ON "_awards_v_rels" USING btree ("exemplars_id");
  CREATE INDEX "nominations_form_idx" ON "nominations" USING btree ("form");
  CREATE INDEX "nominations_nominee_idx" ON "nominations" USING btree ("nominee_id");
  CREATE INDEX "nominations_province_idx" ON "nominations" USING btree ("province_id");
  CREATE INDEX "nominations_opens_at_idx" ON "nominations" USING btree ("opens_at");
  CREATE INDEX "nominations_closes_at_idx" ON "nominations" USING btree ("closes_at");
  CREATE INDEX "nominations_status_idx" ON "nominations" USING btree ("status");
  CREATE INDEX "nominations_decision_idx" ON "nominations" USING btree ("decision_id");
  CREATE UNIQUE INDEX "nominations_slug_idx" ON "nominations" USING btree ("slug");
  CREATE INDEX "nominations_created_by_idx" ON "nominations" USING btree ("created_by_id");
  CREATE INDEX "nominations_updated_by_idx" ON "nominations" USING btree ("updated_by_id");
  CREATE INDEX "nominations_updated_at_idx" ON "nominations" USING btree ("updated_at");
  CREATE INDEX "nominations_created_at_idx" ON "nominations" USING btree ("created_at");
  CREATE INDEX "nominations_rels_order_idx" ON "nominations_rels" USING btree ("order");
  CREATE INDEX "nominations_rels_parent_idx" ON "nominations_rels" USING btree ("parent_id");
  CREATE INDEX "nominations_rels_path_idx" ON "nominations_rels" USING btree ("path");
  CREATE INDEX "nominations_rels_files_id_idx" ON "nominations_rels" USING btree ("files_id");
  CREATE INDEX "_nominations_v_parent_idx" ON "_nominations_v" USING btree ("parent_id");
  CREATE INDEX "_nominations_v_version_version_form_idx" ON "_nominations_v" USING btree ("version_form");
  CREATE INDEX "_nominations_v_version_version_nominee_idx" ON "_nominations_v" USING btree ("version_nominee_id");
  CREATE INDEX "_nominations_v_version_version_province_idx" ON "_nominations_v" USING btree ("version_province_id");
  CREATE INDEX "_nominations_v_version_version_opens_at_idx" ON "_nominations_v" USING btree ("version_opens_at");
  CREATE INDEX "_nominations_v_version_version_closes_at_idx" ON "_nominations_v" USING btree ("version_closes_at");
  CREATE INDEX "_nominations_v_version_version_status_idx" ON "_nominations_v" USING btree ("version_status");
  CREATE INDEX "_nominations_v_version_version_decision_idx" ON "_nominations_v" USING btree ("version_decision_id");
  CREATE INDEX "_nominations_v_version_version_slug_idx" ON "_nominations_v" USING btree ("version_slug");
  CREATE INDEX "_nominations_v_version_version_created_by_idx" ON "_nominations_v" USING btree ("version_created_by_id");
  CREATE INDEX "_nominations_v_version_version_updated_by_idx" ON "_nominations_v" USING btree ("version_updated_by_id");
  CREATE INDEX "_nominations_v_version_version_updated_at_idx" ON "_nominations_v" USING btree ("version_updated_at");
  CREATE INDEX "_nominations_v_version_version_created_at_idx" ON "_nominations_v" USING btree ("version_created_at");
  CREATE INDEX "_nominations_v_created_at_idx" ON "_nominations_v" USING btree ("created_at");
  CREATE INDEX "_nominations_v_updated_at_idx" ON "_nominations_v" USING btree ("updated_at");
  CREATE INDEX "_nominations_v_rels_order_idx" ON "_nominations_v_rels" USING btree ("order");
  CREATE INDEX "_nominations_v_rels_parent_idx" ON "_nominations_v_rels" USING btree ("parent_id");
  CREATE INDEX "_nominations_v_rels_path_idx" ON "_nominations_v_rels" USING btree ("path");
  CREATE INDEX "_nominations_v_rels_files_id_idx" ON "_nominations_v_rels" USING btree ("files_id");
  CREATE INDEX "opinions_nomination_idx" ON "opinions" USING btree ("nomination_id");
  CREATE INDEX "opinions_reviewed_idx" ON "opinions" USING btree ("reviewed");
  CREATE INDEX "opinions_reviewed_by_idx" ON "opinions" USING btree ("reviewed_by_id");
  CREATE INDEX "opinions_updated_at_idx" ON "opinions" USING btree ("updated_at");
  CREATE INDEX "opinions_created_at_idx" ON "opinions" USING btree ("created_at");
  CREATE INDEX "columns_cover_idx" ON "columns" USING btree ("cover_id");
  CREATE UNIQUE INDEX "columns_slug_idx" ON "columns" USING btree ("slug");
  CREATE INDEX "columns_created_by_idx" ON "columns" USING btree ("created_by_id");
  CREATE INDEX "columns_updated_at_idx" ON "columns" USING btree ("updated_at");
  CREATE INDEX "columns_created_at_idx" ON "columns" USING btree ("created_at");
  CREATE INDEX "columns__status_idx" ON "columns" USING btree ("_status");
  CREATE INDEX "columns_meta_meta_image_idx" ON "columns_locales" USING btree ("meta_image_id","_locale");
  CREATE UNIQUE INDEX "columns_locales_locale_parent_id_unique" ON "columns_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_columns_v_parent_idx" ON "_columns_v" USING btree ("parent_id");
  CREATE INDEX "_columns_v_version_version_cover_idx" ON "_columns_v" USING btree ("version_cover_id");
  CREATE INDEX "_columns_v_version_version_slug_idx" ON "_columns_v" USING btree ("version_slug");
  CREATE INDEX "_columns_v_version_version_created_by_idx" ON "_columns_v" USING btree ("version_created_by_id");
  CREATE INDEX "_columns_v_version_version_updated_at_idx" ON "_columns_v" USING btree ("version_updated_at");
  CREATE INDEX "_columns_v_version_version_created_at_idx" ON "_columns_v" USING btree ("version_created_at");
  CREATE INDEX "_columns_v_version_version__status_idx" ON "_columns_v" USING btree ("version__status");
  CREATE INDEX "_columns_v_created_at_idx" ON "_columns_v" USING btree ("created_at");
  CREATE INDEX "_columns_v_updated_at_idx" ON "_columns_v" USING btree ("updated_at");
  CREATE INDEX "_columns_v_snapshot_idx" ON "_columns_v" USING btree ("snapshot");
  CREATE INDEX "_columns_v_published_locale_idx" ON "_columns_v" USING btree ("published_locale");
  CREATE INDEX "_columns_v_latest_idx" ON "_columns_v" USING btree ("latest");
  CREATE INDEX "_columns_v_autosave_idx" ON "_columns_v" USING btree ("autosave");
  CREATE INDEX "_columns_v_version_meta_version_meta_image_idx" ON "_columns_v_locales" USING btree ("version_meta_image_id","_locale");
  CREATE UNIQUE INDEX "_columns_v_locales_locale_parent_id_unique" ON "_columns_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "articles_column_idx" ON "articles" USING btree ("column_id");
  CREATE INDEX "articles_cover_idx" ON "articles" USING btree ("cover_id");
  CREATE UNIQUE INDEX "articles_slug_idx" ON "articles" USING btree ("slug");
  CREATE INDEX "articles_published_at_idx" ON "articles" USING btree ("published_at");
  CREATE INDEX "articles_author_idx" ON "articles" USING btree ("author_id");
  CREATE INDEX "articles_created_by_idx" ON "articles" USING btree ("created_by_id");
  CREATE INDEX "articles_updated_at_idx" ON "articles" USING btree ("updated_at");
  CREATE INDEX "articles_created_at_idx" ON "articles" USING btree ("created_at");
  CREATE INDEX "articles__status_idx" ON "articles" USING btree ("_status");
  CREATE INDEX "articles_meta_meta_image_idx" ON "articles_locales" USING btree ("meta_image_id","_locale");
  CREATE UNIQUE INDEX "articles_locales_locale_parent_id_unique" ON "articles_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "articles_texts_order_parent" ON "articles_texts" USING btree ("order","parent_id");
  CREATE INDEX "articles_rels_order_idx" ON "articles_rels" USING btree ("order");
  CREATE INDEX "articles_rels_parent_idx" ON "articles_rels" USING btree ("parent_id");
  CREATE INDEX "articles_rels_path_idx" ON "articles_rels" USING btree ("path");
  CREATE INDEX "articles_rels_exemplars_id_idx" ON "articles_rels" USING btree ("exemplars_id");
  CREATE INDEX "articles_rels_movements_id_idx" ON "articles_rels" USING btree ("movements_id");
  CREATE INDEX "_articles_v_parent_idx" ON "_articles_v" USING btree ("parent_id");
  CREATE INDEX "_articles_v_version_version_column_idx" ON "_articles_v" USING btree ("version_column_id");
  CREATE INDEX "_articles_v_version_version_cover_idx" ON "_articles_v" USING btree ("version_cover_id");
  CREATE INDEX "_articles_v_version_version_slug_idx" ON "_articles_v" USING btree ("version_slug");
  CREATE INDEX "_articles_v_version_version_published_at_idx" ON "_articles_v" USING btree ("version_published_at");
  CREATE INDEX "_articles_v_version_version_author_idx" ON "_articles_v" USING btree ("version_author_id");
  CREATE INDEX "_articles_v_version_version_created_by_idx" ON "_articles_v" USING btree ("version_created_by_id");
  CREATE INDEX "_articles_v_version_version_updated_at_idx" ON "_articles_v" USING btree ("version_updated_at");
  CREATE INDEX "_articles_v_version_version_created_at_idx" ON "_articles_v" USING btree ("version_created_at");
  CREATE INDEX "_articles_v_version_version__status_idx" ON "_articles_v" USING btree ("version__status");
  CREATE INDEX "_articles_v_created_at_idx" ON "_articles_v" USING btree ("created_at");
  CREATE INDEX "_articles_v_updated_at_idx" ON "_articles_v" USING btree ("updated_at");
  CREATE INDEX "_articles_v_snapshot_idx" ON "_articles_v" USING btree ("snapshot");
  CREATE INDEX "_articles_v_published_locale_idx" ON "_articles_v" USING btree ("published_locale");
  CREATE INDEX "_articles_v_latest_idx" ON "_articles_v" USING btree ("latest");
  CREATE INDEX "_articles_v_autosave_idx" ON "_articles_v" USING btree ("autosave");
  CREATE INDEX "_articles_v_version_meta_version_meta_image_idx" ON "_articles_v_locales" USING btree ("version_meta_image_id","_locale");
  CREATE UNIQUE INDEX "_articles_v_locales_locale_parent_id_unique" ON "_articles_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_articles_v_texts_order_parent" ON "_articles_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "_articles_v_rels_order_idx" ON "_articles_v_rels" USING btree ("order");
  CREATE INDEX "_articles_v_rels_parent_idx" ON "_articles_v_rels" USING btree ("parent_id");
  CREATE INDEX "_articles_v_rels_path_idx" ON "_articles_v_rels" USING btree ("path");
  CREATE INDEX "_articles_v_rels_exemplars_id_idx" ON "_articles_v_rels" USING btree ("exemplars_id");
  CREATE INDEX "_articles_v_rels_movements_id_idx" ON "_articles_v_rels" USING btree ("movements_id");
  CREATE INDEX "documents_number_idx" ON "documents" USING btree ("number");
  CREATE INDEX "documents_type_idx" ON "documents" USING btree ("type");
  CREATE INDEX "documents_issued_date_idx" ON "documents" USING btree ("issued_date");
  CREATE INDEX "documents_file_idx" ON "documents" USING btree ("file_id");
  CREATE UNIQUE INDEX "documents_slug_idx" ON "documents" USING btree ("slug");
  CREATE INDEX "documents_created_by_idx" ON "documents" USING btree ("created_by_id");
  CREATE INDEX "documents_updated_at_idx" ON "documents" USING btree ("updated_at");
  CREATE INDEX "documents_created_at_idx" ON "documents" USING btree ("created_at");
  CREATE INDEX "documents__status_idx" ON "documents" USING btree ("_status");
  CREATE INDEX "documents_meta_meta_image_idx" ON "documents_locales" USING btree ("meta_image_id","_locale");
  CREATE UNIQUE INDEX "documents_locales_locale_parent_id_unique" ON "documents_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_documents_v_parent_idx" ON "_documents_v" USING btree ("parent_id");
  CREATE INDEX "_documents_v_version_version_number_idx" ON "_documents_v" USING btree ("version_number");
  CREATE INDEX "_documents_v_version_version_type_idx" ON "_documents_v" USING btree ("version_type");
  CREATE INDEX "_documents_v_version_version_issued_date_idx" ON "_documents_v" USING btree ("version_issued_date");
  CREATE INDEX "_documents_v_version_version_file_idx" ON "_documents_v" USING btree ("version_file_id");
  CREATE INDEX "_documents_v_version_version_slug_idx" ON "_documents_v" USING btree ("version_slug");
  CREATE INDEX "_documents_v_version_version_created_by_idx" ON "_documents_v" USING btree ("version_created_by_id");
  CREATE INDEX "_documents_v_version_version_updated_at_idx" ON "_documents_v" USING btree ("version_updated_at");
  CREATE INDEX "_documents_v_version_version_created_at_idx" ON "_documents_v" USING btree ("version_created_at");
  CREATE INDEX "_documents_v_version_version__status_idx" ON "_documents_v" USING btree ("version__status");
  CREATE INDEX "_documents_v_created_at_idx" ON "_documents_v" USING btree ("created_at");
  CREATE INDEX "_documents_v_updated_at_idx" ON "_documents_v" USING btree ("updated_at");
  CREATE INDEX "_documents_v_snapshot_idx" ON "_documents_v" USING btree ("snapshot");
  CREATE INDEX "_documents_v_published_locale_idx" ON "_documents_v" USING btree ("published_locale");
  CREATE INDEX "_documents_v_latest_idx" ON "_documents_v" USING btree ("latest");
  CREATE INDEX "_documents_v_autosave_idx" ON "_documents_v" USING btree ("autosave");
  CREATE INDEX "_documents_v_version_meta_version_meta_image_idx" ON "_documents_v_locales" USING btree ("version_meta_image_id","_locale");
  CREATE UNIQUE INDEX "_documents_v_locales_locale_parent_id_unique" ON "_documents_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "courses_audience_order_idx" ON "courses_audience" USING btree ("order");
  CREATE INDEX "courses_audience_parent_idx" ON "courses_audience" USING btree ("parent_id");
  CREATE INDEX "courses_objectives_order_idx" ON "courses_objectives" USING btree ("_order");
  CREATE INDEX "courses_objectives_parent_id_idx" ON "courses_objectives" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "courses_objectives_locales_locale_parent_id_unique" ON "courses_objectives_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "courses_modules_order_idx" ON "courses_modules" USING btree ("_order");
  CREATE INDEX "courses_modules_parent_id_idx" ON "courses_modules" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "courses_modules_locales_locale_parent_id_unique" ON "courses_modules_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "courses_slug_idx" ON "courses" USING btree ("slug");
  CREATE INDEX "courses_cover_idx" ON "courses" USING btree ("cover_id");
  CREATE INDEX "courses_created_by_idx" ON "courses" USING btree ("created_by_id");
  CREATE INDEX "courses_updated_at_idx" ON "courses" USING btree ("updated_at");
  CREATE INDEX "courses_created_at_idx" ON "courses" USING btree ("created_at");
  CREATE INDEX "courses__status_idx" ON "courses" USING btree ("_status");
  CREATE INDEX "courses_meta_meta_image_idx" ON "courses_locales" USING btree ("meta_image_id","_locale");
  CREATE UNIQUE INDEX "courses_locales_locale_parent_id_unique" ON "courses_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "courses_texts_order_parent" ON "courses_texts" USING btree ("order","parent_id");
  CREATE INDEX "_courses_v_version_audience_order_idx" ON "_courses_v_version_audience" USING btree ("order");
  CREATE INDEX "_courses_v_version_audience_parent_idx" ON "_courses_v_version_audience" USING btree ("parent_id");
  CREATE INDEX "_courses_v_version_objectives_order_idx" ON "_courses_v_version_objectives" USING btree ("_order");
  CREATE INDEX "_courses_v_version_objectives_parent_id_idx" ON "_courses_v_version_objectives" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_courses_v_version_objectives_locales_locale_parent_id_uniqu" ON "_courses_v_version_objectives_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_courses_v_version_modules_order_idx" ON "_courses_v_version_modules" USING btree ("_order");
  CREATE INDEX "_courses_v_version_modules_parent_id_idx" ON "_courses_v_version_modules" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_courses_v_version_modules_locales_locale_parent_id_unique" ON "_courses_v_version_modules_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_courses_v_parent_idx" ON "_courses_v" USING btree ("parent_id");
  CREATE INDEX "_courses_v_version_version_slug_idx" ON "_courses_v" USING btree ("version_slug");
  CREATE INDEX "_courses_v_version_version_cover_idx" ON "_courses_v" USING btree ("version_cover_id");
  CREATE INDEX "_courses_v_version_version_created_by_idx" ON "_courses_v" USING btree ("version_created_by_id");
  CREATE INDEX "_courses_v_version_version_updated_at_idx" ON "_courses_v" USING btree ("version_updated_at");
  CREATE INDEX "_courses_v_version_version_created_at_idx" ON "_courses_v" USING btree ("version_created_at");
  CREATE INDEX "_courses_v_version_version__status_idx" ON "_courses_v" USING btree ("version__status");
  CREATE INDEX "_courses_v_created_at_idx" ON "_courses_v" USING btree ("created_at");
  CREATE INDEX "_courses_v_updated_at_idx" ON "_courses_v" USING btree ("updated_at");
  CREATE INDEX "_courses_v_snapshot_idx" ON "_courses_v" USING btree ("snapshot");
  CREATE INDEX "_courses_v_published_locale_idx" ON "_courses_v" USING btree ("published_locale");
  CREATE INDEX "_courses_v_latest_idx" ON "_courses_v" USING btree ("latest");
  CREATE INDEX "_courses_v_autosave_idx" ON "_courses_v" USING btree ("autosave");
  CREATE INDEX "_courses_v_version_meta_version_meta_image_idx" ON "_courses_v_locales" USING btree ("version_meta_image_id","_locale");
  CREATE UNIQUE INDEX "_courses_v_locales_locale_parent_id_unique" ON "_courses_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_courses_v_texts_order_parent" ON "_courses_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "lessons_objectives_order_idx" ON "lessons_objectives" USING btree ("_order");
  CREATE INDEX "lessons_objectives_parent_id_idx" ON "lessons_objectives" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "lessons_objectives_locales_locale_parent_id_unique" ON "lessons_objectives_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "lessons_questions_order_idx" ON "lessons_questions" USING btree ("_order");
  CREATE INDEX "lessons_questions_parent_id_idx" ON "lessons_questions" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "lessons_questions_locales_locale_parent_id_unique" ON "lessons_questions_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "lessons_course_idx" ON "lessons" USING btree ("course_id");
  CREATE INDEX "lessons_order_idx" ON "lessons" USING btree ("order");
  CREATE UNIQUE INDEX "lessons_slug_idx" ON "lessons" USING btree ("slug");
  CREATE INDEX "lessons_created_by_idx" ON "lessons" USING btree ("created_by_id");
  CREATE INDEX "lessons_updated_at_idx" ON "lessons" USING btree ("updated_at");
  CREATE INDEX "lessons_created_at_idx" ON "lessons" USING btree ("created_at");
  CREATE INDEX "lessons__status_idx" ON "lessons" USING btree ("_status");
  CREATE INDEX "lessons_meta_meta_image_idx" ON "lessons_locales" USING btree ("meta_image_id","_locale");
  CREATE UNIQUE INDEX "lessons_locales_locale_parent_id_unique" ON "lessons_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "lessons_rels_order_idx" ON "lessons_rels" USING btree ("order");
  CREATE INDEX "lessons_rels_parent_idx" ON "lessons_rels" USING btree ("parent_id");
  CREATE INDEX "lessons_rels_path_idx" ON "lessons_rels" USING btree ("path");
  CREATE INDEX "lessons_rels_files_id_idx" ON "lessons_rels" USING btree ("files_id");
  CREATE INDEX "lessons_rels_documents_id_idx" ON "lessons_rels" USING btree ("documents_id");
  CREATE INDEX "_lessons_v_version_objectives_order_idx" ON "_lessons_v_version_objectives" USING btree ("_order");
  CREATE INDEX "_lessons_v_version_objectives_parent_id_idx" ON "_lessons_v_version_objectives" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_lessons_v_version_objectives_locales_locale_parent_id_uniqu" ON "_lessons_v_version_objectives_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_lessons_v_version_questions_order_idx" ON "_lessons_v_version_questions" USING btree ("_order");
  CREATE INDEX "_lessons_v_version_questions_parent_id_idx" ON "_lessons_v_version_questions" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_lessons_v_version_questions_locales_locale_parent_id_unique" ON "_lessons_v_version_questions_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_lessons_v_parent_idx" ON "_lessons_v" USING btree ("parent_id");
  CREATE INDEX "_lessons_v_version_version_course_idx" ON "_lessons_v" USING btree ("version_course_id");
  CREATE INDEX "_lessons_v_version_version_order_idx" ON "_lessons_v" USING btree ("version_order");
  CREATE INDEX "_lessons_v_version_version_slug_idx" ON "_lessons_v" USING btree ("version_slug");
  CREATE INDEX "_lessons_v_version_version_created_by_idx" ON "_lessons_v" USING btree ("version_created_by_id");
  CREATE INDEX "_lessons_v_version_version_updated_at_idx" ON "_lessons_v" USING btree ("version_updated_at");
  CREATE INDEX "_lessons_v_version_version_created_at_idx" ON "_lessons_v" USING btree ("version_created_at");
  CREATE INDEX "_lessons_v_version_version__status_idx" ON "_lessons_v" USING btree ("version__status");
  CREATE INDEX "_lessons_v_created_at_idx" ON "_lessons_v" USING btree ("created_at");
  CREATE INDEX "_lessons_v_updated_at_idx" ON "_lessons_v" USING btree ("updated_at");
  CREATE INDEX "_lessons_v_snapshot_idx" ON "_lessons_v" USING btree ("snapshot");
  CREATE INDEX "_lessons_v_published_locale_idx" ON "_lessons_v" USING btree ("published_locale");
  CREATE INDEX "_lessons_v_latest_idx" ON "_lessons_v" USING btree ("latest");
  CREATE INDEX "_lessons_v_autosave_idx" ON "_lessons_v" USING btree ("autosave");
  CREATE INDEX "_lessons_v_version_meta_version_meta_image_idx" ON "_lessons_v_locales" USING btree ("version_meta_image_id","_locale");
  CREATE UNIQUE INDEX "_lessons_v_locales_locale_parent_id_unique" ON "_lessons_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_lessons_v_rels_order_idx" ON "_lessons_v_rels" USING btree ("order");
  CREATE INDEX "_lessons_v_rels_parent_idx" ON "_lessons_v_rels" USING btree ("parent_id");
  CREATE INDEX "_lessons_v_rels_path_idx" ON "_lessons_v_rels" USING btree ("path");
  CREATE INDEX "_lessons_v_rels_files_id_idx" ON "_lessons_v_rels" USING btree ("files_id");
  CREATE INDEX "_lessons_v_rels_documents_id_idx" ON "_lessons_v_rels" USING btree ("documents_id");
  CREATE INDEX "downloads_kind_idx" ON "downloads" USING btree ("kind");
  CREATE INDEX "downloads_file_idx" ON "downloads" USING btree ("file_id");
  CREATE INDEX "downloads_course_idx" ON "downloads" USING btree ("course_id");
  CREATE INDEX "downloads_day_idx" ON "downloads" USING btree ("day");
  CREATE INDEX "downloads_updated_at_idx" ON "downloads" USING btree ("updated_at");
  CREATE INDEX "downloads_created_at_idx" ON "downloads" USING btree ("created_at");
  CREATE UNIQUE INDEX "provinces_code_idx" ON "provinces" USING btree ("code");
  CREATE UNIQUE INDEX "provinces_slug_idx" ON "provinces" USING btree ("slug");
  CREATE INDEX "provinces_updated_at_idx" ON "provinces" USING btree ("updated_at");
  CREATE INDEX "provinces_created_at_idx" ON "provinces" USING btree ("created_at");
  CREATE UNIQUE INDEX "provinces_locales_locale_parent_id_unique" ON "provinces_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "sectors_slug_idx" ON "sectors" USING btree ("slug");
  CREATE INDEX "sectors_updated_at_idx" ON "sectors" USING btree ("updated_at");
  CREATE INDEX "sectors_created_at_idx" ON "sectors" USING btree ("created_at");
  CREATE UNIQUE INDEX "sectors_locales_locale_parent_id_unique" ON "sectors_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "media_created_by_idx" ON "media" USING btree ("created_by_id");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE INDEX "media_sizes_thumbnail_sizes_thumbnail_filename_idx" ON "media" USING btree ("sizes_thumbnail_filename");
  CREATE INDEX "media_sizes_card_sizes_card_filename_idx" ON "media" USING btree ("sizes_card_filename");
  CREATE INDEX "media_sizes_feature_sizes_feature_filename_idx" ON "media" USING btree ("sizes_feature_filename");
  CREATE INDEX "media_sizes_og_sizes_og_filename_idx" ON "media" USING btree ("sizes_og_filename");
  CREATE UNIQUE INDEX "media_locales_locale_parent_id_unique" ON "media_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "files_created_by_idx" ON "files" USING btree ("created_by_id");
  CREATE INDEX "files_updated_at_idx" ON "files" USING btree ("updated_at");
  CREATE INDEX "files_created_at_idx" ON "files" USING btree ("created_at");
  CREATE UNIQUE INDEX "files_filename_idx" ON "files" USING btree ("filename");
  CREATE UNIQUE INDEX "files_locales_locale_parent_id_unique" ON "files_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "users_allowed_origins_order_idx" ON "users_allowed_origins" USING btree ("_order");
  CREATE INDEX "users_allowed_origins_parent_id_idx" ON "users_allowed_origins" USING btree ("_parent_id");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE INDEX "api_usage_partner_idx" ON "api_usage" USING btree ("partner_id");
  CREATE INDEX "api_usage_day_idx" ON "api_usage" USING btree ("day");
  CREATE INDEX "api_usage_updated_at_idx" ON "api_usage" USING btree ("updated_at");
  CREATE INDEX "api_usage_created_at_idx" ON "api_usage" USING btree ("created_at");
  CREATE UNIQUE INDEX "partner_day_idx" ON "api_usage" USING btree ("partner_id","day");
  CREATE INDEX "search_kind_idx" ON "search" USING btree ("kind");
  CREATE INDEX "search_updated_at_idx" ON "search" USING btree ("updated_at");
  CREATE INDEX "search_created_at_idx" ON "search" USING btree ("created_at");
  CREATE UNIQUE INDEX "search_locales_locale_parent_id_unique" ON "search_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "search_locales_parent_idx" ON "search_locales" USING btree ("_parent_id");
  CREATE INDEX "search_texts_order_parent" ON "search_texts" USING btree ("order","parent_id");
  CREATE INDEX "search_texts_text_idx" ON "search_texts" USING btree ("text");
  CREATE INDEX "search_texts_lookup_idx" ON "search_texts" USING btree ("text","parent_id","path");
  CREATE INDEX "search_texts_parent_idx" ON "search_texts" USING btree ("parent_id");
  CREATE INDEX "search_rels_order_idx" ON "search_rels" USING btree ("order");
  CREATE INDEX "search_rels_parent_idx" ON "search_rels" USING btree ("parent_id");
  CREATE INDEX "search_rels_path_idx" ON "search_rels" USING btree ("path");
  CREATE INDEX "search_rels_exemplars_id_idx" ON "search_rels" USING btree ("exemplars_id");
  CREATE INDEX "search_rels_movements_id_idx" ON "search_rels" USING btree ("movements_id");
  CREATE INDEX "search_rels_articles_id_idx" ON "search_rels" USING btree ("articles_id");
  CREATE INDEX "search_rels_awards_id_idx" ON "search_rels" USING btree ("awards_id");
  CREATE INDEX "search_rels_lessons_id_idx" ON "search_rels" USING btree ("lessons_id");
  CREATE INDEX "search_rels_documents_id_idx" ON "search_rels" USING btree ("documents_id");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_exemplars_id_idx" ON "payload_locked_documents_rels" USING btree ("exemplars_id");
  CREATE INDEX "payload_locked_documents_rels_movements_id_idx" ON "payload_locked_documents_rels" USING btree ("movements_id");
  CREATE INDEX "payload_locked_documents_rels_awards_id_idx" ON "payload_locked_documents_rels" USING btree ("awards_id");
  CREATE INDEX "payload_locked_documents_rels_nominations_id_idx" ON "payload_locked_documents_rels" USING btree ("nominations_id");
  CREATE INDEX "payload_locked_documents_rels_opinions_id_idx" ON "payload_locked_documents_rels" USING btree ("opinions_id");
  CREATE INDEX "payload_locked_documents_rels_columns_id_idx" ON "payload_locked_documents_rels" USING btree ("columns_id");
  CREATE INDEX "payload_locked_documents_rels_articles_id_idx" ON "payload_locked_documents_rels" USING btree ("articles_id");
  CREATE INDEX "payload_locked_documents_rels_documents_id_idx" ON "payload_locked_documents_rels" USING btree ("documents_id");
  CREATE INDEX "payload_locked_documents_rels_courses_id_idx" ON "payload_locked_documents_rels" USING btree ("courses_id");
  CREATE INDEX "payload_locked_documents_rels_lessons_id_idx" ON "payload_locked_documents_rels" USING btree ("lessons_id");
  CREATE INDEX "payload_locked_documents_rels_downloads_id_idx" ON "payload_locked_documents_rels" USING btree ("downloads_id");
  CREATE INDEX "payload_locked_documents_rels_provinces_id_idx" ON "payload_locked_documents_rels" USING btree ("provinces_id");
  CREATE INDEX "payload_locked_documents_rels_sectors_id_idx" ON "payload_locked_documents_rels" USING btree ("sectors_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_files_id_idx" ON "payload_locked_documents_rels" USING btree ("files_id");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_locked_documents_rels_api_usage_id_idx" ON "payload_locked_documents_rels" USING btree ("api_usage_id");
  CREATE INDEX "payload_locked_documents_rels_search_id_idx" ON "payload_locked_documents_rels" USING btree ("search_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");
  CREATE INDEX "site_settings_footer_links_order_idx" ON "site_settings_footer_links" USING btree ("_order");
  CREATE INDEX "site_settings_footer_links_parent_id_idx" ON "site_settings_footer_links" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "site_settings_footer_links_locales_locale_parent_id_unique" ON "site_settings_footer_links_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "site_settings_social_order_idx" ON "site_settings_social" USING btree ("_order");
  CREATE INDEX "site_settings_social_parent_id_idx" ON "site_settings_social" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "site_settings_locales_locale_parent_id_unique" ON "site_settings_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "home_locales_locale_parent_id_unique" ON "home_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "home_rels_order_idx" ON "home_rels" USING btree ("order");
  CREATE INDEX "home_rels_parent_idx" ON "home_rels" USING btree ("parent_id");
  CREATE INDEX "home_rels_path_idx" ON "home_rels" USING btree ("path");
  CREATE INDEX "home_rels_exemplars_id_idx" ON "home_rels" USING btree ("exemplars_id");
  CREATE INDEX "home_rels_movements_id_idx" ON "home_rels" USING btree ("movements_id");
  CREATE INDEX "home_rels_columns_id_idx" ON "home_rels" USING btree ("columns_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "exemplars_achievements" CASCADE;
  DROP TABLE "exemplars_achievements_locales" CASCADE;
  DROP TABLE "exemplars_gallery" CASCADE;
  DROP TABLE "exemplars_sources" CASCADE;
  DROP TABLE "exemplars_sources_locales" CASCADE;
  DROP TABLE "exemplars_stage_history" CASCADE;
  DROP TABLE "exemplars" CASCADE;
  DROP TABLE "exemplars_locales" CASCADE;
  DROP TABLE "exemplars_rels" CASCADE;
  DROP TABLE "_exemplars_v_version_achievements" CASCADE;
  DROP TABLE "_exemplars_v_version_achievements_locales" CASCADE;
  DROP TABLE "_exemplars_v_version_gallery" CASCADE;
  DROP TABLE "_exemplars_v_version_sources" CASCADE;
  DROP TABLE "_exemplars_v_version_sources_locales" CASCADE;
  DROP TABLE "_exemplars_v_version_stage_history" CASCADE;
  DROP TABLE "_exemplars_v" CASCADE;
  DROP TABLE "_exemplars_v_locales" CASCADE;
  DROP TABLE "_exemplars_v_rels" CASCADE;
  DROP TABLE "movements_objectives" CASCADE;
  DROP TABLE "movements_objectives_locales" CASCADE;
  DROP TABLE "movements_targets" CASCADE;
  DROP TABLE "movements_targets_locales" CASCADE;
  DROP TABLE "movements_content" CASCADE;
  DROP TABLE "movements_content_locales" CASCADE;
  DROP TABLE "movements_measures" CASCADE;
  DROP TABLE "movements_measures_locales" CASCADE;
  DROP TABLE "movements_criteria" CASCADE;
  DROP TABLE "movements_criteria_locales" CASCADE;
  DROP TABLE "movements_milestones" CASCADE;
  DROP TABLE "movements_milestones_locales" CASCADE;
  DROP TABLE "movements" CASCADE;
  DROP TABLE "movements_locales" CASCADE;
  DROP TABLE "movements_rels" CASCADE;
  DROP TABLE "_movements_v_version_objectives" CASCADE;
  DROP TABLE "_movements_v_version_objectives_locales" CASCADE;
  DROP TABLE "_movements_v_version_targets" CASCADE;
  DROP TABLE "_movements_v_version_targets_locales" CASCADE;
  DROP TABLE "_movements_v_version_content" CASCADE;
  DROP TABLE "_movements_v_version_content_locales" CASCADE;
  DROP TABLE "_movements_v_version_measures" CASCADE;
  DROP TABLE "_movements_v_version_measures_locales" CASCADE;
  DROP TABLE "_movements_v_version_criteria" CASCADE;
  DROP TABLE "_movements_v_version_criteria_locales" CASCADE;
  DROP TABLE "_movements_v_version_milestones" CASCADE;
  DROP TABLE "_movements_v_version_milestones_locales" CASCADE;
  DROP TABLE "_movements_v" CASCADE;
  DROP TABLE "_movements_v_locales" CASCADE;
  DROP TABLE "_movements_v_rels" CASCADE;
  DROP TABLE "awards_other_recipients" CASCADE;
  DROP TABLE "awards_other_recipients_locales" CASCADE;
  DROP TABLE "awards" CASCADE;
  DROP TABLE "awards_locales" CASCADE;
  DROP TABLE "awards_rels" CASCADE;
  DROP TABLE "_awards_v_version_other_recipients" CASCADE;
  DROP TABLE "_awards_v_version_other_recipients_locales" CASCADE;
  DROP TABLE "_awards_v" CASCADE;
  DROP TABLE "_awards_v_locales" CASCADE;
  DROP TABLE "_awards_v_rels" CASCADE;
  DROP TABLE "nominations" CASCADE;
  DROP TABLE "nominations_rels" CASCADE;
  DROP TABLE "_nominations_v" CASCADE;
  DROP TABLE "_nominations_v_rels" CASCADE;
  DROP TABLE "opinions" CASCADE;
  DROP TABLE "columns" CASCADE;
  DROP TABLE "columns_locales" CASCADE;
  DROP TABLE "_columns_v" CASCADE;
  DROP TABLE "_columns_v_locales" CASCADE;
  DROP TABLE "articles" CASCADE;
  DROP TABLE "articles_locales" CASCADE;
  DROP TABLE "articles_texts" CASCADE;
  DROP TABLE "articles_rels" CASCADE;
  DROP TABLE "_articles_v" CASCADE;
  DROP TABLE "_articles_v_locales" CASCADE;
  DROP TABLE "_articles_v_texts" CASCADE;
  DROP TABLE "_articles_v_rels" CASCADE;
  DROP TABLE "documents" CASCADE;
  DROP TABLE "documents_locales" CASCADE;
  DROP TABLE "_documents_v" CASCADE;
  DROP TABLE "_documents_v_locales" CASCADE;
  DROP TABLE "courses_audience" CASCADE;
  DROP TABLE "courses_objectives" CASCADE;
  DROP TABLE "courses_objectives_locales" CASCADE;
  DROP TABLE "courses_modules" CASCADE;
  DROP TABLE "courses_modules_locales" CASCADE;
  DROP TABLE "courses" CASCADE;
  DROP TABLE "courses_locales" CASCADE;
  DROP TABLE "courses_texts" CASCADE;
  DROP TABLE "_courses_v_version_audience" CASCADE;
  DROP TABLE "_courses_v_version_objectives" CASCADE;
  DROP TABLE "_courses_v_version_objectives_locales" CASCADE;
  DROP TABLE "_courses_v_version_modules" CASCADE;
  DROP TABLE "_courses_v_version_modules_locales" CASCADE;
  DROP TABLE "_courses_v" CASCADE;
  DROP TABLE "_courses_v_locales" CASCADE;
  DROP TABLE "_courses_v_texts" CASCADE;
  DROP TABLE "lessons_objectives" CASCADE;
  DROP TABLE "lessons_objectives_locales" CASCADE;
  DROP TABLE "lessons_questions" CASCADE;
  DROP TABLE "lessons_questions_locales" CASCADE;
  DROP TABLE "lessons" CASCADE;
  DROP TABLE "lessons_locales" CASCADE;
  DROP TABLE "lessons_rels" CASCADE;
  DROP TABLE "_lessons_v_version_objectives" CASCADE;
  DROP TABLE "_lessons_v_version_objectives_locales" CASCADE;
  DROP TABLE "_lessons_v_version_questions" CASCADE;
  DROP TABLE "_lessons_v_version_questions_locales" CASCADE;
  DROP TABLE "_lessons_v" CASCADE;
  DROP TABLE "_lessons_v_locales" CASCADE;
  DROP TABLE "_lessons_v_rels" CASCADE;
  DROP TABLE "downloads" CASCADE;
  DROP TABLE "provinces" CASCADE;
  DROP TABLE "provinces_locales" CASCADE;
  DROP TABLE "sectors" CASCADE;
  DROP TABLE "sectors_locales" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "media_locales" CASCADE;
  DROP TABLE "files" CASCADE;
  DROP TABLE "files_locales" CASCADE;
  DROP TABLE "users_allowed_origins" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "api_usage" CASCADE;
  DROP TABLE "search" CASCADE;
  DROP TABLE "search_locales" CASCADE;
  DROP TABLE "search_texts" CASCADE;
  DROP TABLE "search_rels" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TABLE "site_settings_footer_links" CASCADE;
  DROP TABLE "site_settings_footer_links_locales" CASCADE;
  DROP TABLE "site_settings_social" CASCADE;
  DROP TABLE "site_settings" CASCADE;
  DROP TABLE "site_settings_locales" CASCADE;
  DROP TABLE "home" CASCADE;
  DROP TABLE "home_locales" CASCADE;
  DROP TABLE "home_rels" CASCADE;
  DROP TABLE "payload_jobs_stats" CASCADE;
  DROP TYPE "public"."_locales";
  DROP TYPE "public"."enum_exemplars_stage_history_stage";
  DROP TYPE "public"."enum_exemplars_kind";
  DROP TYPE "public"."enum_exemplars_stage";
  DROP TYPE "public"."enum_exemplars_status";
  DROP TYPE "public"."enum__exemplars_v_version_stage_history_stage";
  DROP TYPE "public"."enum__exemplars_v_version_kind";
  DROP TYPE "public"."enum__exemplars_v_version_stage";
  DROP TYPE "public"."enum__exemplars_v_version_status";
  DROP TYPE "public"."enum__exemplars_v_published_locale";
  DROP TYPE "public"."enum_movements_milestones_kind";
  DROP TYPE "public"."enum_movements_type";
  DROP TYPE "public"."enum_movements_level";
  DROP TYPE "public"."enum_movements_progress";
  DROP TYPE "public"."enum_movements_status";
  DROP TYPE "public"."enum__movements_v_version_milestones_kind";
  DROP TYPE "public"."enum__movements_v_version_type";
  DROP TYPE "public"."enum__movements_v_version_level";
  DROP TYPE "public"."enum__movements_v_version_status";
  DROP TYPE "public"."enum__movements_v_published_locale";
  DROP TYPE "public"."enum_awards_other_recipients_kind";
  DROP TYPE "public"."enum_awards_form";
  DROP TYPE "public"."enum_awards_status";
  DROP TYPE "public"."enum__awards_v_version_other_recipients_kind";
  DROP TYPE "public"."enum__awards_v_version_form";
  DROP TYPE "public"."enum__awards_v_version_status";
  DROP TYPE "public"."enum__awards_v_published_locale";
  DROP TYPE "public"."enum_nominations_form";
  DROP TYPE "public"."enum_nominations_nominee_kind";
  DROP TYPE "public"."enum_nominations_opensat_tz";
  DROP TYPE "public"."enum_nominations_closesat_tz";
  DROP TYPE "public"."enum_nominations_status";
  DROP TYPE "public"."enum__nominations_v_version_form";
  DROP TYPE "public"."enum__nominations_v_version_nominee_kind";
  DROP TYPE "public"."enum__nominations_v_version_opensat_tz";
  DROP TYPE "public"."enum__nominations_v_version_closesat_tz";
  DROP TYPE "public"."enum__nominations_v_version_status";
  DROP TYPE "public"."enum_opinions_stance";
  DROP TYPE "public"."enum_columns_status";
  DROP TYPE "public"."enum__columns_v_version_status";
  DROP TYPE "public"."enum__columns_v_published_locale";
  DROP TYPE "public"."enum_articles_status";
  DROP TYPE "public"."enum__articles_v_version_status";
  DROP TYPE "public"."enum__articles_v_published_locale";
  DROP TYPE "public"."enum_documents_type";
  DROP TYPE "public"."enum_documents_legal_status";
  DROP TYPE "public"."enum_documents_status";
  DROP TYPE "public"."enum__documents_v_version_type";
  DROP TYPE "public"."enum__documents_v_version_status";
  DROP TYPE "public"."enum__documents_v_published_locale";
  DROP TYPE "public"."enum_courses_audience";
  DROP TYPE "public"."enum_courses_status";
  DROP TYPE "public"."enum__courses_v_version_audience";
  DROP TYPE "public"."enum__courses_v_version_status";
  DROP TYPE "public"."enum__courses_v_published_locale";
  DROP TYPE "public"."enum_lessons_status";
  DROP TYPE "public"."enum__lessons_v_version_status";
  DROP TYPE "public"."enum__lessons_v_published_locale";
  DROP TYPE "public"."enum_downloads_kind";
  DROP TYPE "public"."enum_provinces_kind";
  DROP TYPE "public"."enum_users_role";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  DROP TYPE "public"."enum_site_settings_social_platform";`)
}
