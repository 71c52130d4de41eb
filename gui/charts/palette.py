"""The colours of every chart, analysis view, comparison and lesson highlight: one palette.

The Okabe-Ito palette stays distinguishable with the common forms of colour blindness (Okabe & Ito 2008,
"Color Universal Design"); ``GREY`` and ``INK`` are the text greys (tests/gui/test_palette.py).
"""

from __future__ import annotations

# Okabe-Ito
BLUE = "#0072B2"
ORANGE = "#E69F00"
SKY = "#56B4E9"
GREEN = "#009E73"
VERMILLION = "#D55E00"
PURPLE = "#CC79A7"
GREY = "#555555"  # dark enough to stay apart from GREEN for deuteranopes (tests/gui/test_palette.py)
INK = "#333333"
