"""AI Energy Explorer: the entry point.

``python main.py`` opens the window; ``python main.py estimate|presets|catalog|schema|validate|report|lesson``
runs the command line; ``python main.py bench`` prints speed figures. ``--version`` prints the version.
"""

from __future__ import annotations

import sys

CLI_COMMANDS = {"estimate", "presets", "catalog", "schema", "validate", "report"}


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args[:1] == ["--version"] or args[:1] == ["-V"]:
        from core import __version__

        print(f"AI Energy Explorer {__version__}")
        return 0
    if args and args[0] == "report" and _output_extension(args) in (".pdf", ".png", ".svg"):
        # drawn with Qt's own PDF writer and SVG generator, offscreen
        try:
            from gui.commands import run_report_cli
        except ImportError as err:
            print(f"error: PDF, PNG and SVG reports are not available ({err})", file=sys.stderr)
            return 2
        return run_report_cli(args[1:])
    if args and args[0] == "lesson":
        from gui.commands import run_lesson_cli

        return run_lesson_cli(args[1:])
    if args and args[0] in CLI_COMMANDS:
        from core.cli import run

        return run(args)
    if args and args[0] == "bench":
        return bench(args[1:])
    from gui.app import main as gui_main

    return gui_main(args)


def _output_extension(args: list[str]) -> str:
    import os

    for i, a in enumerate(args):
        if a == "--output" and i + 1 < len(args):
            return os.path.splitext(args[i + 1])[1].lower()
        if a.startswith("--output="):
            return os.path.splitext(a.split("=", 1)[1])[1].lower()
    return ""


def bench(argv: list[str]) -> int:
    """Print speed figures: the estimator, the window (when Qt is available) and the package (when built)."""
    import argparse
    import json

    p = argparse.ArgumentParser(prog="main.py bench")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.add_argument(
        "--soak", type=int, default=0, metavar="N", help="drive N random changes through the window"
    )
    p.add_argument("--core-only", action="store_true", help="skip the window and package figures")
    a = p.parse_args(argv)
    from core.bench import core_figures

    figures: dict = {"core": core_figures()}
    if not a.core_only:
        try:
            from gui.diagnostics.bench import gui_figures
        except ImportError as err:
            figures["gui"] = {"skipped": f"window benchmark unavailable ({err})"}
        else:
            figures.update(gui_figures())
            if a.soak:
                from gui.diagnostics.soak import soak_figures

                soak = soak_figures(a.soak)
                figures["soak"] = soak["soak"]
                figures["gui"].update(soak["gui"])
        figures.update(_package_figures())
    if a.format == "json":
        print(json.dumps(figures, indent=2))
    else:
        for section, values in figures.items():
            print(f"[{section}]")
            for k, v in values.items():
                print(f"  {k:<20} {v}")
    return 0


def _package_figures() -> dict:
    """Size and start-up of the packaged app, when `make package` has built it (packaging/ is not a module)."""
    import importlib.util
    from pathlib import Path

    here = Path(__file__).resolve().parent
    script = here / "packaging" / "bench_package.py"
    if not script.exists() or not (here / "dist" / "ai-energy-explorer").exists():
        return {"package": {"skipped": "no build in dist/ (run make package)"}}
    spec = importlib.util.spec_from_file_location("aiee_bench_package", script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.package_figures()


if __name__ == "__main__":
    raise SystemExit(main())
