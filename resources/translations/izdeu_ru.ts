<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>AttachmentViewer</name>
    <message>
        <source>This kind of file cannot be shown here; export a copy to open it with another program.</source>
        <translation>Такой файл нельзя показать здесь; экспортируйте копию, чтобы открыть её другой программой.</translation>
    </message>
</context>
<context>
    <name>AttachmentsSection</name>
    <message>
        <source>Export without metadata…</source>
        <translation>Экспортировать без метаданных…</translation>
    </message>
    <message>
        <source>A copy of the photo without its GPS position, camera, author, comments and thumbnail. The original in the vault is not changed.</source>
        <translation>Копия фотографии без GPS-координат, сведений о камере, авторе, комментариев и миниатюры. Оригинал в хранилище не меняется.</translation>
    </message>
    <message>
        <source>where it was taken (GPS)</source>
        <translation>где она снята (GPS)</translation>
    </message>
    <message>
        <source>who took it</source>
        <translation>кто её снял</translation>
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
        <translation>В метаданных этой фотографии есть: %1. В досье они не попадают; прежде чем передать файл кому-либо, используйте «Экспортировать без метаданных…».</translation>
    </message>
    <message>
        <source>Copy without metadata exported.</source>
        <translation>Копия без метаданных экспортирована.</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Добавить файлы…</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Просмотр</translation>
    </message>
    <message>
        <source>Export a copy…</source>
        <translation>Экспортировать копию…</translation>
    </message>
    <message>
        <source>Use as the person's photo</source>
        <translation>Сделать фото человека</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Description of the selected file</source>
        <translation>Описание выбранного файла</translation>
    </message>
    <message>
        <source>Handed over by</source>
        <translation>Кто передал</translation>
    </message>
    <message>
        <source>Drop files here to attach them. Files are copied into the encrypted vault; the originals are left where they are.</source>
        <translation>Перетащите файлы сюда, чтобы прикрепить их. Файлы копируются в зашифрованное хранилище; оригиналы остаются на месте.</translation>
    </message>
    <message>
        <source>(file)</source>
        <translation>(файл)</translation>
    </message>
    <message>
        <source>%1 · %2 bytes · received %3 · SHA-256 %4</source>
        <translation>%1 · %2 байт · получен %3 · SHA-256 %4</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Прикрепить файлы</translation>
    </message>
    <message>
        <source>This kind of file cannot be shown here; export a copy.</source>
        <translation>Такой файл нельзя показать здесь; экспортируйте копию.</translation>
    </message>
    <message>
        <source>Export a copy</source>
        <translation>Экспорт копии</translation>
    </message>
    <message>
        <source>Copy exported.</source>
        <translation>Копия экспортирована.</translation>
    </message>
    <message>
        <source>Remove the selected file from the vault? This cannot be undone.</source>
        <translation>Удалить выбранный файл из хранилища? Это нельзя отменить.</translation>
    </message>
    <message>
        <source>Hide regions…</source>
        <translation>Скрыть области…</translation>
    </message>
    <message>
        <source>Mark parts of the picture (a bystander's face, an address) that dossiers must not show.</source>
        <translation>Отметьте части изображения (лицо постороннего, адрес), которые досье не должно показывать.</translation>
    </message>
    <message>
        <source>▶ Play</source>
        <translation>▶ Воспроизвести</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Back up the vault</source>
        <translation>Резервное копирование хранилища</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Encrypt to the organisation's keys</source>
        <translation>Зашифровать ключами организации</translation>
    </message>
    <message>
        <source>Encrypt with a passphrase</source>
        <translation>Зашифровать парольной фразой</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Создать копию</translation>
    </message>
    <message>
        <source>Choose the folder to write the backup to.</source>
        <translation>Выберите папку для резервной копии.</translation>
    </message>
    <message>
        <source>The two passphrases differ or are empty.</source>
        <translation>Парольные фразы не совпадают или пусты.</translation>
    </message>
    <message>
        <source>No organisation key is set yet. Ask headquarters for its key file and add it under Backups → Backup keys…; until then, use a passphrase.</source>
        <translation>Ключ организации ещё не задан. Попросите у штаба файл ключа и добавьте его в меню «Резервные копии → Ключи резервных копий…»; до тех пор используйте парольную фразу.</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Папка:</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Парольная фраза:</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation>Повторите её:</translation>
    </message>
    <message>
        <source>Progress:</source>
        <translation>Ход работы:</translation>
    </message>
    <message>
        <source>That is a file, not a folder: choose a folder.</source>
        <translation>Это файл, а не папка: выберите папку.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Create it?</source>
        <translation>Папки %1 нет. Создать её?</translation>
    </message>
    <message>
        <source>Create the folder</source>
        <translation>Создать папку</translation>
    </message>
    <message>
        <source>The folder could not be created; choose another one.</source>
        <translation>Не удалось создать папку; выберите другую.</translation>
    </message>
    <message>
        <source>That folder cannot be used; choose another one.</source>
        <translation>Эту папку нельзя использовать; выберите другую.</translation>
    </message>
    <message>
        <source>By itself: an increment when it can</source>
        <translation>Автоматически: приращение, когда возможно</translation>
    </message>
    <message>
        <source>A full backup</source>
        <translation>Полная копия</translation>
    </message>
    <message>
        <source>An increment (only what changed)</source>
        <translation>Приращение (только изменения)</translation>
    </message>
    <message>
        <source>An increment holds only what changed since the last backup in this folder; it is made when the folder holds this vault's recent full backup.</source>
        <translation>Приращение содержит только то, что изменилось с последней копии в этой папке; оно делается, когда в папке есть недавняя полная копия этого хранилища.</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <source>Increment written and verified: %1</source>
        <translation>Приращение записано и проверено: %1</translation>
    </message>
    <message>
        <source>Full backup written and verified: %1</source>
        <translation>Полная копия записана и проверена: %1</translation>
    </message>
</context>
<context>
    <name>BackupDialogs</name>
    <message>
        <source>Cancelled; nothing was saved.</source>
        <translation>Отменено; ничего не сохранено.</translation>
    </message>
</context>
<context>
    <name>BackupKeysDialog</name>
    <message>
        <source>Devices whose backups this vault trusts:</source>
        <translation>Устройства, чьим резервным копиям доверяет это хранилище:</translation>
    </message>
    <message>
        <source>Stop trusting</source>
        <translation>Больше не доверять</translation>
    </message>
    <message>
        <source>Backups signed by this device will be refused until it is trusted again. Stop trusting it?</source>
        <translation>Резервные копии, подписанные этим устройством, будут отклоняться, пока ему снова не доверят. Больше не доверять ему?</translation>
    </message>
    <message>
        <source>The device is no longer trusted.</source>
        <translation>Этому устройству больше не доверяют.</translation>
    </message>
    <message>
        <source>Backup keys</source>
        <translation>Ключи резервных копий</translation>
    </message>
    <message>
        <source>Backups are encrypted to these organisation keys: only their holders (for example headquarters) can open them. Add the key file (.pub) headquarters gave you, or paste its age1… key.</source>
        <translation>Резервные копии шифруются этими ключами организации: открыть их могут только их владельцы (например, штаб). Добавьте файл ключа (.pub), который дал вам штаб, или вставьте его ключ (age1…).</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Add from a file…</source>
        <translation>Добавить из файла…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>This laptop signs its backups as %1. Read it out to headquarters so they can recognise your backups.</source>
        <translation>Этот ноутбук подписывает свои копии как %1. Продиктуйте это штабу, чтобы там узнавали ваши копии.</translation>
    </message>
    <message>
        <source>No organisation key yet: backups can only be encrypted with a passphrase.</source>
        <translation>Ключа организации пока нет: копии можно зашифровать только парольной фразой.</translation>
    </message>
    <message>
        <source>That key is already in the list.</source>
        <translation>Этот ключ уже в списке.</translation>
    </message>
    <message>
        <source>Key added.</source>
        <translation>Ключ добавлен.</translation>
    </message>
    <message>
        <source>Organisation key file</source>
        <translation>Файл ключа организации</translation>
    </message>
    <message>
        <source>Public keys (*.pub);;All files (*)</source>
        <translation>Открытые ключи (*.pub);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Remove key</source>
        <translation>Удаление ключа</translation>
    </message>
    <message>
        <source>Backups made from now on will not be readable with this key. Remove it?</source>
        <translation>Копии, сделанные после этого, нельзя будет открыть этим ключом. Удалить его?</translation>
    </message>
    <message>
        <source>Key removed.</source>
        <translation>Ключ удалён.</translation>
    </message>
    <message>
        <source>Split the organisation key…</source>
        <translation>Разделить ключ организации…</translation>
    </message>
</context>
<context>
    <name>BackupReminder</name>
    <message>
        <source>Back up now</source>
        <translation>Создать копию сейчас</translation>
    </message>
    <message>
        <source>This vault has never been backed up.</source>
        <translation>У этого хранилища ещё нет резервной копии.</translation>
    </message>
    <message numerus="yes">
        <source>The last backup is %n day(s) old.</source>
        <translation>
            <numerusform>Последней резервной копии %n день.</numerusform>
            <numerusform>Последней резервной копии %n дня.</numerusform>
            <numerusform>Последней резервной копии %n дней.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <source>Witnesses &amp;&amp; consent</source>
        <translation>Свидетели и согласие</translation>
    </message>
    <message>
        <source>Testimonies</source>
        <translation>Показания</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>Обращения</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Вложения</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Есть несохранённые изменения</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Новое дело</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <source>Saved, except: %1</source>
        <translation>Сохранено, кроме: %1</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Все изменения сохранены</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>Выберите фото</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.gif *.webp)</source>
        <translation>Изображения (*.jpg *.jpeg *.png *.gif *.webp)</translation>
    </message>
    <message>
        <source>Related cases</source>
        <translation>Связанные дела</translation>
    </message>
</context>
<context>
    <name>CaseListView</name>
    <message>
        <source>Search names, testimonies, notes — in any script (Ctrl+F)</source>
        <translation>Поиск по именам, показаниям, заметкам — любым письмом (Ctrl+F)</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Все годы</translation>
    </message>
    <message>
        <source>Any hometown</source>
        <translation>Любое место рождения</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>Пора напомнить</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Год:</translation>
    </message>
    <message>
        <source>Hometown:</source>
        <translation>Родина:</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n дело</numerusform>
            <numerusform>%n дела</numerusform>
            <numerusform>%n дел</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) found</source>
        <translation>
            <numerusform>найдено %n дело</numerusform>
            <numerusform>найдено %n дела</numerusform>
            <numerusform>найдено %n дел</numerusform>
        </translation>
    </message>
    <message>
        <source>Merged cases</source>
        <translation>Объединённые дела</translation>
    </message>
    <message>
        <source>Also show the cases merged into another case</source>
        <translation>Показать и дела, объединённые с другим делом</translation>
    </message>
</context>
<context>
    <name>CaseSection</name>
    <message>
        <source>Who submits the report (kept confidential)</source>
        <translation>Кто подаёт сообщение (конфиденциально)</translation>
    </message>
    <message>
        <source>Place of arrest or abduction, or where last seen</source>
        <translation>Место ареста или похищения, или где видели в последний раз</translation>
    </message>
    <message>
        <source>Who is believed to have carried it out (e.g. county police)</source>
        <translation>Кто, как считается, это совершил (напр. полиция уезда)</translation>
    </message>
    <message>
        <source>Steps taken to find the person, or why domestic remedies were not possible</source>
        <translation>Что сделано для поиска человека, или почему внутренние средства защиты были невозможны</translation>
    </message>
    <message>
        <source>Disappeared less than 3 months ago: the WGEID urgent procedure applies.</source>
        <translation>Исчез менее 3 месяцев назад: применяется срочная процедура РГННИ.</translation>
    </message>
    <message>
        <source>Case number:</source>
        <translation>Номер дела:</translation>
    </message>
    <message>
        <source>Case status:</source>
        <translation>Статус дела:</translation>
    </message>
    <message>
        <source>Procedure:</source>
        <translation>Процедура:</translation>
    </message>
    <message>
        <source>Intake date:</source>
        <translation>Дата приёма:</translation>
    </message>
    <message>
        <source>Submitted by:</source>
        <translation>Подаёт:</translation>
    </message>
    <message>
        <source>Disappeared on:</source>
        <translation>Дата исчезновения:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Место:</translation>
    </message>
    <message>
        <source>Believed responsible:</source>
        <translation>Предполагаемые виновные:</translation>
    </message>
    <message>
        <source>Remedies:</source>
        <translation>Средства защиты:</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>Краткое описание:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Заметки:</translation>
    </message>
    <message>
        <source>Status history:</source>
        <translation>История статуса:</translation>
    </message>
    <message>
        <source>Other registers:</source>
        <translation>Другие реестры:</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Имена</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>Статус дела</translation>
    </message>
    <message>
        <source>Person's status</source>
        <translation>Статус человека</translation>
    </message>
    <message>
        <source>Disappeared</source>
        <translation>Исчез</translation>
    </message>
    <message>
        <source>Hometown</source>
        <translation>Родина</translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Следующее напоминание</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change the passphrase</source>
        <translation>Сменить парольную фразу</translation>
    </message>
    <message>
        <source>The vault is encrypted again under the new passphrase. Until that is finished the current passphrase stays valid: if the computer stops midway, the current one still opens the vault.</source>
        <translation>Хранилище заново шифруется под новую парольную фразу. Пока это не закончено, действует текущая: если компьютер остановится на полпути, хранилище по-прежнему открывается текущей фразой.</translation>
    </message>
    <message>
        <source>Current passphrase:</source>
        <translation>Текущая парольная фраза:</translation>
    </message>
    <message>
        <source>New passphrase:</source>
        <translation>Новая парольная фраза:</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation>Повторите её:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Надёжность:</translation>
    </message>
    <message>
        <source>Checking the current passphrase…</source>
        <translation>Проверка текущей парольной фразы…</translation>
    </message>
    <message>
        <source>Deriving the new key…</source>
        <translation>Вычисление нового ключа…</translation>
    </message>
    <message>
        <source>Encrypting a copy of the vault under the new key…</source>
        <translation>Шифрование копии хранилища новым ключом…</translation>
    </message>
    <message>
        <source>Putting the re-encrypted vault in place…</source>
        <translation>Замена хранилища заново зашифрованным…</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Парольные фразы не совпадают.</translation>
    </message>
    <message>
        <source>Type the current passphrase.</source>
        <translation>Введите текущую парольную фразу.</translation>
    </message>
    <message>
        <source>The passphrase was changed. Use the new one from now on.</source>
        <translation>Парольная фраза изменена. Отныне используйте новую.</translation>
    </message>
    <message>
        <source>That is not the current passphrase. Check the keyboard layout and Caps Lock.</source>
        <translation>Это не текущая парольная фраза. Проверьте раскладку клавиатуры и Caps Lock.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Ничего не изменено.</translation>
    </message>
    <message>
        <source>The current passphrase still opens the vault.</source>
        <translation>Хранилище по-прежнему открывается текущей парольной фразой.</translation>
    </message>
    <message>
        <source>Stronger key derivation (256 MiB; unlocking takes 1–2 seconds)</source>
        <translation>Более стойкое вычисление ключа (256 МиБ; разблокировка занимает 1–2 секунды)</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Date (month and year)</source>
        <translation>Дата (месяц и год)</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Believed responsible</source>
        <translation>Предполагаемые виновные</translation>
    </message>
    <message>
        <source>Steps taken</source>
        <translation>Принятые меры</translation>
    </message>
    <message>
        <source>Submitted by</source>
        <translation>Кто подаёт</translation>
    </message>
</context>
<context>
    <name>ChecklistBar</name>
    <message>
        <source>UN WGEID:</source>
        <translation>РГННИ ООН:</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Всё заполнено</translation>
    </message>
    <message>
        <source>%1 of 6 missing</source>
        <translation>не хватает %1 из 6</translation>
    </message>
</context>
<context>
    <name>CodedEdit</name>
    <message>
        <source>other…</source>
        <translation>другое…</translation>
    </message>
    <message>
        <source>say what, in a few words</source>
        <translation>несколько слов: что именно</translation>
    </message>
    <message>
        <source>other (comma separated)</source>
        <translation>другое (через запятую)</translation>
    </message>
    <message>
        <source>choose…</source>
        <translation>выбрать…</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Merge conflicts</source>
        <translation>Конфликты объединения</translation>
    </message>
    <message>
        <source>Each line is a field changed both here and on a volunteer's device. The merge kept the newer value and set the other one aside. Choose the value the case should have; the choice is written to the case's history.</source>
        <translation>Каждая строка — поле, изменённое и здесь, и на устройстве волонтёра. При объединении сохранено более новое значение, а другое отложено. Выберите значение, которое должно быть в деле; выбор записывается в историю дела.</translation>
    </message>
    <message>
        <source>In the case now</source>
        <translation>Сейчас в деле</translation>
    </message>
    <message>
        <source>Keep this value</source>
        <translation>Оставить это значение</translation>
    </message>
    <message>
        <source>Set aside by the merge</source>
        <translation>Отложено при объединении</translation>
    </message>
    <message>
        <source>Use this value</source>
        <translation>Взять это значение</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to review.</source>
        <translation>
            <numerusform>%n конфликт нужно рассмотреть.</numerusform>
            <numerusform>%n конфликта нужно рассмотреть.</numerusform>
            <numerusform>%n конфликтов нужно рассмотреть.</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicts to review.</source>
        <translation>Конфликтов для рассмотрения нет.</translation>
    </message>
    <message>
        <source>this vault</source>
        <translation>этого хранилища</translation>
    </message>
    <message>
        <source>the device's backup</source>
        <translation>копии с устройства</translation>
    </message>
    <message>
        <source>From %1, changed %2</source>
        <translation>Из %1, изменено %2</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <source>Wrong passphrase — or the file is damaged. Check the keyboard layout (Kazakh/Russian/English) and try again.</source>
        <translation>Неверная парольная фраза — или файл повреждён. Проверьте раскладку клавиатуры (казахская/русская/английская) и попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>This vault is already open in another Izdeu window. Switch to that window, or close it first.</source>
        <translation>Это хранилище уже открыто в другом окне Izdeu. Перейдите в то окно или сначала закройте его.</translation>
    </message>
    <message>
        <source>If this is your vault file, it may be damaged: restore it from a backup.</source>
        <translation>Если это ваш файл хранилища, он может быть повреждён: восстановите его из резервной копии.</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>e.g. 12.03.2018, March 2018, 2018, about 1940</source>
        <translation>напр. 12.03.2018, март 2018, 2018, около 1940</translation>
    </message>
    <message>
        <source>year known</source>
        <translation>известен год</translation>
    </message>
    <message>
        <source>month known</source>
        <translation>известен месяц</translation>
    </message>
    <message>
        <source>day known</source>
        <translation>известен день</translation>
    </message>
    <message>
        <source>an estimate, %1</source>
        <translation>примерно, %1</translation>
    </message>
