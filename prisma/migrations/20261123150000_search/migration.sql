-- Job-seeker search (issue 5), written by hand: none of it can be said in schema.prisma. The
-- objects below are declared allowed extras in prisma/schema-matches-migrations.int-spec.ts.

-- The listing's keyset orders. A posting without a date of its own sorts by when we first stored
-- it; both orders end on id so that a page boundary never falls between equal keys.
CREATE INDEX "postings_open_sort_at_idx" ON "postings" ((coalesce("posted_at", "created_at")) DESC, "id" DESC) WHERE "status" = 'open';
CREATE INDEX "postings_open_salary_annual_idx" ON "postings" ("salary_annual" DESC NULLS LAST, "id" DESC) WHERE "status" = 'open';

-- Filters that narrow a lot. Employer and city are compared folded (accents and case ignored),
-- so their indexes are on the folded value; the low-cardinality enums are left to the GIN and
-- sort indexes, which serve them better than a btree of five values would.
CREATE INDEX "postings_open_employer_name_folded_idx" ON "postings" ("search_fold"("employer_name")) WHERE "status" = 'open';
CREATE INDEX "postings_open_city_folded_idx" ON "postings" ("search_fold"("city")) WHERE "status" = 'open';
CREATE INDEX "postings_open_country_idx" ON "postings" ("country") WHERE "status" = 'open';

-- What a keyword box means: every word must occur, each word of three letters or more also as
-- the start of a longer one ("kundeservice" finds "kundeservicemedarbeider"), accents and case
-- ignored. The words are found by the very parser and folding that built search_vector, so the
-- two sides always agree. Words are quoted as tsquery literals, so no input is ever read as
-- tsquery syntax; at most 12 words and 500 characters are read, bounding the work on any input.
CREATE FUNCTION "posting_search_query"(text) RETURNS tsquery
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $$
    SELECT string_agg(
             '''' || replace(replace(w.word, '\', '\\'), '''', '''''') || ''''
               || CASE WHEN length(w.word) >= 3 THEN ':*' ELSE '' END,
             ' & ')::tsquery
      FROM (SELECT word FROM unnest(tsvector_to_array(to_tsvector('simple'::regconfig, public.search_fold(left($1, 500))))) AS word
             LIMIT 12) AS w
    $$;

-- The same words, found in the title only (weight A of search_vector): what ranks a posting
-- first when sorting by relevance, "technical support" in the title before one in the text.
CREATE FUNCTION "posting_title_query"(text) RETURNS tsquery
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $$
    SELECT string_agg(
             '''' || replace(replace(w.word, '\', '\\'), '''', '''''') || ''''
               || CASE WHEN length(w.word) >= 3 THEN ':*A' ELSE ':A' END,
             ' & ')::tsquery
      FROM (SELECT word FROM unnest(tsvector_to_array(to_tsvector('simple'::regconfig, public.search_fold(left($1, 500))))) AS word
             LIMIT 12) AS w
    $$;

-- Every change to a posting, so that each API process can keep its in-memory search index
-- (facet counts) exact without re-reading the table. A reader applies the rows whose txid is at
-- or above the oldest transaction still running when it last read, which catches transactions
-- that commit out of order; rows are deleted after an hour, and a reader that fell further
-- behind reloads in full. Statement-level triggers keep a bulk close of 10 000 postings one
-- INSERT ... SELECT rather than 10 000 trigger calls.
CREATE TABLE "posting_search_changes" (
    "id" BIGSERIAL NOT NULL,
    "posting_id" UUID NOT NULL,
    "txid" BIGINT NOT NULL DEFAULT (pg_current_xact_id()::text::bigint),
    "changed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "posting_search_changes_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "posting_search_changes_txid_idx" ON "posting_search_changes" ("txid");
CREATE INDEX "posting_search_changes_changed_at_idx" ON "posting_search_changes" ("changed_at");

CREATE FUNCTION "posting_search_log_changes"() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    INSERT INTO "posting_search_changes" ("posting_id") SELECT "id" FROM "changed_rows";
    RETURN NULL;
END
$$;

CREATE TRIGGER "postings_search_log_insert" AFTER INSERT ON "postings"
    REFERENCING NEW TABLE AS "changed_rows" FOR EACH STATEMENT EXECUTE FUNCTION "posting_search_log_changes"();
CREATE TRIGGER "postings_search_log_update" AFTER UPDATE ON "postings"
    REFERENCING NEW TABLE AS "changed_rows" FOR EACH STATEMENT EXECUTE FUNCTION "posting_search_log_changes"();
CREATE TRIGGER "postings_search_log_delete" AFTER DELETE ON "postings"
    REFERENCING OLD TABLE AS "changed_rows" FOR EACH STATEMENT EXECUTE FUNCTION "posting_search_log_changes"();

-- An employer renamed or re-keyed changes the facet of each of its postings; any other update
-- of an employer (a touched updated_at) logs nothing.
CREATE FUNCTION "posting_search_log_employer_changes"() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    INSERT INTO "posting_search_changes" ("posting_id")
        SELECT p."id" FROM "new_rows" n
          JOIN "old_rows" o ON o."id" = n."id"
          JOIN "postings" p ON p."employer_id" = n."id"
         WHERE n."key" IS DISTINCT FROM o."key" OR n."display_name" IS DISTINCT FROM o."display_name";
    RETURN NULL;
END
$$;

CREATE TRIGGER "employers_search_log_update" AFTER UPDATE ON "employers"
    REFERENCING OLD TABLE AS "old_rows" NEW TABLE AS "new_rows" FOR EACH STATEMENT EXECUTE FUNCTION "posting_search_log_employer_changes"();
