"""Fast checks of the packaging files (the full build is `make package-check`, not part of this suite).

The spec is executed with stand-ins for PyInstaller's Analysis/EXE/COLLECT/BUNDLE, so what it would hand
PyInstaller (data files, hidden imports, the Qt plugin filter, the macOS Info.plist) is checked on any OS.
"""

from __future__ import annotations

import configparser
import re
import shutil
import struct
import subprocess
import sys
import types
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PKG = ROOT / "packaging"
SPEC = PKG / "ai-energy-explorer.spec"
DESKTOP = PKG / "linux" / "ai-energy-explorer.desktop"
MIME_XML = PKG / "linux" / "ai-energy-explorer-mime.xml"
ISS = PKG / "windows" / "ai-energy-explorer.iss"
WORKFLOW = ROOT / ".github" / "workflows" / "release.yml"
ICONS = ROOT / "resources" / "icons"
MIME_TYPE = "application/x-ai-energy-explorer"
SIZES = (16, 32, 48, 64, 128, 256, 512)

sys.path.insert(0, str(PKG))


# ----- the PyInstaller spec ---------------------------------------------------------------------


class _Recorder:
    """Stand-in for a PyInstaller build target: keeps its arguments."""

    calls: dict[str, list] = {}  # noqa: RUF012

    def __init__(self, *args, **kwargs):
        self.args, self.kwargs = args, kwargs
        type(self).calls.setdefault(type(self).__name__, []).append(self)
        for k, v in kwargs.items():
            setattr(self, k, v)


def _run_spec(monkeypatch, workdir: Path, platform: str) -> dict:
    class Analysis(_Recorder):
        def __init__(self, scripts, **kwargs):
            super().__init__(scripts, **kwargs)
            self.scripts = scripts
            self.pure = []
            self.binaries = [
                ("PySide6/Qt/plugins/platforms/libqxcb.so", "src", "BINARY"),
                ("PySide6/Qt/plugins/platforms/libqoffscreen.so", "src", "BINARY"),
                ("PySide6/Qt/plugins/platforms/libqwayland.so", "src", "BINARY"),
                ("PySide6/Qt/plugins/platforms/libqminimalegl.so", "src", "BINARY"),
                ("PySide6/Qt/plugins/platforms/libqeglfs.so", "src", "BINARY"),
                ("PySide6\\Qt\\plugins\\platforms\\qwindows.dll", "src", "BINARY"),
                ("PySide6/Qt/plugins/imageformats/libqpdf.so", "src", "BINARY"),
                ("PySide6/Qt/plugins/imageformats/libqsvg.so", "src", "BINARY"),
                ("PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", "src", "BINARY"),
                (
                    "PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so",
                    "src",
                    "BINARY",
                ),
                ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", "src", "BINARY"),
                ("PySide6/Qt/plugins/tls/libqopensslbackend.so", "src", "BINARY"),
                ("PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so", "src", "BINARY"),
                ("PySide6/Qt/lib/libQt6Quick.so.6", "src", "BINARY"),
                ("PySide6/Qt/lib/libQt6Network.so.6", "src", "BINARY"),
                ("PySide6/Qt/lib/libQt6EglFsKmsSupport.so.6", "src", "BINARY"),
                ("PySide6/Qt/lib/libQt6Widgets.so.6", "src", "BINARY"),
                ("PySide6/Qt/lib/libQt6Svg.so.6", "src", "BINARY"),
                ("PySide6/Qt/lib/libQt6XcbQpa.so.6", "src", "BINARY"),
                ("libpango-1.0.so.0", "src", "BINARY"),
                ("libxkbcommon-x11.so.0", "src", "BINARY"),
                ("numpy.libs/libscipy_openblas64_-ff651d7f.so", "src", "BINARY"),
            ]
            self.datas = [
                *[(f"{dest}/{Path(src).name}", src, "DATA") for src, dest in kwargs["datas"]],
                ("PySide6/Qt/translations/qtbase_ja.qm", "src", "DATA"),
                ("PySide6/Qt/translations/qt_ja.qm", "src", "DATA"),
                ("PySide6/Qt/translations/qtbase_de.qm", "src", "DATA"),
                ("PySide6/Qt/translations/linguist_ja.qm", "src", "DATA"),
                ("PySide6\\translations\\qtbase_fr.qm", "src", "DATA"),
                ("PySide6\\translations\\qtbase_ja.qm", "src", "DATA"),
                ("PySide6\\qml\\QtQuick\\qtquick2plugin.dll", "src", "DATA"),
                ("PySide6/Qt/qml/QtQuick/libqtquick2plugin.so", "src", "DATA"),
                ("PySide6\\Qt6Network.dll", "src", "BINARY"),
                ("PySide6\\Qt6Widgets.dll", "src", "BINARY"),
                ("PySide6\\plugins\\platforms\\qoffscreen.dll", "src", "BINARY"),
                ("PySide6\\plugins\\platforms\\qdirect2d.dll", "src", "BINARY"),
                ("PySide6/Qt/lib/QtNetwork.framework/Versions/A/QtNetwork", "src", "BINARY"),
                ("PySide6/Qt/lib/QtGui.framework/Versions/A/QtGui", "src", "BINARY"),
                ("PySide6/Qt/plugins/platforms/libqcocoa.dylib", "src", "BINARY"),
            ]

    class PYZ(_Recorder):
        pass

    class EXE(_Recorder):
        pass

    class COLLECT(_Recorder):
        pass

    class BUNDLE(_Recorder):
        pass

    _Recorder.calls = {}
    monkeypatch.setattr(sys, "platform", platform)
    namespace = {
        "SPECPATH": str(PKG),
        "workpath": str(workdir),
        "Analysis": Analysis,
        "PYZ": PYZ,
        "EXE": EXE,
        "COLLECT": COLLECT,
        "BUNDLE": BUNDLE,
        "__file__": str(SPEC),
    }
    exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), namespace)
    namespace["_calls"] = _Recorder.calls
    return namespace