</context>
<context>
    <name>DemoBand</name>
    <message>
        <source>DEMO — fictional cases. Nothing here is real; do not enter real cases.</source>
        <translation>ДЕМО — вымышленные дела. Здесь нет ничего настоящего; не вводите реальные дела.</translation>
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
        <translation>(a) имя человека</translation>
    </message>
    <message>
        <source>(b) the date of disappearance (at least month and year)</source>
        <translation>(b) дата исчезновения (хотя бы месяц и год)</translation>
    </message>
    <message>
        <source>(c) the place</source>
        <translation>(c) место</translation>
    </message>
    <message>
        <source>(d) who is believed responsible</source>
        <translation>(d) кто предположительно ответственен</translation>
    </message>
    <message>
        <source>(e) steps taken, or why remedies were not possible</source>
        <translation>(e) принятые меры или почему средства защиты были невозможны</translation>
    </message>
    <message>
        <source>(f) the submitting organisation</source>
        <translation>(f) представляющая организация</translation>
    </message>
    <message>
        <source>The Working Group needs six elements to transmit a case. Missing or incomplete: %1.</source>
        <translation>Рабочей группе для передачи дела нужны шесть элементов. Отсутствуют или неполны: %1.</translation>
    </message>
    <message>
        <source>As recorded, this case is not an enforced disappearance in the Working Group's sense (the person is not known to be deprived of liberty, e.g. only a passport was confiscated). A ministry or an NGO can act on it: consider the ministry profile.</source>
        <translation>Судя по записям, это дело не является насильственным исчезновением в понимании Рабочей группы (нет сведений о лишении свободы, например, лишь изъят паспорт). Им может заняться министерство или НПО: рассмотрите профиль министерства.</translation>
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
        <translation>Рабочая группа ООН (РГННИ)</translation>
    </message>
    <message>
        <source>Ministry (covering letter first)</source>
        <translation>Министерство (сначала сопроводительное письмо)</translation>
    </message>
    <message>
        <source>NGO / public (identities as consented)</source>
        <translation>НКО / публично (личности — по согласию)</translation>
    </message>
    <message>
        <source>Organisation submitting the dossier</source>
        <translation>Организация, подающая досье</translation>
    </message>
    <message>
        <source>Record as sent to:</source>
        <translation>Отметить как отправленное:</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Получатель</translation>
    </message>
    <message>
        <source>Language of labels</source>
        <translation>Язык подписей</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Предпросмотр</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Сохранить…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message numerus="yes">
        <source>Make %n dossier(s) into a folder…</source>
        <translation>
            <numerusform>Сделать %n досье в папку…</numerusform>
            <numerusform>Сделать %n досье в папку…</numerusform>
            <numerusform>Сделать %n досье в папку…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Options changed: press Preview to make the dossier.</source>
        <translation>Параметры изменены: нажмите «Предпросмотр», чтобы сделать досье.</translation>
    </message>
    <message>
        <source>The dossier could not be made.</source>
        <translation>Не удалось сделать досье.</translation>
    </message>
    <message>
        <source>Making the dossier…</source>
        <translation>Создание досье…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s). SHA-256: </source>
        <translation>
            <numerusform>%n страница. SHA-256: </numerusform>
            <numerusform>%n страницы. SHA-256: </numerusform>
            <numerusform>%n страниц. SHA-256: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n testimony(ies) left out: the witness's consent does not cover this recipient or was withdrawn.</source>
        <translation>
            <numerusform>%n показание не включено: согласие свидетеля не распространяется на этого получателя или отозвано.</numerusform>
            <numerusform>%n показания не включены: согласие свидетеля не распространяется на этого получателя или отозвано.</numerusform>
            <numerusform>%n показаний не включено: согласие свидетеля не распространяется на этого получателя или отозвано.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the dossier</source>
        <translation>Сохранить досье</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Сохранено: %1.</translation>
    </message>
    <message>
        <source>Folder for the dossiers</source>
        <translation>Папка для досье</translation>
    </message>
    <message>
        <source>Making dossiers…</source>
        <translation>Создание досье…</translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) written.</source>
        <translation>
            <numerusform>Записано %n досье.</numerusform>
            <numerusform>Записано %n досье.</numerusform>
            <numerusform>Записано %n досье.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) failed.</source>
        <translation>
            <numerusform>%n дело не удалось.</numerusform>
            <numerusform>%n дела не удалось.</numerusform>
            <numerusform>%n дел не удалось.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <source>Use the ministry profile</source>
        <translation>Использовать профиль министерства</translation>
    </message>
    <message>
        <source>Signed; certificate SHA-256 %1.</source>
        <translation>Подписано; SHA-256 сертификата %1.</translation>
    </message>
    <message>
        <source>Save it anyway?</source>
        <translation>Всё равно сохранить?</translation>
    </message>
    <message>
        <source>One-page summary (protest file, press briefing)</source>
        <translation>Справка на одной странице (для акции протеста, пресс-брифинга)</translation>
    </message>
    <message>
        <source>Covering list: %1.</source>
        <translation>Сопроводительный перечень: %1.</translation>
    </message>
</context>
<context>
    <name>DuplicatePanel</name>
    <message>
        <source>Possibly the same person:</source>
        <translation>Возможно, тот же человек:</translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>сходство %1</translation>
    </message>
    <message>
        <source>Same person…</source>
        <translation>Тот же человек…</translation>
    </message>
    <message>
        <source>Not the same person</source>
        <translation>Это разные люди</translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <source>names sound alike: {a} ≈ {b}</source>
        <translation>имена звучат похоже: {a} ≈ {b}</translation>
    </message>
    <message>
        <source>same birth date {a}</source>
        <translation>та же дата рождения {a}</translation>
    </message>
    <message>
        <source>same birth year: {a} / {b}</source>
        <translation>тот же год рождения: {a} / {b}</translation>
    </message>
    <message>
        <source>birth dates differ: {a} / {b}</source>
        <translation>даты рождения различаются: {a} / {b}</translation>
    </message>
    <message>
        <source>same hometown: {a} / {b}</source>
        <translation>та же родина: {a} / {b}</translation>
    </message>
    <message>
        <source>same identity number {a}</source>
        <translation>тот же идентификационный номер {a}</translation>
    </message>
    <message>
        <source>different identity numbers: {a} / {b}</source>
        <translation>разные идентификационные номера: {a} / {b}</translation>
    </message>
    <message>
        <source>sex differs: {a} / {b}</source>
        <translation>пол различается: {a} / {b}</translation>
    </message>
    <message>
        <source>same father's name: {a} / {b}</source>
        <translation>то же имя отца: {a} / {b}</translation>
    </message>
    <message>
        <source>fathers' names differ: {a} / {b}</source>
        <translation>имена отцов различаются: {a} / {b}</translation>
    </message>
    <message>
        <source>same mother's name: {a} / {b}</source>
        <translation>то же имя матери: {a} / {b}</translation>
    </message>
    <message>
        <source>mothers' names differ: {a} / {b}</source>
        <translation>имена матерей различаются: {a} / {b}</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Possible duplicates</source>
        <translation>Возможные дубликаты</translation>
    </message>
    <message>
        <source>Comparing every case with the others…</source>
        <translation>Каждое дело сравнивается с остальными…</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Сходство</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Имена</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Почему</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) of cases may record the same person.</source>
        <translation>
            <numerusform>%n пара дел может описывать одного человека.</numerusform>
            <numerusform>%n пары дел могут описывать одного человека.</numerusform>
            <numerusform>%n пар дел могут описывать одного человека.</numerusform>
        </translation>
    </message>
    <message>
        <source>No two cases seem to record the same person.</source>
        <translation>Похоже, ни одна пара дел не описывает одного человека.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Остановить</translation>
    </message>
    <message>
        <source>Same person…</source>
        <translation>Тот же человек…</translation>
    </message>
    <message>
        <source>Not the same person</source>
        <translation>Это разные люди</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Объединить…</translation>
    </message>
    <message>
        <source>Each pair may be one person reported twice, in different scripts or spellings. Nothing is merged unless you ask: open both cases to check.</source>
        <translation>Каждая пара может быть одним человеком, о котором сообщили дважды, другим письмом или написанием. Ничего не объединяется, пока вы не попросите: откройте оба дела и проверьте.</translation>
    </message>
