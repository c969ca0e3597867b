-- Vigil schema 0001 (SQLite). Produced by `vigil db script --provider sqlite` (EF Core's GenerateCreateScript
-- over the model); later versions are written as ALTER scripts. SchemaDriftTests compares the migrated
-- catalogue with the model, so a model change without a script fails the build.
CREATE TABLE "api_keys" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_api_keys" PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "secret_hash" BLOB NOT NULL,
    "scopes" INTEGER NOT NULL,
    "created_at" INTEGER NOT NULL,
    "revoked_at" INTEGER NULL
);


CREATE TABLE "audit_records" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_audit_records" PRIMARY KEY AUTOINCREMENT,
    "sequence" INTEGER NOT NULL,
    "at" INTEGER NOT NULL,
    "actor" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "target" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "previous_hash" BLOB NOT NULL,
    "hash" BLOB NOT NULL
);


CREATE TABLE "items" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_items" PRIMARY KEY AUTOINCREMENT,
    "sha256" BLOB NOT NULL,
    "md5" BLOB NULL,
    "sha1" BLOB NULL,
    "pdq" BLOB NULL,
    "pdq_quality" INTEGER NULL,
    "size_bytes" INTEGER NOT NULL,
    "width" INTEGER NULL,
    "height" INTEGER NULL,
    "duration_ms" INTEGER NULL,
    "media_type" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "first_seen_at" INTEGER NOT NULL,
    "processed_at" INTEGER NULL
);


CREATE TABLE "reports" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_reports" PRIMARY KEY AUTOINCREMENT,
    "source" TEXT NOT NULL,
    "description" TEXT NULL,
    "received_at" INTEGER NOT NULL,
    "site_type" TEXT NOT NULL,
    "network" TEXT NOT NULL,
    "hosting_country" TEXT NULL,
    "status" TEXT NOT NULL,
    "submitted_by" TEXT NOT NULL
);


CREATE TABLE "users" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_users" PRIMARY KEY AUTOINCREMENT,
    "user_name" TEXT NOT NULL,
    "password_hash" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "totp_secret" BLOB NULL,
    "totp_last_step" INTEGER NULL,
    "failed_sign_ins" INTEGER NOT NULL,
    "locked_until" INTEGER NULL,
    "must_change_password" INTEGER NOT NULL,
    "disabled" INTEGER NOT NULL,
    "created_at" INTEGER NOT NULL
);


CREATE TABLE "vault_blobs" (
    "sha256" BLOB NOT NULL CONSTRAINT "pk_vault_blobs" PRIMARY KEY,
    "content" BLOB NOT NULL,
    "stored_at" INTEGER NOT NULL
);


CREATE TABLE "jobs" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_jobs" PRIMARY KEY AUTOINCREMENT,
    "step" TEXT NOT NULL,
    "item_id" INTEGER NOT NULL,
    "state" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL,
    "max_attempts" INTEGER NOT NULL,
    "run_after" INTEGER NOT NULL,
    "lease_owner" TEXT NULL,
    "lease_expires_at" INTEGER NULL,
    "last_error" TEXT NULL,
    "created_at" INTEGER NOT NULL,
    "finished_at" INTEGER NULL,
    CONSTRAINT "fk_jobs_items_item_id" FOREIGN KEY ("item_id") REFERENCES "items" ("id") ON DELETE CASCADE
);


CREATE TABLE "processing_records" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_processing_records" PRIMARY KEY AUTOINCREMENT,
    "item_id" INTEGER NOT NULL,
    "step" TEXT NOT NULL,
    "job_id" INTEGER NOT NULL,
    "worker_id" TEXT NOT NULL,
    "completed_at" INTEGER NOT NULL,
    CONSTRAINT "fk_processing_records_items_item_id" FOREIGN KEY ("item_id") REFERENCES "items" ("id") ON DELETE CASCADE
);


CREATE TABLE "report_urls" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_report_urls" PRIMARY KEY AUTOINCREMENT,
    "report_id" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "url" TEXT NOT NULL,
    CONSTRAINT "fk_report_urls_reports_report_id" FOREIGN KEY ("report_id") REFERENCES "reports" ("id") ON DELETE CASCADE
);


CREATE TABLE "sightings" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_sightings" PRIMARY KEY AUTOINCREMENT,
    "report_id" INTEGER NOT NULL,
    "item_id" INTEGER NOT NULL,
    "report_url_id" INTEGER NULL,
    "seen_at" INTEGER NOT NULL,
    CONSTRAINT "fk_sightings_items_item_id" FOREIGN KEY ("item_id") REFERENCES "items" ("id") ON DELETE RESTRICT,
    CONSTRAINT "fk_sightings_report_urls_report_url_id" FOREIGN KEY ("report_url_id") REFERENCES "report_urls" ("id") ON DELETE RESTRICT,
    CONSTRAINT "fk_sightings_reports_report_id" FOREIGN KEY ("report_id") REFERENCES "reports" ("id") ON DELETE CASCADE
);


CREATE UNIQUE INDEX "ix_api_keys_secret_hash" ON "api_keys" ("secret_hash");


CREATE UNIQUE INDEX "ix_audit_records_sequence" ON "audit_records" ("sequence");


CREATE INDEX "ix_items_md5" ON "items" ("md5");


CREATE INDEX "ix_items_sha1" ON "items" ("sha1");


CREATE UNIQUE INDEX "ix_items_sha256" ON "items" ("sha256");


CREATE INDEX "ix_jobs_item_id_step" ON "jobs" ("item_id", "step");


CREATE INDEX "ix_jobs_state_run_after" ON "jobs" ("state", "run_after");


CREATE UNIQUE INDEX "ix_processing_records_item_id_step" ON "processing_records" ("item_id", "step");


CREATE UNIQUE INDEX "ix_report_urls_report_id_position" ON "report_urls" ("report_id", "position");


CREATE INDEX "ix_reports_received_at" ON "reports" ("received_at");


CREATE INDEX "ix_reports_source_received_at" ON "reports" ("source", "received_at");


CREATE INDEX "ix_sightings_item_id" ON "sightings" ("item_id");


CREATE INDEX "ix_sightings_report_id" ON "sightings" ("report_id");


CREATE INDEX "ix_sightings_report_url_id" ON "sightings" ("report_url_id");


CREATE UNIQUE INDEX "ix_users_user_name" ON "users" ("user_name");


