-- Izdeu vault schema, version 5: the columns the statistics count by (app/store/stats.py).
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

-- Each figure reads only its index (a covering scan), not the case rows with their JSON.
CREATE INDEX cases_by_person_status ON cases(person_status);
CREATE INDEX cases_by_month ON cases(disappeared_year, disappeared_month);
CREATE INDEX cases_by_place ON cases(prefecture, county);
CREATE INDEX cases_by_id_division ON cases(id_division);
CREATE INDEX cases_by_sex ON cases(sex);
CREATE INDEX cases_by_age ON cases(birth_year, disappeared_year);
CREATE INDEX cases_by_ethnicity ON cases(ethnicity);
CREATE INDEX cases_by_wgeid ON cases(wgeid_missing);
CREATE INDEX acts_by_facility ON acts(facility, case_uuid);
CREATE INDEX acts_by_facility_kind ON acts(facility_kind, case_uuid);
CREATE INDEX interventions_by_answer ON interventions(case_uuid, sent, answered, follow_up);

-- With a filter of the case list (status, year, hometown, follow-up) a figure cannot use the
-- indexes above; this one holds every column a filtered figure reads, so it is counted from
-- this narrow index (about 150 bytes a case) instead of the case rows with their JSON.
CREATE INDEX cases_stats ON cases(
    status, disappeared_year, next_follow_up, hometown, person_status, disappeared_month,
    prefecture, county, id_division, sex, birth_year, ethnicity, wgeid_missing, uuid
);
