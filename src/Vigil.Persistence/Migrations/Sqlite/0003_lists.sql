-- Vigil schema 0003 (SQLite): hash lists and their entries, item matches and video items' vPDQ frames (issues 4
-- and 5). The statements are EF Core's own DDL for the HashList, HashListEntry, ItemMatch and ItemVideoFrame
-- configurations (VigilDatabase.GenerateCreateScript).
CREATE TABLE "hash_lists" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_hash_lists" PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "description" TEXT NULL,
    "matching_enabled_ratio" REAL NOT NULL,
    "checkpoint" INTEGER NOT NULL,
    "created_by" TEXT NOT NULL,
    "created_at" INTEGER NOT NULL,
    "updated_at" INTEGER NOT NULL
);

CREATE TABLE "hash_list_entries" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_hash_list_entries" PRIMARY KEY AUTOINCREMENT,
    "list_id" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "frames" TEXT NULL,
    "category" TEXT NULL,
    "ai_generated" INTEGER NULL,
    "source" TEXT NULL,
    "note" TEXT NULL,
    "quality" INTEGER NULL,
    "extra" TEXT NULL,
    "added_by" TEXT NOT NULL,
    "added_at" INTEGER NOT NULL,
    "disabled_until" INTEGER NULL,
    "removed" INTEGER NOT NULL,
    "checkpoint" INTEGER NOT NULL,
    CONSTRAINT "fk_hash_list_entries_hash_lists_list_id" FOREIGN KEY ("list_id") REFERENCES "hash_lists" ("id") ON DELETE CASCADE
);

CREATE TABLE "item_video_frames" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_item_video_frames" PRIMARY KEY AUTOINCREMENT,
    "item_id" INTEGER NOT NULL,
    "frame_number" INTEGER NOT NULL,
    "timestamp_ms" INTEGER NOT NULL,
    "pdq" BLOB NOT NULL,
    "quality" INTEGER NOT NULL,
    CONSTRAINT "fk_item_video_frames_items_item_id" FOREIGN KEY ("item_id") REFERENCES "items" ("id") ON DELETE CASCADE
);

CREATE TABLE "item_matches" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_item_matches" PRIMARY KEY AUTOINCREMENT,
    "item_id" INTEGER NOT NULL,
    "list_id" INTEGER NOT NULL,
    "entry_id" INTEGER NOT NULL,
    "signal" TEXT NOT NULL,
    "distance" INTEGER NOT NULL,
    "detail" TEXT NULL,
    "matched_at" INTEGER NOT NULL,
    CONSTRAINT "fk_item_matches_hash_list_entries_entry_id" FOREIGN KEY ("entry_id") REFERENCES "hash_list_entries" ("id") ON DELETE RESTRICT,
    CONSTRAINT "fk_item_matches_hash_lists_list_id" FOREIGN KEY ("list_id") REFERENCES "hash_lists" ("id") ON DELETE RESTRICT,
    CONSTRAINT "fk_item_matches_items_item_id" FOREIGN KEY ("item_id") REFERENCES "items" ("id") ON DELETE RESTRICT
);

CREATE INDEX "ix_hash_list_entries_kind_value" ON "hash_list_entries" ("kind", "value");

CREATE INDEX "ix_hash_list_entries_list_id_checkpoint" ON "hash_list_entries" ("list_id", "checkpoint");

CREATE UNIQUE INDEX "ix_hash_list_entries_list_id_kind_value" ON "hash_list_entries" ("list_id", "kind", "value");

CREATE UNIQUE INDEX "ix_hash_lists_name" ON "hash_lists" ("name");

CREATE INDEX "ix_item_matches_entry_id" ON "item_matches" ("entry_id");

CREATE UNIQUE INDEX "ix_item_matches_item_id_entry_id_signal" ON "item_matches" ("item_id", "entry_id", "signal");

CREATE INDEX "ix_item_matches_list_id" ON "item_matches" ("list_id");

CREATE UNIQUE INDEX "ix_item_video_frames_item_id_frame_number" ON "item_video_frames" ("item_id", "frame_number");
