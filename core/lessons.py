"""The guided lessons: read from their data files, and what a step shows (the lever's own effect).

The lessons are JSON files (``resources/lessons``, and a teacher's copies: see "lessons as data files" below),
each validated by :class:`LessonFile`; :func:`load_library` reads them all into a :class:`LessonLibrary`.

A lesson step either starts afresh from a preset ("New starting point: Llama 3.1 70B", no percentage: the
jump from the previous lesson means nothing) or moves one lever. The effect of a lever is measured between
two scenarios that differ in that lever only (the step's other settings applied to both), on the result the
step talks about: facility energy for PUE, market-based CO2e for bought clean energy, energy per query for
quantization and distillation. The distillation step also reports its payback in days and queries, which
the estimator computes (``optimisation.distillation_payback_days`` / ``_queries``).

Pure Python: the window formats the numbers in the reader's language, and says the texts in it.
"""

from __future__ import annotations

import difflib
import json
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationError,
    field_validator,
    model_validator,
)

from core.estimator import estimate
from core.scenario import Scenario, ScenarioError, field_paths
from core.units import printable

#: the results a step may be about, and their name in the window (translated there, context "Lessons")
METRICS = {
    "training.energy_kwh": "training energy",
    "lifecycle.energy_kwh": "facility energy",
    "lifecycle.co2e_kg": "CO2e (location-based)",
    "lifecycle.co2e_market_kg": "market-based CO2e",
    "inference.energy_per_query_wh": "energy per query",
}


#: the classroom tile that shows each result a step may be about (classroom mode frames it and, for
#: market-based CO2e, shows that figure large): lifetime energy, CO2e, per query, or the sites' peak power
TILES = {
    "training.energy_kwh": "energy",
    "lifecycle.energy_kwh": "energy",
    "lifecycle.co2e_kg": "co2",
    "lifecycle.co2e_market_kg": "co2",
    "inference.energy_per_query_wh": "query",
}


def focus_tile(metric: str, lever: str | None = None) -> str:
    """The classroom tile a step is about: the sites' peak power when its lever is the sites (each site's
    grid must supply its own peak), else the tile of the step's result (:data:`TILES`)."""
    if lever == "datacenter.sites":
        return "sites"
    if metric not in TILES:
        raise ValueError(f"unknown lesson metric {metric!r}; one of {', '.join(TILES)}")
    return TILES[metric]


@dataclass(frozen=True)
class Effect:
    """A lever's effect: the step's result before and after, and the relative change (None if before is 0)."""

    metric: str
    before: float
    after: float
    payback_days: float | None = None
    payback_queries: float | None = None

    @property
    def change(self) -> float | None:
        if not (math.isfinite(self.before) and math.isfinite(self.after)) or self.before == 0:
            return None
        return self.after / self.before - 1.0


def lever_effect(before: Scenario, after: Scenario, metric: str) -> Effect:
    """The change of result ``metric`` from scenario ``before`` to ``after`` (which differ by one lever)."""
    if metric not in METRICS:
        raise ValueError(f"unknown lesson metric {metric!r}; one of {', '.join(METRICS)}")
    a, b = estimate(before), estimate(after)
    days = queries = None
    opt = after.optimisation
    if opt.distillation_student_fraction < 1.0 and opt.distillation_tokens > 0:
        days = float(b["optimisation.distillation_payback_days"])
        queries = float(b["optimisation.distillation_payback_queries"])
    return Effect(metric, float(a[metric]), float(b[metric]), days, queries)


def percent(change: float | None) -> str:
    """ "-31 %", "+4.2 %", "±0 %" (a typographic minus), or "–" when there is no change to give."""
    if change is None or not math.isfinite(change):
        return "–"
    if abs(change) < 0.0005:
        return "±0 %"
    text = f"{change * 100:+.{0 if abs(change) >= 0.1 else 1}f} %"
    return text.replace("-", "−")


