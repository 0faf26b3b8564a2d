"""The face of the app: icons drawn in the theme's colours, light and dark themes and larger
text applied at once and kept, the vault's badge, the empty case list, and destructive actions
apart from everyday ones. All data is fictional."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QColor, QGuiApplication, QImage, QPalette
from PySide6.QtWidgets import QApplication, QToolButton

from app.model import Case
from app.store import Store
from app.vault import Vault
from tests.helpers import PASSPHRASE
from ui.icons import danger_color, icon
from ui.main_actions import TOOLBAR_ICONS
from ui.settings.store import UiSettings
from ui.theme import dark_palette


@pytest.fixture(autouse=True)
def _light_again(qapp):
    """The next tests (other files too) start from the light theme and the system's text size."""
    yield
    from ui.theme import Theme

    theme = Theme(qapp)
    theme.apply("light", 100)
    theme.deleteLater()
    qapp.processEvents()


def _ink(qicon, size: int = 32) -> QColor:
    """The colour of the icon's most opaque pixel (its strokes)."""
    image = qicon.pixmap(QSize(size, size), 1.0).toImage().convertToFormat(QImage.Format.Format_ARGB32)
    best, colour = -1, QColor()
    for y in range(image.height()):
        for x in range(image.width()):
            pixel = image.pixelColor(x, y)
            if pixel.alpha() > best:
                best, colour = pixel.alpha(), pixel
    assert best == 255, "the icon draws nothing opaque"
    return colour


def _near(a: QColor, b: QColor) -> bool:
    return abs(a.red() - b.red()) <= 2 and abs(a.green() - b.green()) <= 2 and abs(a.blue() - b.blue()) <= 2


def _apply(controller, theme: str, scale: int = 100) -> None:
    controller.settings.theme = theme
    controller.settings.text_scale = scale
    controller.apply_settings(language_changed=False)
    QApplication.processEvents()  # the windows learn of a new palette and font by events


def test_every_toolbar_and_menu_action_has_an_icon_in_the_palette_text_colour(main, controller):
    toolbar = main.toolbar
    actions = [a for a in toolbar.actions() if not a.isSeparator() and a.text()]
    menus = [main.tables.menu, main.tools.menu, main.tools.vault_menu]
    actions += [a for menu in menus for a in menu.actions() if not a.isSeparator()]
    assert {a.objectName() for a in actions} >= {"newCase", "lock", "deleteCase", "eraseVault", "backup"}
    for theme in ("light", "dark"):
        _apply(controller, theme)
        text = QGuiApplication.palette().color(QPalette.ColorRole.WindowText)
        for action in actions:
            assert not action.icon().isNull(), action.objectName()
            expected = danger_color() if action.objectName() in ("deleteCase", "eraseVault") else text
            assert _near(_ink(action.icon()), expected), (theme, action.objectName())
        for button in (main.tables.button, main.tools.backups_button, main.tools.vault_button):
            assert _near(_ink(button.icon()), text), (theme, button.objectName())
    light, dark = QColor("#000000"), dark_palette().color(QPalette.ColorRole.WindowText)
    assert not _near(light, dark)


def test_icons_are_drawn_at_the_device_pixel_ratio():
    drawn = icon("lock", QColor("#123456"))
    crisp = drawn.pixmap(QSize(24, 24), 2.0)
    assert crisp.deviceIndependentSize().toSize() == QSize(24, 24)
    assert crisp.size() == QSize(48, 48)  # drawn for 48 pixels, not 24 scaled up
    assert _near(_ink(drawn), QColor("#123456"))


def test_every_named_icon_is_bundled_with_its_licence():
    from ui.icons import ICON_FOLDER

    for name in {*TOOLBAR_ICONS.values(), "sheet", "archive", "database", "lock-open", "inbox"}:
        assert (ICON_FOLDER / f"{name}.svg").is_file(), name
    assert "ISC License" in (ICON_FOLDER / "LICENSE").read_text()
    assert "1.62.0" in (ICON_FOLDER / "README.md").read_text()


def test_the_application_icon_is_set(controller):
    assert not QApplication.windowIcon().isNull()
    assert QApplication.instance().desktopFileName() in ("", "org.izdeu.Izdeu")


def test_theme_setting_switches_the_palette_at_once_and_is_kept(main, controller, paths):
    _apply(controller, "dark")
    window = QApplication.palette().color(QPalette.ColorRole.Window)
    assert window.lightness() < 80 and QApplication.style().name().lower() == "fusion"
    assert main.palette().color(QPalette.ColorRole.Window) == window  # the open window follows
    assert UiSettings(paths).theme == "dark"  # read afresh from the settings file
    assert "theme=dark" in UiSettings(paths).file.read_text(encoding="utf-8")
    _apply(controller, "light")
    assert QApplication.palette().color(QPalette.ColorRole.Window).lightness() > 150
    _apply(controller, "system")  # offscreen has no dark scheme: light
    assert not controller.theme.dark


