-- Izdeu vault schema, version 7: links between cases (same person, not the same person, family)
-- and the case list's "merged into another case" column.
-- A link is a record of the case it is written from (case_uuid); other_case is copied out of
-- its JSON so the cases that point at a case are one indexed lookup (both directions of a
-- family relation are shown). Links to a case are deleted with it (app/store/links.py).

CREATE TABLE case_links (
    uuid TEXT PRIMARY KEY, case_uuid TEXT NOT NULL REFERENCES cases(uuid) ON DELETE CASCADE,
    created TEXT NOT NULL, updated TEXT NOT NULL, data TEXT NOT NULL,
    other_case TEXT NOT NULL DEFAULT ''
);
CREATE INDEX case_links_by_case ON case_links(case_uuid);
CREATE INDEX case_links_by_other ON case_links(other_case);

-- The case a case was merged into (Case.duplicate_of): the case list hides these by default.
ALTER TABLE cases ADD COLUMN duplicate_of TEXT NOT NULL DEFAULT '';
UPDATE cases SET duplicate_of = COALESCE(json_extract(data, '$.duplicate_of'), '');
CREATE INDEX cases_by_duplicate_of ON cases(duplicate_of);