def test_spec_one_folder_windowed_named_and_never_stripped(monkeypatch, tmp_path):
    ns = _run_spec(monkeypatch, tmp_path, "linux")
    (exe,) = ns["_calls"]["EXE"]
    (coll,) = ns["_calls"]["COLLECT"]
    assert exe.kwargs["name"] == "ai-energy-explorer"
    assert exe.kwargs["exclude_binaries"] is True, "one-folder build: binaries go to COLLECT"
    assert exe.kwargs["console"] is False
    assert exe.kwargs["strip"] is False and coll.kwargs["strip"] is False, "strip breaks numpy's OpenBLAS"
    assert coll.kwargs["name"] == "ai-energy-explorer"
    assert "BUNDLE" not in ns["_calls"]


def test_spec_bundles_every_resource_where_core_catalog_looks(monkeypatch, tmp_path):
    ns = _run_spec(monkeypatch, tmp_path, "linux")
    (a,) = ns["_calls"]["Analysis"]
    assert Path(a.scripts[0]) == ROOT / "main.py"
    datas = [(src, dest) for src, dest in a.kwargs["datas"] if not dest.startswith("licenses")]
    shipped = {Path(src).resolve() for src, _ in datas}
    wanted = {
        p.resolve() for p in (ROOT / "resources").rglob("*") if p.is_file() and "__pycache__" not in p.parts
    }
    assert wanted <= shipped
    for src, dest in datas:
        # core/catalog.py: Path(__file__).parent.parent / "resources" == _MEIPASS / "resources"
        assert Path(src).resolve().parent.relative_to(ROOT).as_posix() == dest.replace("\\", "/")
        assert dest.replace("\\", "/").startswith("resources")
    hidden = a.kwargs["hiddenimports"]
    assert "core.catalog" in hidden and "PySide6.QtWidgets" in hidden
    if (ROOT / "gui" / "app.py").exists():
        assert "gui.app" in hidden
    for test_tool in (
        "hypothesis",
        "pytest",
        "PySide6.QtNetwork",
        "PySide6.QtQml",
        "PySide6.QtWebEngineCore",
    ):
        assert test_tool in a.kwargs["excludes"]


