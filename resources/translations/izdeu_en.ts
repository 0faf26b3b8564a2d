<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>BackupReminder</name>
    <message numerus="yes">
        <source>The last backup is %n day(s) old.</source>
        <translation>
            <numerusform>The last backup is %n day old.</numerusform>
            <numerusform>The last backup is %n days old.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseListView</name>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) found</source>
        <translation>
            <numerusform>%n case found</numerusform>
            <numerusform>%n cases found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message numerus="yes">
        <source>%n conflict(s) to review.</source>
        <translation>
            <numerusform>%n conflict to review.</numerusform>
            <numerusform>%n conflicts to review.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DossierDialog</name>
    <message numerus="yes">
        <source>Make %n dossier(s) into a folder…</source>
        <translation>
            <numerusform>Make %n dossier into a folder…</numerusform>
            <numerusform>Make %n dossiers into a folder…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s). SHA-256: </source>
        <translation>
            <numerusform>%n page. SHA-256: </numerusform>
            <numerusform>%n pages. SHA-256: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n testimony(ies) left out: the witness's consent does not cover this recipient or was withdrawn.</source>
        <translation>
            <numerusform>%n testimony left out: the witness's consent does not cover this recipient or was withdrawn.</numerusform>
            <numerusform>%n testimonies left out: the witnesses' consent does not cover this recipient or was withdrawn.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) written.</source>
        <translation>
            <numerusform>%n dossier written.</numerusform>
            <numerusform>%n dossiers written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) failed.</source>
        <translation>
            <numerusform>%n case failed.</numerusform>
            <numerusform>%n cases failed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message numerus="yes">
        <source>%n pair(s) of cases may record the same person.</source>
        <translation>
            <numerusform>%n pair of cases may record the same person.</numerusform>
            <numerusform>%n pairs of cases may record the same person.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportTableDialog</name>
    <message numerus="yes">
        <source>Only the %n selected case(s)</source>
        <translation>
            <numerusform>Only the %n selected case</numerusform>
            <numerusform>Only the %n selected cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) exported to %1.</source>
        <translation>
            <numerusform>%n case exported to %1.</numerusform>
            <numerusform>%n cases exported to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportTableDialog</name>
    <message numerus="yes">
        <source>%n row(s) in the sheet; check them before importing.</source>
        <translation>
            <numerusform>%n row in the sheet; check it before importing.</numerusform>
            <numerusform>%n rows in the sheet; check them before importing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) can be imported.</source>
        <translation>
            <numerusform>%n row can be imported.</numerusform>
            <numerusform>%n rows can be imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) cannot (listed above).</source>
        <translation>
            <numerusform>%n row cannot (listed above).</numerusform>
            <numerusform>%n rows cannot (listed above).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) name a person already in the vault.</source>
        <translation>
            <numerusform>%n row names a person already in the vault.</numerusform>
            <numerusform>%n rows name a person already in the vault.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) imported.</source>
        <translation>
            <numerusform>%n case imported.</numerusform>
            <numerusform>%n cases imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LockWarning</name>
    <message numerus="yes">
        <source>The vault locks in %n s.</source>
        <translation>
            <numerusform>The vault locks in %n s.</numerusform>
            <numerusform>The vault locks in %n s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatisticsTab</name>
    <message numerus="yes">
        <source>%n case(s) counted</source>
        <translation>
            <numerusform>%n case counted</numerusform>
            <numerusform>%n cases counted</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message numerus="yes">
        <source>The %n backups form one chain, complete and intact.</source>
        <translation>
            <numerusform>The %n backup is complete and intact.</numerusform>
            <numerusform>The %n backups form one chain, complete and intact.</numerusform>
        </translation>
    </message>
</context>
</TS>
