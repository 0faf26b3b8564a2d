<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk">
<context>
    <name>AttachmentViewer</name>
    <message>
        <source>This kind of file cannot be shown here; export a copy to open it with another program.</source>
        <translation>Мұндай файлды мұнда көрсету мүмкін емес; басқа бағдарламамен ашу үшін көшірмесін экспорттаңыз.</translation>
    </message>
</context>
<context>
    <name>AttachmentsSection</name>
    <message>
        <source>Export without metadata…</source>
        <translation>Метадеректерсіз экспорттау…</translation>
    </message>
    <message>
        <source>A copy of the photo without its GPS position, camera, author, comments and thumbnail. The original in the vault is not changed.</source>
        <translation>Фотосуреттің GPS орнынсыз, камера, автор туралы мәліметсіз, түсініктемесіз және кішірейтілген көшірмесіз көшірмесі. Қоймадағы түпнұсқа өзгермейді.</translation>
    </message>
    <message>
        <source>where it was taken (GPS)</source>
        <translation>қай жерде түсірілгені (GPS)</translation>
    </message>
    <message>
        <source>who took it</source>
        <translation>кім түсіргені</translation>
    </message>
    <message>
        <source>the camera</source>
        <translation>камера</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>This photo's metadata shows: %1. Dossiers leave it out; use “Export without metadata…” before giving the file to anyone.</source>
        <translation>Бұл фотосуреттің метадеректерінде мыналар бар: %1. Досьеге олар кірмейді; файлды біреуге бермес бұрын «Метадеректерсіз экспорттау…» пәрменін қолданыңыз.</translation>
    </message>
    <message>
        <source>Copy without metadata exported.</source>
        <translation>Метадеректерсіз көшірме экспортталды.</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Файл қосу…</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Қарау</translation>
    </message>
    <message>
        <source>Export a copy…</source>
        <translation>Көшірмесін экспорттау…</translation>
    </message>
    <message>
        <source>Use as the person's photo</source>
        <translation>Адамның суреті ету</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>Description of the selected file</source>
        <translation>Таңдалған файлдың сипаттамасы</translation>
    </message>
    <message>
        <source>Handed over by</source>
        <translation>Кім тапсырды</translation>
    </message>
    <message>
        <source>Drop files here to attach them. Files are copied into the encrypted vault; the originals are left where they are.</source>
        <translation>Файлдарды тіркеу үшін осында сүйреп әкеліңіз. Файлдар шифрланған қоймаға көшіріледі; түпнұсқалар орнында қалады.</translation>
    </message>
    <message>
        <source>(file)</source>
        <translation>(файл)</translation>
    </message>
    <message>
        <source>%1 · %2 bytes · received %3 · SHA-256 %4</source>
        <translation>%1 · %2 байт · алынды %3 · SHA-256 %4</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Файлдарды тіркеу</translation>
    </message>
    <message>
        <source>This kind of file cannot be shown here; export a copy.</source>
        <translation>Мұндай файлды мұнда көрсету мүмкін емес; көшірмесін экспорттаңыз.</translation>
    </message>
    <message>
        <source>Export a copy</source>
        <translation>Көшірмесін экспорттау</translation>
    </message>
    <message>
        <source>Copy exported.</source>
        <translation>Көшірме экспортталды.</translation>
    </message>
    <message>
        <source>Remove the selected file from the vault? This cannot be undone.</source>
        <translation>Таңдалған файлды қоймадан жою керек пе? Бұны қайтару мүмкін емес.</translation>
    </message>
    <message>
        <source>Hide regions…</source>
        <translation>Аймақтарды жасыру…</translation>
    </message>
    <message>
        <source>Mark parts of the picture (a bystander's face, an address) that dossiers must not show.</source>
        <translation>Досьеде көрсетілмеуі тиіс сурет бөліктерін (бөгде адамның беті, мекенжай) белгілеңіз.</translation>
    </message>
    <message>
        <source>▶ Play</source>
        <translation>▶ Ойнату</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Back up the vault</source>
        <translation>Қойманың сақтық көшірмесін жасау</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <source>Encrypt to the organisation's keys</source>
        <translation>Ұйымның кілттерімен шифрлау</translation>
    </message>
    <message>
        <source>Encrypt with a passphrase</source>
        <translation>Құпия сөз тіркесімен шифрлау</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Көшірме жасау</translation>
    </message>
    <message>
        <source>Choose the folder to write the backup to.</source>
        <translation>Сақтық көшірме жазылатын қалтаны таңдаңыз.</translation>
    </message>
    <message>
        <source>The two passphrases differ or are empty.</source>
        <translation>Құпия сөз тіркестері сәйкес емес не бос.</translation>
    </message>
    <message>
        <source>No organisation key is set yet. Ask headquarters for its key file and add it under Backups → Backup keys…; until then, use a passphrase.</source>
        <translation>Ұйым кілті әлі орнатылмаған. Штабтан кілт файлын сұрап, оны «Сақтық көшірмелер → Көшірме кілттері…» арқылы қосыңыз; оған дейін құпия сөз тіркесін қолданыңыз.</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Қалта:</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Құпия сөз тіркесі:</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation>Қайталаңыз:</translation>
    </message>
    <message>
        <source>Progress:</source>
        <translation>Барысы:</translation>
    </message>
    <message>
        <source>That is a file, not a folder: choose a folder.</source>
        <translation>Бұл қалта емес, файл: қалтаны таңдаңыз.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Create it?</source>
        <translation>%1 қалтасы жоқ. Оны жасау керек пе?</translation>
    </message>
    <message>
        <source>Create the folder</source>
        <translation>Қалтаны жасау</translation>
    </message>
    <message>
        <source>The folder could not be created; choose another one.</source>
        <translation>Қалтаны жасау мүмкін болмады; басқасын таңдаңыз.</translation>
    </message>
    <message>
        <source>That folder cannot be used; choose another one.</source>
        <translation>Бұл қалтаны қолдануға болмайды; басқасын таңдаңыз.</translation>
    </message>
    <message>
        <source>By itself: an increment when it can</source>
        <translation>Автоматты: мүмкін болса өсім көшірмесі</translation>
    </message>
    <message>
        <source>A full backup</source>
        <translation>Толық көшірме</translation>
    </message>
    <message>
        <source>An increment (only what changed)</source>
        <translation>Өсім көшірмесі (тек өзгерістер)</translation>
    </message>
    <message>
        <source>An increment holds only what changed since the last backup in this folder; it is made when the folder holds this vault's recent full backup.</source>
        <translation>Өсім көшірмесінде осы қалтадағы соңғы көшірмеден бері өзгергендер ғана болады; ол қалтада осы қойманың жақындағы толық көшірмесі болғанда жасалады.</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Түрі:</translation>
    </message>
    <message>
        <source>Increment written and verified: %1</source>
        <translation>Өсім көшірмесі жазылып, тексерілді: %1</translation>
    </message>
    <message>
        <source>Full backup written and verified: %1</source>
        <translation>Толық көшірме жазылып, тексерілді: %1</translation>
    </message>
</context>
<context>
    <name>BackupDialogs</name>
    <message>
        <source>Cancelled; nothing was saved.</source>
        <translation>Бас тартылды; ештеңе сақталмады.</translation>
    </message>
</context>
<context>
    <name>BackupKeysDialog</name>
    <message>
        <source>Devices whose backups this vault trusts:</source>
        <translation>Бұл қойма сақтық көшірмелеріне сенетін құрылғылар:</translation>
    </message>
    <message>
        <source>Stop trusting</source>
        <translation>Сенуді тоқтату</translation>
    </message>
    <message>
        <source>Backups signed by this device will be refused until it is trusted again. Stop trusting it?</source>
        <translation>Бұл құрылғы қол қойған сақтық көшірмелер оған қайта сенгенше қабылданбайды. Оған сенуді тоқтату керек пе?</translation>
    </message>
    <message>
        <source>The device is no longer trusted.</source>
        <translation>Бұл құрылғыға енді сенілмейді.</translation>
    </message>
    <message>
        <source>Backup keys</source>
        <translation>Сақтық көшірме кілттері</translation>
    </message>
    <message>
        <source>Backups are encrypted to these organisation keys: only their holders (for example headquarters) can open them. Add the key file (.pub) headquarters gave you, or paste its age1… key.</source>
        <translation>Сақтық көшірмелер ұйымның осы кілттерімен шифрланады: оларды тек кілт иелері (мысалы, штаб) аша алады. Штаб берген кілт файлын (.pub) қосыңыз немесе оның age1… кілтін қойыңыз.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Қосу</translation>
    </message>
    <message>
        <source>Add from a file…</source>
        <translation>Файлдан қосу…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>This laptop signs its backups as %1. Read it out to headquarters so they can recognise your backups.</source>
        <translation>Бұл ноутбук көшірмелеріне %1 деп қол қояды. Штаб сіздің көшірмелеріңізді тануы үшін оны айтып беріңіз.</translation>
    </message>
    <message>
        <source>No organisation key yet: backups can only be encrypted with a passphrase.</source>
        <translation>Ұйым кілті әзірге жоқ: көшірмелерді тек құпия сөзбен шифрлауға болады.</translation>
    </message>
    <message>
        <source>That key is already in the list.</source>
        <translation>Бұл кілт тізімде бар.</translation>
    </message>
    <message>
        <source>Key added.</source>
        <translation>Кілт қосылды.</translation>
    </message>
    <message>
        <source>Organisation key file</source>
        <translation>Ұйым кілтінің файлы</translation>
    </message>
    <message>
        <source>Public keys (*.pub);;All files (*)</source>
        <translation>Ашық кілттер (*.pub);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Remove key</source>
        <translation>Кілтті жою</translation>
    </message>
    <message>
        <source>Backups made from now on will not be readable with this key. Remove it?</source>
        <translation>Бұдан кейінгі көшірмелерді бұл кілтпен ашу мүмкін болмайды. Жою керек пе?</translation>
    </message>
    <message>
        <source>Key removed.</source>
        <translation>Кілт жойылды.</translation>
    </message>
    <message>
        <source>Split the organisation key…</source>
        <translation>Ұйым кілтін бөлу…</translation>
    </message>
</context>
<context>
    <name>BackupReminder</name>
    <message>
        <source>Back up now</source>
        <translation>Қазір көшірме жасау</translation>
    </message>
    <message>
        <source>This vault has never been backed up.</source>
        <translation>Бұл қойманың әлі сақтық көшірмесі жоқ.</translation>
    </message>
    <message numerus="yes">
        <source>The last backup is %n day(s) old.</source>
        <translation>
            <numerusform>Соңғы сақтық көшірмеге %n күн болды.</numerusform>
            <numerusform>Соңғы сақтық көшірмеге %n күн болды.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <source>Person</source>
        <translation>Адам</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Іс</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Оқиғалар</translation>
    </message>
    <message>
        <source>Witnesses &amp;&amp; consent</source>
        <translation>Куәлар және келісім</translation>
    </message>
    <message>
        <source>Testimonies</source>
        <translation>Айғақтар</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>Өтініштер</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Тіркемелер</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Тарих</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Сақталмаған өзгерістер бар</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Жаңа іс</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сақталуда…</translation>
    </message>
    <message>
        <source>Saved, except: %1</source>
        <translation>Сақталды, мынадан басқа: %1</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Барлық өзгерістер сақталды</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Сақталмады: %1</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>Сурет таңдаңыз</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.gif *.webp)</source>
        <translation>Суреттер (*.jpg *.jpeg *.png *.gif *.webp)</translation>
    </message>
    <message>
        <source>Related cases</source>
        <translation>Байланысты істер</translation>
    </message>
</context>
<context>
    <name>CaseListView</name>
    <message>
        <source>Search names, testimonies, notes — in any script (Ctrl+F)</source>
        <translation>Аттар, айғақтар, жазбалар бойынша іздеу — кез келген жазумен (Ctrl+F)</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Барлық мәртебелер</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Барлық жылдар</translation>
    </message>
    <message>
        <source>Any hometown</source>
        <translation>Кез келген туған жер</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>Қайта хабарласу мерзімі</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Мәртебе:</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Жыл:</translation>
    </message>
    <message>
        <source>Hometown:</source>
        <translation>Туған жері:</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n іс</numerusform>
            <numerusform>%n іс</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) found</source>
        <translation>
            <numerusform>%n іс табылды</numerusform>
            <numerusform>%n іс табылды</numerusform>
        </translation>
    </message>
    <message>
        <source>Merged cases</source>
        <translation>Біріктірілген істер</translation>
    </message>
    <message>
        <source>Also show the cases merged into another case</source>
        <translation>Басқа іспен біріктірілген істерді де көрсету</translation>
    </message>
</context>
<context>
    <name>CaseSection</name>
    <message>
        <source>Who submits the report (kept confidential)</source>
        <translation>Хабарламаны кім береді (құпия сақталады)</translation>
    </message>
    <message>
        <source>Place of arrest or abduction, or where last seen</source>
        <translation>Ұсталған не ұрланған жері, не соңғы рет көрінген жері</translation>
    </message>
    <message>
        <source>Who is believed to have carried it out (e.g. county police)</source>
        <translation>Мұны кім жасады деп есептеледі (мысалы, аудан полициясы)</translation>
    </message>
    <message>
        <source>Steps taken to find the person, or why domestic remedies were not possible</source>
        <translation>Адамды табу үшін не істелді, не ішкі құқықтық қорғау құралдары неге мүмкін болмады</translation>
    </message>
    <message>
        <source>Disappeared less than 3 months ago: the WGEID urgent procedure applies.</source>
        <translation>3 айдан аз уақыт бұрын жоғалған: ЕЖЖТ-ның шұғыл рәсімі қолданылады.</translation>
    </message>
    <message>
        <source>Case number:</source>
        <translation>Іс нөмірі:</translation>
    </message>
    <message>
        <source>Case status:</source>
        <translation>Іс мәртебесі:</translation>
    </message>
    <message>
        <source>Procedure:</source>
        <translation>Рәсім:</translation>
    </message>
    <message>
        <source>Intake date:</source>
        <translation>Қабылданған күні:</translation>
    </message>
    <message>
        <source>Submitted by:</source>
        <translation>Ұсынушы:</translation>
    </message>
    <message>
        <source>Disappeared on:</source>
        <translation>Жоғалған күні:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Орны:</translation>
    </message>
    <message>
        <source>Believed responsible:</source>
        <translation>Жауапты деп есептелетіндер:</translation>
    </message>
    <message>
        <source>Remedies:</source>
        <translation>Құқықтық қорғау:</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>Қысқаша мазмұны:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Ескертпелер:</translation>
    </message>
    <message>
        <source>Status history:</source>
        <translation>Мәртебе тарихы:</translation>
    </message>
    <message>
        <source>Other registers:</source>
        <translation>Басқа тізілімдер:</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>Case</source>
        <translation>Іс</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Аттары</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>Іс мәртебесі</translation>
    </message>
    <message>
        <source>Person's status</source>
        <translation>Адамның жағдайы</translation>
    </message>
    <message>
        <source>Disappeared</source>
        <translation>Жоғалған</translation>
    </message>
    <message>
        <source>Hometown</source>
        <translation>Туған жері</translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation>Соңғы өзгеріс</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Келесі хабарласу</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change the passphrase</source>
        <translation>Құпия сөз тіркесін өзгерту</translation>
    </message>
    <message>
        <source>The vault is encrypted again under the new passphrase. Until that is finished the current passphrase stays valid: if the computer stops midway, the current one still opens the vault.</source>
        <translation>Қойма жаңа құпия сөз тіркесімен қайта шифрланады. Бұл аяқталғанша ағымдағысы жарамды: компьютер жолда тоқтап қалса да, қойма ағымдағы тіркеспен ашылады.</translation>
    </message>
    <message>
        <source>Current passphrase:</source>
        <translation>Ағымдағы құпия сөз тіркесі:</translation>
    </message>
    <message>
        <source>New passphrase:</source>
        <translation>Жаңа құпия сөз тіркесі:</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation>Қайталаңыз:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Беріктігі:</translation>
    </message>
    <message>
        <source>Checking the current passphrase…</source>
        <translation>Ағымдағы құпия сөз тіркесі тексерілуде…</translation>
    </message>
    <message>
        <source>Deriving the new key…</source>
        <translation>Жаңа кілт есептелуде…</translation>
    </message>
    <message>
        <source>Encrypting a copy of the vault under the new key…</source>
        <translation>Қойманың көшірмесі жаңа кілтпен шифрлануда…</translation>
    </message>
    <message>
        <source>Putting the re-encrypted vault in place…</source>
        <translation>Қайта шифрланған қойма орнына қойылуда…</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Екі құпия сөз тіркесі сәйкес емес.</translation>
    </message>
    <message>
        <source>Type the current passphrase.</source>
        <translation>Ағымдағы құпия сөз тіркесін енгізіңіз.</translation>
    </message>
    <message>
        <source>The passphrase was changed. Use the new one from now on.</source>
        <translation>Құпия сөз тіркесі өзгертілді. Енді жаңасын қолданыңыз.</translation>
    </message>
    <message>
        <source>That is not the current passphrase. Check the keyboard layout and Caps Lock.</source>
        <translation>Бұл ағымдағы құпия сөз тіркесі емес. Пернетақта тілін және Caps Lock-ты тексеріңіз.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>The current passphrase still opens the vault.</source>
        <translation>Қойма әлі де ағымдағы құпия сөз тіркесімен ашылады.</translation>
    </message>
    <message>
        <source>Stronger key derivation (256 MiB; unlocking takes 1–2 seconds)</source>
        <translation>Күштірек кілт шығару (256 МиБ; бұғаттан шығару 1–2 секунд алады)</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>Name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <source>Date (month and year)</source>
        <translation>Күні (ай мен жыл)</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Орны</translation>
    </message>
    <message>
        <source>Believed responsible</source>
        <translation>Жауаптылар</translation>
    </message>
    <message>
        <source>Steps taken</source>
        <translation>Қабылданған шаралар</translation>
    </message>
    <message>
        <source>Submitted by</source>
        <translation>Ұсынушы</translation>
    </message>
</context>
<context>
    <name>ChecklistBar</name>
    <message>
        <source>UN WGEID:</source>
        <translation>БҰҰ ЕЖЖТ:</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Толық</translation>
    </message>
    <message>
        <source>%1 of 6 missing</source>
        <translation>6-ның %1-і жетіспейді</translation>
    </message>
</context>
<context>
    <name>CodedEdit</name>
    <message>
        <source>other…</source>
        <translation>басқа…</translation>
    </message>
    <message>
        <source>say what, in a few words</source>
        <translation>не екенін бірнеше сөзбен жазыңыз</translation>
    </message>
    <message>
        <source>other (comma separated)</source>
        <translation>басқа (үтір арқылы)</translation>
    </message>
    <message>
        <source>choose…</source>
        <translation>таңдау…</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Merge conflicts</source>
        <translation>Біріктіру қайшылықтары</translation>
    </message>
    <message>
        <source>Each line is a field changed both here and on a volunteer's device. The merge kept the newer value and set the other one aside. Choose the value the case should have; the choice is written to the case's history.</source>
        <translation>Әр жол — мұнда да, ерікті құрылғысында да өзгертілген өріс. Біріктіру жаңарақ мәнді қалдырып, екіншісін бөлек сақтады. Іске қажет мәнді таңдаңыз; таңдау іс тарихына жазылады.</translation>
    </message>
    <message>
        <source>In the case now</source>
        <translation>Қазір істе</translation>
    </message>
    <message>
        <source>Keep this value</source>
        <translation>Осы мәнді қалдыру</translation>
    </message>
    <message>
        <source>Set aside by the merge</source>
        <translation>Біріктіру кезінде бөлек сақталған</translation>
    </message>
    <message>
        <source>Use this value</source>
        <translation>Осы мәнді алу</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to review.</source>
        <translation>
            <numerusform>Қарауға %n қайшылық бар.</numerusform>
            <numerusform>Қарауға %n қайшылық бар.</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicts to review.</source>
        <translation>Қарайтын қайшылық жоқ.</translation>
    </message>
    <message>
        <source>this vault</source>
        <translation>осы қоймадан</translation>
    </message>
    <message>
        <source>the device's backup</source>
        <translation>құрылғының көшірмесінен</translation>
    </message>
    <message>
        <source>From %1, changed %2</source>
        <translation>%1, өзгертілген уақыты %2</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <source>Wrong passphrase — or the file is damaged. Check the keyboard layout (Kazakh/Russian/English) and try again.</source>
        <translation>Құпия сөз тіркесі қате — не файл бүлінген. Пернетақта тілін (қазақ/орыс/ағылшын) тексеріп, қайталап көріңіз.</translation>
    </message>
    <message>
        <source>This vault is already open in another Izdeu window. Switch to that window, or close it first.</source>
        <translation>Бұл қойма Izdeu-дің басқа терезесінде ашық тұр. Сол терезеге ауысыңыз не алдымен оны жабыңыз.</translation>
    </message>
    <message>
        <source>If this is your vault file, it may be damaged: restore it from a backup.</source>
        <translation>Егер бұл сіздің қойма файлыңыз болса, ол бүлінген болуы мүмкін: сақтық көшірмеден қалпына келтіріңіз.</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>e.g. 12.03.2018, March 2018, 2018, about 1940</source>
        <translation>мыс. 12.03.2018, 2018 жылғы наурыз, 2018, шамамен 1940</translation>
    </message>
    <message>
        <source>year known</source>
        <translation>жылы белгілі</translation>
    </message>
    <message>
        <source>month known</source>
        <translation>айы белгілі</translation>
    </message>
    <message>
        <source>day known</source>
        <translation>күні белгілі</translation>
    </message>
    <message>
        <source>an estimate, %1</source>
        <translation>шамамен, %1</translation>
    </message>