def test_spec_ships_licence_texts(monkeypatch, tmp_path):
    ns = _run_spec(monkeypatch, tmp_path, "linux")
    (a,) = ns["_calls"]["Analysis"]
    licences = {(Path(src).name, dest) for src, dest in a.kwargs["datas"] if dest.startswith("licenses")}
    assert ("LGPL-3.0.txt", "licenses/Qt") in licences and ("GPL-3.0.txt", "licenses/Qt") in licences
    assert ("INDEX.txt", "licenses") in licences
    index = next(Path(src) for src, dest in a.kwargs["datas"] if dest == "licenses")
    text = index.read_text(encoding="utf-8")
    assert "PySide6_Essentials 6.11.3" in text.replace("PySide6-Essentials", "PySide6_Essentials")
    assert any(dest.startswith("licenses/numpy") for _, dest in licences)


def test_spec_filters_unused_qt_plugins_and_keeps_what_the_app_needs(monkeypatch, tmp_path):
    ns = _run_spec(monkeypatch, tmp_path, "linux")
    (a,) = ns["_calls"]["Analysis"]
    kept_paths = {dest.replace("\\", "/") for dest, _, _ in a.binaries + a.datas}
    kept = {p.rsplit("/", 1)[-1] for p in kept_paths}
    assert "PySide6/translations/qtbase_ja.qm" in kept_paths  # Windows layout
    assert "PySide6/translations/qtbase_fr.qm" not in kept_paths
    for needed in (
        "libqxcb.so",
        "libqoffscreen.so",
        "qwindows.dll",
        "libqsvg.so",
        "libibusplatforminputcontextplugin.so",
        "libQt6Widgets.so.6",
        "libQt6Svg.so.6",
        "libQt6XcbQpa.so.6",
        "libxkbcommon-x11.so.0",
        "libscipy_openblas64_-ff651d7f.so",
        "qtbase_ja.qm",
        "qt_ja.qm",
        "Qt6Widgets.dll",
        "qoffscreen.dll",
        "QtGui",
        "libqcocoa.dylib",
    ):
        assert needed in kept, needed
    for dropped in (
        "libqwayland.so",
        "libqminimalegl.so",
        "libqeglfs.so",
        "libqpdf.so",
        "libqtvirtualkeyboardplugin.so",
        "libqgtk3.so",
        "libqopensslbackend.so",
        "libxdg-shell.so",
        "libQt6Quick.so.6",
        "libQt6Network.so.6",
        "libQt6EglFsKmsSupport.so.6",
        "libpango-1.0.so.0",
        "qtbase_de.qm",
        "linguist_ja.qm",
        "qtquick2plugin.dll",
        "libqtquick2plugin.so",
        "Qt6Network.dll",
        "qdirect2d.dll",
        "QtNetwork",
    ):
        assert dropped not in kept, dropped


def test_spec_macos_bundle_declares_the_scenario_document_type(monkeypatch, tmp_path):
    ns = _run_spec(monkeypatch, tmp_path, "darwin")
    (bundle,) = ns["_calls"]["BUNDLE"]
    assert bundle.kwargs["icon"].endswith(".icns") and Path(bundle.kwargs["icon"]).exists()
    plist = bundle.kwargs["info_plist"]
    (doc,) = plist["CFBundleDocumentTypes"]
    assert MIME_TYPE in doc["CFBundleTypeMIMETypes"]
    (uti,) = plist["UTExportedTypeDeclarations"]
    assert uti["UTTypeIdentifier"] in doc["LSItemContentTypes"]
    assert "aiee.json" in uti["UTTypeTagSpecification"]["public.filename-extension"]
    assert plist["CFBundleShortVersionString"] == ns["VERSION"]