</context>
<context>
    <name>DuressDialog</name>
    <message>
        <source>Duress passphrase</source>
        <translation>Пароль под принуждением</translation>
    </message>
    <message>
        <source>Typed at the unlock window instead of the real passphrase, the duress passphrase erases this vault without a sign, then answers "wrong passphrase" or opens a decoy vault you prepared with harmless cases. It is armed only while the last verified backup to your organisation's keys holds every change.</source>
        <translation>Введённый в окне разблокировки вместо настоящего, пароль под принуждением незаметно стирает это хранилище, затем отвечает «неверный пароль» или открывает подготовленное вами хранилище-приманку с безобидными делами. Он действует, только пока последняя проверенная резервная копия на ключи организации содержит все изменения.</translation>
    </message>
    <message>
        <source>Then answer "wrong passphrase"</source>
        <translation>Затем ответить «неверный пароль»</translation>
    </message>
    <message>
        <source>Then open a decoy vault (it must open with the duress passphrase)</source>
        <translation>Затем открыть хранилище-приманку (оно должно открываться паролем под принуждением)</translation>
    </message>
    <message>
        <source>Choose the decoy vault…</source>
        <translation>Выбрать хранилище-приманку…</translation>
    </message>
    <message>
        <source>Duress passphrase:</source>
        <translation>Пароль под принуждением:</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation>Повторите:</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Установить</translation>
    </message>
    <message>
        <source>Remove the duress passphrase</source>
        <translation>Удалить пароль под принуждением</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Choose the decoy vault</source>
        <translation>Выбор хранилища-приманки</translation>
    </message>
    <message>
        <source>Izdeu vaults (*.izdeu)</source>
        <translation>Хранилища Izdeu (*.izdeu)</translation>
    </message>
    <message>
        <source>No duress passphrase is set.</source>
        <translation>Пароль под принуждением не задан.</translation>
    </message>
    <message>
        <source>A duress passphrase is set and armed.</source>
        <translation>Пароль под принуждением задан и действует.</translation>
    </message>
    <message>
        <source>A duress passphrase is set, but not armed: changes are newer than the last verified backup. It arms itself after the next one.</source>
        <translation>Пароль под принуждением задан, но не действует: есть изменения новее последней проверенной резервной копии. Он включится после следующей.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Парольные фразы не совпадают.</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Erase this vault</source>
        <translation>Стереть это хранилище</translation>
    </message>
    <message>
        <source>Erasing destroys the vault's key first, then overwrites and removes every file of the vault on this computer. It cannot be undone: only a backup brings the cases back.</source>
        <translation>Стирание сначала уничтожает ключ хранилища, затем перезаписывает и удаляет все его файлы на этом компьютере. Это необратимо: вернуть дела может только резервная копия.</translation>
    </message>
    <message>
        <source>The vault's passphrase</source>
        <translation>Пароль хранилища</translation>
    </message>
    <message>
        <source>Check what would be lost</source>
        <translation>Проверить, что будет потеряно</translation>
    </message>
    <message>
        <source>I accept losing these changes</source>
        <translation>Я согласен потерять эти изменения</translation>
    </message>
    <message>
        <source>ERASE</source>
        <translation>СТЕРЕТЬ</translation>
    </message>
    <message>
        <source>Type %1 to confirm</source>
        <translation>Введите %1 для подтверждения</translation>
    </message>
    <message>
        <source>Erase now</source>
        <translation>Стереть сейчас</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Nothing is lost: the last verified backup to your organisation's keys holds every change.</source>
        <translation>Ничего не потеряется: последняя проверенная резервная копия на ключи организации содержит все изменения.</translation>
    </message>
    <message>
        <source>%1 cases and %2 testimonies changed since the last verified backup to your organisation's keys. They will be lost.</source>
        <translation>С последней проверенной резервной копии на ключи организации изменились дела: %1, показания: %2. Они будут потеряны.</translation>
    </message>
    <message>
        <source>This vault has no verified backup to your organisation's keys: all %1 cases and %2 testimonies will be lost.</source>
        <translation>У этого хранилища нет проверенной резервной копии на ключи организации: все дела (%1) и показания (%2) будут потеряны.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something went wrong; nothing was changed.</source>
        <translation>Что-то пошло не так; ничего не изменено.</translation>
    </message>
    <message>
        <source>the operation failed</source>
        <translation>операция не удалась</translation>
    </message>
    <message>
        <source>invalid command-line usage</source>
        <translation>неверный вызов команды</translation>
    </message>
    <message>
        <source>wrong passphrase, or the vault file is damaged</source>
        <translation>неверная парольная фраза, или файл хранилища повреждён</translation>
    </message>
    <message>
        <source>this file is not an Izdeu vault</source>
        <translation>этот файл не является хранилищем Izdeu</translation>
    </message>
    <message>
        <source>the vault failed its integrity check; restore it from a backup</source>
        <translation>хранилище не прошло проверку целостности; восстановите его из резервной копии</translation>
    </message>
    <message>
        <source>this vault is already open in another Izdeu window or process</source>
        <translation>это хранилище уже открыто в другом окне или процессе Izdeu</translation>
    </message>
    <message>
        <source>the vault is locked</source>
        <translation>хранилище заблокировано</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>не найдено</translation>
    </message>
    <message>
        <source>invalid input</source>
        <translation>недопустимые данные</translation>
    </message>
    <message>
        <source>the passphrase is too weak</source>
        <translation>парольная фраза слишком слабая</translation>
    </message>
    <message>
        <source>this vault was made by a newer version of Izdeu; please update Izdeu</source>
        <translation>хранилище создано более новой версией Izdeu; обновите Izdeu</translation>
    </message>
    <message>
        <source>could not write to the disk (is it full or read-only?)</source>
        <translation>не удалось записать на диск (он заполнен или только для чтения?)</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
    <message>
        <source>none of the given keys can open this backup, or the backup is damaged</source>
        <translation>ни один из указанных ключей не открывает эту резервную копию, или она повреждена</translation>
    </message>
    <message>
        <source>wrong passphrase, or the backup is damaged</source>
        <translation>неверная парольная фраза, или резервная копия повреждена</translation>
    </message>
    <message>
        <source>wrong passphrase, or the key file is damaged</source>
        <translation>неверная парольная фраза, или файл ключа повреждён</translation>
    </message>
    <message>
        <source>the backup is damaged or incomplete; use another copy</source>
        <translation>резервная копия повреждена или неполна; используйте другую копию</translation>
    </message>
    <message>
        <source>the backup's signature does not match its contents; it was altered</source>
        <translation>подпись резервной копии не совпадает с её содержимым; копию изменили</translation>
    </message>
    <message>
        <source>the backup was signed by an unknown device key; nothing was changed</source>
        <translation>резервная копия подписана неизвестным ключом устройства; ничего не изменено</translation>
    </message>
    <message>
        <source>the backup was signed by an unknown device key ({fingerprint}); nothing was changed</source>
        <translation>резервная копия подписана неизвестным ключом устройства ({fingerprint}); ничего не изменено</translation>
    </message>
    <message>
        <source>the backup was signed by an unknown device key ({fingerprint}); nothing was changed; {hint}</source>
        <translation>резервная копия подписана неизвестным ключом устройства ({fingerprint}); ничего не изменено; {hint}</translation>
    </message>
    <message>
        <source>this backup was made by a newer version of Izdeu; please update Izdeu</source>
        <translation>эта резервная копия создана более новой версией Izdeu; обновите Izdeu</translation>
    </message>
    <message>
        <source>this file is not an Izdeu backup</source>
        <translation>этот файл не является резервной копией Izdeu</translation>
    </message>
    <message>
        <source>a file with that name already exists; backups are never overwritten</source>
        <translation>файл с таким именем уже существует; резервные копии никогда не перезаписываются</translation>
    </message>
    <message>
        <source>invalid backup request</source>
        <translation>неверный запрос резервного копирования</translation>
    </message>
    <message>
        <source>an attachment in the vault does not match its recorded size or checksum; the backup was not written</source>
        <translation>вложение в хранилище не совпадает с записанным размером или контрольной суммой; резервная копия не записана</translation>
    </message>
    <message>
        <source>could not write the backup; nothing was saved</source>
        <translation>не удалось записать резервную копию; ничего не сохранено</translation>
    </message>
    <message>
        <source>cannot write to the backup folder (is it read-only?); nothing was saved</source>
        <translation>не удаётся записать в папку резервных копий (она только для чтения?); ничего не сохранено</translation>
    </message>
    <message>
        <source>the disk is full; the backup was not saved</source>
        <translation>диск заполнен; резервная копия не сохранена</translation>
    </message>
    <message>
        <source>could not read the backup file (was the disk removed?)</source>
        <translation>не удалось прочитать файл резервной копии (диск извлекли?)</translation>
    </message>
    <message>
        <source>the backup did not read back correctly (the disk may be faulty); nothing was saved</source>
        <translation>резервная копия не прочиталась правильно при проверке (диск может быть неисправен); ничего не сохранено</translation>
    </message>
    <message>
        <source>the backup holds data this version of Izdeu cannot read; please update Izdeu</source>
        <translation>в резервной копии есть данные, которые эта версия Izdeu не может прочитать; обновите Izdeu</translation>
    </message>
    <message>
        <source>the number of backups to keep must be a whole number from 1 to 10000</source>
        <translation>число хранимых резервных копий должно быть целым числом от 1 до 10000</translation>
    </message>
    <message>
        <source>the reminder interval in days must be a whole number from 1 to 10000</source>
        <translation>интервал напоминания в днях должен быть целым числом от 1 до 10000</translation>
    </message>
    <message>
        <source>give the device's fingerprint (32 hex digits), its public key (base64), or a device key file</source>
        <translation>укажите отпечаток устройства (32 шестнадцатеричные цифры), его открытый ключ (base64) или файл ключа устройства</translation>
    </message>
    <message>
        <source>{path} already exists; choose another name or use --force</source>
        <translation>{path} уже существует; выберите другое имя или используйте --force</translation>
    </message>
    <message>
        <source>{path} already exists; choose another name</source>
        <translation>{path} уже существует; выберите другое имя</translation>
    </message>
    <message>
        <source>the case {uuid} was deleted in this vault; nothing was imported (use --skip-existing to import the other cases)</source>
        <translation>дело {uuid} было удалено в этом хранилище; ничего не импортировано (используйте --skip-existing, чтобы импортировать остальные дела)</translation>
    </message>
    <message>
        <source>the case {uuid} is already in this vault; nothing was imported (use --skip-existing to import the other cases)</source>
        <translation>дело {uuid} уже есть в этом хранилище; ничего не импортировано (используйте --skip-existing, чтобы импортировать остальные дела)</translation>
    </message>
    <message>
        <source>{field}: contains a bidi embedding, override or isolate character</source>
        <translation>{field}: содержит символ управления направлением текста (встраивание, переопределение или изоляция)</translation>
    </message>
    <message>
        <source>{field}: contains a bidi mark (not allowed in a one-line field)</source>
        <translation>{field}: содержит знак направления текста (недопустим в однострочном поле)</translation>
    </message>
    <message>
        <source>{field}: contains a line break (not allowed in a one-line field)</source>
        <translation>{field}: содержит перевод строки (недопустим в однострочном поле)</translation>
    </message>
    <message>
        <source>{field}: contains a control character</source>
        <translation>{field}: содержит управляющий символ</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>файл не существует</translation>
    </message>
    <message>
        <source>that path is a folder, not a file</source>
        <translation>этот путь — папка, а не файл</translation>
    </message>
    <message>
        <source>cannot read the file</source>
        <translation>не удаётся прочитать файл</translation>
    </message>
    <message>
        <source>the file is not a regular file (a device, pipe or socket cannot be read)</source>
        <translation>это не обычный файл (устройство, канал или сокет прочитать нельзя)</translation>
    </message>
    <message>
        <source>the key file does not exist</source>
        <translation>файл ключа не существует</translation>
    </message>
    <message>
        <source>that path is a folder, not a key file</source>
        <translation>этот путь — папка, а не файл ключа</translation>
    </message>
    <message>
        <source>cannot read the key file</source>
        <translation>не удаётся прочитать файл ключа</translation>
    </message>
    <message>
        <source>the key file is not a regular file (a device, pipe or socket cannot be read)</source>
        <translation>файл ключа — не обычный файл (устройство, канал или сокет прочитать нельзя)</translation>
    </message>
    <message>
        <source>the backup file does not exist</source>
        <translation>файл резервной копии не существует</translation>
    </message>
    <message>
        <source>that path is a folder, not a backup file</source>
        <translation>этот путь — папка, а не файл резервной копии</translation>
    </message>
    <message>
        <source>cannot read the backup file</source>
        <translation>не удаётся прочитать файл резервной копии</translation>
    </message>
    <message>
        <source>the backup file is not a regular file (a device, pipe or socket cannot be read)</source>
        <translation>файл резервной копии — не обычный файл (устройство, канал или сокет прочитать нельзя)</translation>
    </message>
    <message>
        <source>the case file does not exist</source>
        <translation>файл с делами не существует</translation>
    </message>
    <message>
        <source>that path is a folder, not a case file</source>
        <translation>этот путь — папка, а не файл с делами</translation>
    </message>
    <message>
        <source>cannot read the case file</source>
        <translation>не удаётся прочитать файл с делами</translation>
    </message>
    <message>
        <source>the case file is not a regular file (a device, pipe or socket cannot be read)</source>
        <translation>файл с делами — не обычный файл (устройство, канал или сокет прочитать нельзя)</translation>
    </message>
    <message>
        <source>the file is too large (limit {limit})</source>
        <translation>файл слишком большой (предел — {limit})</translation>
    </message>
    <message>
        <source>the key file is too large (limit {limit})</source>
        <translation>файл ключа слишком большой (предел — {limit})</translation>
    </message>
    <message>
        <source>the backup file is too large (limit {limit})</source>
        <translation>файл резервной копии слишком большой (предел — {limit})</translation>
    </message>
    <message>
        <source>the case file is too large (limit {limit})</source>
        <translation>файл с делами слишком большой (предел — {limit})</translation>
    </message>
    <message>
        <source>the two passphrases differ; nothing was done</source>
        <translation>две парольные фразы различаются; ничего не сделано</translation>
    </message>
    <message>
        <source>this backup is encrypted to keys: give the private key file with --key</source>
        <translation>эта резервная копия зашифрована для ключей: укажите файл закрытого ключа через --key</translation>
    </message>
    <message>
        <source>use either --to or --passphrase</source>
        <translation>используйте либо --to, либо --passphrase</translation>
    </message>
    <message>
        <source>give the new vault's file name with --vault NEW</source>
        <translation>укажите имя файла нового хранилища через --vault NEW</translation>
    </message>
    <message>
        <source>a file with that name already exists; choose a new vault name</source>
        <translation>файл с таким именем уже существует; выберите новое имя хранилища</translation>
    </message>
    <message>
        <source>{path} already exists; key files are never replaced</source>
        <translation>{path} уже существует; файлы ключей никогда не заменяются</translation>
    </message>
    <message>
        <source>that key is not in the vault's list</source>
        <translation>этого ключа нет в списке хранилища</translation>
    </message>
    <message>
        <source>no trusted device key with that fingerprint</source>
        <translation>нет доверенного ключа устройства с таким отпечатком</translation>
    </message>
    <message>
        <source>a file with that name already exists; it was not replaced</source>
        <translation>файл с таким именем уже существует; он не заменён</translation>
    </message>
    <message>
        <source>a fingerprint is not enough to trust a device here: give its public key or key file (or merge one of its backups with --signer FINGERPRINT)</source>
        <translation>одного отпечатка мало, чтобы доверять устройству: укажите его открытый ключ или файл ключа (или объедините одну из его резервных копий с --signer ОТПЕЧАТОК)</translation>
    </message>
    <message>
        <source>this is not an Ed25519 public key</source>
        <translation>это не открытый ключ Ed25519</translation>
    </message>
    <message>
        <source>the passphrase must not be empty</source>
        <translation>парольная фраза не должна быть пустой</translation>
    </message>
    <message>
        <source>this is not an age identity (secret key)</source>
        <translation>это не ключ age (секретный ключ)</translation>
    </message>
    <message>
        <source>not a valid age public key (it should start with age1)</source>
        <translation>недопустимый открытый ключ age (он должен начинаться с age1)</translation>
    </message>
    <message>
        <source>a key file with that name already exists; it was not replaced</source>
        <translation>файл ключа с таким именем уже существует; он не заменён</translation>
    </message>
    <message>
        <source>this is not an Izdeu key file</source>
        <translation>это не файл ключа Izdeu</translation>
    </message>
    <message>
        <source>this is not a device signing key</source>
        <translation>это не ключ подписи устройства</translation>
    </message>
    <message>
        <source>that is a protected private key file; give its .pub file or the age1… public key</source>
        <translation>это защищённый файл закрытого ключа; укажите его файл .pub или открытый ключ age1…</translation>
    </message>
    <message>
        <source>the key file holds no age1… public key</source>
        <translation>в файле ключа нет открытого ключа age1…</translation>
    </message>
    <message>
        <source>this is not a valid age identity (secret key)</source>
        <translation>это недопустимый ключ age (секретный ключ)</translation>
    </message>
    <message>
        <source>the key could not be encrypted</source>
        <translation>не удалось зашифровать ключ</translation>
    </message>
    <message>
        <source>no key file {arg} (give age1… or a NAME.pub file)</source>
        <translation>нет файла ключа {arg} (укажите age1… или файл ИМЯ.pub)</translation>
    </message>
    <message>
        <source>the backup holds a record this version of Izdeu refuses ({detail}); correct it on the device that made the backup; nothing was changed</source>
        <translation>в резервной копии есть запись, которую эта версия Izdeu не принимает ({detail}); исправьте её на устройстве, сделавшем копию; ничего не изменено</translation>
    </message>
    <message>
        <source>the backup holds a record this version of Izdeu cannot read ({detail}); please update Izdeu</source>
        <translation>в резервной копии есть запись, которую эта версия Izdeu не может прочитать ({detail}); обновите Izdeu</translation>
    </message>
    <message>
        <source>the backup is incomplete: an attachment's content is missing</source>
        <translation>резервная копия неполна: нет содержимого вложения</translation>
    </message>
    <message>
        <source>the folder for the new vault does not exist</source>
        <translation>папка для нового хранилища не существует</translation>
    </message>
    <message>
        <source>the backup's audit log does not verify</source>
        <translation>журнал аудита резервной копии не проходит проверку</translation>
    </message>
    <message>
        <source>the restored vault does not match the backup's counts</source>
        <translation>восстановленное хранилище не совпадает с числом записей в резервной копии</translation>
    </message>
    <message>
        <source>the new vault is on storage that cannot be written</source>
        <translation>новое хранилище на носителе, на который нельзя записывать</translation>
    </message>
    <message>
        <source>the vault's list of backup keys is damaged</source>
        <translation>список ключей резервного копирования в хранилище повреждён</translation>
    </message>
    <message>
        <source>not a device public key (base64 of 32 bytes, as shown by `izdeu backup-keys` on the device)</source>
        <translation>это не открытый ключ устройства (base64 из 32 байт, как показывает `izdeu backup-keys` на устройстве)</translation>
    </message>
    <message>
        <source>the label is too long</source>
        <translation>название слишком длинное</translation>
    </message>
    <message>
        <source>the vault's list of trusted device keys is damaged</source>
        <translation>список доверенных ключей устройств в хранилище повреждён</translation>
    </message>
    <message>
        <source>the vault's device signing key is damaged</source>
        <translation>ключ подписи устройства в хранилище повреждён</translation>
    </message>
    <message>
        <source>keep at least one backup</source>
        <translation>храните хотя бы одну резервную копию</translation>
    </message>
    <message>
        <source>the vault is busy; try the backup again</source>
        <translation>хранилище занято; повторите резервное копирование</translation>
    </message>
    <message>
        <source>no key to encrypt the backup to: add the headquarters key (`izdeu backup-keys --add age1…`), give one, or use a passphrase</source>
        <translation>нет ключа для шифрования резервной копии: добавьте ключ штаба (`izdeu backup-keys --add age1…`), укажите ключ или используйте парольную фразу</translation>
    </message>
    <message>
        <source>cannot read the device key file</source>
        <translation>не удаётся прочитать файл ключа устройства</translation>
    </message>
    <message>
        <source>trusted_signers must be a list of public keys</source>
        <translation>trusted_signers должен быть списком открытых ключей</translation>
    </message>
    <message>
        <source>give a key file or a passphrase to open the backup</source>
        <translation>укажите файл ключа или парольную фразу, чтобы открыть резервную копию</translation>
    </message>
    <message>
        <source>the backup changed while it was being read</source>
        <translation>резервная копия изменилась во время чтения</translation>
    </message>
    <message>
        <source>records() must be read once, before attachments()</source>
        <translation>records() нужно прочитать один раз, до attachments()</translation>
    </message>
    <message>
        <source>attachments() can be read only once</source>
        <translation>attachments() можно прочитать только один раз</translation>
    </message>
    <message>
        <source>this backup is encrypted to keys, not to a passphrase; give a key file</source>
        <translation>эта резервная копия зашифрована для ключей, а не парольной фразой; укажите файл ключа</translation>
    </message>
    <message>
        <source>this backup needs its passphrase</source>
        <translation>для этой резервной копии нужна её парольная фраза</translation>
    </message>
    <message>
        <source>the backup folder does not exist</source>
        <translation>папка резервных копий не существует</translation>
    </message>
    <message>
        <source>too many backups with the same time stamp</source>
        <translation>слишком много резервных копий с одной и той же отметкой времени</translation>
    </message>
    <message>
        <source>encrypt a backup either to recipients or to a passphrase</source>
        <translation>шифруйте резервную копию либо для получателей, либо парольной фразой</translation>
    </message>
    <message>
        <source>the signing key must be an Ed25519 private key</source>
        <translation>ключ подписи должен быть закрытым ключом Ed25519</translation>
    </message>
    <message>
        <source>the manifest information must be a dictionary</source>
        <translation>сведения манифеста должны быть словарём</translation>
    </message>
    <message>
        <source>the manifest information needs a vault_id</source>
        <translation>в сведениях манифеста нужен vault_id</translation>
    </message>
    <message>
        <source>manifest information keys must be strings</source>
        <translation>ключи сведений манифеста должны быть строками</translation>
    </message>
    <message>
        <source>that file name is reserved for temporary files</source>
        <translation>это имя файла зарезервировано для временных файлов</translation>
    </message>
    <message>
        <source>an attachment id is not a lower-case UUID</source>
        <translation>идентификатор вложения — не UUID в нижнем регистре</translation>
    </message>
    <message>
        <source>the same attachment was given twice</source>
        <translation>одно и то же вложение указано дважды</translation>
    </message>
    <message>
        <source>an attachment checksum is not a SHA-256 hex digest</source>
        <translation>контрольная сумма вложения — не шестнадцатеричный SHA-256</translation>
    </message>
    <message>
        <source>an attachment size is invalid</source>
        <translation>недопустимый размер вложения</translation>
    </message>
    <message>
        <source>give at least one recipient public key (age1…)</source>
        <translation>укажите хотя бы один открытый ключ получателя (age1…)</translation>
    </message>
    <message>
        <source>the backup passphrase must not be empty</source>
        <translation>парольная фраза резервной копии не должна быть пустой</translation>
    </message>
    <message>
        <source>the manifest information is not plain JSON data</source>
        <translation>сведения манифеста — не простые данные JSON</translation>
    </message>
    <message>
        <source>a record to back up is not a JSON object</source>
        <translation>запись для резервной копии — не объект JSON</translation>
    </message>
    <message>
        <source>a record is too large to back up</source>
        <translation>запись слишком большая для резервной копии</translation>
    </message>
    <message>
        <source>an attachment to back up is malformed</source>
        <translation>вложение для резервной копии имеет неверный вид</translation>
    </message>
    <message>
        <source>attachment data must be bytes</source>
        <translation>данные вложения должны быть байтами</translation>
    </message>
    <message>
        <source>could not read the vault's data; nothing was saved</source>
        <translation>не удалось прочитать данные хранилища; ничего не сохранено</translation>
    </message>
    <message>
        <source>a record holds a value that cannot be backed up</source>
        <translation>в записи есть значение, которое нельзя сохранить в резервной копии</translation>
    </message>
    <message>
        <source>no terminal to ask for the passphrase on; set IZDEU_PASSPHRASE (and IZDEU_NEW_PASSPHRASE for a new one)</source>
        <translation>нет терминала, чтобы спросить парольную фразу; задайте IZDEU_PASSPHRASE (и IZDEU_NEW_PASSPHRASE для новой)</translation>
    </message>
    <message>
        <source>the two passphrases differ; nothing was changed</source>
        <translation>две парольные фразы различаются; ничего не изменено</translation>
    </message>
    <message>
        <source>no vault at {vault_path} (create one with `izdeu init` or choose one with --vault)</source>
        <translation>нет хранилища по пути {vault_path} (создайте его командой `izdeu init` или выберите через --vault)</translation>
    </message>
    <message>
        <source>the desktop app is not available (is Izdeu installed with its user interface?); see `izdeu --help` for the commands</source>
        <translation>настольное приложение недоступно (Izdeu установлен с интерфейсом?); список команд: `izdeu --help`</translation>
    </message>
    <message>
        <source>no passphrase given</source>
        <translation>парольная фраза не указана</translation>
    </message>
    <message>
        <source>--cases must be at least 1 and --testimonies not negative</source>
        <translation>--cases должно быть не меньше 1, а --testimonies — не отрицательным</translation>
    </message>
    <message>
        <source>cannot read that file</source>
        <translation>не удаётся прочитать этот файл</translation>
    </message>
    <message>
        <source>cannot create the folder {folder}</source>
        <translation>не удаётся создать папку {folder}</translation>
    </message>
    <message>
        <source>dossier files already exist in {folder} ({count}); choose an empty folder</source>
        <translation>в папке {folder} уже есть файлы досье ({count}); выберите пустую папку</translation>
    </message>
    <message>
        <source>dossier profile must be wgeid, ministry or public</source>
        <translation>профиль досье должен быть wgeid, ministry или public</translation>
    </message>
    <message>
        <source>dossier language must be en, ru or kk</source>
        <translation>язык досье должен быть en, ru или kk</translation>
    </message>
    <message>
        <source>give either CASE or --all</source>
        <translation>укажите либо ДЕЛО, либо --all</translation>
    </message>
    <message>
        <source>--sent-to records one dossier; use it without --all</source>
        <translation>--sent-to отмечает одно досье; используйте его без --all</translation>
    </message>
    <message>
        <source>cannot write to the folder {folder}</source>
        <translation>не удаётся записать в папку {folder}</translation>
    </message>
    <message>
        <source>an attachment's content does not match its SHA-256; nothing was exported (run `izdeu check`)</source>
        <translation>содержимое вложения не совпадает с его SHA-256; ничего не экспортировано (запустите `izdeu check`)</translation>
    </message>
    <message>
        <source>{where}: expected a UUID</source>
        <translation>{where}: ожидается UUID</translation>
    </message>
    <message>
        <source>{where}: UUIDs must be written in lower case with dashes</source>
        <translation>{where}: UUID нужно писать в нижнем регистре с дефисами</translation>
    </message>
    <message>
        <source>{where}: more than a day in the future (check the clock of the computer that made the file)</source>
        <translation>{where}: больше чем на день в будущем (проверьте часы компьютера, создавшего файл)</translation>
    </message>
    <message>
        <source>{where}: expected a SHA-256 in lower-case hex</source>
        <translation>{where}: ожидается SHA-256 шестнадцатеричными цифрами в нижнем регистре</translation>
    </message>
    <message>
        <source>{where}: not a valid UUID</source>
        <translation>{where}: недопустимый UUID</translation>
    </message>
    <message>
        <source>the file has NaN or Infinity, which JSON does not allow</source>
        <translation>в файле есть NaN или Infinity, а JSON их не допускает</translation>
    </message>
    <message>
        <source>the file has a number that is too large</source>
        <translation>в файле слишком большое число</translation>
    </message>
    <message>
        <source>{where}: expected an object</source>
        <translation>{where}: ожидается объект</translation>
    </message>
    <message>
        <source>{where}: the 'case' object is missing</source>
        <translation>{where}: нет объекта «case»</translation>
    </message>
    <message>
        <source>{where}: case.person.photo_attachment: no such attachment in this case</source>
        <translation>{where}: case.person.photo_attachment: в этом деле нет такого вложения</translation>
    </message>
    <message>
        <source>tombstones: expected a list</source>
        <translation>tombstones: ожидается список</translation>
    </message>
    <message>
        <source>attachment_data: expected an object</source>
        <translation>attachment_data: ожидается объект</translation>
    </message>
    <message>
        <source>attachment_data: attachments whose content is missing: {count}</source>
        <translation>attachment_data: нет содержимого вложений ({count})</translation>
    </message>
    <message>
        <source>this is not an Izdeu case file (format {format!r})</source>
        <translation>это не файл с делами Izdeu (формат {format!r})</translation>
    </message>
    <message>
        <source>version: expected a whole number</source>
        <translation>version: ожидается целое число</translation>
    </message>
    <message>
        <source>this case file was made by a newer version of Izdeu; please update Izdeu</source>
        <translation>этот файл с делами создан более новой версией Izdeu; обновите Izdeu</translation>
    </message>
    <message>
        <source>unknown top-level field {field!r}</source>
        <translation>неизвестное поле верхнего уровня {field!r}</translation>
    </message>
    <message>
        <source>cases: expected a list</source>
        <translation>cases: ожидается список</translation>
    </message>
    <message>
        <source>tombstones: a record in the file is also marked deleted</source>
        <translation>tombstones: запись из файла одновременно отмечена удалённой</translation>
    </message>
    <message>
        <source>on_existing must be 'refuse' or 'skip'</source>
        <translation>on_existing должен быть 'refuse' или 'skip'</translation>
    </message>
    <message>
        <source>the file has a key given twice in one object</source>
        <translation>в файле один ключ указан дважды в одном объекте</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (byte {start})</source>
        <translation>файл — не текст UTF-8 (байт {start})</translation>
    </message>
    <message>
        <source>the file is not valid JSON (line {lineno}, column {colno})</source>
        <translation>файл — недопустимый JSON (строка {lineno}, столбец {colno})</translation>
    </message>
    <message>
        <source>the file nests too deeply</source>
        <translation>в файле слишком глубокая вложенность</translation>
    </message>
    <message>
        <source>{where}: the field {key!r} is missing</source>
        <translation>{where}: нет поля {key!r}</translation>
    </message>
    <message>
        <source>{where}: {detail}</source>
        <translation>{where}: {detail}</translation>
    </message>
    <message>
        <source>{where}: unknown section {key!r}</source>
        <translation>{where}: неизвестный раздел {key!r}</translation>
    </message>
    <message>
        <source>{where}, {section}: expected a list</source>
        <translation>{where}, {section}: ожидается список</translation>
    </message>
    <message>
        <source>{label}: witness_uuid: no such witness in this case</source>
        <translation>{label}: witness_uuid: в этом деле нет такого свидетеля</translation>
    </message>
    <message>
        <source>{label}: attachment_uuids: no such attachment in this case</source>
        <translation>{label}: attachment_uuids: в этом деле нет такого вложения</translation>
    </message>
    <message>
        <source>{label}: size: must not be negative</source>
        <translation>{label}: size: не может быть отрицательным</translation>
    </message>
    <message>
        <source>{where}: expected an object with uuid, kind, case_uuid, deleted</source>
        <translation>{where}: ожидается объект с uuid, kind, case_uuid, deleted</translation>
    </message>
    <message>
        <source>{where}.kind: unknown record kind</source>
        <translation>{where}.kind: неизвестный вид записи</translation>
    </message>
    <message>
        <source>attachment_data: holds a file no attachment refers to</source>
        <translation>attachment_data: содержит файл, на который не ссылается ни одно вложение</translation>
    </message>
    <message>
        <source>attachment_data: expected base64 text</source>
        <translation>attachment_data: ожидается текст base64</translation>
    </message>
    <message>
        <source>attachment_data: a file does not match its SHA-256 or size</source>
        <translation>attachment_data: файл не совпадает со своим SHA-256 или размером</translation>
    </message>
    <message>
        <source>{label}: case_uuid is not the uuid of its case</source>
        <translation>{label}: case_uuid — не uuid его дела</translation>
    </message>
    <message>
        <source>attachments: two attachments with the same SHA-256 have different sizes</source>
        <translation>attachments: у двух вложений с одинаковым SHA-256 разные размеры</translation>
    </message>
    <message>
        <source>attachment_data: a file is not valid base64</source>
        <translation>attachment_data: файл — недопустимый base64</translation>
    </message>
    <message>
        <source>the uuid {uuid} is used by two records</source>
        <translation>uuid {uuid} используется двумя записями</translation>
    </message>
    <message>
        <source>the {kind} {uuid} is already in this vault; nothing was imported</source>
        <translation>запись ({kind}) {uuid} уже есть в этом хранилище; ничего не импортировано</translation>
    </message>
    <message>
        <source>{where}: unknown field {field!r}</source>
        <translation>{where}: неизвестное поле {field!r}</translation>
    </message>
    <message>
        <source>{where}: malformed record</source>
        <translation>{where}: запись имеет неверный вид</translation>
    </message>
    <message>
        <source>{where}.{key}: expected text</source>
        <translation>{where}.{key}: ожидается текст</translation>
    </message>
    <message>
        <source>{where}.{key}: expected a date string</source>
        <translation>{where}.{key}: ожидается дата в виде строки</translation>
    </message>
    <message>
        <source>{where}.{key}: expected true or false</source>
        <translation>{where}.{key}: ожидается true или false</translation>
    </message>
    <message>
        <source>{where}.{key}: expected a whole number</source>
        <translation>{where}.{key}: ожидается целое число</translation>
    </message>
    <message>
        <source>{where}.{key}: expected a list</source>
        <translation>{where}.{key}: ожидается список</translation>
    </message>
    <message>
        <source>{where}.{key}: too many entries</source>
        <translation>{where}.{key}: слишком много элементов</translation>
    </message>
    <message>
        <source>{where}.{key}: {detail}</source>
        <translation>{where}.{key}: {detail}</translation>
    </message>
    <message>
        <source>{label}: expected a list</source>
        <translation>{label}: ожидается список</translation>
    </message>
    <message>
        <source>{label}: too many entries</source>
        <translation>{label}: слишком много элементов</translation>
    </message>
    <message>
        <source>{item_label}: expected an object</source>
        <translation>{item_label}: ожидается объект</translation>
    </message>
    <message>
        <source>{item_label}: wrong type</source>
        <translation>{item_label}: неверный тип</translation>
    </message>
    <message>
        <source>date: year out of range</source>
        <translation>дата: год вне допустимого диапазона</translation>
    </message>
    <message>
        <source>date: month out of range</source>
        <translation>дата: месяц вне допустимого диапазона</translation>
    </message>
    <message>
        <source>date: use YYYY, YYYY-MM or YYYY-MM-DD (~ in front if approximate)</source>
        <translation>дата: ГГГГ, ГГГГ-ММ или ГГГГ-ММ-ДД (~ впереди, если приблизительно)</translation>
    </message>
    <message>
        <source>date: a month or day needs a year</source>
        <translation>дата: для месяца или дня нужен год</translation>
    </message>
    <message>
        <source>date: a day needs a month</source>
        <translation>дата: для дня нужен месяц</translation>
    </message>
    <message>
        <source>date: no such day</source>
        <translation>дата: такого дня нет</translation>
    </message>
    <message>
        <source>{label}: expected a UTC time like 2024-05-01T10:00:00.000000Z</source>
        <translation>{label}: ожидается время UTC вида 2024-05-01T10:00:00.000000Z</translation>
    </message>
    <message>
        <source>{label}: time before 1970</source>
        <translation>{label}: время раньше 1970 года</translation>
    </message>
    <message>
        <source>{label}: more than a day in the future (check the clock of the computer that made it)</source>
        <translation>{label}: больше чем на день в будущем (проверьте часы компьютера, на котором это создано)</translation>
    </message>
    <message>
        <source>{label}: no such date or time</source>
        <translation>{label}: такой даты или времени нет</translation>
    </message>
    <message>
        <source>{label}: must be one of {choices}</source>
        <translation>{label}: должно быть одним из: {choices}</translation>
    </message>
    <message>
        <source>{label}: expected a UUID in lower case with dashes</source>
        <translation>{label}: ожидается UUID в нижнем регистре с дефисами</translation>
    </message>
    <message>
        <source>{label}: expected a whole number</source>
        <translation>{label}: ожидается целое число</translation>
    </message>
    <message>
        <source>{label}: out of range ({low:,} to {high:,})</source>
        <translation>{label}: вне допустимого диапазона (от {low:,} до {high:,})</translation>
    </message>
    <message>
        <source>{label}: expected a SHA-256 in lower-case hex</source>
        <translation>{label}: ожидается SHA-256 шестнадцатеричными цифрами в нижнем регистре</translation>
    </message>
    <message>
        <source>unknown record kind: {kind!r}</source>
        <translation>неизвестный вид записи: {kind!r}</translation>
    </message>
    <message>
        <source>{field}: expected text</source>
        <translation>{field}: ожидается текст</translation>
    </message>
    <message>
        <source>{field}: too long ({count:,} characters; limit {limit:,})</source>
        <translation>{field}: слишком длинно ({count:,} символов; предел {limit:,})</translation>
    </message>
    <message>
        <source>{field}: contains a NUL character</source>
        <translation>{field}: содержит символ NUL</translation>
    </message>
    <message>
        <source>{field}: contains an invalid character (lone surrogate)</source>
        <translation>{field}: содержит недопустимый символ (одиночный суррогат)</translation>
    </message>
    <message>
        <source>no such attachment</source>
        <translation>такого вложения нет</translation>
    </message>
    <message>
        <source>the file is too large to remove its metadata; export it as it is</source>
        <translation>файл слишком большой, чтобы удалить его метаданные; экспортируйте его как есть</translation>
    </message>
    <message>
        <source>the attachment's content does not match its SHA-256</source>
        <translation>содержимое вложения не совпадает с его SHA-256</translation>
    </message>
    <message>
        <source>the file is too large to attach</source>
        <translation>файл слишком большой для прикрепления</translation>
    </message>
    <message>
        <source>only a readable image can be exported without its metadata</source>
        <translation>без метаданных можно экспортировать только читаемое изображение</translation>
    </message>
    <message>
        <source>this record was deleted and cannot be saved again</source>
        <translation>эта запись удалена, и её нельзя сохранить снова</translation>
    </message>
    <message>
        <source>an attachment is added together with its file</source>
        <translation>вложение добавляется вместе со своим файлом</translation>
    </message>
    <message>
        <source>no such {kind}</source>
        <translation>запись ({kind}) не найдена</translation>
    </message>
    <message>
        <source>no case with that number or id</source>
        <translation>нет дела с таким номером или идентификатором</translation>
    </message>
    <message>
        <source>the new order must list every act of the case once</source>
        <translation>в новом порядке каждое действие дела должно быть указано один раз</translation>
    </message>
    <message>
        <source>cannot sort by {sort!r}</source>
        <translation>нельзя сортировать по {sort!r}</translation>
    </message>
    <message>
        <source>a record of another case cannot be saved with this one</source>
        <translation>запись другого дела нельзя сохранить вместе с этим</translation>
    </message>
    <message>
        <source>only a case's records can be deleted with its changes</source>
        <translation>вместе с изменениями можно удалять только записи этого дела</translation>
    </message>
    <message>
        <source>a record of another case cannot be deleted here</source>
        <translation>запись другого дела здесь удалить нельзя</translation>
    </message>
    <message>
        <source>the file is too large to show here; export a copy instead</source>
        <translation>файл слишком большой для показа здесь; экспортируйте копию</translation>
    </message>
    <message>
        <source>the case an attachment belongs to does not exist</source>
        <translation>дела, к которому относится вложение, не существует</translation>
    </message>
    <message>
        <source>an attachment with this id is already in the vault</source>
        <translation>вложение с таким идентификатором уже есть в хранилище</translation>
    </message>
    <message>
        <source>this attachment was deleted and cannot be added again</source>
        <translation>это вложение удалено, и его нельзя добавить снова</translation>
    </message>
    <message>
        <source>an attachment's content does not match its recorded SHA-256</source>
        <translation>содержимое вложения не совпадает с записанным SHA-256</translation>
    </message>
    <message>
        <source>the case this record belongs to does not exist</source>
        <translation>дела, к которому относится эта запись, не существует</translation>
    </message>
    <message>
        <source>no such case</source>
        <translation>такого дела нет</translation>
    </message>
    <message>
        <source>a database operation failed</source>
        <translation>операция с базой данных не удалась</translation>
    </message>
    <message>
        <source>the disk is full; nothing was saved</source>
        <translation>диск заполнен; ничего не сохранено</translation>
    </message>
    <message>
        <source>the vault is on read-only storage</source>
        <translation>хранилище на носителе только для чтения</translation>
    </message>
    <message>
        <source>the vault file is damaged; restore it from a backup</source>
        <translation>файл хранилища повреждён; восстановите его из резервной копии</translation>
    </message>
    <message>
        <source>SQLCipher is not available; Izdeu refuses to store data unencrypted</source>
        <translation>SQLCipher недоступен; Izdeu не хранит данные без шифрования</translation>
    </message>
    <message>
        <source>cannot read the vault file</source>
        <translation>не удаётся прочитать файл хранилища</translation>
    </message>
    <message>
        <source>this encrypted database is not an Izdeu vault</source>
        <translation>эта зашифрованная база данных не является хранилищем Izdeu</translation>
    </message>
    <message>
        <source>the vault is on storage that cannot be written</source>
        <translation>хранилище на носителе, на который нельзя записывать</translation>
    </message>
    <message>
        <source>the passphrase must have at least {count} characters</source>
        <translation>в парольной фразе должно быть не меньше {count} символов</translation>
    </message>
    <message>
        <source>the passphrase repeats too few different characters</source>
        <translation>в парольной фразе слишком мало разных символов</translation>
    </message>
    <message>
        <source>the passphrase must not start or end with a space</source>
        <translation>парольная фраза не должна начинаться или заканчиваться пробелом</translation>
    </message>
    <message>
        <source>this passphrase is too common</source>
        <translation>эта парольная фраза слишком распространённая</translation>
    </message>
    <message>
        <source>the vault's storage cannot lock files</source>
        <translation>носитель хранилища не поддерживает блокировку файлов</translation>
    </message>
    <message>
        <source>that path is a folder, not a vault file</source>
        <translation>это папка, а не файл хранилища</translation>
    </message>
    <message>
        <source>no vault file at that path</source>
        <translation>по этому пути нет файла хранилища</translation>
    </message>
    <message>
        <source>could not save a copy of the vault before upgrading it</source>
        <translation>не удалось сохранить копию хранилища перед его обновлением</translation>
    </message>
    <message>
        <source>the re-keyed copy of the vault failed its check; nothing changed</source>
        <translation>копия хранилища с новым ключом не прошла проверку; ничего не изменилось</translation>
    </message>
    <message>
        <source>the vault's journal could not be folded in; nothing changed</source>
        <translation>не удалось перенести журнал хранилища в его файл; ничего не изменилось</translation>
    </message>
    <message>
        <source>the re-keyed copy of the vault is incomplete; nothing changed</source>
        <translation>копия хранилища с новым ключом неполна; ничего не изменилось</translation>
    </message>
    <message>
        <source>cannot write beside the vault file</source>
        <translation>не удаётся записать рядом с файлом хранилища</translation>
    </message>
    <message>
        <source>the re-keyed copy of the vault was not written completely</source>
        <translation>копия хранилища с новым ключом записана не полностью</translation>
    </message>
    <message>
        <source>could not put the re-keyed vault in place; nothing changed</source>
        <translation>не удалось поставить хранилище с новым ключом на место; ничего не изменилось</translation>
    </message>
    <message>
        <source>a file with that name already exists; choose another name</source>
        <translation>файл с таким именем уже существует; выберите другое имя</translation>
    </message>
    <message>
        <source>this is an unencrypted SQLite file, not an Izdeu vault</source>
        <translation>это незашифрованный файл SQLite, а не хранилище Izdeu</translation>
    </message>
    <message>
        <source>the copy's file name is taken</source>
        <translation>имя файла копии занято</translation>
    </message>
    <message>
        <source>cannot create the vault file there</source>
        <translation>не удаётся создать файл хранилища в этом месте</translation>
    </message>
    <message>
        <source>there is no Izdeu backup in {folder}</source>
        <translation>в {folder} нет резервных копий Izdeu</translation>
    </message>
    <message>
        <source>date: a month needs a year</source>
        <translation>дата: к месяцу нужен год</translation>
    </message>
    <message>
        <source>date: in the future</source>
        <translation>дата: в будущем</translation>
    </message>
    <message>
        <source>date: not understood; write it like 12.03.2018, March 2018, 2018 or about 1940</source>
        <translation>дата не распознана; пишите, например, 12.03.2018, март 2018, 2018 или около 1940</translation>
    </message>
    <message>
        <source>{label}: must be one of {choices}, or "other:" and a text</source>
        <translation>{label}: должно быть одним из: {choices}, или «other:» и текст</translation>
    </message>
    <message>
        <source>that conflict was settled already, or its record is gone</source>
        <translation>этот конфликт уже разрешён, или его записи больше нет</translation>
    </message>
    <message>
        <source>the organisation's name for the signing certificate must be 1 to {limit} printable characters</source>
        <translation>название организации для сертификата подписи должно содержать от 1 до {limit} печатных символов</translation>
    </message>
    <message>
        <source>the passphrase of a signing key file cannot be empty</source>
        <translation>пароль файла ключа подписи не может быть пустым</translation>
    </message>
    <message>
        <source>the signing key file holds no private key with its certificate</source>
        <translation>в файле ключа подписи нет закрытого ключа с его сертификатом</translation>
    </message>
    <message>
        <source>this vault has no signing identity; create one with `izdeu signing create` or give --signing-key FILE</source>
        <translation>в этом хранилище нет подписи организации; создайте её командой `izdeu signing create` или укажите --signing-key FILE</translation>
    </message>
    <message>
        <source>the signing identity kept in the vault is damaged</source>
        <translation>подпись организации, хранящаяся в хранилище, повреждена</translation>
    </message>
    <message>
        <source>this vault already has a signing identity; give --force to replace it (dossiers signed with the old one stay valid)</source>
        <translation>в этом хранилище уже есть подпись организации; укажите --force, чтобы заменить её (досье, подписанные прежней, остаются действительными)</translation>
    </message>
    <message>
        <source>--signing-key is used with --sign</source>
        <translation>--signing-key используется вместе с --sign</translation>
    </message>
    <message>
        <source>give a CASE or --all, not both</source>
        <translation>укажите CASE или --all, но не оба</translation>
    </message>
    <message>
        <source>not a PRC resident ID (18 or 15 digits) or a Kazakh IIN (12 digits)</source>
        <translation>это не удостоверение жителя КНР (18 или 15 цифр) и не ИИН Казахстана (12 цифр)</translation>
    </message>
    <message>
        <source>PRC resident ID: 18 characters (or an old one of 15 digits)</source>
        <translation>удостоверение жителя КНР: 18 знаков (или старый номер из 15 цифр)</translation>
    </message>
    <message>
        <source>PRC resident ID: digits only, the last may be X</source>
        <translation>удостоверение жителя КНР: только цифры, последним может быть X</translation>
    </message>
    <message>
        <source>identity number: the check digit does not match (a digit is mistyped)</source>
        <translation>идентификационный номер: контрольная цифра не сходится (одна цифра введена неверно)</translation>
    </message>
    <message>
        <source>identity number: the birth date in it does not exist</source>
        <translation>идентификационный номер: такой даты рождения нет</translation>
    </message>
    <message>
        <source>IIN: 12 digits</source>
        <translation>ИИН: 12 цифр</translation>
    </message>
    <message>
        <source>IIN: digits only</source>
        <translation>ИИН: только цифры</translation>
    </message>
    <message>
        <source>IIN: the seventh digit (century and sex) must be 1 to 6</source>
        <translation>ИИН: седьмая цифра (век и пол) должна быть от 1 до 6</translation>
    </message>
    <message>
        <source>changes newer than the last verified backup to the organisation's keys would be lost; nothing was erased</source>
        <translation>изменения новее последней проверенной резервной копии на ключи организации были бы потеряны; ничего не стёрто</translation>
    </message>
    <message>
        <source>the threshold must be at least 2 and at most the number of shares, which is at most {most}</source>
        <translation>порог должен быть не меньше 2 и не больше числа долей, а долей не больше {most}</translation>
    </message>
    <message>
        <source>give --shares and --threshold together</source>
        <translation>укажите --shares и --threshold вместе</translation>
    </message>
    <message>
        <source>share {number} has a wrong or mistyped word (its checksum fails)</source>
        <translation>в доле {number} неверное или опечатанное слово (контрольная сумма не сходится)</translation>
    </message>
    <message>
        <source>these shares do not belong to the same split key</source>
        <translation>эти доли не относятся к одному и тому же разделённому ключу</translation>
    </message>
    <message>
        <source>{given} different shares given; {needed} are needed</source>
        <translation>дано разных долей: {given}; нужно: {needed}</translation>
    </message>
    <message>
        <source>erase asks to type a confirmation on a terminal; scripts give --yes-erase</source>
        <translation>erase просит ввести подтверждение в терминале; скрипты передают --yes-erase</translation>
    </message>
    <message>
        <source>not confirmed; nothing was erased</source>
        <translation>не подтверждено; ничего не стёрто</translation>
    </message>
    <message>
        <source>the decoy must be another vault, not this one</source>
        <translation>приманкой должно быть другое хранилище, не это</translation>
    </message>
    <message>
        <source>the decoy vault's path is too long</source>
        <translation>путь к хранилищу-приманке слишком длинный</translation>
    </message>
    <message>
        <source>the decoy vault must open with the duress passphrase</source>
        <translation>хранилище-приманка должно открываться паролем под принуждением</translation>
    </message>
    <message>
        <source>the decoy is not an Izdeu vault</source>
        <translation>приманка — не хранилище Izdeu</translation>
    </message>
    <message>
        <source>choose the decoy vault</source>
        <translation>выберите хранилище-приманку</translation>
    </message>
    <message>
        <source>unknown choice of what the duress passphrase does</source>
        <translation>неизвестный выбор действия пароля под принуждением</translation>
    </message>
    <message>
        <source>the duress passphrase must have at least {count} characters</source>
        <translation>пароль под принуждением должен содержать не менее {count} символов</translation>
    </message>
    <message>
        <source>the duress passphrase must differ from the vault's passphrase</source>
        <translation>пароль под принуждением должен отличаться от пароля хранилища</translation>
    </message>
    <message>
        <source>an organisation key for the recovery file is not a valid age1… key</source>
        <translation>ключ организации для файла восстановления — не действительный ключ age1…</translation>
    </message>
    <message>
        <source>headquarters recovery is not offered for demo vaults</source>
        <translation>восстановление через штаб не предлагается для демо-хранилищ</translation>
    </message>
    <message>
        <source>add the organisation's backup key first: the recovery file is encrypted to it</source>
        <translation>сначала добавьте ключ резервного копирования организации: файл восстановления шифруется на него</translation>
    </message>
    <message>
        <source>the recovery file is not encrypted to these keys</source>
        <translation>файл восстановления зашифрован не на эти ключи</translation>
    </message>
    <message>
        <source>the recovery file is damaged</source>
        <translation>файл восстановления повреждён</translation>
    </message>
    <message>
        <source>the recovery file does not match this vault (its passphrase was changed without it)</source>
        <translation>файл восстановления не соответствует этому хранилищу (пароль был изменён без него)</translation>
    </message>
    <message>
        <source>the spreadsheet does not exist</source>
        <translation>таблица не существует</translation>
    </message>
    <message>
        <source>that path is a folder, not a spreadsheet</source>
        <translation>этот путь — папка, а не таблица</translation>
    </message>
    <message>
        <source>cannot read the spreadsheet</source>
        <translation>не удаётся прочитать таблицу</translation>
    </message>
    <message>
        <source>the spreadsheet is not a regular file (a device, pipe or socket cannot be read)</source>
        <translation>таблица не является обычным файлом (устройство, канал или сокет прочитать нельзя)</translation>
    </message>
    <message>
        <source>the spreadsheet is too large (limit {limit})</source>
        <translation>таблица слишком большая (предел — {limit})</translation>
    </message>
    <message>
        <source>unknown encoding; use one of: {choices}</source>
        <translation>неизвестная кодировка; используйте одну из: {choices}</translation>
    </message>
    <message>
        <source>the file is not written in {encoding}</source>
        <translation>файл записан не в кодировке {encoding}</translation>
    </message>
    <message>
        <source>the file's encoding could not be recognised; choose one of: {choices}</source>
        <translation>не удалось определить кодировку файла; выберите одну из: {choices}</translation>
    </message>
    <message>
        <source>the sheet has more than {limit} columns</source>
        <translation>в таблице больше {limit} столбцов</translation>
    </message>
    <message>
        <source>the sheet has more than {limit} rows; split it</source>
        <translation>в таблице больше {limit} строк; разделите её</translation>
    </message>
    <message>
        <source>the sheet is empty: no header row</source>
        <translation>таблица пуста: нет строки заголовков</translation>
    </message>
    <message>
        <source>the CSV file is malformed near line {row}</source>
        <translation>ошибка в CSV-файле около строки {row}</translation>
    </message>
    <message>
        <source>the XLSX file is damaged or not an Excel workbook</source>
        <translation>файл XLSX повреждён или не является книгой Excel</translation>
    </message>
    <message>
        <source>the XLSX file unpacks to too much data</source>
        <translation>файл XLSX распаковывается в слишком большой объём</translation>
    </message>
    <message>
        <source>the workbook has no sheet of that name</source>
        <translation>в книге нет листа с таким именем</translation>
    </message>
    <message>
        <source>a formula cell was saved without its value; open the file in Excel and save it again</source>
        <translation>ячейка с формулой сохранена без значения; откройте файл в Excel и сохраните снова</translation>
    </message>
    <message>
        <source>the cell is too long</source>
        <translation>ячейка слишком длинная</translation>
    </message>
    <message>
        <source>not a date Izdeu can read (e.g. 2018-03-05, 05.03.2018, March 2018, ~2017)</source>
        <translation>не дата, которую Izdeu может прочитать (например, 2018-03-05, 05.03.2018, март 2018, ~2017)</translation>
    </message>
    <message>
        <source>not one of the known values: {choices}</source>
        <translation>не одно из известных значений: {choices}</translation>
    </message>
    <message>
        <source>not a UUID</source>
        <translation>не UUID</translation>
    </message>
    <message>
        <source>the mapping names a column the sheet does not have: {column}</source>
        <translation>в сопоставлении есть столбец, которого нет в таблице: {column}</translation>
    </message>
    <message>
        <source>this is not an Izdeu column mapping file</source>
        <translation>это не файл сопоставления столбцов Izdeu</translation>
    </message>
    <message>
        <source>this mapping was made by a newer version of Izdeu; please update Izdeu</source>
        <translation>это сопоставление создано более новой версией Izdeu; обновите Izdeu</translation>
    </message>
    <message>
        <source>the mapping names an unknown field: {field}</source>
        <translation>в сопоставлении неизвестное поле: {field}</translation>
    </message>
    <message>
        <source>the mapping fills one field from two columns</source>
        <translation>в сопоставлении одно поле заполняется из двух столбцов</translation>
    </message>
    <message>
        <source>give the mapping a name</source>
        <translation>дайте сопоставлению имя</translation>
    </message>
    <message>
        <source>at most {limit} mappings can be kept</source>
        <translation>можно хранить не больше {limit} сопоставлений</translation>
    </message>
    <message>
        <source>no column is mapped to a field</source>
        <translation>ни один столбец не сопоставлен с полем</translation>
    </message>
    <message>
        <source>this case (its UUID) is already in the vault or in an earlier row</source>
        <translation>это дело (его UUID) уже есть в хранилище или в строке выше</translation>
    </message>
    <message>
        <source>possible duplicates: choose one of {choices}</source>
        <translation>возможные дубликаты: выберите одно из {choices}</translation>
    </message>
    <message>
        <source>rows that cannot be imported: {count}; nothing was imported (fix them, or import only the good rows)</source>
        <translation>{count} строк(и) нельзя импортировать; ничего не импортировано (исправьте их или импортируйте только правильные строки)</translation>
    </message>
    <message>
        <source>the file name must end in .csv or .xlsx</source>
        <translation>имя файла должно оканчиваться на .csv или .xlsx</translation>
    </message>
    <message>
        <source>statistics are written in en, ru or kk</source>
        <translation>статистика составляется на en, ru или kk</translation>
    </message>
    <message>
        <source>the file name must end in {suffix}</source>
        <translation>имя файла должно оканчиваться на {suffix}</translation>
    </message>
    <message>
        <source>a case cannot be linked to itself</source>
        <translation>дело нельзя связать с самим собой</translation>
    </message>
    <message>
        <source>the case to link to is not in this vault</source>
        <translation>дела, с которым нужно связать, нет в этом хранилище</translation>
    </message>
    <message>
        <source>these two cases are already linked; change that link instead</source>
        <translation>эти два дела уже связаны; измените эту связь</translation>
    </message>
    <message>
        <source>this link would make a person their own ancestor (parent links in a circle)</source>
        <translation>эта связь сделала бы человека собственным предком (связи «родитель» по кругу)</translation>
    </message>
    <message>
        <source>no such link between cases</source>
        <translation>такой связи между делами нет</translation>
    </message>
    <message>
        <source>this link records a merge of the two cases; split them to undo it</source>
        <translation>эта связь записывает объединение двух дел; чтобы отменить его, разделите их</translation>
    </message>
    <message>
        <source>a case cannot be merged with itself</source>
        <translation>дело нельзя объединить с самим собой</translation>
    </message>
    <message>
        <source>one of these cases is already merged into another case; split it first</source>
        <translation>одно из этих дел уже объединено с другим делом; сначала разделите его</translation>
    </message>
    <message>
        <source>a merge choice names an unknown field or side</source>
        <translation>выбор при объединении называет неизвестное поле или сторону</translation>
    </message>
    <message>
        <source>these cases are marked as not the same person; remove that link first</source>
        <translation>эти дела отмечены как разные люди; сначала удалите эту связь</translation>
    </message>
    <message>
        <source>this case is not merged into another case</source>
        <translation>это дело не объединено с другим делом</translation>
    </message>
    <message>
        <source>{label}: a case cannot be linked to itself</source>
        <translation>{label}: дело нельзя связать с самим собой</translation>
    </message>
    <message>
        <source>{label}: the linked case is neither in the file nor in this vault</source>
        <translation>{label}: связанного дела нет ни в файле, ни в этом хранилище</translation>
    </message>
    <message>
        <source>wrong password for this PKCS#12 file</source>
        <translation>неверный пароль для этого файла PKCS#12</translation>
    </message>
    <message>
        <source>the private key in the signing key file does not belong to its certificate</source>
        <translation>закрытый ключ в файле ключа подписи не соответствует его сертификату</translation>
    </message>
    <message>
        <source>the key in the signing key file is of a kind Izdeu does not sign with ({kind}); RSA of 2048 bits or more and elliptic-curve P-256, P-384 or P-521 keys are</source>
        <translation>ключ в файле ключа подписи такого вида, которым Izdeu не подписывает ({kind}); подходят ключи RSA от 2048 бит и эллиптические ключи P-256, P-384 или P-521</translation>
    </message>
    <message>
        <source>the certificate in the signing key file expired on {date}; ask for a renewed one</source>
        <translation>срок действия сертификата в файле ключа подписи истёк {date}; попросите новый</translation>
    </message>
    <message>
        <source>the certificate in the signing key file is valid only from {date}</source>
        <translation>сертификат в файле ключа подписи действителен только с {date}</translation>
    </message>
    <message>
        <source>this audio input's format cannot be recorded (8–192 kHz, mono or stereo)</source>
        <translation>в формате этого аудиовхода записывать нельзя (8–192 кГц, моно или стерео)</translation>
    </message>
    <message>
        <source>the recording has already ended</source>
        <translation>запись уже завершена</translation>
    </message>
    <message>
        <source>the recording stopped: {error}; what was recorded until then is kept in the vault</source>
        <translation>запись остановлена: {error}; записанное до этого момента сохранено в хранилище</translation>
    </message>
    <message>
        <source>this is not a PKCS#12 file (.p12 or .pfx), or it is damaged</source>
        <translation>это не файл PKCS#12 (.p12 или .pfx), или он повреждён</translation>
    </message>
    <message>
        <source>the backups given do not form one chain (a full backup and its increments); nothing was written</source>
        <translation>указанные резервные копии не образуют одну цепочку (полная копия и её приращения); ничего не записано</translation>
    </message>
    <message>
        <source>no full backup among the files given: an increment is restored together with the full backup it builds on; nothing was written</source>
        <translation>среди указанных файлов нет полной резервной копии: приращение восстанавливается вместе с полной копией, на которой оно основано; ничего не записано</translation>
    </message>
    <message>
        <source>two full backups were given ({name} is the second): give one full backup and its increments; nothing was written</source>
        <translation>указаны две полные резервные копии ({name} — вторая): укажите одну полную копию и её приращения; ничего не записано</translation>
    </message>
    <message>
        <source>{name} was given twice (or two files are the same backup); nothing was written</source>
        <translation>{name} указан дважды (или два файла — одна и та же резервная копия); ничего не записано</translation>
    </message>
    <message>
        <source>the chain is incomplete: a backup that {name} builds on was not given; nothing was written</source>
        <translation>цепочка неполна: не указана резервная копия, на которой основан {name}; ничего не записано</translation>
    </message>
    <message>
        <source>{name} does not belong to this chain (another vault, or a base that is none of the backups given); nothing was written</source>
        <translation>{name} не принадлежит этой цепочке (другое хранилище или основа, которой нет среди указанных копий); ничего не записано</translation>
    </message>
    <message>
        <source>two increments build on the same backup ({name} is one of them): give one chain; nothing was written</source>
        <translation>два приращения основаны на одной и той же копии ({name} — одно из них): укажите одну цепочку; ничего не записано</translation>
    </message>
    <message>
        <source>{name} builds on a backup with another signed manifest than the one given: a changed or forged link; nothing was written</source>
        <translation>{name} основан на копии с другим подписанным манифестом, чем у указанной: изменённая или поддельная связь; ничего не записано</translation>
    </message>
    <message>
        <source>an increment builds on a backup with another signed manifest than the one given: a changed or forged link</source>
        <translation>приращение основано на копии с другим подписанным манифестом, чем у указанной: изменённая или поддельная связь</translation>
    </message>
    <message>
        <source>the kind of backup must be automatic, full or increment</source>
        <translation>вид резервной копии: автоматически, полная или приращение</translation>
    </message>
    <message>
        <source>this folder holds no full backup of this vault (with all its increments) to build an increment on: make a full backup first</source>
        <translation>в этой папке нет полной резервной копии этого хранилища (со всеми её приращениями), на которой можно построить приращение: сначала сделайте полную копию</translation>
    </message>
    <message>
        <source>give at least one backup file</source>
        <translation>укажите хотя бы один файл резервной копии</translation>
    </message>
    <message>
        <source>the number of increments between full backups must be a whole number from 1 to 10000</source>
        <translation>число приращений между полными копиями должно быть целым числом от 1 до 10000</translation>
    </message>
    <message>
        <source>the days between full backups must be a whole number from 1 to 10000</source>
        <translation>число дней между полными копиями должно быть целым числом от 1 до 10000</translation>
    </message>
    <message>
        <source>this increment holds records of cases this vault does not have: merge the full backup it builds on first; nothing was changed</source>
        <translation>это приращение содержит записи дел, которых нет в этом хранилище: сначала объедините полную копию, на которой оно основано; ничего не изменено</translation>
    </message>
    <message>
        <source>give either one folder or backup files, not both</source>
        <translation>укажите либо одну папку, либо файлы резервных копий, но не то и другое</translation>
    </message>
    <message>
        <source>this is not the name of an audio device</source>
        <translation>это не название звукового устройства</translation>
    </message>
