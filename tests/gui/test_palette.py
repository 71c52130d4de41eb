"""The chart palette stays distinguishable for deuteranopes (and protanopes): checked on the colours and on
a rendered chart, with the Machado, Oliveira & Fernandes (2009) simulation matrices at severity 1.0."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

#: Machado et al. 2009, Table 1, severity 1.0, applied to linear RGB.
DEUTERANOPIA = np.array(
    [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.011820, 0.042940, 0.968881]]
)
PROTANOPIA = np.array(
    [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]]
)
#: below this CIE76 distance two flat colours are hard to tell apart in a small legend swatch
MIN_DELTA_E = 12.0


def _to_linear(rgb: np.ndarray) -> np.ndarray:
    c = rgb / 255.0
    return np.where(c <= 0.04045, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)


def _to_srgb(lin: np.ndarray) -> np.ndarray:
    lin = np.clip(lin, 0.0, 1.0)
    return 255.0 * np.where(lin <= 0.0031308, lin * 12.92, 1.055 * lin ** (1 / 2.4) - 0.055)


def simulate(rgb: np.ndarray, matrix: np.ndarray) -> np.ndarray:
    """sRGB (..., 3) in 0-255 -> what a dichromat sees, in sRGB 0-255."""
    return _to_srgb(_to_linear(np.asarray(rgb, dtype=float)) @ matrix.T)


def lab(rgb: np.ndarray) -> np.ndarray:
    lin = _to_linear(np.asarray(rgb, dtype=float))
    xyz = (
        lin
        @ np.array([[0.4124, 0.3576, 0.1805], [0.2126, 0.7152, 0.0722], [0.0193, 0.1192, 0.9505]]).T
        / np.array([0.95047, 1.0, 1.08883])
    )
    f = np.where(xyz > 216 / 24389, np.cbrt(xyz), (24389 / 27 * xyz + 16) / 116)
    return np.stack([116 * f[..., 1] - 16, 500 * (f[..., 0] - f[..., 1]), 200 * (f[..., 1] - f[..., 2])], -1)


def hex_rgb(colour: str) -> np.ndarray:
    colour = colour.lstrip("#")
    return np.array([int(colour[i : i + 2], 16) for i in (0, 2, 4)], dtype=float)


def series_colours() -> dict[str, str]:
    from gui.charts import palette

    return {
        n: getattr(palette, n) for n in ("BLUE", "ORANGE", "SKY", "GREEN", "VERMILLION", "PURPLE", "GREY")
    }


#: the colours that share one chart (legend entries side by side)
CHART_SETS = {
    "breakdown": ("BLUE", "ORANGE", "PURPLE"),
    "lifetime": ("BLUE", "GREY", "GREEN", "VERMILLION"),
    "location": ("VERMILLION", "SKY"),
    "hardware": ("BLUE", "GREEN"),
}


@pytest.mark.parametrize("matrix", [DEUTERANOPIA, PROTANOPIA], ids=["deuteranopia", "protanopia"])
def test_series_colours_of_each_chart_stay_apart(matrix):
    colours = series_colours()
    for chart, names in CHART_SETS.items():
        for a, b in itertools.combinations(names, 2):
            la, lb = lab(simulate(hex_rgb(colours[a]), matrix)), lab(simulate(hex_rgb(colours[b]), matrix))
            assert np.linalg.norm(la - lb) >= MIN_DELTA_E, (chart, a, b, float(np.linalg.norm(la - lb)))


def test_the_check_can_fail_on_a_red_green_pair():
    red, green = hex_rgb("#D62728"), hex_rgb("#2CA02C")  # a classic matplotlib pair: fine for trichromats
    assert np.linalg.norm(lab(red) - lab(green)) > 40
    sim = np.linalg.norm(lab(simulate(red, DEUTERANOPIA)) - lab(simulate(green, DEUTERANOPIA)))
    assert sim < MIN_DELTA_E * 2  # collapses towards one colour for a deuteranope


def test_rendered_breakdown_chart_keeps_its_series_apart(window, tmp_path):
    """Simulate deuteranopia on a screenshot of the chart: each series' pixels stay in separate clusters."""
    from PySide6.QtGui import QImage

    colours = series_colours()
    path = tmp_path / "breakdown.png"
    window.breakdown.grab().save(str(path))
    img = QImage(str(path)).convertToFormat(QImage.Format.Format_RGB888)
    w, h = img.width(), img.height()
    arr = np.frombuffer(img.constBits(), dtype=np.uint8, count=img.bytesPerLine() * h)
    arr = arr.reshape(h, img.bytesPerLine())[:, : 3 * w].reshape(h, w, 3).astype(float)
    simulated = simulate(arr, DEUTERANOPIA)
    found = {}
    for name in CHART_SETS["breakdown"]:
        mask = np.all(np.abs(arr - hex_rgb(colours[name])) <= 2, axis=-1)
        assert mask.sum() > 50, f"{name} not drawn"
        found[name] = lab(simulated[mask].mean(axis=0))
    for a, b in itertools.combinations(found, 2):
        assert np.linalg.norm(found[a] - found[b]) >= MIN_DELTA_E, (a, b)