# ----- lessons as data files ---------------------------------------------------------------------------
#
# Every lesson is one JSON file: ``resources/lessons/NN-<id>.json`` for the app's own, and any ``*.json`` in
# the teacher's lessons folder (the window passes it: the user's data folder) or given on the command line.
# A teacher copies a file, edits its texts or values and the app shows the copy instead of the lesson of the
# same id. The texts carry their translations (``{"en": ..., "ja": ...}``) in the file, because the teacher
# who edits a step edits both. Each file is validated (pydantic, below, then every step's values against the
# scenario model); a bad file is one :class:`LessonError` naming the file, the step and the field, and the
# other lessons still load.

LESSONS_DIR = Path(__file__).resolve().parent.parent / "resources" / "lessons"
SCHEMA_VERSION = 1
#: A lesson file is a few kilobytes; anything far larger is not one.
MAX_LESSON_BYTES = 512_000
LANGUAGES = ("en", "ja")
CHARTS = ("scale",)
#: where a lesson came from, in the order a later one replaces an earlier one of the same id
ORIGINS = ("built-in", "folder", "file")


class LessonError(ValueError):
    """A lesson file that cannot be used: ``file``, the 1-based ``step`` (None: the whole file), the
    ``field`` (None: the whole step or file) and the ``reason``; ``str()`` is the one line shown."""

    def __init__(self, file: str | Path, reason: str, step: int | None = None, field: str | None = None):
        self.file, self.step, self.field, self.reason = str(file), step, field, reason
        where = [printable(Path(self.file).name, 120)]
        if step is not None:
            where.append(f"step {step}")
        if field:
            where.append(printable(field, 120))
        super().__init__(f"{', '.join(where)}: {reason}")


def _texts(value: dict[str, str]) -> dict[str, str]:
    value = {k: v.strip() for k, v in value.items() if v.strip()}
    if not value:
        raise ValueError(f"give the text in at least one language ({', '.join(LANGUAGES)})")
    return value


Texts = Annotated[
    dict[Literal["en", "ja"], Annotated[str, StringConstraints(max_length=4000)]], AfterValidator(_texts)
]


class StepFile(BaseModel):
    """One step of a lesson file."""

    model_config = ConfigDict(extra="forbid")
    title: Texts
    text: Texts
    source: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=1000)]
    #: scenario path of the one control to move; None: nothing to move
    control: str | None = None
    #: start from this preset (None: keep the previous step's scenario)
    preset: str | None = None
    #: then set these inputs (dotted scenario paths; null clears an optional one)
    values: dict[str, Any] = Field(default_factory=dict)
    #: the one input whose change the step is about (one of ``values``) and the result it is measured on
    lever: str | None = None
    metric: str = "lifecycle.energy_kwh"
    #: inputs that move with the lever (a chip's precision)
    lever_with: list[str] = Field(default_factory=list)
    #: a chart the step turns to: the scale chart, or one of the four the window shows (brought forward on a
    #: small screen, where they are pages; in classroom mode's third place, "hardware" and "location")
    chart: Literal["scale", "breakdown", "lifetime", "location", "hardware"] | None = None

    @field_validator("control", "lever")
    @classmethod
    def _a_field(cls, path: str | None) -> str | None:
        if path is not None and path not in field_paths():
            raise ValueError(f"{path!r} is not an input of the scenario ({_near(path)})")
        return path

    @field_validator("values")
    @classmethod
    def _fields(cls, values: dict[str, Any]) -> dict[str, Any]:
        for path in values:
            if path not in field_paths():
                raise ValueError(f"{path!r} is not an input of the scenario ({_near(path)})")
        return values

    @field_validator("metric")
    @classmethod
    def _metric(cls, metric: str) -> str:
        if metric not in METRICS:
            raise ValueError(f"{metric!r} is not a result a step can be about; one of {', '.join(METRICS)}")
        return metric

    @field_validator("preset")
    @classmethod
    def _preset(cls, preset: str | None) -> str | None:
        from core.catalog import catalog

        if preset is not None and preset not in catalog().presets:
            raise ValueError(f"no preset {preset!r}; one of {', '.join(catalog().presets)}")
        return preset

    @model_validator(mode="after")
    def _lever_is_set(self) -> StepFile:
        if self.lever is not None and self.lever not in self.values:
            raise ValueError(f"the lever {self.lever!r} must also be one of the step's values")
        for path in self.lever_with:
            if path not in self.values:
                raise ValueError(f"lever_with {path!r} must also be one of the step's values")
        return self


