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
            <translation>Исчез менее 3 месяцев назад: применяется срочная процедура РГНИ.</translation>
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
            <translation>РГНИ ООН:</translation>
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
            <source>YYYY-MM-DD, YYYY-MM or YYYY; ~ in front if approximate</source>
            <translation>ГГГГ-ММ-ДД, ГГГГ-ММ или ГГГГ; ~ впереди, если приблизительно</translation>
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
            <translation>Рабочая группа ООН (РГНИ)</translation>
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
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>only a readable image can be exported without its metadata</source>
            <translation>без метаданных можно экспортировать только читаемое изображение</translation>
        </message>
        <message>
            <source>the file is too large to remove its metadata; export it as it is</source>
            <translation>файл слишком большой, чтобы удалить его метаданные; экспортируйте его как есть</translation>
        </message>
        <message>
            <source>Something went wrong; nothing was changed.</source>
            <translation>Что-то пошло не так; ничего не изменено.</translation>
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
            <source>this vault was made by a newer version of Izdeu; please update Izdeu</source>
            <translation>хранилище создано более новой версией Izdeu; обновите Izdeu</translation>
        </message>
        <message>
            <source>could not write to the disk (is it full or read-only?)</source>
            <translation>не удалось записать на диск (он заполнен или только для чтения?)</translation>
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
            <source>a database operation failed</source>
            <translation>операция с базой данных не удалась</translation>
        </message>
        <message>
            <source>no vault file at that path</source>
            <translation>по этому пути нет файла хранилища</translation>
        </message>
        <message>
            <source>that path is a folder, not a vault file</source>
            <translation>это папка, а не файл хранилища</translation>
        </message>
        <message>
            <source>cannot read the vault file</source>
            <translation>не удаётся прочитать файл хранилища</translation>
        </message>
        <message>
            <source>the vault's storage cannot lock files</source>
            <translation>носитель хранилища не поддерживает блокировку файлов</translation>
        </message>
        <message>
            <source>this is an unencrypted SQLite file, not an Izdeu vault</source>
            <translation>это незашифрованный файл SQLite, а не хранилище Izdeu</translation>
        </message>
        <message>
            <source>this encrypted database is not an Izdeu vault</source>
            <translation>эта зашифрованная база данных не является хранилищем Izdeu</translation>
        </message>
        <message>
            <source>a file with that name already exists; choose another name</source>
            <translation>файл с таким именем уже существует; выберите другое имя</translation>
        </message>
        <message>
            <source>cannot create the vault file there</source>
            <translation>не удаётся создать файл хранилища в этом месте</translation>
        </message>
        <message>
            <source>cannot read that file</source>
            <translation>не удаётся прочитать этот файл</translation>
        </message>
        <message>
            <source>the file is too large to show here; export a copy instead</source>
            <translation>файл слишком большой для показа здесь; экспортируйте копию</translation>
        </message>
        <message>
            <source>the file is too large to attach</source>
            <translation>файл слишком большой для прикрепления</translation>
        </message>
        <message>
            <source>the attachment's content does not match its SHA-256</source>
            <translation>содержимое вложения не совпадает с его SHA-256</translation>
        </message>
        <message>
            <source>date: use YYYY, YYYY-MM or YYYY-MM-DD (~ in front if approximate)</source>
            <translation>дата: ГГГГ, ГГГГ-ММ или ГГГГ-ММ-ДД (~ впереди, если приблизительно)</translation>
        </message>
        <message>
            <source>date: no such day</source>
            <translation>дата: такого дня нет</translation>
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
            <source>date: a month or day needs a year</source>
            <translation>дата: для месяца или дня нужен год</translation>
        </message>
        <message>
            <source>date: a day needs a month</source>
            <translation>дата: для дня нужен месяц</translation>
        </message>
        <message>
            <source>that path is a folder, not a file</source>
            <translation>этот путь — папка, а не файл</translation>
        </message>
        <message>
            <source>the file is not a regular file (a device, pipe or socket cannot be read)</source>
            <translation>это не обычный файл (устройство, канал или сокет прочитать нельзя)</translation>
        </message>
        <message>
            <source>the file is too large (limit 8 GiB)</source>
            <translation>файл слишком большой (предел — 8 ГиБ)</translation>
        </message>
        <message>
            <source>cannot read the file</source>
            <translation>не удаётся прочитать файл</translation>
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
            <source>the key file is not a regular file (a device, pipe or socket cannot be read)</source>
            <translation>файл ключа — не обычный файл (устройство, канал или сокет прочитать нельзя)</translation>
        </message>
        <message>
            <source>cannot read the key file</source>
            <translation>не удаётся прочитать файл ключа</translation>
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
            <source>the case file is not a regular file (a device, pipe or socket cannot be read)</source>
            <translation>файл с делами — не обычный файл (устройство, канал или сокет прочитать нельзя)</translation>
        </message>
        <message>
            <source>the case file is too large (limit 1 GiB)</source>
            <translation>файл с делами слишком большой (предел — 1 ГиБ)</translation>
        </message>
        <message>
            <source>cannot read the case file</source>
            <translation>не удаётся прочитать файл с делами</translation>
        </message>
        <message>
            <source>the file has a number that is too large</source>
            <translation>в файле слишком большое число</translation>
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
            <source>e.g. PRC, KZ, qandas (comma separated)</source>
            <translation>напр. КНР, KZ, кандас (через запятую)</translation>
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
            <source>e.g. daughter, brother, neighbour</source>
            <translation>напр. дочь, брат, сосед</translation>
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
    <name>BackupKeysDialog</name>
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
</TS>