-- Vigil schema 0002 (SQLite): analyst assessments for statistics (issue 8). The statements are EF Core's own
-- DDL for AssessmentRecordConfiguration, copied from `vigil db script --provider sqlite` (VigilDatabase.GenerateCreateScript).
CREATE TABLE "assessments" (
    "assessment_id" TEXT NOT NULL CONSTRAINT "pk_assessments" PRIMARY KEY,
    "report_id" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "reported_at" INTEGER NOT NULL,
    "assessed_at" INTEGER NOT NULL,
    "content_sha256" BLOB NOT NULL,
    "media_type" TEXT NOT NULL,
    "ai" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "sex" TEXT NOT NULL,
    "age_band" TEXT NOT NULL,
    "site_type" TEXT NOT NULL,
    "network" TEXT NOT NULL,
    "verified" INTEGER NOT NULL,
    "supersedes" TEXT NULL
);

CREATE INDEX "ix_assessments_content_sha256" ON "assessments" ("content_sha256");

CREATE INDEX "ix_assessments_supersedes" ON "assessments" ("supersedes");