def test_theme_and_larger_text_from_the_settings_window(main, controller, qtbot, wait_idle, paths):
    base = controller.theme.system_point_size
    controller.open_settings()
    qtbot.waitUntil(lambda: controller.settings_dialog is not None and controller.settings_dialog.isVisible())
    dialog = controller.settings_dialog
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    dialog.text_scale.setCurrentIndex(dialog.text_scale.findData(130))
    dialog.accept()
    wait_idle()
    QApplication.processEvents()
    assert QApplication.palette().color(QPalette.ColorRole.Window).lightness() < 80
    assert abs(QApplication.font().pointSizeF() - base * 1.3) < 0.11
    assert abs(main.case_list.search_box.font().pointSizeF() - base * 1.3) < 0.11  # without restart
    title = main.case_list.empty.title  # a heading grows too, keeping its own scale
    assert abs(title.font().pointSizeF() - base * 1.3 * 1.3) < 0.2 and title.font().bold()
    again = UiSettings(paths)
    assert (again.theme, again.text_scale) == ("dark", 130)
    _apply(controller, "light", 100)
    assert abs(QApplication.font().pointSizeF() - base) < 0.11


def test_the_badge_says_unlocked_then_locked(main, controller, qtbot, vault_file):
    badge = main.badge
    assert not badge.locked and "unlocked" in badge.text.text() and vault_file.name in badge.text.text()
    assert badge.isVisibleTo(main) and badge.icon.pixmap() is not None and not badge.icon.pixmap().isNull()
    controller.lock()
    window = controller.start_window
    assert window is not None and window.badge.isVisible()
    assert window.badge.locked and "· locked" in window.badge.text.text()
    assert vault_file.name in window.badge.text.text()
    assert str(vault_file.parent) not in window.badge.text.text()  # the name only
    erase = window.unlock_erase  # erasing stands apart there too, in the warning colour
    assert erase.palette().color(QPalette.ColorRole.ButtonText) == danger_color()
    assert not erase.icon().isNull()


def test_a_long_vault_name_is_shortened():
    from ui.vault_badge import short_name

    assert short_name("cases.izdeu") == "cases.izdeu"
    long = "a-very-long-name-of-a-vault-file-2026.izdeu"
    short = short_name(long)
    assert len(short) <= 28 and short.startswith("a-very") and short.endswith("6.izdeu") and "…" in short


def test_empty_state_in_a_new_vault_then_gone_and_no_match(main, controller, qtbot, wait_idle):
    view = main.case_list
    wait_idle()
    assert view.stack.currentWidget() is view.empty and view.empty.isVisible()
    assert view.empty.title.text() == "No cases yet" and view.empty.interview_button.isVisible()
    assert view.empty.import_button.isVisible()
    with qtbot.waitSignal(view.model.reset_done, timeout=10_000):
        main.new_case_action.trigger()
    wait_idle()
    main.tabs.setCurrentIndex(0)
    qtbot.waitUntil(lambda: view.stack.currentWidget() is view.table)
    assert not view.empty.isVisible()
    view.search_box.setText("Zzyzx-nothing")
    view.run_search()
    wait_idle()
    qtbot.waitUntil(lambda: view.stack.currentWidget() is view.empty)
    assert view.empty.title.text() == "No case matches" and not view.empty.interview_button.isVisible()
    view.search_box.clear()
    qtbot.waitUntil(lambda: view.stack.currentWidget() is view.table)


def test_a_filter_that_finds_nothing_says_no_case_matches(qtbot, controller, paths, type_text, wait_idle):
    from tests.ui.helpers import unlock

    paths.ensure()
    with Vault.create(paths.default_vault, PASSPHRASE) as vault:
        Store(vault).save(Case(case_number="IZ-2026-0001", summary="Fictional"))
    controller.settings.last_vault = paths.default_vault
    main = unlock(qtbot, controller, type_text)
    view = main.case_list
    wait_idle()
    qtbot.waitUntil(lambda: view.stack.currentWidget() is view.table)
    view.follow_up_filter.setChecked(True)
    wait_idle()
    qtbot.waitUntil(lambda: view.stack.currentWidget() is view.empty)
    assert view.empty.no_match and view.empty.title.text() == "No case matches"


def test_empty_state_buttons_start_an_interview_and_an_import(main, qtbot, wait_idle):
    wait_idle()
    main.case_list.empty.import_button.click()
    from ui.tables.import_dialog import ImportTableDialog

    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, ImportTableDialog)]
    assert dialogs and dialogs[0].isVisible()
    dialogs[0].close()
    main.case_list.empty.interview_button.click()
    wait_idle()
    editor = main.current_editor()
    assert editor is not None
    qtbot.waitUntil(lambda: editor.interviewing)


