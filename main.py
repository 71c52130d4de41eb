"""AI Energy Explorer: the entry point.

``python main.py`` opens the window (``window`` is the default command); ``python main.py estimate|report|
presets|catalog|schema|validate|lesson`` runs the command line; ``python main.py bench`` prints speed figures;
``--help`` lists them all. The command line is read by one argparse grammar (``core.commands``) before anything
heavy is imported, so a typo (``main.py estimte``) is one line and exit status 2, never a window, and a
missing display is said in one line before Qt could abort. Every command that computes checks the resource
checksums first, the same way; a closed pipe (``| head``) ends quietly and a full output device is one line.
"""

from __future__ import annotations

import os
import sys


def _error(message: str, code: int = 2) -> int:
    print(f"error: {message}", file=sys.stderr)
    return code


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        code = _dispatch(args)
        sys.stdout.flush()  # a full device must fail here, as one line, not at interpreter exit
        return code
    except BrokenPipeError:
        _silence_stdout()  # the reader went away (| head): nothing more to say, and no "Exception ignored"
        return 0
    except OSError as err:
        if err.filename is None:  # writing our own output failed (> /dev/full)
            _silence_stdout()
            return _error(f"cannot write output ({err.strerror or err})")
        raise


def _silence_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def _dispatch(args: list[str]) -> int:
    from core.commands import UserError, build_parser, split_command

    if args[:1] in (["--version"], ["-V"]):
        if len(args) > 1:
            return _error(f"{args[0]} takes no other arguments")
        from core import __version__

        print(f"AI Energy Explorer {__version__}")
        return 0
    if args[:1] in (["-h"], ["--help"], ["help"]):
        if args[:1] == ["help"] and len(args) > 1:
            args = [args[1], "--help"]
        else:
            print(build_parser().format_help().rstrip())
            return 0
    try:
        command, rest = split_command(args)
        parser = build_parser((command,))
        try:
            a = parser.parse_args([command, *rest])
        except SystemExit as exit_:  # --help of a command
            return int(exit_.code or 0)
    except UserError as err:
        from core.scenario import printable

        return _error(printable(str(err), 500))
    if command == "window":
        return window(a, rest)
    problem = _damaged()
    if problem:
        print(problem, file=sys.stderr)
        return 1
    if command == "lesson":
        from gui.commands import run_lesson

        return run_lesson(a)
    if command == "bench":
        return bench(a)
    from core.cli import execute

    if command == "report" and os.path.splitext(a.output)[1].lower() in (".pdf", ".png", ".svg"):
        try:  # drawn with Qt's own PDF writer and SVG generator, offscreen
            from gui.commands import picture_report
        except ImportError as err:
            return _error(f"PDF, PNG and SVG reports are not available ({err})")
        return execute(a, picture_report)
    return execute(a)


def _damaged() -> str | None:
    from core.cli import damaged_installation

    return damaged_installation()


def display_problem() -> str | None:
    """Why the window cannot be shown here, in one line, or None. Checked before Qt, which aborts instead.

    Only where Qt chooses the platform from the environment (Linux and the BSDs): no ``QT_QPA_PLATFORM``
    and neither ``DISPLAY`` nor ``WAYLAND_DISPLAY``, or a local X display whose socket does not exist
    (a stale ``DISPLAY=:99`` after an ssh session).
    """
    if sys.platform.startswith(("win", "darwin")) or os.environ.get("QT_QPA_PLATFORM"):
        return None
    hint = "use the command line (main.py estimate ...) or set QT_QPA_PLATFORM=offscreen"
    wayland = os.environ.get("WAYLAND_DISPLAY")
    display = os.environ.get("DISPLAY")
    if not wayland and not display:
        return f"no display found (DISPLAY is not set); {hint}"
    if wayland:
        runtime = os.environ.get("XDG_RUNTIME_DIR", "")
        if os.path.exists(wayland if os.path.isabs(wayland) else os.path.join(runtime, wayland)):
            return None
        if not display:
            return f"no display found (Wayland display {wayland!r} is not running); {hint}"
    return _x_display_problem(display, hint)


def _x_display_problem(display: str, hint: str) -> str | None:
    host, _, number = display.rpartition(":")
    if host not in ("", "unix"):
        return None  # a display over the network (ssh forwarding): Qt's own check, as any X program
    number = number.split(".")[0]
    if not number.isdigit():
        return f"no display found (DISPLAY={display!r} is not a display name); {hint}"
    if os.path.exists(f"/tmp/.X11-unix/X{number}"):
        return None
    import socket

    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as s:  # Xorg and Xvfb also listen here
        try:
            s.connect(f"\0/tmp/.X11-unix/X{number}")
            return None
        except OSError:
            pass
    return f"no display found (DISPLAY={display} is not running); {hint}"


def window(a, rest: list[str]) -> int:
    """The window (``--self-test`` draws offscreen and needs no display)."""
    if a.file is not None and not os.path.lexists(a.file):
        from core.scenario import printable

        return _error(f"{printable(a.file, 200)}: no such file")
    if a.self_test:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    else:
        problem = display_problem()
        if problem:
            return _error(problem)
    from gui.app import main as gui_main

    return gui_main(rest)


def bench(a) -> int:
    """Print speed figures: the estimator, the window (when Qt is available) and the package (when built)."""
    import json

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
