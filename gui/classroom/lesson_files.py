"""A teacher's lesson files: the lessons folder, "Load lesson file…", "Edit a copy of this lesson…".

The lessons folder is ``lessons`` in the user's data folder (:func:`gui.classroom.lessons.lessons_folder`).
"Edit a copy" writes the lesson on screen there as a file (through :func:`core.files.write_file`, the app's one
write path) and opens the folder; the copy has the lesson's id, so the app shows it instead of its own. The
folder is watched (``QFileSystemWatcher``): when the teacher saves a file, the lessons are read again and the
panel stays on its step. A file that cannot be used is said in the status bar (and in a message box when the
teacher asked for that file), naming the file, the step and the field; the other lessons load.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QFileSystemWatcher, QObject, QTimer, QUrl
from PySide6.QtWidgets import QWidget

from gui.classroom import lessons as library
from gui.i18n import bind

README = "README.txt"
README_TEXT = """AI Energy Explorer: your lessons / 自作のレッスン

Every *.json file in this folder is a lesson the app shows in View > Guided lessons. A file with the id of
one of the app's lessons (scale, pue, hardware, grid, algorithms, distributed, quantum, world) is shown
instead of it. To start, open a lesson in the app and choose View > Teacher > Edit a copy of this lesson...:
the copy is written here. Edit it in any text editor, save it as UTF-8, and the app shows the change. The
format is described in resources/lessons/README.md of the app. Check a file with:
    python main.py lesson --file FILE.json --list

