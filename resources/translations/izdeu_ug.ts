<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ug">
<context>
    <name>AttachmentViewer</name>
    <message>
        <source>This kind of file cannot be shown here; export a copy to open it with another program.</source>
        <translation>بۇ خىل ھۆججەتنى بۇ يەردە كۆرسەتكىلى بولمايدۇ؛ باشقا پروگراممىدا ئېچىش ئۈچۈن كۆپەيتمىسىنى چىقىرىڭ.</translation>
    </message>
</context>
<context>
    <name>AttachmentsSection</name>
    <message>
        <source>Export without metadata…</source>
        <translation>مېتا سانلىق مەلۇماتسىز چىقىرىش…</translation>
    </message>
    <message>
        <source>A copy of the photo without its GPS position, camera, author, comments and thumbnail. The original in the vault is not changed.</source>
        <translation>سۈرەتنىڭ GPS ئورنى، كامېرا، ئاپتور، ئىزاھات ۋە كىچىك سۈرىتى يوق كۆپەيتمىسى. ئامباردىكى ئەسلىسى ئۆزگەرمەيدۇ.</translation>
    </message>
    <message>
        <source>where it was taken (GPS)</source>
        <translation>قەيەردە تارتىلغانلىقى (GPS)</translation>
    </message>
    <message>
        <source>who took it</source>
        <translation>كىم تارتقانلىقى</translation>
    </message>
    <message>
        <source>the camera</source>
        <translation>كامېرا</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>This photo's metadata shows: %1. Dossiers leave it out; use “Export without metadata…” before giving the file to anyone.</source>
        <translation>بۇ سۈرەتنىڭ مېتا سانلىق مەلۇماتىدا بۇلار بار: %1. ئارخىپقا ئۇلار كىرمەيدۇ؛ ھۆججەتنى باشقىلارغا بېرىشتىن بۇرۇن «مېتا سانلىق مەلۇماتسىز چىقىرىش…» نى ئىشلىتىڭ.</translation>
    </message>
    <message>
        <source>Copy without metadata exported.</source>
        <translation>مېتا سانلىق مەلۇماتسىز كۆپەيتمە چىقىرىلدى.</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>ھۆججەت قوشۇش…</translation>
    </message>
    <message>
        <source>View</source>
        <translation>كۆرۈش</translation>
    </message>
    <message>
        <source>Export a copy…</source>
        <translation>كۆپەيتمىسىنى چىقىرىش…</translation>
    </message>
    <message>
        <source>Use as the person's photo</source>
        <translation>كىشىنىڭ سۈرىتى قىلىش</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>ئۆچۈرۈش</translation>
    </message>
    <message>
        <source>Description of the selected file</source>
        <translation>تاللانغان ھۆججەتنىڭ چۈشەندۈرۈشى</translation>
    </message>
    <message>
        <source>Handed over by</source>
        <translation>كىم تاپشۇرغان</translation>
    </message>
    <message>
        <source>Drop files here to attach them. Files are copied into the encrypted vault; the originals are left where they are.</source>
        <translation>ھۆججەتلەرنى قوشۇش ئۈچۈن بۇ يەرگە سۆرەپ تاشلاڭ. ھۆججەتلەر شىفىرلانغان ئامبارغا كۆچۈرۈلىدۇ؛ ئەسلى نۇسخىسى ئورنىدا قالىدۇ.</translation>
    </message>
    <message>
        <source>(file)</source>
        <translation>(ھۆججەت)</translation>
    </message>
    <message>
        <source>%1 · %2 bytes · received %3 · SHA-256 %4</source>
        <translation>%1 · %2 بايت · تاپشۇرۇۋېلىنغان %3 · SHA-256 %4</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>ھۆججەت قوشۇش</translation>
    </message>
    <message>
        <source>This kind of file cannot be shown here; export a copy.</source>
        <translation>بۇ خىل ھۆججەتنى بۇ يەردە كۆرسەتكىلى بولمايدۇ؛ كۆپەيتمىسىنى چىقىرىڭ.</translation>
    </message>
    <message>
        <source>Export a copy</source>
        <translation>كۆپەيتمىسىنى چىقىرىش</translation>
    </message>
    <message>
        <source>Copy exported.</source>
        <translation>كۆپەيتمە چىقىرىلدى.</translation>
    </message>
    <message>
        <source>Remove the selected file from the vault? This cannot be undone.</source>
        <translation>تاللانغان ھۆججەتنى ئامباردىن ئۆچۈرەمسىز؟ بۇنى ئەسلىگە كەلتۈرگىلى بولمايدۇ.</translation>
    </message>
    <message>
        <source>Hide regions…</source>
        <translation>رايونلارنى يوشۇرۇش…</translation>
    </message>
    <message>
        <source>Mark parts of the picture (a bystander's face, an address) that dossiers must not show.</source>
        <translation>ھۆججەتتە كۆرسىتىلمەسلىكى كېرەك بولغان رەسىم قىسىملىرىنى (باشقا كىشىنىڭ يۈزى، ئادرېس) بەلگىلەڭ.</translation>
    </message>
    <message>
        <source>▶ Play</source>
        <translation>▶ قويۇش</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Back up the vault</source>
        <translation>ئامبارنى زاپاسلاش</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>تاللاش…</translation>
    </message>
    <message>
        <source>Encrypt to the organisation's keys</source>
        <translation>تەشكىلاتنىڭ ئاچقۇچلىرى بىلەن شىفىرلاش</translation>
    </message>
    <message>
        <source>Encrypt with a passphrase</source>
        <translation>ئىم جۈملىسى بىلەن شىفىرلاش</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>زاپاسلاش</translation>
    </message>
    <message>
        <source>Choose the folder to write the backup to.</source>
        <translation>زاپاس نۇسخا يېزىلىدىغان قىسقۇچنى تاللاڭ.</translation>
    </message>
    <message>
        <source>The two passphrases differ or are empty.</source>
        <translation>ئىم جۈملىلىرى ئوخشىمايدۇ ياكى بوش.</translation>
    </message>
    <message>
        <source>No organisation key is set yet. Ask headquarters for its key file and add it under Backups → Backup keys…; until then, use a passphrase.</source>
        <translation>تەشكىلات ئاچقۇچى تېخى بېكىتىلمىگەن. باش شتابتىن ئاچقۇچ ھۆججىتىنى سوراپ، «زاپاس نۇسخىلار ← زاپاس ئاچقۇچلىرى…» دىن قوشۇڭ؛ ئۇنىڭغىچە ئىم جۈملىسى ئىشلىتىڭ.</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>قىسقۇچ:</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>ئىم جۈملىسى:</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation>قايتا كىرگۈزۈڭ:</translation>
    </message>
    <message>
        <source>Progress:</source>
        <translation>ئىلگىرىلەش:</translation>
    </message>
    <message>
        <source>That is a file, not a folder: choose a folder.</source>
        <translation>بۇ قىسقۇچ ئەمەس، ھۆججەت: قىسقۇچ تاللاڭ.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Create it?</source>
        <translation>%1 قىسقۇچى يوق. قۇرامسىز؟</translation>
    </message>
    <message>
        <source>Create the folder</source>
        <translation>قىسقۇچ قۇرۇش</translation>
    </message>
    <message>
        <source>The folder could not be created; choose another one.</source>
        <translation>قىسقۇچنى قۇرغىلى بولمىدى؛ باشقىسىنى تاللاڭ.</translation>
    </message>
    <message>
        <source>That folder cannot be used; choose another one.</source>
        <translation>بۇ قىسقۇچنى ئىشلەتكىلى بولمايدۇ؛ باشقىسىنى تاللاڭ.</translation>
    </message>
    <message>
        <source>By itself: an increment when it can</source>
        <translation>ئاپتوماتىك: مۇمكىن بولسا قوشۇمچە نۇسخا</translation>
    </message>
    <message>
        <source>A full backup</source>
        <translation>تولۇق نۇسخا</translation>
    </message>
    <message>
        <source>An increment (only what changed)</source>
        <translation>قوشۇمچە نۇسخا (پەقەت ئۆزگىرىشلەر)</translation>
    </message>
    <message>
        <source>An increment holds only what changed since the last backup in this folder; it is made when the folder holds this vault's recent full backup.</source>
        <translation>قوشۇمچە نۇسخىدا بۇ قىسقۇچتىكى ئاخىرقى نۇسخىدىن بۇيانقى ئۆزگىرىشلەرلا بولىدۇ؛ ئۇ قىسقۇچتا بۇ ئامبارنىڭ يېقىنقى تولۇق نۇسخىسى بولغاندا قىلىنىدۇ.</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>تۈرى:</translation>
    </message>
    <message>
        <source>Increment written and verified: %1</source>
        <translation>قوشۇمچە نۇسخا يېزىلدى ۋە تەكشۈرۈلدى: %1</translation>
    </message>
    <message>
        <source>Full backup written and verified: %1</source>
        <translation>تولۇق نۇسخا يېزىلدى ۋە تەكشۈرۈلدى: %1</translation>
    </message>
</context>
<context>
    <name>BackupDialogs</name>
    <message>
        <source>Cancelled; nothing was saved.</source>
        <translation>بىكار قىلىندى؛ ھېچنېمە ساقلانمىدى.</translation>
    </message>
</context>
<context>
    <name>BackupKeysDialog</name>
    <message>
        <source>Devices whose backups this vault trusts:</source>
        <translation>بۇ ئامبار زاپاس نۇسخىلىرىغا ئىشىنىدىغان ئۈسكۈنىلەر:</translation>
    </message>
    <message>
        <source>Stop trusting</source>
        <translation>ئىشىنىشنى توختىتىش</translation>
    </message>
    <message>
        <source>Backups signed by this device will be refused until it is trusted again. Stop trusting it?</source>
        <translation>بۇ ئۈسكۈنە ئىمزا قويغان زاپاس نۇسخىلار ئۇنىڭغا قايتا ئىشەنگۈچە رەت قىلىنىدۇ. ئۇنىڭغا ئىشىنىشنى توختىتامسىز؟</translation>
    </message>
    <message>
        <source>The device is no longer trusted.</source>
        <translation>بۇ ئۈسكۈنىگە ئەمدى ئىشەنمەيدۇ.</translation>
    </message>
    <message>
        <source>Backup keys</source>
        <translation>زاپاس نۇسخا ئاچقۇچلىرى</translation>
    </message>
    <message>
        <source>Backups are encrypted to these organisation keys: only their holders (for example headquarters) can open them. Add the key file (.pub) headquarters gave you, or paste its age1… key.</source>
        <translation>زاپاس نۇسخىلار تەشكىلاتنىڭ بۇ ئاچقۇچلىرى بىلەن شىفىرلىنىدۇ: پەقەت ئۇلارنىڭ ئىگىلىرى (مەسىلەن، باش شتاب) ئاچالايدۇ. باش شتاب بەرگەن ئاچقۇچ ھۆججىتىنى (.pub) قوشۇڭ ياكى age1… ئاچقۇچىنى چاپلاڭ.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>قوشۇش</translation>
    </message>
    <message>
        <source>Add from a file…</source>
        <translation>ھۆججەتتىن قوشۇش…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>ئۆچۈرۈش</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>تاقاش</translation>
    </message>
    <message>
        <source>This laptop signs its backups as %1. Read it out to headquarters so they can recognise your backups.</source>
        <translation>بۇ كومپيۇتېر زاپاس نۇسخىلىرىغا %1 دەپ ئىمزا قويىدۇ. باش شتاب نۇسخىلىرىڭىزنى تونۇشى ئۈچۈن ئۇنى ئوقۇپ بېرىڭ.</translation>
    </message>
    <message>
        <source>No organisation key yet: backups can only be encrypted with a passphrase.</source>
        <translation>تەشكىلات ئاچقۇچى تېخى يوق: زاپاس نۇسخىلارنى پەقەت ئىم ئىبارىسى بىلەن شىفىرلىغىلى بولىدۇ.</translation>
    </message>
    <message>
        <source>That key is already in the list.</source>
        <translation>بۇ ئاچقۇچ تىزىملىكتە بار.</translation>
    </message>
    <message>
        <source>Key added.</source>
        <translation>ئاچقۇچ قوشۇلدى.</translation>
    </message>
    <message>
        <source>Organisation key file</source>
        <translation>تەشكىلات ئاچقۇچ ھۆججىتى</translation>
    </message>
    <message>
        <source>Public keys (*.pub);;All files (*)</source>
        <translation>ئاممىۋى ئاچقۇچلار (*.pub);;بارلىق ھۆججەتلەر (*)</translation>
    </message>
    <message>
        <source>Remove key</source>
        <translation>ئاچقۇچنى ئۆچۈرۈش</translation>
    </message>
    <message>
        <source>Backups made from now on will not be readable with this key. Remove it?</source>
        <translation>بۇنىڭدىن كېيىنكى زاپاس نۇسخىلارنى بۇ ئاچقۇچ بىلەن ئاچقىلى بولمايدۇ. ئۆچۈرەمسىز؟</translation>
    </message>
    <message>
        <source>Key removed.</source>
        <translation>ئاچقۇچ ئۆچۈرۈلدى.</translation>
    </message>
    <message>
        <source>Split the organisation key…</source>
        <translation>تەشكىلات ئاچقۇچىنى بۆلۈش…</translation>
    </message>
</context>
<context>
    <name>BackupReminder</name>
    <message>
        <source>Back up now</source>
        <translation>ھازىر زاپاسلاش</translation>
    </message>
    <message>
        <source>This vault has never been backed up.</source>
        <translation>بۇ ئامبار تېخى زاپاسلانمىغان.</translation>
    </message>
    <message numerus="yes">
        <source>The last backup is %n day(s) old.</source>
        <translation>
            <numerusform>ئاخىرقى زاپاس نۇسخىغا %n كۈن بولدى.</numerusform>
            <numerusform>ئاخىرقى زاپاس نۇسخىغا %n كۈن بولدى.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <source>Person</source>
        <translation>كىشى</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>دېلو</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>ۋەقەلەر تىزىملىكى</translation>
    </message>
    <message>
        <source>Witnesses &amp;&amp; consent</source>
        <translation>گۇۋاھچىلار ۋە رازىلىق</translation>
    </message>
    <message>
        <source>Testimonies</source>
        <translation>گۇۋاھلىقلار</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>ئىلتىماسلار</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>قوشۇمچە ھۆججەتلەر</translation>
    </message>
    <message>
        <source>History</source>
        <translation>تارىخ</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>ساقلانمىغان ئۆزگىرىشلەر بار</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>يېڭى دېلو</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>ساقلىنىۋاتىدۇ…</translation>
    </message>
    <message>
        <source>Saved, except: %1</source>
        <translation>ساقلاندى، بۇنىڭدىن باشقا: %1</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>بارلىق ئۆزگىرىشلەر ساقلاندى</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>ساقلانمىدى: %1</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>رەسىم تاللاڭ</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.gif *.webp)</source>
        <translation>رەسىملەر (*.jpg *.jpeg *.png *.gif *.webp)</translation>
    </message>
    <message>
        <source>Related cases</source>
        <translation>مۇناسىۋەتلىك دېلولار</translation>
    </message>
</context>
<context>
    <name>CaseListView</name>
    <message>
        <source>Search names, testimonies, notes — in any script (Ctrl+F)</source>
        <translation>ئىسىم، گۇۋاھلىق، ئىزاھاتلاردىن ئىزدەش — خالىغان يېزىقتا (Ctrl+F)</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>بارلىق ھالەتلەر</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>بارلىق يىللار</translation>
    </message>
    <message>
        <source>Any hometown</source>
        <translation>خالىغان يۇرت</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>قايتا سوراش ۋاقتى كەلگەن</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>ھالەت:</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>يىل:</translation>
    </message>
    <message>
        <source>Hometown:</source>
        <translation>يۇرتى:</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n دېلو</numerusform>
            <numerusform>%n دېلو</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) found</source>
        <translation>
            <numerusform>%n دېلو تېپىلدى</numerusform>
            <numerusform>%n دېلو تېپىلدى</numerusform>
        </translation>
    </message>
    <message>
        <source>Merged cases</source>
        <translation>بىرلەشتۈرۈلگەن دېلولار</translation>
    </message>
    <message>
        <source>Also show the cases merged into another case</source>
        <translation>باشقا دېلوغا بىرلەشتۈرۈلگەن دېلولارنىمۇ كۆرسىتىش</translation>
    </message>
</context>
<context>
    <name>CaseSection</name>
    <message>
        <source>Who submits the report (kept confidential)</source>
        <translation>مەلۇماتنى كىم سۇنىدۇ (مەخپىي ساقلىنىدۇ)</translation>
    </message>
    <message>
        <source>Place of arrest or abduction, or where last seen</source>
        <translation>تۇتقۇن قىلىنغان ياكى ئېلىپ كېتىلگەن جاي، ياكى ئاخىرقى قېتىم كۆرۈلگەن جاي</translation>
    </message>
    <message>
        <source>Who is believed to have carried it out (e.g. county police)</source>
        <translation>بۇنى كىم قىلغان دەپ قارىلىدۇ (مەسىلەن، ناھىيە ساقچىلىرى)</translation>
    </message>
    <message>
        <source>Steps taken to find the person, or why domestic remedies were not possible</source>
        <translation>كىشىنى تېپىش ئۈچۈن قىلىنغان ئىشلار، ياكى ئىچكى قانۇنىي يوللار نېمە ئۈچۈن مۇمكىن بولمىغان</translation>
    </message>
    <message>
        <source>Disappeared less than 3 months ago: the WGEID urgent procedure applies.</source>
        <translation>3 ئايغا يەتمىگەن ۋاقىت ئىچىدە يوقالغان: WGEID نىڭ جىددىي تەرتىپى قوللىنىلىدۇ.</translation>
    </message>
    <message>
        <source>Case number:</source>
        <translation>دېلو نومۇرى:</translation>
    </message>
    <message>
        <source>Case status:</source>
        <translation>دېلو ھالىتى:</translation>
    </message>
    <message>
        <source>Procedure:</source>
        <translation>تەرتىپ:</translation>
    </message>
    <message>
        <source>Intake date:</source>
        <translation>قوبۇل قىلىنغان ۋاقىت:</translation>
    </message>
    <message>
        <source>Submitted by:</source>
        <translation>سۇنغۇچى:</translation>
    </message>
    <message>
        <source>Disappeared on:</source>
        <translation>يوقاپ كەتكەن ۋاقىت:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>جاي:</translation>
    </message>
    <message>
        <source>Believed responsible:</source>
        <translation>مەسئۇل دەپ قارالغانلار:</translation>
    </message>
    <message>
        <source>Remedies:</source>
        <translation>قانۇنىي يوللار:</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>قىسقىچە مەزمۇن:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>ئىزاھات:</translation>
    </message>
    <message>
        <source>Status history:</source>
        <translation>ھالەت تارىخى:</translation>
    </message>
    <message>
        <source>Other registers:</source>
        <translation>باشقا تىزىملىكلەر:</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>Case</source>
        <translation>دېلو</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>ئىسىملار</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>دېلو ھالىتى</translation>
    </message>
    <message>
        <source>Person's status</source>
        <translation>كىشىنىڭ ھالىتى</translation>
    </message>
    <message>
        <source>Disappeared</source>
        <translation>يوقالغان</translation>
    </message>
    <message>
        <source>Hometown</source>
        <translation>يۇرتى</translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation>ئاخىرقى ئۆزگەرتىش</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>كېيىنكى قايتا سوراش</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change the passphrase</source>
        <translation>ئىم جۈملىسىنى ئۆزگەرتىش</translation>
    </message>
    <message>
        <source>The vault is encrypted again under the new passphrase. Until that is finished the current passphrase stays valid: if the computer stops midway, the current one still opens the vault.</source>
        <translation>ئامبار يېڭى ئىم جۈملىسى بىلەن قايتا شىفىرلىنىدۇ. بۇ تاماملانغۇچە ھازىرقىسى كۈچكە ئىگە: كومپيۇتېر يېرىم يولدا توختاپ قالسىمۇ، ئامبار ھازىرقى ئىم جۈملىسى بىلەن ئېچىلىدۇ.</translation>
    </message>
    <message>
        <source>Current passphrase:</source>
        <translation>ھازىرقى ئىم جۈملىسى:</translation>
    </message>
    <message>
        <source>New passphrase:</source>
        <translation>يېڭى ئىم جۈملىسى:</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation>قايتا كىرگۈزۈڭ:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>كۈچلۈكلىكى:</translation>
    </message>
    <message>
        <source>Checking the current passphrase…</source>
        <translation>ھازىرقى ئىم جۈملىسى تەكشۈرۈلۈۋاتىدۇ…</translation>
    </message>
    <message>
        <source>Deriving the new key…</source>
        <translation>يېڭى ئاچقۇچ ھېسابلىنىۋاتىدۇ…</translation>
    </message>
    <message>
        <source>Encrypting a copy of the vault under the new key…</source>
        <translation>ئامبارنىڭ نۇسخىسى يېڭى ئاچقۇچ بىلەن شىفىرلىنىۋاتىدۇ…</translation>
    </message>
    <message>
        <source>Putting the re-encrypted vault in place…</source>
        <translation>قايتا شىفىرلانغان ئامبار ئورنىغا قويۇلۇۋاتىدۇ…</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>ئىككى ئىم جۈملىسى ئوخشاش ئەمەس.</translation>
    </message>
    <message>
        <source>Type the current passphrase.</source>
        <translation>ھازىرقى ئىم جۈملىسىنى كىرگۈزۈڭ.</translation>
    </message>
    <message>
        <source>The passphrase was changed. Use the new one from now on.</source>
        <translation>ئىم جۈملىسى ئۆزگەرتىلدى. بۇنىڭدىن كېيىن يېڭىسىنى ئىشلىتىڭ.</translation>
    </message>
    <message>
        <source>That is not the current passphrase. Check the keyboard layout and Caps Lock.</source>
        <translation>بۇ ھازىرقى ئىم جۈملىسى ئەمەس. كۇنۇپكا تاختىسى تىلى ۋە Caps Lock نى تەكشۈرۈڭ.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>ھېچنېمە ئۆزگەرتىلمىدى.</translation>
    </message>
    <message>
        <source>The current passphrase still opens the vault.</source>
        <translation>ئامبار يەنىلا ھازىرقى ئىم جۈملىسى بىلەن ئېچىلىدۇ.</translation>
    </message>
    <message>
        <source>Stronger key derivation (256 MiB; unlocking takes 1–2 seconds)</source>
        <translation>تېخىمۇ كۈچلۈك ئاچقۇچ ھاسىللاش (256 مېگابايت؛ قۇلۇپ ئېچىش 1–2 سېكۇنت ۋاقىت ئالىدۇ)</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>Name</source>
        <translation>ئىسىم</translation>
    </message>
    <message>
        <source>Date (month and year)</source>
        <translation>ۋاقىت (ئاي ۋە يىل)</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>جاي</translation>
    </message>
    <message>
        <source>Believed responsible</source>
        <translation>مەسئۇللار</translation>
    </message>
    <message>
        <source>Steps taken</source>
        <translation>قوللانغان تەدبىرلەر</translation>
    </message>
    <message>
        <source>Submitted by</source>
        <translation>سۇنغۇچى</translation>
    </message>
</context>
<context>
    <name>ChecklistBar</name>
    <message>
        <source>UN WGEID:</source>
        <translation>ب د ت WGEID:</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>تولۇق</translation>
    </message>
    <message>
        <source>%1 of 6 missing</source>
        <translation>6 دىن %1 كەم</translation>
    </message>
</context>
<context>
    <name>CodedEdit</name>
    <message>
        <source>other…</source>
        <translation>باشقا…</translation>
    </message>
    <message>
        <source>say what, in a few words</source>
        <translation>نېمە ئىكەنلىكىنى بىر نەچچە سۆز بىلەن يېزىڭ</translation>
    </message>
    <message>
        <source>other (comma separated)</source>
        <translation>باشقا (پەش بىلەن ئايرىڭ)</translation>
    </message>
    <message>
        <source>choose…</source>
        <translation>تاللاش…</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Merge conflicts</source>
        <translation>بىرلەشتۈرۈش توقۇنۇشلىرى</translation>
    </message>
    <message>
        <source>Each line is a field changed both here and on a volunteer's device. The merge kept the newer value and set the other one aside. Choose the value the case should have; the choice is written to the case's history.</source>
        <translation>ھەر بىر قۇر بۇ يەردىمۇ، پىدائىينىڭ ئۈسكۈنىسىدىمۇ ئۆزگەرتىلگەن بىر بۆلەك. بىرلەشتۈرۈش يېڭىراق قىممەتنى قالدۇرۇپ، يەنە بىرىنى ئايرىم ساقلىدى. دېلودا بولۇشقا تېگىشلىك قىممەتنى تاللاڭ؛ تاللاش دېلونىڭ تارىخىغا يېزىلىدۇ.</translation>
    </message>
    <message>
        <source>In the case now</source>
        <translation>ھازىر دېلودا</translation>
    </message>
    <message>
        <source>Keep this value</source>
        <translation>بۇ قىممەتنى قالدۇرۇش</translation>
    </message>
    <message>
        <source>Set aside by the merge</source>
        <translation>بىرلەشتۈرۈشتە ئايرىم ساقلانغان</translation>
    </message>
    <message>
        <source>Use this value</source>
        <translation>بۇ قىممەتنى ئىشلىتىش</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to review.</source>
        <translation>
            <numerusform>كۆرۈپ چىقىدىغان %n توقۇنۇش بار.</numerusform>
            <numerusform>كۆرۈپ چىقىدىغان %n توقۇنۇش بار.</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicts to review.</source>
        <translation>كۆرۈپ چىقىدىغان توقۇنۇش يوق.</translation>
    </message>
    <message>
        <source>this vault</source>
        <translation>بۇ ئامباردىن</translation>
    </message>
    <message>
        <source>the device's backup</source>
        <translation>ئۈسكۈنىنىڭ زاپىسىدىن</translation>
    </message>
    <message>
        <source>From %1, changed %2</source>
        <translation>%1، ئۆزگەرتىلگەن ۋاقتى %2</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <source>Wrong passphrase — or the file is damaged. Check the keyboard layout (Kazakh/Russian/English) and try again.</source>
        <translation>ئىم جۈملىسى خاتا — ياكى ھۆججەت بۇزۇلغان. كۇنۇپكا تاختىسى تىلىنى (قازاقچە/رۇسچە/ئىنگلىزچە) تەكشۈرۈپ قايتا سىناڭ.</translation>
    </message>
    <message>
        <source>This vault is already open in another Izdeu window. Switch to that window, or close it first.</source>
        <translation>بۇ ئامبار Izdeu نىڭ باشقا كۆزنىكىدە ئوچۇق. شۇ كۆزنەككە ئۆتۈڭ ياكى ئالدى بىلەن ئۇنى يېپىڭ.</translation>
    </message>
    <message>
        <source>If this is your vault file, it may be damaged: restore it from a backup.</source>
        <translation>ئەگەر بۇ سىزنىڭ ئامبار ھۆججىتىڭىز بولسا، بۇزۇلغان بولۇشى مۇمكىن: زاپاس نۇسخىدىن ئەسلىگە كەلتۈرۈڭ.</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>e.g. 12.03.2018, March 2018, 2018, about 1940</source>
        <translation>مەسىلەن 12.03.2018، 2018-يىلى مارت، 2018، تەخمىنەن 1940</translation>
    </message>
    <message>
        <source>year known</source>
        <translation>يىلى مەلۇم</translation>
    </message>
    <message>
        <source>month known</source>
        <translation>ئېيى مەلۇم</translation>
    </message>
    <message>
        <source>day known</source>
        <translation>كۈنى مەلۇم</translation>
    </message>
    <message>
        <source>an estimate, %1</source>
        <translation>تەخمىنىي، %1</translation>
    </message>
