-- The dbr-extract database for postgresql: generated from pipeline/schema.py by
-- `make schemas` (python -m pipeline.db postgresql); do not edit by hand.

CREATE TABLE IF NOT EXISTS "articles" (
    "schema_version" TEXT NOT NULL,
    "doc_id" TEXT NOT NULL,
    "pipeline_version" TEXT NOT NULL,
    "source_path" TEXT,
    "source_sha256" TEXT NOT NULL,
    "source_chars" BIGINT NOT NULL,
    "source_encoding" TEXT NOT NULL,
    "source_extra" JSONB NOT NULL,
    "title" TEXT,
    "section" TEXT,
    "subtitle" TEXT,
    "issue_number" BIGINT,
    "issue_date" TEXT,
    "issue_part" BIGINT,
    "summary" TEXT,
    "categories" JSONB NOT NULL,
    "editor_note" TEXT,
    "credits" JSONB NOT NULL,
    "text" TEXT NOT NULL,
    "warnings" JSONB NOT NULL,
    "record_sha256" TEXT NOT NULL,
    PRIMARY KEY ("doc_id")
);

CREATE INDEX IF NOT EXISTS "articles_record_sha256_idx" ON "articles" ("record_sha256");

CREATE TABLE IF NOT EXISTS "authors" (
    "doc_id" TEXT NOT NULL,
    "position" BIGINT NOT NULL,
    "name" TEXT NOT NULL,
    "name_en" TEXT,
    "affiliation" TEXT,
    "email" TEXT,
    PRIMARY KEY ("doc_id", "position"),
    FOREIGN KEY ("doc_id") REFERENCES "articles" ("doc_id") ON DELETE CASCADE
);

CREATE INDEX IF NOT EXISTS "authors_name_idx" ON "authors" ("name");

CREATE TABLE IF NOT EXISTS "interviewees" (
    "doc_id" TEXT NOT NULL,
    "position" BIGINT NOT NULL,
    "name" TEXT NOT NULL,
    "organization" TEXT,
    "role" TEXT,
    PRIMARY KEY ("doc_id", "position"),
    FOREIGN KEY ("doc_id") REFERENCES "articles" ("doc_id") ON DELETE CASCADE
);

CREATE TABLE IF NOT EXISTS "footnote_refs" (
    "doc_id" TEXT NOT NULL,
    "position" BIGINT NOT NULL,
    "marker" TEXT NOT NULL,
    "start" BIGINT NOT NULL,
    "raw_start" BIGINT NOT NULL,
    "raw_end" BIGINT NOT NULL,
    PRIMARY KEY ("doc_id", "position"),
    FOREIGN KEY ("doc_id") REFERENCES "articles" ("doc_id") ON DELETE CASCADE
);

CREATE TABLE IF NOT EXISTS "blocks" (
    "doc_id" TEXT NOT NULL,
    "position" BIGINT NOT NULL,
    "start" BIGINT NOT NULL,
    "end" BIGINT NOT NULL,
    "raw_start" BIGINT NOT NULL,
    "raw_end" BIGINT NOT NULL,
    "kind" TEXT NOT NULL,
    "label" TEXT,
    PRIMARY KEY ("doc_id", "position"),
    FOREIGN KEY ("doc_id") REFERENCES "articles" ("doc_id") ON DELETE CASCADE
);

CREATE TABLE IF NOT EXISTS "sentences" (
    "doc_id" TEXT NOT NULL,
    "position" BIGINT NOT NULL,
    "start" BIGINT NOT NULL,
    "end" BIGINT NOT NULL,
    "raw_start" BIGINT NOT NULL,
    "raw_end" BIGINT NOT NULL,
    "id" TEXT NOT NULL,
    "block" BIGINT NOT NULL,
    PRIMARY KEY ("doc_id", "id"),
    FOREIGN KEY ("doc_id") REFERENCES "articles" ("doc_id") ON DELETE CASCADE,
    FOREIGN KEY ("doc_id", "block") REFERENCES "blocks" ("doc_id", "position")
);

CREATE INDEX IF NOT EXISTS "sentences_doc_id_block_idx" ON "sentences" ("doc_id", "block");

CREATE TABLE IF NOT EXISTS "linked_entities" (
    "doc_id" TEXT NOT NULL,
    "position" BIGINT NOT NULL,
    "id" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "canonical" TEXT NOT NULL,
    "aliases" JSONB NOT NULL,
    "mentions" JSONB NOT NULL,
    PRIMARY KEY ("doc_id", "id"),
    FOREIGN KEY ("doc_id") REFERENCES "articles" ("doc_id") ON DELETE CASCADE
);

CREATE INDEX IF NOT EXISTS "linked_entities_label_canonical_idx" ON "linked_entities" ("label", "canonical");

CREATE INDEX IF NOT EXISTS "linked_entities_canonical_idx" ON "linked_entities" ("canonical");

CREATE TABLE IF NOT EXISTS "entities" (
    "doc_id" TEXT NOT NULL,
    "position" BIGINT NOT NULL,
    "start" BIGINT NOT NULL,
    "end" BIGINT NOT NULL,
    "raw_start" BIGINT NOT NULL,
    "raw_end" BIGINT NOT NULL,
    "id" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "sentence" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "canonical" TEXT NOT NULL,
    "found_by" TEXT,
    "entity" TEXT,
    PRIMARY KEY ("doc_id", "id"),
    FOREIGN KEY ("doc_id") REFERENCES "articles" ("doc_id") ON DELETE CASCADE,
    FOREIGN KEY ("doc_id", "sentence") REFERENCES "sentences" ("doc_id", "id"),
    FOREIGN KEY ("doc_id", "entity") REFERENCES "linked_entities" ("doc_id", "id")
);

