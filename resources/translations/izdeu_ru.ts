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
        <source>This photo&apos;s metadata shows: %1. Dossiers leave it out; use “Export without metadata…” before giving the file to anyone.</source>
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
        <source>Use as the person&apos;s photo</source>
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
        <source>Encrypt to the organisation&apos;s keys</source>
        <translation>Зашифровать ключами организации</translation>
    </message>
    <message>
        <source>Encrypt with a passphrase</source>
        <translation>Зашифровать парольной фразой</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Папка</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Повторите</translation>
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
        <source>Backup written and verified: %1</source>
        <translation>Резервная копия записана и проверена: %1</translation>
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
        <source>Person&apos;s status</source>
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
        <source>%n testimony(ies) left out: the witness&apos;s consent does not cover this recipient or was withdrawn.</source>
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
        <source>the backup&apos;s signature does not match its contents; it was altered</source>
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
        <source>give the device&apos;s fingerprint (32 hex digits), its public key (base64), or a device key file</source>
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
        <source>give the new vault&apos;s file name with --vault NEW</source>
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
        <source>that key is not in the vault&apos;s list</source>
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
        <source>the backup is incomplete: an attachment&apos;s content is missing</source>
        <translation>резервная копия неполна: нет содержимого вложения</translation>
    </message>
    <message>
        <source>the folder for the new vault does not exist</source>
        <translation>папка для нового хранилища не существует</translation>
    </message>
    <message>
        <source>the backup&apos;s audit log does not verify</source>
        <translation>журнал аудита резервной копии не проходит проверку</translation>
    </message>
    <message>
        <source>the restored vault does not match the backup&apos;s counts</source>
        <translation>восстановленное хранилище не совпадает с числом записей в резервной копии</translation>
    </message>
    <message>
        <source>the new vault is on storage that cannot be written</source>
        <translation>новое хранилище на носителе, на который нельзя записывать</translation>
    </message>
    <message>
        <source>the vault&apos;s list of backup keys is damaged</source>
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
        <source>the vault&apos;s list of trusted device keys is damaged</source>
        <translation>список доверенных ключей устройств в хранилище повреждён</translation>
    </message>
    <message>
        <source>the vault&apos;s device signing key is damaged</source>
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
        <source>could not read the vault&apos;s data; nothing was saved</source>
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
        <source>{count} dossier file(s) already exist in {folder}; choose an empty folder</source>
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
        <source>an attachment&apos;s content does not match its SHA-256; nothing was exported (run `izdeu check`)</source>
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
        <source>{where}: the &apos;case&apos; object is missing</source>
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
        <source>attachment_data: the content of {count} attachment(s) is missing</source>
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
        <source>on_existing must be &apos;refuse&apos; or &apos;skip&apos;</source>
        <translation>on_existing должен быть &apos;refuse&apos; или &apos;skip&apos;</translation>
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
        <source>the attachment&apos;s content does not match its SHA-256</source>
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
        <source>only a case&apos;s records can be deleted with its changes</source>
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
        <source>an attachment&apos;s content does not match its recorded SHA-256</source>
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
        <source>the vault&apos;s storage cannot lock files</source>
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
        <source>the vault&apos;s journal could not be folded in; nothing changed</source>
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
        <source>the copy&apos;s file name is taken</source>
        <translation>имя файла копии занято</translation>
    </message>
    <message>
        <source>cannot create the vault file there</source>
        <translation>не удаётся создать файл хранилища в этом месте</translation>
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
        <source>the file&apos;s encoding could not be recognised; choose one of: {choices}</source>
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
        <source>{count} row(s) cannot be imported; nothing was imported (fix them, or import only the good rows)</source>
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
        <source>{label}: must be one of {choices}, or &quot;other:&quot; and a text</source>
        <translation>{label}: должно быть одним из: {choices}, или «other:» и текст</translation>
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
        <source>Include witnesses&apos; contact details</source>
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
    <name>HistorySection</name>
    <message>
        <source>When (UTC)</source>
        <translation>Когда (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
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
        <source>Hide everything at once and lock</source>
        <translation>Сразу всё скрыть и заблокировать</translation>
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
</context>
<context>
    <name>OpenDialog</name>
    <message>
        <source>Done.</source>
        <translation>Готово.</translation>
    </message>
    <message>
        <source>The backup&apos;s device is not trusted yet; nothing was changed.</source>
        <translation>Устройству, сделавшему эту копию, ещё не доверяют; ничего не изменено.</translation>
    </message>
    <message>
        <source>Not trusted; nothing was changed.</source>
        <translation>Не доверено; ничего не изменено.</translation>
    </message>
    <message>
        <source>Signed by device %1, which is not trusted: accepted because the backup&apos;s passphrase opened it.</source>
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
        <source>Passphrase (of the key file, or of the backup)</source>
        <translation>Парольная фраза (файла ключа или резервной копии)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Choose the backup file.</source>
        <translation>Выберите файл резервной копии.</translation>
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
        <source>New vault file</source>
        <translation>Новый файл хранилища</translation>
    </message>
    <message>
        <source>New vault passphrase</source>
        <translation>Парольная фраза нового хранилища</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Повторите</translation>
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
        <source>Settings hold no case data: only these choices and the path of the last vault opened.</source>
        <translation>Настройки не содержат данных дел: только эти параметры и путь к последнему открытому хранилищу.</translation>
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
        <source>Demo vault passphrase: %1</source>
        <translation>Парольная фраза демо-хранилища: %1</translation>
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
        <source>Repeat it:</source>
        <translation>Повторите:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Надёжность:</translation>
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
        <source>Vault: %1</source>
        <translation>Хранилище: %1</translation>
    </message>
    <message>
        <source>Open a vault</source>
        <translation>Открыть хранилище</translation>
    </message>
    <message>
        <source>Type a passphrase.</source>
        <translation>Введите парольную фразу.</translation>
    </message>
    <message>
        <source>the two passphrases differ</source>
        <translation>фразы не совпадают</translation>
    </message>
    <message>
        <source>Type the passphrase.</source>
        <translation>Введите парольную фразу.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Парольные фразы не совпадают.</translation>
    </message>
    <message>
        <source>Choose where to store the vault.</source>
        <translation>Выберите, где хранить хранилище.</translation>
    </message>
    <message>
        <source>A file with that name already exists; choose another name.</source>
        <translation>Файл с таким именем уже существует; выберите другое имя.</translation>
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
</context>
<context>
    <name>TrustPrompt</name>
    <message>
        <source>Trust this device?</source>
        <translation>Доверять этому устройству?</translation>
    </message>
    <message>
        <source>This backup was signed by a device this vault does not trust yet. Anyone with the organisation&apos;s public key can make a backup, so use it only if the fingerprint below is the one shown on that device (in its Backup keys window).</source>
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
</TS>