def _fake_versioninfo_module() -> types.ModuleType:
    """PyInstaller's Windows version-resource classes with their real signatures (the real module needs
    pefile, which is installed on Windows only)."""
    mod = types.ModuleType("PyInstaller.utils.win32.versioninfo")

    def cls(name, params):
        def __init__(self, *args, **kwargs):
            bound = dict(zip(params, args, strict=False))
            unknown = set(kwargs) - set(params)
            assert not unknown, f"{name}: unknown arguments {unknown}"
            bound.update(kwargs)
            self.__dict__.update(bound)

        return type(name, (), {"__init__": __init__, "__repr__": lambda self: f"{name}({self.__dict__!r})"})

    mod.VSVersionInfo = cls("VSVersionInfo", ["ffi", "kids"])
    mod.FixedFileInfo = cls(
        "FixedFileInfo", ["filevers", "prodvers", "mask", "flags", "OS", "fileType", "subtype", "date"]
    )
    mod.StringFileInfo = cls("StringFileInfo", ["kids"])
    mod.StringTable = cls("StringTable", ["name", "kids"])
    mod.StringStruct = cls("StringStruct", ["name", "val"])
    mod.VarFileInfo = cls("VarFileInfo", ["kids"])
    mod.VarStruct = cls("VarStruct", ["name", "kids"])
    return mod


def test_spec_windows_icon_and_version_resource(monkeypatch, tmp_path):
    for name in ("PyInstaller", "PyInstaller.utils", "PyInstaller.utils.win32"):
        monkeypatch.setitem(sys.modules, name, sys.modules.get(name) or types.ModuleType(name))
    monkeypatch.setitem(sys.modules, "PyInstaller.utils.win32.versioninfo", _fake_versioninfo_module())
    ns = _run_spec(monkeypatch, tmp_path, "win32")
    exe, cli = ns["_calls"]["EXE"]
    assert exe.kwargs["console"] is False and exe.kwargs["name"] == "ai-energy-explorer"
    assert cli.kwargs["console"] is True and cli.kwargs["name"] == "ai-energy-explorer-cli"
    (coll,) = ns["_calls"]["COLLECT"]
    assert exe in coll.args and cli in coll.args
    assert exe.kwargs["icon"].endswith(".ico") and Path(exe.kwargs["icon"]).exists()
    info = exe.kwargs["version"]
    assert info.ffi.filevers[:3] == tuple(int(x) for x in ns["VERSION"].split(".")[:3])
    strings = {s.name: s.val for s in info.kids[0].kids[0].kids}
    assert strings["ProductVersion"] == ns["VERSION"]
    assert strings["OriginalFilename"] == "ai-energy-explorer.exe"
    assert strings["ProductName"] == "AI Energy Explorer"


def test_spec_version_matches_core():
    from core import __version__

    text = SPEC.read_text(encoding="utf-8")
    assert 'ROOT / "core" / "__init__.py"' in text
    assert (
        re.search(r'^__version__\s*=\s*"([^"]+)"', (ROOT / "core" / "__init__.py").read_text(), re.M)[1]
        == __version__
    )


# ----- Linux desktop integration ----------------------------------------------------------------


def _desktop() -> configparser.SectionProxy:
    cp = configparser.ConfigParser(interpolation=None, strict=True)
    cp.optionxform = str  # keys are case-sensitive
    cp.read(DESKTOP, encoding="utf-8")
    return cp["Desktop Entry"]


def test_desktop_entry_names_mime_and_exec():
    d = _desktop()
    assert d["Type"] == "Application"
    assert d["Name"] == "AI Energy Explorer"
    assert re.search(r"[\u3040-\u30ff]", d["Name[ja]"]), "Name[ja] must be Japanese"
    assert MIME_TYPE in d["MimeType"].split(";")
    assert d["Exec"].split()[0] == "ai-energy-explorer" and "%f" in d["Exec"].split()
    assert d["Icon"] == "ai-energy-explorer"
    assert d["Terminal"] == "false"


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils not installed")
def test_desktop_entry_validates():
    out = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr


def test_mime_xml_declares_the_scenario_glob():
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    root = ET.parse(MIME_XML).getroot()
    assert root.tag == "{http://www.freedesktop.org/standards/shared-mime-info}mime-info"
    (mt,) = root.findall("m:mime-type", ns)
    assert mt.get("type") == MIME_TYPE
    assert [g.get("pattern") for g in mt.findall("m:glob", ns)] == ["*.aiee.json"]
    assert mt.find("m:sub-class-of", ns).get("type") == "application/json"
    langs = {c.get("{http://www.w3.org/XML/1998/namespace}lang") for c in mt.findall("m:comment", ns)}
    assert {None, "ja"} <= langs