</context>
<context>
    <name>DemoBand</name>
    <message>
        <source>DEMO — fictional cases. Nothing here is real; do not enter real cases.</source>
        <translation>ДЕМО — ойдан шығарылған істер. Мұнда ештеңе шын емес; нақты істерді енгізбеңіз.</translation>
    </message>
</context>
<context>
    <name>DemoMarker</name>
    <message>
        <source>DEMO</source>
        <translation>ДЕМО</translation>
    </message>
</context>
<context>
    <name>DossierChecks</name>
    <message>
        <source>(a) the person's name</source>
        <translation>(a) адамның аты-жөні</translation>
    </message>
    <message>
        <source>(b) the date of disappearance (at least month and year)</source>
        <translation>(b) хабарсыз кеткен күні (кемінде айы мен жылы)</translation>
    </message>
    <message>
        <source>(c) the place</source>
        <translation>(c) орны</translation>
    </message>
    <message>
        <source>(d) who is believed responsible</source>
        <translation>(d) кім жауапты деп саналады</translation>
    </message>
    <message>
        <source>(e) steps taken, or why remedies were not possible</source>
        <translation>(e) қабылданған шаралар немесе қорғау құралдары неге мүмкін болмады</translation>
    </message>
    <message>
        <source>(f) the submitting organisation</source>
        <translation>(f) ұсынушы ұйым</translation>
    </message>
    <message>
        <source>The Working Group needs six elements to transmit a case. Missing or incomplete: %1.</source>
        <translation>Жұмыс тобына істі жіберу үшін алты элемент керек. Жоқ немесе толық емес: %1.</translation>
    </message>
    <message>
        <source>As recorded, this case is not an enforced disappearance in the Working Group's sense (the person is not known to be deprived of liberty, e.g. only a passport was confiscated). A ministry or an NGO can act on it: consider the ministry profile.</source>
        <translation>Жазылғанына қарағанда, бұл іс Жұмыс тобының түсінігіндегі күштеп жоғалту емес (адамның бостандықтан айырылғаны белгісіз, мысалы, тек төлқұжаты алынған). Оны министрлік не ҮЕҰ қарай алады: министрлік профилін қарастырыңыз.</translation>
    </message>
</context>
<context>
    <name>DossierDialog</name>
    <message>
        <source>Dossier</source>
        <translation>Досье</translation>
    </message>
    <message>
        <source>UN Working Group (WGEID)</source>
        <translation>БҰҰ жұмыс тобы (ЕЖЖТ)</translation>
    </message>
    <message>
        <source>Ministry (covering letter first)</source>
        <translation>Министрлік (алдымен ілеспе хат)</translation>
    </message>
    <message>
        <source>NGO / public (identities as consented)</source>
        <translation>ҮЕҰ / жария (тұлғалар келісім бойынша)</translation>
    </message>
    <message>
        <source>Organisation submitting the dossier</source>
        <translation>Досьені ұсынатын ұйым</translation>
    </message>
    <message>
        <source>Record as sent to:</source>
        <translation>Жіберілді деп белгілеу:</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Алушы</translation>
    </message>
    <message>
        <source>Language of labels</source>
        <translation>Белгілер тілі</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Алдын ала қарау</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Сақтау…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Басып шығару…</translation>
    </message>
    <message numerus="yes">
        <source>Make %n dossier(s) into a folder…</source>
        <translation>
            <numerusform>%n досьені қалтаға жасау…</numerusform>
            <numerusform>%n досьені қалтаға жасау…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Options changed: press Preview to make the dossier.</source>
        <translation>Параметрлер өзгерді: досье жасау үшін «Алдын ала қарау» басыңыз.</translation>
    </message>
    <message>
        <source>The dossier could not be made.</source>
        <translation>Досье жасау мүмкін болмады.</translation>
    </message>
    <message>
        <source>Making the dossier…</source>
        <translation>Досье жасалуда…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s). SHA-256: </source>
        <translation>
            <numerusform>%n бет. SHA-256: </numerusform>
            <numerusform>%n бет. SHA-256: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n testimony(ies) left out: the witness's consent does not cover this recipient or was withdrawn.</source>
        <translation>
            <numerusform>%n айғақ қосылмады: куәнің келісімі бұл алушыны қамтымайды не қайтарылған.</numerusform>
            <numerusform>%n айғақ қосылмады: куәнің келісімі бұл алушыны қамтымайды не қайтарылған.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the dossier</source>
        <translation>Досьені сақтау</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Сақталды: %1.</translation>
    </message>
    <message>
        <source>Folder for the dossiers</source>
        <translation>Досьелерге арналған қалта</translation>
    </message>
    <message>
        <source>Making dossiers…</source>
        <translation>Досьелер жасалуда…</translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) written.</source>
        <translation>
            <numerusform>%n досье жазылды.</numerusform>
            <numerusform>%n досье жазылды.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) failed.</source>
        <translation>
            <numerusform>%n іс сәтсіз аяқталды.</numerusform>
            <numerusform>%n іс сәтсіз аяқталды.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Бас тартылды.</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Қолтаңба</translation>
    </message>
    <message>
        <source>Use the ministry profile</source>
        <translation>Министрлік профилін қолдану</translation>
    </message>
    <message>
        <source>Signed; certificate SHA-256 %1.</source>
        <translation>Қол қойылды; сертификаттың SHA-256 мәні %1.</translation>
    </message>
    <message>
        <source>Save it anyway?</source>
        <translation>Бәрібір сақтау керек пе?</translation>
    </message>
    <message>
        <source>One-page summary (protest file, press briefing)</source>
        <translation>Бір беттік анықтама (наразылық құжаты, баспасөз брифингі үшін)</translation>
    </message>
    <message>
        <source>Covering list: %1.</source>
        <translation>Ілеспе тізім: %1.</translation>
    </message>
</context>
<context>
    <name>DuplicatePanel</name>
    <message>
        <source>Possibly the same person:</source>
        <translation>Мүмкін, сол адам:</translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>ұқсастық %1</translation>
    </message>
    <message>
        <source>Same person…</source>
        <translation>Сол адам…</translation>
    </message>
    <message>
        <source>Not the same person</source>
        <translation>Бұл басқа адам</translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <source>names sound alike: {a} ≈ {b}</source>
        <translation>есімдер ұқсас естіледі: {a} ≈ {b}</translation>
    </message>
    <message>
        <source>same birth date {a}</source>
        <translation>туған күні бірдей: {a}</translation>
    </message>
    <message>
        <source>same birth year: {a} / {b}</source>
        <translation>туған жылы бірдей: {a} / {b}</translation>
    </message>
    <message>
        <source>birth dates differ: {a} / {b}</source>
        <translation>туған күндері әртүрлі: {a} / {b}</translation>
    </message>
    <message>
        <source>same hometown: {a} / {b}</source>
        <translation>туған жері бірдей: {a} / {b}</translation>
    </message>
    <message>
        <source>same identity number {a}</source>
        <translation>сәйкестендіру нөмірі бірдей: {a}</translation>
    </message>
    <message>
        <source>different identity numbers: {a} / {b}</source>
        <translation>сәйкестендіру нөмірлері әртүрлі: {a} / {b}</translation>
    </message>
    <message>
        <source>sex differs: {a} / {b}</source>
        <translation>жынысы әртүрлі: {a} / {b}</translation>
    </message>
    <message>
        <source>same father's name: {a} / {b}</source>
        <translation>әкесінің аты бірдей: {a} / {b}</translation>
    </message>
    <message>
        <source>fathers' names differ: {a} / {b}</source>
        <translation>әкелерінің аттары әртүрлі: {a} / {b}</translation>
    </message>
    <message>
        <source>same mother's name: {a} / {b}</source>
        <translation>анасының аты бірдей: {a} / {b}</translation>
    </message>
    <message>
        <source>mothers' names differ: {a} / {b}</source>
        <translation>аналарының аттары әртүрлі: {a} / {b}</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Possible duplicates</source>
        <translation>Ықтимал қайталанулар</translation>
    </message>
    <message>
        <source>Comparing every case with the others…</source>
        <translation>Әр іс қалғандарымен салыстырылуда…</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Ұқсастық</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Іс</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Есімдер</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Неліктен</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) of cases may record the same person.</source>
        <translation>
            <numerusform>%n жұп іс бір адамды сипаттауы мүмкін.</numerusform>
            <numerusform>%n жұп іс бір адамды сипаттауы мүмкін.</numerusform>
        </translation>
    </message>
    <message>
        <source>No two cases seem to record the same person.</source>
        <translation>Бір адамды жазған екі іс табылмады.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Тоқтату</translation>
    </message>
    <message>
        <source>Same person…</source>
        <translation>Сол адам…</translation>
    </message>
    <message>
        <source>Not the same person</source>
        <translation>Бұл басқа адам</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Біріктіру…</translation>
    </message>
    <message>
        <source>Each pair may be one person reported twice, in different scripts or spellings. Nothing is merged unless you ask: open both cases to check.</source>
        <translation>Әр жұп — екі рет, басқа жазумен не басқаша жазылып хабарланған бір адам болуы мүмкін. Сіз сұрамайынша ештеңе біріктірілмейді: тексеру үшін екі істі де ашыңыз.</translation>
    </message>