</context>
<context>
    <name>DemoBand</name>
    <message>
        <source>DEMO — fictional cases. Nothing here is real; do not enter real cases.</source>
        <translation>كۆرسەتمە — ئويدۇرما دېلولار. بۇ يەردىكى ھېچنەرسە ھەقىقىي ئەمەس؛ ھەقىقىي دېلولارنى كىرگۈزمەڭ.</translation>
    </message>
</context>
<context>
    <name>DemoMarker</name>
    <message>
        <source>DEMO</source>
        <translation>كۆرسەتمە</translation>
    </message>
</context>
<context>
    <name>DossierChecks</name>
    <message>
        <source>(a) the person's name</source>
        <translation>(a) كىشىنىڭ ئىسمى</translation>
    </message>
    <message>
        <source>(b) the date of disappearance (at least month and year)</source>
        <translation>(b) يوقاپ كەتكەن ۋاقتى (ئاز دېگەندە ئاي ۋە يىل)</translation>
    </message>
    <message>
        <source>(c) the place</source>
        <translation>(c) ئورنى</translation>
    </message>
    <message>
        <source>(d) who is believed responsible</source>
        <translation>(d) كىم مەسئۇل دەپ قارىلىدۇ</translation>
    </message>
    <message>
        <source>(e) steps taken, or why remedies were not possible</source>
        <translation>(e) ئېلىنغان تەدبىرلەر ياكى قوغدىنىش يوللىرىنىڭ نېمە ئۈچۈن مۇمكىن بولمىغانلىقى</translation>
    </message>
    <message>
        <source>(f) the submitting organisation</source>
        <translation>(f) سۇنغۇچى تەشكىلات</translation>
    </message>
    <message>
        <source>The Working Group needs six elements to transmit a case. Missing or incomplete: %1.</source>
        <translation>خىزمەت گۇرۇپپىسىغا دېلونى يەتكۈزۈش ئۈچۈن ئالتە ئېلېمېنت كېرەك. كەم ياكى تولۇق ئەمەس: %1.</translation>
    </message>
    <message>
        <source>As recorded, this case is not an enforced disappearance in the Working Group's sense (the person is not known to be deprived of liberty, e.g. only a passport was confiscated). A ministry or an NGO can act on it: consider the ministry profile.</source>
        <translation>خاتىرىلەنگىنىگە قارىغاندا، بۇ دېلو خىزمەت گۇرۇپپىسى مەنىسىدىكى مەجبۇرىي يوقىتىۋېتىش ئەمەس (كىشىنىڭ ئەركىنلىكىدىن مەھرۇم قىلىنغانلىقى مەلۇم ئەمەس، مەسىلەن پەقەت پاسپورتى يىغىۋېلىنغان). مىنىستىرلىك ياكى ئاممىۋى تەشكىلات بىر تەرەپ قىلالايدۇ: مىنىستىرلىك ئۇسلۇبىنى ئويلىشىپ بېقىڭ.</translation>
    </message>
</context>
<context>
    <name>DossierDialog</name>
    <message>
        <source>Dossier</source>
        <translation>ھۆججەت قىسقۇچى</translation>
    </message>
    <message>
        <source>UN Working Group (WGEID)</source>
        <translation>ب د ت خىزمەت گۇرۇپپىسى (WGEID)</translation>
    </message>
    <message>
        <source>Ministry (covering letter first)</source>
        <translation>مىنىستىرلىك (ئالدىدا يوللانما خەت)</translation>
    </message>
    <message>
        <source>NGO / public (identities as consented)</source>
        <translation>ھۆكۈمەتسىز تەشكىلات / ئاممىۋى (كىملىكلەر رازىلىق بويىچە)</translation>
    </message>
    <message>
        <source>Organisation submitting the dossier</source>
        <translation>ھۆججەت قىسقۇچىنى سۇنغۇچى تەشكىلات</translation>
    </message>
    <message>
        <source>Record as sent to:</source>
        <translation>ئەۋەتىلدى دەپ خاتىرىلەش:</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>تاپشۇرۇۋالغۇچى</translation>
    </message>
    <message>
        <source>Language of labels</source>
        <translation>بەلگىلەر تىلى</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>تەشكىلات</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>ئالدىن كۆرۈش</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>ساقلاش…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>بېسىش…</translation>
    </message>
    <message numerus="yes">
        <source>Make %n dossier(s) into a folder…</source>
        <translation>
            <numerusform>%n ھۆججەت قىسقۇچىنى قىسقۇچقا ياساش…</numerusform>
            <numerusform>%n ھۆججەت قىسقۇچىنى قىسقۇچقا ياساش…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>بىكار قىلىش</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>يېپىش</translation>
    </message>
    <message>
        <source>Options changed: press Preview to make the dossier.</source>
        <translation>تاللانمىلار ئۆزگەردى: ھۆججەت قىسقۇچى ياساش ئۈچۈن «ئالدىن كۆرۈش» نى بېسىڭ.</translation>
    </message>
    <message>
        <source>The dossier could not be made.</source>
        <translation>ھۆججەت قىسقۇچىنى ياسىغىلى بولمىدى.</translation>
    </message>
    <message>
        <source>Making the dossier…</source>
        <translation>ھۆججەت قىسقۇچى ياسىلىۋاتىدۇ…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s). SHA-256: </source>
        <translation>
            <numerusform>%n بەت. SHA-256: </numerusform>
            <numerusform>%n بەت. SHA-256: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n testimony(ies) left out: the witness's consent does not cover this recipient or was withdrawn.</source>
        <translation>
            <numerusform>%n گۇۋاھلىق قوشۇلمىدى: گۇۋاھچىنىڭ رازىلىقى بۇ تاپشۇرۇۋالغۇچىنى ئۆز ئىچىگە ئالمايدۇ ياكى قايتۇرۇۋېلىنغان.</numerusform>
            <numerusform>%n گۇۋاھلىق قوشۇلمىدى: گۇۋاھچىنىڭ رازىلىقى بۇ تاپشۇرۇۋالغۇچىنى ئۆز ئىچىگە ئالمايدۇ ياكى قايتۇرۇۋېلىنغان.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the dossier</source>
        <translation>ھۆججەت قىسقۇچىنى ساقلاش</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>ساقلاندى: %1.</translation>
    </message>
    <message>
        <source>Folder for the dossiers</source>
        <translation>ھۆججەت قىسقۇچلىرى ئۈچۈن قىسقۇچ</translation>
    </message>
    <message>
        <source>Making dossiers…</source>
        <translation>ھۆججەت قىسقۇچلىرى ياسىلىۋاتىدۇ…</translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) written.</source>
        <translation>
            <numerusform>%n ھۆججەت قىسقۇچى يېزىلدى.</numerusform>
            <numerusform>%n ھۆججەت قىسقۇچى يېزىلدى.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) failed.</source>
        <translation>
            <numerusform>%n دېلو مەغلۇپ بولدى.</numerusform>
            <numerusform>%n دېلو مەغلۇپ بولدى.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>بىكار قىلىندى.</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>ئىمزا</translation>
    </message>
    <message>
        <source>Use the ministry profile</source>
        <translation>مىنىستىرلىك ئۇسلۇبىنى ئىشلىتىش</translation>
    </message>
    <message>
        <source>Signed; certificate SHA-256 %1.</source>
        <translation>ئىمزالاندى؛ گۇۋاھنامىنىڭ SHA-256 قىممىتى %1.</translation>
    </message>
    <message>
        <source>Save it anyway?</source>
        <translation>شۇنداقتىمۇ ساقلامسىز؟</translation>
    </message>
    <message>
        <source>One-page summary (protest file, press briefing)</source>
        <translation>بىر بەتلىك قىسقىچە مەلۇمات (نامايىش ھۆججىتى، ئاخبارات ئېلان قىلىش يىغىنى ئۈچۈن)</translation>
    </message>
    <message>
        <source>Covering list: %1.</source>
        <translation>ھەمراھ تىزىملىك: %1.</translation>
    </message>
</context>
<context>
    <name>DuplicatePanel</name>
    <message>
        <source>Possibly the same person:</source>
        <translation>بەلكىم شۇ ئادەم:</translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>ئوخشاشلىق %1</translation>
    </message>
    <message>
        <source>Same person…</source>
        <translation>ئوخشاش ئادەم…</translation>
    </message>
    <message>
        <source>Not the same person</source>
        <translation>بۇ باشقا ئادەم</translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <source>names sound alike: {a} ≈ {b}</source>
        <translation>ئىسىملار ئوخشاش ئاڭلىنىدۇ: {a} ≈ {b}</translation>
    </message>
    <message>
        <source>same birth date {a}</source>
        <translation>تۇغۇلغان ۋاقتى ئوخشاش: {a}</translation>
    </message>
    <message>
        <source>same birth year: {a} / {b}</source>
        <translation>تۇغۇلغان يىلى ئوخشاش: {a} / {b}</translation>
    </message>
    <message>
        <source>birth dates differ: {a} / {b}</source>
        <translation>تۇغۇلغان ۋاقىتلىرى پەرقلىق: {a} / {b}</translation>
    </message>
    <message>
        <source>same hometown: {a} / {b}</source>
        <translation>يۇرتى ئوخشاش: {a} / {b}</translation>
    </message>
    <message>
        <source>same identity number {a}</source>
        <translation>كىملىك نومۇرى ئوخشاش: {a}</translation>
    </message>
    <message>
        <source>different identity numbers: {a} / {b}</source>
        <translation>كىملىك نومۇرلىرى پەرقلىق: {a} / {b}</translation>
    </message>
    <message>
        <source>sex differs: {a} / {b}</source>
        <translation>جىنسى پەرقلىق: {a} / {b}</translation>
    </message>
    <message>
        <source>same father's name: {a} / {b}</source>
        <translation>دادىسىنىڭ ئىسمى ئوخشاش: {a} / {b}</translation>
    </message>
    <message>
        <source>fathers' names differ: {a} / {b}</source>
        <translation>دادىلىرىنىڭ ئىسمى پەرقلىق: {a} / {b}</translation>
    </message>
    <message>
        <source>same mother's name: {a} / {b}</source>
        <translation>ئانىسىنىڭ ئىسمى ئوخشاش: {a} / {b}</translation>
    </message>
    <message>
        <source>mothers' names differ: {a} / {b}</source>
        <translation>ئانىلىرىنىڭ ئىسمى پەرقلىق: {a} / {b}</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Possible duplicates</source>
        <translation>مۇمكىن بولغان تەكرارلار</translation>
    </message>
    <message>
        <source>Comparing every case with the others…</source>
        <translation>ھەر بىر دېلو باشقىلىرى بىلەن سېلىشتۇرۇلۇۋاتىدۇ…</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>ئوخشاشلىق</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>دېلو</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>ئىسىملار</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>نېمە ئۈچۈن</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) of cases may record the same person.</source>
        <translation>
            <numerusform>%n جۈپ دېلو بىر ئادەمنى خاتىرىلىگەن بولۇشى مۇمكىن.</numerusform>
            <numerusform>%n جۈپ دېلو بىر ئادەمنى خاتىرىلىگەن بولۇشى مۇمكىن.</numerusform>
        </translation>
    </message>
    <message>
        <source>No two cases seem to record the same person.</source>
        <translation>بىر ئادەمنى خاتىرىلىگەن ئىككى دېلو تېپىلمىدى.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>توختىتىش</translation>
    </message>
    <message>
        <source>Same person…</source>
        <translation>ئوخشاش ئادەم…</translation>
    </message>
    <message>
        <source>Not the same person</source>
        <translation>بۇ باشقا ئادەم</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>بىرلەشتۈرۈش…</translation>
    </message>
    <message>
        <source>Each pair may be one person reported twice, in different scripts or spellings. Nothing is merged unless you ask: open both cases to check.</source>
        <translation>ھەر بىر جۈپ باشقا يېزىق ياكى باشقا ئىملادا ئىككى قېتىم خەۋەر قىلىنغان بىر ئادەم بولۇشى مۇمكىن. سىز تەلەپ قىلمىسىڭىز ھېچنېمە بىرلەشتۈرۈلمەيدۇ: تەكشۈرۈش ئۈچۈن ئىككى دېلونى ئېچىڭ.</translation>
    </message>
