-- Izdeu vault schema, version 4: the columns the statistics count by (app/store/stats.py).
-- Copied out of each record's JSON by app/store/writes.py like the case-list columns, so every
-- figure is an indexed GROUP BY, not a JSON scan of every case. A vault migrated from an older
-- version fills them on its first opening (Store.ensure_facts, meta key "facts").

ALTER TABLE cases ADD COLUMN sex TEXT NOT NULL DEFAULT '';
ALTER TABLE cases ADD COLUMN ethnicity TEXT NOT NULL DEFAULT '';
ALTER TABLE cases ADD COLUMN prefecture TEXT NOT NULL DEFAULT '';
ALTER TABLE cases ADD COLUMN county TEXT NOT NULL DEFAULT '';
ALTER TABLE cases ADD COLUMN id_division TEXT NOT NULL DEFAULT '';  -- first 6 digits of a PRC ID
ALTER TABLE cases ADD COLUMN birth_year INTEGER;
ALTER TABLE cases ADD COLUMN disappeared_month INTEGER;
ALTER TABLE cases ADD COLUMN wgeid_missing TEXT NOT NULL DEFAULT '';  -- e.g. "b,d"

ALTER TABLE acts ADD COLUMN facility TEXT NOT NULL DEFAULT '';
ALTER TABLE acts ADD COLUMN facility_kind TEXT NOT NULL DEFAULT '';

ALTER TABLE interventions ADD COLUMN sent INTEGER NOT NULL DEFAULT 0;
ALTER TABLE interventions ADD COLUMN answered INTEGER NOT NULL DEFAULT 0;
ALTER TABLE interventions ADD COLUMN follow_up TEXT;
