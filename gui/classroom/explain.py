"""The "Explain this result" panel: the three inputs that move the lifetime CO2e most, in plain words.

The drivers come from the one-at-a-time sensitivity analysis (:func:`core.analysis.tornado`): each uncertain
input is set to the low and the high end of its plausible range, the others kept, and the inputs are ranked
by how far the result moves. The panel recomputes a moment after the result changes, and only when shown.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QDockWidget, QLabel, QScrollArea, QVBoxLayout, QWidget

from core.units import format_quantity
from gui.i18n import bind, current_language

CONTEXT = "Explain"

#: Plain names and a short why for each input the sensitivity analysis varies (its scenario path).
DRIVERS: dict[str, tuple[str, str]] = {
    "training.mfu": (
        QT_TRANSLATE_NOOP("Explain", "How busy the training chips are (MFU)"),
        QT_TRANSLATE_NOOP(
            "Explain", "Published training runs keep the chips between about 15 % and 60 % busy."
        ),
    ),
    "training.power_fraction_of_tdp": (
        QT_TRANSLATE_NOOP("Explain", "Power the training chips actually draw"),
        QT_TRANSLATE_NOOP("Explain", "Measured draw in training is typically 60–100 % of the rated power."),
    ),
    "training.host_overhead_fraction": (
        QT_TRANSLATE_NOOP("Explain", "Power of the servers around the training chips"),
        QT_TRANSLATE_NOOP("Explain", "CPUs, memory and network add roughly 10–43 % to the chips' power."),
    ),
    "datacenter.pue": (
        QT_TRANSLATE_NOOP("Explain", "Cooling and overhead of the data centre (PUE)"),
        QT_TRANSLATE_NOOP("Explain", "The overhead above 1.0 varies by about 30 % across seasons and sites."),
    ),
    "datacenter.grid_intensity_g_per_kwh": (
        QT_TRANSLATE_NOOP("Explain", "Carbon intensity of the grid"),
        QT_TRANSLATE_NOOP("Explain", "Published factors for one country differ by up to 10 %."),
    ),
    "inference.bandwidth_efficiency": (
        QT_TRANSLATE_NOOP("Explain", "How fast serving reads the weights from memory"),
        QT_TRANSLATE_NOOP(
            "Explain", "Answering reads every weight; chips reach 60–90 % of their memory speed."
        ),
    ),
    "inference.compute_efficiency": (
        QT_TRANSLATE_NOOP("Explain", "How busy the serving chips are"),
        QT_TRANSLATE_NOOP("Explain", "Serving reaches about 30–70 % of the chips' peak speed."),
    ),
    "optimisation.quantization_kernel_efficiency": (
        QT_TRANSLATE_NOOP("Explain", "Speed of the low-bit (quantized) kernels"),
        QT_TRANSLATE_NOOP(
            "Explain", "Low-bit arithmetic ranges from markedly slower to slightly faster than 16-bit."
        ),
    ),
    "inference.memory_bound_power_fraction": (
        QT_TRANSLATE_NOOP("Explain", "Power drawn while waiting on memory"),
        QT_TRANSLATE_NOOP("Explain", "Chips that mostly wait on memory draw only part of their full power."),
    ),
    "inference.idle_power_fraction": (
        QT_TRANSLATE_NOOP("Explain", "Power of idle serving machines"),
        QT_TRANSLATE_NOOP(
            "Explain", "An idle data-centre accelerator still draws 10–25 % of its rated power."
        ),
    ),
    "inference.host_overhead_fraction": (
        QT_TRANSLATE_NOOP("Explain", "Power of the servers around the serving chips"),
        QT_TRANSLATE_NOOP("Explain", "CPUs, memory and network add to the chips' own power."),
    ),
    "datacenter.wue_l_per_kwh": (
        QT_TRANSLATE_NOOP("Explain", "Cooling water per kWh (WUE)"),
        QT_TRANSLATE_NOOP("Explain", "On-site water use changes with climate and season."),
    ),
    "datacenter.offsite_water_l_per_kwh": (
        QT_TRANSLATE_NOOP("Explain", "Water used to generate the electricity"),
        QT_TRANSLATE_NOOP("Explain", "It depends on the mix of power stations."),
    ),
    "embodied.accelerator_kgco2e": (
        QT_TRANSLATE_NOOP("Explain", "Emissions from manufacturing the chips"),
        QT_TRANSLATE_NOOP(
            "Explain", "Few chip makers publish a product carbon footprint, and they differ in scope."
        ),
    ),
    "embodied.server_kgco2e": (
        QT_TRANSLATE_NOOP("Explain", "Emissions from manufacturing the servers"),
        QT_TRANSLATE_NOOP("Explain", "Server footprint estimates are uncertain by about 50 %."),
    ),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def drivers(scenario: Any, count: int = 3) -> tuple[float, list[Any]]:
    """The central lifetime CO2e (kg) and the ``count`` inputs that move it most."""
    from core.analysis import tornado

    central, bars = tornado(scenario, "lifecycle.co2e_kg")
    return central, [b for b in bars if b.swing > 0][:count]


def explanation_html(scenario: Any, count: int = 3) -> str:
    """The panel's text: the result, then its top drivers with how far each moves it and why."""
    central, top = drivers(scenario, count)
    parts = [
        "<p>"
        + QCoreApplication.translate(
            "Explain", "Lifetime CO2e is <b>{value}</b>. The inputs that move it most are:"
        ).format(value=format_quantity(central, "mass_kg"))
        + "</p><ol>"
    ]
    for bar in top:
        name, why = DRIVERS.get(bar.field, (bar.field, ""))
        lo, hi = sorted((bar.low_value, bar.high_value))
        share = bar.swing / central * 100 if central else 0.0
        parts.append(
            "<li><b>"
            + tr(name)
            + "</b><br>"
            + QCoreApplication.translate(
                "Explain",
                "Across its plausible range the result goes from {lo} to {hi}, a swing of {pct} % of it.",
            ).format(
                lo=format_quantity(lo, "mass_kg"),
                hi=format_quantity(hi, "mass_kg"),
                pct=f"{share:.0f}",
            )
            + ("" if current_language() == "ja" else " ")  # Japanese sentences run on without a space
            + tr(why)
            + "</li>"
        )
    parts.append("</ol><p>")
    parts.append(
        QCoreApplication.translate(
            "Explain",
            "How this is found: each uncertain input is set to the low and then the high end of its published "
            "range, one at a time, with every other input unchanged.",
        )
    )
    parts.append("</p>")
    return "".join(parts)


class ExplainPanel(QDockWidget):
    """A dock that explains the current result; it follows the presenter while visible."""

    def __init__(self, window: Any):
        super().__init__(window)
        bind(self, "setWindowTitle", lambda: QCoreApplication.translate("Explain", "Explain this result"))
        self.setObjectName("explainDock")
        self.window_ = window
        self.label = QLabel(self)
        self.label.setObjectName("explanation")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        bind(
            self.label,
            "setAccessibleName",
            lambda: QCoreApplication.translate("Explain", "Explanation of the result"),
        )
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        body = QWidget()
        lay = QVBoxLayout(body)
        lay.addWidget(self.label)
        scroll.setWidget(body)
        self.setWidget(scroll)
        self.setMinimumWidth(300)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(250)
        self.timer.timeout.connect(self.refresh)
        window.presenter.resultsReady.connect(lambda _snap: self.schedule())
        self.visibilityChanged.connect(lambda shown: shown and self.schedule())

    def schedule(self) -> None:
        if self.isVisible():
            self.timer.start()

    def refresh(self) -> None:
        self.label.setText(explanation_html(self.window_.presenter.scenario))