</context>
<context>
    <name>DuressDialog</name>
    <message>
        <source>Duress passphrase</source>
        <translation>مەجبۇرلاش پارولى</translation>
    </message>
    <message>
        <source>Typed at the unlock window instead of the real passphrase, the duress passphrase erases this vault without a sign, then answers "wrong passphrase" or opens a decoy vault you prepared with harmless cases. It is armed only while the last verified backup to your organisation's keys holds every change.</source>
        <translation>قۇلۇپ ئېچىش كۆزنىكىدە ھەقىقىي پارولنىڭ ئورنىغا كىرگۈزۈلسە، مەجبۇرلاش پارولى بۇ ئامبارنى ئىز قالدۇرماي ئۆچۈرىدۇ، ئاندىن «پارول خاتا» دەپ جاۋاب بېرىدۇ ياكى سىز تەييارلىغان زىيانسىز دېلولار بار ساختا ئامبارنى ئاچىدۇ. تەشكىلات ئاچقۇچىغا قىلىنغان ئەڭ ئاخىرقى تەكشۈرۈلگەن زاپاس نۇسخىدا بارلىق ئۆزگىرىشلەر بولغاندىلا ئۇ قوزغىلىدۇ.</translation>
    </message>
    <message>
        <source>Then answer "wrong passphrase"</source>
        <translation>ئاندىن «پارول خاتا» دەپ جاۋاب بېرىش</translation>
    </message>
    <message>
        <source>Then open a decoy vault (it must open with the duress passphrase)</source>
        <translation>ئاندىن ساختا ئامبارنى ئېچىش (ئۇ مەجبۇرلاش پارولى بىلەن ئېچىلىشى كېرەك)</translation>
    </message>
    <message>
        <source>Choose the decoy vault…</source>
        <translation>ساختا ئامبارنى تاللاش…</translation>
    </message>
    <message>
        <source>Duress passphrase:</source>
        <translation>مەجبۇرلاش پارولى:</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation>قايتا كىرگۈزۈڭ:</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>بەلگىلەش</translation>
    </message>
    <message>
        <source>Remove the duress passphrase</source>
        <translation>مەجبۇرلاش پارولىنى ئۆچۈرۈش</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>تاقاش</translation>
    </message>
    <message>
        <source>Choose the decoy vault</source>
        <translation>ساختا ئامبارنى تاللاش</translation>
    </message>
    <message>
        <source>Izdeu vaults (*.izdeu)</source>
        <translation>Izdeu ئامبارلىرى (*.izdeu)</translation>
    </message>
    <message>
        <source>No duress passphrase is set.</source>
        <translation>مەجبۇرلاش پارولى بەلگىلەنمىگەن.</translation>
    </message>
    <message>
        <source>A duress passphrase is set and armed.</source>
        <translation>مەجبۇرلاش پارولى بەلگىلەنگەن ۋە قوزغىتىلغان.</translation>
    </message>
    <message>
        <source>A duress passphrase is set, but not armed: changes are newer than the last verified backup. It arms itself after the next one.</source>
        <translation>مەجبۇرلاش پارولى بەلگىلەنگەن، ئەمما قوزغىتىلمىغان: ئەڭ ئاخىرقى تەكشۈرۈلگەن زاپاس نۇسخىدىن يېڭى ئۆزگىرىشلەر بار. كېيىنكى نۇسخىدىن كېيىن ئۆزى قوزغىلىدۇ.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>ئىككى پارول ئوخشاش ئەمەس.</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Erase this vault</source>
        <translation>بۇ ئامبارنى ئۆچۈرۈش</translation>
    </message>
    <message>
        <source>Erasing destroys the vault's key first, then overwrites and removes every file of the vault on this computer. It cannot be undone: only a backup brings the cases back.</source>
        <translation>ئۆچۈرۈش ئالدى بىلەن ئامبارنىڭ ئاچقۇچىنى يوقىتىدۇ، ئاندىن بۇ كومپيۇتېردىكى ئامبارنىڭ بارلىق ھۆججەتلىرىنى قايتا يېزىپ ئۆچۈرىدۇ. ئۇنى ئەسلىگە قايتۇرغىلى بولمايدۇ: دېلولارنى پەقەت زاپاس نۇسخا قايتۇرالايدۇ.</translation>
    </message>
    <message>
        <source>The vault's passphrase</source>
        <translation>ئامبارنىڭ پارولى</translation>
    </message>
    <message>
        <source>Check what would be lost</source>
        <translation>نېمىنىڭ يوقىلىدىغانلىقىنى تەكشۈرۈش</translation>
    </message>
    <message>
        <source>I accept losing these changes</source>
        <translation>بۇ ئۆزگىرىشلەرنىڭ يوقىلىشىغا قوشۇلىمەن</translation>
    </message>
    <message>
        <source>ERASE</source>
        <translation>ئۆچۈر</translation>
    </message>
    <message>
        <source>Type %1 to confirm</source>
        <translation>جەزملەش ئۈچۈن %1 نى كىرگۈزۈڭ</translation>
    </message>
    <message>
        <source>Erase now</source>
        <translation>ھازىر ئۆچۈرۈش</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>بىكار قىلىش</translation>
    </message>
    <message>
        <source>Nothing is lost: the last verified backup to your organisation's keys holds every change.</source>
        <translation>ھېچنېمە يوقالمايدۇ: تەشكىلات ئاچقۇچىغا قىلىنغان ئەڭ ئاخىرقى تەكشۈرۈلگەن زاپاس نۇسخىدا بارلىق ئۆزگىرىشلەر بار.</translation>
    </message>
    <message>
        <source>%1 cases and %2 testimonies changed since the last verified backup to your organisation's keys. They will be lost.</source>
        <translation>تەشكىلات ئاچقۇچىغا قىلىنغان ئەڭ ئاخىرقى تەكشۈرۈلگەن زاپاس نۇسخىدىن كېيىن %1 دېلو ۋە %2 گۇۋاھلىق ئۆزگەردى. ئۇلار يوقىلىدۇ.</translation>
    </message>
    <message>
        <source>This vault has no verified backup to your organisation's keys: all %1 cases and %2 testimonies will be lost.</source>
        <translation>بۇ ئامبارنىڭ تەشكىلات ئاچقۇچىغا تەكشۈرۈلگەن زاپاس نۇسخىسى يوق: بارلىق %1 دېلو ۋە %2 گۇۋاھلىق يوقىلىدۇ.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something went wrong; nothing was changed.</source>
        <translation>بىر خاتالىق كۆرۈلدى؛ ھېچنېمە ئۆزگەرتىلمىدى.</translation>
    </message>
    <message>
        <source>the operation failed</source>
        <translation>مەشغۇلات مەغلۇپ بولدى</translation>
    </message>
    <message>
        <source>invalid command-line usage</source>
        <translation>بۇيرۇق خاتا ئىشلىتىلدى</translation>
    </message>
    <message>
        <source>wrong passphrase, or the vault file is damaged</source>
        <translation>ئىم جۈملىسى خاتا، ياكى ئامبار ھۆججىتى بۇزۇلغان</translation>
    </message>
    <message>
        <source>this file is not an Izdeu vault</source>
        <translation>بۇ ھۆججەت Izdeu ئامبىرى ئەمەس</translation>
    </message>
    <message>
        <source>the vault failed its integrity check; restore it from a backup</source>
        <translation>ئامبار پۈتۈنلۈك تەكشۈرۈشىدىن ئۆتمىدى؛ زاپاس نۇسخىدىن ئەسلىگە كەلتۈرۈڭ</translation>
    </message>
    <message>
        <source>this vault is already open in another Izdeu window or process</source>
        <translation>بۇ ئامبار Izdeu نىڭ باشقا كۆزنىكى ياكى جەريانىدا ئوچۇق</translation>
    </message>
    <message>
        <source>the vault is locked</source>
        <translation>ئامبار قۇلۇپلانغان</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>تېپىلمىدى</translation>
    </message>
    <message>
        <source>invalid input</source>
        <translation>ئىناۋەتسىز كىرگۈزۈش</translation>
    </message>
    <message>
        <source>the passphrase is too weak</source>
        <translation>ئىم جۈملىسى بەك ئاجىز</translation>
    </message>
    <message>
        <source>this vault was made by a newer version of Izdeu; please update Izdeu</source>
        <translation>بۇ ئامبارنى Izdeu نىڭ يېڭىراق نەشرى قۇرغان؛ Izdeu نى يېڭىلاڭ</translation>
    </message>
    <message>
        <source>could not write to the disk (is it full or read-only?)</source>
        <translation>دىسكىغا يازغىلى بولمىدى (تولۇپ كەتكەنمۇ ياكى پەقەت ئوقۇشقىلا بولامدۇ؟)</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>بىكار قىلىندى</translation>
    </message>
    <message>
        <source>none of the given keys can open this backup, or the backup is damaged</source>
        <translation>بېرىلگەن ئاچقۇچلارنىڭ ھېچقايسىسى بۇ زاپاس نۇسخىنى ئاچالمايدۇ، ياكى زاپاس نۇسخا بۇزۇلغان</translation>
    </message>
    <message>
        <source>wrong passphrase, or the backup is damaged</source>
        <translation>ئىم جۈملىسى خاتا، ياكى زاپاس نۇسخا بۇزۇلغان</translation>
    </message>
    <message>
        <source>wrong passphrase, or the key file is damaged</source>
        <translation>ئىم جۈملىسى خاتا، ياكى ئاچقۇچ ھۆججىتى بۇزۇلغان</translation>
    </message>
    <message>
        <source>the backup is damaged or incomplete; use another copy</source>
        <translation>زاپاس نۇسخا بۇزۇلغان ياكى تولۇق ئەمەس؛ باشقا نۇسخىسىنى ئىشلىتىڭ</translation>
    </message>
    <message>
        <source>the backup's signature does not match its contents; it was altered</source>
        <translation>زاپاس نۇسخىنىڭ ئىمزاسى مەزمۇنىغا ماس كەلمەيدۇ؛ ئۇ ئۆزگەرتىلگەن</translation>
    </message>
    <message>
        <source>the backup was signed by an unknown device key; nothing was changed</source>
        <translation>زاپاس نۇسخىغا نامەلۇم ئۈسكۈنە ئاچقۇچى ئىمزا قويغان؛ ھېچنېمە ئۆزگەرتىلمىدى</translation>
    </message>
    <message>
        <source>the backup was signed by an unknown device key ({fingerprint}); nothing was changed</source>
        <translation>زاپاس نۇسخىغا نامەلۇم ئۈسكۈنە ئاچقۇچى ({fingerprint}) ئىمزا قويغان؛ ھېچنېمە ئۆزگەرتىلمىدى</translation>
    </message>
    <message>
        <source>the backup was signed by an unknown device key ({fingerprint}); nothing was changed; {hint}</source>
        <translation>زاپاس نۇسخىغا نامەلۇم ئۈسكۈنە ئاچقۇچى ({fingerprint}) ئىمزا قويغان؛ ھېچنېمە ئۆزگەرتىلمىدى؛ {hint}</translation>
    </message>
    <message>
        <source>this backup was made by a newer version of Izdeu; please update Izdeu</source>
        <translation>بۇ زاپاس نۇسخىنى Izdeu نىڭ يېڭىراق نەشرى ياسىغان؛ Izdeu نى يېڭىلاڭ</translation>
    </message>
    <message>
        <source>this file is not an Izdeu backup</source>
        <translation>بۇ ھۆججەت Izdeu زاپاس نۇسخىسى ئەمەس</translation>
    </message>
    <message>
        <source>a file with that name already exists; backups are never overwritten</source>
        <translation>بۇ ناملىق ھۆججەت بار؛ زاپاس نۇسخىلار ھەرگىز قايتا يېزىلمايدۇ</translation>
    </message>
    <message>
        <source>invalid backup request</source>
        <translation>زاپاس نۇسخا تەلىپى ئىناۋەتسىز</translation>
    </message>
    <message>
        <source>an attachment in the vault does not match its recorded size or checksum; the backup was not written</source>
        <translation>ئامباردىكى بىر قوشۇمچە ھۆججەت خاتىرىلەنگەن چوڭلۇقى ياكى تەكشۈرۈش يىغىندىسىغا ماس كەلمەيدۇ؛ زاپاس نۇسخا يېزىلمىدى</translation>
    </message>
    <message>
        <source>could not write the backup; nothing was saved</source>
        <translation>زاپاس نۇسخىنى يازغىلى بولمىدى؛ ھېچنېمە ساقلانمىدى</translation>
    </message>
    <message>
        <source>cannot write to the backup folder (is it read-only?); nothing was saved</source>
        <translation>زاپاس نۇسخا قىسقۇچىغا يازغىلى بولمايدۇ (پەقەت ئوقۇشقىلا بولامدۇ؟)؛ ھېچنېمە ساقلانمىدى</translation>
    </message>
    <message>
        <source>the disk is full; the backup was not saved</source>
        <translation>دىسكا تولغان؛ زاپاس نۇسخا ساقلانمىدى</translation>
    </message>
    <message>
        <source>could not read the backup file (was the disk removed?)</source>
        <translation>زاپاس نۇسخا ھۆججىتىنى ئوقۇغىلى بولمىدى (دىسكا چىقىرىۋېتىلدىمۇ؟)</translation>
    </message>
    <message>
        <source>the backup did not read back correctly (the disk may be faulty); nothing was saved</source>
        <translation>زاپاس نۇسخا تەكشۈرگەندە توغرا ئوقۇلمىدى (دىسكىدا نۇقسان بولۇشى مۇمكىن)؛ ھېچنېمە ساقلانمىدى</translation>
    </message>
    <message>
        <source>the backup holds data this version of Izdeu cannot read; please update Izdeu</source>
        <translation>زاپاس نۇسخىدا Izdeu نىڭ بۇ نەشرى ئوقۇيالمايدىغان سانلىق مەلۇمات بار؛ Izdeu نى يېڭىلاڭ</translation>
    </message>
    <message>
        <source>the number of backups to keep must be a whole number from 1 to 10000</source>
        <translation>ساقلىنىدىغان زاپاس نۇسخا سانى 1 دىن 10000 غىچە پۈتۈن سان بولۇشى كېرەك</translation>
    </message>
    <message>
        <source>the reminder interval in days must be a whole number from 1 to 10000</source>
        <translation>ئەسكەرتىش ئارىلىقى (كۈن) 1 دىن 10000 غىچە پۈتۈن سان بولۇشى كېرەك</translation>
    </message>
    <message>
        <source>give the device's fingerprint (32 hex digits), its public key (base64), or a device key file</source>
        <translation>ئۈسكۈنىنىڭ بارماق ئىزىنى (32 خانىلىق ئون ئالتىلىك سان)، ئاممىۋى ئاچقۇچىنى (base64) ياكى ئۈسكۈنە ئاچقۇچ ھۆججىتىنى بېرىڭ</translation>
    </message>
    <message>
        <source>{path} already exists; choose another name or use --force</source>
        <translation>{path} بار؛ باشقا نام تاللاڭ ياكى --force نى ئىشلىتىڭ</translation>
    </message>
    <message>
        <source>{path} already exists; choose another name</source>
        <translation>{path} بار؛ باشقا نام تاللاڭ</translation>
    </message>
    <message>
        <source>the case {uuid} was deleted in this vault; nothing was imported (use --skip-existing to import the other cases)</source>
        <translation>{uuid} دېلوسى بۇ ئامباردا ئۆچۈرۈلگەن؛ ھېچنېمە ئەكىرىلمىدى (باشقا دېلولارنى ئەكىرىش ئۈچۈن --skip-existing نى ئىشلىتىڭ)</translation>
    </message>
    <message>
        <source>the case {uuid} is already in this vault; nothing was imported (use --skip-existing to import the other cases)</source>
        <translation>{uuid} دېلوسى بۇ ئامباردا بار؛ ھېچنېمە ئەكىرىلمىدى (باشقا دېلولارنى ئەكىرىش ئۈچۈن --skip-existing نى ئىشلىتىڭ)</translation>
    </message>
    <message>
        <source>{field}: contains a bidi embedding, override or isolate character</source>
        <translation>{field}: تېكىست يۆنىلىشىنى باشقۇرىدىغان بەلگە بار (سىڭدۈرۈش، قاپلاش ياكى ئايرىش)</translation>
    </message>
    <message>
        <source>{field}: contains a bidi mark (not allowed in a one-line field)</source>
        <translation>{field}: تېكىست يۆنىلىش بەلگىسى بار (بىر قۇرلۇق بۆلەكتە بولمايدۇ)</translation>
    </message>
    <message>
        <source>{field}: contains a line break (not allowed in a one-line field)</source>
        <translation>{field}: قۇر ئالماشتۇرۇش بار (بىر قۇرلۇق بۆلەكتە بولمايدۇ)</translation>
    </message>
    <message>
        <source>{field}: contains a control character</source>
        <translation>{field}: كونترول بەلگىسى بار</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>ھۆججەت مەۋجۇت ئەمەس</translation>
    </message>
    <message>
        <source>that path is a folder, not a file</source>
        <translation>بۇ يول قىسقۇچ، ھۆججەت ئەمەس</translation>
    </message>
    <message>
        <source>cannot read the file</source>
        <translation>ھۆججەتنى ئوقۇغىلى بولمايدۇ</translation>
    </message>
    <message>
        <source>the file is not a regular file (a device, pipe or socket cannot be read)</source>
        <translation>بۇ ئادەتتىكى ھۆججەت ئەمەس (ئۈسكۈنە، تۇرۇبا ياكى سوكېتنى ئوقۇغىلى بولمايدۇ)</translation>
    </message>
    <message>
        <source>the key file does not exist</source>
        <translation>ئاچقۇچ ھۆججىتى مەۋجۇت ئەمەس</translation>
    </message>
    <message>
        <source>that path is a folder, not a key file</source>
        <translation>بۇ يول قىسقۇچ، ئاچقۇچ ھۆججىتى ئەمەس</translation>
    </message>
    <message>
        <source>cannot read the key file</source>
        <translation>ئاچقۇچ ھۆججىتىنى ئوقۇغىلى بولمايدۇ</translation>
    </message>
    <message>
        <source>the key file is not a regular file (a device, pipe or socket cannot be read)</source>
        <translation>ئاچقۇچ ھۆججىتى ئادەتتىكى ھۆججەت ئەمەس (ئۈسكۈنە، تۇرۇبا ياكى سوكېتنى ئوقۇغىلى بولمايدۇ)</translation>
    </message>
    <message>
        <source>the backup file does not exist</source>
        <translation>زاپاس نۇسخا ھۆججىتى مەۋجۇت ئەمەس</translation>
    </message>
    <message>
        <source>that path is a folder, not a backup file</source>
        <translation>بۇ يول قىسقۇچ، زاپاس نۇسخا ھۆججىتى ئەمەس</translation>
    </message>
    <message>
        <source>cannot read the backup file</source>
        <translation>زاپاس نۇسخا ھۆججىتىنى ئوقۇغىلى بولمايدۇ</translation>
    </message>
    <message>
        <source>the backup file is not a regular file (a device, pipe or socket cannot be read)</source>
        <translation>زاپاس نۇسخا ھۆججىتى ئادەتتىكى ھۆججەت ئەمەس (ئۈسكۈنە، تۇرۇبا ياكى سوكېتنى ئوقۇغىلى بولمايدۇ)</translation>
    </message>
    <message>
        <source>the case file does not exist</source>
        <translation>دېلو ھۆججىتى مەۋجۇت ئەمەس</translation>
    </message>
    <message>
        <source>that path is a folder, not a case file</source>
        <translation>بۇ يول قىسقۇچ، دېلو ھۆججىتى ئەمەس</translation>
    </message>
    <message>
        <source>cannot read the case file</source>
        <translation>دېلو ھۆججىتىنى ئوقۇغىلى بولمايدۇ</translation>
    </message>
    <message>
        <source>the case file is not a regular file (a device, pipe or socket cannot be read)</source>
        <translation>دېلو ھۆججىتى ئادەتتىكى ھۆججەت ئەمەس (ئۈسكۈنە، تۇرۇبا ياكى سوكېتنى ئوقۇغىلى بولمايدۇ)</translation>
    </message>
    <message>
        <source>the file is too large (limit {limit})</source>
        <translation>ھۆججەت بەك چوڭ (چېكى {limit})</translation>
    </message>
    <message>
        <source>the key file is too large (limit {limit})</source>
        <translation>ئاچقۇچ ھۆججىتى بەك چوڭ (چېكى {limit})</translation>
    </message>
    <message>
        <source>the backup file is too large (limit {limit})</source>
        <translation>زاپاس نۇسخا ھۆججىتى بەك چوڭ (چېكى {limit})</translation>
    </message>
    <message>
        <source>the case file is too large (limit {limit})</source>
        <translation>دېلو ھۆججىتى بەك چوڭ (چېكى {limit})</translation>
    </message>
    <message>
        <source>the two passphrases differ; nothing was done</source>
        <translation>ئىككى ئىم جۈملىسى ئوخشاش ئەمەس؛ ھېچنېمە قىلىنمىدى</translation>
    </message>
    <message>
        <source>this backup is encrypted to keys: give the private key file with --key</source>
        <translation>بۇ زاپاس نۇسخا ئاچقۇچلارغا شىفىرلانغان: شەخسىي ئاچقۇچ ھۆججىتىنى --key ئارقىلىق بېرىڭ</translation>
    </message>
    <message>
        <source>use either --to or --passphrase</source>
        <translation>--to ياكى --passphrase نىڭ بىرىنىلا ئىشلىتىڭ</translation>
    </message>
    <message>
        <source>give the new vault's file name with --vault NEW</source>
        <translation>يېڭى ئامبارنىڭ ھۆججەت نامىنى --vault NEW ئارقىلىق بېرىڭ</translation>
    </message>
    <message>
        <source>a file with that name already exists; choose a new vault name</source>
        <translation>بۇ ناملىق ھۆججەت بار؛ ئامبارغا يېڭى نام تاللاڭ</translation>
    </message>
    <message>
        <source>{path} already exists; key files are never replaced</source>
        <translation>{path} بار؛ ئاچقۇچ ھۆججەتلىرى ھەرگىز ئالماشتۇرۇلمايدۇ</translation>
    </message>
    <message>
        <source>that key is not in the vault's list</source>
        <translation>بۇ ئاچقۇچ ئامبارنىڭ تىزىملىكىدە يوق</translation>
    </message>
    <message>
        <source>no trusted device key with that fingerprint</source>
        <translation>بۇ بارماق ئىزىدىكى ئىشەنچلىك ئۈسكۈنە ئاچقۇچى يوق</translation>
    </message>
    <message>
        <source>a file with that name already exists; it was not replaced</source>
        <translation>بۇ ناملىق ھۆججەت بار؛ ئۇ ئالماشتۇرۇلمىدى</translation>
    </message>
    <message>
        <source>a fingerprint is not enough to trust a device here: give its public key or key file (or merge one of its backups with --signer FINGERPRINT)</source>
        <translation>ئۈسكۈنىگە ئىشىنىش ئۈچۈن بارماق ئىزى يېتەرلىك ئەمەس: ئۇنىڭ ئاممىۋى ئاچقۇچىنى ياكى ئاچقۇچ ھۆججىتىنى بېرىڭ (ياكى ئۇنىڭ بىر زاپاس نۇسخىسىنى --signer بارماق_ئىزى بىلەن بىرلەشتۈرۈڭ)</translation>
    </message>
    <message>
        <source>this is not an Ed25519 public key</source>
        <translation>بۇ Ed25519 ئاممىۋى ئاچقۇچى ئەمەس</translation>
    </message>
    <message>
        <source>the passphrase must not be empty</source>
        <translation>ئىم جۈملىسى بوش بولماسلىقى كېرەك</translation>
    </message>
    <message>
        <source>this is not an age identity (secret key)</source>
        <translation>بۇ age ئاچقۇچى (مەخپىي ئاچقۇچ) ئەمەس</translation>
    </message>
    <message>
        <source>not a valid age public key (it should start with age1)</source>
        <translation>ئىناۋەتلىك age ئاممىۋى ئاچقۇچى ئەمەس (age1 بىلەن باشلىنىشى كېرەك)</translation>
    </message>
    <message>
        <source>a key file with that name already exists; it was not replaced</source>
        <translation>بۇ ناملىق ئاچقۇچ ھۆججىتى بار؛ ئۇ ئالماشتۇرۇلمىدى</translation>
    </message>
    <message>
        <source>this is not an Izdeu key file</source>
        <translation>بۇ Izdeu ئاچقۇچ ھۆججىتى ئەمەس</translation>
    </message>
    <message>
        <source>this is not a device signing key</source>
        <translation>بۇ ئۈسكۈنىنىڭ ئىمزا ئاچقۇچى ئەمەس</translation>
    </message>
    <message>
        <source>that is a protected private key file; give its .pub file or the age1… public key</source>
        <translation>بۇ قوغدالغان شەخسىي ئاچقۇچ ھۆججىتى؛ ئۇنىڭ .pub ھۆججىتىنى ياكى age1… ئاممىۋى ئاچقۇچىنى بېرىڭ</translation>
    </message>
    <message>
        <source>the key file holds no age1… public key</source>
        <translation>ئاچقۇچ ھۆججىتىدە age1… ئاممىۋى ئاچقۇچى يوق</translation>
    </message>
    <message>
        <source>this is not a valid age identity (secret key)</source>
        <translation>بۇ ئىناۋەتلىك age ئاچقۇچى (مەخپىي ئاچقۇچ) ئەمەس</translation>
    </message>
    <message>
        <source>the key could not be encrypted</source>
        <translation>ئاچقۇچنى شىفىرلىغىلى بولمىدى</translation>
    </message>
    <message>
        <source>no key file {arg} (give age1… or a NAME.pub file)</source>
        <translation>{arg} ئاچقۇچ ھۆججىتى يوق (age1… ياكى نام.pub ھۆججىتىنى بېرىڭ)</translation>
    </message>
    <message>
        <source>the backup holds a record this version of Izdeu refuses ({detail}); correct it on the device that made the backup; nothing was changed</source>
        <translation>زاپاس نۇسخىدا Izdeu نىڭ بۇ نەشرى قوبۇل قىلمايدىغان خاتىرە بار ({detail})؛ ئۇنى زاپاس نۇسخىنى ياسىغان ئۈسكۈنىدە تۈزىتىڭ؛ ھېچنېمە ئۆزگەرتىلمىدى</translation>
    </message>
    <message>
        <source>the backup holds a record this version of Izdeu cannot read ({detail}); please update Izdeu</source>
        <translation>زاپاس نۇسخىدا Izdeu نىڭ بۇ نەشرى ئوقۇيالمايدىغان خاتىرە بار ({detail})؛ Izdeu نى يېڭىلاڭ</translation>
    </message>
    <message>
        <source>the backup is incomplete: an attachment's content is missing</source>
        <translation>زاپاس نۇسخا تولۇق ئەمەس: بىر قوشۇمچە ھۆججەتنىڭ مەزمۇنى يوق</translation>
    </message>
    <message>
        <source>the folder for the new vault does not exist</source>
        <translation>يېڭى ئامبار ئۈچۈن قىسقۇچ مەۋجۇت ئەمەس</translation>
    </message>
    <message>
        <source>the backup's audit log does not verify</source>
        <translation>زاپاس نۇسخىنىڭ تەپتىش خاتىرىسى تەكشۈرۈشتىن ئۆتمىدى</translation>
    </message>
    <message>
        <source>the restored vault does not match the backup's counts</source>
        <translation>ئەسلىگە كەلتۈرۈلگەن ئامبار زاپاس نۇسخىدىكى سانلارغا ماس كەلمەيدۇ</translation>
    </message>
    <message>
        <source>the new vault is on storage that cannot be written</source>
        <translation>يېڭى ئامبار يازغىلى بولمايدىغان دىسكىدا</translation>
    </message>
    <message>
        <source>the vault's list of backup keys is damaged</source>
        <translation>ئامباردىكى زاپاس نۇسخا ئاچقۇچلىرى تىزىملىكى بۇزۇلغان</translation>
    </message>
    <message>
        <source>not a device public key (base64 of 32 bytes, as shown by `izdeu backup-keys` on the device)</source>
        <translation>بۇ ئۈسكۈنىنىڭ ئاممىۋى ئاچقۇچى ئەمەس (ئۈسكۈنىدە `izdeu backup-keys` كۆرسەتكەندەك 32 بايتنىڭ base64 شەكلى)</translation>
    </message>
    <message>
        <source>the label is too long</source>
        <translation>نامى بەك ئۇزۇن</translation>
    </message>
    <message>
        <source>the vault's list of trusted device keys is damaged</source>
        <translation>ئامباردىكى ئىشەنچلىك ئۈسكۈنە ئاچقۇچلىرى تىزىملىكى بۇزۇلغان</translation>
    </message>
    <message>
        <source>the vault's device signing key is damaged</source>
        <translation>ئامباردىكى ئۈسكۈنە ئىمزا ئاچقۇچى بۇزۇلغان</translation>
    </message>
    <message>
        <source>keep at least one backup</source>
        <translation>كەم دېگەندە بىر زاپاس نۇسخا ساقلاڭ</translation>
    </message>
    <message>
        <source>the vault is busy; try the backup again</source>
        <translation>ئامبار ئالدىراش؛ زاپاس نۇسخىنى قايتا سىناڭ</translation>
    </message>
    <message>
        <source>no key to encrypt the backup to: add the headquarters key (`izdeu backup-keys --add age1…`), give one, or use a passphrase</source>
        <translation>زاپاس نۇسخىنى شىفىرلايدىغان ئاچقۇچ يوق: باش شتابنىڭ ئاچقۇچىنى قوشۇڭ (`izdeu backup-keys --add age1…`)، ئاچقۇچ بېرىڭ ياكى ئىم جۈملىسى ئىشلىتىڭ</translation>
    </message>
    <message>
        <source>cannot read the device key file</source>
        <translation>ئۈسكۈنە ئاچقۇچ ھۆججىتىنى ئوقۇغىلى بولمايدۇ</translation>
    </message>
    <message>
        <source>trusted_signers must be a list of public keys</source>
        <translation>trusted_signers ئاممىۋى ئاچقۇچلار تىزىملىكى بولۇشى كېرەك</translation>
    </message>
    <message>
        <source>give a key file or a passphrase to open the backup</source>
        <translation>زاپاس نۇسخىنى ئېچىش ئۈچۈن ئاچقۇچ ھۆججىتى ياكى ئىم جۈملىسى بېرىڭ</translation>
    </message>
    <message>
        <source>the backup changed while it was being read</source>
        <translation>زاپاس نۇسخا ئوقۇلۇۋاتقاندا ئۆزگەردى</translation>
    </message>
    <message>
        <source>records() must be read once, before attachments()</source>
        <translation>records() بىر قېتىم، attachments() دىن بۇرۇن ئوقۇلۇشى كېرەك</translation>
    </message>
    <message>
        <source>attachments() can be read only once</source>
        <translation>attachments() نى پەقەت بىر قېتىملا ئوقۇغىلى بولىدۇ</translation>
    </message>
    <message>
        <source>this backup is encrypted to keys, not to a passphrase; give a key file</source>
        <translation>بۇ زاپاس نۇسخا ئىم جۈملىسىگە ئەمەس، ئاچقۇچلارغا شىفىرلانغان؛ ئاچقۇچ ھۆججىتى بېرىڭ</translation>
    </message>
    <message>
        <source>this backup needs its passphrase</source>
        <translation>بۇ زاپاس نۇسخىغا ئۇنىڭ ئىم جۈملىسى كېرەك</translation>
    </message>
    <message>
        <source>the backup folder does not exist</source>
        <translation>زاپاس نۇسخا قىسقۇچى مەۋجۇت ئەمەس</translation>
    </message>
    <message>
        <source>too many backups with the same time stamp</source>
        <translation>ۋاقىت تامغىسى ئوخشاش زاپاس نۇسخىلار بەك كۆپ</translation>
    </message>
    <message>
        <source>encrypt a backup either to recipients or to a passphrase</source>
        <translation>زاپاس نۇسخىنى تاپشۇرۇۋالغۇچىلارغا ياكى ئىم جۈملىسىگە شىفىرلاڭ</translation>
    </message>
    <message>
        <source>the signing key must be an Ed25519 private key</source>
        <translation>ئىمزا ئاچقۇچى Ed25519 شەخسىي ئاچقۇچى بولۇشى كېرەك</translation>
    </message>
    <message>
        <source>the manifest information must be a dictionary</source>
        <translation>مانىفېست ئۇچۇرى لۇغەت بولۇشى كېرەك</translation>
    </message>
    <message>
        <source>the manifest information needs a vault_id</source>
        <translation>مانىفېست ئۇچۇرىغا vault_id كېرەك</translation>
    </message>
    <message>
        <source>manifest information keys must be strings</source>
        <translation>مانىفېست ئۇچۇرىنىڭ ئاچقۇچلىرى ھەرپ تىزمىسى بولۇشى كېرەك</translation>
    </message>
    <message>
        <source>that file name is reserved for temporary files</source>
        <translation>بۇ ھۆججەت نامى ۋاقىتلىق ھۆججەتلەرگە ئاجرىتىلغان</translation>
    </message>
    <message>
        <source>an attachment id is not a lower-case UUID</source>
        <translation>قوشۇمچە ھۆججەتنىڭ كىملىكى كىچىك ھەرپلىك UUID ئەمەس</translation>
    </message>
    <message>
        <source>the same attachment was given twice</source>
        <translation>ئوخشاش قوشۇمچە ھۆججەت ئىككى قېتىم بېرىلگەن</translation>
    </message>
    <message>
        <source>an attachment checksum is not a SHA-256 hex digest</source>
        <translation>قوشۇمچە ھۆججەتنىڭ تەكشۈرۈش يىغىندىسى ئون ئالتىلىك SHA-256 ئەمەس</translation>
    </message>
    <message>
        <source>an attachment size is invalid</source>
        <translation>قوشۇمچە ھۆججەتنىڭ چوڭلۇقى ئىناۋەتسىز</translation>
    </message>
    <message>
        <source>give at least one recipient public key (age1…)</source>
        <translation>كەم دېگەندە بىر تاپشۇرۇۋالغۇچىنىڭ ئاممىۋى ئاچقۇچىنى بېرىڭ (age1…)</translation>
    </message>
    <message>
        <source>the backup passphrase must not be empty</source>
        <translation>زاپاس نۇسخىنىڭ ئىم جۈملىسى بوش بولماسلىقى كېرەك</translation>
    </message>
    <message>
        <source>the manifest information is not plain JSON data</source>
        <translation>مانىفېست ئۇچۇرى ئاددىي JSON سانلىق مەلۇماتى ئەمەس</translation>
    </message>
    <message>
        <source>a record to back up is not a JSON object</source>
        <translation>زاپاس نۇسخىغا يېزىلىدىغان خاتىرە JSON ئوبيېكتى ئەمەس</translation>
    </message>
    <message>
        <source>a record is too large to back up</source>
        <translation>خاتىرە زاپاس نۇسخا ئۈچۈن بەك چوڭ</translation>
    </message>
    <message>
        <source>an attachment to back up is malformed</source>
        <translation>زاپاس نۇسخىغا يېزىلىدىغان قوشۇمچە ھۆججەتنىڭ شەكلى خاتا</translation>
    </message>
    <message>
        <source>attachment data must be bytes</source>
        <translation>قوشۇمچە ھۆججەت سانلىق مەلۇماتى بايت بولۇشى كېرەك</translation>
    </message>
    <message>
        <source>could not read the vault's data; nothing was saved</source>
        <translation>ئامبارنىڭ سانلىق مەلۇماتىنى ئوقۇغىلى بولمىدى؛ ھېچنېمە ساقلانمىدى</translation>
    </message>
    <message>
        <source>a record holds a value that cannot be backed up</source>
        <translation>خاتىرىدە زاپاس نۇسخىغا يازغىلى بولمايدىغان قىممەت بار</translation>
    </message>
    <message>
        <source>no terminal to ask for the passphrase on; set IZDEU_PASSPHRASE (and IZDEU_NEW_PASSPHRASE for a new one)</source>
        <translation>ئىم جۈملىسىنى سورايدىغان تېرمىنال يوق؛ IZDEU_PASSPHRASE نى بەلگىلەڭ (يېڭىسى ئۈچۈن IZDEU_NEW_PASSPHRASE)</translation>
    </message>
    <message>
        <source>the two passphrases differ; nothing was changed</source>
        <translation>ئىككى ئىم جۈملىسى ئوخشاش ئەمەس؛ ھېچنېمە ئۆزگەرتىلمىدى</translation>
    </message>
    <message>
        <source>no vault at {vault_path} (create one with `izdeu init` or choose one with --vault)</source>
        <translation>{vault_path} دا ئامبار يوق (`izdeu init` بىلەن قۇرۇڭ ياكى --vault بىلەن تاللاڭ)</translation>
    </message>
    <message>
        <source>the desktop app is not available (is Izdeu installed with its user interface?); see `izdeu --help` for the commands</source>
        <translation>ئۈستەل يۈزى ئەپى يوق (Izdeu كۆرۈنمە يۈزى بىلەن ئورنىتىلغانمۇ؟)؛ بۇيرۇقلار ئۈچۈن `izdeu --help` نى كۆرۈڭ</translation>
    </message>
    <message>
        <source>no passphrase given</source>
        <translation>ئىم جۈملىسى بېرىلمىدى</translation>
    </message>
    <message>
        <source>--cases must be at least 1 and --testimonies not negative</source>
        <translation>--cases كەم دېگەندە 1، --testimonies مەنپىي ئەمەس بولۇشى كېرەك</translation>
    </message>
    <message>
        <source>cannot read that file</source>
        <translation>بۇ ھۆججەتنى ئوقۇغىلى بولمايدۇ</translation>
    </message>
    <message>
        <source>cannot create the folder {folder}</source>
        <translation>{folder} قىسقۇچىنى قۇرغىلى بولمايدۇ</translation>
    </message>
    <message>
        <source>dossier files already exist in {folder} ({count}); choose an empty folder</source>
        <translation>{folder} قىسقۇچىدا ئارخىپ ھۆججەتلىرى ({count}) بار؛ قۇرۇق قىسقۇچ تاللاڭ</translation>
    </message>
    <message>
        <source>dossier profile must be wgeid, ministry or public</source>
        <translation>ئارخىپ تۈرى wgeid، ministry ياكى public بولۇشى كېرەك</translation>
    </message>
    <message>
        <source>dossier language must be en, ru or kk</source>
        <translation>ئارخىپ تىلى en، ru ياكى kk بولۇشى كېرەك</translation>
    </message>
    <message>
        <source>give either CASE or --all</source>
        <translation>دېلو ياكى --all نىڭ بىرىنى بېرىڭ</translation>
    </message>
    <message>
        <source>--sent-to records one dossier; use it without --all</source>
        <translation>--sent-to بىر ئارخىپنى خاتىرىلەيدۇ؛ ئۇنى --all سىز ئىشلىتىڭ</translation>
    </message>
    <message>
        <source>cannot write to the folder {folder}</source>
        <translation>{folder} قىسقۇچىغا يازغىلى بولمايدۇ</translation>
    </message>
    <message>
        <source>an attachment's content does not match its SHA-256; nothing was exported (run `izdeu check`)</source>
        <translation>قوشۇمچە ھۆججەتنىڭ مەزمۇنى SHA-256 غا ماس كەلمەيدۇ؛ ھېچنېمە چىقىرىلمىدى (`izdeu check` نى ئىجرا قىلىڭ)</translation>
    </message>
    <message>
        <source>{where}: expected a UUID</source>
        <translation>{where}: UUID بولۇشى كېرەك</translation>
    </message>
    <message>
        <source>{where}: UUIDs must be written in lower case with dashes</source>
        <translation>{where}: UUID كىچىك ھەرپ ۋە سىزىقچە بىلەن يېزىلىشى كېرەك</translation>
    </message>
    <message>
        <source>{where}: more than a day in the future (check the clock of the computer that made the file)</source>
        <translation>{where}: بىر كۈندىن ئارتۇق كەلگۈسىدە (ھۆججەتنى ياسىغان كومپيۇتېرنىڭ سائىتىنى تەكشۈرۈڭ)</translation>
    </message>
    <message>
        <source>{where}: expected a SHA-256 in lower-case hex</source>
        <translation>{where}: كىچىك ھەرپلىك ئون ئالتىلىك SHA-256 بولۇشى كېرەك</translation>
    </message>
    <message>
        <source>{where}: not a valid UUID</source>
        <translation>{where}: ئىناۋەتلىك UUID ئەمەس</translation>
    </message>
    <message>
        <source>the file has NaN or Infinity, which JSON does not allow</source>
        <translation>ھۆججەتتە NaN ياكى Infinity بار، JSON ئۇلارغا يول قويمايدۇ</translation>
    </message>
    <message>
        <source>the file has a number that is too large</source>
        <translation>ھۆججەتتە بەك چوڭ سان بار</translation>
    </message>
    <message>
        <source>{where}: expected an object</source>
        <translation>{where}: ئوبيېكت بولۇشى كېرەك</translation>
    </message>
    <message>
        <source>{where}: the 'case' object is missing</source>
        <translation>{where}: «case» ئوبيېكتى يوق</translation>
    </message>
    <message>
        <source>{where}: case.person.photo_attachment: no such attachment in this case</source>
        <translation>{where}: case.person.photo_attachment: بۇ دېلودا بۇنداق قوشۇمچە ھۆججەت يوق</translation>
    </message>
    <message>
        <source>tombstones: expected a list</source>
        <translation>tombstones: تىزىملىك بولۇشى كېرەك</translation>
    </message>
    <message>
        <source>attachment_data: expected an object</source>
        <translation>attachment_data: ئوبيېكت بولۇشى كېرەك</translation>
    </message>
    <message>
        <source>attachment_data: attachments whose content is missing: {count}</source>
        <translation>attachment_data: قوشۇمچە ھۆججەتلەرنىڭ ({count}) مەزمۇنى يوق</translation>
    </message>
    <message>
        <source>this is not an Izdeu case file (format {format!r})</source>
        <translation>بۇ Izdeu دېلو ھۆججىتى ئەمەس (فورماتى {format!r})</translation>
    </message>
    <message>
        <source>version: expected a whole number</source>
        <translation>version: پۈتۈن سان بولۇشى كېرەك</translation>
    </message>
    <message>
        <source>this case file was made by a newer version of Izdeu; please update Izdeu</source>
        <translation>بۇ دېلو ھۆججىتىنى Izdeu نىڭ يېڭىراق نەشرى ياسىغان؛ Izdeu نى يېڭىلاڭ</translation>
    </message>
    <message>
        <source>unknown top-level field {field!r}</source>
        <translation>نامەلۇم يۇقىرى دەرىجىلىك بۆلەك {field!r}</translation>
    </message>
    <message>
        <source>cases: expected a list</source>
        <translation>cases: تىزىملىك بولۇشى كېرەك</translation>
    </message>
    <message>
        <source>tombstones: a record in the file is also marked deleted</source>
        <translation>tombstones: ھۆججەتتىكى بىر خاتىرە ئۆچۈرۈلگەن دەپمۇ بەلگىلەنگەن</translation>
    </message>
    <message>
        <source>on_existing must be 'refuse' or 'skip'</source>
        <translation>on_existing 'refuse' ياكى 'skip' بولۇشى كېرەك</translation>
    </message>
    <message>
        <source>the file has a key given twice in one object</source>
        <translation>ھۆججەتتە بىر ئوبيېكتتا بىر ئاچقۇچ ئىككى قېتىم بېرىلگەن</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (byte {start})</source>
        <translation>ھۆججەت UTF-8 تېكىستى ئەمەس ({start}-بايت)</translation>
    </message>
    <message>
        <source>the file is not valid JSON (line {lineno}, column {colno})</source>
        <translation>ھۆججەت ئىناۋەتلىك JSON ئەمەس ({lineno}-قۇر، {colno}-ئىستون)</translation>
    </message>
    <message>
        <source>the file nests too deeply</source>
        <translation>ھۆججەتنىڭ ئىچكى قاتلىمى بەك چوڭقۇر</translation>
    </message>
    <message>
        <source>{where}: the field {key!r} is missing</source>
        <translation>{where}: {key!r} بۆلىكى يوق</translation>
    </message>
    <message>
        <source>{where}: {detail}</source>
        <translation>{where}: {detail}</translation>
    </message>
    <message>
        <source>{where}: unknown section {key!r}</source>
        <translation>{where}: نامەلۇم بۆلۈم {key!r}</translation>
    </message>
    <message>
        <source>{where}, {section}: expected a list</source>
        <translation>{where}، {section}: تىزىملىك بولۇشى كېرەك</translation>
    </message>
    <message>
        <source>{label}: witness_uuid: no such witness in this case</source>
        <translation>{label}: witness_uuid: بۇ دېلودا بۇنداق گۇۋاھچى يوق</translation>
    </message>
    <message>
        <source>{label}: attachment_uuids: no such attachment in this case</source>
        <translation>{label}: attachment_uuids: بۇ دېلودا بۇنداق قوشۇمچە ھۆججەت يوق</translation>
    </message>
    <message>
        <source>{label}: size: must not be negative</source>
        <translation>{label}: size: مەنپىي بولماسلىقى كېرەك</translation>
    </message>
    <message>
        <source>{where}: expected an object with uuid, kind, case_uuid, deleted</source>
        <translation>{where}: uuid، kind، case_uuid، deleted بار ئوبيېكت بولۇشى كېرەك</translation>
    </message>
    <message>
        <source>{where}.kind: unknown record kind</source>
        <translation>{where}.kind: نامەلۇم خاتىرە تۈرى</translation>
    </message>
    <message>
        <source>attachment_data: holds a file no attachment refers to</source>
        <translation>attachment_data: ھېچقانداق قوشۇمچە ھۆججەت تىلغا ئالمىغان ھۆججەت بار</translation>
    </message>
    <message>
        <source>attachment_data: expected base64 text</source>
        <translation>attachment_data: base64 تېكىستى بولۇشى كېرەك</translation>
    </message>
    <message>
        <source>attachment_data: a file does not match its SHA-256 or size</source>
        <translation>attachment_data: بىر ھۆججەت ئۆزىنىڭ SHA-256 ياكى چوڭلۇقىغا ماس كەلمەيدۇ</translation>
    </message>
    <message>
        <source>{label}: case_uuid is not the uuid of its case</source>
        <translation>{label}: case_uuid ئۆز دېلوسىنىڭ uuid ى ئەمەس</translation>
    </message>
    <message>
        <source>attachments: two attachments with the same SHA-256 have different sizes</source>
        <translation>attachments: SHA-256 ئوخشاش ئىككى قوشۇمچە ھۆججەتنىڭ چوڭلۇقى ئوخشىمايدۇ</translation>
    </message>
    <message>
        <source>attachment_data: a file is not valid base64</source>
        <translation>attachment_data: بىر ھۆججەت ئىناۋەتلىك base64 ئەمەس</translation>
    </message>
    <message>
        <source>the uuid {uuid} is used by two records</source>
        <translation>{uuid} دېگەن uuid نى ئىككى خاتىرە ئىشلەتكەن</translation>
    </message>
    <message>
        <source>the {kind} {uuid} is already in this vault; nothing was imported</source>
        <translation>{uuid} خاتىرىسى ({kind}) بۇ ئامباردا بار؛ ھېچنېمە ئەكىرىلمىدى</translation>
    </message>
    <message>
        <source>{where}: unknown field {field!r}</source>
        <translation>{where}: نامەلۇم بۆلەك {field!r}</translation>
    </message>
    <message>
        <source>{where}: malformed record</source>
        <translation>{where}: خاتىرىنىڭ شەكلى خاتا</translation>
    </message>
    <message>
        <source>{where}.{key}: expected text</source>
        <translation>{where}.{key}: تېكىست بولۇشى كېرەك</translation>
    </message>
    <message>
        <source>{where}.{key}: expected a date string</source>
        <translation>{where}.{key}: چېسلا تېكىستى بولۇشى كېرەك</translation>
    </message>
    <message>
        <source>{where}.{key}: expected true or false</source>
        <translation>{where}.{key}: true ياكى false بولۇشى كېرەك</translation>
    </message>
    <message>
        <source>{where}.{key}: expected a whole number</source>
        <translation>{where}.{key}: پۈتۈن سان بولۇشى كېرەك</translation>
    </message>
    <message>
        <source>{where}.{key}: expected a list</source>
        <translation>{where}.{key}: تىزىملىك بولۇشى كېرەك</translation>
    </message>
    <message>
        <source>{where}.{key}: too many entries</source>
        <translation>{where}.{key}: تۈرلەر بەك كۆپ</translation>
    </message>
    <message>
        <source>{where}.{key}: {detail}</source>
        <translation>{where}.{key}: {detail}</translation>
    </message>
    <message>
        <source>{label}: expected a list</source>
        <translation>{label}: تىزىملىك بولۇشى كېرەك</translation>
    </message>
    <message>
        <source>{label}: too many entries</source>
        <translation>{label}: تۈرلەر بەك كۆپ</translation>
    </message>
    <message>
        <source>{item_label}: expected an object</source>
        <translation>{item_label}: ئوبيېكت بولۇشى كېرەك</translation>
    </message>
    <message>
        <source>{item_label}: wrong type</source>
        <translation>{item_label}: تۈرى خاتا</translation>
    </message>
    <message>
        <source>date: year out of range</source>
        <translation>ۋاقىت: يىل دائىرىدىن سىرت</translation>
    </message>
    <message>
        <source>date: month out of range</source>
        <translation>ۋاقىت: ئاي دائىرىدىن سىرت</translation>
    </message>
    <message>
        <source>date: use YYYY, YYYY-MM or YYYY-MM-DD (~ in front if approximate)</source>
        <translation>ۋاقىت: YYYY، YYYY-MM ياكى YYYY-MM-DD (تەخمىنىي بولسا ئالدىغا ~)</translation>
    </message>
    <message>
        <source>date: a month or day needs a year</source>
        <translation>ۋاقىت: ئاي ياكى كۈن ئۈچۈن يىل كېرەك</translation>
    </message>
    <message>
        <source>date: a day needs a month</source>
        <translation>ۋاقىت: كۈن ئۈچۈن ئاي كېرەك</translation>
    </message>
    <message>
        <source>date: no such day</source>
        <translation>ۋاقىت: بۇنداق كۈن يوق</translation>
    </message>
    <message>
        <source>{label}: expected a UTC time like 2024-05-01T10:00:00.000000Z</source>
        <translation>{label}: 2024-05-01T10:00:00.000000Z دەك UTC ۋاقتى بولۇشى كېرەك</translation>
    </message>
    <message>
        <source>{label}: time before 1970</source>
        <translation>{label}: 1970-يىلدىن بۇرۇنقى ۋاقىت</translation>
    </message>
    <message>
        <source>{label}: more than a day in the future (check the clock of the computer that made it)</source>
        <translation>{label}: بىر كۈندىن ئارتۇق كەلگۈسىدە (ئۇنى ياسىغان كومپيۇتېرنىڭ سائىتىنى تەكشۈرۈڭ)</translation>
    </message>
    <message>
        <source>{label}: no such date or time</source>
        <translation>{label}: بۇنداق چېسلا ياكى ۋاقىت يوق</translation>
    </message>
    <message>
        <source>{label}: must be one of {choices}</source>
        <translation>{label}: بۇلارنىڭ بىرى بولۇشى كېرەك: {choices}</translation>
    </message>
    <message>
        <source>{label}: expected a UUID in lower case with dashes</source>
        <translation>{label}: كىچىك ھەرپ ۋە سىزىقچە بىلەن يېزىلغان UUID بولۇشى كېرەك</translation>
    </message>
    <message>
        <source>{label}: expected a whole number</source>
        <translation>{label}: پۈتۈن سان بولۇشى كېرەك</translation>
    </message>
    <message>
        <source>{label}: out of range ({low:,} to {high:,})</source>
        <translation>{label}: دائىرىدىن سىرت ({low:,} دىن {high:,} غىچە)</translation>
    </message>
    <message>
        <source>{label}: expected a SHA-256 in lower-case hex</source>
        <translation>{label}: كىچىك ھەرپلىك ئون ئالتىلىك SHA-256 بولۇشى كېرەك</translation>
    </message>
    <message>
        <source>unknown record kind: {kind!r}</source>
        <translation>نامەلۇم خاتىرە تۈرى: {kind!r}</translation>
    </message>
    <message>
        <source>{field}: expected text</source>
        <translation>{field}: تېكىست بولۇشى كېرەك</translation>
    </message>
    <message>
        <source>{field}: too long ({count:,} characters; limit {limit:,})</source>
        <translation>{field}: بەك ئۇزۇن ({count:,} ھەرپ؛ چېكى {limit:,})</translation>
    </message>
    <message>
        <source>{field}: contains a NUL character</source>
        <translation>{field}: NUL بەلگىسى بار</translation>
    </message>
    <message>
        <source>{field}: contains an invalid character (lone surrogate)</source>
        <translation>{field}: ئىناۋەتسىز بەلگە بار (يالغۇز سۇرروگات)</translation>
    </message>
    <message>
        <source>no such attachment</source>
        <translation>بۇنداق قوشۇمچە ھۆججەت يوق</translation>
    </message>
    <message>
        <source>the file is too large to remove its metadata; export it as it is</source>
        <translation>ھۆججەت مېتا سانلىق مەلۇماتىنى ئۆچۈرۈشكە بەك چوڭ؛ ئۇنى ئەينەن چىقىرىڭ</translation>
    </message>
    <message>
        <source>the attachment's content does not match its SHA-256</source>
        <translation>قوشۇمچە ھۆججەتنىڭ مەزمۇنى SHA-256 غا ماس كەلمەيدۇ</translation>
    </message>
    <message>
        <source>the file is too large to attach</source>
        <translation>ھۆججەت قوشۇشقا بەك چوڭ</translation>
    </message>
    <message>
        <source>only a readable image can be exported without its metadata</source>
        <translation>پەقەت ئوقۇغىلى بولىدىغان سۈرەتنىلا مېتا سانلىق مەلۇماتسىز چىقارغىلى بولىدۇ</translation>
    </message>
    <message>
        <source>this record was deleted and cannot be saved again</source>
        <translation>بۇ خاتىرە ئۆچۈرۈلگەن، ئۇنى قايتا ساقلىغىلى بولمايدۇ</translation>
    </message>
    <message>
        <source>an attachment is added together with its file</source>
        <translation>قوشۇمچە ھۆججەت ئۆز ھۆججىتى بىلەن بىللە قوشۇلىدۇ</translation>
    </message>
    <message>
        <source>no such {kind}</source>
        <translation>بۇنداق خاتىرە ({kind}) يوق</translation>
    </message>
    <message>
        <source>no case with that number or id</source>
        <translation>بۇ نومۇر ياكى كىملىكتىكى دېلو يوق</translation>
    </message>
    <message>
        <source>the new order must list every act of the case once</source>
        <translation>يېڭى تەرتىپتە دېلونىڭ ھەر بىر ھەرىكىتى بىر قېتىمدىن كۆرسىتىلىشى كېرەك</translation>
    </message>
    <message>
        <source>cannot sort by {sort!r}</source>
        <translation>{sort!r} بويىچە تىزغىلى بولمايدۇ</translation>
    </message>
    <message>
        <source>a record of another case cannot be saved with this one</source>
        <translation>باشقا دېلونىڭ خاتىرىسىنى بۇ دېلو بىلەن بىللە ساقلىغىلى بولمايدۇ</translation>
    </message>
    <message>
        <source>only a case's records can be deleted with its changes</source>
        <translation>ئۆزگەرتىشلەر بىلەن بىللە پەقەت بۇ دېلونىڭ خاتىرىلىرىنىلا ئۆچۈرگىلى بولىدۇ</translation>
    </message>
    <message>
        <source>a record of another case cannot be deleted here</source>
        <translation>باشقا دېلونىڭ خاتىرىسىنى بۇ يەردە ئۆچۈرگىلى بولمايدۇ</translation>
    </message>
    <message>
        <source>the file is too large to show here; export a copy instead</source>
        <translation>ھۆججەت بۇ يەردە كۆرسىتىشكە بەك چوڭ؛ كۆپەيتمىسىنى چىقىرىڭ</translation>
    </message>
    <message>
        <source>the case an attachment belongs to does not exist</source>
        <translation>قوشۇمچە ھۆججەت تەۋە دېلو مەۋجۇت ئەمەس</translation>
    </message>
    <message>
        <source>an attachment with this id is already in the vault</source>
        <translation>بۇ كىملىكتىكى قوشۇمچە ھۆججەت ئامباردا بار</translation>
    </message>
    <message>
        <source>this attachment was deleted and cannot be added again</source>
        <translation>بۇ قوشۇمچە ھۆججەت ئۆچۈرۈلگەن، ئۇنى قايتا قوشقىلى بولمايدۇ</translation>
    </message>
    <message>
        <source>an attachment's content does not match its recorded SHA-256</source>
        <translation>قوشۇمچە ھۆججەتنىڭ مەزمۇنى خاتىرىلەنگەن SHA-256 غا ماس كەلمەيدۇ</translation>
    </message>
    <message>
        <source>the case this record belongs to does not exist</source>
        <translation>بۇ خاتىرە تەۋە دېلو مەۋجۇت ئەمەس</translation>
    </message>
    <message>
        <source>no such case</source>
        <translation>بۇنداق دېلو يوق</translation>
    </message>
    <message>
        <source>a database operation failed</source>
        <translation>سانداندىكى مەشغۇلات مەغلۇپ بولدى</translation>
    </message>
    <message>
        <source>the disk is full; nothing was saved</source>
        <translation>دىسكا تولغان؛ ھېچنېمە ساقلانمىدى</translation>
    </message>
    <message>
        <source>the vault is on read-only storage</source>
        <translation>ئامبار پەقەت ئوقۇشقىلا بولىدىغان دىسكىدا</translation>
    </message>
    <message>
        <source>the vault file is damaged; restore it from a backup</source>
        <translation>ئامبار ھۆججىتى بۇزۇلغان؛ زاپاس نۇسخىدىن ئەسلىگە كەلتۈرۈڭ</translation>
    </message>
    <message>
        <source>SQLCipher is not available; Izdeu refuses to store data unencrypted</source>
        <translation>SQLCipher يوق؛ Izdeu سانلىق مەلۇماتنى شىفىرلىماي ساقلىمايدۇ</translation>
    </message>
    <message>
        <source>cannot read the vault file</source>
        <translation>ئامبار ھۆججىتىنى ئوقۇغىلى بولمايدۇ</translation>
    </message>
    <message>
        <source>this encrypted database is not an Izdeu vault</source>
        <translation>بۇ شىفىرلانغان ساندان Izdeu ئامبىرى ئەمەس</translation>
    </message>
    <message>
        <source>the vault is on storage that cannot be written</source>
        <translation>ئامبار يازغىلى بولمايدىغان دىسكىدا</translation>
    </message>
    <message>
        <source>the passphrase must have at least {count} characters</source>
        <translation>ئىم جۈملىسىدە كەم دېگەندە {count} ھەرپ بولۇشى كېرەك</translation>
    </message>
    <message>
        <source>the passphrase repeats too few different characters</source>
        <translation>ئىم جۈملىسىدە ئوخشىمىغان ھەرپلەر بەك ئاز</translation>
    </message>
    <message>
        <source>the passphrase must not start or end with a space</source>
        <translation>ئىم جۈملىسى بوشلۇق بىلەن باشلانماسلىقى ياكى ئاخىرلاشماسلىقى كېرەك</translation>
    </message>
    <message>
        <source>this passphrase is too common</source>
        <translation>بۇ ئىم جۈملىسى بەك كۆپ ئۇچرايدۇ</translation>
    </message>
    <message>
        <source>the vault's storage cannot lock files</source>
        <translation>ئامبار تۇرغان دىسكا ھۆججەتلەرنى قۇلۇپلىيالمايدۇ</translation>
    </message>
    <message>
        <source>that path is a folder, not a vault file</source>
        <translation>بۇ قىسقۇچ، ئامبار ھۆججىتى ئەمەس</translation>
    </message>
    <message>
        <source>no vault file at that path</source>
        <translation>بۇ يولدا ئامبار ھۆججىتى يوق</translation>
    </message>
    <message>
        <source>could not save a copy of the vault before upgrading it</source>
        <translation>يېڭىلاشتىن بۇرۇن ئامبارنىڭ كۆپەيتمىسىنى ساقلىغىلى بولمىدى</translation>
    </message>
    <message>
        <source>the re-keyed copy of the vault failed its check; nothing changed</source>
        <translation>ئامبارنىڭ يېڭى ئاچقۇچلۇق كۆپەيتمىسى تەكشۈرۈشتىن ئۆتمىدى؛ ھېچنېمە ئۆزگەرمىدى</translation>
    </message>
    <message>
        <source>the vault's journal could not be folded in; nothing changed</source>
        <translation>ئامبارنىڭ جۇرنىلىنى ھۆججەتكە قوشقىلى بولمىدى؛ ھېچنېمە ئۆزگەرمىدى</translation>
    </message>
    <message>
        <source>the re-keyed copy of the vault is incomplete; nothing changed</source>
        <translation>ئامبارنىڭ يېڭى ئاچقۇچلۇق كۆپەيتمىسى تولۇق ئەمەس؛ ھېچنېمە ئۆزگەرمىدى</translation>
    </message>
    <message>
        <source>cannot write beside the vault file</source>
        <translation>ئامبار ھۆججىتىنىڭ يېنىغا يازغىلى بولمايدۇ</translation>
    </message>
    <message>
        <source>the re-keyed copy of the vault was not written completely</source>
        <translation>ئامبارنىڭ يېڭى ئاچقۇچلۇق كۆپەيتمىسى تولۇق يېزىلمىدى</translation>
    </message>
    <message>
        <source>could not put the re-keyed vault in place; nothing changed</source>
        <translation>يېڭى ئاچقۇچلۇق ئامبارنى ئورنىغا قويغىلى بولمىدى؛ ھېچنېمە ئۆزگەرمىدى</translation>
    </message>
    <message>
        <source>a file with that name already exists; choose another name</source>
        <translation>بۇ ناملىق ھۆججەت بار؛ باشقا نام تاللاڭ</translation>
    </message>
    <message>
        <source>this is an unencrypted SQLite file, not an Izdeu vault</source>
        <translation>بۇ شىفىرلانمىغان SQLite ھۆججىتى، Izdeu ئامبىرى ئەمەس</translation>
    </message>
    <message>
        <source>the copy's file name is taken</source>
        <translation>كۆپەيتمىنىڭ ھۆججەت نامى ئىگىلەنگەن</translation>
    </message>
    <message>
        <source>cannot create the vault file there</source>
        <translation>ئامبار ھۆججىتىنى ئۇ يەردە قۇرغىلى بولمايدۇ</translation>
    </message>
    <message>
        <source>there is no Izdeu backup in {folder}</source>
        <translation>{folder} دا Izdeu زاپاس نۇسخىسى يوق</translation>
    </message>
    <message>
        <source>date: a month needs a year</source>
        <translation>چېسلا: ئايغا يىل كېرەك</translation>
    </message>
    <message>
        <source>date: in the future</source>
        <translation>چېسلا: كەلگۈسىدە</translation>
    </message>
    <message>
        <source>date: not understood; write it like 12.03.2018, March 2018, 2018 or about 1940</source>
        <translation>چېسلا چۈشىنىلمىدى؛ مەسىلەن 12.03.2018، 2018-يىلى مارت، 2018 ياكى تەخمىنەن 1940 دەپ يېزىڭ</translation>
    </message>
    <message>
        <source>{label}: must be one of {choices}, or "other:" and a text</source>
        <translation>{label}: بۇلارنىڭ بىرى بولۇشى كېرەك: {choices}، ياكى «other:» ۋە تېكىست</translation>
    </message>
    <message>
        <source>that conflict was settled already, or its record is gone</source>
        <translation>بۇ توقۇنۇش ئاللىبۇرۇن ھەل قىلىنغان، ياكى ئۇنىڭ خاتىرىسى يوق</translation>
    </message>
    <message>
        <source>the organisation's name for the signing certificate must be 1 to {limit} printable characters</source>
        <translation>ئىمزا گۇۋاھنامىسىدىكى تەشكىلات نامى 1 دىن {limit} غىچە بېسىلىدىغان ھەرپ بولۇشى كېرەك</translation>
    </message>
    <message>
        <source>the passphrase of a signing key file cannot be empty</source>
        <translation>ئىمزا ئاچقۇچ ھۆججىتىنىڭ پارولى بوش بولسا بولمايدۇ</translation>
    </message>
    <message>
        <source>the signing key file holds no private key with its certificate</source>
        <translation>ئىمزا ئاچقۇچ ھۆججىتىدە گۇۋاھنامىسى بىلەن مەخپىي ئاچقۇچ يوق</translation>
    </message>
    <message>
        <source>this vault has no signing identity; create one with `izdeu signing create` or give --signing-key FILE</source>
        <translation>بۇ ئامباردا تەشكىلات ئىمزاسى يوق؛ `izdeu signing create` بىلەن قۇرۇڭ ياكى --signing-key FILE بېرىڭ</translation>
    </message>
    <message>
        <source>the signing identity kept in the vault is damaged</source>
        <translation>ئامباردا ساقلانغان تەشكىلات ئىمزاسى بۇزۇلغان</translation>
    </message>
    <message>
        <source>this vault already has a signing identity; give --force to replace it (dossiers signed with the old one stay valid)</source>
        <translation>بۇ ئامباردا تەشكىلات ئىمزاسى بار؛ ئالماشتۇرۇش ئۈچۈن --force بېرىڭ (كونىسى بىلەن ئىمزالانغان ھۆججەتلەر كۈچكە ئىگە بولۇپ قالىدۇ)</translation>
    </message>
    <message>
        <source>--signing-key is used with --sign</source>
        <translation>--signing-key پەقەت --sign بىلەن ئىشلىتىلىدۇ</translation>
    </message>
    <message>
        <source>give a CASE or --all, not both</source>
        <translation>CASE ياكى --all نى بېرىڭ، ئىككىلىسىنى ئەمەس</translation>
    </message>
    <message>
        <source>not a PRC resident ID (18 or 15 digits) or a Kazakh IIN (12 digits)</source>
        <translation>بۇ جۇڭگو ئاھالە كىنىشكىسى (18 ياكى 15 رەقەم) ياكى قازاقىستان IIN (12 رەقەم) ئەمەس</translation>
    </message>
    <message>
        <source>PRC resident ID: 18 characters (or an old one of 15 digits)</source>
        <translation>جۇڭگو ئاھالە كىنىشكىسى: 18 ھەرپ (ياكى 15 رەقەملىك كونا نومۇر)</translation>
    </message>
    <message>
        <source>PRC resident ID: digits only, the last may be X</source>
        <translation>جۇڭگو ئاھالە كىنىشكىسى: پەقەت رەقەم، ئاخىرقىسى X بولسا بولىدۇ</translation>
    </message>
    <message>
        <source>identity number: the check digit does not match (a digit is mistyped)</source>
        <translation>كىملىك نومۇرى: تەكشۈرۈش رەقىمى ماس كەلمەيدۇ (بىر رەقەم خاتا كىرگۈزۈلگەن)</translation>
    </message>
    <message>
        <source>identity number: the birth date in it does not exist</source>
        <translation>كىملىك نومۇرى: ئۇنىڭدىكى تۇغۇلغان كۈن مەۋجۇت ئەمەس</translation>
    </message>
    <message>
        <source>IIN: 12 digits</source>
        <translation>IIN: 12 رەقەم</translation>
    </message>
    <message>
        <source>IIN: digits only</source>
        <translation>IIN: پەقەت رەقەم</translation>
    </message>
    <message>
        <source>IIN: the seventh digit (century and sex) must be 1 to 6</source>
        <translation>IIN: يەتتىنچى رەقەم (ئەسىر ۋە جىنس) 1 دىن 6 غىچە بولۇشى كېرەك</translation>
    </message>
    <message>
        <source>changes newer than the last verified backup to the organisation's keys would be lost; nothing was erased</source>
        <translation>تەشكىلات ئاچقۇچىغا قىلىنغان ئەڭ ئاخىرقى تەكشۈرۈلگەن زاپاس نۇسخىدىن كېيىنكى ئۆزگىرىشلەر يوقىلىدۇ؛ ھېچنېمە ئۆچۈرۈلمىدى</translation>
    </message>
    <message>
        <source>the threshold must be at least 2 and at most the number of shares, which is at most {most}</source>
        <translation>چەك ئەڭ ئاز 2 بولۇشى ۋە ئۈلۈش سانىدىن ئېشىپ كەتمەسلىكى كېرەك، ئۈلۈش سانى {most} دىن ئاشمايدۇ</translation>
    </message>
    <message>
        <source>give --shares and --threshold together</source>
        <translation>--shares بىلەن --threshold نى بىللە بېرىڭ</translation>
    </message>
    <message>
        <source>share {number} has a wrong or mistyped word (its checksum fails)</source>
        <translation>{number}-ئۈلۈشتە خاتا ياكى خاتا يېزىلغان سۆز بار (تەكشۈرۈش يىغىندىسى ماس كەلمىدى)</translation>
    </message>
    <message>
        <source>these shares do not belong to the same split key</source>
        <translation>بۇ ئۈلۈشلەر ئوخشاش بىر بۆلۈنگەن ئاچقۇچقا تەۋە ئەمەس</translation>
    </message>
    <message>
        <source>{given} different shares given; {needed} are needed</source>
        <translation>{given} خىل ئۈلۈش بېرىلدى؛ {needed} كېرەك</translation>
    </message>
    <message>
        <source>erase asks to type a confirmation on a terminal; scripts give --yes-erase</source>
        <translation>erase تېرمىنالدا جەزملەشنى كىرگۈزۈشنى سورايدۇ؛ قوليازمىلار --yes-erase بېرىدۇ</translation>
    </message>
    <message>
        <source>not confirmed; nothing was erased</source>
        <translation>جەزملەنمىدى؛ ھېچنېمە ئۆچۈرۈلمىدى</translation>
    </message>
    <message>
        <source>the decoy must be another vault, not this one</source>
        <translation>ساختا ئامبار بۇ ئەمەس، باشقا ئامبار بولۇشى كېرەك</translation>
    </message>
    <message>
        <source>the decoy vault's path is too long</source>
        <translation>ساختا ئامبارنىڭ يولى بەك ئۇزۇن</translation>
    </message>
    <message>
        <source>the decoy vault must open with the duress passphrase</source>
        <translation>ساختا ئامبار مەجبۇرلاش پارولى بىلەن ئېچىلىشى كېرەك</translation>
    </message>
    <message>
        <source>the decoy is not an Izdeu vault</source>
        <translation>ساختا ئامبار Izdeu ئامبىرى ئەمەس</translation>
    </message>
    <message>
        <source>choose the decoy vault</source>
        <translation>ساختا ئامبارنى تاللاڭ</translation>
    </message>
    <message>
        <source>unknown choice of what the duress passphrase does</source>
        <translation>مەجبۇرلاش پارولىنىڭ نېمە قىلىدىغانلىقى نامەلۇم</translation>
    </message>
    <message>
        <source>the duress passphrase must have at least {count} characters</source>
        <translation>مەجبۇرلاش پارولى كەم دېگەندە {count} ھەرپتىن تەركىب تېپىشى كېرەك</translation>
    </message>
    <message>
        <source>the duress passphrase must differ from the vault's passphrase</source>
        <translation>مەجبۇرلاش پارولى ئامبار پارولىدىن پەرقلىق بولۇشى كېرەك</translation>
    </message>
    <message>
        <source>an organisation key for the recovery file is not a valid age1… key</source>
        <translation>ئەسلىگە كەلتۈرۈش ھۆججىتى ئۈچۈن تەشكىلات ئاچقۇچى ئىناۋەتلىك age1… ئاچقۇچى ئەمەس</translation>
    </message>
    <message>
        <source>headquarters recovery is not offered for demo vaults</source>
        <translation>باش شتاب ئارقىلىق ئەسلىگە كەلتۈرۈش كۆرسەتمە ئامبارلارغا تەمىنلەنمەيدۇ</translation>
    </message>
    <message>
        <source>add the organisation's backup key first: the recovery file is encrypted to it</source>
        <translation>ئالدى بىلەن تەشكىلاتنىڭ زاپاسلاش ئاچقۇچىنى قوشۇڭ: ئەسلىگە كەلتۈرۈش ھۆججىتى شۇنىڭغا شىفىرلىنىدۇ</translation>
    </message>
    <message>
        <source>the recovery file is not encrypted to these keys</source>
        <translation>ئەسلىگە كەلتۈرۈش ھۆججىتى بۇ ئاچقۇچلارغا شىفىرلانمىغان</translation>
    </message>
    <message>
        <source>the recovery file is damaged</source>
        <translation>ئەسلىگە كەلتۈرۈش ھۆججىتى بۇزۇلغان</translation>
    </message>
    <message>
        <source>the recovery file does not match this vault (its passphrase was changed without it)</source>
        <translation>ئەسلىگە كەلتۈرۈش ھۆججىتى بۇ ئامبارغا ماس كەلمەيدۇ (پارول ئۇنىڭسىز ئۆزگەرتىلگەن)</translation>
    </message>
    <message>
        <source>the spreadsheet does not exist</source>
        <translation>جەدۋەل مەۋجۇت ئەمەس</translation>
    </message>
    <message>
        <source>that path is a folder, not a spreadsheet</source>
        <translation>بۇ يول قىسقۇچ، جەدۋەل ئەمەس</translation>
    </message>
    <message>
        <source>cannot read the spreadsheet</source>
        <translation>جەدۋەلنى ئوقۇغىلى بولمىدى</translation>
    </message>
    <message>
        <source>the spreadsheet is not a regular file (a device, pipe or socket cannot be read)</source>
        <translation>جەدۋەل ئادەتتىكى ھۆججەت ئەمەس (ئۈسكۈنە، تۇرۇبا ياكى سوكېتنى ئوقۇغىلى بولمايدۇ)</translation>
    </message>
    <message>
        <source>the spreadsheet is too large (limit {limit})</source>
        <translation>جەدۋەل بەك چوڭ (چېكى {limit})</translation>
    </message>
    <message>
        <source>unknown encoding; use one of: {choices}</source>
        <translation>نامەلۇم كودلاش؛ بۇلارنىڭ بىرىنى ئىشلىتىڭ: {choices}</translation>
    </message>
    <message>
        <source>the file is not written in {encoding}</source>
        <translation>ھۆججەت {encoding} بىلەن يېزىلمىغان</translation>
    </message>
    <message>
        <source>the file's encoding could not be recognised; choose one of: {choices}</source>
        <translation>ھۆججەتنىڭ كودلىشى تونۇلمىدى؛ بۇلارنىڭ بىرىنى تاللاڭ: {choices}</translation>
    </message>
    <message>
        <source>the sheet has more than {limit} columns</source>
        <translation>جەدۋەلدە {limit} دىن ئارتۇق ئىستون بار</translation>
    </message>
    <message>
        <source>the sheet has more than {limit} rows; split it</source>
        <translation>جەدۋەلدە {limit} دىن ئارتۇق قۇر بار؛ ئۇنى بۆلۈڭ</translation>
    </message>
    <message>
        <source>the sheet is empty: no header row</source>
        <translation>جەدۋەل بوش: ماۋزۇ قۇرى يوق</translation>
    </message>
    <message>
        <source>the CSV file is malformed near line {row}</source>
        <translation>CSV ھۆججىتىدە {row}-قۇر ئەتراپىدا خاتالىق بار</translation>
    </message>
    <message>
        <source>the XLSX file is damaged or not an Excel workbook</source>
        <translation>XLSX ھۆججىتى بۇزۇلغان ياكى Excel خىزمەت دەپتىرى ئەمەس</translation>
    </message>
    <message>
        <source>the XLSX file unpacks to too much data</source>
        <translation>XLSX ھۆججىتى يېيىلغاندا بەك كۆپ سانلىق مەلۇمات چىقىدۇ</translation>
    </message>
    <message>
        <source>the workbook has no sheet of that name</source>
        <translation>خىزمەت دەپتىرىدە بۇ ناملىق ۋاراق يوق</translation>
    </message>
    <message>
        <source>a formula cell was saved without its value; open the file in Excel and save it again</source>
        <translation>فورمۇلا كاتەكچىسى قىممىتىسىز ساقلانغان؛ ھۆججەتنى Excel دا ئېچىپ قايتا ساقلاڭ</translation>
    </message>
    <message>
        <source>the cell is too long</source>
        <translation>كاتەكچە بەك ئۇزۇن</translation>
    </message>
    <message>
        <source>not a date Izdeu can read (e.g. 2018-03-05, 05.03.2018, March 2018, ~2017)</source>
        <translation>Izdeu ئوقۇيالايدىغان چېسلا ئەمەس (مەسىلەن 2018-03-05، 05.03.2018، ~2017)</translation>
    </message>
    <message>
        <source>not one of the known values: {choices}</source>
        <translation>مەلۇم قىممەتلەرنىڭ بىرى ئەمەس: {choices}</translation>
    </message>
    <message>
        <source>not a UUID</source>
        <translation>UUID ئەمەس</translation>
    </message>
    <message>
        <source>the mapping names a column the sheet does not have: {column}</source>
        <translation>ماسلاشتۇرۇشتا جەدۋەلدە يوق ئىستون بار: {column}</translation>
    </message>
    <message>
        <source>this is not an Izdeu column mapping file</source>
        <translation>بۇ Izdeu ئىستون ماسلاشتۇرۇش ھۆججىتى ئەمەس</translation>
    </message>
    <message>
        <source>this mapping was made by a newer version of Izdeu; please update Izdeu</source>
        <translation>بۇ ماسلاشتۇرۇشنى Izdeu نىڭ يېڭى نەشرى ياسىغان؛ Izdeu نى يېڭىلاڭ</translation>
    </message>
    <message>
        <source>the mapping names an unknown field: {field}</source>
        <translation>ماسلاشتۇرۇشتا نامەلۇم بۆلەك بار: {field}</translation>
    </message>
    <message>
        <source>the mapping fills one field from two columns</source>
        <translation>ماسلاشتۇرۇشتا بىر بۆلەك ئىككى ئىستوندىن تولدۇرۇلىدۇ</translation>
    </message>
    <message>
        <source>give the mapping a name</source>
        <translation>ماسلاشتۇرۇشقا نام بېرىڭ</translation>
    </message>
    <message>
        <source>at most {limit} mappings can be kept</source>
        <translation>ئەڭ كۆپ بولغاندا {limit} ماسلاشتۇرۇش ساقلىنىدۇ</translation>
    </message>
    <message>
        <source>no column is mapped to a field</source>
        <translation>ھېچقانداق ئىستون بۆلەككە ماسلاشتۇرۇلمىغان</translation>
    </message>
    <message>
        <source>this case (its UUID) is already in the vault or in an earlier row</source>
        <translation>بۇ دېلو (UUID سى) ئامباردا ياكى ئالدىنقى قۇردا بار</translation>
    </message>
    <message>
        <source>possible duplicates: choose one of {choices}</source>
        <translation>تەكرار بولۇشى مۇمكىن: بۇلارنىڭ بىرىنى تاللاڭ: {choices}</translation>
    </message>
    <message>
        <source>rows that cannot be imported: {count}; nothing was imported (fix them, or import only the good rows)</source>
        <translation>{count} قۇرنى ئەكىرگىلى بولمايدۇ؛ ھېچنېمە ئەكىرىلمىدى (ئۇلارنى تۈزىتىڭ ياكى پەقەت توغرا قۇرلارنى ئەكىرىڭ)</translation>
    </message>
    <message>
        <source>the file name must end in .csv or .xlsx</source>
        <translation>ھۆججەت نامى .csv ياكى .xlsx بىلەن ئاخىرلىشىشى كېرەك</translation>
    </message>
    <message>
        <source>statistics are written in en, ru or kk</source>
        <translation>ستاتىستىكا en، ru ياكى kk دا يېزىلىدۇ</translation>
    </message>
    <message>
        <source>the file name must end in {suffix}</source>
        <translation>ھۆججەت نامى {suffix} بىلەن ئاخىرلىشىشى كېرەك</translation>
    </message>
    <message>
        <source>a case cannot be linked to itself</source>
        <translation>دېلونى ئۆزى بىلەن باغلاشقا بولمايدۇ</translation>
    </message>
    <message>
        <source>the case to link to is not in this vault</source>
        <translation>باغلايدىغان دېلو بۇ ئامباردا يوق</translation>
    </message>
    <message>
        <source>these two cases are already linked; change that link instead</source>
        <translation>بۇ ئىككى دېلو ئاللىقاچان باغلانغان؛ شۇ باغلىنىشنى ئۆزگەرتىڭ</translation>
    </message>
    <message>
        <source>this link would make a person their own ancestor (parent links in a circle)</source>
        <translation>بۇ باغلىنىش بىر ئادەمنى ئۆزىنىڭ ئەجدادى قىلىپ قويىدۇ («ئاتا-ئانىسى» باغلىنىشلىرى چەمبەر ھاسىل قىلىدۇ)</translation>
    </message>
    <message>
        <source>no such link between cases</source>
        <translation>دېلولار ئارىسىدا بۇنداق باغلىنىش يوق</translation>
    </message>
    <message>
        <source>this link records a merge of the two cases; split them to undo it</source>
        <translation>بۇ باغلىنىش ئىككى دېلونىڭ بىرلەشتۈرۈلگەنلىكىنى خاتىرىلەيدۇ؛ بىكار قىلىش ئۈچۈن ئۇلارنى ئايرىڭ</translation>
    </message>
    <message>
        <source>a case cannot be merged with itself</source>
        <translation>دېلونى ئۆزى بىلەن بىرلەشتۈرۈشكە بولمايدۇ</translation>
    </message>
    <message>
        <source>one of these cases is already merged into another case; split it first</source>
        <translation>بۇ دېلولارنىڭ بىرى ئاللىقاچان باشقا دېلوغا بىرلەشتۈرۈلگەن؛ ئالدى بىلەن ئۇنى ئايرىڭ</translation>
    </message>
    <message>
        <source>a merge choice names an unknown field or side</source>
        <translation>بىرلەشتۈرۈش تاللىشىدا نامەلۇم بۆلەك ياكى تەرەپ بار</translation>
    </message>
    <message>
        <source>these cases are marked as not the same person; remove that link first</source>
        <translation>بۇ دېلولار باشقا-باشقا ئادەم دەپ بەلگىلەنگەن؛ ئالدى بىلەن شۇ باغلىنىشنى ئۆچۈرۈڭ</translation>
    </message>
    <message>
        <source>this case is not merged into another case</source>
        <translation>بۇ دېلو باشقا دېلوغا بىرلەشتۈرۈلمىگەن</translation>
    </message>
    <message>
        <source>{label}: a case cannot be linked to itself</source>
        <translation>{label}: دېلونى ئۆزى بىلەن باغلاشقا بولمايدۇ</translation>
    </message>
    <message>
        <source>{label}: the linked case is neither in the file nor in this vault</source>
        <translation>{label}: باغلانغان دېلو ھۆججەتتىمۇ، بۇ ئامباردىمۇ يوق</translation>
    </message>
    <message>
        <source>wrong password for this PKCS#12 file</source>
        <translation>بۇ PKCS#12 ھۆججىتىنىڭ پارولى خاتا</translation>
    </message>
    <message>
        <source>the private key in the signing key file does not belong to its certificate</source>
        <translation>ئىمزا ئاچقۇچ ھۆججىتىدىكى مەخپىي ئاچقۇچ ئۇنىڭ گۇۋاھنامىسىگە ماس كەلمەيدۇ</translation>
    </message>
    <message>
        <source>the key in the signing key file is of a kind Izdeu does not sign with ({kind}); RSA of 2048 bits or more and elliptic-curve P-256, P-384 or P-521 keys are</source>
        <translation>ئىمزا ئاچقۇچ ھۆججىتىدىكى ئاچقۇچ Izdeu ئىمزا قويمايدىغان تۈردە ({kind})؛ كەم دېگەندە 2048 بىتلىق RSA ۋە P-256، P-384 ياكى P-521 ئېللىپس ئەگرى سىزىق ئاچقۇچلىرى بولىدۇ</translation>
    </message>
    <message>
        <source>the certificate in the signing key file expired on {date}; ask for a renewed one</source>
        <translation>ئىمزا ئاچقۇچ ھۆججىتىدىكى گۇۋاھنامىنىڭ ۋاقتى {date} توشقان؛ يېڭىلانغىنىنى سوراڭ</translation>
    </message>
    <message>
        <source>the certificate in the signing key file is valid only from {date}</source>
        <translation>ئىمزا ئاچقۇچ ھۆججىتىدىكى گۇۋاھنامە پەقەت {date} دىن باشلاپ كۈچكە ئىگە</translation>
    </message>
    <message>
        <source>this audio input's format cannot be recorded (8–192 kHz, mono or stereo)</source>
        <translation>بۇ ئاۋاز كىرگۈزگۈچنىڭ فورماتىدا خاتىرىلىگىلى بولمايدۇ (8–192 كىلوگېرتس، يەككە ياكى قوش قاناللىق)</translation>
    </message>
    <message>
        <source>the recording has already ended</source>
        <translation>خاتىرىلەش ئاللىبۇرۇن ئاخىرلاشتى</translation>
    </message>
    <message>
        <source>the recording stopped: {error}; what was recorded until then is kept in the vault</source>
        <translation>خاتىرىلەش توختىدى: {error}؛ شۇ ۋاقىتقىچە خاتىرىلەنگىنى ئامباردا ساقلاندى</translation>
    </message>
    <message>
        <source>this is not a PKCS#12 file (.p12 or .pfx), or it is damaged</source>
        <translation>بۇ PKCS#12 ھۆججىتى (.p12 ياكى .pfx) ئەمەس، ياكى ئۇ بۇزۇلغان</translation>
    </message>
    <message>
        <source>the backups given do not form one chain (a full backup and its increments); nothing was written</source>
        <translation>بېرىلگەن زاپاس نۇسخىلار بىر زەنجىر ھاسىل قىلمايدۇ (تولۇق نۇسخا ۋە ئۇنىڭ قوشۇمچە نۇسخىلىرى)؛ ھېچنېمە يېزىلمىدى</translation>
    </message>
    <message>
        <source>no full backup among the files given: an increment is restored together with the full backup it builds on; nothing was written</source>
        <translation>بېرىلگەن ھۆججەتلەر ئىچىدە تولۇق زاپاس نۇسخا يوق: قوشۇمچە نۇسخا ئۆزى ئاساسلانغان تولۇق نۇسخا بىلەن بىللە ئەسلىگە كەلتۈرۈلىدۇ؛ ھېچنېمە يېزىلمىدى</translation>
    </message>
    <message>
        <source>two full backups were given ({name} is the second): give one full backup and its increments; nothing was written</source>
        <translation>ئىككى تولۇق زاپاس نۇسخا بېرىلدى ({name} ئىككىنچىسى): بىر تولۇق نۇسخا ۋە ئۇنىڭ قوشۇمچە نۇسخىلىرىنى بېرىڭ؛ ھېچنېمە يېزىلمىدى</translation>
    </message>
    <message>
        <source>{name} was given twice (or two files are the same backup); nothing was written</source>
        <translation>{name} ئىككى قېتىم بېرىلدى (ياكى ئىككى ھۆججەت ئوخشاش بىر زاپاس نۇسخا)؛ ھېچنېمە يېزىلمىدى</translation>
    </message>
    <message>
        <source>the chain is incomplete: a backup that {name} builds on was not given; nothing was written</source>
        <translation>زەنجىر تولۇق ئەمەس: {name} ئاساسلانغان زاپاس نۇسخا بېرىلمىدى؛ ھېچنېمە يېزىلمىدى</translation>
    </message>
    <message>
        <source>{name} does not belong to this chain (another vault, or a base that is none of the backups given); nothing was written</source>
        <translation>{name} بۇ زەنجىرگە تەۋە ئەمەس (باشقا ئامبار، ياكى بېرىلگەن نۇسخىلارنىڭ ھېچقايسىسى ئەمەس ئاساس)؛ ھېچنېمە يېزىلمىدى</translation>
    </message>
    <message>
        <source>two increments build on the same backup ({name} is one of them): give one chain; nothing was written</source>
        <translation>ئىككى قوشۇمچە نۇسخا ئوخشاش بىر نۇسخىغا ئاساسلانغان ({name} ئۇلارنىڭ بىرى): بىر زەنجىرنى بېرىڭ؛ ھېچنېمە يېزىلمىدى</translation>
    </message>
    <message>
        <source>{name} builds on a backup with another signed manifest than the one given: a changed or forged link; nothing was written</source>
        <translation>{name} بېرىلگەن نۇسخىدىن باشقا ئىمزالانغان مانىفېستى بار نۇسخىغا ئاساسلانغان: ئۆزگەرتىلگەن ياكى ساختا باغلىنىش؛ ھېچنېمە يېزىلمىدى</translation>
    </message>
    <message>
        <source>an increment builds on a backup with another signed manifest than the one given: a changed or forged link</source>
        <translation>قوشۇمچە نۇسخا بېرىلگەن نۇسخىدىن باشقا ئىمزالانغان مانىفېستى بار نۇسخىغا ئاساسلانغان: ئۆزگەرتىلگەن ياكى ساختا باغلىنىش</translation>
    </message>
    <message>
        <source>the kind of backup must be automatic, full or increment</source>
        <translation>زاپاس نۇسخا تۈرى: ئاپتوماتىك، تولۇق ياكى قوشۇمچە نۇسخا</translation>
    </message>
    <message>
        <source>this folder holds no full backup of this vault (with all its increments) to build an increment on: make a full backup first</source>
        <translation>بۇ قىسقۇچتا قوشۇمچە نۇسخا قۇرغىلى بولىدىغان بۇ ئامبارنىڭ تولۇق زاپاس نۇسخىسى (بارلىق قوشۇمچە نۇسخىلىرى بىلەن) يوق: ئالدى بىلەن تولۇق نۇسخا قىلىڭ</translation>
    </message>
    <message>
        <source>give at least one backup file</source>
        <translation>كەم دېگەندە بىر زاپاس نۇسخا ھۆججىتى بېرىڭ</translation>
    </message>
    <message>
        <source>the number of increments between full backups must be a whole number from 1 to 10000</source>
        <translation>تولۇق نۇسخىلار ئارىسىدىكى قوشۇمچە نۇسخا سانى 1 دىن 10000 غىچە پۈتۈن سان بولۇشى كېرەك</translation>
    </message>
    <message>
        <source>the days between full backups must be a whole number from 1 to 10000</source>
        <translation>تولۇق نۇسخىلار ئارىسىدىكى كۈن سانى 1 دىن 10000 غىچە پۈتۈن سان بولۇشى كېرەك</translation>
    </message>
    <message>
        <source>this increment holds records of cases this vault does not have: merge the full backup it builds on first; nothing was changed</source>
        <translation>بۇ قوشۇمچە نۇسخىدا بۇ ئامباردا يوق دېلولارنىڭ خاتىرىلىرى بار: ئالدى بىلەن ئۇ ئاساسلانغان تولۇق نۇسخىنى بىرلەشتۈرۈڭ؛ ھېچنېمە ئۆزگەرتىلمىدى</translation>
    </message>
    <message>
        <source>give either one folder or backup files, not both</source>
        <translation>يا بىر قىسقۇچنى، ياكى زاپاس نۇسخا ھۆججەتلىرىنى بېرىڭ، ئىككىسىنى بىللە ئەمەس</translation>
    </message>
    <message>
        <source>this is not the name of an audio device</source>
        <translation>بۇ ئاۋاز ئۈسكۈنىسىنىڭ نامى ئەمەس</translation>
    </message>