</context>
<context>
    <name>ExportTableDialog</name>
    <message>
        <source>Export a spreadsheet</source>
        <translation>Экспорт в таблицу</translation>
    </message>
    <message>
        <source>The cases the list shows (its filters and search)</source>
        <translation>Дела, которые показывает список (его фильтры и поиск)</translation>
    </message>
    <message numerus="yes">
        <source>Only the %n selected case(s)</source>
        <translation>
            <numerusform>Только выбранные дела: %n</numerusform>
            <numerusform>Только выбранные дела: %n</numerusform>
            <numerusform>Только выбранные дела: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Also acts, witnesses and interventions (one sheet each)</source>
        <translation>Также события, свидетели и обращения (по листу на каждое)</translation>
    </message>
    <message>
        <source>Include witnesses' contact details</source>
        <translation>Включить контакты свидетелей</translation>
    </message>
    <message>
        <source>The spreadsheet is NOT encrypted: keep it on encrypted storage and delete it when it is no longer needed.</source>
        <translation>Таблица НЕ зашифрована: храните её на зашифрованном носителе и удалите, когда она больше не нужна.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспортировать…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>Таблицы (*.xlsx *.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) exported to %1.</source>
        <translation>
            <numerusform>Экспортировано дел: %n, в %1.</numerusform>
            <numerusform>Экспортировано дел: %n, в %1.</numerusform>
            <numerusform>Экспортировано дел: %n, в %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExternalRefsEditor</name>
    <message>
        <source>Add a reference</source>
        <translation>Добавить номер</translation>
    </message>
    <message>
        <source>Number or reference in that register</source>
        <translation>Номер или ссылка в этом реестре</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
