"""The welcome card: three ways in, shown at the first start and from Help > Getting started.

A newcomer met "Untitled scenario", five cards, four charts and forty inputs with no word on where to begin
(UX review 2026-12, P2-1). The card offers three doors, each a real starting point: the first guided lesson,
one question of a popular chat service, and two deployments side by side. "Don't show again" is kept in the
app's typed settings (:mod:`gui.settings`, ``show_welcome``). The card is not modal: the window behind it works.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QCommandLinkButton,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gui.i18n import bind


def tr(text: str) -> str:
    return QCoreApplication.translate("Welcome", text)


class WelcomeCard(QDialog):
    """``tourAsked``, ``questionAsked``, ``compareAsked``: the door taken (the card closes itself first)."""

    tourAsked = Signal()
    questionAsked = Signal()
    compareAsked = Signal()
    #: a language picked on the card (its code): a newcomer need not find View > Language first
    languageAsked = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("welcomeCard")
        self.setModal(False)
        # a card's edge, also where no window manager frames it (a kiosk, a projector PC)
        self.setStyleSheet("QDialog#welcomeCard { border: 1px solid #8c8c8c; }")
        bind(self, "setWindowTitle", lambda: tr("Welcome to AI Energy Explorer"))
        self.heading = bind(QLabel(self), "setText", lambda: tr("How much electricity does AI need?"))
        f = QFont(self.heading.font())
        f.setBold(True)
        f.setPointSizeF(f.pointSizeF() * 1.5)
        self.heading.setFont(f)
        self.heading.setWordWrap(True)
        self.intro = bind(
            QLabel(self),
            "setText",
            lambda: tr(
                "This calculator estimates the electricity, carbon and water of training and serving an AI "
                "model, with a likely range for every number and a source for every input. Pick a way in:"
            ),
        )
        self.intro.setWordWrap(True)
        self.tour = self._door(
            lambda: tr("The 10-minute tour"),
            lambda: tr("Guided lessons: move one lever at a time and see what it changes."),
            self.tourAsked,
        )
        self.question = self._door(
            lambda: tr("How much does one question cost?"),
            lambda: tr(
                "A popular chat service answering 700 million questions a day: one question's energy, "
                "carbon and water, and your own questions for a year."
            ),
            self.questionAsked,
        )
        self.compare = self._door(
            lambda: tr("Compare two deployments"),
            lambda: tr(
                "The same service in two places, side by side: the grid changes the carbon, not the energy."
            ),
            self.compareAsked,
        )
        self.dont_show = bind(QCheckBox(self), "setText", lambda: tr("&Don't show this at start"))
        self.dont_show.setObjectName("welcomeDontShow")
        bind(
            self.dont_show,
            "setToolTip",
            lambda: tr("Help > Getting started (F1) shows this card again at any time."),
        )
        self.dont_show.toggled.connect(self._remember)
        from gui.window.menus import LANGUAGES

        self.languages = {}
        language_row = QHBoxLayout()
        language_row.setSpacing(4)
        for code, name in LANGUAGES:  # each named in its own language, as in View > Language
            button = QPushButton(name, self)
            button.setFlat(True)
            button.setObjectName(f"welcomeLanguage_{code}")
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.clicked.connect(lambda _=False, code=code: self._language(code))
            self.languages[code] = button
            language_row.addWidget(button)
        language_row.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        bind(self.close_button, "setText", lambda: tr("&Explore on my own"))
        lay = QVBoxLayout(self)
        lay.setContentsMargins(18, 14, 18, 12)
        lay.setSpacing(8)
        lay.addWidget(self.heading)
        lay.addWidget(self.intro)
        for door in (self.tour, self.question, self.compare):
            lay.addWidget(door)
        lay.addSpacing(4)
        row = QVBoxLayout()
        row.addWidget(self.dont_show)
        bottom = QHBoxLayout()
        bottom.addLayout(language_row, 1)
        bottom.addWidget(buttons)
        row.addLayout(bottom)
        lay.addLayout(row)
        self.setMinimumWidth(min(560, max(420, self.fontMetrics().averageCharWidth() * 70)))
        self.tour.setFocus(Qt.FocusReason.OtherFocusReason)

    def _language(self, code: str) -> None:
        self.languageAsked.emit(code)
        self.show_languages()

    def show_languages(self) -> None:
        """The language shown in bold; the other underlined, as a link to it."""
        from gui.i18n import current_language

        for code, button in self.languages.items():
            current = code == current_language()
            button.setStyleSheet(
                "QPushButton { font-weight: bold; }"
                if current
                else "QPushButton { text-decoration: underline; }"
            )

    def _door(self, title, description, signal) -> QCommandLinkButton:
        button = QCommandLinkButton(self)
        bind(button, "setText", title)
        bind(button, "setDescription", description)
        button.clicked.connect(lambda: (self.accept(), signal.emit()))
        return button

    def sync(self) -> None:
        """The check box as the settings say (the card may be shown again from Help)."""
        from gui import settings

        self.dont_show.blockSignals(True)
        self.dont_show.setChecked(not settings.read().show_welcome)
        self.dont_show.blockSignals(False)
        self.show_languages()

    def _remember(self, checked: bool) -> None:
        from gui import settings

        settings.update(show_welcome=not checked)


def should_show_at_start() -> bool:
    """True unless the person ticked "Don't show this at start"."""
    from gui import settings

    return settings.read().show_welcome