class LessonFile(BaseModel):
    """A lesson file: its id (a teacher's copy with the same id replaces the app's lesson), its place in the
    list, its title and its steps; ``author`` and ``licence`` say whose it is."""

    model_config = ConfigDict(extra="forbid")
    schema_version: Literal[1]
    id: Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9_-]{0,39}$")]
    order: Annotated[int, Field(ge=0, le=10_000)] = 1000
    title: Texts
    author: Annotated[str, StringConstraints(max_length=200)] = ""
    licence: Annotated[str, StringConstraints(max_length=200)] = ""
    steps: Annotated[list[StepFile], Field(min_length=1, max_length=100)]


@dataclass(frozen=True, eq=False)
class Step:
    """A step as the app uses it: ``title`` and ``text`` in the source language (English, or the one
    language given) with their translations in ``texts``."""

    title: str
    text: str
    source: str
    control: str | None
    preset: str | None = None
    values: dict[str, Any] = field(default_factory=dict)
    lever: str | None = None
    metric: str = "lifecycle.energy_kwh"
    lever_with: tuple[str, ...] = ()
    chart: str | None = None
    #: language -> {"title": ..., "text": ...}
    texts: dict[str, dict[str, str]] = field(default_factory=dict)

    def say(self, what: str, lang: str) -> str:
        """The step's ``"title"`` or ``"text"`` in ``lang`` (the source text when it has no translation)."""
        return self.texts.get(lang, {}).get(what) or getattr(self, what)


@dataclass(frozen=True, eq=False)
class Lesson:
    id: str
    title: str
    steps: tuple[Step, ...]
    #: "built-in", "folder" (the teacher's lessons folder) or "file" (opened or given on the command line)
    origin: str = "built-in"
    path: str = ""
    order: int = 1000
    titles: dict[str, str] = field(default_factory=dict)

    def say(self, lang: str) -> str:
        return self.titles.get(lang) or self.title


def _near(path: str) -> str:
    close = difflib.get_close_matches(path, list(field_paths()), n=1, cutoff=0.6)
    return f"did you mean {close[0]!r}?" if close else "main.py schema lists them"


def _source(texts: dict[str, str]) -> str:
    return texts.get("en") or next(iter(texts.values()))


def _pydantic_error(path: Path, err: ValidationError) -> LessonError:
    """The first error of a lesson file, located: step number and field from pydantic's location."""
    first = err.errors()[0]
    loc = list(first["loc"])
    step = None
    if len(loc) >= 2 and loc[0] == "steps" and isinstance(loc[1], int):
        step, loc = loc[1] + 1, loc[2:]
    where = ".".join(str(p) for p in loc) or None
    message = first["msg"]
    if first["type"] == "extra_forbidden":
        message = "not a field of a lesson file (a typo?)"
    elif first["type"] == "missing":
        message = "missing"
    elif first["type"] == "literal_error" and where == "schema_version":
        message = f"this app reads lesson files of schema_version {SCHEMA_VERSION}"
    message = message.removeprefix("Value error, ")
    return LessonError(path, printable(message, 300), step, where)


