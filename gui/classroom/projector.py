"""The projector preference: the text scale and high contrast, kept in the settings (gui.settings.Projector);
its dialog is :class:`gui.classroom.teacher_dialog.ProjectorDialog` (View > Teacher > Projector…).

Only Qt's core is imported here: the text scale is read before the application exists, before the first paint.

High contrast applies at once (gui.theme.set_high_contrast: every text at least 7:1). The text scale draws the
whole window larger from the next start, through Qt's own ``QT_SCALE_FACTOR`` (:func:`startup_scale`), so
every fixed width grows with its text and nothing is cut. Only the scales at which the window still has
1024 x 768 to lay itself out on this screen are offered: a larger one would push it off the screen.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication

SCALES = (1.0, 1.25, 1.5, 1.75, 2.0)
# the smallest screen the window is laid out for (gui.diagnostics.layout checks it)
SMALLEST = (1024, 768)


def tr(text: str) -> str:
    return QCoreApplication.translate("Teacher", text)


def fits(scale: float, width: int, height: int) -> bool:
    """True when a screen of ``width`` x ``height`` pixels still gives the window 1024 x 768 at ``scale``."""
    return width / scale >= SMALLEST[0] and height / scale >= SMALLEST[1]


def startup_scale() -> float | None:
    """The stored text scale, read before the application exists (QT_SCALE_FACTOR must be set before), or
    None at 100 % or when the person set QT_SCALE_FACTOR themselves."""
    if os.environ.get("QT_SCALE_FACTOR"):
        return None
    from PySide6.QtCore import QCoreApplication, QSettings

    from gui.qtapp import APPLICATION, ORGANISATION, SETTINGS_KEY

    QCoreApplication.setOrganizationName(ORGANISATION)  # before the application: where QSettings looks
    QCoreApplication.setApplicationName(APPLICATION)
    raw = QSettings().value(SETTINGS_KEY)
    try:
        data = json.loads(raw) if isinstance(raw, str) else None
        scale = float(data["projector"]["text_scale"])
    except (ValueError, TypeError, KeyError, RecursionError):
        return None
    return scale if 1.0 < scale <= 2.0 else None


def apply_startup_scale() -> None:
    scale = startup_scale()
    if scale is not None:
        os.environ["QT_SCALE_FACTOR"] = f"{scale:g}"


def apply_projector(
    root: Any, charts: list, show_status: Callable[..., None], text_scale: float, high_contrast: bool
) -> None:
    """Keep the preference and apply high contrast now (the text scale applies from the next start): the
    ``charts`` and the text under ``root`` (the window) are restyled, ``show_status(text, ms)`` says when the
    text scale applies."""
    from PySide6.QtWidgets import QApplication

    from gui import settings, theme

    old = settings.read().projector
    settings.update(projector=settings.Projector(text_scale=text_scale, high_contrast=high_contrast))
    if high_contrast != theme.is_high_contrast():
        theme.set_high_contrast(QApplication.instance(), high_contrast)
        theme.style_charts(root, charts, theme.is_dark())
    if text_scale != old.text_scale:
        show_status(tr("Text size {p} % from the next start.").format(p=f"{text_scale * 100:.0f}"), 10000)
