-- Izdeu vault schema, version 2: what merging backups needs to remember.

-- A value that lost a merge conflict (docs/backup-format.md, "Backups"), kept so nothing is
-- silently dropped. It holds case data: it belongs to its case (deleted with it) and to its
-- record (deleted with it, see the trigger below).
CREATE TABLE merge_conflicts (
    id             INTEGER PRIMARY KEY,
    at             TEXT NOT NULL,      -- when the merge ran
    kind           TEXT NOT NULL,
    record_uuid    TEXT NOT NULL,
    case_uuid      TEXT NOT NULL REFERENCES cases(uuid) ON DELETE CASCADE,
    field          TEXT NOT NULL,      -- top-level field of the record
    winner         TEXT NOT NULL,      -- 'local' or 'backup'
    lost_side      TEXT NOT NULL,      -- the side whose value is kept here
    lost_updated   TEXT NOT NULL,      -- `updated` of the losing record version
    won_updated    TEXT NOT NULL,
    lost_value     TEXT NOT NULL,      -- JSON of the losing value
    backup_signer  TEXT NOT NULL,      -- fingerprint of the device that signed the backup
    backup_created TEXT NOT NULL
);
-- One row per losing record version and field: merging the same backup again adds nothing.
CREATE UNIQUE INDEX merge_conflicts_key ON merge_conflicts(record_uuid, field, lost_side, lost_updated);
CREATE INDEX merge_conflicts_by_case ON merge_conflicts(case_uuid);

-- Deleting a record (which always leaves a tombstone) also deletes its kept conflict values.
CREATE TRIGGER merge_conflicts_follow_deletes AFTER INSERT ON tombstones
BEGIN DELETE FROM merge_conflicts WHERE record_uuid = NEW.uuid; END;

-- The version of a record last merged in from a device: the common ancestor of the next merge
-- from that device (a field changed on one side only is no conflict), and what tells an older
-- copy from the same device from news. Holds case data: deleted with its record.
CREATE TABLE merge_sources (
    record_uuid TEXT PRIMARY KEY,
    signer      TEXT NOT NULL,         -- fingerprint of the device key
    updated     TEXT NOT NULL,         -- `updated` of the merged version
    data        TEXT NOT NULL          -- its data fields as JSON
);
CREATE TRIGGER merge_sources_follow_deletes AFTER INSERT ON tombstones
BEGIN DELETE FROM merge_sources WHERE record_uuid = NEW.uuid; END;