def parse_lesson(data: Any, path: str | Path, origin: str = "file") -> Lesson:
    """A lesson from a lesson file's JSON data; raises :class:`LessonError`."""
    path = Path(path)
    try:
        model = LessonFile.model_validate(data)
    except ValidationError as err:
        raise _pydantic_error(path, err) from None
    steps = []
    for st in model.steps:
        langs = set(st.title) | set(st.text)
        steps.append(
            Step(
                title=_source(st.title),
                text=_source(st.text),
                source=st.source,
                control=st.control,
                preset=st.preset,
                values=dict(st.values),
                lever=st.lever,
                metric=st.metric,
                lever_with=tuple(st.lever_with),
                chart=st.chart,
                texts={k: {"title": st.title.get(k, ""), "text": st.text.get(k, "")} for k in langs},
            )
        )
    return Lesson(
        model.id, _source(model.title), tuple(steps), origin, str(path), model.order, dict(model.title)
    )


def read_lesson_file(path: str | Path, origin: str = "file") -> Lesson:
    """Read, parse and check one lesson file; raises :class:`LessonError` naming the file (and the step
    and field) for anything wrong, from an unreadable file to a value out of range."""
    from core.files import describe, read_file

    path = Path(path)
    try:
        raw = read_file(path, MAX_LESSON_BYTES, "lesson")
    except OSError as err:
        raise LessonError(path, describe(err, path.name, "read").split(": ", 1)[-1]) from None
    try:
        data = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise LessonError(path, "not UTF-8 text; save the file as UTF-8") from None
    except json.JSONDecodeError as err:
        raise LessonError(
            path, f"not valid JSON (line {err.lineno}, column {err.colno}: {err.msg})"
        ) from None
    except RecursionError:
        raise LessonError(path, "nested too deeply to be a lesson file") from None
    lesson = parse_lesson(data, path, origin)
    check_values(lesson)
    return lesson


def check_values(lesson: Lesson, before: Scenario | None = None) -> None:
    """Apply every step's values as the lesson does, so a value out of range is refused when the file is
    read, naming the step and the input; raises :class:`LessonError`. ``before``: the scenario a lesson
    without a preset in its first step builds on (default: the defaults)."""
    from core.compare import scenario_from_preset

    scenario = before or Scenario()
    for n, st in enumerate(lesson.steps, 1):
        if st.preset:
            scenario = scenario_from_preset(st.preset)
        if not st.values:
            continue
        try:
            scenario = scenario.with_values(st.values)
        except ScenarioError as err:
            for path, value in st.values.items():  # which input: the first refused on its own
                try:
                    scenario.with_values({path: value})
                except ScenarioError as one:
                    raise LessonError(lesson.path, str(one), n, f"values.{path}") from None
            raise LessonError(lesson.path, str(err), n, "values") from None


