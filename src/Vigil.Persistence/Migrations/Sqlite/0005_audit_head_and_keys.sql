-- Vigil schema 0005 (SQLite): the sealed audit head (docs/audit.md) and the shared Data Protection key ring (issue 3).
-- The statements are EF Core's own DDL and seed for AuditHeadConfiguration and DataProtectionKeyConfiguration.
CREATE TABLE "audit_head" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_audit_head" PRIMARY KEY,
    "sequence" INTEGER NOT NULL,
    "hash" BLOB NOT NULL,
    "seal" BLOB NULL
);

CREATE TABLE "data_protection_keys" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_data_protection_keys" PRIMARY KEY AUTOINCREMENT,
    "friendly_name" TEXT NULL,
    "xml" TEXT NOT NULL,
    "created_at" INTEGER NOT NULL
);

INSERT INTO "audit_head" ("id", "hash", "seal", "sequence")
VALUES (1, X'0000000000000000000000000000000000000000000000000000000000000000', NULL, 0);
SELECT changes();