</context>
<context>
    <name>FilesPage</name>
    <message>
        <source>Drop photos and scanned documents here</source>
        <translation>Перетащите сюда фотографии и сканы документов</translation>
    </message>
    <message>
        <source>Choose files…</source>
        <translation>Выбрать файлы…</translation>
    </message>
    <message>
        <source>The first picture is the missing person's photo</source>
        <translation>Первая картинка — фотография пропавшего</translation>
    </message>
    <message>
        <source>Files are stored in the vault as soon as they are added.</source>
        <translation>Файлы сохраняются в хранилище сразу при добавлении.</translation>
    </message>
    <message>
        <source>Photos and documents</source>
        <translation>Фото и документы</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Прикрепить файлы</translation>
    </message>
</context>
<context>
    <name>HappenedPage</name>
    <message>
        <source>Taken by police</source>
        <translation>Забрала полиция</translation>
    </message>
    <message>
        <source>Sent to a camp</source>
        <translation>Отправлен в лагерь</translation>
    </message>
    <message>
        <source>Sentenced</source>
        <translation>Осуждён</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Переведён</translation>
    </message>
    <message>
        <source>Passport confiscated</source>
        <translation>Паспорт изъят</translation>
    </message>
    <message>
        <source>Contact lost</source>
        <translation>Связь потеряна</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Освобождён</translation>
    </message>
    <message>
        <source>Died</source>
        <translation>Умер</translation>
    </message>
    <message>
        <source>e.g. county police, state security</source>
        <translation>напр. уездная полиция, госбезопасность</translation>
    </message>
    <message>
        <source>e.g. the family was threatened; no lawyer would take it</source>
        <translation>напр. семье угрожали; ни один адвокат не взялся</translation>
    </message>
    <message>
        <source>Disappeared or last seen on:</source>
        <translation>Пропал или последний раз видели:</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation>Где:</translation>
    </message>
    <message>
        <source>Believed responsible:</source>
        <translation>Предполагаемые виновные:</translation>
    </message>
    <message>
        <source>Why no complaint was possible (if so):</source>
        <translation>Почему нельзя было пожаловаться (если так):</translation>
    </message>
    <message>
        <source>Add what happened</source>
        <translation>Добавить, что произошло</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Когда:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Место:</translation>
    </message>
    <message>
        <source>Facility:</source>
        <translation>Учреждение:</translation>
    </message>
    <message>
        <source>Who:</source>
        <translation>Кто:</translation>
    </message>
    <message>
        <source>Reason they were told:</source>
        <translation>Причина, которую назвали:</translation>
    </message>
    <message>
        <source>Reason the family believes:</source>
        <translation>Причина по мнению семьи:</translation>
    </message>
    <message>
        <source>Sentence:</source>
        <translation>Приговор:</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