</context>
<context>
    <name>ExportTableDialog</name>
    <message>
        <source>Export a spreadsheet</source>
        <translation>جەدۋەلگە چىقىرىش</translation>
    </message>
    <message>
        <source>The cases the list shows (its filters and search)</source>
        <translation>تىزىملىك كۆرسىتىۋاتقان دېلولار (سۈزگۈچ ۋە ئىزدەش)</translation>
    </message>
    <message numerus="yes">
        <source>Only the %n selected case(s)</source>
        <translation>
            <numerusform>پەقەت تاللانغان دېلولار: %n</numerusform>
            <numerusform>پەقەت تاللانغان دېلولار: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Also acts, witnesses and interventions (one sheet each)</source>
        <translation>ۋەقەلەر، گۇۋاھچىلار ۋە ئىلتىماسلارمۇ (ھەر بىرىگە بىر ۋاراق)</translation>
    </message>
    <message>
        <source>Include witnesses' contact details</source>
        <translation>گۇۋاھچىلارنىڭ ئالاقە ئۇچۇرىنى قوشۇش</translation>
    </message>
    <message>
        <source>The spreadsheet is NOT encrypted: keep it on encrypted storage and delete it when it is no longer needed.</source>
        <translation>جەدۋەل شىفىرلانمىغان: ئۇنى شىفىرلانغان ساقلىغۇچتا ساقلاڭ ۋە كېرەك بولمىغاندا ئۆچۈرۈڭ.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>چىقىرىش…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>تاقاش</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>جەدۋەللەر (*.xlsx *.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) exported to %1.</source>
        <translation>
            <numerusform>%n دېلو %1 غا چىقىرىلدى.</numerusform>
            <numerusform>%n دېلو %1 غا چىقىرىلدى.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExternalRefsEditor</name>
    <message>
        <source>Add a reference</source>
        <translation>نومۇر قوشۇش</translation>
    </message>
    <message>
        <source>Number or reference in that register</source>
        <translation>شۇ تىزىملىكتىكى نومۇرى</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ئىزاھات</translation>
    </message>