</context>
<context>
    <name>DuressDialog</name>
    <message>
        <source>Duress passphrase</source>
        <translation>Мәжбүрлеу құпия сөзі</translation>
    </message>
    <message>
        <source>Typed at the unlock window instead of the real passphrase, the duress passphrase erases this vault without a sign, then answers "wrong passphrase" or opens a decoy vault you prepared with harmless cases. It is armed only while the last verified backup to your organisation's keys holds every change.</source>
        <translation>Бұғаттан шығару терезесінде нағыз құпия сөздің орнына терілсе, мәжбүрлеу құпия сөзі бұл қойманы белгі бермей өшіреді, содан кейін «қате құпия сөз» деп жауап береді немесе сіз дайындаған зиянсыз істері бар алдамшы қойманы ашады. Ол ұйым кілттеріне жасалған соңғы тексерілген сақтық көшірмеде барлық өзгеріс болғанда ғана қосулы.</translation>
    </message>
    <message>
        <source>Then answer "wrong passphrase"</source>
        <translation>Содан кейін «қате құпия сөз» деп жауап беру</translation>
    </message>
    <message>
        <source>Then open a decoy vault (it must open with the duress passphrase)</source>
        <translation>Содан кейін алдамшы қойманы ашу (ол мәжбүрлеу құпия сөзімен ашылуы керек)</translation>
    </message>
    <message>
        <source>Choose the decoy vault…</source>
        <translation>Алдамшы қойманы таңдау…</translation>
    </message>
    <message>
        <source>Duress passphrase:</source>
        <translation>Мәжбүрлеу құпия сөзі:</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation>Қайталаңыз:</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Орнату</translation>
    </message>
    <message>
        <source>Remove the duress passphrase</source>
        <translation>Мәжбүрлеу құпия сөзін жою</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Choose the decoy vault</source>
        <translation>Алдамшы қойманы таңдау</translation>
    </message>
    <message>
        <source>Izdeu vaults (*.izdeu)</source>
        <translation>Izdeu қоймалары (*.izdeu)</translation>
    </message>
    <message>
        <source>No duress passphrase is set.</source>
        <translation>Мәжбүрлеу құпия сөзі орнатылмаған.</translation>
    </message>
    <message>
        <source>A duress passphrase is set and armed.</source>
        <translation>Мәжбүрлеу құпия сөзі орнатылған және қосулы.</translation>
    </message>
    <message>
        <source>A duress passphrase is set, but not armed: changes are newer than the last verified backup. It arms itself after the next one.</source>
        <translation>Мәжбүрлеу құпия сөзі орнатылған, бірақ қосулы емес: соңғы тексерілген сақтық көшірмеден жаңа өзгерістер бар. Келесі көшірмеден кейін өзі қосылады.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Екі құпия сөз сәйкес емес.</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Erase this vault</source>
        <translation>Бұл қойманы өшіру</translation>
    </message>
    <message>
        <source>Erasing destroys the vault's key first, then overwrites and removes every file of the vault on this computer. It cannot be undone: only a backup brings the cases back.</source>
        <translation>Өшіру алдымен қойманың кілтін жояды, содан кейін осы компьютердегі қойманың барлық файлын қайта жазып, жояды. Мұны кері қайтару мүмкін емес: істерді тек сақтық көшірме қайтарады.</translation>
    </message>
    <message>
        <source>The vault's passphrase</source>
        <translation>Қойманың құпия сөзі</translation>
    </message>
    <message>
        <source>Check what would be lost</source>
        <translation>Не жоғалатынын тексеру</translation>
    </message>
    <message>
        <source>I accept losing these changes</source>
        <translation>Бұл өзгерістердің жоғалуына келісемін</translation>
    </message>
    <message>
        <source>ERASE</source>
        <translation>ӨШІРУ</translation>
    </message>
    <message>
        <source>Type %1 to confirm</source>
        <translation>Растау үшін %1 деп теріңіз</translation>
    </message>
    <message>
        <source>Erase now</source>
        <translation>Қазір өшіру</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Nothing is lost: the last verified backup to your organisation's keys holds every change.</source>
        <translation>Ештеңе жоғалмайды: ұйым кілттеріне жасалған соңғы тексерілген сақтық көшірмеде барлық өзгеріс бар.</translation>
    </message>
    <message>
        <source>%1 cases and %2 testimonies changed since the last verified backup to your organisation's keys. They will be lost.</source>
        <translation>Ұйым кілттеріне жасалған соңғы тексерілген сақтық көшірмеден бері %1 іс және %2 куәлік өзгерді. Олар жоғалады.</translation>
    </message>
    <message>
        <source>This vault has no verified backup to your organisation's keys: all %1 cases and %2 testimonies will be lost.</source>
        <translation>Бұл қойманың ұйым кілттеріне тексерілген сақтық көшірмесі жоқ: барлық %1 іс және %2 куәлік жоғалады.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something went wrong; nothing was changed.</source>
        <translation>Бірдеңе дұрыс болмады; ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>the operation failed</source>
        <translation>әрекет орындалмады</translation>
    </message>
    <message>
        <source>invalid command-line usage</source>
        <translation>пәрмен қате шақырылды</translation>
    </message>
    <message>
        <source>wrong passphrase, or the vault file is damaged</source>
        <translation>құпия сөз тіркесі қате, не қойма файлы бүлінген</translation>
    </message>
    <message>
        <source>this file is not an Izdeu vault</source>
        <translation>бұл файл Izdeu қоймасы емес</translation>
    </message>
    <message>
        <source>the vault failed its integrity check; restore it from a backup</source>
        <translation>қойма тұтастық тексерісінен өтпеді; сақтық көшірмеден қалпына келтіріңіз</translation>
    </message>
    <message>
        <source>this vault is already open in another Izdeu window or process</source>
        <translation>бұл қойма Izdeu-дің басқа терезесінде не процесінде ашық</translation>
    </message>
    <message>
        <source>the vault is locked</source>
        <translation>қойма құлыпталған</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>табылмады</translation>
    </message>
    <message>
        <source>invalid input</source>
        <translation>жарамсыз дерек</translation>
    </message>
    <message>
        <source>the passphrase is too weak</source>
        <translation>құпия сөз тіркесі тым әлсіз</translation>
    </message>
    <message>
        <source>this vault was made by a newer version of Izdeu; please update Izdeu</source>
        <translation>бұл қойманы Izdeu-дің жаңарақ нұсқасы жасаған; Izdeu-ді жаңартыңыз</translation>
    </message>
    <message>
        <source>could not write to the disk (is it full or read-only?)</source>
        <translation>дискіге жазу мүмкін болмады (толып қалған не тек оқуға арналған ба?)</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>бас тартылды</translation>
    </message>
    <message>
        <source>none of the given keys can open this backup, or the backup is damaged</source>
        <translation>берілген кілттердің ешқайсысы бұл сақтық көшірмені аша алмайды, не сақтық көшірме бүлінген</translation>
    </message>
    <message>
        <source>wrong passphrase, or the backup is damaged</source>
        <translation>құпия сөз тіркесі қате, не сақтық көшірме бүлінген</translation>
    </message>
    <message>
        <source>wrong passphrase, or the key file is damaged</source>
        <translation>құпия сөз тіркесі қате, не кілт файлы бүлінген</translation>
    </message>
    <message>
        <source>the backup is damaged or incomplete; use another copy</source>
        <translation>сақтық көшірме бүлінген не толық емес; басқа көшірмені пайдаланыңыз</translation>
    </message>
    <message>
        <source>the backup's signature does not match its contents; it was altered</source>
        <translation>сақтық көшірменің қолтаңбасы мазмұнына сәйкес емес; оны өзгерткен</translation>
    </message>
    <message>
        <source>the backup was signed by an unknown device key; nothing was changed</source>
        <translation>сақтық көшірмеге белгісіз құрылғы кілті қол қойған; ештеңе өзгертілмеді</translation>
    </message>
    <message>
        <source>the backup was signed by an unknown device key ({fingerprint}); nothing was changed</source>
        <translation>сақтық көшірмеге белгісіз құрылғы кілті ({fingerprint}) қол қойған; ештеңе өзгертілмеді</translation>
    </message>
    <message>
        <source>the backup was signed by an unknown device key ({fingerprint}); nothing was changed; {hint}</source>
        <translation>сақтық көшірмеге белгісіз құрылғы кілті ({fingerprint}) қол қойған; ештеңе өзгертілмеді; {hint}</translation>
    </message>
    <message>
        <source>this backup was made by a newer version of Izdeu; please update Izdeu</source>
        <translation>бұл сақтық көшірмені Izdeu-дің жаңарақ нұсқасы жасаған; Izdeu-ді жаңартыңыз</translation>
    </message>
    <message>
        <source>this file is not an Izdeu backup</source>
        <translation>бұл файл Izdeu сақтық көшірмесі емес</translation>
    </message>
    <message>
        <source>a file with that name already exists; backups are never overwritten</source>
        <translation>мұндай атаулы файл бар; сақтық көшірмелер ешқашан қайта жазылмайды</translation>
    </message>
    <message>
        <source>invalid backup request</source>
        <translation>сақтық көшірме сұрауы жарамсыз</translation>
    </message>
    <message>
        <source>an attachment in the vault does not match its recorded size or checksum; the backup was not written</source>
        <translation>қоймадағы тіркеме жазылған өлшеміне не бақылау сомасына сәйкес емес; сақтық көшірме жазылмады</translation>
    </message>
    <message>
        <source>could not write the backup; nothing was saved</source>
        <translation>сақтық көшірмені жазу мүмкін болмады; ештеңе сақталмады</translation>
    </message>
    <message>
        <source>cannot write to the backup folder (is it read-only?); nothing was saved</source>
        <translation>сақтық көшірме қалтасына жазу мүмкін емес (ол тек оқуға арналған ба?); ештеңе сақталмады</translation>
    </message>
    <message>
        <source>the disk is full; the backup was not saved</source>
        <translation>диск толы; сақтық көшірме сақталмады</translation>
    </message>
    <message>
        <source>could not read the backup file (was the disk removed?)</source>
        <translation>сақтық көшірме файлын оқу мүмкін болмады (диск алынып тасталды ма?)</translation>
    </message>
    <message>
        <source>the backup did not read back correctly (the disk may be faulty); nothing was saved</source>
        <translation>сақтық көшірме тексеруде дұрыс оқылмады (диск ақаулы болуы мүмкін); ештеңе сақталмады</translation>
    </message>
    <message>
        <source>the backup holds data this version of Izdeu cannot read; please update Izdeu</source>
        <translation>сақтық көшірмеде Izdeu-дің бұл нұсқасы оқи алмайтын деректер бар; Izdeu-ді жаңартыңыз</translation>
    </message>
    <message>
        <source>the number of backups to keep must be a whole number from 1 to 10000</source>
        <translation>сақталатын сақтық көшірмелер саны 1-ден 10000-ға дейінгі бүтін сан болуы керек</translation>
    </message>
    <message>
        <source>the reminder interval in days must be a whole number from 1 to 10000</source>
        <translation>еске салу аралығы (күнмен) 1-ден 10000-ға дейінгі бүтін сан болуы керек</translation>
    </message>
    <message>
        <source>give the device's fingerprint (32 hex digits), its public key (base64), or a device key file</source>
        <translation>құрылғының саусақ ізін (32 он алтылық цифр), ашық кілтін (base64) не құрылғы кілті файлын беріңіз</translation>
    </message>
    <message>
        <source>{path} already exists; choose another name or use --force</source>
        <translation>{path} бар; басқа атау таңдаңыз не --force қолданыңыз</translation>
    </message>
    <message>
        <source>{path} already exists; choose another name</source>
        <translation>{path} бар; басқа атау таңдаңыз</translation>
    </message>
    <message>
        <source>the case {uuid} was deleted in this vault; nothing was imported (use --skip-existing to import the other cases)</source>
        <translation>{uuid} ісі бұл қоймада жойылған; ештеңе импортталмады (басқа істерді импорттау үшін --skip-existing қолданыңыз)</translation>
    </message>
    <message>
        <source>the case {uuid} is already in this vault; nothing was imported (use --skip-existing to import the other cases)</source>
        <translation>{uuid} ісі бұл қоймада бар; ештеңе импортталмады (басқа істерді импорттау үшін --skip-existing қолданыңыз)</translation>
    </message>
    <message>
        <source>{field}: contains a bidi embedding, override or isolate character</source>
        <translation>{field}: мәтін бағытын басқаратын таңба бар (ендіру, қайта анықтау не оқшаулау)</translation>
    </message>
    <message>
        <source>{field}: contains a bidi mark (not allowed in a one-line field)</source>
        <translation>{field}: мәтін бағытының белгісі бар (бір жолды өрісте болмайды)</translation>
    </message>
    <message>
        <source>{field}: contains a line break (not allowed in a one-line field)</source>
        <translation>{field}: жол ауысуы бар (бір жолды өрісте болмайды)</translation>
    </message>
    <message>
        <source>{field}: contains a control character</source>
        <translation>{field}: басқару таңбасы бар</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>файл жоқ</translation>
    </message>
    <message>
        <source>that path is a folder, not a file</source>
        <translation>бұл жол — қалта, файл емес</translation>
    </message>
    <message>
        <source>cannot read the file</source>
        <translation>файлды оқу мүмкін емес</translation>
    </message>
    <message>
        <source>the file is not a regular file (a device, pipe or socket cannot be read)</source>
        <translation>бұл кәдімгі файл емес (құрылғыны, арнаны не сокетті оқуға болмайды)</translation>
    </message>
    <message>
        <source>the key file does not exist</source>
        <translation>кілт файлы жоқ</translation>
    </message>
    <message>
        <source>that path is a folder, not a key file</source>
        <translation>бұл жол — қалта, кілт файлы емес</translation>
    </message>
    <message>
        <source>cannot read the key file</source>
        <translation>кілт файлын оқу мүмкін емес</translation>
    </message>
    <message>
        <source>the key file is not a regular file (a device, pipe or socket cannot be read)</source>
        <translation>кілт файлы кәдімгі файл емес (құрылғыны, арнаны не сокетті оқуға болмайды)</translation>
    </message>
    <message>
        <source>the backup file does not exist</source>
        <translation>сақтық көшірме файлы жоқ</translation>
    </message>
    <message>
        <source>that path is a folder, not a backup file</source>
        <translation>бұл жол — қалта, сақтық көшірме файлы емес</translation>
    </message>
    <message>
        <source>cannot read the backup file</source>
        <translation>сақтық көшірме файлын оқу мүмкін емес</translation>
    </message>
    <message>
        <source>the backup file is not a regular file (a device, pipe or socket cannot be read)</source>
        <translation>сақтық көшірме файлы кәдімгі файл емес (құрылғыны, арнаны не сокетті оқуға болмайды)</translation>
    </message>
    <message>
        <source>the case file does not exist</source>
        <translation>істер файлы жоқ</translation>
    </message>
    <message>
        <source>that path is a folder, not a case file</source>
        <translation>бұл жол — қалта, істер файлы емес</translation>
    </message>
    <message>
        <source>cannot read the case file</source>
        <translation>істер файлын оқу мүмкін емес</translation>
    </message>
    <message>
        <source>the case file is not a regular file (a device, pipe or socket cannot be read)</source>
        <translation>істер файлы кәдімгі файл емес (құрылғыны, арнаны не сокетті оқуға болмайды)</translation>
    </message>
    <message>
        <source>the file is too large (limit {limit})</source>
        <translation>файл тым үлкен (шегі — {limit})</translation>
    </message>
    <message>
        <source>the key file is too large (limit {limit})</source>
        <translation>кілт файлы тым үлкен (шегі — {limit})</translation>
    </message>
    <message>
        <source>the backup file is too large (limit {limit})</source>
        <translation>сақтық көшірме файлы тым үлкен (шегі — {limit})</translation>
    </message>
    <message>
        <source>the case file is too large (limit {limit})</source>
        <translation>істер файлы тым үлкен (шегі — {limit})</translation>
    </message>
    <message>
        <source>the two passphrases differ; nothing was done</source>
        <translation>екі құпия сөз тіркесі әртүрлі; ештеңе жасалмады</translation>
    </message>
    <message>
        <source>this backup is encrypted to keys: give the private key file with --key</source>
        <translation>бұл сақтық көшірме кілттерге шифрланған: жабық кілт файлын --key арқылы беріңіз</translation>
    </message>
    <message>
        <source>use either --to or --passphrase</source>
        <translation>--to не --passphrase біреуін ғана қолданыңыз</translation>
    </message>
    <message>
        <source>give the new vault's file name with --vault NEW</source>
        <translation>жаңа қойманың файл атауын --vault NEW арқылы беріңіз</translation>
    </message>
    <message>
        <source>a file with that name already exists; choose a new vault name</source>
        <translation>мұндай атаулы файл бар; қоймаға жаңа атау таңдаңыз</translation>
    </message>
    <message>
        <source>{path} already exists; key files are never replaced</source>
        <translation>{path} бар; кілт файлдары ешқашан ауыстырылмайды</translation>
    </message>
    <message>
        <source>that key is not in the vault's list</source>
        <translation>бұл кілт қойманың тізімінде жоқ</translation>
    </message>
    <message>
        <source>no trusted device key with that fingerprint</source>
        <translation>мұндай саусақ ізі бар сенімді құрылғы кілті жоқ</translation>
    </message>
    <message>
        <source>a file with that name already exists; it was not replaced</source>
        <translation>мұндай атаулы файл бар; ол ауыстырылмады</translation>
    </message>
    <message>
        <source>a fingerprint is not enough to trust a device here: give its public key or key file (or merge one of its backups with --signer FINGERPRINT)</source>
        <translation>құрылғыға сену үшін саусақ ізі жеткіліксіз: оның ашық кілтін не кілт файлын беріңіз (не оның бір сақтық көшірмесін --signer САУСАҚ_ІЗІ арқылы біріктіріңіз)</translation>
    </message>
    <message>
        <source>this is not an Ed25519 public key</source>
        <translation>бұл Ed25519 ашық кілті емес</translation>
    </message>
    <message>
        <source>the passphrase must not be empty</source>
        <translation>құпия сөз тіркесі бос болмауы керек</translation>
    </message>
    <message>
        <source>this is not an age identity (secret key)</source>
        <translation>бұл age кілті (құпия кілт) емес</translation>
    </message>
    <message>
        <source>not a valid age public key (it should start with age1)</source>
        <translation>жарамсыз age ашық кілті (ол age1-ден басталуы керек)</translation>
    </message>
    <message>
        <source>a key file with that name already exists; it was not replaced</source>
        <translation>мұндай атаулы кілт файлы бар; ол ауыстырылмады</translation>
    </message>
    <message>
        <source>this is not an Izdeu key file</source>
        <translation>бұл Izdeu кілт файлы емес</translation>
    </message>
    <message>
        <source>this is not a device signing key</source>
        <translation>бұл құрылғының қолтаңба кілті емес</translation>
    </message>
    <message>
        <source>that is a protected private key file; give its .pub file or the age1… public key</source>
        <translation>бұл қорғалған жабық кілт файлы; оның .pub файлын не age1… ашық кілтін беріңіз</translation>
    </message>
    <message>
        <source>the key file holds no age1… public key</source>
        <translation>кілт файлында age1… ашық кілті жоқ</translation>
    </message>
    <message>
        <source>this is not a valid age identity (secret key)</source>
        <translation>бұл жарамды age кілті (құпия кілт) емес</translation>
    </message>
    <message>
        <source>the key could not be encrypted</source>
        <translation>кілтті шифрлау мүмкін болмады</translation>
    </message>
    <message>
        <source>no key file {arg} (give age1… or a NAME.pub file)</source>
        <translation>{arg} кілт файлы жоқ (age1… не АТАУ.pub файлын беріңіз)</translation>
    </message>
    <message>
        <source>the backup holds a record this version of Izdeu refuses ({detail}); correct it on the device that made the backup; nothing was changed</source>
        <translation>сақтық көшірмеде Izdeu-дің бұл нұсқасы қабылдамайтын жазба бар ({detail}); оны сақтық көшірмені жасаған құрылғыда түзетіңіз; ештеңе өзгертілмеді</translation>
    </message>
    <message>
        <source>the backup holds a record this version of Izdeu cannot read ({detail}); please update Izdeu</source>
        <translation>сақтық көшірмеде Izdeu-дің бұл нұсқасы оқи алмайтын жазба бар ({detail}); Izdeu-ді жаңартыңыз</translation>
    </message>
    <message>
        <source>the backup is incomplete: an attachment's content is missing</source>
        <translation>сақтық көшірме толық емес: тіркеменің мазмұны жоқ</translation>
    </message>
    <message>
        <source>the folder for the new vault does not exist</source>
        <translation>жаңа қоймаға арналған қалта жоқ</translation>
    </message>
    <message>
        <source>the backup's audit log does not verify</source>
        <translation>сақтық көшірменің аудит журналы тексеруден өтпейді</translation>
    </message>
    <message>
        <source>the restored vault does not match the backup's counts</source>
        <translation>қалпына келтірілген қойма сақтық көшірмедегі жазбалар санына сәйкес емес</translation>
    </message>
    <message>
        <source>the new vault is on storage that cannot be written</source>
        <translation>жаңа қойма жазуға болмайтын тасығышта</translation>
    </message>
    <message>
        <source>the vault's list of backup keys is damaged</source>
        <translation>қоймадағы сақтық көшірме кілттерінің тізімі бүлінген</translation>
    </message>
    <message>
        <source>not a device public key (base64 of 32 bytes, as shown by `izdeu backup-keys` on the device)</source>
        <translation>бұл құрылғының ашық кілті емес (құрылғыда `izdeu backup-keys` көрсететіндей, 32 байттың base64 түрі)</translation>
    </message>
    <message>
        <source>the label is too long</source>
        <translation>атауы тым ұзын</translation>
    </message>
    <message>
        <source>the vault's list of trusted device keys is damaged</source>
        <translation>қоймадағы сенімді құрылғы кілттерінің тізімі бүлінген</translation>
    </message>
    <message>
        <source>the vault's device signing key is damaged</source>
        <translation>қоймадағы құрылғының қолтаңба кілті бүлінген</translation>
    </message>
    <message>
        <source>keep at least one backup</source>
        <translation>кемінде бір сақтық көшірмені сақтаңыз</translation>
    </message>
    <message>
        <source>the vault is busy; try the backup again</source>
        <translation>қойма бос емес; сақтық көшірмені қайта жасап көріңіз</translation>
    </message>
    <message>
        <source>no key to encrypt the backup to: add the headquarters key (`izdeu backup-keys --add age1…`), give one, or use a passphrase</source>
        <translation>сақтық көшірмені шифрлайтын кілт жоқ: штаб кілтін қосыңыз (`izdeu backup-keys --add age1…`), кілт беріңіз не құпия сөз тіркесін қолданыңыз</translation>
    </message>
    <message>
        <source>cannot read the device key file</source>
        <translation>құрылғы кілті файлын оқу мүмкін емес</translation>
    </message>
    <message>
        <source>trusted_signers must be a list of public keys</source>
        <translation>trusted_signers ашық кілттер тізімі болуы керек</translation>
    </message>
    <message>
        <source>give a key file or a passphrase to open the backup</source>
        <translation>сақтық көшірмені ашу үшін кілт файлын не құпия сөз тіркесін беріңіз</translation>
    </message>
    <message>
        <source>the backup changed while it was being read</source>
        <translation>сақтық көшірме оқылып жатқанда өзгерді</translation>
    </message>
    <message>
        <source>records() must be read once, before attachments()</source>
        <translation>records() бір рет, attachments() алдында оқылуы керек</translation>
    </message>
    <message>
        <source>attachments() can be read only once</source>
        <translation>attachments() тек бір рет оқылады</translation>
    </message>
    <message>
        <source>this backup is encrypted to keys, not to a passphrase; give a key file</source>
        <translation>бұл сақтық көшірме құпия сөз тіркесіне емес, кілттерге шифрланған; кілт файлын беріңіз</translation>
    </message>
    <message>
        <source>this backup needs its passphrase</source>
        <translation>бұл сақтық көшірмеге оның құпия сөз тіркесі керек</translation>
    </message>
    <message>
        <source>the backup folder does not exist</source>
        <translation>сақтық көшірме қалтасы жоқ</translation>
    </message>
    <message>
        <source>too many backups with the same time stamp</source>
        <translation>уақыт белгісі бірдей сақтық көшірмелер тым көп</translation>
    </message>
    <message>
        <source>encrypt a backup either to recipients or to a passphrase</source>
        <translation>сақтық көшірмені не алушыларға, не құпия сөз тіркесіне шифрлаңыз</translation>
    </message>
    <message>
        <source>the signing key must be an Ed25519 private key</source>
        <translation>қолтаңба кілті Ed25519 жабық кілті болуы керек</translation>
    </message>
    <message>
        <source>the manifest information must be a dictionary</source>
        <translation>манифест мәліметтері сөздік болуы керек</translation>
    </message>
    <message>
        <source>the manifest information needs a vault_id</source>
        <translation>манифест мәліметтеріне vault_id керек</translation>
    </message>
    <message>
        <source>manifest information keys must be strings</source>
        <translation>манифест мәліметтерінің кілттері жол болуы керек</translation>
    </message>
    <message>
        <source>that file name is reserved for temporary files</source>
        <translation>бұл файл атауы уақытша файлдарға арналған</translation>
    </message>
    <message>
        <source>an attachment id is not a lower-case UUID</source>
        <translation>тіркеме идентификаторы кіші әріпті UUID емес</translation>
    </message>
    <message>
        <source>the same attachment was given twice</source>
        <translation>бір тіркеме екі рет берілген</translation>
    </message>
    <message>
        <source>an attachment checksum is not a SHA-256 hex digest</source>
        <translation>тіркеменің бақылау сомасы он алтылық SHA-256 емес</translation>
    </message>
    <message>
        <source>an attachment size is invalid</source>
        <translation>тіркеме өлшемі жарамсыз</translation>
    </message>
    <message>
        <source>give at least one recipient public key (age1…)</source>
        <translation>кемінде бір алушының ашық кілтін беріңіз (age1…)</translation>
    </message>
    <message>
        <source>the backup passphrase must not be empty</source>
        <translation>сақтық көшірменің құпия сөз тіркесі бос болмауы керек</translation>
    </message>
    <message>
        <source>the manifest information is not plain JSON data</source>
        <translation>манифест мәліметтері қарапайым JSON дерегі емес</translation>
    </message>
    <message>
        <source>a record to back up is not a JSON object</source>
        <translation>сақтық көшірмеге жазылатын жазба JSON нысаны емес</translation>
    </message>
    <message>
        <source>a record is too large to back up</source>
        <translation>жазба сақтық көшірме үшін тым үлкен</translation>
    </message>
    <message>
        <source>an attachment to back up is malformed</source>
        <translation>сақтық көшірмеге жазылатын тіркеме пішімі қате</translation>
    </message>
    <message>
        <source>attachment data must be bytes</source>
        <translation>тіркеме деректері байттар болуы керек</translation>
    </message>
    <message>
        <source>could not read the vault's data; nothing was saved</source>
        <translation>қойма деректерін оқу мүмкін болмады; ештеңе сақталмады</translation>
    </message>
    <message>
        <source>a record holds a value that cannot be backed up</source>
        <translation>жазбада сақтық көшірмеге жазуға болмайтын мән бар</translation>
    </message>
    <message>
        <source>no terminal to ask for the passphrase on; set IZDEU_PASSPHRASE (and IZDEU_NEW_PASSPHRASE for a new one)</source>
        <translation>құпия сөз тіркесін сұрайтын терминал жоқ; IZDEU_PASSPHRASE орнатыңыз (жаңасы үшін IZDEU_NEW_PASSPHRASE)</translation>
    </message>
    <message>
        <source>the two passphrases differ; nothing was changed</source>
        <translation>екі құпия сөз тіркесі әртүрлі; ештеңе өзгертілмеді</translation>
    </message>
    <message>
        <source>no vault at {vault_path} (create one with `izdeu init` or choose one with --vault)</source>
        <translation>{vault_path} жолында қойма жоқ (`izdeu init` арқылы жасаңыз не --vault арқылы таңдаңыз)</translation>
    </message>
    <message>
        <source>the desktop app is not available (is Izdeu installed with its user interface?); see `izdeu --help` for the commands</source>
        <translation>жұмыс үстелі қолданбасы қолжетімсіз (Izdeu интерфейсімен орнатылған ба?); пәрмендер тізімі: `izdeu --help`</translation>
    </message>
    <message>
        <source>no passphrase given</source>
        <translation>құпия сөз тіркесі берілмеді</translation>
    </message>
    <message>
        <source>--cases must be at least 1 and --testimonies not negative</source>
        <translation>--cases кемінде 1, ал --testimonies теріс емес болуы керек</translation>
    </message>
    <message>
        <source>cannot read that file</source>
        <translation>бұл файлды оқу мүмкін емес</translation>
    </message>
    <message>
        <source>cannot create the folder {folder}</source>
        <translation>{folder} қалтасын жасау мүмкін емес</translation>
    </message>
    <message>
        <source>dossier files already exist in {folder} ({count}); choose an empty folder</source>
        <translation>{folder} қалтасында досье файлдары ({count}) бар; бос қалта таңдаңыз</translation>
    </message>
    <message>
        <source>dossier profile must be wgeid, ministry or public</source>
        <translation>досье профилі wgeid, ministry не public болуы керек</translation>
    </message>
    <message>
        <source>dossier language must be en, ru or kk</source>
        <translation>досье тілі en, ru не kk болуы керек</translation>
    </message>
    <message>
        <source>give either CASE or --all</source>
        <translation>ІС не --all біреуін беріңіз</translation>
    </message>
    <message>
        <source>--sent-to records one dossier; use it without --all</source>
        <translation>--sent-to бір досьені белгілейді; оны --all-сыз қолданыңыз</translation>
    </message>
    <message>
        <source>cannot write to the folder {folder}</source>
        <translation>{folder} қалтасына жазу мүмкін емес</translation>
    </message>
    <message>
        <source>an attachment's content does not match its SHA-256; nothing was exported (run `izdeu check`)</source>
        <translation>тіркеме мазмұны оның SHA-256 мәніне сәйкес емес; ештеңе экспортталмады (`izdeu check` іске қосыңыз)</translation>
    </message>
    <message>
        <source>{where}: expected a UUID</source>
        <translation>{where}: UUID күтілді</translation>
    </message>
    <message>
        <source>{where}: UUIDs must be written in lower case with dashes</source>
        <translation>{where}: UUID кіші әріптермен, сызықшалармен жазылуы керек</translation>
    </message>
    <message>
        <source>{where}: more than a day in the future (check the clock of the computer that made the file)</source>
        <translation>{where}: бір күннен артық болашақта (файлды жасаған компьютердің сағатын тексеріңіз)</translation>
    </message>
    <message>
        <source>{where}: expected a SHA-256 in lower-case hex</source>
        <translation>{where}: кіші әріпті он алтылық SHA-256 күтілді</translation>
    </message>
    <message>
        <source>{where}: not a valid UUID</source>
        <translation>{where}: жарамсыз UUID</translation>
    </message>
    <message>
        <source>the file has NaN or Infinity, which JSON does not allow</source>
        <translation>файлда NaN не Infinity бар, JSON оларға рұқсат бермейді</translation>
    </message>
    <message>
        <source>the file has a number that is too large</source>
        <translation>файлда тым үлкен сан бар</translation>
    </message>
    <message>
        <source>{where}: expected an object</source>
        <translation>{where}: нысан күтілді</translation>
    </message>
    <message>
        <source>{where}: the 'case' object is missing</source>
        <translation>{where}: «case» нысаны жоқ</translation>
    </message>
    <message>
        <source>{where}: case.person.photo_attachment: no such attachment in this case</source>
        <translation>{where}: case.person.photo_attachment: бұл істе мұндай тіркеме жоқ</translation>
    </message>
    <message>
        <source>tombstones: expected a list</source>
        <translation>tombstones: тізім күтілді</translation>
    </message>
    <message>
        <source>attachment_data: expected an object</source>
        <translation>attachment_data: нысан күтілді</translation>
    </message>
    <message>
        <source>attachment_data: attachments whose content is missing: {count}</source>
        <translation>attachment_data: тіркемелердің ({count}) мазмұны жоқ</translation>
    </message>
    <message>
        <source>this is not an Izdeu case file (format {format!r})</source>
        <translation>бұл Izdeu істер файлы емес (пішімі {format!r})</translation>
    </message>
    <message>
        <source>version: expected a whole number</source>
        <translation>version: бүтін сан күтілді</translation>
    </message>
    <message>
        <source>this case file was made by a newer version of Izdeu; please update Izdeu</source>
        <translation>бұл істер файлын Izdeu-дің жаңарақ нұсқасы жасаған; Izdeu-ді жаңартыңыз</translation>
    </message>
    <message>
        <source>unknown top-level field {field!r}</source>
        <translation>белгісіз жоғарғы деңгейлі өріс {field!r}</translation>
    </message>
    <message>
        <source>cases: expected a list</source>
        <translation>cases: тізім күтілді</translation>
    </message>
    <message>
        <source>tombstones: a record in the file is also marked deleted</source>
        <translation>tombstones: файлдағы жазба әрі жойылған деп белгіленген</translation>
    </message>
    <message>
        <source>on_existing must be 'refuse' or 'skip'</source>
        <translation>on_existing 'refuse' не 'skip' болуы керек</translation>
    </message>
    <message>
        <source>the file has a key given twice in one object</source>
        <translation>файлда бір нысанда бір кілт екі рет берілген</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (byte {start})</source>
        <translation>файл UTF-8 мәтіні емес ({start} байт)</translation>
    </message>
    <message>
        <source>the file is not valid JSON (line {lineno}, column {colno})</source>
        <translation>файл жарамды JSON емес ({lineno} жол, {colno} баған)</translation>
    </message>
    <message>
        <source>the file nests too deeply</source>
        <translation>файлдағы ендіру тым терең</translation>
    </message>
    <message>
        <source>{where}: the field {key!r} is missing</source>
        <translation>{where}: {key!r} өрісі жоқ</translation>
    </message>
    <message>
        <source>{where}: {detail}</source>
        <translation>{where}: {detail}</translation>
    </message>
    <message>
        <source>{where}: unknown section {key!r}</source>
        <translation>{where}: белгісіз бөлім {key!r}</translation>
    </message>
    <message>
        <source>{where}, {section}: expected a list</source>
        <translation>{where}, {section}: тізім күтілді</translation>
    </message>
    <message>
        <source>{label}: witness_uuid: no such witness in this case</source>
        <translation>{label}: witness_uuid: бұл істе мұндай куә жоқ</translation>
    </message>
    <message>
        <source>{label}: attachment_uuids: no such attachment in this case</source>
        <translation>{label}: attachment_uuids: бұл істе мұндай тіркеме жоқ</translation>
    </message>
    <message>
        <source>{label}: size: must not be negative</source>
        <translation>{label}: size: теріс болмауы керек</translation>
    </message>
    <message>
        <source>{where}: expected an object with uuid, kind, case_uuid, deleted</source>
        <translation>{where}: uuid, kind, case_uuid, deleted бар нысан күтілді</translation>
    </message>
    <message>
        <source>{where}.kind: unknown record kind</source>
        <translation>{where}.kind: белгісіз жазба түрі</translation>
    </message>
    <message>
        <source>attachment_data: holds a file no attachment refers to</source>
        <translation>attachment_data: ешбір тіркеме сілтемейтін файл бар</translation>
    </message>
    <message>
        <source>attachment_data: expected base64 text</source>
        <translation>attachment_data: base64 мәтіні күтілді</translation>
    </message>
    <message>
        <source>attachment_data: a file does not match its SHA-256 or size</source>
        <translation>attachment_data: файл өз SHA-256 мәніне не өлшеміне сәйкес емес</translation>
    </message>
    <message>
        <source>{label}: case_uuid is not the uuid of its case</source>
        <translation>{label}: case_uuid өз ісінің uuid-і емес</translation>
    </message>
    <message>
        <source>attachments: two attachments with the same SHA-256 have different sizes</source>
        <translation>attachments: SHA-256 бірдей екі тіркеменің өлшемдері әртүрлі</translation>
    </message>
    <message>
        <source>attachment_data: a file is not valid base64</source>
        <translation>attachment_data: файл жарамды base64 емес</translation>
    </message>
    <message>
        <source>the uuid {uuid} is used by two records</source>
        <translation>{uuid} uuid-ін екі жазба қолданады</translation>
    </message>
    <message>
        <source>the {kind} {uuid} is already in this vault; nothing was imported</source>
        <translation>{uuid} жазбасы ({kind}) бұл қоймада бар; ештеңе импортталмады</translation>
    </message>
    <message>
        <source>{where}: unknown field {field!r}</source>
        <translation>{where}: белгісіз өріс {field!r}</translation>
    </message>
    <message>
        <source>{where}: malformed record</source>
        <translation>{where}: жазба пішімі қате</translation>
    </message>
    <message>
        <source>{where}.{key}: expected text</source>
        <translation>{where}.{key}: мәтін күтілді</translation>
    </message>
    <message>
        <source>{where}.{key}: expected a date string</source>
        <translation>{where}.{key}: күн жолы күтілді</translation>
    </message>
    <message>
        <source>{where}.{key}: expected true or false</source>
        <translation>{where}.{key}: true не false күтілді</translation>
    </message>
    <message>
        <source>{where}.{key}: expected a whole number</source>
        <translation>{where}.{key}: бүтін сан күтілді</translation>
    </message>
    <message>
        <source>{where}.{key}: expected a list</source>
        <translation>{where}.{key}: тізім күтілді</translation>
    </message>
    <message>
        <source>{where}.{key}: too many entries</source>
        <translation>{where}.{key}: элементтер тым көп</translation>
    </message>
    <message>
        <source>{where}.{key}: {detail}</source>
        <translation>{where}.{key}: {detail}</translation>
    </message>
    <message>
        <source>{label}: expected a list</source>
        <translation>{label}: тізім күтілді</translation>
    </message>
    <message>
        <source>{label}: too many entries</source>
        <translation>{label}: элементтер тым көп</translation>
    </message>
    <message>
        <source>{item_label}: expected an object</source>
        <translation>{item_label}: нысан күтілді</translation>
    </message>
    <message>
        <source>{item_label}: wrong type</source>
        <translation>{item_label}: түрі қате</translation>
    </message>
    <message>
        <source>date: year out of range</source>
        <translation>күні: жыл рұқсат етілген аралықтан тыс</translation>
    </message>
    <message>
        <source>date: month out of range</source>
        <translation>күні: ай рұқсат етілген аралықтан тыс</translation>
    </message>
    <message>
        <source>date: use YYYY, YYYY-MM or YYYY-MM-DD (~ in front if approximate)</source>
        <translation>күні: ЖЖЖЖ, ЖЖЖЖ-АА не ЖЖЖЖ-АА-КК (шамамен болса, алдына ~)</translation>
    </message>
    <message>
        <source>date: a month or day needs a year</source>
        <translation>күні: ай не күн үшін жыл керек</translation>
    </message>
    <message>
        <source>date: a day needs a month</source>
        <translation>күні: күн үшін ай керек</translation>
    </message>
    <message>
        <source>date: no such day</source>
        <translation>күні: мұндай күн жоқ</translation>
    </message>
    <message>
        <source>{label}: expected a UTC time like 2024-05-01T10:00:00.000000Z</source>
        <translation>{label}: 2024-05-01T10:00:00.000000Z сияқты UTC уақыты күтілді</translation>
    </message>
    <message>
        <source>{label}: time before 1970</source>
        <translation>{label}: 1970 жылға дейінгі уақыт</translation>
    </message>
    <message>
        <source>{label}: more than a day in the future (check the clock of the computer that made it)</source>
        <translation>{label}: бір күннен артық болашақта (оны жасаған компьютердің сағатын тексеріңіз)</translation>
    </message>
    <message>
        <source>{label}: no such date or time</source>
        <translation>{label}: мұндай күн не уақыт жоқ</translation>
    </message>
    <message>
        <source>{label}: must be one of {choices}</source>
        <translation>{label}: мыналардың бірі болуы керек: {choices}</translation>
    </message>
    <message>
        <source>{label}: expected a UUID in lower case with dashes</source>
        <translation>{label}: кіші әріптермен, сызықшалармен жазылған UUID күтілді</translation>
    </message>
    <message>
        <source>{label}: expected a whole number</source>
        <translation>{label}: бүтін сан күтілді</translation>
    </message>
    <message>
        <source>{label}: out of range ({low:,} to {high:,})</source>
        <translation>{label}: рұқсат етілген аралықтан тыс ({low:,} – {high:,})</translation>
    </message>
    <message>
        <source>{label}: expected a SHA-256 in lower-case hex</source>
        <translation>{label}: кіші әріпті он алтылық SHA-256 күтілді</translation>
    </message>
    <message>
        <source>unknown record kind: {kind!r}</source>
        <translation>белгісіз жазба түрі: {kind!r}</translation>
    </message>
    <message>
        <source>{field}: expected text</source>
        <translation>{field}: мәтін күтілді</translation>
    </message>
    <message>
        <source>{field}: too long ({count:,} characters; limit {limit:,})</source>
        <translation>{field}: тым ұзын ({count:,} таңба; шегі {limit:,})</translation>
    </message>
    <message>
        <source>{field}: contains a NUL character</source>
        <translation>{field}: NUL таңбасы бар</translation>
    </message>
    <message>
        <source>{field}: contains an invalid character (lone surrogate)</source>
        <translation>{field}: жарамсыз таңба бар (жалғыз суррогат)</translation>
    </message>
    <message>
        <source>no such attachment</source>
        <translation>мұндай тіркеме жоқ</translation>
    </message>
    <message>
        <source>the file is too large to remove its metadata; export it as it is</source>
        <translation>файл метадеректерін жою үшін тым үлкен; оны сол күйінде экспорттаңыз</translation>
    </message>
    <message>
        <source>the attachment's content does not match its SHA-256</source>
        <translation>тіркеме мазмұны оның SHA-256 мәніне сәйкес емес</translation>
    </message>
    <message>
        <source>the file is too large to attach</source>
        <translation>файл тіркеу үшін тым үлкен</translation>
    </message>
    <message>
        <source>only a readable image can be exported without its metadata</source>
        <translation>метадеректерсіз тек оқылатын суретті экспорттауға болады</translation>
    </message>
    <message>
        <source>this record was deleted and cannot be saved again</source>
        <translation>бұл жазба жойылған, оны қайта сақтауға болмайды</translation>
    </message>
    <message>
        <source>an attachment is added together with its file</source>
        <translation>тіркеме өз файлымен бірге қосылады</translation>
    </message>
    <message>
        <source>no such {kind}</source>
        <translation>мұндай жазба ({kind}) жоқ</translation>
    </message>
    <message>
        <source>no case with that number or id</source>
        <translation>мұндай нөмірлі не идентификаторлы іс жоқ</translation>
    </message>
    <message>
        <source>the new order must list every act of the case once</source>
        <translation>жаңа ретте істің әр әрекеті бір реттен көрсетілуі керек</translation>
    </message>
    <message>
        <source>cannot sort by {sort!r}</source>
        <translation>{sort!r} бойынша сұрыптауға болмайды</translation>
    </message>
    <message>
        <source>a record of another case cannot be saved with this one</source>
        <translation>басқа істің жазбасын осы іспен бірге сақтауға болмайды</translation>
    </message>
    <message>
        <source>only a case's records can be deleted with its changes</source>
        <translation>өзгерістермен бірге тек осы істің жазбаларын жоюға болады</translation>
    </message>
    <message>
        <source>a record of another case cannot be deleted here</source>
        <translation>басқа істің жазбасын мұнда жоюға болмайды</translation>
    </message>
    <message>
        <source>the file is too large to show here; export a copy instead</source>
        <translation>файл мұнда көрсету үшін тым үлкен; көшірмесін экспорттаңыз</translation>
    </message>
    <message>
        <source>the case an attachment belongs to does not exist</source>
        <translation>тіркеме тиесілі іс жоқ</translation>
    </message>
    <message>
        <source>an attachment with this id is already in the vault</source>
        <translation>мұндай идентификаторлы тіркеме қоймада бар</translation>
    </message>
    <message>
        <source>this attachment was deleted and cannot be added again</source>
        <translation>бұл тіркеме жойылған, оны қайта қосуға болмайды</translation>
    </message>
    <message>
        <source>an attachment's content does not match its recorded SHA-256</source>
        <translation>тіркеме мазмұны жазылған SHA-256 мәніне сәйкес емес</translation>
    </message>
    <message>
        <source>the case this record belongs to does not exist</source>
        <translation>бұл жазба тиесілі іс жоқ</translation>
    </message>
    <message>
        <source>no such case</source>
        <translation>мұндай іс жоқ</translation>
    </message>
    <message>
        <source>a database operation failed</source>
        <translation>дерекқор операциясы орындалмады</translation>
    </message>
    <message>
        <source>the disk is full; nothing was saved</source>
        <translation>диск толы; ештеңе сақталмады</translation>
    </message>
    <message>
        <source>the vault is on read-only storage</source>
        <translation>қойма тек оқуға арналған тасығышта</translation>
    </message>
    <message>
        <source>the vault file is damaged; restore it from a backup</source>
        <translation>қойма файлы бүлінген; сақтық көшірмеден қалпына келтіріңіз</translation>
    </message>
    <message>
        <source>SQLCipher is not available; Izdeu refuses to store data unencrypted</source>
        <translation>SQLCipher қолжетімсіз; Izdeu деректерді шифрсыз сақтамайды</translation>
    </message>
    <message>
        <source>cannot read the vault file</source>
        <translation>қойма файлын оқу мүмкін емес</translation>
    </message>
    <message>
        <source>this encrypted database is not an Izdeu vault</source>
        <translation>бұл шифрланған дерекқор Izdeu қоймасы емес</translation>
    </message>
    <message>
        <source>the vault is on storage that cannot be written</source>
        <translation>қойма жазуға болмайтын тасығышта</translation>
    </message>
    <message>
        <source>the passphrase must have at least {count} characters</source>
        <translation>құпия сөз тіркесінде кемінде {count} таңба болуы керек</translation>
    </message>
    <message>
        <source>the passphrase repeats too few different characters</source>
        <translation>құпия сөз тіркесінде әртүрлі таңбалар тым аз</translation>
    </message>
    <message>
        <source>the passphrase must not start or end with a space</source>
        <translation>құпия сөз тіркесі бос орыннан басталмауы не аяқталмауы керек</translation>
    </message>
    <message>
        <source>this passphrase is too common</source>
        <translation>бұл құпия сөз тіркесі тым жиі кездеседі</translation>
    </message>
    <message>
        <source>the vault's storage cannot lock files</source>
        <translation>қойма орналасқан тасымалдағыш файлдарды құлыптай алмайды</translation>
    </message>
    <message>
        <source>that path is a folder, not a vault file</source>
        <translation>бұл қалта, қойма файлы емес</translation>
    </message>
    <message>
        <source>no vault file at that path</source>
        <translation>бұл жолда қойма файлы жоқ</translation>
    </message>
    <message>
        <source>could not save a copy of the vault before upgrading it</source>
        <translation>жаңарту алдында қойманың көшірмесін сақтау мүмкін болмады</translation>
    </message>
    <message>
        <source>the re-keyed copy of the vault failed its check; nothing changed</source>
        <translation>қойманың жаңа кілтпен жасалған көшірмесі тексеруден өтпеді; ештеңе өзгермеді</translation>
    </message>
    <message>
        <source>the vault's journal could not be folded in; nothing changed</source>
        <translation>қойма журналын файлға қосу мүмкін болмады; ештеңе өзгермеді</translation>
    </message>
    <message>
        <source>the re-keyed copy of the vault is incomplete; nothing changed</source>
        <translation>қойманың жаңа кілтпен жасалған көшірмесі толық емес; ештеңе өзгермеді</translation>
    </message>
    <message>
        <source>cannot write beside the vault file</source>
        <translation>қойма файлының жанына жазу мүмкін емес</translation>
    </message>
    <message>
        <source>the re-keyed copy of the vault was not written completely</source>
        <translation>қойманың жаңа кілтпен жасалған көшірмесі толық жазылмады</translation>
    </message>
    <message>
        <source>could not put the re-keyed vault in place; nothing changed</source>
        <translation>жаңа кілтті қойманы орнына қою мүмкін болмады; ештеңе өзгермеді</translation>
    </message>
    <message>
        <source>a file with that name already exists; choose another name</source>
        <translation>мұндай атаулы файл бар; басқа атау таңдаңыз</translation>
    </message>
    <message>
        <source>this is an unencrypted SQLite file, not an Izdeu vault</source>
        <translation>бұл шифрланбаған SQLite файлы, Izdeu қоймасы емес</translation>
    </message>
    <message>
        <source>the copy's file name is taken</source>
        <translation>көшірменің файл атауы бос емес</translation>
    </message>
    <message>
        <source>cannot create the vault file there</source>
        <translation>қойма файлын сол жерде жасау мүмкін емес</translation>
    </message>
    <message>
        <source>there is no Izdeu backup in {folder}</source>
        <translation>{folder} ішінде Izdeu сақтық көшірмесі жоқ</translation>
    </message>
    <message>
        <source>date: a month needs a year</source>
        <translation>күн: айға жыл керек</translation>
    </message>
    <message>
        <source>date: in the future</source>
        <translation>күн: болашақта</translation>
    </message>
    <message>
        <source>date: not understood; write it like 12.03.2018, March 2018, 2018 or about 1940</source>
        <translation>күн танылмады; мысалы, 12.03.2018, 2018 жылғы наурыз, 2018 немесе шамамен 1940 деп жазыңыз</translation>
    </message>
    <message>
        <source>{label}: must be one of {choices}, or "other:" and a text</source>
        <translation>{label}: мыналардың бірі болуы керек: {choices}, немесе «other:» және мәтін</translation>
    </message>
    <message>
        <source>that conflict was settled already, or its record is gone</source>
        <translation>бұл қайшылық әлдеқашан шешілген, немесе оның жазбасы жоқ</translation>
    </message>
    <message>
        <source>the organisation's name for the signing certificate must be 1 to {limit} printable characters</source>
        <translation>қолтаңба сертификатындағы ұйым атауы 1-ден {limit}-ге дейін басылатын таңбадан тұруы керек</translation>
    </message>
    <message>
        <source>the passphrase of a signing key file cannot be empty</source>
        <translation>қолтаңба кілті файлының құпиясөзі бос болмауы керек</translation>
    </message>
    <message>
        <source>the signing key file holds no private key with its certificate</source>
        <translation>қолтаңба кілті файлында сертификатымен бірге жабық кілт жоқ</translation>
    </message>
    <message>
        <source>this vault has no signing identity; create one with `izdeu signing create` or give --signing-key FILE</source>
        <translation>бұл қоймада ұйымның қолтаңбасы жоқ; оны `izdeu signing create` арқылы жасаңыз немесе --signing-key FILE беріңіз</translation>
    </message>
    <message>
        <source>the signing identity kept in the vault is damaged</source>
        <translation>қоймада сақталған ұйым қолтаңбасы бұзылған</translation>
    </message>
    <message>
        <source>this vault already has a signing identity; give --force to replace it (dossiers signed with the old one stay valid)</source>
        <translation>бұл қоймада ұйым қолтаңбасы бар; ауыстыру үшін --force беріңіз (бұрынғысымен қол қойылған досьелер жарамды болып қалады)</translation>
    </message>
    <message>
        <source>--signing-key is used with --sign</source>
        <translation>--signing-key тек --sign-мен бірге қолданылады</translation>
    </message>
    <message>
        <source>give a CASE or --all, not both</source>
        <translation>CASE немесе --all көрсетіңіз, екеуін бірге емес</translation>
    </message>
    <message>
        <source>not a PRC resident ID (18 or 15 digits) or a Kazakh IIN (12 digits)</source>
        <translation>бұл ҚХР тұрғынының куәлігі (18 не 15 цифр) де, Қазақстан ЖСН-і (12 цифр) де емес</translation>
    </message>
    <message>
        <source>PRC resident ID: 18 characters (or an old one of 15 digits)</source>
        <translation>ҚХР тұрғынының куәлігі: 18 таңба (не 15 цифрлы ескі нөмір)</translation>
    </message>
    <message>
        <source>PRC resident ID: digits only, the last may be X</source>
        <translation>ҚХР тұрғынының куәлігі: тек цифрлар, соңғысы X болуы мүмкін</translation>
    </message>
    <message>
        <source>identity number: the check digit does not match (a digit is mistyped)</source>
        <translation>сәйкестендіру нөмірі: бақылау цифры сәйкес келмейді (бір цифр қате терілген)</translation>
    </message>
    <message>
        <source>identity number: the birth date in it does not exist</source>
        <translation>сәйкестендіру нөмірі: мұндай туған күн жоқ</translation>
    </message>
    <message>
        <source>IIN: 12 digits</source>
        <translation>ЖСН: 12 цифр</translation>
    </message>
    <message>
        <source>IIN: digits only</source>
        <translation>ЖСН: тек цифрлар</translation>
    </message>
    <message>
        <source>IIN: the seventh digit (century and sex) must be 1 to 6</source>
        <translation>ЖСН: жетінші цифр (ғасыр мен жыныс) 1-ден 6-ға дейін болуы керек</translation>
    </message>
    <message>
        <source>changes newer than the last verified backup to the organisation's keys would be lost; nothing was erased</source>
        <translation>ұйым кілттеріне жасалған соңғы тексерілген сақтық көшірмеден кейінгі өзгерістер жоғалар еді; ештеңе өшірілмеді</translation>
    </message>
    <message>
        <source>the threshold must be at least 2 and at most the number of shares, which is at most {most}</source>
        <translation>шек кемінде 2 және үлестер санынан аспауы керек, үлестер саны {most} аспауы керек</translation>
    </message>
    <message>
        <source>give --shares and --threshold together</source>
        <translation>--shares пен --threshold бірге беріңіз</translation>
    </message>
    <message>
        <source>share {number} has a wrong or mistyped word (its checksum fails)</source>
        <translation>{number}-үлесте қате немесе қате терілген сөз бар (бақылау сомасы сәйкес емес)</translation>
    </message>
    <message>
        <source>these shares do not belong to the same split key</source>
        <translation>бұл үлестер бір бөлінген кілтке жатпайды</translation>
    </message>
    <message>
        <source>{given} different shares given; {needed} are needed</source>
        <translation>{given} түрлі үлес берілді; {needed} қажет</translation>
    </message>
    <message>
        <source>erase asks to type a confirmation on a terminal; scripts give --yes-erase</source>
        <translation>erase терминалда растауды теруді сұрайды; скрипттер --yes-erase береді</translation>
    </message>
    <message>
        <source>not confirmed; nothing was erased</source>
        <translation>расталмады; ештеңе өшірілмеді</translation>
    </message>
    <message>
        <source>the decoy must be another vault, not this one</source>
        <translation>алдамшы қойма осы емес, басқа қойма болуы керек</translation>
    </message>
    <message>
        <source>the decoy vault's path is too long</source>
        <translation>алдамшы қойманың жолы тым ұзын</translation>
    </message>
    <message>
        <source>the decoy vault must open with the duress passphrase</source>
        <translation>алдамшы қойма мәжбүрлеу құпия сөзімен ашылуы керек</translation>
    </message>
    <message>
        <source>the decoy is not an Izdeu vault</source>
        <translation>алдамшы қойма Izdeu қоймасы емес</translation>
    </message>
    <message>
        <source>choose the decoy vault</source>
        <translation>алдамшы қойманы таңдаңыз</translation>
    </message>
    <message>
        <source>unknown choice of what the duress passphrase does</source>
        <translation>мәжбүрлеу құпия сөзі не істейтіні белгісіз</translation>
    </message>
    <message>
        <source>the duress passphrase must have at least {count} characters</source>
        <translation>мәжбүрлеу құпия сөзі кемінде {count} таңбадан тұруы керек</translation>
    </message>
    <message>
        <source>the duress passphrase must differ from the vault's passphrase</source>
        <translation>мәжбүрлеу құпия сөзі қойманың құпия сөзінен өзгеше болуы керек</translation>
    </message>
    <message>
        <source>an organisation key for the recovery file is not a valid age1… key</source>
        <translation>қалпына келтіру файлына арналған ұйым кілті жарамды age1… кілті емес</translation>
    </message>
    <message>
        <source>headquarters recovery is not offered for demo vaults</source>
        <translation>штаб арқылы қалпына келтіру демо қоймаларға ұсынылмайды</translation>
    </message>
    <message>
        <source>add the organisation's backup key first: the recovery file is encrypted to it</source>
        <translation>алдымен ұйымның сақтық көшірме кілтін қосыңыз: қалпына келтіру файлы соған шифрланады</translation>
    </message>
    <message>
        <source>the recovery file is not encrypted to these keys</source>
        <translation>қалпына келтіру файлы бұл кілттерге шифрланбаған</translation>
    </message>
    <message>
        <source>the recovery file is damaged</source>
        <translation>қалпына келтіру файлы зақымдалған</translation>
    </message>
    <message>
        <source>the recovery file does not match this vault (its passphrase was changed without it)</source>
        <translation>қалпына келтіру файлы бұл қоймаға сәйкес емес (құпия сөз онсыз өзгертілген)</translation>
    </message>
    <message>
        <source>the spreadsheet does not exist</source>
        <translation>кесте жоқ</translation>
    </message>
    <message>
        <source>that path is a folder, not a spreadsheet</source>
        <translation>бұл жол — қалта, кесте емес</translation>
    </message>
    <message>
        <source>cannot read the spreadsheet</source>
        <translation>кестені оқу мүмкін емес</translation>
    </message>
    <message>
        <source>the spreadsheet is not a regular file (a device, pipe or socket cannot be read)</source>
        <translation>кесте қарапайым файл емес (құрылғыны, арнаны не сокетті оқуға болмайды)</translation>
    </message>
    <message>
        <source>the spreadsheet is too large (limit {limit})</source>
        <translation>кесте тым үлкен (шегі — {limit})</translation>
    </message>
    <message>
        <source>unknown encoding; use one of: {choices}</source>
        <translation>белгісіз кодтау; мыналардың бірін алыңыз: {choices}</translation>
    </message>
    <message>
        <source>the file is not written in {encoding}</source>
        <translation>файл {encoding} кодтауымен жазылмаған</translation>
    </message>
    <message>
        <source>the file's encoding could not be recognised; choose one of: {choices}</source>
        <translation>файлдың кодтауы анықталмады; мыналардың бірін таңдаңыз: {choices}</translation>
    </message>
    <message>
        <source>the sheet has more than {limit} columns</source>
        <translation>кестеде {limit} бағаннан көп</translation>
    </message>
    <message>
        <source>the sheet has more than {limit} rows; split it</source>
        <translation>кестеде {limit} жолдан көп; оны бөліңіз</translation>
    </message>
    <message>
        <source>the sheet is empty: no header row</source>
        <translation>кесте бос: тақырып жолы жоқ</translation>
    </message>
    <message>
        <source>the CSV file is malformed near line {row}</source>
        <translation>CSV файлында {row}-жол маңында қате бар</translation>
    </message>
    <message>
        <source>the XLSX file is damaged or not an Excel workbook</source>
        <translation>XLSX файлы бүлінген немесе Excel кітабы емес</translation>
    </message>
    <message>
        <source>the XLSX file unpacks to too much data</source>
        <translation>XLSX файлы ашылғанда тым көп дерек береді</translation>
    </message>
    <message>
        <source>the workbook has no sheet of that name</source>
        <translation>кітапта мұндай атты парақ жоқ</translation>
    </message>
    <message>
        <source>a formula cell was saved without its value; open the file in Excel and save it again</source>
        <translation>формула ұяшығы мәнсіз сақталған; файлды Excel-де ашып, қайта сақтаңыз</translation>
    </message>
    <message>
        <source>the cell is too long</source>
        <translation>ұяшық тым ұзын</translation>
    </message>
    <message>
        <source>not a date Izdeu can read (e.g. 2018-03-05, 05.03.2018, March 2018, ~2017)</source>
        <translation>Izdeu оқи алатын күн емес (мысалы, 2018-03-05, 05.03.2018, наурыз 2018, ~2017)</translation>
    </message>
    <message>
        <source>not one of the known values: {choices}</source>
        <translation>белгілі мәндердің бірі емес: {choices}</translation>
    </message>
    <message>
        <source>not a UUID</source>
        <translation>UUID емес</translation>
    </message>
    <message>
        <source>the mapping names a column the sheet does not have: {column}</source>
        <translation>сәйкестендіруде кестеде жоқ баған бар: {column}</translation>
    </message>
    <message>
        <source>this is not an Izdeu column mapping file</source>
        <translation>бұл Izdeu баған сәйкестендіру файлы емес</translation>
    </message>
    <message>
        <source>this mapping was made by a newer version of Izdeu; please update Izdeu</source>
        <translation>бұл сәйкестендіруді Izdeu-дің жаңа нұсқасы жасаған; Izdeu-ді жаңартыңыз</translation>
    </message>
    <message>
        <source>the mapping names an unknown field: {field}</source>
        <translation>сәйкестендіруде белгісіз өріс бар: {field}</translation>
    </message>
    <message>
        <source>the mapping fills one field from two columns</source>
        <translation>сәйкестендіруде бір өріс екі бағаннан толтырылады</translation>
    </message>
    <message>
        <source>give the mapping a name</source>
        <translation>сәйкестендіруге ат беріңіз</translation>
    </message>
    <message>
        <source>at most {limit} mappings can be kept</source>
        <translation>ең көбі {limit} сәйкестендіру сақталады</translation>
    </message>
    <message>
        <source>no column is mapped to a field</source>
        <translation>бірде-бір баған өріске сәйкестендірілмеген</translation>
    </message>
    <message>
        <source>this case (its UUID) is already in the vault or in an earlier row</source>
        <translation>бұл іс (оның UUID-і) қоймада немесе жоғарғы жолда бар</translation>
    </message>
    <message>
        <source>possible duplicates: choose one of {choices}</source>
        <translation>ықтимал қайталаулар: мыналардың бірін таңдаңыз: {choices}</translation>
    </message>
    <message>
        <source>rows that cannot be imported: {count}; nothing was imported (fix them, or import only the good rows)</source>
        <translation>{count} жолды импорттауға болмайды; ештеңе импортталмады (оларды түзетіңіз немесе тек дұрыс жолдарды импорттаңыз)</translation>
    </message>
    <message>
        <source>the file name must end in .csv or .xlsx</source>
        <translation>файл аты .csv немесе .xlsx-пен аяқталуы керек</translation>
    </message>
    <message>
        <source>statistics are written in en, ru or kk</source>
        <translation>статистика en, ru немесе kk тілінде жазылады</translation>
    </message>
    <message>
        <source>the file name must end in {suffix}</source>
        <translation>файл аты {suffix} жалғауымен аяқталуы керек</translation>
    </message>
    <message>
        <source>a case cannot be linked to itself</source>
        <translation>істі өзімен байланыстыруға болмайды</translation>
    </message>
    <message>
        <source>the case to link to is not in this vault</source>
        <translation>байланыстыратын іс бұл қоймада жоқ</translation>
    </message>
    <message>
        <source>these two cases are already linked; change that link instead</source>
        <translation>бұл екі іс бұрыннан байланысты; сол байланысты өзгертіңіз</translation>
    </message>
    <message>
        <source>this link would make a person their own ancestor (parent links in a circle)</source>
        <translation>бұл байланыс адамды өзінің арғы атасы етер еді («ата-анасы» байланыстары шеңбер құрайды)</translation>
    </message>
    <message>
        <source>no such link between cases</source>
        <translation>істер арасында мұндай байланыс жоқ</translation>
    </message>
    <message>
        <source>this link records a merge of the two cases; split them to undo it</source>
        <translation>бұл байланыс екі істің біріктірілуін жазады; оны болдырмау үшін істерді бөліңіз</translation>
    </message>
    <message>
        <source>a case cannot be merged with itself</source>
        <translation>істі өзімен біріктіруге болмайды</translation>
    </message>
    <message>
        <source>one of these cases is already merged into another case; split it first</source>
        <translation>бұл істердің бірі басқа іспен біріктірілген; алдымен оны бөліңіз</translation>
    </message>
    <message>
        <source>a merge choice names an unknown field or side</source>
        <translation>біріктіру таңдауында белгісіз өріс не жақ аталған</translation>
    </message>
    <message>
        <source>these cases are marked as not the same person; remove that link first</source>
        <translation>бұл істер басқа-басқа адам деп белгіленген; алдымен сол байланысты жойыңыз</translation>
    </message>
    <message>
        <source>this case is not merged into another case</source>
        <translation>бұл іс басқа іспен біріктірілмеген</translation>
    </message>
    <message>
        <source>{label}: a case cannot be linked to itself</source>
        <translation>{label}: істі өзімен байланыстыруға болмайды</translation>
    </message>
    <message>
        <source>{label}: the linked case is neither in the file nor in this vault</source>
        <translation>{label}: байланысты іс файлда да, бұл қоймада да жоқ</translation>
    </message>
    <message>
        <source>wrong password for this PKCS#12 file</source>
        <translation>бұл PKCS#12 файлының құпиясөзі қате</translation>
    </message>
    <message>
        <source>the private key in the signing key file does not belong to its certificate</source>
        <translation>қолтаңба кілті файлындағы жабық кілт оның сертификатына сәйкес келмейді</translation>
    </message>
    <message>
        <source>the key in the signing key file is of a kind Izdeu does not sign with ({kind}); RSA of 2048 bits or more and elliptic-curve P-256, P-384 or P-521 keys are</source>
        <translation>қолтаңба кілті файлындағы кілт Izdeu қол қоймайтын түрде ({kind}); кемінде 2048 биттік RSA және P-256, P-384 не P-521 эллипстік қисық кілттері жарайды</translation>
    </message>
    <message>
        <source>the certificate in the signing key file expired on {date}; ask for a renewed one</source>
        <translation>қолтаңба кілті файлындағы сертификаттың мерзімі {date} өтіп кеткен; жаңартылғанын сұраңыз</translation>
    </message>
    <message>
        <source>the certificate in the signing key file is valid only from {date}</source>
        <translation>қолтаңба кілті файлындағы сертификат тек {date} бастап жарамды</translation>
    </message>
    <message>
        <source>this audio input's format cannot be recorded (8–192 kHz, mono or stereo)</source>
        <translation>бұл аудиокірістің пішімінде жазу мүмкін емес (8–192 кГц, моно не стерео)</translation>
    </message>
    <message>
        <source>the recording has already ended</source>
        <translation>жазба әлдеқашан аяқталған</translation>
    </message>
    <message>
        <source>the recording stopped: {error}; what was recorded until then is kept in the vault</source>
        <translation>жазба тоқтады: {error}; осы сәтке дейін жазылғаны қоймада сақталды</translation>
    </message>
    <message>
        <source>this is not a PKCS#12 file (.p12 or .pfx), or it is damaged</source>
        <translation>бұл PKCS#12 файлы (.p12 не .pfx) емес немесе ол зақымдалған</translation>
    </message>
    <message>
        <source>the backups given do not form one chain (a full backup and its increments); nothing was written</source>
        <translation>берілген сақтық көшірмелер бір тізбек құрамайды (толық көшірме және оның өсім көшірмелері); ештеңе жазылмады</translation>
    </message>
    <message>
        <source>no full backup among the files given: an increment is restored together with the full backup it builds on; nothing was written</source>
        <translation>берілген файлдар арасында толық сақтық көшірме жоқ: өсім көшірмесі өзі негізделген толық көшірмемен бірге қалпына келтіріледі; ештеңе жазылмады</translation>
    </message>
    <message>
        <source>two full backups were given ({name} is the second): give one full backup and its increments; nothing was written</source>
        <translation>екі толық сақтық көшірме берілді ({name} — екіншісі): бір толық көшірмені және оның өсім көшірмелерін беріңіз; ештеңе жазылмады</translation>
    </message>
    <message>
        <source>{name} was given twice (or two files are the same backup); nothing was written</source>
        <translation>{name} екі рет берілді (не екі файл — бір сақтық көшірме); ештеңе жазылмады</translation>
    </message>
    <message>
        <source>the chain is incomplete: a backup that {name} builds on was not given; nothing was written</source>
        <translation>тізбек толық емес: {name} негізделген сақтық көшірме берілмеді; ештеңе жазылмады</translation>
    </message>
    <message>
        <source>{name} does not belong to this chain (another vault, or a base that is none of the backups given); nothing was written</source>
        <translation>{name} бұл тізбекке жатпайды (басқа қойма, не берілген көшірмелердің ешқайсысы емес негіз); ештеңе жазылмады</translation>
    </message>
    <message>
        <source>two increments build on the same backup ({name} is one of them): give one chain; nothing was written</source>
        <translation>екі өсім көшірмесі бір көшірмеге негізделген ({name} — солардың бірі): бір тізбекті беріңіз; ештеңе жазылмады</translation>
    </message>
    <message>
        <source>{name} builds on a backup with another signed manifest than the one given: a changed or forged link; nothing was written</source>
        <translation>{name} берілген көшірмеден басқа қол қойылған манифесті бар көшірмеге негізделген: өзгертілген не жалған байланыс; ештеңе жазылмады</translation>
    </message>
    <message>
        <source>an increment builds on a backup with another signed manifest than the one given: a changed or forged link</source>
        <translation>өсім көшірмесі берілген көшірмеден басқа қол қойылған манифесті бар көшірмеге негізделген: өзгертілген не жалған байланыс</translation>
    </message>
    <message>
        <source>the kind of backup must be automatic, full or increment</source>
        <translation>сақтық көшірме түрі: автоматты, толық не өсім көшірмесі</translation>
    </message>
    <message>
        <source>this folder holds no full backup of this vault (with all its increments) to build an increment on: make a full backup first</source>
        <translation>бұл қалтада өсім көшірмесін құруға болатын осы қойманың толық сақтық көшірмесі (барлық өсім көшірмелерімен) жоқ: алдымен толық көшірме жасаңыз</translation>
    </message>
    <message>
        <source>give at least one backup file</source>
        <translation>кем дегенде бір сақтық көшірме файлын беріңіз</translation>
    </message>
    <message>
        <source>the number of increments between full backups must be a whole number from 1 to 10000</source>
        <translation>толық көшірмелер арасындағы өсім көшірмелерінің саны 1-ден 10000-ға дейінгі бүтін сан болуы керек</translation>
    </message>
    <message>
        <source>the days between full backups must be a whole number from 1 to 10000</source>
        <translation>толық көшірмелер арасындағы күн саны 1-ден 10000-ға дейінгі бүтін сан болуы керек</translation>
    </message>
    <message>
        <source>this increment holds records of cases this vault does not have: merge the full backup it builds on first; nothing was changed</source>
        <translation>бұл өсім көшірмесінде осы қоймада жоқ істердің жазбалары бар: алдымен ол негізделген толық көшірмені біріктіріңіз; ештеңе өзгертілмеді</translation>
    </message>
    <message>
        <source>give either one folder or backup files, not both</source>
        <translation>не бір қалтаны, не сақтық көшірме файлдарын беріңіз, екеуін бірге емес</translation>
    </message>
    <message>
        <source>this is not the name of an audio device</source>
        <translation>бұл дыбыс құрылғысының атауы емес</translation>
    </message>
