-- The dbr-extract database for sqlite: generated from pipeline/schema.py by
-- `make schemas` (python -m pipeline.db sqlite); do not edit by hand.

CREATE TABLE IF NOT EXISTS "articles" (
    "schema_version" TEXT NOT NULL,
    "doc_id" TEXT NOT NULL,
    "pipeline_version" TEXT NOT NULL,
    "source_path" TEXT,
    "source_sha256" TEXT NOT NULL,
    "source_chars" INTEGER NOT NULL,
    "source_encoding" TEXT NOT NULL,
    "source_extra" TEXT NOT NULL,
    "title" TEXT,
    "section" TEXT,
    "subtitle" TEXT,
    "issue_number" INTEGER,
    "issue_date" TEXT,
    "issue_part" INTEGER,
    "summary" TEXT,
    "categories" TEXT NOT NULL,
    "editor_note" TEXT,
    "credits" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "warnings" TEXT NOT NULL,
    "record_sha256" TEXT NOT NULL,
    PRIMARY KEY ("doc_id")
);

CREATE INDEX IF NOT EXISTS "articles_record_sha256_idx" ON "articles" ("record_sha256");

CREATE TABLE IF NOT EXISTS "authors" (
    "doc_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
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
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "organization" TEXT,
    "role" TEXT,
    PRIMARY KEY ("doc_id", "position"),
    FOREIGN KEY ("doc_id") REFERENCES "articles" ("doc_id") ON DELETE CASCADE
);

CREATE TABLE IF NOT EXISTS "footnote_refs" (
    "doc_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "marker" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "raw_start" INTEGER NOT NULL,
    "raw_end" INTEGER NOT NULL,
    PRIMARY KEY ("doc_id", "position"),
    FOREIGN KEY ("doc_id") REFERENCES "articles" ("doc_id") ON DELETE CASCADE
);

CREATE TABLE IF NOT EXISTS "blocks" (
    "doc_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "raw_start" INTEGER NOT NULL,
    "raw_end" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "label" TEXT,
    PRIMARY KEY ("doc_id", "position"),
    FOREIGN KEY ("doc_id") REFERENCES "articles" ("doc_id") ON DELETE CASCADE
);

CREATE TABLE IF NOT EXISTS "sentences" (
    "doc_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "raw_start" INTEGER NOT NULL,
    "raw_end" INTEGER NOT NULL,
    "id" TEXT NOT NULL,
    "block" INTEGER NOT NULL,
    PRIMARY KEY ("doc_id", "id"),
    FOREIGN KEY ("doc_id") REFERENCES "articles" ("doc_id") ON DELETE CASCADE,
    FOREIGN KEY ("doc_id", "block") REFERENCES "blocks" ("doc_id", "position")
);

CREATE INDEX IF NOT EXISTS "sentences_doc_id_block_idx" ON "sentences" ("doc_id", "block");

CREATE TABLE IF NOT EXISTS "linked_entities" (
    "doc_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "id" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "canonical" TEXT NOT NULL,
    "aliases" TEXT NOT NULL,
    "mentions" TEXT NOT NULL,
    PRIMARY KEY ("doc_id", "id"),
    FOREIGN KEY ("doc_id") REFERENCES "articles" ("doc_id") ON DELETE CASCADE
);

CREATE INDEX IF NOT EXISTS "linked_entities_label_canonical_idx" ON "linked_entities" ("label", "canonical");

CREATE INDEX IF NOT EXISTS "linked_entities_canonical_idx" ON "linked_entities" ("canonical");

CREATE TABLE IF NOT EXISTS "entities" (
    "doc_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "raw_start" INTEGER NOT NULL,
    "raw_end" INTEGER NOT NULL,
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
    "position" INTEGER NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "raw_start" INTEGER NOT NULL,
    "raw_end" INTEGER NOT NULL,
    "id" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "sentence" TEXT NOT NULL,
    "value" REAL,
    "unit" TEXT,
    "kind" TEXT NOT NULL,
    "qualifier" TEXT,
    "value_max" REAL,
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
    "position" INTEGER NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "raw_start" INTEGER NOT NULL,
    "raw_end" INTEGER NOT NULL,
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
    "position" INTEGER NOT NULL,
    "id" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "predicate" TEXT,
    "object" TEXT,
    "quantity" TEXT,
    "date" TEXT,
    "qualifiers" TEXT NOT NULL,
    "speaker" TEXT,
    "subject_entity" TEXT,
    "object_entity" TEXT,
    "speaker_entity" TEXT,
    "sentence" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
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