</context>
<context>
    <name>FilesPage</name>
    <message>
        <source>Drop photos and scanned documents here</source>
        <translation>سۈرەت ۋە سىكانېرلانغان ھۆججەتلەرنى بۇ يەرگە سۆرەپ تاشلاڭ</translation>
    </message>
    <message>
        <source>Choose files…</source>
        <translation>ھۆججەت تاللاش…</translation>
    </message>
    <message>
        <source>The first picture is the missing person's photo</source>
        <translation>بىرىنچى رەسىم يوقاپ كەتكەن كىشىنىڭ سۈرىتى</translation>
    </message>
    <message>
        <source>Files are stored in the vault as soon as they are added.</source>
        <translation>ھۆججەتلەر قوشۇلغان ھامان ئامبارغا ساقلىنىدۇ.</translation>
    </message>
    <message>
        <source>Photos and documents</source>
        <translation>سۈرەت ۋە ھۆججەتلەر</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>ھۆججەت قوشۇش</translation>
    </message>
</context>
<context>
    <name>HappenedPage</name>
    <message>
        <source>Taken by police</source>
        <translation>ساقچى ئېلىپ كەتتى</translation>
    </message>
    <message>
        <source>Sent to a camp</source>
        <translation>لاگېرغا ئەۋەتىلدى</translation>
    </message>
    <message>
        <source>Sentenced</source>
        <translation>كېسىلدى</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>يۆتكەلدى</translation>
    </message>
    <message>
        <source>Passport confiscated</source>
        <translation>پاسپورتى مۇسادىرە قىلىندى</translation>
    </message>
    <message>
        <source>Contact lost</source>
        <translation>ئالاقە ئۈزۈلدى</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>قويۇپ بېرىلدى</translation>
    </message>
    <message>
        <source>Died</source>
        <translation>ۋاپات بولدى</translation>
    </message>
    <message>
        <source>e.g. county police, state security</source>
        <translation>مەسىلەن: ناھىيە ساقچىسى، دۆلەت بىخەتەرلىكى</translation>
    </message>
    <message>
        <source>e.g. the family was threatened; no lawyer would take it</source>
        <translation>مەسىلەن: ئائىلىسىگە تەھدىت سېلىندى؛ ھېچقانداق ئادۋوكات قوبۇل قىلمىدى</translation>
    </message>
    <message>
        <source>Disappeared or last seen on:</source>
        <translation>يوقالغان ياكى ئاخىرقى قېتىم كۆرۈلگەن ۋاقىت:</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation>قەيەردە:</translation>
    </message>
    <message>
        <source>Believed responsible:</source>
        <translation>مەسئۇل دەپ قارالغانلار:</translation>
    </message>
    <message>
        <source>Why no complaint was possible (if so):</source>
        <translation>نېمە ئۈچۈن ئەرز قىلغىلى بولمىدى (شۇنداق بولسا):</translation>
    </message>
    <message>
        <source>Add what happened</source>
        <translation>نېمە بولغانلىقىنى قوشۇش</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>قاچان:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>جاي:</translation>
    </message>
    <message>
        <source>Facility:</source>
        <translation>ئورۇن:</translation>
    </message>
    <message>
        <source>Who:</source>
        <translation>كىم:</translation>
    </message>
    <message>
        <source>Reason they were told:</source>
        <translation>ئېيتىلغان سەۋەب:</translation>
    </message>
    <message>
        <source>Reason the family believes:</source>
        <translation>ئائىلىسىنىڭ قارىشىچە سەۋەبى:</translation>
    </message>
    <message>
        <source>Sentence:</source>
        <translation>ھۆكۈم:</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>نېمە بولدى</translation>
    </message>
