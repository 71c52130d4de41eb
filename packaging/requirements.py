"""Print the pinned requirements a package build needs, read from pyproject.toml (no test tools).

    python packaging/requirements.py > build/requirements-package.txt

The app's runtime dependencies plus the ``package`` extra (PyInstaller). The project itself is not
installed into the build venv: PyInstaller reads core/, gui/ and main.py from the checkout.
"""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def requirements(extras: tuple[str, ...] = ("package",)) -> list[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    reqs = list(project["dependencies"])
    for extra in extras:
        reqs += project.get("optional-dependencies", {}).get(extra, [])
    return reqs


if __name__ == "__main__":
    sys.stdout.write("\n".join(requirements()) + "\n")
