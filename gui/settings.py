"""The app's own settings, typed and versioned: one pydantic model, read and written in one place.

What a person sets once and expects back next time: the language, the dark theme, the window's size and
layout (geometry, docks, splitter), the recent files, their own hardware, grids and data-centre profiles, and
the classroom preferences. They used to be raw ``QSettings`` keys spread over three modules, the language and
theme were not kept at all, and a hand-edited or truncated value (``window/geometry=hello``, an integer recent
list) stopped the app at every start (reliability review 2026-12, defects 1 and 16).

As napari does for its settings (``napari/settings/_migrations.py``) and as scenario files do here
(``core.scenario.MIGRATIONS``): the stored document carries ``schema_version``, and :data:`MIGRATIONS` upgrades
an older one step by step. Version 0 is the loose keys of earlier releases, gathered into the model once.
Reading never fails: a value of the wrong type is dropped (and logged) and its default used; a document that
is not JSON at all is reset with a log line. The document is stored as one JSON string under
:data:`KEY` in ``QSettings`` (so the platform's settings location, and the tests' isolated one, still apply).
"""

from __future__ import annotations

import base64
import json
import logging
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from core.classroom import ClassroomSetup
from gui.qtapp import SETTINGS_KEY

log = logging.getLogger("aiee.settings")

KEY = SETTINGS_KEY
SCHEMA_VERSION = 2
#: the loose keys of version 0 (before this module)
LEGACY_KEYS = {
    "geometry": "window/geometry",
    "window_state": "window/state",
    "splitter": "window/splitter",
    "recent_files": "files/recent",
    "library": "custom/definitions",
}
MAX_RECENT = 8
KINDS = ("accelerators", "regions", "profiles")


class Library(BaseModel):
    """The person's own definitions by id, each as entered (validated again where it is used)."""

    model_config = ConfigDict(extra="ignore")
    accelerators: dict[str, dict[str, Any]] = Field(default_factory=dict)
    regions: dict[str, dict[str, Any]] = Field(default_factory=dict)
    profiles: dict[str, dict[str, Any]] = Field(default_factory=dict)


class Classroom(BaseModel):
    """How classroom mode opens."""

    model_config = ConfigDict(extra="ignore")
    full_screen: bool = True


class Projector(BaseModel):
    """A projector preference: ``text_scale`` (the whole window drawn larger, from the next start: Qt's
    ``QT_SCALE_FACTOR``; offered only as far as the window still fits the screen) and ``high_contrast``
    (black on white, every text at least 7:1 against its background: gui.theme.HIGH_CONTRAST)."""

    model_config = ConfigDict(extra="ignore")
    text_scale: float = Field(1.0, ge=1.0, le=2.0)
    high_contrast: bool = False


class AppSettings(BaseModel):
    """Everything the app remembers between runs. Byte blobs (Qt's geometry and layout) are base64 text."""

    model_config = ConfigDict(extra="ignore", validate_assignment=True)
    schema_version: int = SCHEMA_VERSION
    #: "en" or "ja"; None: follow the system's language
    language: Literal["en", "ja"] | None = None
    dark: bool = False
    geometry: str | None = None
    window_state: str | None = None
    splitter: str | None = None
    recent_files: list[str] = Field(default_factory=list, max_length=MAX_RECENT)
    library: Library = Field(default_factory=Library)
    classroom: Classroom = Field(default_factory=Classroom)
    #: the teacher's set-up in use: locked and hidden inputs, start-up values (core.classroom)
    teacher: ClassroomSetup = Field(default_factory=ClassroomSetup)
    #: the teacher's PIN, as core.classroom.hash_pin keeps it (salt and derived key); None: no PIN asked
    teacher_pin: str | None = Field(None, max_length=300)
    projector: Projector = Field(default_factory=Projector)
    #: the welcome card at start (three ways in); "Don't show again" sets it False, Help > Getting started
    #: shows the card whatever it says
    show_welcome: bool = True


# ----- migrations ------------------------------------------------------------------------------------------


def _blob(value: Any) -> str | None:
    """A QByteArray / bytes value of the old keys as base64 text; anything else is not a blob."""
    try:
        from PySide6.QtCore import QByteArray

        if isinstance(value, QByteArray):
            value = bytes(value.data())
    except ImportError:  # pragma: no cover - the GUI always has Qt
        pass
    if isinstance(value, bytes | bytearray) and value:
        return base64.b64encode(bytes(value)).decode("ascii")
    return None