</context>
<context>
    <name>HistorySection</name>
    <message>
        <source>Who</source>
        <translation>كىم</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>خاتىرە</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>بۆلەكلەر</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>يېڭىلاش</translation>
    </message>
    <message>
        <source>When</source>
        <translation>ۋاقتى</translation>
    </message>
    <message>
        <source>What</source>
        <translation>نېمە</translation>
    </message>
    <message>
        <source>this computer's user</source>
        <translation>بۇ كومپيۇتېرنىڭ ئىشلەتكۈچىسى</translation>
    </message>
    <message>
        <source>restored from a backup</source>
        <translation>زاپاستىن ئەسلىگە كەلتۈرۈلدى</translation>
    </message>
</context>
<context>
    <name>IdDocumentsEditor</name>
    <message>
        <source>Add an ID document</source>
        <translation>كىملىك قوشۇش</translation>
    </message>
    <message>
        <source>PRC resident ID</source>
        <translation>جۇڭگو كىملىكى</translation>
    </message>
    <message>
        <source>Kazakh IIN</source>
        <translation>قازاقىستان IIN</translation>
    </message>
    <message>
        <source>PRC passport</source>
        <translation>جۇڭگو پاسپورتى</translation>
    </message>
    <message>
        <source>Kazakh passport</source>
        <translation>قازاقىستان پاسپورتى</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>نومۇرى</translation>
    </message>
    <message>
        <source>confiscated</source>
        <translation>مۇسادىرە قىلىنغان</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ئىزاھات</translation>
    </message>
</context>
<context>
    <name>IdHints</name>
    <message>
        <source>Fill empty fields</source>
        <translation>بوش ئورۇنلارنى تولدۇرۇش</translation>
    </message>
    <message>
        <source>PRC resident ID</source>
        <translation>جۇڭگو ئاھالە كىنىشكىسى</translation>
    </message>
    <message>
        <source>Kazakhstan IIN</source>
        <translation>قازاقىستان IIN</translation>
    </message>
    <message>
        <source>male</source>
        <translation>ئەر</translation>
    </message>
    <message>
        <source>female</source>
        <translation>ئايال</translation>
    </message>
    <message>
        <source>%1: born %2, %3</source>
        <translation>%1: تۇغۇلغان ۋاقتى %2، جىنسى %3</translation>
    </message>
    <message>
        <source>registered in %1</source>
        <translation>تىزىملاتقان جايى: %1</translation>
    </message>
    <message>
        <source>(code in use %1)</source>
        <translation>(كود ئىشلىتىلگەن ۋاقىت %1)</translation>
    </message>
    <message>
        <source>old 15-digit number, 18-digit form %1</source>
        <translation>كونا 15 خانىلىق نومۇر، 18 خانىلىق شەكلى %1</translation>
    </message>
    <message>
        <source>The recorded birth date %1 differs from the number's %2.</source>
        <translation>خاتىرىلەنگەن تۇغۇلغان ۋاقىت %1 نومۇردىكى %2 دىن پەرقلىق.</translation>
    </message>
    <message>
        <source>The recorded sex differs from the number's (%1).</source>
        <translation>خاتىرىلەنگەن جىنس نومۇردىكىدىن پەرقلىق (%1).</translation>
    </message>
</context>
<context>
    <name>ImportTableDialog</name>
    <message>
        <source>Import a spreadsheet</source>
        <translation>جەدۋەلدىن ئەكىرىش</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>ھۆججەت تاللانمىدى.</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>ھۆججەت تاللاش…</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>ئېنىقلاش</translation>
    </message>
    <message>
        <source>Name of this mapping</source>
        <translation>بۇ ماسلاشتۇرۇشنىڭ نامى</translation>
    </message>
    <message>
        <source>Save the mapping</source>
        <translation>ماسلاشتۇرۇشنى ساقلاش</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>ھۆججەت:</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>كودلاش:</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>ۋاراق:</translation>
    </message>
    <message>
        <source>Saved mappings:</source>
        <translation>ساقلانغان ماسلاشتۇرۇشلار:</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>ئىستون</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>دەسلەپكى قىممەتلەر</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>بۆلەك</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>قۇر</translation>
    </message>
    <message>
        <source>Why it cannot be imported</source>
        <translation>نېمە ئۈچۈن ئەكىرگىلى بولمايدۇ</translation>
    </message>
    <message>
        <source>Import the good rows and leave out the others</source>
        <translation>توغرا قۇرلارنى ئەكىرىپ، باشقىلىرىنى قالدۇرۇش</translation>
    </message>
    <message>
        <source>Possible duplicates: import them</source>
        <translation>تەكرار بولۇشى مۇمكىنلەر: ئەكىرىش</translation>
    </message>
    <message>
        <source>Possible duplicates: leave them out</source>
        <translation>تەكرار بولۇشى مۇمكىنلەر: قالدۇرۇش</translation>
    </message>
    <message>
        <source>Possible duplicates: import and mark them</source>
        <translation>تەكرار بولۇشى مۇمكىنلەر: بەلگە قويۇپ ئەكىرىش</translation>
    </message>
    <message>
        <source>Check every row</source>
        <translation>ھەممە قۇرنى تەكشۈرۈش</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>ئەكىرىش</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>تاقاش</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.txt *.tsv)</source>
        <translation>جەدۋەللەر (*.csv *.xlsx *.txt *.tsv)</translation>
    </message>
    <message>
        <source>(the whole file)</source>
        <translation>(پۈتۈن ھۆججەت)</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(ئەكىرىلمەيدۇ)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) in the sheet; check them before importing.</source>
        <translation>
            <numerusform>ۋاراقتا %n قۇر بار؛ ئەكىرىشتىن بۇرۇن تەكشۈرۈڭ.</numerusform>
            <numerusform>ۋاراقتا %n قۇر بار؛ ئەكىرىشتىن بۇرۇن تەكشۈرۈڭ.</numerusform>
        </translation>
    </message>
    <message>
        <source>(guessed from the headers)</source>
        <translation>(ماۋزۇلاردىن پەرەز قىلىنغان)</translation>
    </message>
    <message>
        <source>Mapping “%1” saved in the vault.</source>
        <translation>«%1» ماسلاشتۇرۇشى ئامباردا ساقلاندى.</translation>
    </message>
    <message>
        <source>the row</source>
        <translation>پۈتۈن قۇر</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) can be imported.</source>
        <translation>
            <numerusform>%n قۇرنى ئەكىرگىلى بولىدۇ.</numerusform>
            <numerusform>%n قۇرنى ئەكىرگىلى بولىدۇ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) cannot (listed above).</source>
        <translation>
            <numerusform>%n قۇرنى بولمايدۇ (يۇقىرىدا كۆرسىتىلگەن).</numerusform>
            <numerusform>%n قۇرنى بولمايدۇ (يۇقىرىدا كۆرسىتىلگەن).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) name a person already in the vault.</source>
        <translation>
            <numerusform>%n قۇردا ئامباردا بار كىشى تىلغا ئېلىنغان.</numerusform>
            <numerusform>%n قۇردا ئامباردا بار كىشى تىلغا ئېلىنغان.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) imported.</source>
        <translation>
            <numerusform>%n دېلو ئەكىرىلدى.</numerusform>
            <numerusform>%n دېلو ئەكىرىلدى.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InterventionsSection</name>
    <message>
        <source>Add an intervention</source>
        <translation>ئىلتىماس قوشۇش</translation>
    </message>
    <message>
        <source>follow up %1</source>
        <translation>قايتا سوراش %1</translation>
    </message>
    <message>
        <source>Who acted:</source>
        <translation>كىم ئىلتىماس قىلغان:</translation>
    </message>
    <message>
        <source>Addressed to (kind):</source>
        <translation>كىمگە (تۈرى):</translation>
    </message>
    <message>
        <source>Addressed to:</source>
        <translation>كىمگە:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>ۋاقتى:</translation>
    </message>
    <message>
        <source>Reference number:</source>
        <translation>ئەدەد نومۇرى:</translation>
    </message>
    <message>
        <source>Response:</source>
        <translation>جاۋاب:</translation>
    </message>
    <message>
        <source>Response date:</source>
        <translation>جاۋاب ۋاقتى:</translation>
    </message>
    <message>
        <source>Next follow-up:</source>
        <translation>كېيىنكى قايتا سوراش:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>ئىزاھات:</translation>
    </message>