@pytest.mark.skipif(shutil.which("update-mime-database") is None, reason="shared-mime-info not installed")
def test_mime_xml_compiles_with_update_mime_database(tmp_path):
    (tmp_path / "packages").mkdir()
    shutil.copy(MIME_XML, tmp_path / "packages" / "ai-energy-explorer.xml")
    out = subprocess.run(["update-mime-database", str(tmp_path)], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert f"{MIME_TYPE}:*.aiee.json" in (tmp_path / "globs2").read_text()


def test_maintainer_scripts_are_executable_posix_sh():
    for name in ("postinst", "postrm"):
        script = PKG / "linux" / name
        assert script.stat().st_mode & 0o111, f"{name} must be executable"
        assert script.read_text().startswith("#!/bin/sh")
        assert subprocess.run(["sh", "-n", str(script)]).returncode == 0
    assert "rm -rf /opt/ai-energy-explorer" in (PKG / "linux" / "postrm").read_text()
    user_install = PKG / "linux" / "install-desktop-entry.sh"
    assert user_install.stat().st_mode & 0o111
    assert subprocess.run(["sh", "-n", str(user_install)]).returncode == 0
    make_deb = (PKG / "linux" / "make_deb.sh").read_text()
    assert "--root-owner-group" in make_deb and "/opt/$APP" in make_deb and "usr/bin/$APP" in make_deb


# ----- icons ------------------------------------------------------------------------------------


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path.name} is not a PNG"
    return struct.unpack(">II", data[16:24])


def test_icons_exist_at_every_size():
    assert (ICONS / "ai-energy-explorer.svg").exists()
    ET.parse(ICONS / "ai-energy-explorer.svg")  # well-formed
    for s in SIZES:
        assert _png_size(ICONS / f"ai-energy-explorer-{s}.png") == (s, s)


