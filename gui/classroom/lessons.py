"""The lessons the window shows: the app's lesson files, the teacher's own and any opened, as one library.

The lessons are data (``resources/lessons/*.json``, read and checked by :mod:`core.lessons`). A teacher's
copies live in the lessons folder of the user's data folder (:func:`lessons_folder`); a file opened with
"Load lesson file…" or given on the command line (``main.py --lesson FILE.json``) joins them for the session.
A lesson of the same id replaces the app's. A file that cannot be used is reported (file, step, field) and
the others load.

The texts carry their translations in the file. The panel and classroom mode ask for them as for any other
text, ``QCoreApplication.translate("Lessons", step.title)``: :class:`LessonTranslator`, installed with the
library, answers that context from the lesson files in the current language.

``python main.py lesson --list [--lang ja] [--file FILE.json]`` prints the steps for rehearsal.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QStandardPaths, QTranslator

from core.lessons import Lesson, LessonError, LessonLibrary, Step, load_library, read_lesson_file

__all__ = ["CONTEXT", "Lesson", "LessonError", "Step", "lessons", "library", "scenario_for", "steps"]

CONTEXT = "Lessons"
#: the library in use, the lesson files added this session, the folder read (None: the user's data folder)
_state: dict[str, Any] = {"library": None, "files": [], "folder": None, "translator": None}


def lessons_folder() -> Path:
    """The teacher's lessons folder: ``lessons`` in the app's data folder (the tests' isolated one)."""
    if _state["folder"] is not None:
        return Path(_state["folder"])
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base) / "lessons"


def library() -> LessonLibrary:
    """The lessons in use (read once, then kept until :func:`reload`)."""
    if _state["library"] is None:
        _state["library"] = load_library(lessons_folder(), list(_state["files"]))
    if _state["translator"] is None:  # once there is an application (read before it, e.g. by a test)
        _install_translator()
    return _state["library"]


def reload(folder: str | Path | None = None) -> LessonLibrary:
    """Read every lesson again (after the teacher edited a file); ``folder`` replaces the lessons folder
    (the tests' own)."""
    if folder is not None:
        _state["folder"] = folder
    _state["library"] = None
    return library()


def add_file(path: str | Path) -> Lesson:
    """Read a lesson file and use it from now on in this session; raises :class:`LessonError`."""
    lesson = read_lesson_file(path, "file")  # refused here, the library unchanged
    path = str(Path(path).resolve())
    if path not in _state["files"]:
        _state["files"].append(path)
    reload()
    return next(les for les in library().lessons if les.id == lesson.id)


def first_step_of(key: str) -> int:
    """The first step (index into every step) of lesson ``key``: its number, its id or a lesson file (then
    added to the lessons); raises ValueError naming the choices, or the file's problem."""
    if key.endswith(".json") or Path(key).is_file():
        try:
            chosen = add_file(key)
        except LessonError as err:
            raise ValueError(str(err)) from None
    else:
        try:
            chosen = library().find(key)
        except KeyError as err:
            raise ValueError(err.args[0]) from None
    return library().first_step(chosen)


def lessons() -> tuple[Lesson, ...]:
    return library().lessons


def __getattr__(name: str) -> Any:
    """``LESSONS``, the constant of earlier releases: the lessons in use now (they can change in a session)."""
    if name == "LESSONS":
        return lessons()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def steps() -> list[tuple[Lesson, int, Step]]:
    """Every step in order, with its lesson and its index within the lesson."""
    return library().steps()


def scenario_for(step_index: int):
    return library().scenario_for(step_index)


def before_for(step_index: int):
    return library().before_for(step_index)


def starts_afresh(step_index: int) -> bool:
    """True when the step loads a new preset: its numbers are not comparable with the step before."""
    return bool(steps()[step_index][2].preset)


def language() -> str:
    return "ja" if QLocale().language() == QLocale.Language.Japanese else "en"


class LessonTranslator(QTranslator):
    """Answers context "Lessons" from the lesson files, in the language of the default locale (which
    :func:`gui.i18n.apply_language` sets); every other context goes on to the app's catalogue."""

    def translate(self, context: str, source: str, disambiguation: Any = None, n: int = -1) -> Any:
        if context != CONTEXT or _state["library"] is None:
            return None  # a null string: Qt asks the next translator
        return _state["library"].translations(language()).get(source)

    def isEmpty(self) -> bool:
        return False


def _install_translator() -> None:
    app = QCoreApplication.instance()
    if app is not None and _state["translator"] is None:
        _state["translator"] = LessonTranslator(app)
        app.installTranslator(_state["translator"])
