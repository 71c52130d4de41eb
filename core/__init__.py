"""The estimator and its data catalog: pure Python and numpy, never Qt."""

__version__ = "0.1.0"
DATA_VERSION = "2026-11 data pack (grid 2022-2024, cloud 2024, accelerators 2017-2024)"