def test_ico_container_holds_dibs_and_a_256_png():
    data = (ICONS / "ai-energy-explorer.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1) and count >= 5
    sizes = []
    for i in range(count):
        w, _h, _c, _r, _planes, bpp, size, offset = struct.unpack("<BBBBHHII", data[6 + 16 * i : 22 + 16 * i])
        assert offset + size <= len(data) and bpp == 32
        side = w or 256
        blob = data[offset : offset + size]
        if side >= 256:
            assert blob[:8] == b"\x89PNG\r\n\x1a\n"
        else:
            hdr, width, height, planes, bits = struct.unpack("<IiiHH", blob[:16])
            assert (hdr, width, height, planes, bits) == (40, side, 2 * side, 1, 32)
            mask_row = ((side + 31) // 32) * 4
            assert size == 40 + side * side * 4 + mask_row * side
            assert any(blob[40 + 3 : 40 + side * side * 4 : 4]), "alpha channel is empty"
        sizes.append(side)
    assert {16, 32, 48, 256} <= set(sizes)


def test_icns_container_is_consistent():
    data = (ICONS / "ai-energy-explorer.icns").read_bytes()
    assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data)
    pos, kinds = 8, []
    while pos < len(data):
        kind, length = data[pos : pos + 4], struct.unpack(">I", data[pos + 4 : pos + 8])[0]
        assert data[pos + 8 : pos + 16] == b"\x89PNG\r\n\x1a\n"
        kinds.append(kind)
        pos += length
    assert pos == len(data)
    assert {b"ic07", b"ic08", b"ic09", b"ic10"} <= set(kinds)


def test_icon_containers_writer_round_trip():
    import make_icons

    fake = {
        s: b"\x89PNG\r\n\x1a\n" + bytes([s % 251]) * 10 for s in (16, 24, 32, 48, 64, 128, 256, 512, 1024)
    }
    ico = make_icons.ico_bytes({s: fake[s] for s in make_icons.ICO_SIZES})
    assert struct.unpack("<HHH", ico[:6]) == (0, 1, len(make_icons.ICO_SIZES))
    rows = [bytes([1, 2, 3, 255]) * 2, bytes([4, 5, 6, 128]) * 2]
    dib = make_icons.dib_bytes(2, rows)
    assert struct.unpack("<IiiHH", dib[:16]) == (40, 2, 4, 1, 32)
    assert dib[40:56] == rows[1] + rows[0], "DIB rows are stored bottom-up"
    assert dib[56:] == bytes(4 * 2), "AND mask: one 4-byte row per pixel row"
    icns = make_icons.icns_bytes(fake)
    assert struct.unpack(">I", icns[4:8])[0] == len(icns)


# ----- Windows installer ------------------------------------------------------------------------


def test_inno_setup_script_per_user_with_association_and_shortcut():
    raw = ISS.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "UTF-8 with BOM, or Inno Setup mangles the Japanese text"
    text = raw.decode("utf-8-sig")
    assert re.search(r"^PrivilegesRequired=lowest\s*$", text, re.M)
    assert re.search(r"^ChangesAssociations=yes\s*$", text, re.M)
    assert "AppVersion={#AppVersion}" in text and "#ifndef AppVersion" in text
    assert re.search(r'Subkey: "Software\\Classes\\\.aiee\.json"', text)
    assert re.search(r'shell\\open\\command".*""%1""', text)
    assert "Root: HKLM" not in text, "a per-user install writes HKCU (HKA) only"
    assert re.search(r'^Name: "\{autoprograms\}', text, re.M), "Start-menu shortcut"
    assert "dist\\ai-energy-explorer\\*" in text
    assert (ICONS / "ai-energy-explorer.ico").exists()


# ----- release workflow -------------------------------------------------------------------------


def _jobs(text: str) -> dict[str, str]:
    """The workflow's jobs as text blocks, split on two-space-indented keys under `jobs:`."""
    body = text.split("\njobs:\n", 1)[1]
    parts = re.split(r"^  ([A-Za-z0-9_-]+):\n", body, flags=re.M)
    return dict(zip(parts[1::2], parts[2::2], strict=True))


def test_workflow_parses_when_pyyaml_is_available():
    yaml = pytest.importorskip("yaml")
    wf = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    assert set(wf["jobs"]) == {"linux", "windows", "macos", "release"}


def test_workflow_self_tests_every_platform_before_upload():
    text = WORKFLOW.read_text(encoding="utf-8")
    assert "\t" not in text
    jobs = _jobs(text)
    assert {"linux", "windows", "macos", "release"} <= set(jobs)
    runners = {name: re.search(r"runs-on: (\S+)", block)[1] for name, block in jobs.items()}
    assert runners["linux"].startswith("ubuntu") and runners["windows"].startswith("windows")
    assert runners["macos"].startswith("macos")
    for name in ("linux", "windows", "macos"):
        block = jobs[name]
        assert "--self-test" in block
        assert block.index("--self-test") < block.index("upload-artifact"), name
        assert "packaging/build.sh" in block
    assert "QT_QPA_PLATFORM: offscreen" in text
    assert "iscc" in jobs["windows"] and "make_dmg.sh" in jobs["macos"] and ".deb" in jobs["linux"]
    release = jobs["release"]
    assert "startsWith(github.ref, 'refs/tags/v')" in release
    assert re.search(r"needs: \[linux, windows, macos\]", release)
    assert "gh release create" in release and "contents: write" in release


# ----- build helpers ----------------------------------------------------------------------------


def test_build_requirements_leave_test_tools_out():
    import requirements

    reqs = requirements.requirements()
    names = {re.split(r"[=<>\[ ]", r)[0].lower() for r in reqs}
    assert {"pyside6-essentials", "pyqtgraph", "numpy", "pydantic", "pyinstaller"} <= names
    assert not names & {"pytest", "pytest-qt", "hypothesis", "ruff"}
    assert all("==" in r for r in reqs), "package builds use pinned versions"


def test_bench_package_needs_a_build(tmp_path):
    import bench_package

    with pytest.raises(FileNotFoundError, match="make package"):
        bench_package.package_figures(dist=tmp_path)


def test_makefile_has_packaging_targets():
    text = (ROOT / "Makefile").read_text()
    for target in ("package:", "package-check:", "package-bench:", "package-lint:"):
        assert re.search(rf"^{target}", text, re.M), target
    assert "packaging/build.sh" in text and "packaging/check_frozen.sh" in text
