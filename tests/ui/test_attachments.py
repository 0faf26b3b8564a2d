"""Attachments: add by dialog and by drag and drop, thumbnails, in-app viewing, export."""

from __future__ import annotations

import contextlib
import hashlib
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDropEvent, QImage
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication

from app.demo import scan_pdf


@pytest.fixture
def editor(qtbot, main, wait_idle):
    main.new_case_action.trigger()
    qtbot.waitUntil(lambda: main.current_editor() is not None and main.current_editor().is_loaded)
    wait_idle()
    ed = main.current_editor()
    ed.sections.setCurrentWidget(ed.attachments)
    return ed


def _png(path):
    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(QColor("#c0392b"))
    assert image.save(str(path))
    return path


def test_add_view_export(qtbot, editor, dialogs, tmp_path, wait_idle):
    section = editor.attachments
    dialogs.queue_answer(_png(tmp_path / "сурет.png"))
    qtbot.mouseClick(section.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: section.list.count() == 1)
    wait_idle()
    item = section.list.item(0)
    assert item.text() == "сурет.png"
    assert not item.icon().isNull()  # thumbnail

    with qtbot.waitSignal(section.viewer_opened) as opened:
        section.view_selected()
    viewer = opened.args[0]
    assert viewer.kind == "image"
    viewer.close()

    pdf = tmp_path / "құжат.pdf"
    pdf.write_bytes(scan_pdf(["Fictional scan", "Жалған құжат"]))
    dialogs.queue_answer(pdf)
    section.choose_files()
    qtbot.waitUntil(lambda: section.list.count() == 2)
    wait_idle()
    section.list.setCurrentRow(1)
    with qtbot.waitSignal(section.viewer_opened) as opened:
        section.view_selected()
    viewer = opened.args[0]
    assert viewer.kind == "pdf"
    assert viewer.document.status() == QPdfDocument.Status.Ready
    assert viewer.document.pageCount() >= 1
    viewer.close()

    target = tmp_path / "out" / "copy.pdf"
    target.parent.mkdir()
    dialogs.queue_answer(target)
    section.export_selected()
    wait_idle()
    assert hashlib.sha256(target.read_bytes()).hexdigest() == section.records[1].sha256

    section.list.setCurrentRow(0)
    qtbot.mouseClick(section.photo_button, Qt.MouseButton.LeftButton)
    wait_idle()
    assert editor.bundle.case.person.photo_attachment == section.records[0].uuid


def test_drag_and_drop(qtbot, editor, tmp_path, wait_idle):
    section = editor.attachments
    path = _png(tmp_path / "dropped.png")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    section.dropEvent(event)
    qtbot.waitUntil(lambda: section.list.count() == 1)
    wait_idle()
    assert section.records[0].original_name == "dropped.png"


def test_remove_attachment_clears_photo(qtbot, editor, dialogs, tmp_path, wait_idle):
    section = editor.attachments
    dialogs.queue_answer(_png(tmp_path / "p.png"))
    qtbot.mouseClick(editor.person.photo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(editor.bundle.case.person.photo_attachment))
    wait_idle()
    section.list.setCurrentRow(0)
    dialogs.queue_confirm(True)
    section.remove_selected()
    editor.save()
    wait_idle()
    assert section.records == []
    assert editor.bundle.case.person.photo_attachment == ""
    assert editor.person.photo.pixmap().isNull()
    uuid = editor.case_uuid
    main = editor.window()
    main.close_tab(main.tabs.indexOf(editor))
    wait_idle()
    reopened = main.open_case(uuid)
    qtbot.waitUntil(lambda: reopened.is_loaded)
    assert reopened.bundle.attachments == []
    assert reopened.bundle.case.person.photo_attachment == ""
    QApplication.processEvents()


def test_files_belong_to_an_interview(qtbot, editor, dialogs, tmp_path, wait_idle):
    dialogs.queue_answer(_png(tmp_path / "скан.png"))
    editor.attachments.choose_files()
    qtbot.waitUntil(lambda: editor.attachments.list.count() == 1)
    wait_idle()
    editor.new_testimony()
    files = editor.testimonies.files
    assert files.count() == 1 and files.item(0).text() == "скан.png"
    files.item(0).setCheckState(Qt.CheckState.Checked)
    assert editor.dirty
    editor.save()
    wait_idle()
    uuid = editor.case_uuid
    main = editor.window()
    main.close_tab(main.tabs.indexOf(editor))
    wait_idle()
    reopened = main.open_case(uuid)
    qtbot.waitUntil(lambda: reopened.is_loaded)
    attachment = reopened.bundle.attachments[0]
    assert reopened.bundle.testimonies[0].attachment_uuids == [attachment.uuid]
    assert reopened.testimonies.files.item(0).checkState() == Qt.CheckState.Checked


