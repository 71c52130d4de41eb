"""A teacher's classroom set-up: which inputs are locked or hidden, the start-up values, the lesson and
whether classroom mode opens, kept in the app's settings and saved as a classroom file (``*.aiee-class.json``).

``python main.py lesson-room.aiee-class.json`` starts straight into it. The file is read through
:func:`core.files.read_file` and written through :func:`core.files.write_file` (the app's one read and write
path) and validated by :class:`ClassroomSetup`: a bad file is one line naming the file and the field, and the
app starts as usual.

A locked input cannot be changed in the input panel (its controls are disabled and an edit of its path is
refused); a lesson step or a preset the teacher loads still sets it. A hidden input is not shown at all.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from core.scenario import Scenario, ScenarioError, field_paths, parse_scenario, printable

SUFFIX = ".aiee-class.json"
SCHEMA_VERSION = 1
MAX_CLASSROOM_BYTES = 2_000_000
KIND = "aiee-classroom"


class ClassroomError(ValueError):
    """A classroom file that cannot be used; ``str()`` names the file and the field."""


def _paths(paths: list[str]) -> list[str]:
    known = field_paths()
    for path in paths:
        if path not in known:
            raise ValueError(f"{path!r} is not an input of the scenario (main.py schema lists them)")
    return list(dict.fromkeys(paths))


class ClassroomSetup(BaseModel):
    """What the teacher set: ``locked`` and ``hidden`` inputs (scenario paths), the ``startup`` scenario
    (None: the defaults, or the file opened), the ``lesson`` to open (its number or id) and ``classroom``
    (open classroom mode)."""

    model_config = ConfigDict(extra="forbid")
    schema_version: Literal[1] = SCHEMA_VERSION
    kind: Literal["aiee-classroom"] = KIND
    name: Annotated[str, Field(max_length=200)] = ""
    locked: Annotated[list[str], Field(max_length=200)] = Field(default_factory=list)
    hidden: Annotated[list[str], Field(max_length=200)] = Field(default_factory=list)
    startup: dict[str, Any] | None = None
    lesson: Annotated[str, Field(max_length=200)] | None = None
    classroom: bool = False

    _check_locked = field_validator("locked")(lambda cls, v: _paths(v))
    _check_hidden = field_validator("hidden")(lambda cls, v: _paths(v))

    @field_validator("startup")
    @classmethod
    def _scenario(cls, data: dict[str, Any] | None) -> dict[str, Any] | None:
        if data is None:
            return None
        try:
            return parse_scenario(data).model_dump(mode="json")
        except ScenarioError as err:
            raise ValueError(f"the start-up scenario: {err}") from None

    def startup_scenario(self) -> Scenario | None:
        return parse_scenario(self.startup) if self.startup is not None else None

    @property
    def empty(self) -> bool:
        return not (self.locked or self.hidden or self.startup or self.lesson or self.classroom)


def is_classroom_file(path: str | Path) -> bool:
    return str(path).lower().endswith(SUFFIX)


def parse_setup(data: Any, source: str = "classroom file") -> ClassroomSetup:
    """A set-up from JSON data; raises :class:`ClassroomError` naming ``source`` and the field."""
    try:
        return ClassroomSetup.model_validate(data)
    except ValidationError as err:
        first = err.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "the file"
        message = first["msg"].removeprefix("Value error, ")
        if first["type"] == "extra_forbidden":
            message = "not a field of a classroom file (a typo?)"
        elif first["type"] == "model_type":
            message = "a classroom file is a JSON object"
        raise ClassroomError(f"{source}, {where}: {printable(message, 300)}") from None


def load_classroom_file(path: str | Path) -> ClassroomSetup:
    """Read and check a classroom file; raises :class:`ClassroomError` (one line naming the file)."""
    from core.files import describe, read_file

    name = printable(Path(path).name, 120)
    try:
        raw = read_file(path, MAX_CLASSROOM_BYTES, "classroom")
    except OSError as err:
        raise ClassroomError(describe(err, str(path), "read")) from None
    try:
        data = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise ClassroomError(f"{name}: not UTF-8 text") from None
    except json.JSONDecodeError as err:
        raise ClassroomError(
            f"{name}: not valid JSON (line {err.lineno}, column {err.colno}: {err.msg})"
        ) from None
    except RecursionError:
        raise ClassroomError(f"{name}: nested too deeply to be a classroom file") from None
    return parse_setup(data, name)


def save_classroom_file(setup: ClassroomSetup, path: str | Path) -> str:
    """Write the set-up through the app's one write path (atomic; a read-only target refused); returns the
    path written."""
    from core.files import write_file

    text = json.dumps(setup.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n"
    return write_file(path, text, what="classroom")


# ----- the teacher's PIN ----------------------------------------------------------------------------------
#: PBKDF2-HMAC-SHA256 (NIST SP 800-132); the settings keep only the salt and the derived key
PIN_ITERATIONS = 200_000
PIN_LENGTH = (4, 32)


def hash_pin(pin: str, salt: bytes | None = None, iterations: int = PIN_ITERATIONS) -> str:
    """``pbkdf2_sha256$iterations$salt$key`` for a PIN of 4 to 32 characters; raises ValueError otherwise."""
    import hashlib
    import os

    if not PIN_LENGTH[0] <= len(pin) <= PIN_LENGTH[1]:
        raise ValueError(f"a PIN has {PIN_LENGTH[0]} to {PIN_LENGTH[1]} characters; this one has {len(pin)}")
    salt = salt if salt is not None else os.urandom(16)
    key = hashlib.pbkdf2_hmac("sha256", pin.encode("utf-8"), salt, iterations)
    return f"pbkdf2_sha256${iterations}${salt.hex()}${key.hex()}"


def check_pin(pin: str, stored: str | None) -> bool:
    """True when ``pin`` is the one ``stored`` was made from (no PIN stored: always True)."""
    import hmac

    if not stored:
        return True
    try:
        method, iterations, salt, key = stored.split("$")
        if method != "pbkdf2_sha256" or not PIN_LENGTH[0] <= len(pin) <= PIN_LENGTH[1]:
            return False
        again = hash_pin(pin, bytes.fromhex(salt), int(iterations)).split("$")[3]
    except ValueError:
        return False
    return hmac.compare_digest(again, key)