CREATE INDEX IF NOT EXISTS "entities_label_canonical_idx" ON "entities" ("label", "canonical");

CREATE INDEX IF NOT EXISTS "entities_canonical_idx" ON "entities" ("canonical");

CREATE INDEX IF NOT EXISTS "entities_doc_id_sentence_idx" ON "entities" ("doc_id", "sentence");

CREATE INDEX IF NOT EXISTS "entities_doc_id_entity_idx" ON "entities" ("doc_id", "entity");

CREATE TABLE IF NOT EXISTS "quantities" (
    "doc_id" TEXT NOT NULL,
    "position" BIGINT NOT NULL,
    "start" BIGINT NOT NULL,
    "end" BIGINT NOT NULL,
    "raw_start" BIGINT NOT NULL,
    "raw_end" BIGINT NOT NULL,
    "id" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "sentence" TEXT NOT NULL,
    "value" DOUBLE PRECISION,
    "unit" TEXT,
    "kind" TEXT NOT NULL,
    "qualifier" TEXT,
    "value_max" DOUBLE PRECISION,
    "per" TEXT,
    PRIMARY KEY ("doc_id", "id"),
    FOREIGN KEY ("doc_id") REFERENCES "articles" ("doc_id") ON DELETE CASCADE,
    FOREIGN KEY ("doc_id", "sentence") REFERENCES "sentences" ("doc_id", "id")
);

CREATE INDEX IF NOT EXISTS "quantities_unit_value_idx" ON "quantities" ("unit", "value");

CREATE INDEX IF NOT EXISTS "quantities_kind_idx" ON "quantities" ("kind");

CREATE INDEX IF NOT EXISTS "quantities_doc_id_sentence_idx" ON "quantities" ("doc_id", "sentence");

CREATE TABLE IF NOT EXISTS "dates" (
    "doc_id" TEXT NOT NULL,
    "position" BIGINT NOT NULL,
    "start" BIGINT NOT NULL,
    "end" BIGINT NOT NULL,
    "raw_start" BIGINT NOT NULL,
    "raw_end" BIGINT NOT NULL,
    "id" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "sentence" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "end_value" TEXT,
    "granularity" TEXT NOT NULL,
    "qualifier" TEXT,
    "end_qualifier" TEXT,
    PRIMARY KEY ("doc_id", "id"),
    FOREIGN KEY ("doc_id") REFERENCES "articles" ("doc_id") ON DELETE CASCADE,
    FOREIGN KEY ("doc_id", "sentence") REFERENCES "sentences" ("doc_id", "id")
);

CREATE INDEX IF NOT EXISTS "dates_value_idx" ON "dates" ("value");

CREATE INDEX IF NOT EXISTS "dates_doc_id_sentence_idx" ON "dates" ("doc_id", "sentence");

CREATE TABLE IF NOT EXISTS "claims" (
    "doc_id" TEXT NOT NULL,
    "position" BIGINT NOT NULL,
    "id" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "predicate" TEXT,
    "object" TEXT,
    "quantity" TEXT,
    "date" TEXT,
    "qualifiers" JSONB NOT NULL,
    "speaker" TEXT,
    "subject_entity" TEXT,
    "object_entity" TEXT,
    "speaker_entity" TEXT,
    "sentence" TEXT NOT NULL,
    "start" BIGINT NOT NULL,
    "end" BIGINT NOT NULL,
    "evidence" TEXT NOT NULL,
    PRIMARY KEY ("doc_id", "id"),
    FOREIGN KEY ("doc_id") REFERENCES "articles" ("doc_id") ON DELETE CASCADE,
    FOREIGN KEY ("doc_id", "quantity") REFERENCES "quantities" ("doc_id", "id"),
    FOREIGN KEY ("doc_id", "date") REFERENCES "dates" ("doc_id", "id"),
    FOREIGN KEY ("doc_id", "subject_entity") REFERENCES "linked_entities" ("doc_id", "id"),
    FOREIGN KEY ("doc_id", "object_entity") REFERENCES "linked_entities" ("doc_id", "id"),
    FOREIGN KEY ("doc_id", "speaker_entity") REFERENCES "linked_entities" ("doc_id", "id"),
    FOREIGN KEY ("doc_id", "sentence") REFERENCES "sentences" ("doc_id", "id")
);

CREATE INDEX IF NOT EXISTS "claims_type_subject_idx" ON "claims" ("type", "subject");

CREATE INDEX IF NOT EXISTS "claims_subject_idx" ON "claims" ("subject");

CREATE INDEX IF NOT EXISTS "claims_doc_id_quantity_idx" ON "claims" ("doc_id", "quantity");

CREATE INDEX IF NOT EXISTS "claims_doc_id_date_idx" ON "claims" ("doc_id", "date");

CREATE INDEX IF NOT EXISTS "claims_doc_id_subject_entity_idx" ON "claims" ("doc_id", "subject_entity");

CREATE INDEX IF NOT EXISTS "claims_doc_id_object_entity_idx" ON "claims" ("doc_id", "object_entity");

CREATE INDEX IF NOT EXISTS "claims_doc_id_speaker_entity_idx" ON "claims" ("doc_id", "speaker_entity");

CREATE INDEX IF NOT EXISTS "claims_doc_id_sentence_idx" ON "claims" ("doc_id", "sentence");
