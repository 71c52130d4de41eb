"""The command line's grammar: every command, its options and its help, in one argparse parser.

It imports nothing but argparse, so ``main.py`` can read the command line (and refuse a typo) before it
decides whether to load Qt, numpy or the estimator. The commands themselves live where their work is done
(``core.cli``, ``gui.commands``, ``main.bench``); this module only names them.

Every parse error is one line, ``error: ...``, and exit status 2, for every command alike (argparse's default
prints the usage as well).
"""

from __future__ import annotations

import argparse
import difflib
import os

#: Command -> one-line help, in the order ``main.py --help`` lists them.
COMMANDS = {
    "window": "open the window (the default when no command is given)",
    "estimate": "estimate one scenario and print it (text or JSON); --save writes the scenario",
    "report": "write a report: .pdf .png .svg .csv .json (the extension chooses)",
    "presets": "list the presets with their sources",
    "catalog": "list the accelerators or the grid regions",
    "schema": "print the scenario's JSON Schema",
    "validate": "compare the estimator with published figures",
    "lesson": "print the classroom lessons' steps (and one step's numbers)",
    "bench": "print speed figures (--soak N drives N random changes through the window)",
}
#: Commands handled by ``core.cli`` alone (no Qt).
CORE_COMMANDS = ("estimate", "presets", "catalog", "schema", "validate", "report")
PICTURE_FORMATS = (".pdf", ".png", ".svg")
EPILOG = (
    "Run 'main.py COMMAND --help' for a command's options. "
    "'main.py [--lang en|ja] [--lesson N|ID] [--classroom] [--size WxH] [SCENARIO.json|CLASS.aiee-class.json]'"
    " opens the window."
)


class UserError(Exception):
    """Reported as one line on stderr with exit status 2."""


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # argparse would print usage and exit 2; keep it one line
        raise UserError(message)


def _non_negative(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"{value} is negative; allowed 0 or more")
    return value


def file_name(flag: str):
    """An argparse type for a file name that refuses an empty one (``--save ""`` would do nothing)."""

    def check(text: str) -> str:
        if not text.strip():
            raise argparse.ArgumentTypeError("empty file name")
        return text

    check.__name__ = flag
    return check


def add_scenario_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--scenario", metavar="FILE.json", type=file_name("--scenario"), help="start from a file")
    p.add_argument("--preset", metavar="ID", help="start from a preset (main.py presets lists them)")
    p.add_argument(
        "--set", action="append", metavar="DOTTED.PATH=VALUE", help="set a field, e.g. model.parameters=70B"
    )


def add_window_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--lang", choices=("en", "ja"), help="language (default: the system's)")
    p.add_argument(
        "--self-test",
        action="store_true",
        help="open the window offscreen, exercise it, exit 0 when all is well",
    )
    # a teacher's start (gui.classroom.teacher), and the self-test's layout check (gui.diagnostics.layout)
    p.add_argument(
        "--size",
        metavar="WxH",
        help="open the window this size (with --self-test: check the layout on a screen of this size)",
    )
    p.add_argument(
        "--lesson",
        metavar="N|ID|FILE",
        help="start with this lesson open: its number, its id or a lesson file (main.py lesson --list)",
    )
    p.add_argument("--classroom", action="store_true", help="start in classroom mode")
    p.add_argument("--startup-probe", action="store_true", help=argparse.SUPPRESS)
    p.add_argument(
        "file",
        nargs="?",
        metavar="SCENARIO.json|CLASS.aiee-class.json",
        type=file_name("SCENARIO.json"),
        help="a scenario to open, or a classroom file to start into",
    )


def build_parser(commands: tuple[str, ...] | None = None) -> Parser:
    """The parser of ``main.py COMMAND ...`` for ``commands`` (default: all of :data:`COMMANDS`)."""
    wanted = tuple(COMMANDS) if commands is None else commands
    p = Parser(prog="main.py", description="AI Energy Explorer", epilog=EPILOG)
    p.add_argument("--version", action="store_true", help="print the version and exit")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    for name in wanted:
        c = sub.add_parser(name, help=COMMANDS[name], description=COMMANDS[name])
        if name == "window":
            add_window_arguments(c)
        elif name == "estimate":
            add_scenario_arguments(c)
            c.add_argument("--format", choices=("text", "json"), default="text")
            c.add_argument("--save", metavar="FILE.json", type=file_name("--save"), help="write the scenario")
        elif name == "report":
            add_scenario_arguments(c)
            c.add_argument("--output", required=True, metavar="FILE", type=file_name("--output"))
            c.add_argument(
                "--lang",
                choices=("en", "ja"),
                help="language of a PDF, PNG or SVG report (CSV and JSON are data)",
            )
        elif name in ("presets", "validate"):
            c.add_argument("--format", choices=("text", "json"), default="text")
        elif name == "catalog":
            c.add_argument("what", choices=("accelerators", "regions"))
            c.add_argument("--format", choices=("text", "json"), default="text")
        elif name == "lesson":
            c.add_argument("--list", action="store_true", help="list every step")
            c.add_argument("--lang", choices=("en", "ja"))
            c.add_argument(
                "--file",
                action="append",
                metavar="LESSON.json",
                type=file_name("--file"),
                help="also a lesson file (checked: a bad one is one line naming the file, step and field)",
            )
            c.add_argument("step", nargs="?", type=int, help="show one step with its numbers (1-based)")
        elif name == "bench":
            c.add_argument("--format", choices=("text", "json"), default="text")
            c.add_argument(
                "--soak",
                type=_non_negative,
                default=0,
                metavar="N",
                help="drive N random changes through the window",
            )
            c.add_argument("--core-only", action="store_true", help="skip the window and package figures")
    return p


def unknown_command(word: str) -> str:
    """The one line for a first word that is neither a command nor a file: with a suggestion when close."""
    close = difflib.get_close_matches(word.lower(), [*COMMANDS, "--version", "--help"], n=1, cutoff=0.8)
    shown = word if len(word) <= 40 else word[:40] + "..."
    if word.lower().lstrip("-") in ("version", "help"):
        close = ["--" + word.lower().lstrip("-")]
    if close:
        return f"unknown command {shown!r} (did you mean {close[0]!r}?)"
    return f"unknown command {shown!r}; commands: {', '.join(COMMANDS)} (main.py --help)"


def split_command(args: list[str]) -> tuple[str, list[str]]:
    """(command, its arguments) for a command line, with ``window`` when none is named.

    A first word that is not a command opens the window only when it names a file (an existing path, or one
    with an extension, which then gets "no such file"); any other word is an unknown command, so a typo never
    opens a window. Raises :class:`UserError`.
    """
    if not args or args[0].startswith("-"):
        return "window", args
    first = args[0]
    if first in COMMANDS:
        return first, args[1:]
    if not first.strip():
        raise UserError(f"empty command or file name; commands: {', '.join(COMMANDS)}")
    if os.path.lexists(first) or os.path.splitext(first)[1] or os.sep in first:
        return "window", args
    raise UserError(unknown_command(first))
