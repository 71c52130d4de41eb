"""The About box's text: the version, the data version, the licences and the data attributions."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication


def about_text() -> str:
    from core import DATA_VERSION, __version__

    sources = Path(__file__).resolve().parents[2] / "resources" / "data" / "SOURCES.md"
    attributions = []
    try:
        for line in sources.read_text(encoding="utf-8").splitlines():
            if "attribution" in line.lower():  # the attribution lines quote the text to show
                attributions += [q for q in re.findall(r'"([^"]{12,})"', line) if q not in attributions]
    except OSError:
        pass
    items = "".join(f"<li>{a}</li>" for a in attributions)
    return (
        f"<h3>AI Energy Explorer {__version__}</h3>"
        + QCoreApplication.translate(
            "MainWindow",
            "<p>Estimates the electricity, carbon and water of training and serving generative AI models.</p>",
        )
        + f"<p>{QCoreApplication.translate('MainWindow', 'Data')}: {DATA_VERSION}</p>"
        + QCoreApplication.translate(
            "MainWindow",
            "<p><b>Licences</b>: the app is MIT-licensed. It uses Qt for Python (PySide6, LGPLv3), "
            "pyqtgraph (MIT), NumPy (BSD) and pydantic (MIT).</p>",
        )
        + f"<p><b>{QCoreApplication.translate('MainWindow', 'Data attributions')}</b></p><ul>{items}</ul>"
        + QCoreApplication.translate(
            "MainWindow",
            "<p>Every row's own source is in resources/data/SOURCES.md and in each input's tooltip.</p>",
        )
    )


def show_about(parent: Any) -> None:
    """The About box over ``parent``."""
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.about(
        parent, QCoreApplication.translate("MainWindow", "About AI Energy Explorer"), about_text()
    )
