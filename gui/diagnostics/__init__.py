"""Diagnostics: the self-test shipped with the app, the benchmark and the soak harness (not product views)."""
