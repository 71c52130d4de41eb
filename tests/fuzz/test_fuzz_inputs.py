"""Hostile input: random and mutated scenario files, wrong types, and random command lines.

The only acceptable outcomes are a valid Scenario or a ScenarioError with a message (exit status 2 on
the command line); any other exception, a hang or a traceback is a failure.
"""

import contextlib
import io
import json
import math

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.cli import run
from core.estimator import estimate
from core.scenario import Scenario, ScenarioError, dumps_scenario, field_paths, loads_scenario
from tests.fuzz.conftest import CASES

SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
PATHS = sorted(field_paths())

json_scalars = (
    st.none()
    | st.booleans()
    | st.integers(-(10**30), 10**30)
    | st.floats(allow_nan=False)
    | st.text(max_size=50)
)
json_values = st.recursive(
    json_scalars,
    lambda children: (
        st.lists(children, max_size=5) | st.dictionaries(st.text(max_size=20), children, max_size=5)
    ),
    max_leaves=40,
)


def check_file_text(text):
    try:
        s = loads_scenario(text)
    except ScenarioError as err:
        assert str(err) and "\n" not in str(err) and "Traceback" not in str(err)
        return None
    assert isinstance(s, Scenario)
    return s


@SETTINGS
@given(json_values)
def test_random_json_documents(doc):
    CASES["random JSON"] += 1
    check_file_text(json.dumps(doc))


@SETTINGS
@given(st.data())
def test_mutated_valid_files(data):
    CASES["mutated files"] += 1
    text = dumps_scenario(Scenario())
    for _ in range(data.draw(st.integers(1, 8))):
        i = data.draw(st.integers(0, len(text) - 1))
        op = data.draw(st.sampled_from(["delete", "insert", "replace"]))
        ch = data.draw(st.sampled_from(list('{}[]",:0123456789eE.-+ntrfalsuNaInfity\\x')))
        text = text[:i] + (ch if op != "delete" else "") + text[i + (0 if op == "insert" else 1) :]
    s = check_file_text(text)
    if s is not None:
        r = estimate_or_error(s)
        if r is not None:
            assert all(not math.isnan(float(v)) for v in r.values())


def estimate_or_error(s):
    try:
        return estimate(s)
    except ScenarioError:
        return None  # e.g. a mutated accelerator id: refused with a message


@SETTINGS
@given(st.sampled_from(PATHS), json_values)
def test_wrong_types_at_every_field(path, value):
    CASES["wrong types"] += 1
    doc = json.loads(dumps_scenario(Scenario()))
    node = doc
    parts = path.split(".")
    for p in parts[:-1]:
        node = node[p]
    node[parts[-1]] = value
    s = check_file_text(json.dumps(doc))
    if s is not None:
        estimate_or_error(s)


@settings(max_examples=60, deadline=None)
@given(st.integers(13, 5000), st.sampled_from(["[", '{"a":']))
def test_deep_nesting(depth, opener):
    CASES["deep nesting"] += 1
    closer = "]" if opener == "[" else "}"
    text = opener * depth + "1" + closer * depth
    assert check_file_text(text) is None


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(
        ["NaN", "Infinity", "-Infinity", "1e400", "-1e400", '"' + "x" * 100_000 + '"', "9" * 5000]
    )
)
def test_special_numbers_and_huge_values(literal):
    CASES["special numbers"] += 1
    for path in ("datacenter.pue", "model.parameters", "name"):
        section, _, field = path.rpartition(".")
        doc = {section: {field: None}} if section else {}
        text = json.dumps(doc).replace("null", literal) if section else '{"name": ' + literal + "}"
        assert check_file_text(text) is None


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(PATHS), json_scalars, json_scalars)
def test_duplicate_keys_refused(path, a, b):
    CASES["duplicate keys"] += 1
    section, _, field = path.rpartition(".")
    inner = f'{{"{field}": {json.dumps(a)}, "{field}": {json.dumps(b)}}}'
    text = f'{{"{section}": {inner}}}' if section else inner
    assert check_file_text(text) is None


arg_words = st.sampled_from(
    [
        "estimate",
        "presets",
        "catalog",
        "schema",
        "validate",
        "accelerators",
        "regions",
        "--format",
        "json",
        "text",
        "--preset",
        "gpt3-175b",
        "nope",
        "--set",
        "--scenario",
        "/nonexistent",
        "--save",
        "-h",
    ]
) | st.builds(lambda p, v: f"{p}={v}", st.sampled_from([*PATHS, "x.y", ""]), st.text(max_size=12))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(arg_words, min_size=1, max_size=6))
def test_random_command_lines(argv):
    CASES["command lines"] += 1
    if "validate" in argv or "--save" in argv:
        return  # validate is slow and covered elsewhere; --save would write files with random names
    out, err = io.StringIO(), io.StringIO()
    code = None
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = run(argv)
        except SystemExit as exc:  # argparse --help exits 0
            code = exc.code
    assert code in (0, 2), (argv, code, err.getvalue())
    if code == 2:
        assert err.getvalue().startswith("error: ") and len(err.getvalue().strip().splitlines()) == 1