このフォルダーの *.json ファイルは、アプリの「ガイド付きレッスン」に表示されます。アプリのレッスンと同じ id
のファイルは、そのレッスンの代わりに表示されます。アプリでレッスンを開き、「表示 > 教員用 > このレッスンの
コピーを編集…」を選ぶと、ここにコピーができます。テキストエディターで編集して UTF-8 で保存すると、アプリに
反映されます。
"""


def tr(text: str) -> str:
    return QCoreApplication.translate("LessonFiles", text)


def fill_picker(panel: Any) -> None:
    """The lesson panel's picker: one item per lesson; a teacher's lesson says so after its title."""
    panel.lesson_pick.clear()
    panel.first_step = [library.library().first_step(lesson) for lesson in library.lessons()]
    for i, lesson in enumerate(library.lessons()):
        panel.lesson_pick.addItem("")
        mine = (
            QT_TRANSLATE_NOOP("LessonFiles", "{title} (yours)") if lesson.origin != "built-in" else "{title}"
        )
        bind(
            panel.lesson_pick,
            "setItemText",
            lambda lesson=lesson, mine=mine: QCoreApplication.translate("LessonFiles", mine).format(
                title=QCoreApplication.translate("Lessons", lesson.title)
            ),
            i,
        )


def reload_panel(panel: Any) -> None:
    """After the lessons were read again: the same lesson and step when still there, else the start."""
    shown = panel.flat[panel.index] if 0 <= panel.index < len(panel.flat) else None
    panel.flat = library.steps()
    panel.effects.clear()
    panel.track.forget()  # the steps' places may have changed
    fill_picker(panel)
    where = [
        k
        for k, (les, i, _) in enumerate(panel.flat)
        if shown is not None and (les.id, i) == (shown[0].id, shown[1])
    ]
    if where and panel.left is not None:  # a preset or file replaced the step's scenario: it stays
        panel.index = where[0]
        panel._render()
        panel.stepLeft.emit(panel.index)
    elif where:
        panel.show_step(where[0])
    else:
        panel.index, panel.left = -1, None
        panel.clear_highlight()
        panel._render()
        panel.stepShown.emit(-1)  # the lesson is gone: classroom mode leaves it too


class LessonFiles(QObject):
    """The teacher's lesson commands over the lesson ``panel``; ``parent`` owns the dialogs and
    ``show_status(text, ms)`` shows a passing message (the window's status line)."""

    def __init__(self, panel: Any, parent: QWidget, show_status: Callable[..., None]):
        super().__init__(parent)
        self.panel, self.parent_widget, self.show_status = panel, parent, show_status
        self.watcher = QFileSystemWatcher(self)
        self.watcher.directoryChanged.connect(self._changed)
        self.watcher.fileChanged.connect(self._changed)
        self.timer = QTimer(self)  # an editor's save is several events: read once they have settled
        self.timer.setSingleShot(True)
        self.timer.setInterval(400)
        self.timer.timeout.connect(self.reload)
        self._watch()
        # after the window's own "Ready" line, which would otherwise cover it at once
        QTimer.singleShot(0, lambda: self.report(library.library().problems))

    # ----- commands ---------------------------------------------------------------------------------
    def open_folder(self) -> Path:
        """Make the lessons folder if needed and show it in the system's file manager."""
        from PySide6.QtGui import QDesktopServices

        from core.files import write_file

        folder = library.lessons_folder()
        try:
            folder.mkdir(parents=True, exist_ok=True)
            if not (folder / README).exists():  # what the folder is for, to whoever opens it
                write_file(folder / README, README_TEXT, what="lesson")
        except OSError as err:
            self._warn(tr("Could not make the lessons folder"), f"{folder}: {err.strerror or err}")
            return folder
        self._watch()
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
        self.show_status(
            tr("Lessons folder: {path}. Copies saved there are shown instead of the app's lesson.").format(
                path=folder
            ),
            15000,
        )
        return folder

    def load_dialog(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(
            self.parent_widget,
            tr("Load lesson file"),
            str(library.lessons_folder()),
            tr("Lesson files (*.json);;All files (*)"),
        )
        if path:
            self.load(path)

    def load(self, path: str) -> bool:
        """Use the lesson file ``path`` from now on and show its first step; a bad file is said (file,
        step, field) and nothing changes."""
        try:
            lesson = library.add_file(path)
        except library.LessonError as err:
            self.show_status(str(err), 15000)
            self._warn(tr("Lesson file not loaded"), str(err))
            return False
        self.panel.reload_lessons()
        self.panel.show()
        self.panel.show_step(library.library().first_step(lesson))
        return True

    def edit_copy(self) -> Path | None:
        """Write the lesson on screen (the first one when none is) into the lessons folder, for the teacher to
        edit, and show the folder. An existing copy is kept, never overwritten."""
        from core.files import describe, write_file
        from core.lessons import lesson_json

        panel = self.panel
        lesson = panel.flat[panel.index][0] if panel.index >= 0 else library.lessons()[0]
        folder = library.lessons_folder()
        target = folder / f"{lesson.id}.json"
        if lesson.origin == "folder":
            target = Path(lesson.path)  # already the teacher's own copy
        elif not target.exists():
            try:
                folder.mkdir(parents=True, exist_ok=True)
                write_file(target, lesson_json(lesson), what="lesson")
            except OSError as err:
                self._warn(tr("Could not write the copy"), describe(err, str(target)))
                return None
        self.open_folder()
        self.show_status(
            tr("Your copy: {path}. Edit it and save; the lesson changes here as you save.").format(
                path=target
            ),
            20000,
        )
        self.reload()
        return target

    # ----- the folder ---------------------------------------------------------------------------------
    def reload(self) -> None:
        """Read every lesson again and keep the panel on its step; say any file that could not be used."""
        library.reload()
        self.panel.reload_lessons()
        self._watch()
        self.report(library.library().problems)

    def report(self, problems: list[Any]) -> None:
        if not problems:
            return
        text = tr("Lesson file not loaded: {problem}").format(problem=problems[0])
        if len(problems) > 1:
            text += " " + tr("(and {n} more: main.py lesson --list names them)").format(n=len(problems) - 1)
        self.show_status(text, 20000)

    def _changed(self, _path: str) -> None:
        self.timer.start()

    def _watch(self) -> None:
        folder = library.lessons_folder()
        with contextlib.suppress(RuntimeError):
            old = self.watcher.files() + self.watcher.directories()
            if old:
                self.watcher.removePaths(old)
            if folder.is_dir():
                self.watcher.addPath(str(folder))
                files = [str(p) for p in folder.glob("*.json")]
                if files:
                    self.watcher.addPaths(files)

    def _warn(self, title: str, text: str) -> None:
        from gui import plaintext

        plaintext.warning(self.parent_widget, title, text)
