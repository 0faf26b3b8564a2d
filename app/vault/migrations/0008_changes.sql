-- Izdeu vault schema, version 8: the change log incremental backups are cut from.
-- One row per write of a record (insert, update, delete) or of a tombstone, numbered in the
-- order of the writes: a backup records the newest number it holds, and an increment on it
-- holds what the rows after that number name. AUTOINCREMENT: a number is never given twice.
-- The rows are written by triggers the store keeps on every record table and on tombstones
-- (app/store/changes.py: made from its table list, so a later table gets one too).

CREATE TABLE changes (
    seq  INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL,  -- a record kind (app/store/schema.py), or 'tombstone'
    uuid TEXT NOT NULL
);