def test_destructive_actions_stand_apart(main):
    actions = main.toolbar.actions()
    delete = actions.index(main.delete_case_action)
    assert actions[delete - 1].isSeparator()  # a separator between Delete and the others
    assert delete == len(actions) - 1  # at the far end
    button = main.toolbar.widgetForAction(main.delete_case_action)
    assert isinstance(button, QToolButton)
    assert button.palette().color(QPalette.ColorRole.ButtonText) == danger_color()
    menu = main.tools.vault_menu.actions()
    erase = menu.index(main.erase_action)
    assert menu[erase - 1].isSeparator() and erase == len(menu) - 1
    everyday = {a.objectName() for a in actions[: delete - 1]}
    assert "deleteCase" not in everyday and {"newCase", "save", "lock"} <= everyday
    assert isinstance(main.delete_case_action, QAction)
    assert main.toolbar.toolButtonStyle() != Qt.ToolButtonStyle.ToolButtonTextOnly


@pytest.mark.parametrize("scale", [100, 130])
def test_the_toolbar_fits_a_1280_window_in_every_language(main, controller, qtbot, wait_idle, scale):
    """Nothing behind the "»" extension, with larger text too: buttons give up their words
    (never their tooltip) until the toolbar fits."""
    controller.settings.text_scale = scale
    for lang in ("en", "ru", "kk", "ug"):
        controller.settings.language = lang
        controller.apply_settings(language_changed=True)
        window = controller.main
        window.resize(1280, 800)
        window.show()
        qtbot.waitUntil(lambda w=window: w.toolbar.isVisible())
        QApplication.processEvents()
        toolbar = window.toolbar
        qtbot.wait(50)  # the toolbar fits itself once it has its width
        hidden = [
            a.objectName()
            for a in toolbar.actions()
            if not a.isSeparator()
            and toolbar.widgetForAction(a) is not None
            and not toolbar.widgetForAction(a).isVisible()
        ]
        assert not hidden, (lang, hidden)  # nothing pushed behind the extension button
        for action in (window.lock_action, window.quick_lock_action, window.settings_action):
            assert action.text() in action.toolTip()  # an icon alone, its words in the tooltip
    controller.settings.language = "en"


def test_dialogs_put_their_buttons_in_a_standard_button_box(main, qtbot, wait_idle):
    """Close, Cancel and each dialog's main action sit in a QDialogButtonBox (the platform's
    order), not in a row placed by hand; erasing is never the default button."""
    from PySide6.QtWidgets import QDialogButtonBox, QPushButton

    opened = [
        main.open_erase(),
        main.open_duress(),
        main.open_recovery(),
        main.tables.open_export(),
        main.tables.open_import(),
        main.tools.open_keys(),
    ]
    wait_idle()
    for dialog in opened:
        boxes = dialog.findChildren(QDialogButtonBox)
        assert boxes, type(dialog).__name__
        boxed = {b for box in boxes for b in box.buttons()}
        for button in dialog.findChildren(QPushButton):
            if button.text() in ("Close", "Cancel"):
                assert button in boxed, (type(dialog).__name__, button.text())
    erase = opened[0]
    [box] = erase.findChildren(QDialogButtonBox)
    assert box.buttonRole(erase.erase_button) == QDialogButtonBox.ButtonRole.DestructiveRole
    assert not erase.erase_button.isDefault()
    for dialog in opened:
        dialog.close()


def _contrast(a: QColor, b: QColor) -> float:
    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4

        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_error_and_warning_colours_follow_the_theme_and_stay_readable(main, controller):
    from ui.passphrase_field import FieldError
    from ui.tones import ERROR, OK, WARNING, tone_color

    error = FieldError(main)
    _apply(controller, "light")
    light = error.styleSheet()
    _apply(controller, "dark")
    dark = error.styleSheet()
    assert light != dark and tone_color(ERROR).name() in dark  # redrawn at the theme change
    for theme in ("light", "dark"):
        _apply(controller, theme)
        palette = QGuiApplication.palette()
        for tone in (ERROR, WARNING, OK):
            for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
                ratio = _contrast(tone_color(tone), palette.color(role))
                assert ratio >= 4.5, (theme, tone, role, ratio)  # WCAG AA for text
        assert _contrast(danger_color(), palette.color(QPalette.ColorRole.Window)) >= 4.5
        text = palette.color(QPalette.ColorRole.WindowText)
        assert _contrast(text, palette.color(QPalette.ColorRole.Window)) >= 7
