-- CreateEnum
CREATE TYPE "Role" AS ENUM ('call_center', 'tech_support', 'crm_manager', 'social_media', 'customer_service', 'cs_coordinator', 'sales_support');

-- CreateEnum
CREATE TYPE "Seniority" AS ENUM ('agent', 'team_leader', 'supervisor', 'manager', 'director');

-- CreateEnum
CREATE TYPE "RemoteMode" AS ENUM ('remote', 'hybrid', 'onsite');

-- CreateEnum
CREATE TYPE "PostingStatus" AS ENUM ('open', 'closed', 'expired');

-- CreateEnum
CREATE TYPE "SalaryPeriod" AS ENUM ('hour', 'day', 'week', 'month', 'year');

-- CreateEnum
CREATE TYPE "EmploymentType" AS ENUM ('full_time', 'part_time', 'contract', 'temporary', 'internship', 'volunteer', 'per_diem', 'other');

-- CreateEnum
CREATE TYPE "Shift" AS ENUM ('day', 'evening', 'night', 'weekend', 'rotating', 'around_the_clock');

-- CreateEnum
CREATE TYPE "SourceKind" AS ENUM ('jsonld', 'greenhouse', 'lever', 'smartrecruiters', 'personio', 'recruitee', 'workable', 'ashby', 'rss', 'html', 'recruiter');

-- CreateEnum
CREATE TYPE "SourceOrigin" AS ENUM ('file', 'api');

-- CreateEnum
CREATE TYPE "CrawlRunStatus" AS ENUM ('running', 'succeeded', 'partial', 'failed');

-- CreateEnum
CREATE TYPE "UserRole" AS ENUM ('recruiter', 'admin');

-- CreateTable
CREATE TABLE "sources" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "name" TEXT NOT NULL,
    "kind" "SourceKind" NOT NULL,
    "url" TEXT,
    "board" TEXT,
    "base_url" TEXT,
    "employer_hint" TEXT,
    "interval_seconds" INTEGER NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "selectors" JSONB,
    "origin" "SourceOrigin" NOT NULL DEFAULT 'file',
    "error_streak" INTEGER NOT NULL DEFAULT 0,
    "last_run_at" TIMESTAMPTZ(3),
    "next_run_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "sources_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "crawl_runs" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "source_id" UUID NOT NULL,
    "status" "CrawlRunStatus" NOT NULL DEFAULT 'running',
    "complete" BOOLEAN NOT NULL DEFAULT false,
    "job_id" TEXT,
    "started_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finished_at" TIMESTAMPTZ(3),
    "pages_fetched" INTEGER NOT NULL DEFAULT 0,
    "pages_skipped" INTEGER NOT NULL DEFAULT 0,
    "pages_not_modified" INTEGER NOT NULL DEFAULT 0,
    "pages_failed" INTEGER NOT NULL DEFAULT 0,
    "postings_seen" INTEGER NOT NULL DEFAULT 0,
    "postings_new" INTEGER NOT NULL DEFAULT 0,
    "postings_updated" INTEGER NOT NULL DEFAULT 0,
    "postings_unchanged" INTEGER NOT NULL DEFAULT 0,
    "postings_closed" INTEGER NOT NULL DEFAULT 0,
    "errors" JSONB NOT NULL DEFAULT '[]',

    CONSTRAINT "crawl_runs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "employers" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "key" TEXT NOT NULL,
    "display_name" TEXT NOT NULL,
    "canonical" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "employers_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "employer_aliases" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "employer_id" UUID NOT NULL,
    "alias" TEXT NOT NULL,
    "lookalike" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "employer_aliases_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "postings" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "description_text" TEXT NOT NULL,
    "employer_id" UUID,
    "employer_name" TEXT NOT NULL,
    "roles" "Role"[],
    "seniority" "Seniority",
    "language" TEXT,
    "remote_mode" "RemoteMode",
    "remote_countries" TEXT[],
    "city" TEXT,
    "region" TEXT,
    "country" TEXT,
    "location_raw" TEXT,
    "salary_min" DECIMAL(14,2),
    "salary_max" DECIMAL(14,2),
    "salary_currency" TEXT,
    "salary_period" "SalaryPeriod",
    "salary_annual" DECIMAL(14,2),
    "salary_raw" TEXT,
    "employment_type" "EmploymentType",
    "spoken_languages" TEXT[],
    "shifts" "Shift"[],
    "posted_at" TIMESTAMPTZ(3),
    "valid_through" TIMESTAMPTZ(3),
    "status" "PostingStatus" NOT NULL DEFAULT 'open',
    "closed_at" TIMESTAMPTZ(3),
    "fingerprint" TEXT NOT NULL,
    "apply_url" TEXT,
    "content_hash" TEXT NOT NULL,
    "tag_explanation" JSONB,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "postings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "posting_sources" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "posting_id" UUID NOT NULL,
    "source_id" UUID NOT NULL,
    "external_id" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "apply_url" TEXT,
    "content_hash" TEXT NOT NULL,
    "last_run_id" UUID,
    "first_seen_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_seen_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "gone_at" TIMESTAMPTZ(3),

    CONSTRAINT "posting_sources_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "users" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "email" TEXT NOT NULL,
    "password_hash" TEXT NOT NULL,
    "role" "UserRole" NOT NULL,
    "employer_id" UUID,
    "disabled_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "users_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "sources_name_key" ON "sources"("name");

