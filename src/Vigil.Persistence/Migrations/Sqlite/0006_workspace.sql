-- Vigil schema 0006 (SQLite): the analyst workspace (issue 7): append-only workspace assessments
-- (their statistics rows go into `assessments`), item claims, the exposure log and view preferences. The statements
-- are EF Core's own DDL for the workspace configurations (VigilDatabase.GenerateCreateScript).
CREATE TABLE "exposure_events" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_exposure_events" PRIMARY KEY AUTOINCREMENT,
    "analyst" TEXT NOT NULL,
    "item_id" INTEGER NULL,
    "kind" TEXT NOT NULL,
    "at" INTEGER NOT NULL,
    "seconds" INTEGER NOT NULL,
    "category_a" INTEGER NOT NULL
);

CREATE TABLE "view_preferences" (
    "user_name" TEXT NOT NULL CONSTRAINT "pk_view_preferences" PRIMARY KEY,
    "blur" INTEGER NULL,
    "greyscale" INTEGER NULL
);

CREATE TABLE "item_claims" (
    "item_id" INTEGER NOT NULL CONSTRAINT "pk_item_claims" PRIMARY KEY,
    "analyst" TEXT NOT NULL,
    "claimed_at" INTEGER NOT NULL,
    "expires_at" INTEGER NOT NULL,
    CONSTRAINT "fk_item_claims_items_item_id" FOREIGN KEY ("item_id") REFERENCES "items" ("id") ON DELETE CASCADE
);

CREATE TABLE "workspace_assessments" (
    "id" TEXT NOT NULL CONSTRAINT "pk_workspace_assessments" PRIMARY KEY,
    "item_id" INTEGER NOT NULL,
    "report_id" INTEGER NOT NULL,
    "analyst" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "realism" TEXT NOT NULL,
    "ai" TEXT NOT NULL,
    "ai_evidence" INTEGER NOT NULL,
    "youngest_age" TEXT NOT NULL,
    "sex" TEXT NOT NULL,
    "multiple_children" INTEGER NOT NULL,
    "site_type" TEXT NOT NULL,
    "interpol_baseline" INTEGER NOT NULL,
    "tech_coalition" TEXT NOT NULL,
    "project_vic" INTEGER NOT NULL,
    "rules_version" TEXT NOT NULL,
    "verified" INTEGER NOT NULL,
    "supersedes" TEXT NULL,
    "assessed_at" INTEGER NOT NULL,
    CONSTRAINT "fk_workspace_assessments_items_item_id" FOREIGN KEY ("item_id") REFERENCES "items" ("id") ON DELETE RESTRICT,
    CONSTRAINT "fk_workspace_assessments_reports_report_id" FOREIGN KEY ("report_id") REFERENCES "reports" ("id") ON DELETE RESTRICT
);

CREATE INDEX "ix_exposure_events_analyst_at" ON "exposure_events" ("analyst", "at");

CREATE UNIQUE INDEX "ix_workspace_assessments_item_id_report_id_kind" ON "workspace_assessments" ("item_id", "report_id", "kind");

CREATE INDEX "ix_workspace_assessments_report_id" ON "workspace_assessments" ("report_id");

CREATE UNIQUE INDEX "ix_workspace_assessments_supersedes" ON "workspace_assessments" ("supersedes");
