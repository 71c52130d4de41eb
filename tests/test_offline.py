"""The app never opens a network connection: socket creation fails in the process, the self-test passes."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

NO_NETWORK = """
import socket, sys
attempts = []
class NoSocket(socket.socket):
    def __init__(self, *a, **k):
        attempts.append(a)
        raise OSError("network disabled by test")
socket.socket = NoSocket
def refuse(*a, **k):
    attempts.append(a)
    raise OSError("network disabled by test")
socket.create_connection = refuse
socket.getaddrinfo = refuse
sys.argv = ["main.py", *sys.argv[1:]]
sys.path.insert(0, {root!r})
from main import main
rc = main(sys.argv[1:])
print("socket attempts:", len(attempts))
sys.exit(rc if not attempts else 3)
"""


def run_offline(tmp_path, *args):
    code = NO_NETWORK.format(root=str(ROOT))
    home, work = tmp_path / "home", tmp_path / "work"
    home.mkdir()
    work.mkdir()
    env = {"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": str(home)}
    p = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, cwd=work, env=env, timeout=300
    )
    return p, home, work


def test_self_test_runs_with_sockets_disabled_and_writes_only_its_own_files(tmp_path):
    p, home, work = run_offline(tmp_path, "--self-test")
    assert p.returncode == 0, p.stdout + p.stderr
    assert "socket attempts: 0" in p.stdout
    assert list(work.iterdir()) == []  # nothing in the current folder
    for f in home.rglob("*"):
        if f.is_file():
            rel = f.relative_to(home).as_posix()
            # the app's own settings and data folders, and fontconfig's cache
            assert "AI Energy Explorer" in rel or rel.startswith(".cache/fontconfig"), rel


def test_command_line_runs_with_sockets_disabled(tmp_path):
    p, _, _ = run_offline(tmp_path, "estimate", "--preset", "gpt3-175b", "--format", "json")
    assert p.returncode == 0, p.stderr
    assert "socket attempts: 0" in p.stdout
