"""Languages: Qt catalogues, the bundled Japanese font, locale-aware numbers and switching at run time.

``apply_language(app, lang)`` installs Qt's own ``qtbase_<lang>.qm`` and the app's ``aiee_<lang>.qm``, sets
the default ``QLocale`` (so ``QLocale().toString`` formats numbers and dates for the language) and, in a
GUI application, puts the bundled Noto Sans JP first in the font families when Japanese is shown, so kanji
get Japanese glyph shapes rather than a Chinese fallback. ``lang=None`` follows the system locale.

``switch_language(window, lang)`` changes the language of a running window: the window's content is rebuilt
from the presenter's scenario (state lives in the presenter, the widgets are cheap to rebuild), so the
scenario, the file name and the modified flag survive the switch.
"""

from __future__ import annotations

import gc
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
FONT = ROOT / "resources" / "fonts" / "NotoSansJP-Regular-subset.otf"
LANGUAGES = ("en", "ja")

_state: dict[str, Any] = {"lang": "en", "translators": [], "family": None, "base_families": None}


def system_language() -> str:
    """``"ja"`` when the system locale is Japanese, otherwise ``"en"``."""
    return "ja" if QLocale.system().language() == QLocale.Language.Japanese else "en"


def current_language() -> str:
    return _state["lang"]


def locale_for(lang: str) -> QLocale:
    if lang == "ja":
        return QLocale(QLocale.Language.Japanese, QLocale.Country.Japan)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


def register_font() -> str | None:
    """Register the bundled Japanese font once; return its family name (None without a GUI or the file)."""
    if _state["family"] is not None:
        return _state["family"]
    from PySide6.QtGui import QFontDatabase, QGuiApplication

    if not isinstance(QCoreApplication.instance(), QGuiApplication) or not FONT.exists():
        return None
    fid = QFontDatabase.addApplicationFont(str(FONT))
    families = QFontDatabase.applicationFontFamilies(fid) if fid >= 0 else []
    _state["family"] = families[0] if families else None
    return _state["family"]


def _apply_font(app: Any, lang: str) -> None:
    from PySide6.QtGui import QGuiApplication

    if not isinstance(app, QGuiApplication):
        return
    family = register_font()
    font = app.font()
    if _state["base_families"] is None:
        _state["base_families"] = [f for f in font.families() if f != family] or [font.family()]
    base = _state["base_families"]
    if family is None:
        families = base
    elif lang == "ja":
        families = [
            family,
            *base,
        ]  # Japanese shapes first: Han unification would otherwise pick a Chinese face
    else:
        families = [
            *base,
            family,
        ]  # Latin text keeps the system face; Japanese (e.g. in a file name) still shows
    font.setFamilies(families)  # the size is left alone: text follows the system font size
    app.setFont(font)


def apply_language(app: Any, lang: str | None = None) -> str:
    """Install the catalogues, locale and font for ``lang`` (None: the system locale); return the language."""
    lang = lang if lang in LANGUAGES else system_language()
    for t in _state["translators"]:
        app.removeTranslator(t)
        t.deleteLater()  # a translator holds its whole catalogue in memory
    installed = []
    locale = locale_for(lang)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if lang != "en":  # English is the source language: no catalogue needed
        for name, directory in (("qtbase", qt_dir), ("aiee", str(I18N))):
            t = QTranslator(app)
            if t.load(locale, name, "_", directory):
                app.installTranslator(t)
                installed.append(t)
    _state["translators"] = installed
    _state["lang"] = lang
    QLocale.setDefault(locale)
    _apply_font(app, lang)
    return lang


def format_number(value: float, decimals: int = 0) -> str:
    """A number with the current language's grouping and decimal separators."""
    return QLocale().toString(float(value), "f", decimals)


def format_date(date: Any) -> str:
    """A date (``datetime.date`` or ``QDate``) in the current language's short format (2026/11/29, 11/29/26)."""
    from PySide6.QtCore import QDate

    if not isinstance(date, QDate):
        date = QDate(date.year, date.month, date.day)
    return QLocale().toString(date, QLocale.FormatType.ShortFormat)


