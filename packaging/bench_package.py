"""Size and start-up speed of the packaged app: ``package_figures() -> {"package": {...}}``.

    python packaging/bench_package.py            # after `make package`; prints the figures as JSON
    python packaging/bench_package.py --runs 9

* ``onedir_mb``: the one-folder build ``dist/ai-energy-explorer/`` (MiB of file contents; target <= 250).
* ``deb_mb`` / ``tar_gz_mb``: the Linux packages in ``dist/`` for the current version (None when absent).
* ``frozen_start_s`` / ``source_start_s``: wall time from launching the process to its first painted window
  (``--startup-probe``, offscreen), for the frozen executable and for ``python main.py`` from the checkout,
  measured in the same run, interleaved, one warm-up each, then the median of ``runs``.
* ``ratio``: frozen / source (target <= 1.5).
* ``frozen_ready_s`` / ``source_ready_s`` / ``ready_ratio``: the same to the charts' first result (``ready``),
  since the window paints before numpy, pyqtgraph and the estimator are imported.

The figures are only comparable within one run: the machine is shared and noisy.
"""

from __future__ import annotations

import json
import os
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP = "ai-energy-explorer"
MIB = 1024 * 1024


def _version() -> str:
    text = (ROOT / "core" / "__init__.py").read_text(encoding="utf-8")
    return re.search(r'^__version__\s*=\s*"([^"]+)"', text, re.M).group(1)


def frozen_executable(dist: Path | None = None) -> Path:
    dist = dist or ROOT / "dist"
    name = APP + (".exe" if sys.platform.startswith("win") else "")
    return dist / APP / name


def source_python() -> str:
    """The interpreter for the from-source start: the dev venv's when there is one."""
    for candidate in (ROOT / ".venv" / "bin" / "python", ROOT / ".venv" / "Scripts" / "python.exe"):
        if candidate.exists():
            return str(candidate)
    return sys.executable


def tree_mb(path: Path) -> float:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink()) / MIB


def _file_mb(pattern: str, dist: Path) -> float | None:
    found = sorted(dist.glob(pattern))
    return round(found[-1].stat().st_size / MIB, 1) if found else None


def time_to_marks(cmd: list[str], timeout: float = 120.0) -> dict[str, float]:
    """Seconds from launching ``cmd`` to each ``painted`` / ``ready`` line it prints (``--startup-probe``:
    the first painted window, then the charts showing the first result), and to its exit (``exit``)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        cmd,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        stdin=subprocess.DEVNULL,
        text=True,
        env=env,
        cwd=ROOT,
    )
    marks: dict[str, float] = {}
    assert proc.stdout is not None
    for line in proc.stdout:
        word = line.split(" ", 1)[0].strip()
        if word in ("painted", "ready") and word not in marks:
            marks[word] = time.perf_counter() - t0
    proc.wait(timeout=timeout)
    marks["exit"] = time.perf_counter() - t0
    if "painted" not in marks:
        raise RuntimeError(f"{cmd} never reported a painted window (exit status {proc.returncode})")
    return marks


def package_figures(runs: int = 5, dist: Path | None = None) -> dict:
    """Sizes of the built packages and frozen vs source start-up, measured now. Needs `make package` first."""
    dist = dist or ROOT / "dist"
    exe = frozen_executable(dist)
    if not exe.exists():
        raise FileNotFoundError(f"{exe} not found: run `make package` first")
    version = _version()
    frozen_cmd = [str(exe), "--startup-probe"]
    source_cmd = [source_python(), str(ROOT / "main.py"), "--startup-probe"]
    time_to_marks(frozen_cmd)  # warm-up: page cache, font cache
    time_to_marks(source_cmd)
    frozen, source = [], []
    for _ in range(runs):
        frozen.append(time_to_marks(frozen_cmd))
        source.append(time_to_marks(source_cmd))

    def median(runs_: list[dict[str, float]], mark: str) -> float | None:
        values = [r[mark] for r in runs_ if mark in r]
        return round(statistics.median(values), 3) if len(values) == len(runs_) else None

    f, s = median(frozen, "painted"), median(source, "painted")
    fr, sr = median(frozen, "ready"), median(source, "ready")
    return {
        "package": {
            "onedir_mb": round(tree_mb(dist / APP), 1),
            "deb_mb": _file_mb(f"{APP}_{version}_*.deb", dist),
            "tar_gz_mb": _file_mb(f"{APP}-{version}-*.tar.gz", dist),
            "frozen_start_s": f,
            "source_start_s": s,
            "ratio": round(f / s, 3),
            # to the first result in the charts (numpy, pyqtgraph and the estimator load after the first paint)
            "frozen_ready_s": fr,
            "source_ready_s": sr,
            "ready_ratio": round(fr / sr, 3) if fr and sr else None,
            "runs": runs,
        }
    }


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    runs = int(args[args.index("--runs") + 1]) if "--runs" in args else 5
    figures = package_figures(runs=runs)
    print(json.dumps(figures, indent=2))
    p = figures["package"]
    ok = p["onedir_mb"] <= 250 and p["ratio"] <= 1.5
    print(f"targets (one-folder <= 250 MB, frozen start <= 1.5x source): {'met' if ok else 'NOT met'}")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
