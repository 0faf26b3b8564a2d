-- Izdeu vault schema, version 3: a deletion names the creation time of the record it deleted.

-- `created` never changes (edits and merges keep it) and has microseconds: every vault that ever
-- held any version of a record knows it, a stranger who only knows the record's UUID does not.
-- A merge deletes a record here only on a tombstone naming the record's own `created`
-- (docs/backup-format.md, "The merge rule"). '' for deletions recorded before version 3: they
-- prove nothing, so they delete nothing elsewhere.
ALTER TABLE tombstones ADD COLUMN created TEXT NOT NULL DEFAULT '';
