"""Fixtures for the window tests: isolated settings and a built main window at 1366x768."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def earlier_windows_deleted():
    """The windows earlier tests closed are deleted before this test starts. Qt deletes a closed window only
    when an event loop runs, so they piled up, and the first ``qtbot.wait`` of a later test paid for all of
    them at once (9 s after the window tests), which made its timed waits fail."""
    from PySide6.QtCore import QCoreApplication, QEvent

    if QCoreApplication.instance() is not None:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    yield


@pytest.fixture(scope="session", autouse=True)
def isolated_settings(tmp_path_factory):
    from PySide6.QtCore import QSettings

    folder = tmp_path_factory.mktemp("qsettings")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    return folder


@pytest.fixture
def window(qtbot, qapp):
    from gui.diagnostics.selftest import settle
    from gui.qtapp import APPLICATION, ORGANISATION
    from gui.window.main_window import MainWindow

    qapp.setOrganizationName(ORGANISATION)
    qapp.setApplicationName(APPLICATION)
    from PySide6.QtCore import QSettings

    from gui.qtapp import SETTINGS_KEY

    QSettings().remove(SETTINGS_KEY)  # each test starts from the defaults: no docks, layout or theme kept
    win = MainWindow()
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    win.build()
    settle(win.presenter, full=True)
    yield win
    win.close()


@pytest.fixture
def settle():
    from gui.diagnostics.selftest import settle as _settle

    return _settle
