"""The app's settings: typed, versioned, remembered across restarts, and never a crash on a bad value."""

from __future__ import annotations

import json
import logging

import pytest
from PySide6.QtCore import QByteArray, QSettings


@pytest.fixture
def clean_settings(qapp):
    from gui.qtapp import APPLICATION, ORGANISATION, SETTINGS_KEY

    qapp.setOrganizationName(ORGANISATION)
    qapp.setApplicationName(APPLICATION)
    store = QSettings()
    store.remove(SETTINGS_KEY)
    for key in ("window/geometry", "window/state", "window/splitter", "files/recent", "custom/definitions"):
        store.remove(key)
    yield store
    store.remove(SETTINGS_KEY)


def new_window(qtbot):
    from gui.diagnostics.selftest import settle
    from gui.window.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    win.build()
    settle(win.presenter)
    return win


def test_language_and_dark_theme_are_remembered_across_restarts(clean_settings, qtbot, qapp):
    from gui import i18n, settings, theme
    from gui.app import startup_language

    win = new_window(qtbot)
    try:
        win.menus.languages["ja"].trigger()
        win.menus.actions["dark"].setChecked(True)
        stored = settings.read()
        assert (stored.language, stored.dark) == ("ja", True)
        win.close()
        # the next start: the language comes back unless --lang says otherwise, and so does the theme
        assert startup_language(None) == "ja"
        assert startup_language("en") == "en"
        theme.apply_theme(qapp, False)
        again = new_window(qtbot)
        assert theme.is_dark() and again.menus.actions["dark"].isChecked()
        again.menus.actions["dark"].setChecked(False)
        again.menus.languages["en"].trigger()
        assert (settings.read().language, settings.read().dark) == ("en", False)
        again.close()
    finally:
        i18n.apply_language(qapp, "en")
        theme.apply_theme(qapp, False)


def test_window_layout_and_recent_files_come_back(clean_settings, qtbot, tmp_path):
    from gui import settings
    from gui.window.session import recent_files

    win = new_window(qtbot)
    win.splitter.setSizes([520, 846])
    sizes = win.splitter.sizes()
    path = tmp_path / "kept.json"
    assert win.files.save_file(str(path))
    win.close()
    stored = settings.read()
    assert stored.geometry and stored.splitter and stored.window_state
    assert recent_files() == [str(path.resolve())]
    again = new_window(qtbot)
    assert again.splitter.sizes() == sizes
    assert not again.extras.lessons.isVisible()
    again.extras.lessons.show()
    again.close()
    third = new_window(qtbot)
    assert third.extras.lessons.isVisible()  # the docks as they were left
    third.close()


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("window/geometry", "hello"),  # reliability review 2026-12, defect 1
        ("window/geometry", 5),
        ("window/geometry", QByteArray(b"\x01\xd9\xd0\xcb\x00\x03\x00\x00")),  # truncated
        ("window/splitter", "garbage"),
        ("window/state", 7),
        ("files/recent", 5),
        ("custom/definitions", "[1, 2, 3]"),  # defect 16
        ("custom/definitions", '{"accelerators": [1, 2]}'),
        ("custom/definitions", "[" * 5000),
    ],
)
def test_a_bad_value_of_an_older_settings_file_is_dropped_not_a_crash(clean_settings, qtbot, key, value):
    from gui.inputs.custom_defs import CustomDefinitionsDialog, library
    from gui.window.session import recent_files

    clean_settings.setValue(key, value)
    clean_settings.sync()
    win = new_window(qtbot)  # no exception: the window builds and computes
    assert win.presenter.snapshot is not None
    assert recent_files() == []
    assert library() == {"accelerators": {}, "regions": {}, "profiles": {}}
    dialog = CustomDefinitionsDialog(win.presenter, win)  # Edit > My hardware, grids and profiles opens
    dialog.close()
    win.close()


def test_a_settings_document_with_wrong_types_keeps_what_is_right(clean_settings, caplog):
    from gui import settings

    clean_settings.setValue(
        settings.KEY,
        json.dumps(
            {
                "schema_version": 1,
                "language": "fr",
                "dark": True,
                "geometry": 5,
                "recent_files": 7,
                "library": {"accelerators": {"mine": {"name": "Mine"}, "bad": [1, 2]}, "regions": 3},
            }
        ),
    )
    with caplog.at_level(logging.WARNING, logger="aiee.settings"):
        stored = settings.read()
    assert stored.dark is True  # kept
    assert stored.language is None and stored.geometry is None and stored.recent_files == []
    assert stored.library.accelerators == {} or "bad" not in stored.library.accelerators
    dropped = " ".join(r.getMessage() for r in caplog.records)
    assert "language" in dropped and "geometry" in dropped and "recent_files" in dropped


@pytest.mark.parametrize(
    "raw", ["not json", "[1, 2]", json.dumps({"schema_version": 99, "dark": True}), "[" * 5000]
)
def test_a_corrupt_or_newer_settings_document_is_reset_with_a_message(clean_settings, caplog, raw):
    from gui import settings

    clean_settings.setValue(settings.KEY, raw)
    with caplog.at_level(logging.WARNING, logger="aiee.settings"):
        stored = settings.read()
    assert stored == settings.AppSettings()
    assert caplog.records, "the reset is logged"


def test_version_0_keys_are_migrated_into_the_document(clean_settings, qtbot):
    from gui import settings

    win = new_window(qtbot)
    geometry = win.saveGeometry()
    win.close()
    clean_settings.remove(settings.KEY)
    clean_settings.setValue("window/geometry", geometry)
    clean_settings.setValue("files/recent", ["/tmp/a.json", "/tmp/b.json"])
    entry = {
        "name": "Lab chip",
        "tdp_w": 500,
        "peak_tflops": {"bf16": 500},
        "memory_gb": 80,
        "memory_bw_gbs": 3000,
    }
    clean_settings.setValue("custom/definitions", json.dumps({"accelerators": {"lab": entry}}))
    stored = settings.read()
    assert stored.schema_version == settings.SCHEMA_VERSION
    assert settings.blob(stored.geometry) == bytes(geometry.data())
    assert stored.recent_files == ["/tmp/a.json", "/tmp/b.json"]
    assert stored.library.accelerators == {"lab": entry}
    settings.write(stored)  # one document from now on; the loose keys are gone
    assert clean_settings.value("files/recent") is None
    assert settings.read() == stored