</context>
<context>
    <name>ExportTableDialog</name>
    <message>
        <source>Export a spreadsheet</source>
        <translation>Кестеге экспорттау</translation>
    </message>
    <message>
        <source>The cases the list shows (its filters and search)</source>
        <translation>Тізім көрсетіп тұрған істер (сүзгілері мен іздеуі)</translation>
    </message>
    <message numerus="yes">
        <source>Only the %n selected case(s)</source>
        <translation>
            <numerusform>Тек таңдалған істер: %n</numerusform>
            <numerusform>Тек таңдалған істер: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Also acts, witnesses and interventions (one sheet each)</source>
        <translation>Сонымен қатар оқиғалар, куәлар және өтініштер (әрқайсысына бір парақ)</translation>
    </message>
    <message>
        <source>Include witnesses' contact details</source>
        <translation>Куәлардың байланыс деректерін қосу</translation>
    </message>
    <message>
        <source>The spreadsheet is NOT encrypted: keep it on encrypted storage and delete it when it is no longer needed.</source>
        <translation>Кесте шифрланбаған: оны шифрланған тасымалдағышта сақтаңыз және қажет болмағанда жойыңыз.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорттау…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>Кестелер (*.xlsx *.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) exported to %1.</source>
        <translation>
            <numerusform>%n іс %1 файлына экспортталды.</numerusform>
            <numerusform>%n іс %1 файлына экспортталды.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExternalRefsEditor</name>
    <message>
        <source>Add a reference</source>
        <translation>Нөмір қосу</translation>
    </message>
    <message>
        <source>Number or reference in that register</source>
        <translation>Сол тізілімдегі нөмірі не сілтемесі</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
