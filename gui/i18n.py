"""Languages: Qt catalogues, the bundled Japanese font, locale-aware numbers and switching at run time.

``apply_language(app, lang)`` installs Qt's own ``qtbase_<lang>.qm`` and the app's ``aiee_<lang>.qm``, sets
the default ``QLocale`` (so ``QLocale().toString`` formats numbers and dates for the language) and, in a
GUI application, puts the bundled Noto Sans JP first in the font families when Japanese is shown, so kanji
get Japanese glyph shapes rather than a Chinese fallback. ``lang=None`` follows the system locale.

``switch_language(lang, retranslate)`` changes the language of a running window in place. Installing the
catalogues makes Qt send ``QEvent.LanguageChange``; the window's parts then re-set their own texts (each
text made with :func:`bind` is re-set by :func:`retranslate_bound`, the charts re-feed their last result).
No widget is recreated, so nothing the user has is lost.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

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


def window_currency(scenario: Any) -> str | None:
    """The currency the window asks for when the scenario leaves it open: yen when the window is in Japanese,
    else the region's own (None)."""
    if scenario.economics.currency is not None:
        return None
    return "JPY" if current_language() == "ja" else None


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
        # Latin text keeps the system face where the system names a real family (e.g. "Cantarell");
        # where it names only the generic "Sans Serif" (no desktop settings), Qt skips the alias for the
        # first real family in the list, so English is drawn in the bundled font's Latin glyphs, in every
        # session alike (the documentation's screenshots show it). Japanese (e.g. a file name) still shows.
        families = [*base, family]
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


def switch_language(lang: str, retranslate: Callable[[], None]) -> None:
    """Change the language of a running window in place: install the catalogues, and Qt sends every widget a
    ``QEvent.LanguageChange``; ``retranslate`` (the window's) re-sets its parts' texts now, rather than on the
    next turn of the event loop. Nothing is rebuilt, so everything the user had (scenario, undo history,
    pins, panels, layout, focus) stays."""
    from PySide6.QtWidgets import QApplication

    apply_language(QApplication.instance(), lang)
    retranslate()


# ----- texts that follow the language ----------------------------------------------------------------
#: (object id, setter, leading arguments) -> (weak reference, setter, arguments, text function)
_bound: dict[tuple[int, str, tuple], tuple[Any, str, tuple, Callable[[], Any]]] = {}


def bind(obj: Any, setter: str, text: Callable[[], Any], *args: Any) -> Any:
    """Call ``obj.<setter>(*args, text())`` now and again after every language switch; return ``obj``.

    ``text`` builds the value in the current language, e.g. ``lambda: tr("Parameters")``: the Python
    counterpart of the ``retranslateUi`` that Qt Designer generates, declared where the widget is made.
    A later ``bind`` of the same object, setter and arguments replaces the earlier one.
    """
    getattr(obj, setter)(*args, text())
    _bound[(id(obj), setter, args)] = (weakref.ref(obj), setter, args, text)
    return obj


def bind_or_set(obj: Any, setter: str, value: Any, *args: Any) -> Any:
    """:func:`bind` when ``value`` is a text function, else set the plain value once."""
    if callable(value):
        return bind(obj, setter, value, *args)
    getattr(obj, setter)(*args, value)
    return obj


def retranslate_bound() -> int:
    """Re-set every bound text in the current language; forget the objects that are gone. Return how many."""
    import shiboken6

    done = 0
    for key, (ref, setter, args, text) in list(_bound.items()):
        obj = ref()
        if obj is None or not shiboken6.isValid(obj):
            del _bound[key]
            continue
        try:
            getattr(obj, setter)(*args, text())
        except RuntimeError:  # a plain Python helper (an axis' label) whose Qt object Qt deleted
            del _bound[key]
            continue
        done += 1
    return done
