"""Counts the fuzz cases that ran and prints them at the end of the test run."""

from collections import Counter

CASES: Counter = Counter()


def pytest_terminal_summary(terminalreporter):
    if CASES:
        total = sum(CASES.values())
        parts = ", ".join(f"{k} {v}" for k, v in sorted(CASES.items()))
        terminalreporter.write_line(f"fuzz cases run: {total} ({parts})")