</context>
<context>
    <name>FilesPage</name>
    <message>
        <source>Drop photos and scanned documents here</source>
        <translation>Фотосуреттер мен құжат көшірмелерін осында сүйреп әкеліңіз</translation>
    </message>
    <message>
        <source>Choose files…</source>
        <translation>Файлдарды таңдау…</translation>
    </message>
    <message>
        <source>The first picture is the missing person's photo</source>
        <translation>Бірінші сурет — жоғалған адамның фотосы</translation>
    </message>
    <message>
        <source>Files are stored in the vault as soon as they are added.</source>
        <translation>Файлдар қосылған сәтте қоймаға сақталады.</translation>
    </message>
    <message>
        <source>Photos and documents</source>
        <translation>Фотолар мен құжаттар</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Файлдарды тіркеу</translation>
    </message>
</context>
<context>
    <name>HappenedPage</name>
    <message>
        <source>Taken by police</source>
        <translation>Полиция алып кетті</translation>
    </message>
    <message>
        <source>Sent to a camp</source>
        <translation>Лагерьге жіберілді</translation>
    </message>
    <message>
        <source>Sentenced</source>
        <translation>Сотталды</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Басқа жерге ауыстырылды</translation>
    </message>
    <message>
        <source>Passport confiscated</source>
        <translation>Төлқұжаты тәркіленді</translation>
    </message>
    <message>
        <source>Contact lost</source>
        <translation>Байланыс үзілді</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Босатылды</translation>
    </message>
    <message>
        <source>Died</source>
        <translation>Қайтыс болды</translation>
    </message>
    <message>
        <source>e.g. county police, state security</source>
        <translation>мыс. аудандық полиция, мемлекеттік қауіпсіздік</translation>
    </message>
    <message>
        <source>e.g. the family was threatened; no lawyer would take it</source>
        <translation>мыс. отбасына қорқытты; бірде-бір адвокат алмады</translation>
    </message>
    <message>
        <source>Disappeared or last seen on:</source>
        <translation>Жоғалған немесе соңғы рет көрген күн:</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation>Қайда:</translation>
    </message>
    <message>
        <source>Believed responsible:</source>
        <translation>Жауапты деп есептелетіндер:</translation>
    </message>
    <message>
        <source>Why no complaint was possible (if so):</source>
        <translation>Неліктен шағымдану мүмкін болмады (солай болса):</translation>
    </message>
    <message>
        <source>Add what happened</source>
        <translation>Не болғанын қосу</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Қашан:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Орны:</translation>
    </message>
    <message>
        <source>Facility:</source>
        <translation>Мекеме:</translation>
    </message>
    <message>
        <source>Who:</source>
        <translation>Кім:</translation>
    </message>
    <message>
        <source>Reason they were told:</source>
        <translation>Айтылған себеп:</translation>
    </message>
    <message>
        <source>Reason the family believes:</source>
        <translation>Отбасының пікірінше себебі:</translation>
    </message>
    <message>
        <source>Sentence:</source>
        <translation>Үкім:</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Не болды</translation>
    </message>