</context>
<context>
    <name>InterviewFlow</name>
    <message>
        <source>Back</source>
        <translation>قايتىش</translation>
    </message>
    <message>
        <source>Next step (Ctrl+Enter)</source>
        <translation>كېيىنكى قەدەم (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Tab or Enter: next field · Ctrl+Enter: next step</source>
        <translation>كېيىنكى سۆز بۆلىكى: Tab ياكى Enter · كېيىنكى قەدەم: Ctrl+Enter</translation>
    </message>
</context>
<context>
    <name>KeyboardHint</name>
    <message>
        <source>Keyboard: %1</source>
        <translation>كۇنۇپكا تاختىسى: %1</translation>
    </message>
    <message>
        <source>Caps Lock is on</source>
        <translation>Caps Lock ئوچۇق</translation>
    </message>
</context>
<context>
    <name>LockWarning</name>
    <message>
        <source>Press any key or move the mouse to keep working.</source>
        <translation>خىزمەتنى داۋاملاشتۇرۇش ئۈچۈن خالىغان كۇنۇپكىنى بېسىڭ ياكى چاشقىنەكنى مىدىرلىتىڭ.</translation>
    </message>
    <message>
        <source>Keep working</source>
        <translation>خىزمەتنى داۋاملاشتۇرۇش</translation>
    </message>
    <message numerus="yes">
        <source>The vault locks in %n s.</source>
        <translation>
            <numerusform>ئامبار %n سېكۇنتتىن كېيىن قۇلۇپلىنىدۇ.</numerusform>
            <numerusform>ئامبار %n سېكۇنتتىن كېيىن قۇلۇپلىنىدۇ.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Delete case…</source>
        <translation>دېلونى ئۆچۈرۈش…</translation>
    </message>
    <message>
        <source>Open the case you want to delete first.</source>
        <translation>ئالدى بىلەن ئۆچۈرمەكچى بولغان دېلونى ئېچىڭ.</translation>
    </message>
    <message>
        <source>Delete case %1 with all its witnesses, testimonies and files? This cannot be undone.</source>
        <translation>%1 دېلونى بارلىق گۇۋاھچىلىرى، گۇۋاھلىقلىرى ۋە ھۆججەتلىرى بىلەن ئۆچۈرەمسىز؟ بۇنى ئەسلىگە كەلتۈرگىلى بولمايدۇ.</translation>
    </message>
    <message>
        <source>Delete case</source>
        <translation>دېلونى ئۆچۈرۈش</translation>
    </message>
    <message>
        <source>Case %1 deleted.</source>
        <translation>%1 دېلو ئۆچۈرۈلدى.</translation>
    </message>
    <message>
        <source>Izdeu — %1</source>
        <translation>Izdeu — %1</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>دېلولار</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>يېڭى دېلو</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ساقلاش</translation>
    </message>
    <message>
        <source>New testimony</source>
        <translation>يېڭى گۇۋاھلىق</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>ئىزدەش</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>قۇلۇپلاش</translation>
    </message>
    <message>
        <source>Save, close the vault and lock</source>
        <translation>ساقلاش، ئامبارنى يېپىش ۋە قۇلۇپلاش</translation>
    </message>
    <message>
        <source>Hide now</source>
        <translation>ھازىرلا يوشۇرۇش</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>تەڭشەكلەر</translation>
    </message>
    <message>
        <source>Close case</source>
        <translation>دېلونى يېپىش</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>ئاساسىي</translation>
    </message>
    <message>
        <source>Hide everything at once behind a blank window</source>
        <translation>ھەممىنى دەرھال قۇرۇق كۆزنەك ئارقىسىغا يوشۇرۇش</translation>
    </message>
    <message>
        <source>Start an interview</source>
        <translation>سۆھبەت باشلاش</translation>
    </message>
    <message>
        <source>A new case, asked in the order people tell it</source>
        <translation>يېڭى دېلو، سوئاللار كىشىلەر سۆزلىگەن تەرتىپتە</translation>
    </message>
    <message>
        <source>Erase this vault now…</source>
        <translation>بۇ ئامبارنى ھازىر ئۆچۈرۈش…</translation>
    </message>
    <message>
        <source>Duress passphrase…</source>
        <translation>مەجبۇرلاش پارولى…</translation>
    </message>
    <message>
        <source>Headquarters recovery…</source>
        <translation>باش شتاب ئارقىلىق ئەسلىگە كەلتۈرۈش…</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>ستاتىستىكا</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge a backup</source>
        <translation>زاپاس نۇسخىنى بىرلەشتۈرۈش</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>بىرلەشتۈرۈش</translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation>قوشۇلدى: %1</translation>
    </message>
    <message>
        <source>Updated: %1</source>
        <translation>يېڭىلاندى: %1</translation>
    </message>
    <message>
        <source>Conflicts (losing values kept): %1</source>
        <translation>زىددىيەتلەر (يېڭىلگەن قىممەتلەر ساقلاندى): %1</translation>
    </message>
    <message>
        <source>Unchanged: %1</source>
        <translation>ئۆزگەرمىگەن: %1</translation>
    </message>
    <message>
        <source>Deleted: %1</source>
        <translation>ئۆچۈرۈلدى: %1</translation>
    </message>
    <message>
        <source>Kept deleted: %1</source>
        <translation>ئۆچۈرۈلگەن پېتى قالدى: %1</translation>
    </message>
    <message>
        <source>Deletions refused (that device never held those records): %1</source>
        <translation>رەت قىلىنغان ئۆچۈرۈشلەر (ئۇ ئۈسكۈنىدە بۇ خاتىرىلەر ھەرگىز بولمىغان): %1</translation>
    </message>
    <message>
        <source>Records refused (that device never held the records here, or they are dated after the backup): %1</source>
        <translation>رەت قىلىنغان خاتىرىلەر (ئۇ ئۈسكۈنىدە بۇ يەردىكى خاتىرىلەر ھەرگىز بولمىغان ياكى ۋاقتى زاپاس نۇسخىدىن كېيىن): %1</translation>
    </message>
    <message>
        <source>Times after the backup was made, taken as its time: %1</source>
        <translation>زاپاس نۇسخا ياسالغاندىن كېيىنكى ۋاقىتلار ئۇنىڭ ۋاقتى دەپ ئېلىندى: %1</translation>
    </message>
    <message>
        <source>Nothing to change: everything in the backup is already here.</source>
        <translation>ئۆزگەرتىدىغان ھېچنېمە يوق: زاپاس نۇسخىدىكى ھەممە نەرسە بۇ يەردە بار.</translation>
    </message>
    <message>
        <source>Review conflicts…</source>
        <translation>توقۇنۇشلارنى كۆرۈپ چىقىش…</translation>
    </message>
    <message>
        <source>Where a field was changed on both sides the newer value was kept; review the other values and choose.</source>
        <translation>بىر بۆلەك ئىككى تەرەپتە ئۆزگەرتىلگەن يەردە يېڭىراق قىممەت قالدۇرۇلدى؛ باشقا قىممەتلەرنى كۆرۈپ تاللاڭ.</translation>
    </message>
    <message>
        <source>  … and %1 more</source>
        <translation>  … يەنە %1</translation>
    </message>
</context>
<context>
    <name>MissingPage</name>
    <message>
        <source>Names (one per script or spelling)</source>
        <translation>ئىسىملار (ھەر يېزىق ياكى يېزىلىش ئۈچۈن بىردىن)</translation>
    </message>
    <message>
        <source>ID documents</source>
        <translation>كىملىك ھۆججەتلىرى</translation>
    </message>
    <message>
        <source>Sex:</source>
        <translation>جىنسى:</translation>
    </message>
    <message>
        <source>Born:</source>
        <translation>تۇغۇلغان ۋاقتى:</translation>
    </message>
    <message>
        <source>Ethnicity:</source>
        <translation>مىللىتى:</translation>
    </message>
    <message>
        <source>Citizenships:</source>
        <translation>پۇقرالىقى:</translation>
    </message>
    <message>
        <source>Hometown</source>
        <translation>يۇرتى</translation>
    </message>
    <message>
        <source>Prefecture:</source>
        <translation>ۋىلايەت:</translation>
    </message>
    <message>
        <source>County:</source>
        <translation>ناھىيە:</translation>
    </message>
    <message>
        <source>Township:</source>
        <translation>يېزا:</translation>
    </message>
    <message>
        <source>Village:</source>
        <translation>كەنت:</translation>
    </message>
    <message>
        <source>Who is missing</source>
        <translation>كىم يوقاپ كەتتى</translation>
    </message>
    <message>
        <source>Father's name:</source>
        <translation>دادىسىنىڭ ئىسمى:</translation>
    </message>
    <message>
        <source>Mother's name:</source>
        <translation>ئانىسىنىڭ ئىسمى:</translation>
    </message>
</context>
<context>
    <name>NamesEditor</name>
    <message>
        <source>Add a name</source>
        <translation>ئىسىم قوشۇش</translation>
    </message>
    <message>
        <source>Name as written in this script</source>
        <translation>بۇ يېزىقتا يېزىلىشى</translation>
    </message>
    <message>
        <source>“%1” looks like %2, not %3.</source>
        <translation>«%1» %3 ئەمەس، %2 دەك كۆرۈنىدۇ.</translation>
    </message>
</context>
<context>
    <name>OpenDialog</name>
    <message>
        <source>Done.</source>
        <translation>تامام.</translation>
    </message>
    <message>
        <source>The backup's device is not trusted yet; nothing was changed.</source>
        <translation>زاپاس نۇسخىنى ياسىغان ئۈسكۈنىگە تېخى ئىشەنمەيدۇ؛ ھېچنېمە ئۆزگەرتىلمىدى.</translation>
    </message>
    <message>
        <source>Not trusted; nothing was changed.</source>
        <translation>ئىشەنچ قىلىنمىدى؛ ھېچنېمە ئۆزگەرتىلمىدى.</translation>
    </message>
    <message>
        <source>Signed by device %1, which is not trusted: accepted because the backup's passphrase opened it.</source>
        <translation>ئىشەنچسىز %1 ئۈسكۈنىسى ئىمزا قويغان: زاپاس نۇسخىنى ئۇنىڭ پارول جۈملىسى ئاچقانلىقى ئۈچۈن قوبۇل قىلىندى.</translation>
    </message>
    <message>
        <source>Signed by device %1, trusted from now on.</source>
        <translation>%1 ئۈسكۈنىسى ئىمزا قويغان؛ ئەمدى ئۇنىڭغا ئىشىنىدۇ.</translation>
    </message>
    <message>
        <source>Signed by trusted device %1.</source>
        <translation>ئىشەنچلىك %1 ئۈسكۈنىسى ئىمزا قويغان.</translation>
    </message>
    <message>
        <source>Progress:</source>
        <translation>ئىلگىرىلەش:</translation>
    </message>
    <message>
        <source>%1 records and %2 files, made %3.</source>
        <translation>%1 خاتىرە ۋە %2 ھۆججەت، ياسالغان ۋاقتى %3.</translation>
    </message>
</context>
<context>
    <name>OpenForm</name>
    <message>
        <source>none: the backup has a passphrase</source>
        <translation>يوق: زاپاس نۇسخىنىڭ ئىم جۈملىسى بار</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>زاپاس نۇسخا ھۆججىتى</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>ئاچقۇچ ھۆججىتى</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>تاللاش…</translation>
    </message>
    <message>
        <source>Choose the backup file.</source>
        <translation>زاپاس نۇسخا ھۆججىتىنى تاللاڭ.</translation>
    </message>
    <message>
        <source>Backup file:</source>
        <translation>زاپاس ھۆججىتى:</translation>
    </message>
    <message>
        <source>Key file:</source>
        <translation>ئاچقۇچ ھۆججىتى:</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>ئىم جۈملىسى:</translation>
    </message>
    <message>
        <source>The key file's passphrase, or the backup's own if it has one.</source>
        <translation>ئاچقۇچ ھۆججىتىنىڭ ئىم جۈملىسى، ياكى زاپاسنىڭ ئۆزىنىڭكى (بولسا).</translation>
    </message>
    <message>
        <source>Izdeu backups (*.izbackup);;All files (*)</source>
        <translation>Izdeu زاپاسلىرى (*.izbackup);;ھەممە ھۆججەتلەر (*)</translation>
    </message>
    <message>
        <source>a backup; a full backup and its increments; or a folder</source>
        <translation>بىر نۇسخا؛ تولۇق نۇسخا ۋە ئۇنىڭ قوشۇمچە نۇسخىلىرى؛ ياكى قىسقۇچ</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>قىسقۇچ…</translation>
    </message>
    <message>
        <source>Backup files or folder:</source>
        <translation>نۇسخا ھۆججەتلىرى ياكى قىسقۇچ:</translation>
    </message>
    <message>
        <source>Backup files</source>
        <translation>زاپاس نۇسخا ھۆججەتلىرى</translation>
    </message>
    <message>
        <source>Folder of backups</source>
        <translation>زاپاس نۇسخىلار قىسقۇچى</translation>
    </message>
</context>
<context>
    <name>PersonSection</name>
    <message>
        <source>Names (one per script or spelling)</source>
        <translation>ئىسىملار (ھەر يېزىق ياكى يېزىلىش ئۈچۈن بىردىن)</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>رەسىمى يوق</translation>
    </message>
    <message>
        <source>Choose photo…</source>
        <translation>رەسىم تاللاش…</translation>
    </message>
    <message>
        <source>Current status:</source>
        <translation>ھازىرقى ھالىتى:</translation>
    </message>
    <message>
        <source>Sex:</source>
        <translation>جىنسى:</translation>
    </message>
    <message>
        <source>Born:</source>
        <translation>تۇغۇلغان ۋاقتى:</translation>
    </message>
    <message>
        <source>Ethnicity:</source>
        <translation>مىللىتى:</translation>
    </message>
    <message>
        <source>Citizenships:</source>
        <translation>پۇقرالىقى:</translation>
    </message>
    <message>
        <source>Occupation:</source>
        <translation>كەسپى:</translation>
    </message>
    <message>
        <source>Residence in Kazakhstan:</source>
        <translation>قازاقىستاندىكى تۇرالغۇسى:</translation>
    </message>
    <message>
        <source>Hometown</source>
        <translation>يۇرتى</translation>
    </message>
    <message>
        <source>Prefecture:</source>
        <translation>ۋىلايەت:</translation>
    </message>
    <message>
        <source>County:</source>
        <translation>ناھىيە:</translation>
    </message>
    <message>
        <source>Township:</source>
        <translation>يېزا:</translation>
    </message>
    <message>
        <source>Village:</source>
        <translation>كەنت:</translation>
    </message>
    <message>
        <source>ID documents</source>
        <translation>كىملىك ھۆججەتلىرى</translation>
    </message>
    <message>
        <source>Health:</source>
        <translation>سالامەتلىكى:</translation>
    </message>
    <message>
        <source>Physical description:</source>
        <translation>تاشقى كۆرۈنۈشى:</translation>
    </message>
    <message>
        <source>Father's name:</source>
        <translation>دادىسىنىڭ ئىسمى:</translation>
    </message>
    <message>
        <source>Mother's name:</source>
        <translation>ئانىسىنىڭ ئىسمى:</translation>
    </message>
</context>
<context>
    <name>PrivacyScreen</name>
    <message>
        <source>Izdeu</source>
        <translation>Izdeu</translation>
    </message>
    <message>
        <source>Izdeu is hidden</source>
        <translation>Izdeu يوشۇرۇلدى</translation>
    </message>
    <message>
        <source>Click or press a key to show the work again. After the lock time, the passphrase is asked for.</source>
        <translation>خىزمەتنى قايتا كۆرسىتىش ئۈچۈن چېكىڭ ياكى كۇنۇپكا بېسىڭ. قۇلۇپلاش ۋاقتى ئۆتكەندىن كېيىن ئىم جۈملىسى سورىلىدۇ.</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>Cancel</source>
        <translation>بىكار قىلىش</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>يېزىلىۋاتىدۇ</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>تەكشۈرۈلىۋاتىدۇ</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>ئوقۇلىۋاتىدۇ</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>ئىشلەۋاتىدۇ…</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>ئىشلەۋاتىدۇ</translation>
    </message>
    <message>
        <source>%1… %2 MiB</source>
        <translation>%1… %2 MiB</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Alias</source>
        <translation>لەقەم</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>دىسكا</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ھۆججەت</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>ھۆججەت قىسقۇچى</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>قىسقۇچ</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>تېزلەتمە</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>نامەلۇم</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
قىسقۇچ تېپىلمىدى.
قىسقۇچ نامىنىڭ توغرىلىقىنى تەكشۈرۈڭ.</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
ھۆججەت تېپىلمىدى.
ھۆججەت نامىنىڭ توغرىلىقىنى تەكشۈرۈڭ.</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 مەۋجۇت.
ئالماشتۇرامسىز؟</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>تاللاش</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>ئۆچۈرۈش</translation>
    </message>
    <message>
        <source>&amp;Look in:</source>
        <translation>قەيەردىن:</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>يېڭى قىسقۇچ</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>ئېچىش</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>نامىنى ئۆزگەرتىش</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>ساقلاش</translation>
    </message>
    <message>
        <source>'%1' is write protected.
Do you want to delete it anyway?</source>
        <translation>«%1» يېزىشتىن قوغدالغان.
يەنىلا ئۆچۈرەمسىز؟</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>ھەممە ھۆججەتلەر (*)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>ھەممە ھۆججەتلەر (*)</translation>
    </message>
    <message>
        <source>Are you sure you want to delete '%1'?</source>
        <translation>«%1» نى راستىنلا ئۆچۈرەمسىز؟</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>كەينىگە</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>تەپسىلىي كۆرۈنۈشكە ئۆتۈش</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>تىزىملىك كۆرۈنۈشىگە ئۆتۈش</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>قىسقۇچنى ئۆچۈرگىلى بولمىدى.</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>يېڭى قىسقۇچ قۇرۇش</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>يېڭى قىسقۇچ قۇرۇش</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ئۆچۈرۈش</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>تەپسىلىي كۆرۈنۈش</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>قىسقۇچلار</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>قىسقۇچ:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>ھۆججەت نامى:</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>ھۆججەتلەر</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>ھۆججەت تۈرى:</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>قىسقۇچ تېپىش</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>ئالدىغا</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>كەينىگە قايتىش</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>ئالدىغا مېڭىش</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>ئۈستۈنكى قىسقۇچقا ئۆتۈش</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>تىزىملىك كۆرۈنۈشى</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>ئورۇنلار ۋە خەتكۈچلەر تىزىملىكى</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>يېڭى قىسقۇچ</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>ئېچىش</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>ئۈستۈنكى قىسقۇچ</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>يېقىنقى ئورۇنلار</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>چىقىرىۋېتىش</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>باشقا نامدا ساقلاش</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>يوشۇرۇن ھۆججەتلەرنى كۆرسىتىش</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>يان بالداق</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Computer</source>
        <translation>كومپيۇتېر</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>ئۆزگەرتىلگەن ۋاقىت</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>تۈرى</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>كومپيۇتېرىم</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نامى</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>چوڭلۇقى</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>تۈرى</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>يېنىۋېلىش</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>قايتا قىلىش</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>كېسىش</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>كۆچۈرۈش</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>چاپلاش</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ئۆچۈرۈش</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>ھەممىنى تاللاش</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Hide Details...</source>
        <translation>تەپسىلاتنى يوشۇرۇش...</translation>
    </message>
    <message>
        <source>Show Details...</source>
        <translation>تەپسىلاتنى كۆرسىتىش...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>جەزملە</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ساقلاش</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>ھەممىنى ساقلاش</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>ئېچىش</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>ھەئە</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>ھەممىسىگە ھەئە</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>ياق</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>ھەممىسىگە ياق</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>توختىتىش</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>قايتا سىناش</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>پەرۋا قىلماسلىق</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>تاقاش</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>بىكار قىلىش</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>تاشلىۋېتىش</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>ياردەم</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>قوللىنىش</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>ئەسلىگە قايتۇرۇش</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>كۆڭۈلدىكىگە قايتۇرۇش</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>يېنىۋېلىش</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>قايتا قىلىش</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>كېسىش</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>كۆچۈرۈش</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>ئۇلانما ئادرېسىنى كۆچۈرۈش</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>چاپلاش</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ئۆچۈرۈش</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>ھەممىنى تاللاش</translation>
    </message>
</context>
<context>
    <name>RecordListSection</name>
    <message>
        <source>Remove</source>
        <translation>ئۆچۈرۈش</translation>
    </message>
    <message>
        <source>Move earlier</source>
        <translation>ئالدىغا يۆتكەش</translation>
    </message>
    <message>
        <source>Move later</source>
        <translation>كەينىگە يۆتكەش</translation>
    </message>
    <message>
        <source>Remove the selected entry? This cannot be undone.</source>
        <translation>تاللانغان خاتىرىنى ئۆچۈرەمسىز؟ بۇنى ئەسلىگە كەلتۈرگىلى بولمايدۇ.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Headquarters recovery</source>
        <translation>باش شتاب ئارقىلىق ئەسلىگە كەلتۈرۈش</translation>
    </message>
    <message>
        <source>If you forget the passphrase, headquarters can let you set a new one. When this is on, a small file beside the vault holds the vault's key, encrypted to your organisation's backup keys: only headquarters, with its private key, can open it. Someone who takes only this laptop gains nothing from it. But whoever holds both the laptop and headquarters' key can open the vault without you.</source>
        <translation>پارولنى ئۇنتۇپ قالسىڭىز، باش شتاب سىزگە يېڭىسىنى بەلگىلەشكە يول قويالايدۇ. بۇ ئوچۇق بولغاندا، ئامبار يېنىدىكى كىچىك ھۆججەتتە تەشكىلاتنىڭ زاپاسلاش ئاچقۇچلىرىغا شىفىرلانغان ئامبار ئاچقۇچى ساقلىنىدۇ: ئۇنى پەقەت باش شتاب ئۆزىنىڭ شەخسىي ئاچقۇچى بىلەن ئاچالايدۇ. پەقەت بۇ نوتبۇكنى ئالغان كىشىگە ئۇ ھېچنېمە بەرمەيدۇ. ئەمما نوتبۇكمۇ، باش شتاب ئاچقۇچىمۇ قولىدا بولغان كىشى ئامبارنى سىزسىز ئاچالايدۇ.</translation>
    </message>
    <message>
        <source>The vault's passphrase</source>
        <translation>ئامبارنىڭ پارولى</translation>
    </message>
    <message>
        <source>Turn on</source>
        <translation>ئېچىش</translation>
    </message>
    <message>
        <source>Turn off</source>
        <translation>تاقاش</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>تاقاش</translation>
    </message>
    <message>
        <source>Headquarters recovery is on.</source>
        <translation>باش شتاب ئارقىلىق ئەسلىگە كەلتۈرۈش ئوچۇق.</translation>
    </message>
    <message>
        <source>Headquarters recovery is off.</source>
        <translation>باش شتاب ئارقىلىق ئەسلىگە كەلتۈرۈش تاقاق.</translation>
    </message>
</context>
<context>
    <name>RedactionDialog</name>
    <message>
        <source>Hide regions in dossiers</source>
        <translation>ھۆججەتلەردە رايونلارنى يوشۇرۇش</translation>
    </message>
    <message>
        <source>Remove region</source>
        <translation>رايوننى ئۆچۈرۈش</translation>
    </message>
    <message>
        <source>UN Working Group (WGEID)</source>
        <translation>ب د ت خىزمەت گۇرۇپپىسى (WGEID)</translation>
    </message>
    <message>
        <source>Ministry</source>
        <translation>مىنىستىرلىك</translation>
    </message>
    <message>
        <source>NGO / public</source>
        <translation>ئاممىۋى تەشكىلات / ئاشكارا</translation>
    </message>
    <message>
        <source>Drag over the picture to mark what dossiers must not show. The marked pixels are replaced in the dossier's copy; the file in the vault is not changed.</source>
        <translation>ھۆججەتتە كۆرسىتىلمەسلىكى كېرەك بولغان يەرنى بەلگىلەش ئۈچۈن رەسىم ئۈستىدە سۆرەڭ. بەلگىلەنگەن پىكسېللار ھۆججەتتىكى نۇسخىدا ئالماشتۇرۇلىدۇ؛ ئامباردىكى ھۆججەت ئۆزگەرمەيدۇ.</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>رايونلار</translation>
    </message>
    <message>
        <source>Hidden in dossiers for:</source>
        <translation>تۆۋەندىكىلەرگە بېرىلىدىغان ھۆججەتلەردە يوشۇرۇلىدۇ:</translation>
    </message>
    <message>
        <source>%1: at %2 %, %3 %; %4 % × %5 %</source>
        <translation>%1: %2 %، %3 % دىن؛ %4 % × %5 %</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>زاپاس نۇسخىدىن ئەسلىگە كەلتۈرۈش</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>ئەسلىگە كەلتۈرۈش</translation>
    </message>
    <message>
        <source>Choose a name for the new vault.</source>
        <translation>يېڭى ئامبار ئۈچۈن نام تاللاڭ.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>ئىككى ئىم جۈملىسى ئوخشىمايدۇ.</translation>
    </message>
    <message>
        <source>Restored into %1.</source>
        <translation>%1 غا ئەسلىگە كەلتۈرۈلدى.</translation>
    </message>
    <message>
        <source>New vault file:</source>
        <translation>يېڭى ئامبار ھۆججىتى:</translation>
    </message>
    <message>
        <source>New vault passphrase:</source>
        <translation>يېڭى ئامبارنىڭ ئىم جۈملىسى:</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation>قايتا كىرگۈزۈڭ:</translation>
    </message>
    <message>
        <source>Open it</source>
        <translation>ئېچىش</translation>
    </message>
</context>
<context>
    <name>RevealButton</name>
    <message>
        <source>Hide</source>
        <translation>يوشۇرۇش</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>كۆرسىتىش</translation>
    </message>
    <message>
        <source>Hide the passphrase</source>
        <translation>ئىم جۈملىسىنى يوشۇرۇش</translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation>ئىم جۈملىسىنى كۆرسىتىش</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>What the UN Working Group needs</source>
        <translation>ب د ت خىزمەت گۇرۇپپىسىغا نېمە كېرەك</translation>
    </message>
    <message>
        <source>Fill in</source>
        <translation>تولدۇرۇش</translation>
    </message>
    <message>
        <source>Another missing relative told by the same person</source>
        <translation>شۇ كىشى سۆزلىگەن يەنە بىر يوقالغان تۇغقان</translation>
    </message>
    <message>
        <source>Finish the interview</source>
        <translation>سۆھبەتنى ئاخىرلاشتۇرۇش</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>تەكشۈرۈش</translation>
    </message>
    <message>
        <source>Events: %1, testimonies: %2, files: %3.</source>
        <translation>ۋەقەلەر: %1، گۇۋاھلىقلار: %2، ھۆججەتلەر: %3.</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>تولۇق</translation>
    </message>
    <message>
        <source>%1 of 6 missing</source>
        <translation>6 دىن %1 كەم</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>تەڭشەكلەر</translation>
    </message>
    <message>
        <source>never</source>
        <translation>ھەرگىز</translation>
    </message>
    <message>
        <source> min</source>
        <translation> مىنۇت</translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation>كۆرۈنمە يۈز تىلى:</translation>
    </message>
    <message>
        <source>Lock after idle time:</source>
        <translation>ھەرىكەتسىز تۇرغاندىن كېيىن قۇلۇپلاش:</translation>
    </message>
    <message>
        <source>General</source>
        <translation>ئادەتتىكى</translation>
    </message>
    <message>
        <source>Locking</source>
        <translation>قۇلۇپلاش</translation>
    </message>
    <message>
        <source>Interviews and dossiers</source>
        <translation>سۆھبەت ۋە ھۆججەت توپلاملىرى</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>زاپاس نۇسخىلار</translation>
    </message>
    <message>
        <source>This vault is stored in:</source>
        <translation>بۇ ئامبار ساقلانغان ئورۇن:</translation>
    </message>
    <message>
        <source>Warn before locking:</source>
        <translation>قۇلۇپلاشتىن بۇرۇن ئاگاھلاندۇرۇش:</translation>
    </message>
    <message>
        <source>Hide now (F12) covers the work at once and keeps the vault open: one key shows it again, until the lock time has passed.</source>
        <translation>«ھازىرلا يوشۇرۇش» (F12) خىزمەتنى دەرھال يوشۇرىدۇ، ئامبار ئوچۇق تۇرىدۇ: قۇلۇپلاش ۋاقتى ئۆتمىگۈچە بىر كۇنۇپكا ئۇنى قايتا كۆرسىتىدۇ.</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>بەلگىلەنمىگەن</translation>
    </message>
    <message>
        <source>none</source>
        <translation>يوق</translation>
    </message>
    <message>
        <source>Interviewer:</source>
        <translation>سۆھبەتلەشكۈچى:</translation>
    </message>
    <message>
        <source>Usual interview language:</source>
        <translation>سۆھبەتنىڭ ئادەتتىكى تىلى:</translation>
    </message>
    <message>
        <source>An interview adds to the idle time:</source>
        <translation>سۆھبەت ھەرىكەتسىز ۋاقىتنى ئۇزارتىدۇ:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>تەشكىلات:</translation>
    </message>
    <message>
        <source>The organisation is named in every dossier as the one submitting the case (element f of the UN Working Group). These are kept inside the vault.</source>
        <translation>تەشكىلات ھەر بىر ھۆججەت توپلىمىدا دېلونى سۇنغۇچى سۈپىتىدە كۆرسىتىلىدۇ (ب د ت خىزمەت گۇرۇپپىسىنىڭ f ئېلېمېنتى). بۇلار ئامبارنىڭ ئىچىدە ساقلىنىدۇ.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> كۈن</translation>
    </message>
    <message>
        <source>Remind me when the last backup is older than:</source>
        <translation>ئاخىرقى زاپاس نۇسخا بۇنىڭدىن كونا بولسا ئەسكەرتىش:</translation>
    </message>
    <message>
        <source>Backups kept in the folder:</source>
        <translation>قىسقۇچتا ساقلىنىدىغان نۇسخا سانى:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> سېكۇنت</translation>
    </message>
    <message>
        <source>no warning</source>
        <translation>ئاگاھلاندۇرۇشسىز</translation>
    </message>
    <message>
        <source>Lock when the computer sleeps or the lid is closed</source>
        <translation>كومپيۇتېر ئۇخلىغاندا ياكى قاپقىقى يېپىلغاندا قۇلۇپلاش</translation>
    </message>
    <message>
        <source>Lock when the screen locks or the user is switched</source>
        <translation>ئېكران قۇلۇپلانغاندا ياكى ئىشلەتكۈچى ئالماشقاندا قۇلۇپلاش</translation>
    </message>
    <message>
        <source>Duress passphrase…</source>
        <translation>مەجبۇرلاش پارولى…</translation>
    </message>
    <message>
        <source>Headquarters recovery…</source>
        <translation>باش شتاب ئارقىلىق ئەسلىگە كەلتۈرۈش…</translation>
    </message>
    <message>
        <source>This vault:</source>
        <translation>بۇ ئامبار:</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>سىستېمىدىكىدەك</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>يورۇق</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>قاراڭغۇ</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>ئۇسلۇب:</translation>
    </message>
    <message>
        <source>Larger text:</source>
        <translation>چوڭراق خەت:</translation>
    </message>
    <message>
        <source>This computer's settings file holds only the interface language, theme and text size, the lock settings and the paths of recent vaults. Names are kept inside the vault.</source>
        <translation>بۇ كومپيۇتېرنىڭ تەڭشەك ھۆججىتىدە پەقەت كۆرۈنمە يۈز تىلى، ئۇسلۇب ۋە خەت چوڭلۇقى، قۇلۇپلاش تەڭشەكلىرى ۋە يېقىنقى ئامبارلارنىڭ يوللىرىلا بار. ئىسىملار ئامبارنىڭ ئىچىدە ساقلىنىدۇ.</translation>
    </message>
    <message>
        <source>A full backup after this many increments:</source>
        <translation>مۇنچە قوشۇمچە نۇسخىدىن كېيىن تولۇق نۇسخا:</translation>
    </message>
    <message>
        <source>… or when the last full backup is older than:</source>
        <translation>… ياكى ئاخىرقى تولۇق نۇسخا بۇنىڭدىن كونا بولغاندا:</translation>
    </message>
    <message>
        <source>A backup to a folder that holds this vault's recent full backup is an increment: only what changed since the last backup there. Restoring needs the full backup and all its increments; the oldest backups are removed only when no kept increment needs them.</source>
        <translation>بۇ ئامبارنىڭ يېقىنقى تولۇق نۇسخىسى بار قىسقۇچقا قىلىنغان نۇسخا قوشۇمچە نۇسخا بولىدۇ: ئۇ يەردىكى ئاخىرقى نۇسخىدىن بۇيانقى ئۆزگىرىشلەرلا. ئەسلىگە كەلتۈرۈش ئۈچۈن تولۇق نۇسخا ۋە ئۇنىڭ بارلىق قوشۇمچە نۇسخىلىرى كېرەك؛ ئەڭ كونا نۇسخىلار ساقلانغان ھېچقانداق قوشۇمچە نۇسخىغا كېرەك بولمىغاندىلا ئۆچۈرۈلىدۇ.</translation>
    </message>
</context>
<context>
    <name>SettingsFlow</name>
    <message>
        <source>Settings saved.</source>
        <translation>تەڭشەكلەر ساقلاندى.</translation>
    </message>
</context>
<context>
    <name>SharesDialog</name>
    <message>
        <source>Split the organisation key</source>
        <translation>تەشكىلات ئاچقۇچىنى بۆلۈش</translation>
    </message>
    <message>
        <source>Give each trustee one printed share. Any K of the N shares rebuild the organisation key (izdeu recover-key); fewer reveal nothing of it. The shares are written beside the key file: print them, then delete the files.</source>
        <translation>ھەر بىر ئىشەنچلىك كىشىگە بېسىلغان بىر ئۈلۈش بېرىڭ. N ئۈلۈشنىڭ خالىغان K سى تەشكىلات ئاچقۇچىنى ئەسلىگە كەلتۈرىدۇ (izdeu recover-key)؛ ئۇنىڭدىن ئازى ھېچنېمىنى ئاشكارىلىمايدۇ. ئۈلۈشلەر ئاچقۇچ ھۆججىتىنىڭ يېنىغا يېزىلىدۇ: ئۇلارنى بېسىپ، ھۆججەتلەرنى ئۆچۈرۈڭ.</translation>
    </message>
    <message>
        <source>No key file chosen.</source>
        <translation>ئاچقۇچ ھۆججىتى تاللانمىدى.</translation>
    </message>
    <message>
        <source>Choose the key file…</source>
        <translation>ئاچقۇچ ھۆججىتىنى تاللاش…</translation>
    </message>
    <message>
        <source>Key file passphrase:</source>
        <translation>ئاچقۇچ ھۆججىتىنىڭ پارولى:</translation>
    </message>
    <message>
        <source>Shares (N):</source>
        <translation>ئۈلۈشلەر (N):</translation>
    </message>
    <message>
        <source>Needed to rebuild (K):</source>
        <translation>ئەسلىگە كەلتۈرۈشكە كېرەك (K):</translation>
    </message>
    <message>
        <source>Make the shares</source>
        <translation>ئۈلۈشلەرنى ياساش</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>تاقاش</translation>
    </message>
    <message>
        <source>Organisation key file</source>
        <translation>تەشكىلات ئاچقۇچ ھۆججىتى</translation>
    </message>
    <message>
        <source>Choose the key file first.</source>
        <translation>ئالدى بىلەن ئاچقۇچ ھۆججىتىنى تاللاڭ.</translation>
    </message>
    <message>
        <source>%1 shares written beside the key file.</source>
        <translation>ئاچقۇچ ھۆججىتىنىڭ يېنىغا %1 ئۈلۈش يېزىلدى.</translation>
    </message>
</context>
<context>
    <name>SigningRow</name>
    <message>
        <source>Sign as the organisation</source>
        <translation>تەشكىلات نامىدا ئىمزا قويۇش</translation>
    </message>
    <message>
        <source>Export certificate…</source>
        <translation>گۇۋاھنامىنى چىقىرىش…</translation>
    </message>
    <message>
        <source>%1 · certificate SHA-256 %2</source>
        <translation>%1 · گۇۋاھنامە SHA-256 قىممىتى %2</translation>
    </message>
    <message>
        <source>Export the signing certificate</source>
        <translation>ئىمزا گۇۋاھنامىسىنى چىقىرىش</translation>
    </message>
    <message>
        <source>PEM (*.pem)</source>
        <translation>PEM (*.pem)</translation>
    </message>
    <message>
        <source>Make a signing identity</source>
        <translation>ئىمزا كىملىكى قۇرۇش</translation>
    </message>
    <message>
        <source>No signing identity in this vault yet.</source>
        <translation>بۇ ئامباردا تېخى ئىمزا كىملىكى يوق.</translation>
    </message>
    <message>
        <source>Enter the organisation's name in Settings first: the certificate carries it.</source>
        <translation>ئالدى بىلەن تەڭشەكلەردە تەشكىلات نامىنى كىرگۈزۈڭ: گۇۋاھنامىدە ئۇ يېزىلىدۇ.</translation>
    </message>
    <message>
        <source>Import a PKCS#12 file…</source>
        <translation>PKCS#12 ھۆججىتىنى ئەكىرىش…</translation>
    </message>
    <message>
        <source>Replace the signing identity?</source>
        <translation>ئىمزا كىملىكىنى ئالماشتۇرامسىز؟</translation>
    </message>
    <message>
        <source>This vault already has a signing identity (%1). Import another one in its place? Dossiers signed with the old one stay valid.</source>
        <translation>بۇ ئامباردا ئىمزا كىملىكى ئاللىقاچان بار (%1). ئۇنىڭ ئورنىغا باشقىسىنى ئەكىرەمسىز؟ كونىسى بىلەن ئىمزا قويۇلغان ھۆججەت قىسقۇچلىرى ئىناۋەتلىك بولۇپ قالىدۇ.</translation>
    </message>
    <message>
        <source>The organisation's PKCS#12 file</source>
        <translation>تەشكىلاتنىڭ PKCS#12 ھۆججىتى</translation>
    </message>
    <message>
        <source>PKCS#12 (*.p12 *.pfx)</source>
        <translation>PKCS#12 (*.p12 *.pfx)</translation>
    </message>
</context>
<context>
    <name>SpeakingPage</name>
    <message>
        <source>Most sensitive field: only what is needed</source>
        <translation>ئەڭ سەزگۈر بۆلەك: پەقەت زۆرۈرىنىلا</translation>
    </message>
    <message>
        <source>You, or your organisation (UN WGEID element f)</source>
        <translation>سىز ياكى تەشكىلاتىڭىز (ب د ت WGEID نىڭ f ئېلېمېنتى)</translation>
    </message>
    <message>
        <source>UN WGEID only, initials</source>
        <translation>پەقەت ب د ت WGEID، باش ھەرپلەر</translation>
    </message>
    <message>
        <source>Store only, anonymous</source>
        <translation>پەقەت ساقلاش، نامسىز</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>ئۆزى بەلگىلەش</translation>
    </message>
    <message>
        <source>Who may receive it, and how the witness is named</source>
        <translation>بۇنى كىم تاپشۇرۇۋالالايدۇ ۋە گۇۋاھچى قانداق ئاتىلىدۇ</translation>
    </message>
    <message>
        <source>Witness name:</source>
        <translation>گۇۋاھچىنىڭ ئىسمى:</translation>
    </message>
    <message>
        <source>Relation to the missing person:</source>
        <translation>يوقالغان كىشىگە نېمە بولىدۇ:</translation>
    </message>
    <message>
        <source>Language of the interview:</source>
        <translation>سۆھبەت تىلى:</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>ئالاقە:</translation>
    </message>
    <message>
        <source>Interviewer:</source>
        <translation>سۆھبەتلەشكۈچى:</translation>
    </message>
    <message>
        <source>Consent:</source>
        <translation>قوشۇلۇش:</translation>
    </message>
    <message>
        <source>Read aloud:</source>
        <translation>ئاۋاز چىقىرىپ ئوقۇڭ:</translation>
    </message>
    <message>
        <source>Consent given how:</source>
        <translation>رازىلىق قانداق بېرىلگەن:</translation>
    </message>
    <message>
        <source>Consent date:</source>
        <translation>رازىلىق ۋاقتى:</translation>
    </message>
    <message>
        <source>Who is speaking</source>
        <translation>كىم سۆزلەۋاتىدۇ</translation>
    </message>
</context>
<context>
    <name>StartWindow</name>
    <message>
        <source>Izdeu</source>
        <translation>Izdeu</translation>
    </message>
    <message>
        <source>Deriving the key and opening the vault…</source>
        <translation>ئاچقۇچ ھېسابلىنىپ، ئامبار ئېچىلىۋاتىدۇ…</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>زاپاس نۇسخىدىن ئەسلىگە كەلتۈرۈش…</translation>
    </message>
    <message>
        <source>Welcome to Izdeu</source>
        <translation>Izdeu غا خۇش كەلدىڭىز</translation>
    </message>
    <message>
        <source>Izdeu keeps the cases of disappeared people in one encrypted file on this computer. Nothing is sent anywhere. Without the passphrase nobody can read it — and nobody can recover it for you, so keep the passphrase safe.</source>
        <translation>Izdeu يوقاپ كەتكەن كىشىلەرنىڭ دېلولىرىنى بۇ كومپيۇتېردىكى بىر شىفىرلانغان ھۆججەتتە ساقلايدۇ. ھېچنېمە ھېچيەرگە ئەۋەتىلمەيدۇ. ئىم جۈملىسىز ھېچكىم ئۇنى ئوقۇيالمايدۇ — ھەمدە ھېچكىم ئۇنى سىزگە ئەسلىگە كەلتۈرۈپ بېرەلمەيدۇ، شۇڭا ئىم جۈملىسىنى ياخشى ساقلاڭ.</translation>
    </message>
    <message>
        <source>Create a new vault…</source>
        <translation>يېڭى ئامبار قۇرۇش…</translation>
    </message>
    <message>
        <source>Open the demo vault (fictional cases)</source>
        <translation>كۆرسەتمە ئامبارنى ئېچىش (توقۇلما دېلولار)</translation>
    </message>
    <message>
        <source>Open an existing vault file…</source>
        <translation>بار بولغان ئامبار ھۆججىتىنى ئېچىش…</translation>
    </message>
    <message>
        <source>The demo vault holds invented cases for practice. Its passphrase is public: %1</source>
        <translation>كۆرسەتمە ئامباردا مەشىق ئۈچۈن توقۇلما دېلولار بار. ئۇنىڭ ئىم جۈملىسى ئاشكارا: %1</translation>
    </message>
    <message>
        <source>Unlock the vault</source>
        <translation>ئامبارنى ئېچىش</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>ئىم جۈملىسى:</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>ئېچىش</translation>
    </message>
    <message>
        <source>Open another vault…</source>
        <translation>باشقا ئامبارنى ئېچىش…</translation>
    </message>
    <message>
        <source>Demo vault</source>
        <translation>كۆرسەتمە ئامبار</translation>
    </message>
    <message>
        <source>Vault: %1</source>
        <translation>ئامبار: %1</translation>
    </message>
    <message>
        <source>Open a vault</source>
        <translation>ئامبار ئېچىش</translation>
    </message>
    <message>
        <source>Type the passphrase.</source>
        <translation>ئىم جۈملىسىنى كىرگۈزۈڭ.</translation>
    </message>
    <message>
        <source>Choose where to store the vault.</source>
        <translation>ئامبارنى قەيەردە ساقلاشنى تاللاڭ.</translation>
    </message>
    <message>
        <source>A file with that name already exists; choose another name.</source>
        <translation>بۇ ناملىق ھۆججەت بار؛ باشقا نام تاللاڭ.</translation>
    </message>
    <message>
        <source>The demo vault needs no passphrase: press Unlock.</source>
        <translation>كۆرسەتمە ئامبارغا ئىم جۈملىسى كېرەك ئەمەس: «ئېچىش» نى بېسىڭ.</translation>
    </message>
    <message>
        <source>Recent vaults:</source>
        <translation>يېقىنقى ئامبارلار:</translation>
    </message>
    <message>
        <source>Izdeu vault (*.izdeu);;All files (*)</source>
        <translation>Izdeu ئامبىرى (*.izdeu);;ھەممە ھۆججەتلەر (*)</translation>
    </message>
    <message>
        <source>Erase this vault…</source>
        <translation>بۇ ئامبارنى ئۆچۈرۈش…</translation>
    </message>
</context>
<context>
    <name>StatisticsTab</name>
    <message>
        <source>All statuses</source>
        <translation>بارلىق ھالەتلەر</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>بارلىق يىللار</translation>
    </message>
    <message>
        <source>Any hometown</source>
        <translation>ھەرقانداق يۇرت</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>قايتا سوراش ۋاقتى كەلگەن</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>ساناش</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV چىقىرىش…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>PDF چىقىرىش…</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>ھالىتى:</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>يىل:</translation>
    </message>
    <message>
        <source>Hometown:</source>
        <translation>يۇرتى:</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>قىممەت</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>دېلولار</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) counted</source>
        <translation>
            <numerusform>%n دېلو سانالدى</numerusform>
            <numerusform>%n دېلو سانالدى</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the statistics</source>
        <translation>ستاتىستىكىنى چىقىرىش</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>يېزىلدى: %1</translation>
    </message>
</context>
<context>
    <name>Strength</name>
    <message>
        <source>the passphrase must have at least 10 characters</source>
        <translation>ئىم جۈملىسى كەم دېگەندە 10 ھەرپ بولۇشى كېرەك</translation>
    </message>
    <message>
        <source>the passphrase repeats too few different characters</source>
        <translation>ئىم جۈملىسىدە ئوخشىمىغان ھەرپلەر بەك ئاز</translation>
    </message>
    <message>
        <source>the passphrase must not start or end with a space</source>
        <translation>ئىم جۈملىسى بوشلۇق بىلەن باشلانماسلىقى ياكى ئاخىرلاشماسلىقى كېرەك</translation>
    </message>
    <message>
        <source>this passphrase is too common</source>
        <translation>بۇ ئىم جۈملىسى بەك ئاددىي</translation>
    </message>
    <message>
        <source>weak: make it longer</source>
        <translation>ئاجىز: ئۇزۇنراق قىلىڭ</translation>
    </message>
    <message>
        <source>fair: a few more words help</source>
        <translation>ئوتتۇراھال: يەنە بىر قانچە سۆز قوشۇڭ</translation>
    </message>
    <message>
        <source>good</source>
        <translation>ياخشى</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>مۇستەھكەم</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Type a passphrase.</source>
        <translation>ئىم جۈملىسىنى كىرگۈزۈڭ.</translation>
    </message>
</context>
<context>
    <name>TableActions</name>
    <message>
        <source>Import a spreadsheet…</source>
        <translation>جەدۋەلدىن ئەكىرىش…</translation>
    </message>
    <message>
        <source>Export a spreadsheet…</source>
        <translation>جەدۋەلگە چىقىرىش…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ھۆججەت</translation>
    </message>