def test_a_photo_with_gps_and_author_is_marked_and_exports_clean(
    qtbot, editor, dialogs, tmp_path, wait_idle, controller
):
    from PySide6.QtCore import QStandardPaths

    from tests.core.photo_fixtures import AUTHOR, LEAKS, revealing_jpeg

    cache = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation))

    def on_disk() -> set[Path]:
        roots = [tmp_path, cache]
        return {
            p
            for r in roots
            if r.exists()
            for p in r.rglob("*")
            if p.is_file() and not p.name.startswith("test.izdeu") and "vault" not in p.name
        }

    section = editor.attachments
    hostile, scan = revealing_jpeg()
    photo = tmp_path / "gps.jpg"
    photo.write_bytes(hostile)
    _png(tmp_path / "plain.png")
    before = on_disk()
    dialogs.queue_answer(photo)
    section.choose_files()
    qtbot.waitUntil(lambda: section.list.count() == 1)
    wait_idle()
    dialogs.queue_answer(tmp_path / "plain.png")
    section.choose_files()
    qtbot.waitUntil(lambda: section.list.count() == 2)
    wait_idle()
    marked, plain = section.list.item(0), section.list.item(1)
    assert marked.text() == "⚠ gps.jpg" and "GPS" in marked.toolTip()
    assert plain.text() == "plain.png" and "GPS" not in plain.toolTip()
    section.list.setCurrentRow(0)
    warning = section.metadata_warning
    assert not warning.isHidden() and "GPS" in warning.text() and "who took it" in warning.text()
    section.list.setCurrentRow(1)
    assert warning.isHidden()

    # Thumbnails and the viewer leave nothing on disk (no cache, no temporary file).
    section.list.setCurrentRow(0)
    with qtbot.waitSignal(section.viewer_opened) as opened:
        section.view_selected()
    opened.args[0].close()
    assert on_disk() == before

    target = tmp_path / "out" / "clean.jpg"
    target.parent.mkdir()
    dialogs.queue_answer(target)
    section.export_clean_button.click()
    wait_idle()
    cleaned = target.read_bytes()
    assert cleaned.endswith(scan) and AUTHOR.encode() not in cleaned
    assert not [leak for leak in LEAKS if leak in cleaned]
    stored = controller.worker  # the vault's copy is the evidence: unchanged
    result: list[bytes] = []
    stored.submit(lambda s: s.store.attachment_bytes(section.records[0].uuid), result.append)
    wait_idle()
    assert result == [hostile]
    assert hashlib.sha256(hostile).hexdigest() == section.records[0].sha256


@pytest.mark.parametrize("code", ["ru", "kk", "ug"])
def test_the_metadata_warning_is_translated(qtbot, editor, dialogs, tmp_path, wait_idle, controller, code):
    from tests.core.photo_fixtures import revealing_jpeg

    photo = tmp_path / "gps.jpg"
    photo.write_bytes(revealing_jpeg()[0])
    controller.translations.apply(code)
    section = editor.window().current_editor().attachments
    dialogs.queue_answer(photo)
    section.choose_files()
    qtbot.waitUntil(lambda: section.list.count() == 1)
    wait_idle()
    section.list.setCurrentRow(0)
    text = section.metadata_warning.text()
    assert "GPS" in text and "This photo" not in text and "%1" not in text


def test_a_fifo_is_refused_with_one_translated_line(qtbot, editor, controller, dialogs, tmp_path, wait_idle):
    """A FIFO would block the DB thread in open() for ever: it is refused at once, in the
    interface language, and nothing is stored."""
    import os

    fifo = tmp_path / "photo.jpg"
    os.mkfifo(fifo)
    section = editor.attachments
    controller.translations.apply("ru")
    try:
        for path in (fifo,):
            with qtbot.waitSignal(section.message, timeout=10_000) as shown:
                dialogs.queue_answer(path)
                qtbot.mouseClick(section.add_button, Qt.MouseButton.LeftButton)
            assert shown.args == ["Это не обычный файл (устройство, канал или сокет прочитать нельзя)"]
        wait_idle()
        assert section.list.count() == 0
    finally:
        # Release the DB thread if a regression left it blocked opening the FIFO.
        with contextlib.suppress(OSError):
            os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))


def test_regions_marked_on_a_photo_are_saved_and_the_file_unchanged(
    qtbot, editor, dialogs, controller, tmp_path, wait_idle
):
    from PySide6.QtCore import QPoint

    section = editor.attachments
    dialogs.queue_answer(_png(tmp_path / "photo.png"))
    section.choose_files()
    qtbot.waitUntil(lambda: section.list.count() == 1)
    wait_idle()
    section.list.setCurrentRow(0)
    assert section.redact_button.isEnabled()
    with qtbot.waitSignal(section.redaction_opened) as opened:
        section.redact_selected()
    dialog = opened.args[0]
    canvas = dialog.canvas
    w, h = canvas.width(), canvas.height()
    # Drag over the left half; a mere click adds nothing. (QTest takes (0, 0) as "the centre".)
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=QPoint(1, 1))
    qtbot.mouseMove(canvas, QPoint(w // 4, h // 4))
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=QPoint(w // 2, h - 1))
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=QPoint(w - 5, 5))
    assert dialog.list.count() == 1 and len(canvas.regions) == 1
    dialog.scopes["wgeid"].setChecked(False)  # the UN gets the whole picture
    dialog.accept()
    (region,) = section.records[0].redactions
    assert region.left <= 2 and region.top <= 3
    assert 490 <= region.width <= 510 and region.height >= 990
    assert region.scopes == ["ministry", "publish"]
    editor.save()
    wait_idle()
    uuid = section.records[0].uuid
    out: list = []
    controller.worker.submit(
        lambda s: (s.store.load_case(editor.case_uuid), s.store.attachment_bytes(uuid)), out.append
    )
    qtbot.waitUntil(lambda: bool(out))
    bundle, data = out[0]
    assert bundle.attachments[0].redactions == [region]
    assert hashlib.sha256(data).hexdigest() == bundle.attachments[0].sha256  # the file itself unchanged
    assert data == (tmp_path / "photo.png").read_bytes()
