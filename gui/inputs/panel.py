"""The input column: every field of the scenario the window lets a person change, grouped, with its control.

The groups and number inputs come from the field table (:mod:`gui.inputs.fields`); the choice inputs (chips,
precision, weight bits, data-centre profile, grid region) and the sites table are declared once in
:func:`choice_controls`. ``controls`` maps every path to its control, all speaking the protocol of
:mod:`gui.inputs.binding`, so the window binds them to the session in one call and lessons, the tornado's
"go to this input", the self-test and the soak find any control by its path.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QGridLayout, QGroupBox, QLabel, QScrollArea, QVBoxLayout, QWidget

from gui.i18n import bind
from gui.inputs.binding import Choice, combo_choice
from gui.inputs.currency import CurrencyPicker
from gui.inputs.fields import BOUNDARIES, GROUPS, PRECISIONS, SERVING_STACKS, WEIGHT_BITS
from gui.inputs.pickers import AcceleratorPicker, RegionPicker
from gui.inputs.plain import plain_choice
from gui.inputs.quantity import MessageHold, QuantityInput
from gui.inputs.sites import SitesTable


def tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class InputPanel(QScrollArea):
    """The scrolling column of input groups. ``inputs``: the number inputs; ``controls``: every control."""

    def __init__(self, cat: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.catalog = cat
        self.inputs: dict[str, QuantityInput] = {}
        self.message_hold = MessageHold(self)  # the inputs' message lines keep their room while inputs move
        self.message_hold.released.connect(self.settle_messages)
        # pickers
        self.train_picker = AcceleratorPicker(cat, for_inference=False)
        self.serve_picker = AcceleratorPicker(cat, for_inference=True)
        self.precision = QComboBox()
        for p in PRECISIONS:
            self.precision.addItem(p, p)
        bind(
            self.precision,
            "setToolTip",
            lambda: (
                plain_choice("Precision")
                + "\n"
                + QCoreApplication.translate(
                    "MainWindow",
                    "Arithmetic precision of the training matmuls; sets which peak FLOP/s applies (vendor datasheets).",
                )
            ),
        )
        self.weight_bits = QComboBox()
        for i, b in enumerate(WEIGHT_BITS):
            self.weight_bits.addItem("", b)
            bind(
                self.weight_bits,
                "setItemText",
                lambda b=b: QCoreApplication.translate("MainWindow", "{n}-bit").format(n=b),
                i,
            )
        bind(
            self.weight_bits,
            "setToolTip",
            lambda: (
                plain_choice("Weight precision")
                + "\n"
                + QCoreApplication.translate(
                    "MainWindow",
                    "Bits per stored weight when serving: 8 and 4 bits halve and quarter the bytes read per token (quantization).",
                )
            ),
        )
        self.profile = QComboBox()
        self.profile.addItem("", None)
        bind(
            self.profile, "setItemText", lambda: QCoreApplication.translate("MainWindow", "Custom values"), 0
        )
        for pid, prof in cat.pue_profiles.items():
            if prof.pue is None:
                continue
            self.profile.addItem(f"{prof.name} · PUE {prof.pue:g}", pid)
            self.profile.setItemData(
                self.profile.count() - 1, f"{prof.scope}\n{prof.source}", Qt.ItemDataRole.ToolTipRole
            )
        self.profile.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.profile.setMinimumContentsLength(16)
        self.profile.view().setMinimumWidth(480)
        bind(
            self.profile,
            "setToolTip",
            lambda: (
                plain_choice("Profile")
                + "\n"
                + QCoreApplication.translate(
                    "MainWindow",
                    "Published data-centre profiles; choosing one sets PUE (and WUE where published).",
                )
            ),
        )
        # the serving stack and the energy boundary: plain choices whose item texts and tooltips come from the
        # field table (gui.inputs.fields), bound like the others in choice_controls
        self.stack = _choice_box(
            SERVING_STACKS,
            QT_TRANSLATE_NOOP(
                "MainWindow",
                "How the model is served: one user at batch 1 in an unbatched library, continuous batching up to "
                "the batch size (vLLM), or a fleet that prefills on separate accelerators (DistServe, Splitwise).",
            ),
            "Serving stack",
        )
        self.boundary = _choice_box(
            BOUNDARIES,
            QT_TRANSLATE_NOOP(
                "MainWindow",
                "What the per-query card counts, narrowest first; each wider boundary adds a layer "
                "(Elsworth et al. 2025). The card's tooltip lists every layer.",
            ),
            "Energy boundary",
        )
        self.region = RegionPicker(cat)
        self.sites = SitesTable()
        self.sites.region_picker = self.region  # the sites pick regions from the main picker's list
        self.currency = CurrencyPicker()

        self.focus_order: list[QWidget] = []  # the panels' controls in reading order (Tab / Shift+Tab)
        before: dict[str, list[tuple[str, QWidget]]] = {
            "training.accelerator_count": [
                (QT_TRANSLATE_NOOP("MainWindow", "Training chip"), self.train_picker),
                (QT_TRANSLATE_NOOP("MainWindow", "Precision"), self.precision),
            ],
            "inference.accelerator_count": [
                (QT_TRANSLATE_NOOP("MainWindow", "Serving chip"), self.serve_picker)
            ],
            "datacenter.pue": [
                (QT_TRANSLATE_NOOP("MainWindow", "Energy boundary"), self.boundary),
                (QT_TRANSLATE_NOOP("MainWindow", "Profile"), self.profile),
            ],
            "inference.batch_size": [(QT_TRANSLATE_NOOP("MainWindow", "Serving stack"), self.stack)],
            "datacenter.grid_intensity_g_per_kwh": [
                (QT_TRANSLATE_NOOP("MainWindow", "Grid region"), self.region)
            ],
            "optimisation.quantization_kernel_efficiency": [
                (QT_TRANSLATE_NOOP("MainWindow", "Weight precision"), self.weight_bits)
            ],
            "economics.electricity_price_per_kwh": [
                (QT_TRANSLATE_NOOP("MainWindow", "Currency"), self.currency)
            ],
        }
        column = QWidget()
        col = QVBoxLayout(column)
        col.setContentsMargins(6, 6, 6, 6)
        col.setSpacing(8)
        self.groups: dict[str, QGroupBox] = {}
        for key, title, specs in GROUPS:
            box = bind(
                QGroupBox(), "setTitle", lambda title=title: QCoreApplication.translate("Fields", title)
            )
            grid = QGridLayout(box)
            grid.setHorizontalSpacing(6)
            grid.setVerticalSpacing(2)
            grid.setColumnStretch(1, 1)
            row = 0
            for spec in specs:
                for label, widget in before.get(spec.path, []):
                    lab = bind(QLabel(), "setText", lambda label=label: tr(label))
                    # one plain sentence first (gui.inputs.plain), then the expert line where there is one
                    bind(lab, "setToolTip", lambda label=label: plain_choice(label))
                    target = widget.combo if hasattr(widget, "combo") else widget
                    if not target.toolTip():
                        bind(target, "setToolTip", lambda label=label: plain_choice(label))
                    lab.setWordWrap(True)  # a long name takes two lines rather than being cut
                    lab.setBuddy(widget if not hasattr(widget, "combo") else widget.combo)
                    grid.addWidget(lab, row, 0, Qt.AlignmentFlag.AlignTop)
                    grid.addWidget(widget, row, 1, 1, 3)
                    row += 1
                    self.focus_order.append(widget.combo if hasattr(widget, "combo") else widget)
                inp = QuantityInput(spec, box, self.message_hold)
                self.inputs[spec.path] = inp
                row = inp.add_to(grid, row)
                self.focus_order += [inp.slider, inp.box]
            if key == "datacenter":
                lab = bind(QLabel(), "setText", lambda: QCoreApplication.translate("MainWindow", "Sites"))
                lab.setBuddy(self.sites.table)
                grid.addWidget(lab, row, 0, Qt.AlignmentFlag.AlignTop)
                grid.addWidget(self.sites, row, 1, 1, 3)
                self.focus_order += [
                    self.sites.table,
                    self.sites.add_button,
                    self.sites.remove_button,
                    self.sites.even_button,
                ]
            self.groups[key] = box
            col.addWidget(box)
        col.addStretch(1)
        self.setWidget(column)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        column.setMinimumWidth(330)
        # the panel is never narrower than its content: a squeezed column cut names and units
        bar = self.verticalScrollBar().sizeHint().width()
        self.setMinimumWidth(max(340, column.minimumSizeHint().width() + bar + 4))
        from gui.inputs.wheel import guard_wheel

        guard_wheel(self)  # the wheel scrolls the panel, never an input under the pointer
        # PUE typed by hand replaces a chosen data-centre profile's
        self.inputs["datacenter.pue"].also = lambda s: (
            {"datacenter.profile": None} if s.datacenter.profile is not None else {}
        )
        self.controls: dict[str, Any] = {**self.inputs, **choice_controls(self)}

    def retranslate(self) -> None:
        """Number inputs and pickers in the current language (group titles and labels follow by themselves)."""
        for inp in self.inputs.values():
            inp.retranslate()
        for picker in (self.train_picker, self.serve_picker, self.region):
            picker.retranslate()

    def settle_messages(self, at_rest: bool = False) -> None:
        """The inputs rest: message lines emptied or shortened while they moved give their room back, notes
        held back meanwhile appear. ``at_rest``: called for a result at rest, which settles them only once
        the inputs have been still a moment (the first step of a drag is also computed at rest)."""
        if self.message_hold.on and (not at_rest or self.message_hold.still()):
            self.message_hold.let_go()
            for inp in self.inputs.values():
                inp.error.settle()

    def focus(self, path: str) -> bool:
        """Scroll to the control of ``path`` and give it the keyboard focus; False when there is none."""
        control = self.controls.get(path)
        if control is None:
            return False
        target = control.box if isinstance(control, QuantityInput) else control.widgets()[0]
        target = getattr(target, "combo", None) or getattr(target, "table", None) or target
        self.ensureWidgetVisible(target, 20, 60)
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        if hasattr(target, "selectAll"):
            target.selectAll()
        return True


def _choice_box(items: tuple[tuple[str, str], ...], tip: str, label: str = "") -> QComboBox:
    """A combo box of ``(value, text)`` items, texts translated in the "Fields" context as the language changes;
    its tooltip is ``label``'s plain sentence (gui.inputs.plain), then ``tip``."""
    box = QComboBox()
    for i, (value, text) in enumerate(items):
        box.addItem("", value)
        bind(box, "setItemText", lambda text=text: QCoreApplication.translate("Fields", text), i)
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(12)
    bind(
        box,
        "setToolTip",
        lambda: "\n".join(
            s for s in (plain_choice(label), QCoreApplication.translate("MainWindow", tip)) if s
        ),
    )
    return box