</context>
<context>
    <name>HistorySection</name>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Поля</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>this computer's user</source>
        <translation>пользователь этого компьютера</translation>
    </message>
    <message>
        <source>restored from a backup</source>
        <translation>восстановлено из копии</translation>
    </message>
</context>
<context>
    <name>IdDocumentsEditor</name>
    <message>
        <source>Add an ID document</source>
        <translation>Добавить документ</translation>
    </message>
    <message>
        <source>PRC resident ID</source>
        <translation>Удостоверение личности КНР</translation>
    </message>
    <message>
        <source>Kazakh IIN</source>
        <translation>ИИН Казахстана</translation>
    </message>
    <message>
        <source>PRC passport</source>
        <translation>Паспорт КНР</translation>
    </message>
    <message>
        <source>Kazakh passport</source>
        <translation>Паспорт Казахстана</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>confiscated</source>
        <translation>изъят</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
</context>
<context>
    <name>IdHints</name>
    <message>
        <source>Fill empty fields</source>
        <translation>Заполнить пустые поля</translation>
    </message>
    <message>
        <source>PRC resident ID</source>
        <translation>Удостоверение жителя КНР</translation>
    </message>
    <message>
        <source>Kazakhstan IIN</source>
        <translation>ИИН Казахстана</translation>
    </message>
    <message>
        <source>male</source>
        <translation>мужской</translation>
    </message>
    <message>
        <source>female</source>
        <translation>женский</translation>
    </message>
    <message>
        <source>%1: born %2, %3</source>
        <translation>%1: родился(-ась) %2, пол %3</translation>
    </message>
    <message>
        <source>registered in %1</source>
        <translation>зарегистрирован(а): %1</translation>
    </message>
    <message>
        <source>(code in use %1)</source>
        <translation>(код действует %1)</translation>
    </message>
    <message>
        <source>old 15-digit number, 18-digit form %1</source>
        <translation>старый 15-значный номер, 18-значная форма %1</translation>
    </message>
    <message>
        <source>The recorded birth date %1 differs from the number's %2.</source>
        <translation>Записанная дата рождения %1 не совпадает с датой в номере: %2.</translation>
    </message>
    <message>
        <source>The recorded sex differs from the number's (%1).</source>
        <translation>Записанный пол не совпадает с полом в номере (%1).</translation>
    </message>
</context>
<context>
    <name>ImportTableDialog</name>
    <message>
        <source>Import a spreadsheet</source>
        <translation>Импорт из таблицы</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>Файл не выбран.</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Выбрать файл…</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Определить</translation>
    </message>
    <message>
        <source>Name of this mapping</source>
        <translation>Имя этого сопоставления</translation>
    </message>
    <message>
        <source>Save the mapping</source>
        <translation>Сохранить сопоставление</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Кодировка:</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>Лист:</translation>
    </message>
    <message>
        <source>Saved mappings:</source>
        <translation>Сохранённые сопоставления:</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Первые значения</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Why it cannot be imported</source>
        <translation>Почему нельзя импортировать</translation>
    </message>
    <message>
        <source>Import the good rows and leave out the others</source>
        <translation>Импортировать правильные строки, остальные пропустить</translation>
    </message>
    <message>
        <source>Possible duplicates: import them</source>
        <translation>Возможные дубликаты: импортировать</translation>
    </message>
    <message>
        <source>Possible duplicates: leave them out</source>
        <translation>Возможные дубликаты: пропустить</translation>
    </message>
    <message>
        <source>Possible duplicates: import and mark them</source>
        <translation>Возможные дубликаты: импортировать с пометкой</translation>
    </message>
    <message>
        <source>Check every row</source>
        <translation>Проверить все строки</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.txt *.tsv)</source>
        <translation>Таблицы (*.csv *.xlsx *.txt *.tsv)</translation>
    </message>
    <message>
        <source>(the whole file)</source>
        <translation>(весь файл)</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(не импортируется)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) in the sheet; check them before importing.</source>
        <translation>
            <numerusform>Строк в листе: %n; проверьте их перед импортом.</numerusform>
            <numerusform>Строк в листе: %n; проверьте их перед импортом.</numerusform>
            <numerusform>Строк в листе: %n; проверьте их перед импортом.</numerusform>
        </translation>
    </message>
    <message>
        <source>(guessed from the headers)</source>
        <translation>(по заголовкам столбцов)</translation>
    </message>
    <message>
        <source>Mapping “%1” saved in the vault.</source>
        <translation>Сопоставление «%1» сохранено в хранилище.</translation>
    </message>
    <message>
        <source>the row</source>
        <translation>строка целиком</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) can be imported.</source>
        <translation>
            <numerusform>Можно импортировать строк: %n.</numerusform>
            <numerusform>Можно импортировать строк: %n.</numerusform>
            <numerusform>Можно импортировать строк: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) cannot (listed above).</source>
        <translation>
            <numerusform>Нельзя: %n (список выше).</numerusform>
            <numerusform>Нельзя: %n (список выше).</numerusform>
            <numerusform>Нельзя: %n (список выше).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) name a person already in the vault.</source>
        <translation>
            <numerusform>Строк с человеком, который уже есть в хранилище: %n.</numerusform>
            <numerusform>Строк с человеком, который уже есть в хранилище: %n.</numerusform>
            <numerusform>Строк с человеком, который уже есть в хранилище: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) imported.</source>
        <translation>
            <numerusform>Импортировано дел: %n.</numerusform>
            <numerusform>Импортировано дел: %n.</numerusform>
            <numerusform>Импортировано дел: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InterventionsSection</name>
    <message>
        <source>Add an intervention</source>
        <translation>Добавить обращение</translation>
    </message>
    <message>
        <source>follow up %1</source>
        <translation>напомнить %1</translation>
    </message>
    <message>
        <source>Who acted:</source>
        <translation>Кто обращался:</translation>
    </message>
    <message>
        <source>Addressed to (kind):</source>
        <translation>Адресат (тип):</translation>
    </message>
    <message>
        <source>Addressed to:</source>
        <translation>Адресат:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Дата:</translation>
    </message>
    <message>
        <source>Reference number:</source>
        <translation>Исходящий номер:</translation>
    </message>
    <message>
        <source>Response:</source>
        <translation>Ответ:</translation>
    </message>
    <message>
        <source>Response date:</source>
        <translation>Дата ответа:</translation>
    </message>
    <message>
        <source>Next follow-up:</source>
        <translation>Следующее напоминание:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Заметки:</translation>
    </message>
