"""View > Teacher > Projector…: the text scale and high contrast, kept in the settings (gui.settings.Projector).

High contrast applies at once (gui.theme.set_high_contrast: every text at least 7:1). The text scale draws the
whole window larger from the next start, through Qt's own ``QT_SCALE_FACTOR`` (:func:`startup_scale`), so
every fixed width grows with its text and nothing is cut. Only the scales at which the window still has
1024 x 768 to lay itself out on this screen are offered: a larger one would push it off the screen.
"""

from __future__ import annotations

import json
import os
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

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


class ProjectorDialog(QDialog):
    def __init__(self, parent: QWidget):
        super().__init__(parent)
        from gui import settings

        self.setWindowTitle(tr("Projector"))
        stored = settings.read().projector
        screen = parent.screen()
        ratio = float(os.environ.get("QT_SCALE_FACTOR") or 1.0)
        size = screen.geometry().size() if screen is not None else None
        width, height = (size.width() * ratio, size.height() * ratio) if size is not None else SMALLEST
        self.scale = QComboBox(self)
        for s in SCALES:
            ok = s == 1.0 or fits(s, int(width), int(height))
            text = (
                f"{s * 100:.0f} %"
                if ok
                else tr("{p} % (too large for this screen)").format(p=f"{s * 100:.0f}")
            )
            self.scale.addItem(text, s)
            self.scale.model().item(self.scale.count() - 1).setEnabled(ok or s == stored.text_scale)
        self.scale.setCurrentIndex(max(0, self.scale.findData(stored.text_scale)))
        note = QLabel(
            tr(
                "The whole window is drawn larger from the next start. This {w} x {h} screen allows up to {p} %."
            ).format(
                w=int(width),
                h=int(height),
                p=f"{max(s for s in SCALES if fits(s, int(width), int(height)) or s == 1.0) * 100:.0f}",
            ),
            self,
        )
        note.setWordWrap(True)
        self.contrast = QCheckBox(tr("High contrast (black on white; every text at least 7:1)"), self)
        self.contrast.setChecked(stored.high_contrast)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(tr("Text size"), self.scale)
        form.addRow("", note)
        form.addRow("", self.contrast)
        form.addRow(buttons)

    def accept(self) -> None:
        apply_projector(self.parentWidget(), float(self.scale.currentData()), self.contrast.isChecked())
        super().accept()


def apply_projector(window: Any, text_scale: float, high_contrast: bool) -> None:
    """Keep the preference and apply high contrast now (the text scale applies from the next start)."""
    from PySide6.QtWidgets import QApplication

    from gui import settings, theme

    old = settings.read().projector
    settings.update(projector=settings.Projector(text_scale=text_scale, high_contrast=high_contrast))
    if high_contrast != theme.is_high_contrast():
        theme.set_high_contrast(QApplication.instance(), high_contrast)
        theme.style_charts(window, theme.is_dark())
    if text_scale != old.text_scale:
        window.statusBar().showMessage(
            tr("Text size {p} % from the next start.").format(p=f"{text_scale * 100:.0f}"), 10000
        )