def choice_controls(panel: InputPanel) -> dict[str, Choice]:
    """The choice inputs, one entry each: a new one is a field in ``core/scenario.py`` and a line here."""
    cat = panel.catalog

    def chip(aid: Any) -> str:
        acc = cat.accelerators.get(aid)
        return acc.label if acc else str(aid)

    def region(code: Any) -> str:
        r = cat.regions.get(code)
        return r.name if r else str(code)

    def bits(n: Any) -> str:
        return QCoreApplication.translate("MainWindow", "{n}-bit").format(n=n)

    def picker(path: str, name: str, widget: Any, describe: Any) -> Choice:
        return Choice(
            path,
            name,
            "MainWindow",
            widget,
            widget.chosen,
            read=lambda v: v,
            show=widget.set_current,
            describe=describe,
        )

    controls = [
        picker(
            "training.accelerator", QT_TRANSLATE_NOOP("MainWindow", "Training chip"), panel.train_picker, chip
        ),
        combo_choice(
            "training.precision", QT_TRANSLATE_NOOP("MainWindow", "Precision"), "MainWindow", panel.precision
        ),
        picker(
            "inference.accelerator", QT_TRANSLATE_NOOP("MainWindow", "Serving chip"), panel.serve_picker, chip
        ),
        combo_choice(
            "inference.weight_bits",
            QT_TRANSLATE_NOOP("MainWindow", "Weight precision"),
            "MainWindow",
            panel.weight_bits,
            bits,
        ),
        picker("datacenter.region", QT_TRANSLATE_NOOP("MainWindow", "Grid region"), panel.region, region),
        combo_choice(
            "inference.serving_stack",
            QT_TRANSLATE_NOOP("MainWindow", "Serving stack"),
            "MainWindow",
            panel.stack,
            lambda v: panel.stack.itemText(max(0, panel.stack.findData(v))),
        ),
        combo_choice(
            "inference.energy_boundary",
            QT_TRANSLATE_NOOP("MainWindow", "Energy boundary"),
            "MainWindow",
            panel.boundary,
            lambda v: panel.boundary.itemText(max(0, panel.boundary.findData(v))),
        ),
        profile_choice(panel),
        combo_choice(
            "economics.currency", QT_TRANSLATE_NOOP("MainWindow", "Currency"), "MainWindow", panel.currency
        ),
        Choice(
            "datacenter.sites",
            QT_TRANSLATE_NOOP("MainWindow", "Sites"),
            "MainWindow",
            panel.sites,
            panel.sites.edited,
            read=lambda rows: rows,
            show=lambda _sites: None,  # the table shows the sites with their power, from each result
            refused=panel.sites.show_error,
            accepted=panel.sites.hide_error,
            focus=[panel.sites.table],
            whole=True,
        ),
    ]
    return {c.path: c for c in controls}


def profile_choice(panel: InputPanel) -> Choice:
    """A published (or the person's own) data-centre profile: choosing one sets PUE, and WUE where published."""
    cat = panel.catalog

    def find(pid: Any, scenario: Any) -> Any:
        if pid is None:
            return None
        return cat.pue_profiles.get(pid) or scenario.custom.profiles.get(pid)

    def values(pid: Any, scenario: Any) -> dict[str, Any]:
        prof = find(pid, scenario)
        if prof is None:
            return {"datacenter.profile": None}
        out: dict[str, Any] = {"datacenter.profile": pid, "datacenter.pue": prof.pue}
        if prof.wue_l_per_kwh is not None:
            out["datacenter.wue_l_per_kwh"] = prof.wue_l_per_kwh
        return out

    combo = panel.profile
    choice = Choice(
        "datacenter.profile",
        QT_TRANSLATE_NOOP("MainWindow", "Profile"),
        "MainWindow",
        combo,
        combo.activated,
        read=lambda i: combo.itemData(i),
        show=lambda v: combo.setCurrentIndex(max(0, combo.findData(v))),
        describe=lambda pid: combo.itemText(max(0, combo.findData(pid))),
        values=values,
    )
    return choice
