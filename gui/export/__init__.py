"""The export wing: every file the app draws with Qt (PDF report, PNG and SVG charts) and the clipboard."""
