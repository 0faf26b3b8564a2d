-- Izdeu vault schema, version 1.
-- Each record kind has its own table; a record's content is JSON in `data`, with the columns the
-- case list sorts and filters on copied out beside it (kept in step by app/store).

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE cases (
    uuid             TEXT PRIMARY KEY,
    created          TEXT NOT NULL,
    updated          TEXT NOT NULL,
    data             TEXT NOT NULL,
    case_number      TEXT NOT NULL,
    sort_name        TEXT NOT NULL DEFAULT '',
    all_names        TEXT NOT NULL DEFAULT '',
    status           TEXT NOT NULL,
    person_status    TEXT NOT NULL DEFAULT '',
    disappeared_sort INTEGER,
    disappeared_year INTEGER,
    disappeared_text TEXT NOT NULL DEFAULT '',
    hometown         TEXT NOT NULL DEFAULT '',
    next_follow_up   TEXT,
    activity         TEXT NOT NULL DEFAULT ''  -- newest change to the case or any of its records
);
CREATE INDEX cases_by_number ON cases(case_number);
CREATE INDEX cases_by_name ON cases(sort_name);
CREATE INDEX cases_by_status ON cases(status, case_number);
CREATE INDEX cases_by_disappeared ON cases(disappeared_sort);
CREATE INDEX cases_by_year ON cases(disappeared_year);
CREATE INDEX cases_by_hometown ON cases(hometown);
CREATE INDEX cases_by_activity ON cases(activity);
CREATE INDEX cases_by_follow_up ON cases(next_follow_up);

CREATE TABLE status_changes (
    uuid TEXT PRIMARY KEY, case_uuid TEXT NOT NULL REFERENCES cases(uuid) ON DELETE CASCADE,
    created TEXT NOT NULL, updated TEXT NOT NULL, data TEXT NOT NULL
);
CREATE INDEX status_changes_by_case ON status_changes(case_uuid);

CREATE TABLE acts (
    uuid TEXT PRIMARY KEY, case_uuid TEXT NOT NULL REFERENCES cases(uuid) ON DELETE CASCADE,
    created TEXT NOT NULL, updated TEXT NOT NULL, data TEXT NOT NULL
);
CREATE INDEX acts_by_case ON acts(case_uuid);

CREATE TABLE witnesses (
    uuid TEXT PRIMARY KEY, case_uuid TEXT NOT NULL REFERENCES cases(uuid) ON DELETE CASCADE,
    created TEXT NOT NULL, updated TEXT NOT NULL, data TEXT NOT NULL
);
CREATE INDEX witnesses_by_case ON witnesses(case_uuid);

CREATE TABLE testimonies (
    uuid TEXT PRIMARY KEY, case_uuid TEXT NOT NULL REFERENCES cases(uuid) ON DELETE CASCADE,
    created TEXT NOT NULL, updated TEXT NOT NULL, data TEXT NOT NULL
);
CREATE INDEX testimonies_by_case ON testimonies(case_uuid);

CREATE TABLE interventions (
    uuid TEXT PRIMARY KEY, case_uuid TEXT NOT NULL REFERENCES cases(uuid) ON DELETE CASCADE,
    created TEXT NOT NULL, updated TEXT NOT NULL, data TEXT NOT NULL
);
CREATE INDEX interventions_by_case ON interventions(case_uuid);

CREATE TABLE attachments (
    uuid TEXT PRIMARY KEY, case_uuid TEXT NOT NULL REFERENCES cases(uuid) ON DELETE CASCADE,
    created TEXT NOT NULL, updated TEXT NOT NULL, data TEXT NOT NULL,
    sha256 TEXT NOT NULL, size INTEGER NOT NULL
);
CREATE INDEX attachments_by_case ON attachments(case_uuid);
CREATE INDEX attachments_by_sha ON attachments(sha256);

-- Attachment bytes in chunks, so files stream in and out with bounded memory.
CREATE TABLE attachment_chunks (
    attachment_uuid TEXT NOT NULL REFERENCES attachments(uuid) ON DELETE CASCADE,
    seq             INTEGER NOT NULL,
    data            BLOB NOT NULL
);
CREATE UNIQUE INDEX attachment_chunks_key ON attachment_chunks(attachment_uuid, seq);

-- Deleted records leave only their identity, so a merge does not bring them back.
CREATE TABLE tombstones (
    uuid      TEXT PRIMARY KEY,
    kind      TEXT NOT NULL,
    case_uuid TEXT NOT NULL DEFAULT '',
    deleted   TEXT NOT NULL
) WITHOUT ROWID;

-- Append-only, hash-chained audit log.
CREATE TABLE audit (
    seq         INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    actor       TEXT NOT NULL,
    action      TEXT NOT NULL,
    kind        TEXT NOT NULL,
    record_uuid TEXT NOT NULL,
    case_uuid   TEXT NOT NULL,
    detail      TEXT NOT NULL,
    prev_hash   TEXT NOT NULL,
    hash        TEXT NOT NULL
);
CREATE INDEX audit_by_case ON audit(case_uuid);
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;

-- Full-text search. Contentless: the index holds tokens only, the text stays in the records.
-- Text is folded (case, diacritics, Kazakh letters, CJK split per character) before indexing.
CREATE VIRTUAL TABLE search_fts USING fts5(
    body, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2'
);
INSERT INTO search_fts(search_fts, rank) VALUES ('secure-delete', 1);
CREATE TABLE search_docs (
    rowid       INTEGER PRIMARY KEY,
    case_uuid   TEXT NOT NULL,
    record_uuid TEXT NOT NULL,
    field       TEXT NOT NULL
);
CREATE INDEX search_docs_by_record ON search_docs(record_uuid);
CREATE INDEX search_docs_by_case ON search_docs(case_uuid);
