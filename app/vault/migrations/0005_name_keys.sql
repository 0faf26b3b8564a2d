-- Izdeu vault schema, version 4: name keys, the index that finds one person in every spelling.

-- One row per word of each recorded name: its phonetic key (app/names/key.py), and one row per
-- identity number ('#prc:…', '#iin:…', '#…' for another number). Derived from the case, like the
-- search index: rebuilt when `meta.name_keys` differs from the key version of app/names.
CREATE TABLE name_keys (
    case_uuid  TEXT NOT NULL REFERENCES cases(uuid) ON DELETE CASCADE,
    key        TEXT NOT NULL,
    name_index INTEGER NOT NULL
);
CREATE INDEX name_keys_by_key ON name_keys(key, case_uuid);
CREATE INDEX name_keys_by_case ON name_keys(case_uuid);
