"""Update the Japanese catalogue from the source and compile it: ``make i18n``.

1. ``pyside6-lupdate`` extracts every ``QCoreApplication.translate("Context", "...")``, ``tr("...")``,
   ``_tr("...")`` and ``QT_TRANSLATE_NOOP("Context", "...")`` from ``gui/**/*.py``.
2. Translations inside f-strings, which lupdate skips, are added by a pattern search.
3. lupdate files a module-level helper's strings (``def tr(text): return
   QCoreApplication.translate("Undo", text)``) under an empty context, while at run time they are looked up
   under the helper's context. Such messages are moved to the context their file's helper uses.
4. Translations already in ``resources/i18n/aiee_ja.ts`` are kept (matched on context and source text);
   new strings are marked unfinished, for a translator (and the tests) to see.
5. ``pyside6-lrelease`` compiles ``aiee_ja.ts`` to ``aiee_ja.qm``, and ``resources/MANIFEST.sha256`` is refreshed.

``python tools/i18n.py --check`` only reports, exit 1 when a string of the source is missing from the
catalogue or the catalogue still holds unfinished messages.
"""

from __future__ import annotations

import copy
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
TS = ROOT / "resources" / "i18n" / "aiee_ja.ts"
QM = TS.with_suffix(".qm")
#: a translation inside an f-string, which lupdate does not parse: f"{tr('text')}",
#: f"{e(tr('text'))}" (inside one wrapping call) or f"{QCoreApplication.translate('Context', 'text')}"
IN_FSTRING = re.compile(r"\{(?:\w+\()?(?:QCoreApplication\.translate\(\s*'(\w+)',\s*|_?tr\()'([^'\\]+)'\)")
HELPER = re.compile(r"def _?tr\([^)]*\)[^:]*:\s*\n\s*return QCoreApplication\.translate\(\s*\"(\w+)\"")


def sources() -> list[Path]:
    return sorted((ROOT / "gui").rglob("*.py"))


def extract() -> ET.ElementTree:
    """lupdate over the source into a fresh catalogue, helpers' strings moved to their real context."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "extract_ja.ts"
        subprocess.run(
            [
                str(BIN / "pyside6-lupdate"),
                *map(str, sources()),
                "-tr-function-alias",
                "tr+=_tr",
                "-no-obsolete",
                "-locations",
                "absolute",
                "-target-language",
                "ja_JP",
                "-ts",
                str(out),
            ],
            check=True,
            capture_output=True,
        )
        tree = ET.parse(out)
    root = tree.getroot()
    contexts = {(c.findtext("name") or ""): c for c in root.findall("context")}
    helpers: dict[str, str | None] = {}
    empty = contexts.get("")
    if empty is not None:
        for msg in list(empty.findall("message")):
            # one message for a text that several files' helpers translate, under different contexts: each
            # of those contexts gets it (only the first file's did, and the others showed English)
            targets = []
            for loc in msg.findall("location"):
                # lupdate writes the file relative to the catalogue it wrote (in a temporary folder)
                name = str((out.parent / loc.get("filename")).resolve())
                if name not in helpers:
                    m = HELPER.search(Path(name).read_text(encoding="utf-8"))
                    helpers[name] = m.group(1) if m else None
                if helpers[name] is not None and helpers[name] not in targets:
                    targets.append(helpers[name])
            if not targets:
                continue
            for ctx in targets:
                target = contexts.get(ctx)
                if target is None:
                    target = ET.SubElement(root, "context")
                    ET.SubElement(target, "name").text = ctx
                    contexts[ctx] = target
                if not any(m.findtext("source") == msg.findtext("source") for m in target.findall("message")):
                    target.append(copy.deepcopy(msg))
            empty.remove(msg)
        if not empty.findall("message"):
            root.remove(empty)
    for path in sources():
        text = path.read_text(encoding="utf-8")
        helper = HELPER.search(text)
        for m in IN_FSTRING.finditer(text):
            ctx = m.group(1) or (helper.group(1) if helper else None)
            if ctx is None:
                continue
            target = contexts.get(ctx)
            if target is None:
                target = ET.SubElement(root, "context")
                ET.SubElement(target, "name").text = ctx
                contexts[ctx] = target
            if not any(x.findtext("source") == m.group(2) for x in target.findall("message")):
                msg = ET.SubElement(target, "message")
                ET.SubElement(msg, "source").text = m.group(2)
                ET.SubElement(msg, "translation", type="unfinished")
    for ctx in root.findall("context"):
        for msg in ctx.findall("message"):
            for loc in msg.findall("location"):
                msg.remove(loc)
    return tree


def messages(tree: ET.ElementTree) -> dict[tuple[str, str], ET.Element]:
    out = {}
    for ctx in tree.getroot().findall("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.findall("message"):
            out[(name, msg.findtext("source") or "")] = msg
    return out


def write(tree: ET.ElementTree, path: Path) -> None:
    ET.indent(tree, "    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def update() -> tuple[int, int]:
    """Refresh the .ts from the source keeping translations; return (translated, total)."""
    tree = extract()
    old = messages(ET.parse(TS)) if TS.exists() else {}
    done = 0
    for key, msg in messages(tree).items():
        tr = msg.find("translation")
        prev = old.get(key)
        prev_tr = prev.find("translation") if prev is not None else None
        if prev_tr is not None and prev_tr.text and prev_tr.get("type") != "unfinished":
            tr.text = prev_tr.text
            tr.attrib.pop("type", None)
            done += 1
        else:
            tr.text = None
            tr.set("type", "unfinished")
    TS.parent.mkdir(parents=True, exist_ok=True)
    write(tree, TS)
    return done, len(messages(tree))


def release(ts: Path = TS, qm: Path = QM) -> None:
    subprocess.run([str(BIN / "pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True)


def check() -> list[str]:
    """Problems: source strings missing from the catalogue, unfinished messages."""
    wanted = set(messages(extract()))
    have = messages(ET.parse(TS))
    problems = [f"not in {TS.name}: {c}: {s!r}" for c, s in sorted(wanted - set(have))]
    problems += [
        f"unfinished: {c}: {s!r}"
        for (c, s), m in have.items()
        if m.find("translation").get("type") in ("unfinished", "vanished", "obsolete")
    ]
    return problems


def main(argv: list[str]) -> int:
    if "--check" in argv:
        problems = check()
        print("\n".join(problems) or "catalogue complete")
        return 1 if problems else 0
    done, total = update()
    release()
    sys.path.insert(0, str(ROOT))
    from core.catalog import write_manifest

    write_manifest()  # the catalogues are checksummed resources like the data tables
    print(f"{TS.relative_to(ROOT)}: {done}/{total} translated; compiled {QM.name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