def _v0_to_v1(data: dict[str, Any]) -> dict[str, Any]:
    """Version 0: the loose QSettings keys (``window/geometry``, ``files/recent``, ``custom/definitions``...),
    handed in as they were read; values of the wrong type are left for :func:`read` to drop."""
    out: dict[str, Any] = {"schema_version": 1}
    for field in ("geometry", "window_state", "splitter"):
        blob = _blob(data.get(field))
        if blob is not None:
            out[field] = blob
        elif data.get(field) is not None:
            log.warning("settings: %s was not Qt layout data; the default is used", LEGACY_KEYS[field])
    recent = data.get("recent_files")
    if isinstance(recent, str):
        recent = [recent]
    if recent is not None:
        out["recent_files"] = recent
    raw = data.get("library")
    if isinstance(raw, str):
        try:
            out["library"] = json.loads(raw)
        except (ValueError, RecursionError):
            log.warning("settings: %s was not JSON; the library starts empty", LEGACY_KEYS["library"])
    return out


def _v1_to_v2(data: dict[str, Any]) -> dict[str, Any]:
    """Version 2 adds the teacher's set-up and the projector preference. Version 1's ``classroom`` (how
    classroom mode opens) stays as it was; the new sections start at their defaults: nothing locked or
    hidden, text at 100 %, no high contrast."""
    return {**data, "schema_version": 2, "teacher": {}, "projector": {}}


#: version -> the function that upgrades a document of that version to the next
MIGRATIONS = {0: _v0_to_v1, 1: _v1_to_v2}


def migrate(data: dict[str, Any]) -> dict[str, Any]:
    """Upgrade an older settings document step by step to :data:`SCHEMA_VERSION`."""
    version = data.get("schema_version", 0)
    if not isinstance(version, int) or isinstance(version, bool) or version < 0:
        version = 0
    while version < SCHEMA_VERSION:
        data = MIGRATIONS[version](data)
        version = data["schema_version"]
    return data


# ----- reading and writing ----------------------------------------------------------------------------------


def parse(data: Any) -> AppSettings:
    """The settings in ``data`` (a dict of the current version): each field that does not validate is dropped
    with a log line, so one bad value never costs the others."""
    if not isinstance(data, dict):
        log.warning("settings: not a JSON object; defaults used")
        return AppSettings()
    clean: dict[str, Any] = {}
    for name in AppSettings.model_fields:
        if name not in data or name == "schema_version":
            continue
        try:
            AppSettings.model_validate({name: data[name]})
        except (ValidationError, RecursionError, ValueError) as err:
            log.warning("settings: %s dropped (%s); the default is used", name, str(err).splitlines()[0])
            continue
        clean[name] = data[name]
    settings = AppSettings.model_validate(clean)
    # a library entry of the wrong shape is skipped, the others kept
    for kind in KINDS:
        entries = getattr(settings.library, kind)
        for uid in [u for u, d in entries.items() if not isinstance(d, dict)]:
            log.warning("settings: library %s entry %r dropped (not an object)", kind, uid)
            entries.pop(uid)
    return settings


def read() -> AppSettings:
    """The stored settings (defaults when there are none); never raises."""
    from PySide6.QtCore import QSettings

    store = QSettings()
    raw = store.value(KEY)
    if raw is None:  # nothing of this module yet: gather the keys of version 0, if any
        data: Any = {field: store.value(key) for field, key in LEGACY_KEYS.items()}
        data["schema_version"] = 0
    else:
        try:
            data = json.loads(raw) if isinstance(raw, str) else None
        except (ValueError, RecursionError):
            data = None
        if not isinstance(data, dict):
            log.warning("settings: %s is not a JSON object; defaults used", KEY)
            return AppSettings()
        version = data.get("schema_version")
        if isinstance(version, int) and not isinstance(version, bool) and version > SCHEMA_VERSION:
            log.warning(
                "settings: version %s is newer than this app's %s; defaults used", version, SCHEMA_VERSION
            )
            return AppSettings()
    try:
        data = migrate(data)
    except Exception as err:  # a migration must never stop the app
        log.warning("settings: could not upgrade (%s); defaults used", err)
        return AppSettings()
    return parse(data)


def write(settings: AppSettings) -> None:
    """Store ``settings`` as one document (and drop the keys of version 0, now inside it)."""
    from PySide6.QtCore import QSettings

    store = QSettings()
    store.setValue(KEY, settings.model_dump_json())
    for key in LEGACY_KEYS.values():
        store.remove(key)


def update(**changes: Any) -> AppSettings:
    """Read, change the given fields (validated), write; return the new settings."""
    settings = read()
    for name, value in changes.items():
        setattr(settings, name, value)
    write(settings)
    return settings


def blob(text: str | None) -> bytes | None:
    """Stored base64 text back to the bytes Qt's ``restoreGeometry`` / ``restoreState`` take."""
    if not text:
        return None
    try:
        return base64.b64decode(text.encode("ascii"), validate=True)
    except (ValueError, UnicodeEncodeError):
        return None


def as_text(data: Any) -> str | None:
    """Qt's ``saveGeometry`` / ``saveState`` bytes as base64 text for :class:`AppSettings`."""
    return _blob(data)