class LessonLibrary:
    """The lessons in order: the app's own, replaced or joined by the teacher's (same id: theirs is shown),
    with the files that could not be used in ``problems``."""

    def __init__(self, lessons: list[Lesson], problems: list[LessonError] | None = None):
        self.lessons = tuple(lessons)
        self.problems = list(problems or [])
        self._flat = [(lesson, i, st) for lesson in self.lessons for i, st in enumerate(lesson.steps)]
        self._scenarios: dict[int, Scenario] = {}
        self._translations: dict[str, dict[str, str]] = {}

    def steps(self) -> list[tuple[Lesson, int, Step]]:
        """Every step in order, with its lesson and its index within the lesson."""
        return list(self._flat)

    def find(self, key: str) -> Lesson:
        """A lesson by its number (1-based, as listed) or id; raises KeyError with the choices."""
        key = key.strip()
        if key.isdigit() and 1 <= int(key) <= len(self.lessons):
            return self.lessons[int(key) - 1]
        for lesson in self.lessons:
            if lesson.id == key:
                return lesson
        ids = ", ".join(les.id for les in self.lessons)
        raise KeyError(f"no lesson {printable(key, 60)!r}; give 1-{len(self.lessons)} or one of {ids}")

    def first_step(self, lesson: Lesson) -> int:
        return next(k for k, (les, _, _) in enumerate(self._flat) if les is lesson)

    def scenario_for(self, index: int) -> Scenario:
        """The scenario step ``index`` shows: the last preset named up to it in its lesson, with every step's
        values applied; a lesson that names no preset first (the quantum one) keeps the previous step's."""
        if index in self._scenarios:
            return self._scenarios[index]
        from core.compare import scenario_from_preset

        lesson = self._flat[index][0]
        first = self.first_step(lesson)
        scenario = (
            self.scenario_for(first - 1) if not self._flat[first][2].preset and first > 0 else Scenario()
        )
        for _les, _, st in self._flat[first : index + 1]:
            if st.preset:
                scenario = scenario_from_preset(st.preset)
            if st.values:
                scenario = scenario.with_values(st.values)
        self._scenarios[index] = scenario
        return scenario

    def before_for(self, index: int) -> Scenario | None:
        """The scenario just before the step's lever moves: the step's start with every value it sets except
        the lever's; None for a step without a lever."""
        from core.compare import scenario_from_preset

        _, _, step = self._flat[index]
        if step.lever is None:
            return None
        start = scenario_from_preset(step.preset) if step.preset else self.scenario_for(index - 1)
        moved = {step.lever, *step.lever_with}
        others = {k: v for k, v in step.values.items() if k not in moved}
        return start.with_values(others) if others else start

    def translations(self, lang: str) -> dict[str, str]:
        """Source text -> its text in ``lang``, for every title and step text that has one."""
        if lang in self._translations:
            return self._translations[lang]
        out: dict[str, str] = self._translations.setdefault(lang, {})
        for lesson in self.lessons:
            if lesson.titles.get(lang):
                out[lesson.title] = lesson.titles[lang]
            for st in lesson.steps:
                for what in ("title", "text"):
                    text = st.texts.get(lang, {}).get(what)
                    if text:
                        out[getattr(st, what)] = text
        return out


def lesson_files(folder: Path | None) -> list[Path]:
    """The ``*.json`` files of a lessons folder, by name (none when it does not exist)."""
    if folder is None or not folder.is_dir():
        return []
    return sorted(p for p in folder.glob("*.json") if not p.name.startswith("."))


def load_library(folder: str | Path | None = None, files: list[str | Path] = ()) -> LessonLibrary:
    """The app's lessons, then the teacher's lessons ``folder`` and the lesson ``files`` (a later lesson of
    the same id replaces an earlier one); never raises: a file that cannot be used is in ``problems``."""
    by_id: dict[str, Lesson] = {}
    problems: list[LessonError] = []
    sources = [(p, "built-in") for p in lesson_files(LESSONS_DIR)]
    sources += [(p, "folder") for p in lesson_files(Path(folder) if folder else None)]
    sources += [(Path(p), "file") for p in files]
    for path, origin in sources:
        try:
            lesson = read_lesson_file(path, origin)
        except LessonError as err:
            problems.append(err)
            continue
        by_id[lesson.id] = lesson
    ordered = sorted(by_id.values(), key=lambda les: (les.order, ORIGINS.index(les.origin), les.id))
    return LessonLibrary(ordered, problems)


def lesson_json(lesson: Lesson) -> str:
    """A lesson as a lesson file (what "Edit a copy" writes for the teacher)."""
    steps = []
    for st in lesson.steps:
        d: dict[str, Any] = {
            "title": {k: v["title"] for k, v in st.texts.items() if v.get("title")} or {"en": st.title},
            "text": {k: v["text"] for k, v in st.texts.items() if v.get("text")} or {"en": st.text},
            "source": st.source,
            "control": st.control,
        }
        for name, default in (("preset", None), ("values", {}), ("lever", None), ("chart", None)):
            if getattr(st, name) != default:
                d[name] = getattr(st, name)
        if st.lever or st.metric != "lifecycle.energy_kwh":
            d["metric"] = st.metric
        if st.lever_with:
            d["lever_with"] = list(st.lever_with)
        steps.append(d)
    doc = {
        "schema_version": SCHEMA_VERSION,
        "id": lesson.id,
        "order": lesson.order,
        "title": lesson.titles or {"en": lesson.title},
        "steps": steps,
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