</context>
<context>
    <name>HistorySection</name>
    <message>
        <source>Who</source>
        <translation>Кім</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Жазба</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Өрістер</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Жаңарту</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Не</translation>
    </message>
    <message>
        <source>this computer's user</source>
        <translation>осы компьютердің пайдаланушысы</translation>
    </message>
    <message>
        <source>restored from a backup</source>
        <translation>көшірмеден қалпына келтірілді</translation>
    </message>
</context>
<context>
    <name>IdDocumentsEditor</name>
    <message>
        <source>Add an ID document</source>
        <translation>Құжат қосу</translation>
    </message>
    <message>
        <source>PRC resident ID</source>
        <translation>ҚХР жеке куәлігі</translation>
    </message>
    <message>
        <source>Kazakh IIN</source>
        <translation>Қазақстан ЖСН</translation>
    </message>
    <message>
        <source>PRC passport</source>
        <translation>ҚХР төлқұжаты</translation>
    </message>
    <message>
        <source>Kazakh passport</source>
        <translation>Қазақстан төлқұжаты</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <source>confiscated</source>
        <translation>тәркіленген</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
</context>
<context>
    <name>IdHints</name>
    <message>
        <source>Fill empty fields</source>
        <translation>Бос өрістерді толтыру</translation>
    </message>
    <message>
        <source>PRC resident ID</source>
        <translation>ҚХР тұрғынының куәлігі</translation>
    </message>
    <message>
        <source>Kazakhstan IIN</source>
        <translation>Қазақстан ЖСН</translation>
    </message>
    <message>
        <source>male</source>
        <translation>ер</translation>
    </message>
    <message>
        <source>female</source>
        <translation>әйел</translation>
    </message>
    <message>
        <source>%1: born %2, %3</source>
        <translation>%1: туған күні %2, жынысы %3</translation>
    </message>
    <message>
        <source>registered in %1</source>
        <translation>тіркелген жері: %1</translation>
    </message>
    <message>
        <source>(code in use %1)</source>
        <translation>(код қолданыста: %1)</translation>
    </message>
    <message>
        <source>old 15-digit number, 18-digit form %1</source>
        <translation>ескі 15 цифрлы нөмір, 18 цифрлы түрі %1</translation>
    </message>
    <message>
        <source>The recorded birth date %1 differs from the number's %2.</source>
        <translation>Жазылған туған күн %1 нөмірдегі күннен өзгеше: %2.</translation>
    </message>
    <message>
        <source>The recorded sex differs from the number's (%1).</source>
        <translation>Жазылған жыныс нөмірдегіден өзгеше (%1).</translation>
    </message>
</context>
<context>
    <name>ImportTableDialog</name>
    <message>
        <source>Import a spreadsheet</source>
        <translation>Кестеден импорттау</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>Файл таңдалмаған.</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Файл таңдау…</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Анықтау</translation>
    </message>
    <message>
        <source>Name of this mapping</source>
        <translation>Бұл сәйкестендірудің аты</translation>
    </message>
    <message>
        <source>Save the mapping</source>
        <translation>Сәйкестендіруді сақтау</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Кодтау:</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>Парақ:</translation>
    </message>
    <message>
        <source>Saved mappings:</source>
        <translation>Сақталған сәйкестендірулер:</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Баған</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Алғашқы мәндер</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Өріс</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Жол</translation>
    </message>
    <message>
        <source>Why it cannot be imported</source>
        <translation>Неге импорттауға болмайды</translation>
    </message>
    <message>
        <source>Import the good rows and leave out the others</source>
        <translation>Дұрыс жолдарды импорттап, қалғандарын қалдыру</translation>
    </message>
    <message>
        <source>Possible duplicates: import them</source>
        <translation>Ықтимал қайталаулар: импорттау</translation>
    </message>
    <message>
        <source>Possible duplicates: leave them out</source>
        <translation>Ықтимал қайталаулар: қалдыру</translation>
    </message>
    <message>
        <source>Possible duplicates: import and mark them</source>
        <translation>Ықтимал қайталаулар: белгілеп импорттау</translation>
    </message>
    <message>
        <source>Check every row</source>
        <translation>Барлық жолды тексеру</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорттау</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.txt *.tsv)</source>
        <translation>Кестелер (*.csv *.xlsx *.txt *.tsv)</translation>
    </message>
    <message>
        <source>(the whole file)</source>
        <translation>(бүкіл файл)</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(импортталмайды)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) in the sheet; check them before importing.</source>
        <translation>
            <numerusform>Парақта %n жол бар; импорттау алдында оларды тексеріңіз.</numerusform>
            <numerusform>Парақта %n жол бар; импорттау алдында оларды тексеріңіз.</numerusform>
        </translation>
    </message>
    <message>
        <source>(guessed from the headers)</source>
        <translation>(баған тақырыптары бойынша)</translation>
    </message>
    <message>
        <source>Mapping “%1” saved in the vault.</source>
        <translation>«%1» сәйкестендіруі қоймада сақталды.</translation>
    </message>
    <message>
        <source>the row</source>
        <translation>бүкіл жол</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) can be imported.</source>
        <translation>
            <numerusform>%n жолды импорттауға болады.</numerusform>
            <numerusform>%n жолды импорттауға болады.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) cannot (listed above).</source>
        <translation>
            <numerusform>%n жолды болмайды (жоғарыда көрсетілген).</numerusform>
            <numerusform>%n жолды болмайды (жоғарыда көрсетілген).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) name a person already in the vault.</source>
        <translation>
            <numerusform>%n жолда қоймада бар адам аталған.</numerusform>
            <numerusform>%n жолда қоймада бар адам аталған.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) imported.</source>
        <translation>
            <numerusform>%n іс импортталды.</numerusform>
            <numerusform>%n іс импортталды.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InterventionsSection</name>
    <message>
        <source>Add an intervention</source>
        <translation>Өтініш қосу</translation>
    </message>
    <message>
        <source>follow up %1</source>
        <translation>қайта хабарласу %1</translation>
    </message>
    <message>
        <source>Who acted:</source>
        <translation>Кім өтініш берді:</translation>
    </message>
    <message>
        <source>Addressed to (kind):</source>
        <translation>Кімге (түрі):</translation>
    </message>
    <message>
        <source>Addressed to:</source>
        <translation>Кімге:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Күні:</translation>
    </message>
    <message>
        <source>Reference number:</source>
        <translation>Тіркеу нөмірі:</translation>
    </message>
    <message>
        <source>Response:</source>
        <translation>Жауап:</translation>
    </message>
    <message>
        <source>Response date:</source>
        <translation>Жауап күні:</translation>
    </message>
    <message>
        <source>Next follow-up:</source>
        <translation>Келесі хабарласу:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Ескертпелер:</translation>
    </message>
