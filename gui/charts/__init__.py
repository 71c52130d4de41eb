"""The charts wing: long-lived pyqtgraph items, one file per chart, one palette, one grid.

``palette`` (colours), ``items`` (drawn items, axes), ``card`` (a chart's frame) are shared; each chart is
its own module; ``grid.ChartGrid`` lays out the headline and the four charts for the window and the report.
"""
