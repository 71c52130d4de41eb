"""AI Energy Explorer: the entry point.

``python main.py`` opens the window; ``python main.py estimate|presets|catalog|schema|validate|report|lesson``
runs the command line; ``python main.py bench`` prints speed figures. ``--version`` prints the version.
"""

from __future__ import annotations

import sys

CLI_COMMANDS = {"estimate", "presets", "catalog", "schema", "validate", "report", "lesson"}


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args[:1] == ["--version"] or args[:1] == ["-V"]:
        from core import __version__

        print(f"AI Energy Explorer {__version__}")
        return 0
    if args and args[0] in CLI_COMMANDS:
        from core.cli import run

        return run(args)
    if args and args[0] == "bench":
        from core.bench import run_bench

        return run_bench(args[1:])
    from gui.app import main as gui_main

    return gui_main(args)


if __name__ == "__main__":
    raise SystemExit(main())