</context>
<context>
    <name>InterviewFlow</name>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Next step (Ctrl+Enter)</source>
        <translation>Следующий шаг (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Tab or Enter: next field · Ctrl+Enter: next step</source>
        <translation>Tab или Enter: следующее поле · Ctrl+Enter: следующий шаг</translation>
    </message>
</context>
<context>
    <name>KeyboardHint</name>
    <message>
        <source>Keyboard: %1</source>
        <translation>Клавиатура: %1</translation>
    </message>
    <message>
        <source>Caps Lock is on</source>
        <translation>Включён Caps Lock</translation>
    </message>
</context>
<context>
    <name>LockWarning</name>
    <message>
        <source>Press any key or move the mouse to keep working.</source>
        <translation>Нажмите любую клавишу или пошевелите мышью, чтобы продолжить работу.</translation>
    </message>
    <message>
        <source>Keep working</source>
        <translation>Продолжить работу</translation>
    </message>
    <message numerus="yes">
        <source>The vault locks in %n s.</source>
        <translation>
            <numerusform>Хранилище заблокируется через %n секунду.</numerusform>
            <numerusform>Хранилище заблокируется через %n секунды.</numerusform>
            <numerusform>Хранилище заблокируется через %n секунд.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Delete case…</source>
        <translation>Удалить дело…</translation>
    </message>
    <message>
        <source>Open the case you want to delete first.</source>
        <translation>Сначала откройте дело, которое хотите удалить.</translation>
    </message>
    <message>
        <source>Delete case %1 with all its witnesses, testimonies and files? This cannot be undone.</source>
        <translation>Удалить дело %1 со всеми свидетелями, показаниями и файлами? Это нельзя отменить.</translation>
    </message>
    <message>
        <source>Delete case</source>
        <translation>Удаление дела</translation>
    </message>
    <message>
        <source>Case %1 deleted.</source>
        <translation>Дело %1 удалено.</translation>
    </message>
    <message>
        <source>Izdeu — %1</source>
        <translation>Izdeu — %1</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Новое дело</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>New testimony</source>
        <translation>Новое показание</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Заблокировать</translation>
    </message>
    <message>
        <source>Save, close the vault and lock</source>
        <translation>Сохранить, закрыть хранилище и заблокировать</translation>
    </message>
    <message>
        <source>Hide now</source>
        <translation>Скрыть сейчас</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Close case</source>
        <translation>Закрыть дело</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Главная</translation>
    </message>
    <message>
        <source>Hide everything at once behind a blank window</source>
        <translation>Сразу всё скрыть за пустым окном</translation>
    </message>
    <message>
        <source>Start an interview</source>
        <translation>Начать беседу</translation>
    </message>
    <message>
        <source>A new case, asked in the order people tell it</source>
        <translation>Новое дело, вопросы в том порядке, в каком люди рассказывают</translation>
    </message>
    <message>
        <source>Erase this vault now…</source>
        <translation>Стереть это хранилище сейчас…</translation>
    </message>
    <message>
        <source>Duress passphrase…</source>
        <translation>Пароль под принуждением…</translation>
    </message>
    <message>
        <source>Headquarters recovery…</source>
        <translation>Восстановление через штаб…</translation>
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
        <translation>Объединение с резервной копией</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Объединить</translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation>Добавлено: %1</translation>
    </message>
    <message>
        <source>Updated: %1</source>
        <translation>Обновлено: %1</translation>
    </message>
    <message>
        <source>Conflicts (losing values kept): %1</source>
        <translation>Конфликты (проигравшие значения сохранены): %1</translation>
    </message>
    <message>
        <source>Unchanged: %1</source>
        <translation>Без изменений: %1</translation>
    </message>
    <message>
        <source>Deleted: %1</source>
        <translation>Удалено: %1</translation>
    </message>
    <message>
        <source>Kept deleted: %1</source>
        <translation>Остались удалёнными: %1</translation>
    </message>
    <message>
        <source>Deletions refused (that device never held those records): %1</source>
        <translation>Отклонено удалений (у этого устройства таких записей никогда не было): %1</translation>
    </message>
    <message>
        <source>Records refused (that device never held the records here, or they are dated after the backup): %1</source>
        <translation>Отклонено записей (у этого устройства здешних записей никогда не было, или они датированы позже резервной копии): %1</translation>
    </message>
    <message>
        <source>Times after the backup was made, taken as its time: %1</source>
        <translation>Время позже создания резервной копии, принято за её время: %1</translation>
    </message>
    <message>
        <source>Nothing to change: everything in the backup is already here.</source>
        <translation>Менять нечего: всё из резервной копии уже здесь.</translation>
    </message>
    <message>
        <source>Review conflicts…</source>
        <translation>Рассмотреть конфликты…</translation>
    </message>
    <message>
        <source>Where a field was changed on both sides the newer value was kept; review the other values and choose.</source>
        <translation>Где поле изменено с обеих сторон, сохранено более новое значение; рассмотрите другие значения и выберите.</translation>
    </message>
    <message>
        <source>  … and %1 more</source>
        <translation>  … и ещё %1</translation>
    </message>
</context>
<context>
    <name>MissingPage</name>
    <message>
        <source>Names (one per script or spelling)</source>
        <translation>Имена (по одному на каждое письмо или написание)</translation>
    </message>
    <message>
        <source>ID documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>Sex:</source>
        <translation>Пол:</translation>
    </message>
    <message>
        <source>Born:</source>
        <translation>Дата рождения:</translation>
    </message>
    <message>
        <source>Ethnicity:</source>
        <translation>Национальность:</translation>
    </message>
    <message>
        <source>Citizenships:</source>
        <translation>Гражданство:</translation>
    </message>
    <message>
        <source>Hometown</source>
        <translation>Родина</translation>
    </message>
    <message>
        <source>Prefecture:</source>
        <translation>Округ:</translation>
    </message>
    <message>
        <source>County:</source>
        <translation>Уезд:</translation>
    </message>
    <message>
        <source>Township:</source>
        <translation>Волость:</translation>
    </message>
    <message>
        <source>Village:</source>
        <translation>Село:</translation>
    </message>
    <message>
        <source>Who is missing</source>
        <translation>Кто пропал</translation>
    </message>
    <message>
        <source>Father's name:</source>
        <translation>Имя отца:</translation>
    </message>
    <message>
        <source>Mother's name:</source>
        <translation>Имя матери:</translation>
    </message>
</context>
<context>
    <name>NamesEditor</name>
    <message>
        <source>Add a name</source>
        <translation>Добавить имя</translation>
    </message>
    <message>
        <source>Name as written in this script</source>
        <translation>Имя, как пишется этим письмом</translation>
    </message>
    <message>
        <source>“%1” looks like %2, not %3.</source>
        <translation>«%1» похоже на %2, а не %3.</translation>
    </message>
</context>
<context>
    <name>OpenDialog</name>
    <message>
        <source>Done.</source>
        <translation>Готово.</translation>
    </message>
    <message>
        <source>The backup's device is not trusted yet; nothing was changed.</source>
        <translation>Устройству, сделавшему эту копию, ещё не доверяют; ничего не изменено.</translation>
    </message>
    <message>
        <source>Not trusted; nothing was changed.</source>
        <translation>Не доверено; ничего не изменено.</translation>
    </message>
    <message>
        <source>Signed by device %1, which is not trusted: accepted because the backup's passphrase opened it.</source>
        <translation>Подписано устройством %1, которому не доверяют: принято, потому что копию открыла её парольная фраза.</translation>
    </message>
    <message>
        <source>Signed by device %1, trusted from now on.</source>
        <translation>Подписано устройством %1; теперь ему доверяют.</translation>
    </message>
    <message>
        <source>Signed by trusted device %1.</source>
        <translation>Подписано доверенным устройством %1.</translation>
    </message>
    <message>
        <source>Progress:</source>
        <translation>Ход работы:</translation>
    </message>
    <message>
        <source>%1 records and %2 files, made %3.</source>
        <translation>Записей: %1, файлов: %2, создана %3.</translation>
    </message>
</context>
<context>
    <name>OpenForm</name>
    <message>
        <source>none: the backup has a passphrase</source>
        <translation>нет: у резервной копии парольная фраза</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Файл резервной копии</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Файл ключа</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Choose the backup file.</source>
        <translation>Выберите файл резервной копии.</translation>
    </message>
    <message>
        <source>Backup file:</source>
        <translation>Файл копии:</translation>
    </message>
    <message>
        <source>Key file:</source>
        <translation>Файл ключа:</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Парольная фраза:</translation>
    </message>
    <message>
        <source>The key file's passphrase, or the backup's own if it has one.</source>
        <translation>Парольная фраза файла ключа или самой копии, если она у неё есть.</translation>
    </message>
    <message>
        <source>Izdeu backups (*.izbackup);;All files (*)</source>
        <translation>Копии Izdeu (*.izbackup);;Все файлы (*)</translation>
    </message>
    <message>
        <source>a backup; a full backup and its increments; or a folder</source>
        <translation>одна копия; полная копия и её приращения; или папка</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>Папка…</translation>
    </message>
    <message>
        <source>Backup files or folder:</source>
        <translation>Файлы копий или папка:</translation>
    </message>
    <message>
        <source>Backup files</source>
        <translation>Файлы резервных копий</translation>
    </message>
    <message>
        <source>Folder of backups</source>
        <translation>Папка с резервными копиями</translation>
    </message>
</context>
<context>
    <name>PersonSection</name>
    <message>
        <source>Names (one per script or spelling)</source>
        <translation>Имена (по одному на каждое письмо или написание)</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Нет фото</translation>
    </message>
    <message>
        <source>Choose photo…</source>
        <translation>Выбрать фото…</translation>
    </message>
    <message>
        <source>Current status:</source>
        <translation>Текущий статус:</translation>
    </message>
    <message>
        <source>Sex:</source>
        <translation>Пол:</translation>
    </message>
    <message>
        <source>Born:</source>
        <translation>Дата рождения:</translation>
    </message>
    <message>
        <source>Ethnicity:</source>
        <translation>Национальность:</translation>
    </message>
    <message>
        <source>Citizenships:</source>
        <translation>Гражданство:</translation>
    </message>
    <message>
        <source>Occupation:</source>
        <translation>Род занятий:</translation>
    </message>
    <message>
        <source>Residence in Kazakhstan:</source>
        <translation>Место жительства в Казахстане:</translation>
    </message>
    <message>
        <source>Hometown</source>
        <translation>Родина</translation>
    </message>
    <message>
        <source>Prefecture:</source>
        <translation>Округ:</translation>
    </message>
    <message>
        <source>County:</source>
        <translation>Уезд:</translation>
    </message>
    <message>
        <source>Township:</source>
        <translation>Волость:</translation>
    </message>
    <message>
        <source>Village:</source>
        <translation>Село:</translation>
    </message>
    <message>
        <source>ID documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>Health:</source>
        <translation>Здоровье:</translation>
    </message>
    <message>
        <source>Physical description:</source>
        <translation>Внешность:</translation>
    </message>
    <message>
        <source>Father's name:</source>
        <translation>Имя отца:</translation>
    </message>
    <message>
        <source>Mother's name:</source>
        <translation>Имя матери:</translation>
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
        <translation>Izdeu скрыт</translation>
    </message>
    <message>
        <source>Click or press a key to show the work again. After the lock time, the passphrase is asked for.</source>
        <translation>Щёлкните или нажмите клавишу, чтобы снова показать работу. По истечении времени блокировки будет запрошена парольная фраза.</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Чтение</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Выполняется…</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Выполняется</translation>
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
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Move earlier</source>
        <translation>Переместить раньше</translation>
    </message>
    <message>
        <source>Move later</source>
        <translation>Переместить позже</translation>
    </message>
    <message>
        <source>Remove the selected entry? This cannot be undone.</source>
        <translation>Удалить выбранную запись? Это нельзя отменить.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Headquarters recovery</source>
        <translation>Восстановление через штаб</translation>
    </message>
    <message>
        <source>If you forget the passphrase, headquarters can let you set a new one. When this is on, a small file beside the vault holds the vault's key, encrypted to your organisation's backup keys: only headquarters, with its private key, can open it. Someone who takes only this laptop gains nothing from it. But whoever holds both the laptop and headquarters' key can open the vault without you.</source>
        <translation>Если вы забудете парольную фразу, штаб сможет дать вам задать новую. Когда это включено, небольшой файл рядом с хранилищем содержит ключ хранилища, зашифрованный на ключи резервного копирования организации: открыть его может только штаб своим закрытым ключом. Тому, кто заберёт только этот ноутбук, он ничего не даёт. Но тот, у кого есть и ноутбук, и ключ штаба, может открыть хранилище без вас.</translation>
    </message>
    <message>
        <source>The vault's passphrase</source>
        <translation>Пароль хранилища</translation>
    </message>
    <message>
        <source>Turn on</source>
        <translation>Включить</translation>
    </message>
    <message>
        <source>Turn off</source>
        <translation>Выключить</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Headquarters recovery is on.</source>
        <translation>Восстановление через штаб включено.</translation>
    </message>
    <message>
        <source>Headquarters recovery is off.</source>
        <translation>Восстановление через штаб выключено.</translation>
    </message>
</context>
<context>
    <name>RedactionDialog</name>
    <message>
        <source>Hide regions in dossiers</source>
        <translation>Скрыть области в досье</translation>
    </message>
    <message>
        <source>Remove region</source>
        <translation>Удалить область</translation>
    </message>
    <message>
        <source>UN Working Group (WGEID)</source>
        <translation>Рабочая группа ООН (РГННИ)</translation>
    </message>
    <message>
        <source>Ministry</source>
        <translation>Министерство</translation>
    </message>
    <message>
        <source>NGO / public</source>
        <translation>НПО / публично</translation>
    </message>
    <message>
        <source>Drag over the picture to mark what dossiers must not show. The marked pixels are replaced in the dossier's copy; the file in the vault is not changed.</source>
        <translation>Проведите мышью по изображению, чтобы отметить то, что досье не должно показывать. Отмеченные пиксели заменяются в копии для досье; файл в хранилище не меняется.</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Области</translation>
    </message>
    <message>
        <source>Hidden in dossiers for:</source>
        <translation>Скрыто в досье для:</translation>
    </message>
    <message>
        <source>%1: at %2 %, %3 %; %4 % × %5 %</source>
        <translation>%1: от %2 %, %3 %; %4 % × %5 %</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <source>Choose a name for the new vault.</source>
        <translation>Выберите имя для нового хранилища.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Парольные фразы не совпадают.</translation>
    </message>
    <message>
        <source>Restored into %1.</source>
        <translation>Восстановлено в %1.</translation>
    </message>
    <message>
        <source>New vault file:</source>
        <translation>Файл нового хранилища:</translation>
    </message>
    <message>
        <source>New vault passphrase:</source>
        <translation>Парольная фраза нового хранилища:</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation>Повторите её:</translation>
    </message>
    <message>
        <source>Open it</source>
        <translation>Открыть его</translation>
    </message>
</context>
<context>
    <name>RevealButton</name>
    <message>
        <source>Hide</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <source>Hide the passphrase</source>
        <translation>Скрыть парольную фразу</translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation>Показать парольную фразу</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>What the UN Working Group needs</source>
        <translation>Что нужно Рабочей группе ООН</translation>
    </message>
    <message>
        <source>Fill in</source>
        <translation>Заполнить</translation>
    </message>
    <message>
        <source>Another missing relative told by the same person</source>
        <translation>Ещё один пропавший родственник со слов того же человека</translation>
    </message>
    <message>
        <source>Finish the interview</source>
        <translation>Закончить беседу</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>Events: %1, testimonies: %2, files: %3.</source>
        <translation>События: %1, показания: %2, файлы: %3.</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Всё заполнено</translation>
    </message>
    <message>
        <source>%1 of 6 missing</source>
        <translation>не хватает %1 из 6</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation>Язык интерфейса:</translation>
    </message>
    <message>
        <source>Lock after idle time:</source>
        <translation>Блокировать после бездействия:</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Общие</translation>
    </message>
    <message>
        <source>Locking</source>
        <translation>Блокировка</translation>
    </message>
    <message>
        <source>Interviews and dossiers</source>
        <translation>Интервью и досье</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <source>This vault is stored in:</source>
        <translation>Это хранилище находится в:</translation>
    </message>
    <message>
        <source>Warn before locking:</source>
        <translation>Предупреждать до блокировки:</translation>
    </message>
    <message>
        <source>Hide now (F12) covers the work at once and keeps the vault open: one key shows it again, until the lock time has passed.</source>
        <translation>«Скрыть сейчас» (F12) сразу закрывает работу, оставляя хранилище открытым: одна клавиша снова показывает её, пока не истекло время блокировки.</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>не задан</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Interviewer:</source>
        <translation>Интервьюер:</translation>
    </message>
    <message>
        <source>Usual interview language:</source>
        <translation>Обычный язык интервью:</translation>
    </message>
    <message>
        <source>An interview adds to the idle time:</source>
        <translation>Интервью продлевает время бездействия на:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Организация:</translation>
    </message>
    <message>
        <source>The organisation is named in every dossier as the one submitting the case (element f of the UN Working Group). These are kept inside the vault.</source>
        <translation>Организация указывается в каждом досье как подающая дело (элемент f для Рабочей группы ООН). Эти данные хранятся внутри хранилища.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>Remind me when the last backup is older than:</source>
        <translation>Напоминать, если последней копии больше:</translation>
    </message>
    <message>
        <source>Backups kept in the folder:</source>
        <translation>Сколько копий хранить в папке:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>no warning</source>
        <translation>без предупреждения</translation>
    </message>
    <message>
        <source>Lock when the computer sleeps or the lid is closed</source>
        <translation>Блокировать, когда компьютер засыпает или закрывается крышка</translation>
    </message>
    <message>
        <source>Lock when the screen locks or the user is switched</source>
        <translation>Блокировать, когда блокируется экран или сменяется пользователь</translation>
    </message>
    <message>
        <source>Duress passphrase…</source>
        <translation>Пароль под принуждением…</translation>
    </message>
    <message>
        <source>Headquarters recovery…</source>
        <translation>Восстановление через штаб…</translation>
    </message>
    <message>
        <source>This vault:</source>
        <translation>Это хранилище:</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Светлая</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Тёмная</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Тема:</translation>
    </message>
    <message>
        <source>Larger text:</source>
        <translation>Крупнее текст:</translation>
    </message>
    <message>
        <source>This computer's settings file holds only the interface language, theme and text size, the lock settings and the paths of recent vaults. Names are kept inside the vault.</source>
        <translation>Файл настроек этого компьютера хранит только язык интерфейса, тему и размер текста, настройки блокировки и пути недавних хранилищ. Имена хранятся внутри хранилища.</translation>
    </message>
    <message>
        <source>A full backup after this many increments:</source>
        <translation>Полная копия после стольких приращений:</translation>
    </message>
    <message>
        <source>… or when the last full backup is older than:</source>
        <translation>… или когда последней полной копии больше:</translation>
    </message>
    <message>
        <source>A backup to a folder that holds this vault's recent full backup is an increment: only what changed since the last backup there. Restoring needs the full backup and all its increments; the oldest backups are removed only when no kept increment needs them.</source>
        <translation>Копия в папку, где есть недавняя полная копия этого хранилища, делается приращением: только то, что изменилось с последней копии там. Для восстановления нужны полная копия и все её приращения; старые копии удаляются, только когда они не нужны ни одному сохранённому приращению.</translation>
    </message>
</context>
<context>
    <name>SettingsFlow</name>
    <message>
        <source>Settings saved.</source>
        <translation>Настройки сохранены.</translation>
    </message>
</context>
<context>
    <name>SharesDialog</name>
    <message>
        <source>Split the organisation key</source>
        <translation>Разделение ключа организации</translation>
    </message>
    <message>
        <source>Give each trustee one printed share. Any K of the N shares rebuild the organisation key (izdeu recover-key); fewer reveal nothing of it. The shares are written beside the key file: print them, then delete the files.</source>
        <translation>Дайте каждому доверенному лицу одну напечатанную долю. Любые K из N долей восстанавливают ключ организации (izdeu recover-key); меньшее число ничего о нём не раскрывает. Доли записываются рядом с файлом ключа: напечатайте их, затем удалите файлы.</translation>
    </message>
    <message>
        <source>No key file chosen.</source>
        <translation>Файл ключа не выбран.</translation>
    </message>
    <message>
        <source>Choose the key file…</source>
        <translation>Выбрать файл ключа…</translation>
    </message>
    <message>
        <source>Key file passphrase:</source>
        <translation>Пароль файла ключа:</translation>
    </message>
    <message>
        <source>Shares (N):</source>
        <translation>Долей (N):</translation>
    </message>
    <message>
        <source>Needed to rebuild (K):</source>
        <translation>Нужно для восстановления (K):</translation>
    </message>
    <message>
        <source>Make the shares</source>
        <translation>Создать доли</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Organisation key file</source>
        <translation>Файл ключа организации</translation>
    </message>
    <message>
        <source>Choose the key file first.</source>
        <translation>Сначала выберите файл ключа.</translation>
    </message>
    <message>
        <source>%1 shares written beside the key file.</source>
        <translation>Рядом с файлом ключа записано долей: %1.</translation>
    </message>
</context>
<context>
    <name>SigningRow</name>
    <message>
        <source>Sign as the organisation</source>
        <translation>Подписать от имени организации</translation>
    </message>
    <message>
        <source>Export certificate…</source>
        <translation>Экспорт сертификата…</translation>
    </message>
    <message>
        <source>%1 · certificate SHA-256 %2</source>
        <translation>%1 · SHA-256 сертификата %2</translation>
    </message>
    <message>
        <source>Export the signing certificate</source>
        <translation>Экспорт сертификата подписи</translation>
    </message>
    <message>
        <source>PEM (*.pem)</source>
        <translation>PEM (*.pem)</translation>
    </message>
    <message>
        <source>Make a signing identity</source>
        <translation>Создать ключ подписи</translation>
    </message>
    <message>
        <source>No signing identity in this vault yet.</source>
        <translation>В этом хранилище ещё нет ключа подписи.</translation>
    </message>
    <message>
        <source>Enter the organisation's name in Settings first: the certificate carries it.</source>
        <translation>Сначала укажите название организации в настройках: оно записывается в сертификат.</translation>
    </message>
    <message>
        <source>Import a PKCS#12 file…</source>
        <translation>Импортировать файл PKCS#12…</translation>
    </message>
    <message>
        <source>Replace the signing identity?</source>
        <translation>Заменить ключ подписи?</translation>
    </message>
    <message>
        <source>This vault already has a signing identity (%1). Import another one in its place? Dossiers signed with the old one stay valid.</source>
        <translation>В этом хранилище уже есть ключ подписи (%1). Импортировать другой вместо него? Досье, подписанные старым, остаются действительными.</translation>
    </message>
    <message>
        <source>The organisation's PKCS#12 file</source>
        <translation>Файл PKCS#12 организации</translation>
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
        <translation>Самое чувствительное поле: только необходимое</translation>
    </message>
    <message>
        <source>You, or your organisation (UN WGEID element f)</source>
        <translation>Вы или ваша организация (элемент f РГННИ ООН)</translation>
    </message>
    <message>
        <source>UN WGEID only, initials</source>
        <translation>Только РГННИ ООН, инициалы</translation>
    </message>
    <message>
        <source>Store only, anonymous</source>
        <translation>Только хранить, анонимно</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Своё</translation>
    </message>
    <message>
        <source>Who may receive it, and how the witness is named</source>
        <translation>Кто может это получить и как назван свидетель</translation>
    </message>
    <message>
        <source>Witness name:</source>
        <translation>Имя свидетеля:</translation>
    </message>
    <message>
        <source>Relation to the missing person:</source>
        <translation>Кем приходится пропавшему:</translation>
    </message>
    <message>
        <source>Language of the interview:</source>
        <translation>Язык беседы:</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Контакт:</translation>
    </message>
    <message>
        <source>Interviewer:</source>
        <translation>Интервьюер:</translation>
    </message>
    <message>
        <source>Consent:</source>
        <translation>Согласие:</translation>
    </message>
    <message>
        <source>Read aloud:</source>
        <translation>Прочитать вслух:</translation>
    </message>
    <message>
        <source>Consent given how:</source>
        <translation>Как дано согласие:</translation>
    </message>
    <message>
        <source>Consent date:</source>
        <translation>Дата согласия:</translation>
    </message>
    <message>
        <source>Who is speaking</source>
        <translation>Кто рассказывает</translation>
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
        <translation>Вычисление ключа и открытие хранилища…</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Восстановить из резервной копии…</translation>
    </message>
    <message>
        <source>Welcome to Izdeu</source>
        <translation>Добро пожаловать в Izdeu</translation>
    </message>
    <message>
        <source>Izdeu keeps the cases of disappeared people in one encrypted file on this computer. Nothing is sent anywhere. Without the passphrase nobody can read it — and nobody can recover it for you, so keep the passphrase safe.</source>
        <translation>Izdeu хранит дела пропавших людей в одном зашифрованном файле на этом компьютере. Ничего никуда не отправляется. Без парольной фразы никто не сможет его прочитать — и никто не сможет восстановить её для вас, поэтому храните парольную фразу надёжно.</translation>
    </message>
    <message>
        <source>Create a new vault…</source>
        <translation>Создать новое хранилище…</translation>
    </message>
    <message>
        <source>Open the demo vault (fictional cases)</source>
        <translation>Открыть демо-хранилище (вымышленные дела)</translation>
    </message>
    <message>
        <source>Open an existing vault file…</source>
        <translation>Открыть существующий файл хранилища…</translation>
    </message>
    <message>
        <source>The demo vault holds invented cases for practice. Its passphrase is public: %1</source>
        <translation>Демо-хранилище содержит вымышленные дела для практики. Его парольная фраза общедоступна: %1</translation>
    </message>
    <message>
        <source>Unlock the vault</source>
        <translation>Разблокировать хранилище</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Парольная фраза:</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Разблокировать</translation>
    </message>
    <message>
        <source>Open another vault…</source>
        <translation>Открыть другое хранилище…</translation>
    </message>
    <message>
        <source>Demo vault</source>
        <translation>Демо-хранилище</translation>
    </message>
    <message>
        <source>Vault: %1</source>
        <translation>Хранилище: %1</translation>
    </message>
    <message>
        <source>Open a vault</source>
        <translation>Открыть хранилище</translation>
    </message>
    <message>
        <source>Type the passphrase.</source>
        <translation>Введите парольную фразу.</translation>
    </message>
    <message>
        <source>Choose where to store the vault.</source>
        <translation>Выберите, где хранить хранилище.</translation>
    </message>
    <message>
        <source>A file with that name already exists; choose another name.</source>
        <translation>Файл с таким именем уже существует; выберите другое имя.</translation>
    </message>
    <message>
        <source>The demo vault needs no passphrase: press Unlock.</source>
        <translation>Для демо-хранилища парольная фраза не нужна: нажмите «Разблокировать».</translation>
    </message>
    <message>
        <source>Recent vaults:</source>
        <translation>Недавние хранилища:</translation>
    </message>
    <message>
        <source>Izdeu vault (*.izdeu);;All files (*)</source>
        <translation>Хранилище Izdeu (*.izdeu);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Erase this vault…</source>
        <translation>Стереть это хранилище…</translation>
    </message>
</context>
<context>
    <name>StatisticsTab</name>
    <message>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Все годы</translation>
    </message>
    <message>
        <source>Any hometown</source>
        <translation>Любое место</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>Пора напомнить</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Подсчитать</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Экспорт CSV…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Экспорт PDF…</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Год:</translation>
    </message>
    <message>
        <source>Hometown:</source>
        <translation>Родные места:</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) counted</source>
        <translation>
            <numerusform>Подсчитано дел: %n</numerusform>
            <numerusform>Подсчитано дел: %n</numerusform>
            <numerusform>Подсчитано дел: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the statistics</source>
        <translation>Экспорт статистики</translation>
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
        <translation>Записано: %1</translation>
    </message>
</context>
<context>
    <name>Strength</name>
    <message>
        <source>the passphrase must have at least 10 characters</source>
        <translation>парольная фраза должна содержать не менее 10 символов</translation>
    </message>
    <message>
        <source>the passphrase repeats too few different characters</source>
        <translation>в парольной фразе слишком мало разных символов</translation>
    </message>
    <message>
        <source>the passphrase must not start or end with a space</source>
        <translation>парольная фраза не должна начинаться или заканчиваться пробелом</translation>
    </message>
    <message>
        <source>this passphrase is too common</source>
        <translation>эта парольная фраза слишком распространена</translation>
    </message>
    <message>
        <source>weak: make it longer</source>
        <translation>слабая: сделайте её длиннее</translation>
    </message>
    <message>
        <source>fair: a few more words help</source>
        <translation>средняя: добавьте ещё несколько слов</translation>
    </message>
    <message>
        <source>good</source>
        <translation>хорошая</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>надёжная</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Type a passphrase.</source>
        <translation>Введите парольную фразу.</translation>
    </message>
