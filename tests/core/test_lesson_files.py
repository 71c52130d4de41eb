"""Lessons are data files a teacher can copy and edit; classroom files keep a teacher's set-up.

A bad lesson file is one line naming the file, the step and the field, and the other lessons still load; a
teacher's copy with the same id replaces the app's lesson; classroom files go through the one write path and
come back equal.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from core.classroom import (
    ClassroomError,
    ClassroomSetup,
    load_classroom_file,
    save_classroom_file,
)
from core.lessons import (
    LESSONS_DIR,
    LessonError,
    lesson_json,
    load_library,
    parse_lesson,
    read_lesson_file,
)
from core.scenario import Scenario

ROOT = Path(__file__).resolve().parents[2]


def pue_lesson() -> dict:
    return json.loads((LESSONS_DIR / "02-pue.json").read_text(encoding="utf-8"))


def write(folder: Path, name: str, data) -> Path:
    path = folder / name
    path.write_text(data if isinstance(data, str) else json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_the_apps_lessons_are_eight_checked_files_with_both_languages_and_a_licence():
    files = sorted(LESSONS_DIR.glob("*.json"))
    assert [p.name for p in files][:2] == ["01-scale.json", "02-pue.json"] and len(files) == 8
    library = load_library(folder=None)
    assert library.problems == [] and [les.id for les in library.lessons][:3] == ["scale", "pue", "hardware"]
    for path in files:
        data = json.loads(path.read_text(encoding="utf-8"))
        assert data["licence"].startswith("MIT") and data["author"]
        for step in data["steps"]:
            assert step["title"]["en"] and step["title"]["ja"] and step["text"]["ja"]
    # the Japanese that was in the catalogue moved into the files
    pue = library.find("pue")
    assert pue.say("ja") == "2. データセンターの効率：PUEと冷却"
    assert pue.steps[1].say("title", "ja") == "最高水準のデータセンター"
    assert library.find("2") is pue and library.find("world").steps[0].chart == "scale"
    # each step turns to the chart its words talk about ("the hardware chart shows ...")
    assert [st.chart for st in library.find("hardware").steps] == ["hardware", "hardware"]
    assert (
        library.find("grid").steps[0].chart == "location"
        and library.find("pue").steps[0].chart == "breakdown"
    )
    with pytest.raises(KeyError, match="give 1-8 or one of scale, pue"):
        library.find("9")


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        # a value out of the scenario's range: the step and the input
        (
            lambda d: d["steps"][1]["values"].update({"datacenter.pue": 0.5}),
            "bad.json, step 2, values.datacenter.pue: datacenter.pue = 0.5 is out of range; allowed 1 to 3",
        ),
        # an input that does not exist, with the nearest one
        (
            lambda d: d["steps"][0].update({"control": "datacenter.peu"}),
            "bad.json, step 1, control: 'datacenter.peu' is not an input of the scenario "
            "(did you mean 'datacenter.pue'?)",
        ),
        (
            lambda d: d["steps"][1].update({"metric": "energy"}),
            "bad.json, step 2, metric: 'energy' is not a result a step can be about",
        ),
        (lambda d: d["steps"][0].update({"preset": "gpt-9"}), "bad.json, step 1, preset: no preset 'gpt-9'"),
        # a typo in a field name is not silently ignored
        (lambda d: d["steps"][2].update({"txet": {"en": "x"}}), "bad.json, step 3, txet: not a field"),
        (lambda d: d["steps"][0].update({"title": {"en": " "}}), "bad.json, step 1, title: give the text"),
        (
            lambda d: d["steps"][1].update({"lever": "datacenter.wue_l_per_kwh"}),
            "bad.json, step 2: the lever 'datacenter.wue_l_per_kwh' must also be one of the step's values",
        ),
        # a chart the window does not have, with the ones it has
        (
            lambda d: d["steps"][0].update({"chart": "pie"}),
            "bad.json, step 1, chart: Input should be 'scale', 'breakdown', 'lifetime', 'location' or 'hardware'",
        ),
        (lambda d: d.update({"schema_version": 2}), "bad.json, schema_version: this app reads lesson files"),
        (lambda d: d.update({"steps": []}), "bad.json, steps: List should have at least 1 item"),
    ],
)
def test_a_bad_lesson_file_names_the_file_the_step_and_the_field(tmp_path, edit, expected):
    data = pue_lesson()
    edit(data)
    path = write(tmp_path, "bad.json", data)
    with pytest.raises(LessonError) as err:
        read_lesson_file(path)
    assert str(err.value).startswith(expected), str(err.value)


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ('{"schema_version": 1,', "broken.json: not valid JSON (line 1, column 22"),
        (b"\xff\xfe{}", "broken.json: not UTF-8 text"),
        ("[1, 2]", "broken.json: Input should be a valid dictionary"),
    ],
)
def test_a_file_that_is_not_a_lesson_is_one_line(tmp_path, content, expected):
    path = tmp_path / "broken.json"
    path.write_bytes(content if isinstance(content, bytes) else content.encode())
    with pytest.raises(LessonError, match="^" + expected.replace("(", r"\(").replace("[", r"\[")):
        read_lesson_file(path)


def test_a_teachers_copy_replaces_the_lesson_and_a_bad_file_costs_only_itself(tmp_path):
    mine = pue_lesson()
    mine["title"] = {"en": "2. PUE in our school", "ja": "2. 学校で考えるPUE"}
    mine["steps"][1]["values"]["datacenter.pue"] = 1.2  # the teacher's own data centre
    mine["steps"][1]["text"]["ja"] = "PUEを1.2にしてみましょう。"
    write(tmp_path, "pue.json", mine)
    broken = pue_lesson()
    broken["id"] = "extra"
    broken["steps"][1]["values"]["datacenter.pue"] = 9
    write(tmp_path, "extra.json", broken)
    new = pue_lesson()
    new.update(id="school", order=20, title={"ja": "9. 学校のサーバー室"})
    write(tmp_path, "school.json", new)

    library = load_library(tmp_path)
    ids = [les.id for les in library.lessons]
    assert ids == [
        "scale",
        "pue",
        "hardware",
        "grid",
        "algorithms",
        "distributed",
        "quantum",
        "world",
        "school",
    ]
    pue = library.find("pue")
    assert pue.origin == "folder" and pue.title == "2. PUE in our school"
    assert pue.steps[1].say("text", "ja") == "PUEを1.2にしてみましょう。"
    assert library.translations("ja")["2. PUE in our school"] == "2. 学校で考えるPUE"
    k = library.first_step(pue) + 1
    assert library.scenario_for(k).datacenter.pue == 1.2 and library.before_for(k).datacenter.pue == 1.58
    # a title in Japanese only is the lesson's title in both languages
    assert library.find("school").title == library.find("school").say("en") == "9. 学校のサーバー室"
    [problem] = library.problems
    assert str(problem).startswith("extra.json, step 2, values.datacenter.pue: datacenter.pue = 9")


def test_a_lesson_written_as_a_copy_reads_back_the_same(tmp_path):
    library = load_library(None)
    for lesson in library.lessons:
        path = write(tmp_path, f"{lesson.id}.json", lesson_json(lesson))
        again = read_lesson_file(path, "folder")
        assert (again.id, again.title, again.titles, again.order) == (
            lesson.id,
            lesson.title,
            lesson.titles,
            lesson.order,
        )
        for a, b in zip(lesson.steps, again.steps, strict=True):
            assert (a.title, a.text, a.source, a.control, a.preset, a.values, a.lever, a.metric) == (
                b.title,
                b.text,
                b.source,
                b.control,
                b.preset,
                b.values,
                b.lever,
                b.metric,
            )
            assert a.texts == b.texts and a.lever_with == b.lever_with and a.chart == b.chart


def test_parse_lesson_keeps_the_steps_order_and_origin():
    lesson = parse_lesson(pue_lesson(), "x/02-pue.json", "file")
    assert lesson.origin == "file" and [s.lever for s in lesson.steps] == [None, "datacenter.pue", None]


def test_lesson_command_checks_a_teachers_file(tmp_path):
    data = pue_lesson()
    data["steps"][1]["values"]["datacenter.pue"] = 0.5
    bad = write(tmp_path, "bad.json", data)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    run = [sys.executable, str(ROOT / "main.py"), "lesson", "--file", str(bad)]
    out = subprocess.run(run, capture_output=True, text=True, cwd=ROOT, env=env)
    assert out.returncode == 2
    assert out.stderr.strip() == (
        "error: bad.json, step 2, values.datacenter.pue: datacenter.pue = 0.5 is out of range; allowed 1 to 3"
    )
    data["steps"][1]["values"]["datacenter.pue"] = 1.2
    data["title"]["ja"] = "2. わたしのPUE"
    good = write(tmp_path, "good.json", data)
    run[-1] = str(good)
    out = subprocess.run(
        [*run, "--lang", "ja"], capture_output=True, text=True, cwd=ROOT, env=env, check=True
    )
    assert "2. わたしのPUE [file]" in out.stdout.splitlines()


# ----- classroom files -----------------------------------------------------------------------------------


def test_a_classroom_file_round_trips(tmp_path):
    scenario = Scenario().with_values({"datacenter.pue": 1.2, "datacenter.region": "JP"})
    setup = ClassroomSetup(
        name="Year 10, energy",
        locked=["datacenter.region", "economics.currency"],
        hidden=["optimisation.quantization_kernel_efficiency", "datacenter.sites"],
        startup=scenario.model_dump(mode="json"),
        lesson="pue",
        classroom=True,
    )
    path = tmp_path / "y10.aiee-class.json"
    save_classroom_file(setup, path)
    again = load_classroom_file(path)
    assert again == setup and again.startup_scenario() == scenario
    assert json.loads(path.read_text(encoding="utf-8"))["kind"] == "aiee-classroom"


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ({"locked": ["datacenter.peu"]}, "c.aiee-class.json, locked: 'datacenter.peu' is not an input"),
        (
            {"startup": {"datacenter": {"pue": 0.2}}},
            "c.aiee-class.json, startup: the start-up scenario: datacenter.pue = 0.2 is out of range",
        ),
        ({"lockd": []}, "c.aiee-class.json, lockd: not a field of a classroom file"),
        ([], "c.aiee-class.json, the file: a classroom file is a JSON object"),
    ],
)
def test_a_bad_classroom_file_names_the_file_and_the_field(tmp_path, data, expected):
    path = write(tmp_path, "c.aiee-class.json", data)
    with pytest.raises(ClassroomError) as err:
        load_classroom_file(path)
    assert str(err.value).startswith(expected), str(err.value)


def test_a_classroom_file_is_written_through_the_one_write_path(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    target = folder / "c.aiee-class.json"
    target.write_text("{}", encoding="utf-8")
    target.chmod(0o444)
    with pytest.raises(OSError, match="read-only"):
        save_classroom_file(ClassroomSetup(), target)
    assert target.read_text(encoding="utf-8") == "{}"  # the previous file is intact
    with pytest.raises(OSError, match="is a directory"):
        save_classroom_file(ClassroomSetup(), folder)


def test_lessons_read_before_the_application_still_speak_japanese_in_it():
    """The library may be read before a QApplication exists (the tests' collection does): the translator
    that answers context "Lessons" is installed once there is one."""
    code = (
        "from gui.classroom import lessons\n"
        "lessons.steps()\n"  # no application yet
        "from PySide6.QtCore import QCoreApplication\n"
        "app = QCoreApplication([])\n"
        "from gui.i18n import apply_language\n"
        "apply_language(app, 'ja')\n"
        "lessons.steps()\n"
        "print(QCoreApplication.translate('Lessons', lessons.steps()[3][2].title))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, env=env, check=True
    )
    assert out.stdout.strip() == "最高水準のデータセンター"


def test_the_lesson_command_reads_the_teachers_lessons_folder(tmp_path):
    """The same folder as the window's (the app's data folder), so a copy can be rehearsed from a terminal."""
    folder = tmp_path / "data" / "AI Energy Explorer" / "AI Energy Explorer" / "lessons"
    folder.mkdir(parents=True)
    data = pue_lesson()
    data["title"]["en"] = "2. PUE, my way"
    write(folder, "pue.json", data)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_DATA_HOME": str(tmp_path / "data")}
    run = [sys.executable, str(ROOT / "main.py"), "lesson", "--lang", "en"]
    out = subprocess.run(run, capture_output=True, text=True, cwd=ROOT, env=env, check=True)
    assert "2. PUE, my way [lessons folder]" in out.stdout.splitlines()