</context>
<context>
    <name>TestimoniesSection</name>
    <message>
        <source>New testimony</source>
        <translation>يېڭى گۇۋاھلىق</translation>
    </message>
    <message>
        <source>testimony</source>
        <translation>گۇۋاھلىق</translation>
    </message>
    <message>
        <source>Witness:</source>
        <translation>گۇۋاھچى:</translation>
    </message>
    <message>
        <source>Interview date:</source>
        <translation>سۆھبەت ۋاقتى:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>جاي:</translation>
    </message>
    <message>
        <source>Interviewer:</source>
        <translation>سۆھبەتلەشكۈچى:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>تىلى:</translation>
    </message>
    <message>
        <source>Interpreter:</source>
        <translation>تەرجىمان:</translation>
    </message>
    <message>
        <source>Supports which facts:</source>
        <translation>قايسى پاكىتلارنى ئىسپاتلايدۇ:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>ئىزاھات:</translation>
    </message>
    <message>
        <source>Files of this interview:</source>
        <translation>بۇ سۆھبەتنىڭ ھۆججەتلىرى:</translation>
    </message>
    <message>
        <source>Original (as told)</source>
        <translation>ئەسلى (سۆزلەنگىنىدەك)</translation>
    </message>
    <message>
        <source>Add a translation</source>
        <translation>تەرجىمە قوشۇش</translation>
    </message>
    <message>
        <source>Translations</source>
        <translation>تەرجىمىلەر</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(خاتىرىلەنمىگەن)</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(ئىسمى يوق)</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>تەرجىمە</translation>
    </message>
</context>
<context>
    <name>TimelineSection</name>
    <message>
        <source>Add an event</source>
        <translation>ۋەقە قوشۇش</translation>
    </message>
    <message>
        <source>What happened:</source>
        <translation>نېمە بولدى:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>باشلانغان:</translation>
    </message>
    <message>
        <source>Until:</source>
        <translation>ئاخىرلاشقان:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>جاي:</translation>
    </message>
    <message>
        <source>Facility:</source>
        <translation>ئورۇن:</translation>
    </message>
    <message>
        <source>Kind of facility:</source>
        <translation>ئورۇن تۈرى:</translation>
    </message>
    <message>
        <source>Facility location:</source>
        <translation>ئورۇننىڭ جايى:</translation>
    </message>
    <message>
        <source>Coordinates:</source>
        <translation>كوئوردىناتلار:</translation>
    </message>
    <message>
        <source>Agency believed responsible:</source>
        <translation>مەسئۇل دەپ قارالغان ئورگان:</translation>
    </message>
    <message>
        <source>Official reason:</source>
        <translation>رەسمىي سەۋەبى:</translation>
    </message>
    <message>
        <source>Reason the family believes:</source>
        <translation>ئائىلىسىنىڭ قارىشىچە سەۋەبى:</translation>
    </message>
    <message>
        <source>Charge:</source>
        <translation>ئەيىبى:</translation>
    </message>
    <message>
        <source>Court:</source>
        <translation>سوت:</translation>
    </message>
    <message>
        <source>Sentence:</source>
        <translation>ھۆكۈم:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>ئىزاھات:</translation>
    </message>
</context>
<context>
    <name>Tools</name>
    <message>
        <source>Backup keys…</source>
        <translation>زاپاس نۇسخا ئاچقۇچلىرى…</translation>
    </message>
    <message>
        <source>Dossier…</source>
        <translation>ھۆججەت قىسقۇچى…</translation>
    </message>
    <message>
        <source>PDF dossier of the open or selected cases (Ctrl+P)</source>
        <translation>ئوچۇق ياكى تاللانغان دېلولارنىڭ PDF ھۆججەت قىسقۇچى (Ctrl+P)</translation>
    </message>
    <message>
        <source>Back up…</source>
        <translation>زاپاسلاش…</translation>
    </message>
    <message>
        <source>Verify a backup…</source>
        <translation>زاپاس نۇسخىنى تەكشۈرۈش…</translation>
    </message>
    <message>
        <source>Merge a backup…</source>
        <translation>زاپاس نۇسخىنى بىرلەشتۈرۈش…</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>زاپاس نۇسخىلار</translation>
    </message>
    <message>
        <source>Open or select a case first.</source>
        <translation>ئالدى بىلەن دېلونى ئېچىڭ ياكى تاللاڭ.</translation>
    </message>
    <message>
        <source>Restore a backup…</source>
        <translation>زاپاستىن ئەسلىگە كەلتۈرۈش…</translation>
    </message>
    <message>
        <source>Review merge conflicts…</source>
        <translation>بىرلەشتۈرۈش توقۇنۇشلىرى…</translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation>ئىم جۈملىسىنى ئۆزگەرتىش…</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>ئامبار</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>مۇمكىن بولغان تەكرارلار</translation>
    </message>
    <message>
        <source>Cases that may record the same person, in any script or spelling</source>
        <translation>ھەر قانداق يېزىق ياكى ئىملادا بىر ئادەمنى خاتىرىلىگەن بولۇشى مۇمكىن دېلولار</translation>
    </message>
</context>
<context>
    <name>TrustPrompt</name>
    <message>
        <source>Trust this device?</source>
        <translation>بۇ ئۈسكۈنىگە ئىشىنەمسىز؟</translation>
    </message>
    <message>
        <source>This backup was signed by a device this vault does not trust yet. Anyone with the organisation's public key can make a backup, so use it only if the fingerprint below is the one shown on that device (in its Backup keys window).</source>
        <translation>بۇ زاپاس نۇسخىغا بۇ ئامبار تېخى ئىشەنمەيدىغان ئۈسكۈنە ئىمزا قويغان. تەشكىلاتنىڭ ئاممىۋى ئاچقۇچى بار ھەر قانداق ئادەم زاپاس نۇسخا ياسىيالايدۇ، شۇڭا تۆۋەندىكى بارماق ئىزى شۇ ئۈسكۈنىدە («زاپاس نۇسخا ئاچقۇچلىرى» كۆزنىكىدە) كۆرسىتىلگىنى بىلەن ئوخشاش بولغاندىلا ئىشلىتىڭ.</translation>
    </message>
    <message>
        <source>The vault will remember this device and accept its backups from now on.</source>
        <translation>ئامبار بۇ ئۈسكۈنىنى ئەستە ساقلاپ، بۇندىن كېيىن ئۇنىڭ زاپاس نۇسخىلىرىنى قوبۇل قىلىدۇ.</translation>
    </message>
    <message>
        <source>Trust and continue</source>
        <translation>ئىشىنىپ داۋاملاشتۇرۇش</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>بىكار قىلىش</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Verify a backup</source>
        <translation>زاپاس نۇسخىنى تەكشۈرۈش</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>تەكشۈرۈش</translation>
    </message>
    <message>
        <source>The backup is complete and intact.</source>
        <translation>زاپاس نۇسخا تولۇق ۋە بۇزۇلمىغان.</translation>
    </message>
    <message numerus="yes">
        <source>The %n backups form one chain, complete and intact.</source>
        <translation>
            <numerusform>%n زاپاس نۇسخا بىر زەنجىر ھاسىل قىلىدۇ، تولۇق ۋە بۇزۇلمىغان.</numerusform>
            <numerusform>%n زاپاس نۇسخا بىر زەنجىر ھاسىل قىلىدۇ، تولۇق ۋە بۇزۇلمىغان.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WitnessesSection</name>
    <message>
        <source>Add a witness</source>
        <translation>گۇۋاھچى قوشۇش</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(ئىسمى يوق)</translation>
    </message>
    <message>
        <source>consent withdrawn</source>
        <translation>رازىلىق قايتۇرۇۋېلىنغان</translation>
    </message>
    <message>
        <source>Most sensitive field: only what is needed</source>
        <translation>ئەڭ سەزگۈر بۆلەك: پەقەت زۆرۈرىنىلا</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>ئىسمى:</translation>
    </message>
    <message>
        <source>Relation to the person:</source>
        <translation>مۇناسىۋىتى:</translation>
    </message>
    <message>
        <source>How they know:</source>
        <translation>قانداق بىلىدۇ:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>تىلى:</translation>
    </message>
    <message>
        <source>Show contact details</source>
        <translation>ئالاقە ئۇچۇرىنى كۆرسىتىش</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>ئالاقە:</translation>
    </message>
    <message>
        <source>Wishes to stay anonymous</source>
        <translation>نامسىز قېلىشنى خالايدۇ</translation>
    </message>
    <message>
        <source>Consent: who may receive the testimony, and how named</source>
        <translation>رازىلىق: گۇۋاھلىقنى كىم تاپشۇرۇۋالالايدۇ ۋە قانداق ئاتىلىدۇ</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>تاپشۇرۇۋالغۇچى</translation>
    </message>
    <message>
        <source>Identity shown</source>
        <translation>قانداق كۆرسىتىلىدۇ</translation>
    </message>
    <message>
        <source>Contact shown</source>
        <translation>ئالاقە كۆرسىتىلىدۇ</translation>
    </message>
    <message>
        <source>Consent given how:</source>
        <translation>رازىلىق قانداق بېرىلگەن:</translation>
    </message>
    <message>
        <source>Consent date:</source>
        <translation>رازىلىق ۋاقتى:</translation>
    </message>
    <message>
        <source>Consent withdrawn today</source>
        <translation>رازىلىق بۈگۈن قايتۇرۇۋېلىندى</translation>
    </message>
    <message>
        <source>Consent withdrawn on:</source>
        <translation>رازىلىق قايتۇرۇۋېلىنغان ۋاقىت:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>ئىزاھات:</translation>
    </message>
    <message>
        <source>Hide contact details</source>
        <translation>ئالاقە ئۇچۇرىنى يوشۇرۇش</translation>
    </message>
    <message>
        <source>Record that this witness withdrew consent today? Dossiers will leave out what they said.</source>
        <translation>بۇ گۇۋاھچى بۈگۈن قوشۇلۇشىنى قايتۇرۇۋالدى دەپ خاتىرىلەمسىز؟ ھۆججەت توپلىمىغا ئۇنىڭ سۆزلىگەنلىرى كىرگۈزۈلمەيدۇ.</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>قوشۇلۇش قايتۇرۇۋېلىندى</translation>
    </message>
    <message>
        <source>A witness of another case…</source>
        <translation>باشقا دېلونىڭ گۇۋاھچىسى…</translation>
    </message>
    <message>
        <source>The same relative reports several people: enter them once</source>
        <translation>بىر تۇغقان بىر قانچە ئادەم توغرىسىدا خەۋەر قىلىدۇ: ئۇنى بىر قېتىم كىرگۈزۈڭ</translation>
    </message>
</context>
<context>
    <name>WordsPage</name>
    <message>
        <source>Interview date:</source>
        <translation>سۆھبەت ۋاقتى:</translation>
    </message>
    <message>
        <source>Place of the interview:</source>
        <translation>سۆھبەت ئورنى:</translation>
    </message>
    <message>
        <source>As told, in:</source>
        <translation>سۆزلەنگىنىدەك، تىلى:</translation>
    </message>
    <message>
        <source>Translation into:</source>
        <translation>تەرجىمىسى، تىلى:</translation>
    </message>
    <message>
        <source>In their words</source>
        <translation>ئۆز سۆزى بىلەن</translation>
    </message>
</context>
<context>
    <name>_RowsEditor</name>
    <message>
        <source>Remove this row</source>
        <translation>بۇ قۇرنى ئۆچۈرۈش</translation>
    </message>
</context>
<context>
    <name>_TranslationPane</name>
    <message>
        <source>Language</source>
        <translation>تىلى</translation>
    </message>
    <message>
        <source>Translator</source>
        <translation>تەرجىمان</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Backup folder</source>
        <translation>زاپاس نۇسخا قىسقۇچى</translation>
    </message>
</context>
<context>
    <name>CaseMergeDialog</name>
    <message>
        <source>Merge two cases of the same person</source>
        <translation>بىر ئادەمنىڭ ئىككى دېلوسىنى بىرلەشتۈرۈش</translation>
    </message>
    <message>
        <source>%1 is merged into %2: its names are added as other spellings, and every testimony, witness and file of both cases is kept. %1 is then hidden from the case list; splitting undoes the merge.</source>
        <translation>%1 دېلوسى %2 دېلوسىغا بىرلەشتۈرۈلىدۇ: ئۇنىڭ ئىسىملىرى باشقا يېزىلىشلار سۈپىتىدە قوشۇلىدۇ، ئىككى دېلونىڭ ھەممە گۇۋاھلىقى، گۇۋاھچىلىرى ۋە ھۆججەتلىرى ساقلىنىدۇ. ئاندىن %1 دېلولار تىزىملىكىدىن يوشۇرۇلىدۇ؛ ئايرىش بىرلەشتۈرۈشنى بىكار قىلىدۇ.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>بۆلەك</translation>
    </message>
    <message>
        <source>Comparing the two cases…</source>
        <translation>ئىككى دېلو سېلىشتۇرۇلۇۋاتىدۇ…</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>بىرلەشتۈرۈش</translation>
    </message>
    <message>
        <source>Choose the value to keep where the two cases differ.</source>
        <translation>ئىككى دېلو ئوخشىمايدىغان يەرلەردە قايسى قىممەتنى قالدۇرۇشنى تاللاڭ.</translation>
    </message>
    <message>
        <source>The two cases do not contradict each other.</source>
        <translation>ئىككى دېلو بىر-بىرىگە زىت ئەمەس.</translation>
    </message>
</context>
<context>
    <name>CasePicker</name>
    <message>
        <source>Search by name (any script) or case number</source>
        <translation>ئىسمى (ھەر قانداق يېزىقتا) ياكى دېلو نومۇرى بويىچە ئىزدەش</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Link to another case</source>
        <translation>باشقا دېلو بىلەن باغلاش</translation>
    </message>
    <message>
        <source>This person is the</source>
        <translation>بۇ كىشى —</translation>
    </message>
    <message>
        <source>Certainty</source>
        <translation>ئىشەنچلىكلىك</translation>
    </message>
    <message>
        <source>of the person in the case:</source>
        <translation>بۇ دېلودىكى كىشىگە نىسبەتەن:</translation>
    </message>
</context>
<context>
    <name>RelatedSection</name>
    <message>
        <source>This person is the</source>
        <translation>بۇ كىشى —</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>دېلو</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>ئىسىملار</translation>
    </message>
    <message>
        <source>Certainty</source>
        <translation>ئىشەنچلىكلىك</translation>
    </message>
    <message>
        <source>Link a case…</source>
        <translation>دېلو باغلاش…</translation>
    </message>
    <message>
        <source>Remove link</source>
        <translation>باغلىنىشنى ئۆچۈرۈش</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>ئېچىش</translation>
    </message>
    <message>
        <source>Merge into this case…</source>
        <translation>بۇ دېلوغا بىرلەشتۈرۈش…</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>ئايرىش</translation>
    </message>
    <message>
        <source>Family members reported in other cases, and cases of the same person. A link is saved at once and shown in both cases.</source>
        <translation>باشقا دېلولاردا خەۋەر قىلىنغان ئائىلە ئەزالىرى ۋە شۇ ئادەمنىڭ دېلولىرى. باغلىنىش دەرھال ساقلىنىدۇ ۋە ئىككى دېلودا كۆرۈنىدۇ.</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>بىرلەشتۈرۈلگەن</translation>
    </message>
    <message>
        <source>(not in this vault)</source>
        <translation>(بۇ ئامباردا يوق)</translation>
    </message>
    <message>
        <source>Split the cases</source>
        <translation>دېلولارنى ئايرىش</translation>
    </message>
    <message>
        <source>Undo the merge: the two cases are shown apart again, each with its own records.</source>
        <translation>بىرلەشتۈرۈشنى بىكار قىلىش: ئىككى دېلو قايتىدىن ئايرىم، ھەر بىرى ئۆز خاتىرىلىرى بىلەن كۆرسىتىلىدۇ.</translation>
    </message>
</context>
<context>
    <name>WitnessPicker</name>
    <message>
        <source>A witness of another case</source>
        <translation>باشقا دېلونىڭ گۇۋاھچىسى</translation>
    </message>
    <message>
        <source>The witness's name, in any script</source>
        <translation>گۇۋاھچىنىڭ ئىسمى، ھەر قانداق يېزىقتا</translation>
    </message>
    <message>
        <source>Their name, language and contact details are copied into this case. Their relation to this person and their consent are asked again: consent is given case by case.</source>
        <translation>گۇۋاھچىنىڭ ئىسمى، تىلى ۋە ئالاقە ئۇچۇرى بۇ دېلوغا كۆچۈرۈلىدۇ. ئۇنىڭ بۇ كىشىگە مۇناسىۋىتى ۋە ماقۇللۇقى قايتا سورىلىدۇ: ماقۇللۇق ھەر بىر دېلو ئۈچۈن ئايرىم بېرىلىدۇ.</translation>
    </message>
</context>
<context>
    <name>CreatePage</name>
    <message>
        <source>Create a vault</source>
        <translation>ئامبار قۇرۇش</translation>
    </message>
    <message>
        <source>Choose a long passphrase — several words are easier to remember than symbols. If it is lost, the cases cannot be recovered.</source>
        <translation>ئۇزۇن ئىم جۈملىسى تاللاڭ — بىر قانچە سۆزنى بەلگىلەرگە قارىغاندا ئېسىدە تۇتۇش ئاسان. ئۇ يوقالسا، دېلولارنى ئەسلىگە كەلتۈرگىلى بولمايدۇ.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>كۆرۈش…</translation>
    </message>
    <message>
        <source>Stored in:</source>
        <translation>ساقلىنىدىغان جاي:</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>ئىم جۈملىسى:</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation>قايتا كىرگۈزۈڭ:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>مۇستەھكەملىكى:</translation>
    </message>
    <message>
        <source>Stronger key derivation (256 MiB; unlocking takes 1–2 seconds)</source>
        <translation>تېخىمۇ كۈچلۈك ئاچقۇچ ھاسىللاش (256 مېگابايت؛ قۇلۇپ ئېچىش 1–2 سېكۇنت ۋاقىت ئالىدۇ)</translation>
    </message>
    <message>
        <source>Create the vault</source>
        <translation>ئامبارنى قۇرۇش</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>قايتىش</translation>
    </message>
    <message>
        <source>Izdeu vault (*.izdeu);;All files (*)</source>
        <translation>Izdeu ئامبىرى (*.izdeu);;ھەممە ھۆججەتلەر (*)</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>ئىككى ئىم جۈملىسى ئوخشىمايدۇ.</translation>
    </message>
</context>
<context>
    <name>Pkcs12ImportDialog</name>
    <message>
        <source>Import a PKCS#12 file</source>
        <translation>PKCS#12 ھۆججىتىنى ئەكىرىش</translation>
    </message>
    <message>
        <source>The organisation's key and certificate in this file will be kept inside this vault, protected by the vault's passphrase, and used to sign dossiers.</source>
        <translation>بۇ ھۆججەتتىكى تەشكىلاتنىڭ ئاچقۇچى ۋە گۇۋاھنامىسى مۇشۇ ئامبارنىڭ ئىچىدە، ئۇنىڭ ئىم جۈملىسى بىلەن قوغدىلىپ ساقلىنىدۇ ۋە ھۆججەت قىسقۇچلىرىغا ئىمزا قويۇشقا ئىشلىتىلىدۇ.</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>ھۆججەت:</translation>
    </message>
    <message>
        <source>The file's password:</source>
        <translation>ھۆججەتنىڭ پارولى:</translation>
    </message>
    <message>
        <source>It replaces the signing identity kept in this vault; dossiers signed with it stay valid.</source>
        <translation>ئۇ مۇشۇ ئامباردا ساقلانغان ئىمزا كىملىكىنىڭ ئورنىنى ئالىدۇ؛ ئۇنىڭ بىلەن ئىمزا قويۇلغان ھۆججەت قىسقۇچلىرى ئىناۋەتلىك بولۇپ قالىدۇ.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>ئەكىرىش</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>بىكار قىلىش</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Start an interview</source>
        <translation>سۆھبەت باشلاش</translation>
    </message>
    <message>
        <source>or import a spreadsheet…</source>
        <translation>ياكى جەدۋەلدىن ئەكىرىش…</translation>
    </message>
    <message>
        <source>No cases yet</source>
        <translation>تېخى دېلو يوق</translation>
    </message>
    <message>
        <source>Start an interview: Izdeu asks in the order people tell what happened.</source>
        <translation>سۆھبەت باشلاڭ: Izdeu كىشىلەر يۈز بەرگەن ئىشنى سۆزلىگەن تەرتىپ بويىچە سورايدۇ.</translation>
    </message>
    <message>
        <source>No case matches</source>
        <translation>ماس كېلىدىغان دېلو يوق</translation>
    </message>
    <message>
        <source>Change the search words or the filters above.</source>
        <translation>ئىزدەش سۆزلىرىنى ياكى يۇقىرىدىكى سۈزگۈچلەرنى ئۆزگەرتىڭ.</translation>
    </message>
</context>
<context>
    <name>VaultBadge</name>
    <message>
        <source>Demo vault: %1 · locked</source>
        <translation>كۆرسەتمە ئامبار: %1 · قۇلۇپلانغان</translation>
    </message>
    <message>
        <source>Demo vault: %1 · unlocked</source>
        <translation>كۆرسەتمە ئامبار: %1 · ئوچۇق</translation>
    </message>
    <message>
        <source>Vault: %1 · locked</source>
        <translation>ئامبار: %1 · قۇلۇپلانغان</translation>
    </message>
    <message>
        <source>Vault: %1 · unlocked</source>
        <translation>ئامبار: %1 · ئوچۇق</translation>
    </message>
    <message>
        <source>The vault is locked: nothing of it can be read until the passphrase is typed.</source>
        <translation>ئامبار قۇلۇپلانغان: ئىم جۈملىسى كىرگۈزۈلمىگۈچە ئۇنىڭدىن ھېچنېمە ئوقۇلمايدۇ.</translation>
    </message>
    <message>
        <source>The vault is open on this computer. Lock it (Ctrl+L) when you step away.</source>
        <translation>ئامبار بۇ كومپيۇتېردا ئوچۇق. ئورنىڭىزدىن ئايرىلغاندا ئۇنى قۇلۇپلاڭ (Ctrl+L).</translation>
    </message>
</context>
<context>
    <name>VideoRecorderWidget</name>
    <message>
        <source>Camera</source>
        <translation>كامېرا</translation>
    </message>
    <message>
        <source>Record video</source>
        <translation>سىن خاتىرىلەش</translation>
    </message>
    <message>
        <source>Camera:</source>
        <translation>كامېرا:</translation>
    </message>
    <message>
        <source>No camera is connected: record the testimony as audio.</source>
        <translation>كامېرا ئۇلانمىغان: گۇۋاھلىقنى ئاۋاز سۈپىتىدە خاتىرىلەڭ.</translation>
    </message>
    <message>
        <source>Izdeu may not use the camera: allow it in the system's privacy settings.</source>
        <translation>Izdeu كامېرانى ئىشلىتەلمەيدۇ: سىستېمىنىڭ مەخپىيەتلىك تەڭشەكلىرىدە رۇخسەت قىلىڭ.</translation>
    </message>
    <message>
        <source>The camera could not be started: it may be in use by another program.</source>
        <translation>كامېرانى قوزغىتالمىدى: ئۇنى باشقا پروگرامما ئىشلىتىۋاتقان بولۇشى مۇمكىن.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>توختىتىش</translation>
    </message>
    <message>
        <source>Saving the recording…</source>
        <translation>خاتىرە ساقلىنىۋاتىدۇ…</translation>
    </message>
    <message>
        <source>The recording is saved in the vault.</source>
        <translation>خاتىرە ئامبارغا ساقلاندى.</translation>
    </message>
    <message>
        <source>The recording stopped: the video could not be encoded.</source>
        <translation>خاتىرىلەش توختىدى: سىننى كودلىغىلى بولمىدى.</translation>
    </message>
        <message>
            <source>Turn the camera on</source>
            <translation>كامېرانى ئېچىش</translation>
        </message>
        <message>
            <source>Turn the camera off</source>
            <translation>كامېرانى تاقاش</translation>
        </message>
</context>
<context>
    <name>PlayerPanel</name>
    <message>
        <source>▶ Play</source>
        <translation>▶ قويۇش</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>ئورنى</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>قويۇش سۈرئىتى</translation>
    </message>
    <message>
        <source>Insert time mark</source>
        <translation>ۋاقىت بەلگىسى قىستۇرۇش</translation>
    </message>
    <message>
        <source>Puts the position, as [mm:ss], at the cursor in the testimony</source>
        <translation>ئورۇننى [mm:ss] شەكلىدە گۇۋاھلىق تېكىستىدىكى نۇر بەلگىسى تۇرغان يەرگە قويىدۇ</translation>
    </message>
    <message>
        <source>❚❚ Pause</source>
        <translation>❚❚ توختىتىپ تۇرۇش</translation>
    </message>
    <message>
        <source>This recording or file cannot be played.</source>
        <translation>بۇ خاتىرە ياكى ھۆججەتنى قويغىلى بولمايدۇ.</translation>
    </message>
</context>
<context>
    <name>RecorderPanel</name>
    <message>
        <source>● Record</source>
        <translation>● خاتىرىلەش</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>توختىتىپ تۇرۇش</translation>
    </message>
    <message>
        <source>■ Stop</source>
        <translation>■ توختىتىش</translation>
    </message>
    <message>
        <source>Input level</source>
        <translation>كىرگۈزۈش دەرىجىسى</translation>
    </message>
    <message>
        <source>Microphone:</source>
        <translation>مىكروفون:</translation>
    </message>
    <message>
        <source>No microphone was found. Connect one and open this case again.</source>
        <translation>مىكروفون تېپىلمىدى. مىكروفون ئۇلاپ، بۇ دېلونى قايتا ئېچىڭ.</translation>
    </message>
    <message>
        <source>The recording stopped: %1. The part already recorded is kept in the vault.</source>
        <translation>خاتىرىلەش توختىدى: %1. خاتىرىلىنىپ بولغان قىسمى ئامباردا ساقلاندى.</translation>
    </message>
    <message>
        <source>The part already recorded is kept in the vault.</source>
        <translation>خاتىرىلىنىپ بولغان قىسمى ئامباردا ساقلاندى.</translation>
    </message>
    <message>
        <source>● Resume</source>
        <translation>● داۋاملاشتۇرۇش</translation>
    </message>
    <message>
        <source>The microphone could not be opened: access to it was denied, or another program is using it.</source>
        <translation>مىكروفوننى ئاچقىلى بولمىدى: ئۇنى ئىشلىتىش ئىجازىتى رەت قىلىندى ياكى ئۇنى باشقا پروگرامما ئىشلىتىۋاتىدۇ.</translation>
    </message>
    <message>
        <source>The microphone stopped sending sound.</source>
        <translation>مىكروفون ئاۋاز يوللاشنى توختاتتى.</translation>
    </message>
    <message>
        <source>The sound system failed.</source>
        <translation>ئاۋاز سىستېمىسىدا كاشىلا كۆرۈلدى.</translation>
    </message>
    <message>
        <source>recording %1.ogg</source>
        <translation>ئۈن خاتىرىسى %1.ogg</translation>
    </message>
</context>
<context>
    <name>TestimonyAudio</name>
    <message>
        <source>Recordings of this testimony</source>
        <translation>بۇ گۇۋاھلىقنىڭ ئۈن خاتىرىلىرى</translation>
    </message>
    <message>
        <source>being recorded</source>
        <translation>خاتىرىلىنىۋاتىدۇ</translation>
    </message>
</context>
</TS>