def switch_language(window: Any, lang: str) -> None:
    """Change the language of a running window, keeping its scenario, file name and modified flag."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    apply_language(app, lang)
    rebuild_window(window)


def rebuild_window(window: Any) -> None:
    """Recreate the window's content in the current language from the presenter's state."""
    from PySide6.QtCore import QEvent

    if not getattr(window, "ready", False):
        return
    scenario = window.presenter.scenario
    file_path = window.file_path
    modified = window.isWindowModified()
    extras = getattr(window, "extras", None)
    panels = {}
    if extras is not None:
        panels = {
            "lesson": extras.lessons.index,
            "lessons": extras.lessons.isVisible(),
            "explain": extras.explain.isVisible(),
        }
        extras.teardown()
    whatif = getattr(window, "whatif", None)
    history = whatif.undo.history() if whatif is not None else None
    _teardown_whatif(window)
    old_presenter = window.presenter
    old_presenter.blockSignals(True)
    for name in ("compute_label", "long_run"):  # permanent status-bar widgets that build() adds again
        widget = getattr(window, name, None)
        if widget is not None:
            window.statusBar().removeWidget(widget)
            widget.deleteLater()
    # the menus are built again too: delete the old ones (menu bar menus and their submenus)
    from PySide6.QtWidgets import QApplication, QMenu

    old_commands = getattr(window, "menus", None)
    if old_commands is not None:  # the action table's commands (their slots hold the old panels)
        old_commands.deleteLater()
    bar = window.menuBar()
    old_menus = {
        *bar.findChildren(QMenu),
        *window.findChildren(QMenu, options=Qt.FindChildOption.FindDirectChildrenOnly),
        # pyqtgraph's plot menus have no parent widget: they would outlive the old charts
        *(m for m in QApplication.topLevelWidgets() if isinstance(m, QMenu)),
    }
    bar.clear()
    for menu in old_menus:
        menu.deleteLater()
    window.ready = False
    # build() freezes what it makes (gc.freeze) to keep slider drags smooth; let the old window's
    # objects, which only reference cycles still hold, be collected when the new ones are built
    gc.unfreeze()
    window.build(scenario)
    old_presenter.deleteLater()
    if history is not None and getattr(window, "whatif", None) is not None:
        window.whatif.undo.restore_history(history)  # undo and redo reach back past the switch
    if panels and getattr(window, "extras", None) is not None:
        extras = window.extras
        extras.lessons.setVisible(panels["lessons"])
        extras.explain.setVisible(panels["explain"])
        extras.lessons.restore(panels["lesson"])
    window.file_path = file_path
    window.setWindowModified(modified)
    window._update_title()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _teardown_whatif(window: Any) -> None:
    """Undo what ``gui.whatif.install_whatif`` added, so the rebuild installs it once, fresh (the undo
    history is carried over by :func:`rebuild_window`)."""
    whatif = getattr(window, "whatif", None)
    if whatif is None:
        return
    guard = getattr(whatif, "guard", None)
    if guard is not None:
        window.removeEventFilter(guard)
        guard.tools = None  # the guard is the window's child: it held the old tools (docks, plots) alive
        guard.deleteLater()
    for name in ("compare_dock", "analysis_dock"):
        dock = getattr(whatif, name, None)
        if dock is not None:
            window.removeDockWidget(dock)
            dock.deleteLater()
    bar = getattr(whatif, "restore_bar", None)
    if bar is not None:
        window.removeToolBar(bar)
        bar.deleteLater()
    for name in ("open_file", "save_file"):  # wrapped per instance: back to the class's methods
        window.__dict__.pop(name, None)
    autosaver = getattr(whatif, "autosaver", None)
    for timer_name in ("timer", "_timer"):
        timer = getattr(autosaver, timer_name, None)
        if timer is not None and hasattr(timer, "stop"):
            timer.stop()
    # its menu commands are the window's children: left alone, each kept the old tools (and their plots)
    from PySide6.QtGui import QAction

    for value in list(vars(whatif).values()):
        if isinstance(value, QAction) and value.parent() is window:
            window.removeAction(value)
            value.deleteLater()
    whatif.deleteLater()
    window.whatif = None