</context>
<context>
    <name>TableActions</name>
    <message>
        <source>Import a spreadsheet…</source>
        <translation>Импорт из таблицы…</translation>
    </message>
    <message>
        <source>Export a spreadsheet…</source>
        <translation>Экспорт в таблицу…</translation>
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
        <translation>Новое показание</translation>
    </message>
    <message>
        <source>testimony</source>
        <translation>показание</translation>
    </message>
    <message>
        <source>Witness:</source>
        <translation>Свидетель:</translation>
    </message>
    <message>
        <source>Interview date:</source>
        <translation>Дата беседы:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Место:</translation>
    </message>
    <message>
        <source>Interviewer:</source>
        <translation>Интервьюер:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <source>Interpreter:</source>
        <translation>Переводчик:</translation>
    </message>
    <message>
        <source>Supports which facts:</source>
        <translation>Подтверждает факты:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Заметки:</translation>
    </message>
    <message>
        <source>Files of this interview:</source>
        <translation>Файлы этой беседы:</translation>
    </message>
    <message>
        <source>Original (as told)</source>
        <translation>Оригинал (как рассказано)</translation>
    </message>
    <message>
        <source>Add a translation</source>
        <translation>Добавить перевод</translation>
    </message>
    <message>
        <source>Translations</source>
        <translation>Переводы</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(не указано)</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(без имени)</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Перевод</translation>
    </message>
</context>
<context>
    <name>TimelineSection</name>
    <message>
        <source>Add an event</source>
        <translation>Добавить событие</translation>
    </message>
    <message>
        <source>What happened:</source>
        <translation>Что произошло:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>С:</translation>
    </message>
    <message>
        <source>Until:</source>
        <translation>По:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Место:</translation>
    </message>
    <message>
        <source>Facility:</source>
        <translation>Учреждение:</translation>
    </message>
    <message>
        <source>Kind of facility:</source>
        <translation>Тип учреждения:</translation>
    </message>
    <message>
        <source>Facility location:</source>
        <translation>Расположение учреждения:</translation>
    </message>
    <message>
        <source>Coordinates:</source>
        <translation>Координаты:</translation>
    </message>
    <message>
        <source>Agency believed responsible:</source>
        <translation>Предположительно ответственный орган:</translation>
    </message>
    <message>
        <source>Official reason:</source>
        <translation>Официальная причина:</translation>
    </message>
    <message>
        <source>Reason the family believes:</source>
        <translation>Причина по мнению семьи:</translation>
    </message>
    <message>
        <source>Charge:</source>
        <translation>Обвинение:</translation>
    </message>
    <message>
        <source>Court:</source>
        <translation>Суд:</translation>
    </message>
    <message>
        <source>Sentence:</source>
        <translation>Приговор:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Заметки:</translation>
    </message>
</context>
<context>
    <name>Tools</name>
    <message>
        <source>Backup keys…</source>
        <translation>Ключи резервных копий…</translation>
    </message>
    <message>
        <source>Dossier…</source>
        <translation>Досье…</translation>
    </message>
    <message>
        <source>PDF dossier of the open or selected cases (Ctrl+P)</source>
        <translation>PDF-досье открытого или выбранных дел (Ctrl+P)</translation>
    </message>
    <message>
        <source>Back up…</source>
        <translation>Резервная копия…</translation>
    </message>
    <message>
        <source>Verify a backup…</source>
        <translation>Проверить резервную копию…</translation>
    </message>
    <message>
        <source>Merge a backup…</source>
        <translation>Объединить с резервной копией…</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <source>Open or select a case first.</source>
        <translation>Сначала откройте или выберите дело.</translation>
    </message>
    <message>
        <source>Restore a backup…</source>
        <translation>Восстановить из копии…</translation>
    </message>
    <message>
        <source>Review merge conflicts…</source>
        <translation>Конфликты объединения…</translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation>Сменить парольную фразу…</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>Хранилище</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Возможные дубликаты</translation>
    </message>
    <message>
        <source>Cases that may record the same person, in any script or spelling</source>
        <translation>Дела, которые могут описывать одного человека, в любом письме и написании</translation>
    </message>
</context>
<context>
    <name>TrustPrompt</name>
    <message>
        <source>Trust this device?</source>
        <translation>Доверять этому устройству?</translation>
    </message>
    <message>
        <source>This backup was signed by a device this vault does not trust yet. Anyone with the organisation's public key can make a backup, so use it only if the fingerprint below is the one shown on that device (in its Backup keys window).</source>
        <translation>Эта резервная копия подписана устройством, которому это хранилище ещё не доверяет. Резервную копию может сделать любой, у кого есть открытый ключ организации, поэтому используйте её, только если отпечаток ниже совпадает с показанным на том устройстве (в его окне «Ключи резервных копий»).</translation>
    </message>
    <message>
        <source>The vault will remember this device and accept its backups from now on.</source>
        <translation>Хранилище запомнит это устройство и впредь будет принимать его резервные копии.</translation>
    </message>
    <message>
        <source>Trust and continue</source>
        <translation>Доверять и продолжить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Verify a backup</source>
        <translation>Проверка резервной копии</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <source>The backup is complete and intact.</source>
        <translation>Резервная копия полна и не повреждена.</translation>
    </message>
    <message numerus="yes">
        <source>The %n backups form one chain, complete and intact.</source>
        <translation>
            <numerusform>%n резервная копия образует одну цепочку, полную и неповреждённую.</numerusform>
            <numerusform>%n резервные копии образуют одну цепочку, полную и неповреждённую.</numerusform>
            <numerusform>%n резервных копий образуют одну цепочку, полную и неповреждённую.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WitnessesSection</name>
    <message>
        <source>Add a witness</source>
        <translation>Добавить свидетеля</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(без имени)</translation>
    </message>
    <message>
        <source>consent withdrawn</source>
        <translation>согласие отозвано</translation>
    </message>
    <message>
        <source>Most sensitive field: only what is needed</source>
        <translation>Самое чувствительное поле: только необходимое</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Имя:</translation>
    </message>
    <message>
        <source>Relation to the person:</source>
        <translation>Кем приходится:</translation>
    </message>
    <message>
        <source>How they know:</source>
        <translation>Откуда знает:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <source>Show contact details</source>
        <translation>Показать контакты</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Контакт:</translation>
    </message>
    <message>
        <source>Wishes to stay anonymous</source>
        <translation>Хочет остаться анонимным</translation>
    </message>
    <message>
        <source>Consent: who may receive the testimony, and how named</source>
        <translation>Согласие: кому можно передать показания и как назвать свидетеля</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Получатель</translation>
    </message>
    <message>
        <source>Identity shown</source>
        <translation>Как указан</translation>
    </message>
    <message>
        <source>Contact shown</source>
        <translation>Контакт виден</translation>
    </message>
    <message>
        <source>Consent given how:</source>
        <translation>Как дано согласие:</translation>
    </message>
    <message>
        <source>Consent date:</source>
        <translation>Дата согласия:</translation>
    </message>
    <message>
        <source>Consent withdrawn today</source>
        <translation>Согласие отозвано сегодня</translation>
    </message>
    <message>
        <source>Consent withdrawn on:</source>
        <translation>Согласие отозвано:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Заметки:</translation>
    </message>
    <message>
        <source>Hide contact details</source>
        <translation>Скрыть контакты</translation>
    </message>
    <message>
        <source>Record that this witness withdrew consent today? Dossiers will leave out what they said.</source>
        <translation>Отметить, что свидетель сегодня отозвал согласие? В досье не попадёт то, что он рассказал.</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Согласие отозвано</translation>
    </message>
    <message>
        <source>A witness of another case…</source>
        <translation>Свидетель из другого дела…</translation>
    </message>
    <message>
        <source>The same relative reports several people: enter them once</source>
        <translation>Один родственник сообщает о нескольких людях: введите его один раз</translation>
    </message>
</context>
<context>
    <name>WordsPage</name>
    <message>
        <source>Interview date:</source>
        <translation>Дата беседы:</translation>
    </message>
    <message>
        <source>Place of the interview:</source>
        <translation>Место беседы:</translation>
    </message>
    <message>
        <source>As told, in:</source>
        <translation>Как рассказано, на языке:</translation>
    </message>
    <message>
        <source>Translation into:</source>
        <translation>Перевод на:</translation>
    </message>
    <message>
        <source>In their words</source>
        <translation>Их словами</translation>
    </message>
</context>
<context>
    <name>_RowsEditor</name>
    <message>
        <source>Remove this row</source>
        <translation>Удалить эту строку</translation>
    </message>
</context>
<context>
    <name>_TranslationPane</name>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Translator</source>
        <translation>Переводчик</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Backup folder</source>
        <translation>Папка резервных копий</translation>
    </message>
</context>
<context>
    <name>CaseMergeDialog</name>
    <message>
        <source>Merge two cases of the same person</source>
        <translation>Объединить два дела одного человека</translation>
    </message>
    <message>
        <source>%1 is merged into %2: its names are added as other spellings, and every testimony, witness and file of both cases is kept. %1 is then hidden from the case list; splitting undoes the merge.</source>
        <translation>Дело %1 объединяется с делом %2: его имена добавляются как другие написания, все показания, свидетели и файлы обоих дел сохраняются. Затем %1 скрывается из списка дел; разделение отменяет объединение.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Comparing the two cases…</source>
        <translation>Сравнение двух дел…</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Объединить</translation>
    </message>
    <message>
        <source>Choose the value to keep where the two cases differ.</source>
        <translation>Выберите, какое значение оставить там, где дела расходятся.</translation>
    </message>
    <message>
        <source>The two cases do not contradict each other.</source>
        <translation>Два дела не противоречат друг другу.</translation>
    </message>
</context>
<context>
    <name>CasePicker</name>
    <message>
        <source>Search by name (any script) or case number</source>
        <translation>Поиск по имени (любым письмом) или номеру дела</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Link to another case</source>
        <translation>Связать с другим делом</translation>
    </message>
    <message>
        <source>This person is the</source>
        <translation>Этот человек —</translation>
    </message>
    <message>
        <source>Certainty</source>
        <translation>Достоверность</translation>
    </message>
    <message>
        <source>of the person in the case:</source>
        <translation>по отношению к человеку из дела:</translation>
    </message>
</context>
<context>
    <name>RelatedSection</name>
    <message>
        <source>This person is the</source>
        <translation>Этот человек —</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Имена</translation>
    </message>
    <message>
        <source>Certainty</source>
        <translation>Достоверность</translation>
    </message>
    <message>
        <source>Link a case…</source>
        <translation>Связать дело…</translation>
    </message>
    <message>
        <source>Remove link</source>
        <translation>Удалить связь</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Merge into this case…</source>
        <translation>Объединить с этим делом…</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Разделить</translation>
    </message>
    <message>
        <source>Family members reported in other cases, and cases of the same person. A link is saved at once and shown in both cases.</source>
        <translation>Члены семьи, о которых сообщено в других делах, и дела того же человека. Связь сохраняется сразу и видна в обоих делах.</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>объединено</translation>
    </message>
    <message>
        <source>(not in this vault)</source>
        <translation>(нет в этом хранилище)</translation>
    </message>
    <message>
        <source>Split the cases</source>
        <translation>Разделить дела</translation>
    </message>
    <message>
        <source>Undo the merge: the two cases are shown apart again, each with its own records.</source>
        <translation>Отменить объединение: два дела снова показываются отдельно, каждое со своими записями.</translation>
    </message>
</context>
<context>
    <name>WitnessPicker</name>
    <message>
        <source>A witness of another case</source>
        <translation>Свидетель из другого дела</translation>
    </message>
    <message>
        <source>The witness's name, in any script</source>
        <translation>Имя свидетеля, любым письмом</translation>
    </message>
    <message>
        <source>Their name, language and contact details are copied into this case. Their relation to this person and their consent are asked again: consent is given case by case.</source>
        <translation>Имя, язык и контакты свидетеля копируются в это дело. Кем он приходится этому человеку и его согласие спрашиваются заново: согласие даётся для каждого дела отдельно.</translation>
    </message>
</context>
<context>
    <name>CreatePage</name>
    <message>
        <source>Create a vault</source>
        <translation>Создание хранилища</translation>
    </message>
    <message>
        <source>Choose a long passphrase — several words are easier to remember than symbols. If it is lost, the cases cannot be recovered.</source>
        <translation>Выберите длинную парольную фразу — несколько слов запомнить легче, чем символы. Если она потеряна, дела восстановить невозможно.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>Stored in:</source>
        <translation>Где хранится:</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Парольная фраза:</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation>Повторите:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Надёжность:</translation>
    </message>
    <message>
        <source>Stronger key derivation (256 MiB; unlocking takes 1–2 seconds)</source>
        <translation>Более стойкое вычисление ключа (256 МиБ; разблокировка занимает 1–2 секунды)</translation>
    </message>
    <message>
        <source>Create the vault</source>
        <translation>Создать хранилище</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Izdeu vault (*.izdeu);;All files (*)</source>
        <translation>Хранилище Izdeu (*.izdeu);;Все файлы (*)</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Парольные фразы не совпадают.</translation>
    </message>
</context>
<context>
    <name>Pkcs12ImportDialog</name>
    <message>
        <source>Import a PKCS#12 file</source>
        <translation>Импорт файла PKCS#12</translation>
    </message>
    <message>
        <source>The organisation's key and certificate in this file will be kept inside this vault, protected by the vault's passphrase, and used to sign dossiers.</source>
        <translation>Ключ и сертификат организации из этого файла будут храниться внутри этого хранилища, под защитой его парольной фразы, и использоваться для подписи досье.</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <source>The file's password:</source>
        <translation>Пароль файла:</translation>
    </message>
    <message>
        <source>It replaces the signing identity kept in this vault; dossiers signed with it stay valid.</source>
        <translation>Он заменит ключ подписи, хранящийся в этом хранилище; досье, подписанные им, остаются действительными.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Start an interview</source>
        <translation>Начать беседу</translation>
    </message>
    <message>
        <source>or import a spreadsheet…</source>
        <translation>или импортировать таблицу…</translation>
    </message>
    <message>
        <source>No cases yet</source>
        <translation>Дел пока нет</translation>
    </message>
    <message>
        <source>Start an interview: Izdeu asks in the order people tell what happened.</source>
        <translation>Начните беседу: Izdeu задаёт вопросы в том порядке, в каком люди рассказывают о случившемся.</translation>
    </message>
    <message>
        <source>No case matches</source>
        <translation>Подходящих дел нет</translation>
    </message>
    <message>
        <source>Change the search words or the filters above.</source>
        <translation>Измените слова поиска или фильтры выше.</translation>
    </message>
</context>
<context>
    <name>VaultBadge</name>
    <message>
        <source>Demo vault: %1 · locked</source>
        <translation>Демо-хранилище: %1 · заблокировано</translation>
    </message>
    <message>
        <source>Demo vault: %1 · unlocked</source>
        <translation>Демо-хранилище: %1 · открыто</translation>
    </message>
    <message>
        <source>Vault: %1 · locked</source>
        <translation>Хранилище: %1 · заблокировано</translation>
    </message>
    <message>
        <source>Vault: %1 · unlocked</source>
        <translation>Хранилище: %1 · открыто</translation>
    </message>
    <message>
        <source>The vault is locked: nothing of it can be read until the passphrase is typed.</source>
        <translation>Хранилище заблокировано: ничего из него нельзя прочесть, пока не введена парольная фраза.</translation>
    </message>
    <message>
        <source>The vault is open on this computer. Lock it (Ctrl+L) when you step away.</source>
        <translation>Хранилище открыто на этом компьютере. Заблокируйте его (Ctrl+L), когда отходите.</translation>
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
        <translation>Записать видео</translation>
    </message>
    <message>
        <source>Camera:</source>
        <translation>Камера:</translation>
    </message>
    <message>
        <source>No camera is connected: record the testimony as audio.</source>
        <translation>Камера не подключена: запишите показания как аудио.</translation>
    </message>
    <message>
        <source>Izdeu may not use the camera: allow it in the system's privacy settings.</source>
        <translation>Izdeu не разрешено использовать камеру: разрешите это в настройках конфиденциальности системы.</translation>
    </message>
    <message>
        <source>The camera could not be started: it may be in use by another program.</source>
        <translation>Не удалось включить камеру: возможно, её использует другая программа.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Остановить</translation>
    </message>
    <message>
        <source>Saving the recording…</source>
        <translation>Сохранение записи…</translation>
    </message>
    <message>
        <source>The recording is saved in the vault.</source>
        <translation>Запись сохранена в хранилище.</translation>
    </message>
    <message>
        <source>The recording stopped: the video could not be encoded.</source>
        <translation>Запись остановлена: видео не удалось закодировать.</translation>
    </message>
        <message>
            <source>Turn the camera on</source>
            <translation>Включить камеру</translation>
        </message>
        <message>
            <source>Turn the camera off</source>
            <translation>Выключить камеру</translation>
        </message>
</context>
<context>
    <name>PlayerPanel</name>
    <message>
        <source>▶ Play</source>
        <translation>▶ Воспроизвести</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Позиция</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>Скорость воспроизведения</translation>
    </message>
    <message>
        <source>Insert time mark</source>
        <translation>Вставить отметку времени</translation>
    </message>
    <message>
        <source>Puts the position, as [mm:ss], at the cursor in the testimony</source>
        <translation>Вставляет позицию в виде [мм:сс] у курсора в тексте показаний</translation>
    </message>
    <message>
        <source>❚❚ Pause</source>
        <translation>❚❚ Пауза</translation>
    </message>
    <message>
        <source>This recording or file cannot be played.</source>
        <translation>Эту запись или файл невозможно воспроизвести.</translation>
    </message>
</context>
<context>
    <name>RecorderPanel</name>
    <message>
        <source>● Record</source>
        <translation>● Записать</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <source>■ Stop</source>
        <translation>■ Стоп</translation>
    </message>
    <message>
        <source>Input level</source>
        <translation>Уровень входа</translation>
    </message>
    <message>
        <source>Microphone:</source>
        <translation>Микрофон:</translation>
    </message>
    <message>
        <source>No microphone was found. Connect one and open this case again.</source>
        <translation>Микрофон не найден. Подключите его и откройте это дело снова.</translation>
    </message>
    <message>
        <source>The recording stopped: %1. The part already recorded is kept in the vault.</source>
        <translation>Запись остановлена: %1. Уже записанная часть сохранена в хранилище.</translation>
    </message>
    <message>
        <source>The part already recorded is kept in the vault.</source>
        <translation>Уже записанная часть сохранена в хранилище.</translation>
    </message>
    <message>
        <source>● Resume</source>
        <translation>● Продолжить</translation>
    </message>
    <message>
        <source>The microphone could not be opened: access to it was denied, or another program is using it.</source>
        <translation>Не удалось открыть микрофон: доступ к нему запрещён или его использует другая программа.</translation>
    </message>
    <message>
        <source>The microphone stopped sending sound.</source>
        <translation>Микрофон перестал передавать звук.</translation>
    </message>
    <message>
        <source>The sound system failed.</source>
        <translation>Сбой звуковой системы.</translation>
    </message>
    <message>
        <source>recording %1.ogg</source>
        <translation>запись %1.ogg</translation>
    </message>
</context>
<context>
    <name>TestimonyAudio</name>
    <message>
        <source>Recordings of this testimony</source>
        <translation>Записи этих показаний</translation>
    </message>
    <message>
        <source>being recorded</source>
        <translation>идёт запись</translation>
    </message>
</context>
</TS>
