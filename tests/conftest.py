"""Test-wide settings: Qt runs offscreen and never touches the user's own settings.

Only environment variables are set here (no Qt import), so core tests still run without Qt loaded.
"""

import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# QSettings on Linux writes under XDG_CONFIG_HOME; point it at a throw-away folder for the whole run
# (subprocesses started by tests inherit it too).
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="aiee-test-config-")
# the same for the data folder (autosave, logs)
os.environ["XDG_DATA_HOME"] = tempfile.mkdtemp(prefix="aiee-test-data-")
