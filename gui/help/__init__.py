"""The Help wing: the welcome card and its three doors, the glossary and the keyboard shortcuts.

The main window makes :class:`HelpTools` before the menus, handing it what the doors use (the presenter, the
status bar, the lesson panel, the compare tools, the per-query card, how to load a preset and name a region);
the Help menu's commands (``getting_started``, ``glossary``, ``shortcuts`` in :data:`gui.window.menus.COMMANDS`)
call it. A door is a real starting point, not a page of text.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QStatusBar, QWidget

#: the preset the second and third doors start from (resources/presets.json): serving is visible in it
CHAT_PRESET = "chat-service"
#: the grids the third door compares (catalog region codes): a coal-heavy and a nuclear-heavy one
COMPARED_REGIONS = ("US", "FR")
#: how long the door's frame stays on the per-query card
HIGHLIGHT_MS = 8000


def tr(text: str) -> str:
    return QCoreApplication.translate("Welcome", text)


class HelpTools(QObject):
    """``parent``: the widget the dialogs belong to and are centred on; ``extras``: the teaching tools (the
    lesson panel, ``set_language``); ``tools``: the what-if tools (compare, analysis); ``query_card``: the
    per-query card a door frames; ``load_preset(id)`` and ``region_name(code)``: the window's own."""

    def __init__(
        self,
        parent: QWidget,
        presenter: Any,
        status: QStatusBar,
        extras: Any,
        tools: Any,
        query_card: QWidget,
        load_preset: Callable[[str], None],
        region_name: Callable[[str], str],
    ):
        super().__init__(parent)
        self.parent_widget = parent
        self.presenter, self.status = presenter, status
        self.extras, self.tools, self.query_card = extras, tools, query_card
        self.load_preset, self.region_name = load_preset, region_name
        self.welcome: Any = None
        self.glossary_dialog: Any = None
        self.shortcuts_dialog: Any = None

    # ----- Help menu ------------------------------------------------------------------------------
    def getting_started(self) -> Any:
        """The welcome card, in front of the window (not modal)."""
        from gui.help.welcome import WelcomeCard

        if self.welcome is None:
            self.welcome = WelcomeCard(self.parent_widget)
            self.welcome.tourAsked.connect(self.tour)
            self.welcome.questionAsked.connect(self.one_question)
            self.welcome.compareAsked.connect(self.compare_two)
            self.welcome.languageAsked.connect(self.extras.set_language)
        self.welcome.sync()
        self.welcome.adjustSize()
        self._centre(self.welcome)
        self.welcome.show()
        self.welcome.raise_()
        self.welcome.activateWindow()
        return self.welcome

    def glossary(self) -> Any:
        from gui.help.glossary import GlossaryDialog

        if self.glossary_dialog is None:
            self.glossary_dialog = GlossaryDialog(self.parent_widget)
        self._centre(self.glossary_dialog)
        self.glossary_dialog.show()
        self.glossary_dialog.raise_()
        self.glossary_dialog.activateWindow()
        return self.glossary_dialog

    def shortcuts(self, menus: Any) -> Any:
        """The keys of ``menus`` (:class:`gui.window.menus.Menus`, the window's action table)."""
        from gui.help.shortcuts import ShortcutsDialog

        if self.shortcuts_dialog is None:
            self.shortcuts_dialog = ShortcutsDialog(menus, self.parent_widget)
        self.shortcuts_dialog.refresh()
        self._centre(self.shortcuts_dialog)
        self.shortcuts_dialog.show()
        self.shortcuts_dialog.raise_()
        return self.shortcuts_dialog

    def _centre(self, dialog: Any) -> None:
        """Centred on the window, and never larger than the screen it is on."""
        frame = self.parent_widget.frameGeometry()
        screen = self.parent_widget.screen().availableGeometry() if self.parent_widget.screen() else frame
        w = min(dialog.width(), screen.width() - 40)
        h = min(dialog.height(), screen.height() - 60)
        dialog.resize(w, h)
        x = frame.x() + (frame.width() - w) // 2
        y = frame.y() + (frame.height() - h) // 2
        x = max(screen.x(), min(x, screen.x() + screen.width() - w))
        y = max(screen.y(), min(y, screen.y() + screen.height() - h))
        dialog.move(x, y)

    # ----- the three doors ------------------------------------------------------------------------
    def tour(self) -> None:
        """The first guided lesson, at its first step."""
        lessons = self.extras.lessons
        lessons.show()
        lessons.raise_()
        lessons.show_step(0)

    def one_question(self) -> None:
        """The chat service, with the per-query card framed and the status bar saying where to look."""
        self.load_preset(CHAT_PRESET)
        card = self.query_card
        card.setStyleSheet("QFrame { border: 3px solid #E69F00; }")
        QTimer.singleShot(HIGHLIGHT_MS, card, lambda: card.setStyleSheet(""))  # cancelled with the card

        def words() -> str:
            from core.units import significant

            snap = self.presenter.snapshot
            wh = snap.results["inference.energy_per_query_wh"] if snap is not None else None
            return tr(
                "One question to a popular chat service: {wh} Wh, in the orange-framed card. The line under the "
                "cards puts it, and your own questions, in everyday terms."
            ).format(wh=significant(wh, 2) if wh is not None else "–")

        self._say_after_change(words)

    def compare_two(self) -> None:
        """Compare opened with two pins: the chat service on two grids (the carbon moves, the energy not)."""
        tools = self.tools
        if tools.compare.pinned:  # the person's own pins are never thrown away by a door
            tools.compare_dock.show()
            tools.compare_dock.raise_()
            self.status.showMessage(
                tr(
                    "Compare already holds your pins: press Clear there first to see two deployments side by side."
                ),
                15000,
            )
            return
        self.load_preset(CHAT_PRESET)
        for code in COMPARED_REGIONS:
            region = self.region_name(code)  # in the window's language
            name = tr("Chat service, {region} grid").format(region=region)
            err = self.presenter.set_values(
                {"datacenter.region": code, "datacenter.grid_intensity_g_per_kwh": None, "name": name},
                tr("Compare: {region}").format(region=region),
            )
            if err:
                self.status.showMessage(err, 10000)
                return
            tools.pin()
        self._say_after_change(
            lambda: tr(
                "Two deployments pinned as A and B: the same service on two grids. The grid changes the CO2e, "
                "not the energy. Change any input: the last column follows your inputs."
            )
        )

    def _say_after_change(self, words: Any) -> None:
        """Show ``words()`` in the status bar now, and again once the window has said what the door changed
        (its change line comes with the new result and would replace the door's words)."""
        presenter, bar = self.presenter, self.status
        bar.showMessage(words(), 20000)

        waiting = [True]

        def stop() -> None:
            if waiting[0]:
                waiting[0] = False
                _disconnect(presenter.changeSummary, again)

        def again(*_: Any) -> None:
            stop()
            QTimer.singleShot(0, bar, lambda: bar.showMessage(words(), 20000))

        presenter.changeSummary.connect(again)
        QTimer.singleShot(3000, bar, stop)  # nothing changed (the door's scenario was already shown)

    def show_equivalents(self) -> None:
        """The everyday line clicked: every equivalent and the label's scale."""
        tools = self.tools
        tools.analysis_dock.show()
        tools.analysis_dock.raise_()
        tools.analysis.setCurrentWidget(tools.analysis.equivalents)

    # ----- at start ---------------------------------------------------------------------------------
    def show_at_start(self) -> bool:
        """The welcome card unless the person asked not to see it; True when shown."""
        from gui.help.welcome import should_show_at_start

        if not should_show_at_start():
            return False
        if self.tools.leftovers:
            return False  # a crashed session's work is offered first; Help > Getting started stays there
        self.getting_started()
        return True


def _disconnect(signal: Any, slot: Any) -> None:
    import contextlib

    with contextlib.suppress(RuntimeError, TypeError):
        signal.disconnect(slot)
