-- Vigil schema 0004 (SQLite): AI-provenance evidence per item (issue 6). The statements are EF Core's own
-- DDL for ItemProvenanceConfiguration (VigilDatabase.GenerateCreateScript, provider sqlite).
CREATE TABLE "item_provenance" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_item_provenance" PRIMARY KEY AUTOINCREMENT,
    "item_id" INTEGER NOT NULL,
    "ai_signal" INTEGER NOT NULL,
    "generator" TEXT NULL,
    "model_name" TEXT NULL,
    "model_hash" TEXT NULL,
    "model_hash_kind" TEXT NULL,
    "loras" TEXT NOT NULL,
    "digital_source_type" TEXT NULL,
    "prompt" TEXT NULL,
    "c2pa_present" INTEGER NOT NULL,
    "c2pa_claim_generator" TEXT NULL,
    "c2pa_signature_valid" INTEGER NULL,
    "c2pa_data_hash_valid" INTEGER NULL,
    "c2pa_trusted" INTEGER NOT NULL,
    "c2pa_validation_codes" TEXT NOT NULL,
    "watermark_scheme" TEXT NULL,
    "watermark_payload_hex" TEXT NULL,
    "watermark_bits_matched" INTEGER NULL,
    "signals" TEXT NOT NULL,
    "evidence" TEXT NOT NULL,
    "inspected_at" INTEGER NOT NULL,
    CONSTRAINT "fk_item_provenance_items_item_id" FOREIGN KEY ("item_id") REFERENCES "items" ("id") ON DELETE CASCADE
);

CREATE INDEX "ix_item_provenance_ai_signal" ON "item_provenance" ("ai_signal");

CREATE UNIQUE INDEX "ix_item_provenance_item_id" ON "item_provenance" ("item_id");

CREATE INDEX "ix_item_provenance_model_hash" ON "item_provenance" ("model_hash");
