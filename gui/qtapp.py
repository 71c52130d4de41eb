"""The QApplication of every entry (window, self-test, bench, soak, screenshots) and its orderly teardown.

Kept apart from :mod:`gui.app` so that the start-up and the diagnostics that drive it share these without
importing each other.
"""

from __future__ import annotations

import sys

ORGANISATION = "AI Energy Explorer"
APPLICATION = "AI Energy Explorer"
#: the QSettings key of the app's settings document (gui.settings)
SETTINGS_KEY = "app/settings"


def create_app(args: list[str] | None = None):
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([sys.argv[0], *(args or [])])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    return app


def close_window(app, win) -> None:
    """Delete the window while Qt is still alive, so nothing is torn down by the garbage collector later."""
    from PySide6.QtCore import QCoreApplication, QEvent

    win.hide()
    win.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    app.processEvents()


def peek_setting(name: str) -> str | None:
    """One text field of the stored :class:`gui.settings.AppSettings`, read before the first paint without
    pydantic (a third of a second to import): the language, the geometry. Anything else than text is None."""
    import json

    from PySide6.QtCore import QSettings

    raw = QSettings().value(SETTINGS_KEY)
    try:
        data = json.loads(raw) if isinstance(raw, str) else None
    except (ValueError, RecursionError):
        return None
    value = data.get(name) if isinstance(data, dict) else None
    return value if isinstance(value, str) else None