</context>
<context>
    <name>InterviewFlow</name>
    <message>
        <source>Back</source>
        <translation>Артқа</translation>
    </message>
    <message>
        <source>Next step (Ctrl+Enter)</source>
        <translation>Келесі қадам (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Tab or Enter: next field · Ctrl+Enter: next step</source>
        <translation>Tab немесе Enter: келесі өріс · Ctrl+Enter: келесі қадам</translation>
    </message>
</context>
<context>
    <name>KeyboardHint</name>
    <message>
        <source>Keyboard: %1</source>
        <translation>Пернетақта: %1</translation>
    </message>
    <message>
        <source>Caps Lock is on</source>
        <translation>Caps Lock қосулы</translation>
    </message>
</context>
<context>
    <name>LockWarning</name>
    <message>
        <source>Press any key or move the mouse to keep working.</source>
        <translation>Жұмысты жалғастыру үшін кез келген пернені басыңыз немесе тінтуірді қозғаңыз.</translation>
    </message>
    <message>
        <source>Keep working</source>
        <translation>Жұмысты жалғастыру</translation>
    </message>
    <message numerus="yes">
        <source>The vault locks in %n s.</source>
        <translation>
            <numerusform>Қойма %n секундтан кейін құлыпталады.</numerusform>
            <numerusform>Қойма %n секундтан кейін құлыпталады.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Delete case…</source>
        <translation>Істі жою…</translation>
    </message>
    <message>
        <source>Open the case you want to delete first.</source>
        <translation>Алдымен жойғыңыз келетін істі ашыңыз.</translation>
    </message>
    <message>
        <source>Delete case %1 with all its witnesses, testimonies and files? This cannot be undone.</source>
        <translation>%1 ісін барлық куәгерлерімен, айғақтарымен және файлдарымен жою керек пе? Мұны қайтару мүмкін емес.</translation>
    </message>
    <message>
        <source>Delete case</source>
        <translation>Істі жою</translation>
    </message>
    <message>
        <source>Case %1 deleted.</source>
        <translation>%1 ісі жойылды.</translation>
    </message>
    <message>
        <source>Izdeu — %1</source>
        <translation>Izdeu — %1</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Істер</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Жаңа іс</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <source>New testimony</source>
        <translation>Жаңа айғақ</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Іздеу</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Құлыптау</translation>
    </message>
    <message>
        <source>Save, close the vault and lock</source>
        <translation>Сақтау, қойманы жабу және құлыптау</translation>
    </message>
    <message>
        <source>Hide now</source>
        <translation>Қазір жасыру</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <source>Close case</source>
        <translation>Істі жабу</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Негізгі</translation>
    </message>
    <message>
        <source>Hide everything at once behind a blank window</source>
        <translation>Бәрін бірден бос терезенің артына жасыру</translation>
    </message>
    <message>
        <source>Start an interview</source>
        <translation>Сұхбат бастау</translation>
    </message>
    <message>
        <source>A new case, asked in the order people tell it</source>
        <translation>Жаңа іс, сұрақтар адамдар айтатын ретпен</translation>
    </message>
    <message>
        <source>Erase this vault now…</source>
        <translation>Бұл қойманы қазір өшіру…</translation>
    </message>
    <message>
        <source>Duress passphrase…</source>
        <translation>Мәжбүрлеу құпия сөзі…</translation>
    </message>
    <message>
        <source>Headquarters recovery…</source>
        <translation>Штаб арқылы қалпына келтіру…</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Статистика</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge a backup</source>
        <translation>Сақтық көшірмені біріктіру</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Біріктіру</translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation>Қосылды: %1</translation>
    </message>
    <message>
        <source>Updated: %1</source>
        <translation>Жаңартылды: %1</translation>
    </message>
    <message>
        <source>Conflicts (losing values kept): %1</source>
        <translation>Қайшылықтар (ұтылған мәндер сақталды): %1</translation>
    </message>
    <message>
        <source>Unchanged: %1</source>
        <translation>Өзгеріссіз: %1</translation>
    </message>
    <message>
        <source>Deleted: %1</source>
        <translation>Жойылды: %1</translation>
    </message>
    <message>
        <source>Kept deleted: %1</source>
        <translation>Жойылған күйі қалды: %1</translation>
    </message>
    <message>
        <source>Deletions refused (that device never held those records): %1</source>
        <translation>Қабылданбаған жоюлар (ол құрылғыда бұл жазбалар ешқашан болмаған): %1</translation>
    </message>
    <message>
        <source>Records refused (that device never held the records here, or they are dated after the backup): %1</source>
        <translation>Қабылданбаған жазбалар (ол құрылғыда мұндағы жазбалар ешқашан болмаған немесе олардың уақыты сақтық көшірмеден кейін): %1</translation>
    </message>
    <message>
        <source>Times after the backup was made, taken as its time: %1</source>
        <translation>Сақтық көшірме жасалғаннан кейінгі уақыттар оның уақыты деп алынды: %1</translation>
    </message>
    <message>
        <source>Nothing to change: everything in the backup is already here.</source>
        <translation>Өзгертетін ештеңе жоқ: сақтық көшірмедегінің бәрі осында бар.</translation>
    </message>
    <message>
        <source>Review conflicts…</source>
        <translation>Қайшылықтарды қарау…</translation>
    </message>
    <message>
        <source>Where a field was changed on both sides the newer value was kept; review the other values and choose.</source>
        <translation>Өріс екі жақта да өзгертілген жерде жаңарақ мән қалдырылды; басқа мәндерді қарап, таңдаңыз.</translation>
    </message>
    <message>
        <source>  … and %1 more</source>
        <translation>  … және тағы %1</translation>
    </message>
</context>
<context>
    <name>MissingPage</name>
    <message>
        <source>Names (one per script or spelling)</source>
        <translation>Аттары (әр жазу не жазылым үшін біреуден)</translation>
    </message>
    <message>
        <source>ID documents</source>
        <translation>Жеке құжаттары</translation>
    </message>
    <message>
        <source>Sex:</source>
        <translation>Жынысы:</translation>
    </message>
    <message>
        <source>Born:</source>
        <translation>Туған күні:</translation>
    </message>
    <message>
        <source>Ethnicity:</source>
        <translation>Ұлты:</translation>
    </message>
    <message>
        <source>Citizenships:</source>
        <translation>Азаматтығы:</translation>
    </message>
    <message>
        <source>Hometown</source>
        <translation>Туған жері</translation>
    </message>
    <message>
        <source>Prefecture:</source>
        <translation>Аймақ:</translation>
    </message>
    <message>
        <source>County:</source>
        <translation>Аудан:</translation>
    </message>
    <message>
        <source>Township:</source>
        <translation>Болыс:</translation>
    </message>
    <message>
        <source>Village:</source>
        <translation>Ауыл:</translation>
    </message>
    <message>
        <source>Who is missing</source>
        <translation>Кім жоғалды</translation>
    </message>
    <message>
        <source>Father's name:</source>
        <translation>Әкесінің аты:</translation>
    </message>
    <message>
        <source>Mother's name:</source>
        <translation>Анасының аты:</translation>
    </message>
</context>
<context>
    <name>NamesEditor</name>
    <message>
        <source>Add a name</source>
        <translation>Ат қосу</translation>
    </message>
    <message>
        <source>Name as written in this script</source>
        <translation>Осы жазумен жазылған аты</translation>
    </message>
    <message>
        <source>“%1” looks like %2, not %3.</source>
        <translation>«%1» %3 емес, %2 сияқты.</translation>
    </message>
</context>
<context>
    <name>OpenDialog</name>
    <message>
        <source>Done.</source>
        <translation>Дайын.</translation>
    </message>
    <message>
        <source>The backup's device is not trusted yet; nothing was changed.</source>
        <translation>Көшірмені жасаған құрылғыға әлі сенім жоқ; ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>Not trusted; nothing was changed.</source>
        <translation>Сенім білдірілмеді; ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>Signed by device %1, which is not trusted: accepted because the backup's passphrase opened it.</source>
        <translation>Сенімсіз %1 құрылғысы қол қойған: көшірмені оның құпия сөз тіркесі ашқандықтан қабылданды.</translation>
    </message>
    <message>
        <source>Signed by device %1, trusted from now on.</source>
        <translation>%1 құрылғысы қол қойған; енді оған сенім білдіріледі.</translation>
    </message>
    <message>
        <source>Signed by trusted device %1.</source>
        <translation>Сенімді %1 құрылғысы қол қойған.</translation>
    </message>
    <message>
        <source>Progress:</source>
        <translation>Барысы:</translation>
    </message>
    <message>
        <source>%1 records and %2 files, made %3.</source>
        <translation>%1 жазба және %2 файл, жасалған уақыты %3.</translation>
    </message>
</context>
<context>
    <name>OpenForm</name>
    <message>
        <source>none: the backup has a passphrase</source>
        <translation>жоқ: сақтық көшірменің құпия сөз тіркесі бар</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Сақтық көшірме файлы</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Кілт файлы</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <source>Choose the backup file.</source>
        <translation>Сақтық көшірме файлын таңдаңыз.</translation>
    </message>
    <message>
        <source>Backup file:</source>
        <translation>Көшірме файлы:</translation>
    </message>
    <message>
        <source>Key file:</source>
        <translation>Кілт файлы:</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Құпия сөз тіркесі:</translation>
    </message>
    <message>
        <source>The key file's passphrase, or the backup's own if it has one.</source>
        <translation>Кілт файлының құпия сөз тіркесі, не көшірменің өз тіркесі (бар болса).</translation>
    </message>
    <message>
        <source>Izdeu backups (*.izbackup);;All files (*)</source>
        <translation>Izdeu көшірмелері (*.izbackup);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>a backup; a full backup and its increments; or a folder</source>
        <translation>бір көшірме; толық көшірме және оның өсім көшірмелері; не қалта</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>Қалта…</translation>
    </message>
    <message>
        <source>Backup files or folder:</source>
        <translation>Көшірме файлдары не қалта:</translation>
    </message>
    <message>
        <source>Backup files</source>
        <translation>Сақтық көшірме файлдары</translation>
    </message>
    <message>
        <source>Folder of backups</source>
        <translation>Сақтық көшірмелер қалтасы</translation>
    </message>
</context>
<context>
    <name>PersonSection</name>
    <message>
        <source>Names (one per script or spelling)</source>
        <translation>Аттары (әр жазу не жазылым үшін біреуден)</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Суреті жоқ</translation>
    </message>
    <message>
        <source>Choose photo…</source>
        <translation>Сурет таңдау…</translation>
    </message>
    <message>
        <source>Current status:</source>
        <translation>Қазіргі жағдайы:</translation>
    </message>
    <message>
        <source>Sex:</source>
        <translation>Жынысы:</translation>
    </message>
    <message>
        <source>Born:</source>
        <translation>Туған күні:</translation>
    </message>
    <message>
        <source>Ethnicity:</source>
        <translation>Ұлты:</translation>
    </message>
    <message>
        <source>Citizenships:</source>
        <translation>Азаматтығы:</translation>
    </message>
    <message>
        <source>Occupation:</source>
        <translation>Кәсібі:</translation>
    </message>
    <message>
        <source>Residence in Kazakhstan:</source>
        <translation>Қазақстандағы тұрғылықты жері:</translation>
    </message>
    <message>
        <source>Hometown</source>
        <translation>Туған жері</translation>
    </message>
    <message>
        <source>Prefecture:</source>
        <translation>Аймақ:</translation>
    </message>
    <message>
        <source>County:</source>
        <translation>Аудан:</translation>
    </message>
    <message>
        <source>Township:</source>
        <translation>Болыс:</translation>
    </message>
    <message>
        <source>Village:</source>
        <translation>Ауыл:</translation>
    </message>
    <message>
        <source>ID documents</source>
        <translation>Жеке құжаттары</translation>
    </message>
    <message>
        <source>Health:</source>
        <translation>Денсаулығы:</translation>
    </message>
    <message>
        <source>Physical description:</source>
        <translation>Сыртқы келбеті:</translation>
    </message>
    <message>
        <source>Father's name:</source>
        <translation>Әкесінің аты:</translation>
    </message>
    <message>
        <source>Mother's name:</source>
        <translation>Анасының аты:</translation>
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
        <translation>Izdeu жасырылды</translation>
    </message>
    <message>
        <source>Click or press a key to show the work again. After the lock time, the passphrase is asked for.</source>
        <translation>Жұмысты қайта көрсету үшін басыңыз немесе пернені басыңыз. Құлыптау уақыты өткен соң құпия сөйлем сұралады.</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>Жазылуда</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>Тексерілуде</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Оқылуда</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Орындалуда…</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Орындалуда</translation>
    </message>
    <message>
        <source>%1… %2 MiB</source>
        <translation>%1… %2 МиБ</translation>
    </message>
</context>
<context>
    <name>RecordListSection</name>
    <message>
        <source>Remove</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>Move earlier</source>
        <translation>Ертерек жылжыту</translation>
    </message>
    <message>
        <source>Move later</source>
        <translation>Кейінірек жылжыту</translation>
    </message>
    <message>
        <source>Remove the selected entry? This cannot be undone.</source>
        <translation>Таңдалған жазбаны жою керек пе? Бұны қайтару мүмкін емес.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Headquarters recovery</source>
        <translation>Штаб арқылы қалпына келтіру</translation>
    </message>
    <message>
        <source>If you forget the passphrase, headquarters can let you set a new one. When this is on, a small file beside the vault holds the vault's key, encrypted to your organisation's backup keys: only headquarters, with its private key, can open it. Someone who takes only this laptop gains nothing from it. But whoever holds both the laptop and headquarters' key can open the vault without you.</source>
        <translation>Құпия сөзді ұмытсаңыз, штаб сізге жаңасын орнатуға мүмкіндік береді. Бұл қосулы болғанда, қойманың жанындағы шағын файлда ұйымның сақтық көшірме кілттеріне шифрланған қойма кілті сақталады: оны тек штаб өзінің жабық кілтімен аша алады. Тек осы ноутбукты алған адамға ол ештеңе бермейді. Бірақ ноутбук та, штаб кілті де бар адам қойманы сізсіз аша алады.</translation>
    </message>
    <message>
        <source>The vault's passphrase</source>
        <translation>Қойманың құпия сөзі</translation>
    </message>
    <message>
        <source>Turn on</source>
        <translation>Қосу</translation>
    </message>
    <message>
        <source>Turn off</source>
        <translation>Өшіру</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Headquarters recovery is on.</source>
        <translation>Штаб арқылы қалпына келтіру қосулы.</translation>
    </message>
    <message>
        <source>Headquarters recovery is off.</source>
        <translation>Штаб арқылы қалпына келтіру өшірулі.</translation>
    </message>
</context>
<context>
    <name>RedactionDialog</name>
    <message>
        <source>Hide regions in dossiers</source>
        <translation>Досьеде аймақтарды жасыру</translation>
    </message>
    <message>
        <source>Remove region</source>
        <translation>Аймақты өшіру</translation>
    </message>
    <message>
        <source>UN Working Group (WGEID)</source>
        <translation>БҰҰ Жұмыс тобы (WGEID)</translation>
    </message>
    <message>
        <source>Ministry</source>
        <translation>Министрлік</translation>
    </message>
    <message>
        <source>NGO / public</source>
        <translation>ҮЕҰ / жария</translation>
    </message>
    <message>
        <source>Drag over the picture to mark what dossiers must not show. The marked pixels are replaced in the dossier's copy; the file in the vault is not changed.</source>
        <translation>Досьеде көрсетілмеуі тиіс жерді белгілеу үшін суретті тышқанмен сүйреңіз. Белгіленген пикселдер досьедегі көшірмеде ауыстырылады; қоймадағы файл өзгермейді.</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Аймақтар</translation>
    </message>
    <message>
        <source>Hidden in dossiers for:</source>
        <translation>Мына досьелерде жасырылады:</translation>
    </message>
    <message>
        <source>%1: at %2 %, %3 %; %4 % × %5 %</source>
        <translation>%1: %2 %, %3 % нүктесінен; %4 % × %5 %</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>Сақтық көшірмеден қалпына келтіру</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Қалпына келтіру</translation>
    </message>
    <message>
        <source>Choose a name for the new vault.</source>
        <translation>Жаңа қойма үшін атау таңдаңыз.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Екі құпия сөз тіркесі сәйкес емес.</translation>
    </message>
    <message>
        <source>Restored into %1.</source>
        <translation>%1 ішіне қалпына келтірілді.</translation>
    </message>
    <message>
        <source>New vault file:</source>
        <translation>Жаңа қойма файлы:</translation>
    </message>
    <message>
        <source>New vault passphrase:</source>
        <translation>Жаңа қойманың құпия сөз тіркесі:</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation>Қайталаңыз:</translation>
    </message>
    <message>
        <source>Open it</source>
        <translation>Оны ашу</translation>
    </message>
</context>
<context>
    <name>RevealButton</name>
    <message>
        <source>Hide</source>
        <translation>Жасыру</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Көрсету</translation>
    </message>
    <message>
        <source>Hide the passphrase</source>
        <translation>Құпия сөз тіркесін жасыру</translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation>Құпия сөз тіркесін көрсету</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>What the UN Working Group needs</source>
        <translation>БҰҰ жұмыс тобына не керек</translation>
    </message>
    <message>
        <source>Fill in</source>
        <translation>Толтыру</translation>
    </message>
    <message>
        <source>Another missing relative told by the same person</source>
        <translation>Сол адам айтқан тағы бір жоғалған туыс</translation>
    </message>
    <message>
        <source>Finish the interview</source>
        <translation>Сұхбатты аяқтау</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Тексеру</translation>
    </message>
    <message>
        <source>Events: %1, testimonies: %2, files: %3.</source>
        <translation>Оқиғалар: %1, айғақтар: %2, файлдар: %3.</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Толық</translation>
    </message>
    <message>
        <source>%1 of 6 missing</source>
        <translation>6-ның %1-і жетіспейді</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <source>never</source>
        <translation>ешқашан</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation>Интерфейс тілі:</translation>
    </message>
    <message>
        <source>Lock after idle time:</source>
        <translation>Әрекетсіз тұрғаннан кейін құлыптау:</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Жалпы</translation>
    </message>
    <message>
        <source>Locking</source>
        <translation>Құлыптау</translation>
    </message>
    <message>
        <source>Interviews and dossiers</source>
        <translation>Сұхбаттар мен досьелер</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Сақтық көшірмелер</translation>
    </message>
    <message>
        <source>This vault is stored in:</source>
        <translation>Бұл қойма мына жерде сақталған:</translation>
    </message>
    <message>
        <source>Warn before locking:</source>
        <translation>Құлыптау алдында ескерту:</translation>
    </message>
    <message>
        <source>Hide now (F12) covers the work at once and keeps the vault open: one key shows it again, until the lock time has passed.</source>
        <translation>«Қазір жасыру» (F12) жұмысты бірден жабады, қойма ашық қалады: құлыптау уақыты өткенше бір перне оны қайта көрсетеді.</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>белгіленбеген</translation>
    </message>
    <message>
        <source>none</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>Interviewer:</source>
        <translation>Сұхбат алушы:</translation>
    </message>
    <message>
        <source>Usual interview language:</source>
        <translation>Сұхбаттың әдеттегі тілі:</translation>
    </message>
    <message>
        <source>An interview adds to the idle time:</source>
        <translation>Сұхбат әрекетсіз уақытты ұзартады:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Ұйым:</translation>
    </message>
    <message>
        <source>The organisation is named in every dossier as the one submitting the case (element f of the UN Working Group). These are kept inside the vault.</source>
        <translation>Ұйым әр досьеде істі ұсынушы ретінде көрсетіледі (БҰҰ жұмыс тобы үшін f элементі). Бұлар қойманың ішінде сақталады.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> күн</translation>
    </message>
    <message>
        <source>Remind me when the last backup is older than:</source>
        <translation>Соңғы көшірме мынадан ескі болса, еске салу:</translation>
    </message>
    <message>
        <source>Backups kept in the folder:</source>
        <translation>Қалтада сақталатын көшірмелер саны:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>no warning</source>
        <translation>ескертусіз</translation>
    </message>
    <message>
        <source>Lock when the computer sleeps or the lid is closed</source>
        <translation>Компьютер ұйқыға кеткенде немесе қақпағы жабылғанда құлыптау</translation>
    </message>
    <message>
        <source>Lock when the screen locks or the user is switched</source>
        <translation>Экран құлыпталғанда немесе пайдаланушы ауысқанда құлыптау</translation>
    </message>
    <message>
        <source>Duress passphrase…</source>
        <translation>Мәжбүрлеу құпия сөзі…</translation>
    </message>
    <message>
        <source>Headquarters recovery…</source>
        <translation>Штаб арқылы қалпына келтіру…</translation>
    </message>
    <message>
        <source>This vault:</source>
        <translation>Бұл қойма:</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Жүйедегідей</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Ашық</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Қараңғы</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Тақырып:</translation>
    </message>
    <message>
        <source>Larger text:</source>
        <translation>Ірірек мәтін:</translation>
    </message>
    <message>
        <source>This computer's settings file holds only the interface language, theme and text size, the lock settings and the paths of recent vaults. Names are kept inside the vault.</source>
        <translation>Бұл компьютердің баптаулар файлында тек интерфейс тілі, тақырып пен мәтін өлшемі, құлыптау баптаулары және соңғы қоймалардың жолдары бар. Есімдер қойманың ішінде сақталады.</translation>
    </message>
    <message>
        <source>A full backup after this many increments:</source>
        <translation>Осынша өсім көшірмесінен кейін толық көшірме:</translation>
    </message>
    <message>
        <source>… or when the last full backup is older than:</source>
        <translation>… не соңғы толық көшірме осыдан ескі болғанда:</translation>
    </message>
    <message>
        <source>A backup to a folder that holds this vault's recent full backup is an increment: only what changed since the last backup there. Restoring needs the full backup and all its increments; the oldest backups are removed only when no kept increment needs them.</source>
        <translation>Осы қойманың жақындағы толық көшірмесі бар қалтаға жасалатын көшірме — өсім көшірмесі: ондағы соңғы көшірмеден бері өзгергендер ғана. Қалпына келтіру үшін толық көшірме және оның барлық өсім көшірмелері керек; ең ескі көшірмелер сақталған бірде-бір өсім көшірмесіне керек болмағанда ғана жойылады.</translation>
    </message>
</context>
<context>
    <name>SettingsFlow</name>
    <message>
        <source>Settings saved.</source>
        <translation>Баптаулар сақталды.</translation>
    </message>
</context>
<context>
    <name>SharesDialog</name>
    <message>
        <source>Split the organisation key</source>
        <translation>Ұйым кілтін бөлу</translation>
    </message>
    <message>
        <source>Give each trustee one printed share. Any K of the N shares rebuild the organisation key (izdeu recover-key); fewer reveal nothing of it. The shares are written beside the key file: print them, then delete the files.</source>
        <translation>Әр сенімді адамға бір басылған үлес беріңіз. N үлестің кез келген K-сы ұйым кілтін қалпына келтіреді (izdeu recover-key); азырағы ол туралы ештеңе ашпайды. Үлестер кілт файлының жанына жазылады: оларды басып шығарып, файлдарды жойыңыз.</translation>
    </message>
    <message>
        <source>No key file chosen.</source>
        <translation>Кілт файлы таңдалмаған.</translation>
    </message>
    <message>
        <source>Choose the key file…</source>
        <translation>Кілт файлын таңдау…</translation>
    </message>
    <message>
        <source>Key file passphrase:</source>
        <translation>Кілт файлының құпия сөзі:</translation>
    </message>
    <message>
        <source>Shares (N):</source>
        <translation>Үлестер (N):</translation>
    </message>
    <message>
        <source>Needed to rebuild (K):</source>
        <translation>Қалпына келтіруге қажет (K):</translation>
    </message>
    <message>
        <source>Make the shares</source>
        <translation>Үлестерді жасау</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Organisation key file</source>
        <translation>Ұйым кілтінің файлы</translation>
    </message>
    <message>
        <source>Choose the key file first.</source>
        <translation>Алдымен кілт файлын таңдаңыз.</translation>
    </message>
    <message>
        <source>%1 shares written beside the key file.</source>
        <translation>Кілт файлының жанына %1 үлес жазылды.</translation>
    </message>
</context>
<context>
    <name>SigningRow</name>
    <message>
        <source>Sign as the organisation</source>
        <translation>Ұйым атынан қол қою</translation>
    </message>
    <message>
        <source>Export certificate…</source>
        <translation>Сертификатты экспорттау…</translation>
    </message>
    <message>
        <source>%1 · certificate SHA-256 %2</source>
        <translation>%1 · сертификаттың SHA-256 мәні %2</translation>
    </message>
    <message>
        <source>Export the signing certificate</source>
        <translation>Қолтаңба сертификатын экспорттау</translation>
    </message>
    <message>
        <source>PEM (*.pem)</source>
        <translation>PEM (*.pem)</translation>
    </message>
    <message>
        <source>Make a signing identity</source>
        <translation>Қолтаңба кілтін жасау</translation>
    </message>
    <message>
        <source>No signing identity in this vault yet.</source>
        <translation>Бұл қоймада әзірге қолтаңба кілті жоқ.</translation>
    </message>
    <message>
        <source>Enter the organisation's name in Settings first: the certificate carries it.</source>
        <translation>Алдымен Баптауларда ұйымның атауын енгізіңіз: ол сертификатқа жазылады.</translation>
    </message>
    <message>
        <source>Import a PKCS#12 file…</source>
        <translation>PKCS#12 файлын импорттау…</translation>
    </message>
    <message>
        <source>Replace the signing identity?</source>
        <translation>Қолтаңба кілтін ауыстыру керек пе?</translation>
    </message>
    <message>
        <source>This vault already has a signing identity (%1). Import another one in its place? Dossiers signed with the old one stay valid.</source>
        <translation>Бұл қоймада қолтаңба кілті бар (%1). Оның орнына басқасын импорттау керек пе? Ескісімен қол қойылған досьелер жарамды болып қала береді.</translation>
    </message>
    <message>
        <source>The organisation's PKCS#12 file</source>
        <translation>Ұйымның PKCS#12 файлы</translation>
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
        <translation>Ең сезімтал өріс: тек қажеттісін</translation>
    </message>
    <message>
        <source>You, or your organisation (UN WGEID element f)</source>
        <translation>Сіз немесе сіздің ұйымыңыз (БҰҰ ЕЖЖТ f элементі)</translation>
    </message>
    <message>
        <source>UN WGEID only, initials</source>
        <translation>Тек БҰҰ ЕЖЖТ, бас әріптер</translation>
    </message>
    <message>
        <source>Store only, anonymous</source>
        <translation>Тек сақтау, жасырын</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Өзгеше</translation>
    </message>
    <message>
        <source>Who may receive it, and how the witness is named</source>
        <translation>Мұны кім ала алады және куәгер қалай аталады</translation>
    </message>
    <message>
        <source>Witness name:</source>
        <translation>Куәгердің аты:</translation>
    </message>
    <message>
        <source>Relation to the missing person:</source>
        <translation>Жоғалған адамға кім болады:</translation>
    </message>
    <message>
        <source>Language of the interview:</source>
        <translation>Сұхбат тілі:</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Байланыс:</translation>
    </message>
    <message>
        <source>Interviewer:</source>
        <translation>Сұхбат алушы:</translation>
    </message>
    <message>
        <source>Consent:</source>
        <translation>Келісім:</translation>
    </message>
    <message>
        <source>Read aloud:</source>
        <translation>Дауыстап оқыңыз:</translation>
    </message>
    <message>
        <source>Consent given how:</source>
        <translation>Келісім қалай берілді:</translation>
    </message>
    <message>
        <source>Consent date:</source>
        <translation>Келісім күні:</translation>
    </message>
    <message>
        <source>Who is speaking</source>
        <translation>Кім айтып отыр</translation>
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
        <translation>Кілт есептеліп, қойма ашылуда…</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Сақтық көшірмеден қалпына келтіру…</translation>
    </message>
    <message>
        <source>Welcome to Izdeu</source>
        <translation>Izdeu-ге қош келдіңіз</translation>
    </message>
    <message>
        <source>Izdeu keeps the cases of disappeared people in one encrypted file on this computer. Nothing is sent anywhere. Without the passphrase nobody can read it — and nobody can recover it for you, so keep the passphrase safe.</source>
        <translation>Izdeu хабарсыз кеткен адамдардың істерін осы компьютердегі бір шифрланған файлда сақтайды. Ештеңе ешқайда жіберілмейді. Құпия сөз тіркесінсіз оны ешкім оқи алмайды — және оны сізге ешкім қалпына келтіре алмайды, сондықтан құпия сөз тіркесін сенімді сақтаңыз.</translation>
    </message>
    <message>
        <source>Create a new vault…</source>
        <translation>Жаңа қойма жасау…</translation>
    </message>
    <message>
        <source>Open the demo vault (fictional cases)</source>
        <translation>Демо қойманы ашу (ойдан шығарылған істер)</translation>
    </message>
    <message>
        <source>Open an existing vault file…</source>
        <translation>Бар қойма файлын ашу…</translation>
    </message>
    <message>
        <source>The demo vault holds invented cases for practice. Its passphrase is public: %1</source>
        <translation>Демо қоймада жаттығуға арналған ойдан шығарылған істер бар. Оның құпия сөз тіркесі жария: %1</translation>
    </message>
    <message>
        <source>Unlock the vault</source>
        <translation>Қойманы ашу</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Құпия сөз тіркесі:</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Ашу</translation>
    </message>
    <message>
        <source>Open another vault…</source>
        <translation>Басқа қойманы ашу…</translation>
    </message>
    <message>
        <source>Demo vault</source>
        <translation>Демо қойма</translation>
    </message>
    <message>
        <source>Vault: %1</source>
        <translation>Қойма: %1</translation>
    </message>
    <message>
        <source>Open a vault</source>
        <translation>Қойманы ашу</translation>
    </message>
    <message>
        <source>Type the passphrase.</source>
        <translation>Құпия сөз тіркесін енгізіңіз.</translation>
    </message>
    <message>
        <source>Choose where to store the vault.</source>
        <translation>Қойманы қайда сақтайтынын таңдаңыз.</translation>
    </message>
    <message>
        <source>A file with that name already exists; choose another name.</source>
        <translation>Мұндай атаулы файл бар; басқа атау таңдаңыз.</translation>
    </message>
    <message>
        <source>The demo vault needs no passphrase: press Unlock.</source>
        <translation>Демо қоймаға құпия сөйлем керек емес: «Ашу» түймесін басыңыз.</translation>
    </message>
    <message>
        <source>Recent vaults:</source>
        <translation>Соңғы қоймалар:</translation>
    </message>
    <message>
        <source>Izdeu vault (*.izdeu);;All files (*)</source>
        <translation>Izdeu қоймасы (*.izdeu);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Erase this vault…</source>
        <translation>Бұл қойманы өшіру…</translation>
    </message>
</context>
<context>
    <name>StatisticsTab</name>
    <message>
        <source>All statuses</source>
        <translation>Барлық мәртебелер</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Барлық жылдар</translation>
    </message>
    <message>
        <source>Any hometown</source>
        <translation>Кез келген туған жер</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>Қайта хабарласу мерзімі</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Санау</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV экспорттау…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>PDF экспорттау…</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Мәртебе:</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Жыл:</translation>
    </message>
    <message>
        <source>Hometown:</source>
        <translation>Туған жері:</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Мән</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Істер</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) counted</source>
        <translation>
            <numerusform>%n іс саналды</numerusform>
            <numerusform>%n іс саналды</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the statistics</source>
        <translation>Статистиканы экспорттау</translation>
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
        <translation>Жазылды: %1</translation>
    </message>
</context>
<context>
    <name>Strength</name>
    <message>
        <source>the passphrase must have at least 10 characters</source>
        <translation>құпия сөз тіркесінде кемінде 10 таңба болуы керек</translation>
    </message>
    <message>
        <source>the passphrase repeats too few different characters</source>
        <translation>құпия сөз тіркесінде әртүрлі таңбалар тым аз</translation>
    </message>
    <message>
        <source>the passphrase must not start or end with a space</source>
        <translation>құпия сөз тіркесі бос орынмен басталмауы не аяқталмауы керек</translation>
    </message>
    <message>
        <source>this passphrase is too common</source>
        <translation>бұл құпия сөз тіркесі тым кең таралған</translation>
    </message>
    <message>
        <source>weak: make it longer</source>
        <translation>әлсіз: ұзартыңыз</translation>
    </message>
    <message>
        <source>fair: a few more words help</source>
        <translation>орташа: тағы бірнеше сөз қосыңыз</translation>
    </message>
    <message>
        <source>good</source>
        <translation>жақсы</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>берік</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Type a passphrase.</source>
        <translation>Құпия сөз тіркесін енгізіңіз.</translation>
    </message>
</context>
<context>
    <name>TableActions</name>
    <message>
        <source>Import a spreadsheet…</source>
        <translation>Кестеден импорттау…</translation>
    </message>
    <message>
        <source>Export a spreadsheet…</source>
        <translation>Кестеге экспорттау…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
