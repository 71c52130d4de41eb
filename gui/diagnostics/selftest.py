"""``main.py --self-test``: open the window offscreen, use every input once, render every chart, check it.

Prints one line, ``self-test OK: ...``, and returns 0; on any problem prints what failed and returns 1.
Settings go to a temporary folder, so a self-test never changes the user's remembered window.
"""

from __future__ import annotations

import tempfile
import time
from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtGui import QImage

from gui.inputs.pickers import ID_ROLE
from gui.presenter import settle


def blank_reason(image: QImage) -> str | None:
    """None if the image shows something; else why it looks blank (one colour, or almost nothing drawn)."""
    if image.isNull() or image.width() < 10 or image.height() < 10:
        return "no image"
    w, h = image.width(), image.height()
    counts: dict[int, int] = {}
    n = 0
    for y in range(2, h - 2, max(1, h // 60)):
        for x in range(2, w - 2, max(1, w // 60)):
            c = image.pixel(x, y)
            counts[c] = counts.get(c, 0) + 1
            n += 1
    top = max(counts.values())
    if len(counts) < 3:
        return f"only {len(counts)} colour(s)"
    if (n - top) / n < 0.02:
        return f"only {100 * (n - top) / n:.1f} % of the picture differs from the background"
    return None


def use_temporary_settings() -> str:
    """Settings, autosaves and logs of this process go to a throw-away folder, never the user's."""
    import os

    folder = tempfile.mkdtemp(prefix="aiee-settings-")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, folder)
    # Qt's own file dialogs keep their state in "QtProject" settings of the native format
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, folder)
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        os.environ[var] = os.path.join(folder, var.lower())  # read by QStandardPaths on Linux
    return folder


def exercise(win: Any) -> tuple[int, list[str]]:
    """Move every input once (as a person would) and check the scenario follows; returns (count, problems)."""
    p = win.presenter
    problems: list[str] = []
    done = 0
    for path, inp in win.inputs.items():
        before = p.scenario.get(path)
        pos = inp.slider.value()
        # one way, and the other if the model refuses it (active parameters may not exceed the total); then
        # smaller steps, as a person would when a long step is refused (reasoning tokens may not overflow a
        # context the earlier moves left nearly full)
        ways = (150, -150) if pos <= 700 else (-150, 150)
        for target in [pos + d for d in (*ways, ways[0] // 5, ways[1] // 5)]:
            inp.slider.setValue(target)
            settle(p)
            if p.scenario.get(path) != before:
                break
        if p.scenario.get(path) == before:
            problems.append(f"slider {path} did not change the scenario")
        if inp.error_shown():
            problems.append(f"slider {path} showed an error: {inp.error.text()}")
        done += 1
    # typing into a number box (175B needs more memory than the accelerator count the sliders may have left
    # given, which the estimator now refuses: let the count follow the model again first)
    p.set_values({"inference.accelerator_count": None, "inference.reasoning_tokens": 0})
    settle(p)
    box = win.inputs["model.parameters"].box
    box.setText("175B")
    box.editingFinished.emit()
    settle(p)
    if p.scenario.model.parameters != 1.75e11:
        problems.append("typing 175B did not set 1.75e11 parameters")
    done += 1
    # pickers and choices
    for picker, path in (
        (win.train_picker, "training.accelerator"),
        (win.serve_picker, "inference.accelerator"),
    ):
        other = next(a for a in picker.enabled_ids() if a != p.scenario.get(path))
        row = next(r for r in range(picker.model.rowCount()) if picker.model.item(r).data(ID_ROLE) == other)
        picker.combo.setCurrentIndex(row)
        picker.combo.activated.emit(row)
        settle(p)
        if p.scenario.get(path) != other:
            problems.append(f"{path} picker did not select {other}")
        done += 1
    for combo, path in (
        (win.precision, "training.precision"),
        (win.weight_bits, "inference.weight_bits"),
        (win.profile, "datacenter.profile"),
    ):
        i = (combo.currentIndex() + 2) % combo.count()
        combo.setCurrentIndex(i)
        combo.activated.emit(i)
        settle(p)
        if p.scenario.get(path) != combo.itemData(i):
            problems.append(f"{path} choice did not apply")
        done += 1
    win.region.choose("FR")
    settle(p)
    if p.scenario.datacenter.region != "FR":
        problems.append("region picker did not select FR")
    done += 1
    win.sites.add_site()
    win.sites.add_site()
    win.sites.split_evenly()
    settle(p)
    if len(p.scenario.datacenter.sites) != 2:
        problems.append(f"sites table gave {len(p.scenario.datacenter.sites)} sites, expected 2")
    done += 1
    for pid, act in win.preset_actions.items():
        act.trigger()
        settle(p)
        if p.scenario.preset != pid:
            problems.append(f"preset {pid} did not load")
    return done, problems


def render_checks(win: Any) -> tuple[int, list[str]]:
    problems = []
    widgets = {"headline": win.headline}
    for chart in win.charts:
        widgets[type(chart).__name__] = chart
    for name, w in widgets.items():
        reason = blank_reason(w.grab().toImage())
        if reason:
            problems.append(f"{name} looks blank: {reason}")
        if hasattr(w, "chart"):
            reason = blank_reason(w.chart.grab().toImage())
            if reason:
                problems.append(f"{name} plot area looks blank: {reason}")
    return len(widgets), problems


def layout_checks(win: Any, layout: dict) -> tuple[str, list[str]]:
    """The layout check (gui.diagnostics.layout) on a screen of ``layout["size"]`` (default 1366x768), with
    lesson ``layout["lesson"]`` open and classroom mode when asked; returns (what was checked, failures)."""
    from PySide6.QtCore import QSize

    from gui.diagnostics.layout import arrange, check_layout

    w, _, h = str(layout.get("size", "1366x768")).partition("x")
    size = QSize(int(w), int(h))
    try:
        shown = arrange(win, size, layout.get("lesson"), bool(layout.get("classroom")))
    except ValueError as err:
        return "", [str(err)]
    what = f"{size.width()}x{size.height()}" + (
        f", lesson {layout['lesson']}" if layout.get("lesson") else ""
    )
    what += ", classroom mode" if layout.get("classroom") else ""
    return what, [f"layout: {p}" for p in check_layout(shown, size)]


def press_every_shortcut(win: Any) -> tuple[int, list[str]]:
    """Press each menu command's shortcuts once, as a person would; problems: any Qt "Ambiguous shortcut"
    message, any unhandled exception, and a shortcut that reached no command.

    Dialogs a command opens are dismissed at once (nobody can answer them offscreen); classroom mode is
    closed again; Quit is pressed last, and must close the window.
    """
    import sys

    from PySide6.QtCore import QTimer, qInstallMessageHandler
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    problems: list[str] = []
    messages: list[str] = []
    errors: list[str] = []
    app = QApplication.instance()

    def dismiss() -> None:
        modal = QApplication.activeModalWidget()
        if modal is not None:
            modal.close()

    closer = QTimer()
    closer.setInterval(20)
    closer.timeout.connect(dismiss)
    closer.start()
    previous_hook = sys.excepthook
    sys.excepthook = lambda kind, value, tb: errors.append(f"{kind.__name__}: {value}")
    previous = qInstallMessageHandler(lambda mode, ctx, msg: messages.append(msg))
    pressed = 0
    try:
        actions = win.menus.actions
        order = [k for k in actions if k != "quit"] + (["quit"] if "quit" in actions else [])
        fired: list[str] = []
        for key in order:
            actions[key].triggered.connect(lambda *_, key=key: fired.append(key))
        for key in order:
            act = actions[key]
            for seq in act.shortcuts():
                if not act.isEnabled():  # e.g. Redo with nothing to redo: Qt rightly runs nothing
                    continue
                fired.clear()
                deadline = time.perf_counter() + 2.0  # a dismissed dialog hands the focus back a moment later
                while QApplication.activeWindow() is not win and time.perf_counter() < deadline:
                    win.activateWindow()
                    app.processEvents()
                    time.sleep(0.005)
                QTest.keySequence(win, seq)
                app.processEvents()
                pressed += 1
                if fired != [key]:
                    problems.append(f"shortcut {seq.toString()} ran {fired or 'nothing'}, not {key!r}")
                classroom = getattr(win.extras, "classroom", None)
                if classroom is not None:
                    classroom.close()
                    win.extras.classroom = None
        if "quit" in actions and win.isVisible():
            problems.append("Quit left the window open")
    finally:
        closer.stop()
        qInstallMessageHandler(previous)
        sys.excepthook = previous_hook
    problems += [f"Qt: {m}" for m in messages if "Ambiguous shortcut" in m]
    problems += [f"unhandled exception after a shortcut: {e}" for e in errors]
    return pressed, problems


def run_self_test(lang: str | None = None, file: str | None = None, layout: dict | None = None) -> int:
    t0 = time.perf_counter()
    use_temporary_settings()
    from gui.i18n import apply_language
    from gui.qtapp import close_window, create_app

    app = create_app()
    apply_language(app, lang)
    from gui.window.main_window import MainWindow

    win = MainWindow()
    win.resize(1366, 768)
    win.show()
    app.processEvents()
    scenario = None
    problems: list[str] = []
    if file:
        from core.scenario import ScenarioError, load_scenario_file

        try:
            scenario = load_scenario_file(file)
        except ScenarioError as err:
            problems.append(str(err))
    win.build(scenario)
    failures: list[str] = []
    win.presenter.failed.connect(failures.append)
    settle(win.presenter)
    n_inputs, more = exercise(win)
    problems += more
    # back to the defaults, then render
    win.reset_defaults()
    settle(win.presenter, full=True)
    n_charts, more = render_checks(win)
    problems += more + [f"recomputation failed: {m}" for m in failures]
    checked = ""
    if layout is not None:
        checked, more = layout_checks(win, layout)
        problems += more
    recomputes = win.presenter.recompute_count
    n_shortcuts, more = press_every_shortcut(win)
    problems += more
    close_window(app, win)
    if problems:
        print("self-test FAILED:")
        for line in problems:
            print(f"  - {line}")
        return 1
    print(
        f"self-test OK: {n_inputs} inputs exercised, {len(win.preset_actions)} presets loaded, "
        f"{n_charts} charts rendered and not blank, {recomputes} recomputations, "
        f"{n_shortcuts} menu shortcuts pressed, "
        + (f"layout whole at {checked}, " if checked else "")
        + f"{time.perf_counter() - t0:.1f} s"
    )
    return 0
