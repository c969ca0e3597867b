-- Vigil schema 0002 (PostgreSQL): analyst assessments for statistics (issue 8). The statements are EF Core's own
-- DDL for AssessmentRecordConfiguration, copied from `vigil db script --provider postgresql` (VigilDatabase.GenerateCreateScript).
CREATE TABLE assessments (
    assessment_id character varying(64) NOT NULL,
    report_id character varying(64) NOT NULL,
    url character varying(2048) NOT NULL,
    reported_at bigint NOT NULL,
    assessed_at bigint NOT NULL,
    content_sha256 bytea NOT NULL,
    media_type character varying(16) NOT NULL,
    ai character varying(16) NOT NULL,
    category character varying(16) NOT NULL,
    sex character varying(16) NOT NULL,
    age_band character varying(16) NOT NULL,
    site_type character varying(32) NOT NULL,
    network character varying(16) NOT NULL,
    verified boolean NOT NULL,
    supersedes character varying(64),
    CONSTRAINT pk_assessments PRIMARY KEY (assessment_id)
);

CREATE INDEX ix_assessments_content_sha256 ON assessments (content_sha256);

CREATE INDEX ix_assessments_supersedes ON assessments (supersedes);