</context>
<context>
    <name>TestimoniesSection</name>
    <message>
        <source>New testimony</source>
        <translation>Жаңа айғақ</translation>
    </message>
    <message>
        <source>testimony</source>
        <translation>айғақ</translation>
    </message>
    <message>
        <source>Witness:</source>
        <translation>Куә:</translation>
    </message>
    <message>
        <source>Interview date:</source>
        <translation>Сұхбат күні:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Орны:</translation>
    </message>
    <message>
        <source>Interviewer:</source>
        <translation>Сұхбат алушы:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Тілі:</translation>
    </message>
    <message>
        <source>Interpreter:</source>
        <translation>Аудармашы:</translation>
    </message>
    <message>
        <source>Supports which facts:</source>
        <translation>Қандай деректерді растайды:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Ескертпелер:</translation>
    </message>
    <message>
        <source>Files of this interview:</source>
        <translation>Осы сұхбаттың файлдары:</translation>
    </message>
    <message>
        <source>Original (as told)</source>
        <translation>Түпнұсқа (айтылғандай)</translation>
    </message>
    <message>
        <source>Add a translation</source>
        <translation>Аударма қосу</translation>
    </message>
    <message>
        <source>Translations</source>
        <translation>Аудармалар</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(көрсетілмеген)</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(аты жоқ)</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Аударма</translation>
    </message>
</context>
<context>
    <name>TimelineSection</name>
    <message>
        <source>Add an event</source>
        <translation>Оқиға қосу</translation>
    </message>
    <message>
        <source>What happened:</source>
        <translation>Не болды:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Басы:</translation>
    </message>
    <message>
        <source>Until:</source>
        <translation>Соңы:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Орны:</translation>
    </message>
    <message>
        <source>Facility:</source>
        <translation>Мекеме:</translation>
    </message>
    <message>
        <source>Kind of facility:</source>
        <translation>Мекеме түрі:</translation>
    </message>
    <message>
        <source>Facility location:</source>
        <translation>Мекеменің орналасқан жері:</translation>
    </message>
    <message>
        <source>Coordinates:</source>
        <translation>Координаттар:</translation>
    </message>
    <message>
        <source>Agency believed responsible:</source>
        <translation>Жауапты деп есептелетін орган:</translation>
    </message>
    <message>
        <source>Official reason:</source>
        <translation>Ресми себебі:</translation>
    </message>
    <message>
        <source>Reason the family believes:</source>
        <translation>Отбасының пікірінше себебі:</translation>
    </message>
    <message>
        <source>Charge:</source>
        <translation>Айып:</translation>
    </message>
    <message>
        <source>Court:</source>
        <translation>Сот:</translation>
    </message>
    <message>
        <source>Sentence:</source>
        <translation>Үкім:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Ескертпелер:</translation>
    </message>
</context>
<context>
    <name>Tools</name>
    <message>
        <source>Backup keys…</source>
        <translation>Сақтық көшірме кілттері…</translation>
    </message>
    <message>
        <source>Dossier…</source>
        <translation>Досье…</translation>
    </message>
    <message>
        <source>PDF dossier of the open or selected cases (Ctrl+P)</source>
        <translation>Ашық не таңдалған істердің PDF досьесі (Ctrl+P)</translation>
    </message>
    <message>
        <source>Back up…</source>
        <translation>Сақтық көшірме…</translation>
    </message>
    <message>
        <source>Verify a backup…</source>
        <translation>Сақтық көшірмені тексеру…</translation>
    </message>
    <message>
        <source>Merge a backup…</source>
        <translation>Сақтық көшірмені біріктіру…</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Сақтық көшірмелер</translation>
    </message>
    <message>
        <source>Open or select a case first.</source>
        <translation>Алдымен істі ашыңыз не таңдаңыз.</translation>
    </message>
    <message>
        <source>Restore a backup…</source>
        <translation>Көшірмеден қалпына келтіру…</translation>
    </message>
    <message>
        <source>Review merge conflicts…</source>
        <translation>Біріктіру қайшылықтары…</translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation>Құпия сөз тіркесін өзгерту…</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>Қойма</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Ықтимал қайталанулар</translation>
    </message>
    <message>
        <source>Cases that may record the same person, in any script or spelling</source>
        <translation>Кез келген жазуда не жазылуда бір адамды сипаттауы мүмкін істер</translation>
    </message>
</context>
<context>
    <name>TrustPrompt</name>
    <message>
        <source>Trust this device?</source>
        <translation>Бұл құрылғыға сену керек пе?</translation>
    </message>
    <message>
        <source>This backup was signed by a device this vault does not trust yet. Anyone with the organisation's public key can make a backup, so use it only if the fingerprint below is the one shown on that device (in its Backup keys window).</source>
        <translation>Бұл сақтық көшірмеге осы қойма әлі сенбейтін құрылғы қол қойған. Ұйымның ашық кілті бар кез келген адам сақтық көшірме жасай алады, сондықтан төмендегі саусақ ізі сол құрылғыда («Сақтық көшірме кілттері» терезесінде) көрсетілгенмен бірдей болса ғана пайдаланыңыз.</translation>
    </message>
    <message>
        <source>The vault will remember this device and accept its backups from now on.</source>
        <translation>Қойма бұл құрылғыны есте сақтап, енді оның сақтық көшірмелерін қабылдайды.</translation>
    </message>
    <message>
        <source>Trust and continue</source>
        <translation>Сену және жалғастыру</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Verify a backup</source>
        <translation>Сақтық көшірмені тексеру</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Тексеру</translation>
    </message>
    <message>
        <source>The backup is complete and intact.</source>
        <translation>Сақтық көшірме толық және бүтін.</translation>
    </message>
    <message numerus="yes">
        <source>The %n backups form one chain, complete and intact.</source>
        <translation>
            <numerusform>%n сақтық көшірме бір тізбек құрайды, толық әрі бүтін.</numerusform>
            <numerusform>%n сақтық көшірме бір тізбек құрайды, толық әрі бүтін.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WitnessesSection</name>
    <message>
        <source>Add a witness</source>
        <translation>Куә қосу</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(аты жоқ)</translation>
    </message>
    <message>
        <source>consent withdrawn</source>
        <translation>келісім қайтарылды</translation>
    </message>
    <message>
        <source>Most sensitive field: only what is needed</source>
        <translation>Ең сезімтал өріс: тек қажеттісін</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Аты:</translation>
    </message>
    <message>
        <source>Relation to the person:</source>
        <translation>Туыстығы:</translation>
    </message>
    <message>
        <source>How they know:</source>
        <translation>Қайдан біледі:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Тілі:</translation>
    </message>
    <message>
        <source>Show contact details</source>
        <translation>Байланыс деректерін көрсету</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Байланыс:</translation>
    </message>
    <message>
        <source>Wishes to stay anonymous</source>
        <translation>Жасырын қалғысы келеді</translation>
    </message>
    <message>
        <source>Consent: who may receive the testimony, and how named</source>
        <translation>Келісім: айғақты кім ала алады және куә қалай аталады</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Алушы</translation>
    </message>
    <message>
        <source>Identity shown</source>
        <translation>Қалай көрсетіледі</translation>
    </message>
    <message>
        <source>Contact shown</source>
        <translation>Байланыс көрсетіледі</translation>
    </message>
    <message>
        <source>Consent given how:</source>
        <translation>Келісім қалай берілді:</translation>
    </message>
    <message>
        <source>Consent date:</source>
        <translation>Келісім күні:</translation>
    </message>
    <message>
        <source>Consent withdrawn today</source>
        <translation>Келісім бүгін қайтарылды</translation>
    </message>
    <message>
        <source>Consent withdrawn on:</source>
        <translation>Келісім қайтарылған күн:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Ескертпелер:</translation>
    </message>
    <message>
        <source>Hide contact details</source>
        <translation>Байланыс деректерін жасыру</translation>
    </message>
    <message>
        <source>Record that this witness withdrew consent today? Dossiers will leave out what they said.</source>
        <translation>Куәгер бүгін келісімін қайтарып алды деп белгілейміз бе? Досьеге оның айтқандары енбейді.</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Келісім қайтарылды</translation>
    </message>
    <message>
        <source>A witness of another case…</source>
        <translation>Басқа істің куәгері…</translation>
    </message>
    <message>
        <source>The same relative reports several people: enter them once</source>
        <translation>Бір туыс бірнеше адам туралы хабарлайды: оны бір рет енгізіңіз</translation>
    </message>
</context>
<context>
    <name>WordsPage</name>
    <message>
        <source>Interview date:</source>
        <translation>Сұхбат күні:</translation>
    </message>
    <message>
        <source>Place of the interview:</source>
        <translation>Сұхбат өткен жер:</translation>
    </message>
    <message>
        <source>As told, in:</source>
        <translation>Айтылғандай, тілі:</translation>
    </message>
    <message>
        <source>Translation into:</source>
        <translation>Аудармасы, тілі:</translation>
    </message>
    <message>
        <source>In their words</source>
        <translation>Өз сөзімен</translation>
    </message>
</context>
<context>
    <name>_RowsEditor</name>
    <message>
        <source>Remove this row</source>
        <translation>Бұл жолды жою</translation>
    </message>
</context>
<context>
    <name>_TranslationPane</name>
    <message>
        <source>Language</source>
        <translation>Тілі</translation>
    </message>
    <message>
        <source>Translator</source>
        <translation>Аудармашы</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Backup folder</source>
        <translation>Сақтық көшірмелер қалтасы</translation>
    </message>
</context>
<context>
    <name>CaseMergeDialog</name>
    <message>
        <source>Merge two cases of the same person</source>
        <translation>Бір адамның екі ісін біріктіру</translation>
    </message>
    <message>
        <source>%1 is merged into %2: its names are added as other spellings, and every testimony, witness and file of both cases is kept. %1 is then hidden from the case list; splitting undoes the merge.</source>
        <translation>%1 ісі %2 ісімен біріктіріледі: оның аттары басқа жазылулар ретінде қосылады, екі істің барлық айғақтары, куәгерлері мен файлдары сақталады. Содан кейін %1 істер тізімінен жасырылады; бөлу біріктіруді болдырмайды.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Өріс</translation>
    </message>
    <message>
        <source>Comparing the two cases…</source>
        <translation>Екі іс салыстырылуда…</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Біріктіру</translation>
    </message>
    <message>
        <source>Choose the value to keep where the two cases differ.</source>
        <translation>Екі іс сәйкес келмейтін жерде қай мәнді қалдыратыныңызды таңдаңыз.</translation>
    </message>
    <message>
        <source>The two cases do not contradict each other.</source>
        <translation>Екі іс бір-біріне қайшы келмейді.</translation>
    </message>
</context>
<context>
    <name>CasePicker</name>
    <message>
        <source>Search by name (any script) or case number</source>
        <translation>Аты (кез келген жазумен) не іс нөмірі бойынша іздеу</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Link to another case</source>
        <translation>Басқа іспен байланыстыру</translation>
    </message>
    <message>
        <source>This person is the</source>
        <translation>Бұл адам —</translation>
    </message>
    <message>
        <source>Certainty</source>
        <translation>Сенімділік</translation>
    </message>
    <message>
        <source>of the person in the case:</source>
        <translation>мына істегі адамға қатысты:</translation>
    </message>
</context>
<context>
    <name>RelatedSection</name>
    <message>
        <source>This person is the</source>
        <translation>Бұл адам —</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Іс</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Аттары</translation>
    </message>
    <message>
        <source>Certainty</source>
        <translation>Сенімділік</translation>
    </message>
    <message>
        <source>Link a case…</source>
        <translation>Істі байланыстыру…</translation>
    </message>
    <message>
        <source>Remove link</source>
        <translation>Байланысты жою</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ашу</translation>
    </message>
    <message>
        <source>Merge into this case…</source>
        <translation>Осы іске біріктіру…</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Бөлу</translation>
    </message>
    <message>
        <source>Family members reported in other cases, and cases of the same person. A link is saved at once and shown in both cases.</source>
        <translation>Басқа істерде хабарланған отбасы мүшелері және сол адамның істері. Байланыс бірден сақталады және екі істе де көрінеді.</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>біріктірілген</translation>
    </message>
    <message>
        <source>(not in this vault)</source>
        <translation>(бұл қоймада жоқ)</translation>
    </message>
    <message>
        <source>Split the cases</source>
        <translation>Істерді бөлу</translation>
    </message>
    <message>
        <source>Undo the merge: the two cases are shown apart again, each with its own records.</source>
        <translation>Біріктіруді болдырмау: екі іс қайтадан бөлек, әрқайсысы өз жазбаларымен көрсетіледі.</translation>
    </message>
</context>
<context>
    <name>WitnessPicker</name>
    <message>
        <source>A witness of another case</source>
        <translation>Басқа істің куәгері</translation>
    </message>
    <message>
        <source>The witness's name, in any script</source>
        <translation>Куәгердің аты, кез келген жазумен</translation>
    </message>
    <message>
        <source>Their name, language and contact details are copied into this case. Their relation to this person and their consent are asked again: consent is given case by case.</source>
        <translation>Куәгердің аты, тілі және байланыс деректері осы іске көшіріледі. Оның бұл адамға кім болатыны және келісімі қайта сұралады: келісім әр іс үшін жеке беріледі.</translation>
    </message>
</context>
<context>
    <name>CreatePage</name>
    <message>
        <source>Create a vault</source>
        <translation>Қойма жасау</translation>
    </message>
    <message>
        <source>Choose a long passphrase — several words are easier to remember than symbols. If it is lost, the cases cannot be recovered.</source>
        <translation>Ұзын құпия сөз тіркесін таңдаңыз — бірнеше сөзді таңбалардан гөрі есте сақтау оңай. Ол жоғалса, істерді қалпына келтіру мүмкін емес.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Шолу…</translation>
    </message>
    <message>
        <source>Stored in:</source>
        <translation>Сақталатын жері:</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Құпия сөз тіркесі:</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation>Қайталаңыз:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Беріктігі:</translation>
    </message>
    <message>
        <source>Stronger key derivation (256 MiB; unlocking takes 1–2 seconds)</source>
        <translation>Күштірек кілт шығару (256 МиБ; бұғаттан шығару 1–2 секунд алады)</translation>
    </message>
    <message>
        <source>Create the vault</source>
        <translation>Қойманы жасау</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Артқа</translation>
    </message>
    <message>
        <source>Izdeu vault (*.izdeu);;All files (*)</source>
        <translation>Izdeu қоймасы (*.izdeu);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Екі құпия сөз тіркесі сәйкес емес.</translation>
    </message>
</context>
<context>
    <name>Pkcs12ImportDialog</name>
    <message>
        <source>Import a PKCS#12 file</source>
        <translation>PKCS#12 файлын импорттау</translation>
    </message>
    <message>
        <source>The organisation's key and certificate in this file will be kept inside this vault, protected by the vault's passphrase, and used to sign dossiers.</source>
        <translation>Осы файлдағы ұйымның кілті мен сертификаты осы қойманың ішінде, оның құпия сөз тіркесімен қорғалып сақталады және досьелерге қол қою үшін қолданылады.</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <source>The file's password:</source>
        <translation>Файлдың құпия сөзі:</translation>
    </message>
    <message>
        <source>It replaces the signing identity kept in this vault; dossiers signed with it stay valid.</source>
        <translation>Ол осы қоймада сақталған қолтаңба кілтін ауыстырады; онымен қол қойылған досьелер жарамды болып қала береді.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорттау</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Start an interview</source>
        <translation>Сұхбат бастау</translation>
    </message>
    <message>
        <source>or import a spreadsheet…</source>
        <translation>немесе кестеден импорттау…</translation>
    </message>
    <message>
        <source>No cases yet</source>
        <translation>Әзірге іс жоқ</translation>
    </message>
    <message>
        <source>Start an interview: Izdeu asks in the order people tell what happened.</source>
        <translation>Сұхбат бастаңыз: Izdeu адамдар болған оқиғаны қалай айтса, сол ретпен сұрайды.</translation>
    </message>
    <message>
        <source>No case matches</source>
        <translation>Сәйкес іс жоқ</translation>
    </message>
    <message>
        <source>Change the search words or the filters above.</source>
        <translation>Іздеу сөздерін немесе жоғарыдағы сүзгілерді өзгертіңіз.</translation>
    </message>
</context>
<context>
    <name>VaultBadge</name>
    <message>
        <source>Demo vault: %1 · locked</source>
        <translation>Демо қойма: %1 · құлыпталған</translation>
    </message>
    <message>
        <source>Demo vault: %1 · unlocked</source>
        <translation>Демо қойма: %1 · ашық</translation>
    </message>
    <message>
        <source>Vault: %1 · locked</source>
        <translation>Қойма: %1 · құлыпталған</translation>
    </message>
    <message>
        <source>Vault: %1 · unlocked</source>
        <translation>Қойма: %1 · ашық</translation>
    </message>
    <message>
        <source>The vault is locked: nothing of it can be read until the passphrase is typed.</source>
        <translation>Қойма құлыпталған: құпия сөз тіркесі енгізілмейінше, одан ештеңе оқылмайды.</translation>
    </message>
    <message>
        <source>The vault is open on this computer. Lock it (Ctrl+L) when you step away.</source>
        <translation>Қойма осы компьютерде ашық. Орныңыздан кеткенде оны құлыптаңыз (Ctrl+L).</translation>
    </message>
</context>
<context>
    <name>VideoRecorderWidget</name>
    <message>
        <source>Camera</source>
        <translation>Камера</translation>
    </message>
    <message>
        <source>Record video</source>
        <translation>Бейне жазу</translation>
    </message>
    <message>
        <source>Camera:</source>
        <translation>Камера:</translation>
    </message>
    <message>
        <source>No camera is connected: record the testimony as audio.</source>
        <translation>Камера қосылмаған: айғақты аудио ретінде жазыңыз.</translation>
    </message>
    <message>
        <source>Izdeu may not use the camera: allow it in the system's privacy settings.</source>
        <translation>Izdeu камераны пайдалана алмайды: жүйенің құпиялылық баптауларында рұқсат беріңіз.</translation>
    </message>
    <message>
        <source>The camera could not be started: it may be in use by another program.</source>
        <translation>Камераны қосу мүмкін болмады: оны басқа бағдарлама пайдаланып жатқан болуы мүмкін.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Тоқтату</translation>
    </message>
    <message>
        <source>Saving the recording…</source>
        <translation>Жазба сақталуда…</translation>
    </message>
    <message>
        <source>The recording is saved in the vault.</source>
        <translation>Жазба қоймада сақталды.</translation>
    </message>
    <message>
        <source>The recording stopped: the video could not be encoded.</source>
        <translation>Жазба тоқтады: бейнені кодтау мүмкін болмады.</translation>
    </message>
        <message>
            <source>Turn the camera on</source>
            <translation>Камераны қосу</translation>
        </message>
        <message>
            <source>Turn the camera off</source>
            <translation>Камераны өшіру</translation>
        </message>
</context>
<context>
    <name>PlayerPanel</name>
    <message>
        <source>▶ Play</source>
        <translation>▶ Ойнату</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Орны</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>Ойнату жылдамдығы</translation>
    </message>
    <message>
        <source>Insert time mark</source>
        <translation>Уақыт белгісін қою</translation>
    </message>
    <message>
        <source>Puts the position, as [mm:ss], at the cursor in the testimony</source>
        <translation>Орынды [мм:сс] түрінде айғақ мәтініндегі курсор тұрған жерге қояды</translation>
    </message>
    <message>
        <source>❚❚ Pause</source>
        <translation>❚❚ Үзіліс</translation>
    </message>
    <message>
        <source>This recording or file cannot be played.</source>
        <translation>Бұл жазбаны немесе файлды ойнату мүмкін емес.</translation>
    </message>
</context>
<context>
    <name>RecorderPanel</name>
    <message>
        <source>● Record</source>
        <translation>● Жазу</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Үзіліс</translation>
    </message>
    <message>
        <source>■ Stop</source>
        <translation>■ Тоқтату</translation>
    </message>
    <message>
        <source>Input level</source>
        <translation>Кіріс деңгейі</translation>
    </message>
    <message>
        <source>Microphone:</source>
        <translation>Микрофон:</translation>
    </message>
    <message>
        <source>No microphone was found. Connect one and open this case again.</source>
        <translation>Микрофон табылмады. Оны қосып, осы істі қайта ашыңыз.</translation>
    </message>
    <message>
        <source>The recording stopped: %1. The part already recorded is kept in the vault.</source>
        <translation>Жазба тоқтады: %1. Жазылып қойған бөлігі қоймада сақталды.</translation>
    </message>
    <message>
        <source>The part already recorded is kept in the vault.</source>
        <translation>Жазылып қойған бөлігі қоймада сақталды.</translation>
    </message>
    <message>
        <source>● Resume</source>
        <translation>● Жалғастыру</translation>
    </message>
    <message>
        <source>The microphone could not be opened: access to it was denied, or another program is using it.</source>
        <translation>Микрофонды ашу мүмкін болмады: оған кіруге тыйым салынған немесе оны басқа бағдарлама пайдаланып жатыр.</translation>
    </message>
    <message>
        <source>The microphone stopped sending sound.</source>
        <translation>Микрофон дыбыс жіберуді тоқтатты.</translation>
    </message>
    <message>
        <source>The sound system failed.</source>
        <translation>Дыбыс жүйесі істен шықты.</translation>
    </message>
    <message>
        <source>recording %1.ogg</source>
        <translation>жазба %1.ogg</translation>
    </message>
</context>
<context>
    <name>TestimonyAudio</name>
    <message>
        <source>Recordings of this testimony</source>
        <translation>Осы айғақтың жазбалары</translation>
    </message>
    <message>
        <source>being recorded</source>
        <translation>жазылып жатыр</translation>
    </message>
</context>
</TS>