-- CreateIndex
CREATE INDEX "sources_enabled_next_run_at_idx" ON "sources"("enabled", "next_run_at");

-- CreateIndex
CREATE INDEX "crawl_runs_source_id_started_at_idx" ON "crawl_runs"("source_id", "started_at" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "employers_key_key" ON "employers"("key");

-- CreateIndex
CREATE UNIQUE INDEX "employers_canonical_key" ON "employers"("canonical");

-- CreateIndex
CREATE UNIQUE INDEX "employer_aliases_employer_id_alias_key" ON "employer_aliases"("employer_id", "alias");

-- CreateIndex
CREATE UNIQUE INDEX "postings_fingerprint_key" ON "postings"("fingerprint");

-- CreateIndex
CREATE INDEX "postings_status_posted_at_idx" ON "postings"("status", "posted_at" DESC);

-- CreateIndex
CREATE INDEX "postings_employer_id_idx" ON "postings"("employer_id");

-- CreateIndex
CREATE INDEX "postings_country_city_idx" ON "postings"("country", "city");

-- CreateIndex
CREATE INDEX "posting_sources_posting_id_idx" ON "posting_sources"("posting_id");

-- CreateIndex
CREATE UNIQUE INDEX "posting_sources_source_id_external_id_key" ON "posting_sources"("source_id", "external_id");

-- CreateIndex
CREATE UNIQUE INDEX "users_email_key" ON "users"("email");

-- AddForeignKey
ALTER TABLE "crawl_runs" ADD CONSTRAINT "crawl_runs_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "sources"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "employer_aliases" ADD CONSTRAINT "employer_aliases_employer_id_fkey" FOREIGN KEY ("employer_id") REFERENCES "employers"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "postings" ADD CONSTRAINT "postings_employer_id_fkey" FOREIGN KEY ("employer_id") REFERENCES "employers"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "posting_sources" ADD CONSTRAINT "posting_sources_posting_id_fkey" FOREIGN KEY ("posting_id") REFERENCES "postings"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "posting_sources" ADD CONSTRAINT "posting_sources_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "sources"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "posting_sources" ADD CONSTRAINT "posting_sources_last_run_id_fkey" FOREIGN KEY ("last_run_id") REFERENCES "crawl_runs"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "users" ADD CONSTRAINT "users_employer_id_fkey" FOREIGN KEY ("employer_id") REFERENCES "employers"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Everything below is written by hand: full-text and filter search that the Prisma schema
-- cannot express. `prisma migrate dev` would offer to drop these objects as drift; keep them
-- (they are declared allowed extras in prisma/schema-matches-migrations.int-spec.ts).

-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "pg_trgm" WITH SCHEMA "public";

-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "unaccent" WITH SCHEMA "public";

-- How text is folded before it is indexed or searched: accents removed (unaccent), lower-case,
-- and Greek final sigma made ordinary sigma (lower() maps "Σ" to "σ", never to "ς", so
-- "ΠΕΛΑΤΗΣ" would otherwise miss "πελάτης"). Search queries must fold their input with this
-- same function. unaccent() itself is only STABLE (its dictionary could change), so it cannot
-- appear in a generated column or an index; naming the dictionary schema-qualified makes the
-- result independent of search_path, which is what makes IMMUTABLE honest here.
CREATE FUNCTION "search_fold"(text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $$ SELECT translate(lower(public.unaccent('public.unaccent'::regdictionary, $1)), 'ς', 'σ') $$;

-- The 'simple' configuration neither stems nor drops stop words, which is right for a board
-- mixing eight languages: "klienditeenindaja", "obsługa klienta", "εξυπηρέτηση" are matched as
-- typed, minus accents and case. The description is capped so that a huge crawled page cannot
-- push the tsvector past PostgreSQL's 1 MB limit and fail the insert.
ALTER TABLE "postings" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('simple'::regconfig, "search_fold"("title")), 'A') ||
    setweight(to_tsvector('simple'::regconfig, "search_fold"("employer_name")), 'B') ||
    setweight(to_tsvector('simple'::regconfig, "search_fold"(left("description_text", 100000))), 'C')
) STORED;

-- CreateIndex
CREATE INDEX "postings_search_vector_idx" ON "postings" USING GIN ("search_vector");

-- CreateIndex
CREATE INDEX "postings_roles_idx" ON "postings" USING GIN ("roles");

-- CreateIndex
CREATE INDEX "postings_spoken_languages_idx" ON "postings" USING GIN ("spoken_languages");

-- CreateIndex
CREATE INDEX "postings_shifts_idx" ON "postings" USING GIN ("shifts");

-- Fuzzy title matching (similarity, ILIKE '%...%') on the folded title: queries must compare
-- against search_fold("title") to use it.
CREATE INDEX "postings_title_trgm_idx" ON "postings" USING GIN ("search_fold"("title") gin_trgm_ops);

-- The default listing: newest open postings first.
CREATE INDEX "postings_open_posted_at_idx" ON "postings"("posted_at" DESC) WHERE "status" = 'open';
