"""User-defined accelerators, grids and data-centre profiles.

A definition is validated by the scenario model (``core.scenario.CustomAccelerator`` and friends), saved
with the scenario that uses it (``scenario.custom``), and kept in the user's settings for reuse in other
scenarios. The window's accelerator and region pickers list the scenario's definitions under
"User-defined", each label ending in "(user-defined)" as the catalog marks them.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt
from PySide6.QtGui import QStandardItem
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core.scenario import ScenarioError
from gui import plaintext
from gui.inputs.definition_boxes import NumberBox, refusal_lines
from gui.inputs.quantity import ERROR_STYLE

KINDS = ("accelerators", "regions", "profiles")
PRECISIONS = ("fp32", "tf32", "bf16", "fp16", "fp8", "int8")
# its own context: lupdate filed a bare tr("Name") under the teacher dialog's context only, and it showed in English
NAME = QT_TRANSLATE_NOOP("CustomDefs", "Name")


def tr(text: str) -> str:
    return QCoreApplication.translate("CustomDefs", text)


def slug(name: str) -> str:
    s = re.sub(r"[^a-z0-9-]+", "-", name.lower()).strip("-")[:60]
    return "user:" + (s or "item")


def model_of(kind: str) -> Any:
    from core.scenario import CustomAccelerator, CustomGrid, CustomProfile

    return {"accelerators": CustomAccelerator, "regions": CustomGrid, "profiles": CustomProfile}[kind]


class DefinitionRefused(ScenarioError):
    """A definition the scenario model refused: ``str()`` is the model's line naming each field and its range
    (the command line's words), ``errors`` pydantic's list, for the dialog to say in its own words."""

    def __init__(self, message: str, errors: list[dict[str, Any]]):
        super().__init__(message)
        self.errors = errors


def validate(kind: str, data: dict[str, Any]) -> Any:
    """The validated definition; raises :class:`DefinitionRefused` (a ``ScenarioError``) naming each bad
    field and its allowed range, or the ``InputConflict`` of idle power above the TDP."""
    from pydantic import ValidationError

    from core.scenario import conflict_in, explain

    try:
        return model_of(kind).model_validate(data)
    except ValidationError as err:
        conflict = conflict_in(err)  # idle above TDP: kept whole, said in the window's words
        if conflict is not None:
            raise conflict from None
        raise DefinitionRefused("; ".join(explain(err)), err.errors(include_url=False)) from None


def with_definition(scenario: Any, kind: str, uid: str, data: dict[str, Any]) -> Any:
    """A copy of ``scenario`` that carries the definition (validated with the whole scenario)."""
    from core.scenario import parse_scenario

    if not re.fullmatch(r"user:[a-z0-9][a-z0-9-]{0,59}", uid):
        raise ScenarioError(f"id '{uid}' must be 'user:' then lower-case letters, digits or '-' (up to 60)")
    validate(kind, data)
    dump = scenario.model_dump(mode="python")
    dump["custom"][kind][uid] = data
    return parse_scenario(dump)


# ----- the user's library (gui.settings) -----------------------------------------------------------------


def library() -> dict[str, dict[str, Any]]:
    """The person's own definitions by kind and id (gui.settings); entries that no longer validate, or are
    not definitions at all (a hand-edited settings file), are skipped."""
    from gui import settings

    stored = settings.read().library
    out: dict[str, dict[str, Any]] = {k: {} for k in KINDS}
    for kind in KINDS:
        for uid, d in getattr(stored, kind).items():
            try:
                validate(kind, d)
            except (ValueError, TypeError, AttributeError):
                continue  # a settings file edited by hand: skip what no longer validates
            out[kind][uid] = d
    return out


def _store(lib: dict[str, dict[str, Any]]) -> None:
    from gui import settings

    settings.update(library=settings.Library(**lib))


def remember(kind: str, uid: str, data: dict[str, Any]) -> None:
    lib = library()
    lib[kind][uid] = data
    _store(lib)


def forget(kind: str, uid: str) -> None:
    lib = library()
    lib[kind].pop(uid, None)
    _store(lib)


# ----- pickers ---------------------------------------------------------------------------------------------


class PickerSync(QObject):
    """Keeps the input panel's pickers listing the scenario's user-defined accelerators, grids and profiles."""

    def __init__(self, panel: Any, presenter: Any):
        super().__init__(panel)
        self.panel = panel
        self.presenter = presenter
        self._shown: Any = None
        presenter.scenarioChanged.connect(self.sync)
        self.sync(presenter.scenario)

    def sync(self, scenario: Any) -> None:
        custom = scenario.custom
        key = custom.model_dump_json()
        if key == self._shown:
            return
        self._shown = key
        from core.catalog import catalog
        from gui.inputs.pickers import ID_ROLE

        cat = catalog()
        accs = cat.accelerators_with(custom)
        for picker in (self.panel.train_picker, self.panel.serve_picker):
            model = picker.model
            for row in reversed(range(model.rowCount())):
                if (model.item(row).data(ID_ROLE) or "").startswith("user:") or model.item(row).data(
                    Qt.ItemDataRole.UserRole + 77
                ):
                    model.removeRow(row)
            if custom.accelerators:
                header = QStandardItem(tr("User-defined"))
                header.setFlags(Qt.ItemFlag.NoItemFlags)
                header.setData(True, Qt.ItemDataRole.UserRole + 77)
                f = header.font()
                f.setBold(True)
                header.setFont(f)
                model.appendRow(header)
                for uid in custom.accelerators:
                    acc = accs[uid]
                    item = QStandardItem(acc.label)
                    item.setData(uid, ID_ROLE)
                    item.setToolTip(plaintext.tooltip(f"{acc.label}\n{acc.source}"))
                    model.appendRow(item)
        region = self.panel.region
        region_model = region.model
        region.user_infos.clear()
        for row in reversed(range(region_model.rowCount())):
            item = region_model.item(row)
            if (item.data(ID_ROLE) or "").startswith("user:") or item.data(Qt.ItemDataRole.UserRole + 77):
                region_model.removeRow(row)
        if custom.regions:
            header = QStandardItem(tr("User-defined grids"))
            header.setFlags(Qt.ItemFlag.NoItemFlags)
            header.setData(True, Qt.ItemDataRole.UserRole + 77)
            region_model.appendRow(header)
            for uid, g in custom.regions.items():
                item = QStandardItem(f"{g.name} · {g.gco2e_per_kwh:g} g/kWh {tr('(user-defined)')}")
                item.setData(uid, ID_ROLE)
                item.setToolTip(plaintext.tooltip(g.source))
                region_model.appendRow(item)
                region.user_infos[uid] = f"{g.gco2e_per_kwh:g} gCO2e/kWh · {g.source} {tr('(user-defined)')}"
        profile = self.panel.profile
        for i in reversed(range(profile.count())):
            if str(profile.itemData(i) or "").startswith("user:"):
                profile.removeItem(i)
        for uid, p in custom.profiles.items():
            profile.addItem(f"{p.name} · PUE {p.pue:g} {tr('(user-defined)')}", uid)
        for picker, path in (
            (self.panel.train_picker, "training.accelerator"),
            (self.panel.serve_picker, "inference.accelerator"),
        ):
            picker.set_current(scenario.get(path))
        region.set_current(scenario.datacenter.region)


# ----- the dialog ---------------------------------------------------------------------------------------------


class CustomDefinitionsDialog(QDialog):
    """Define an accelerator, a grid or a profile; add it to the scenario, optionally use it at once."""

    def __init__(self, presenter: Any, parent: QWidget | None = None):
        """``presenter``: the session's, whose scenario the definitions are added to."""
        super().__init__(parent)
        self.presenter = presenter
        self.setWindowTitle(tr("My hardware, grids and profiles"))
        self.tabs = QTabWidget()
        # accelerator
        acc = QWidget()
        f = QFormLayout(acc)
        self.acc_name = QLineEdit()
        self.acc_name.setPlaceholderText(tr("e.g. Lab GPU 2026"))
        self.acc_type = QComboBox()
        self.acc_type.addItems(["GPU", "TPU", "ASIC"])
        acc_model = model_of("accelerators")
        self.acc_tdp = NumberBox(acc_model, "tdp_w", QT_TRANSLATE_NOOP("CustomDefs", "TDP"), 700, "W")
        self.acc_idle = NumberBox(acc_model, "idle_w", QT_TRANSLATE_NOOP("CustomDefs", "Idle power"), 90, "W")
        self.acc_tflops = {
            p: NumberBox(
                acc_model,
                "peak_tflops",
                QT_TRANSLATE_NOOP("CustomDefs", "Peak {p} (0 = not supported)"),
                990 if p in ("bf16", "fp16") else 0,
                "TFLOPS",
                key=p,
                zero_means_none=True,
            )
            for p in PRECISIONS
        }
        self.acc_mem = NumberBox(acc_model, "memory_gb", QT_TRANSLATE_NOOP("CustomDefs", "Memory"), 80, "GB")
        self.acc_bw = NumberBox(
            acc_model,
            "memory_bandwidth_gbps",
            QT_TRANSLATE_NOOP("CustomDefs", "Memory bandwidth"),
            3350,
            "GB/s",
        )
        self.acc_emb = NumberBox(
            acc_model,
            "embodied_kgco2e",
            QT_TRANSLATE_NOOP("CustomDefs", "Embodied (manufacturing)"),
            150,
            "kgCO2e",
        )
        self.acc_source = QLineEdit(tr("user-defined"))
        f.addRow(tr(NAME), self.acc_name)
        f.addRow(tr("Type"), self.acc_type)
        for box in (self.acc_tdp, self.acc_idle, *self.acc_tflops.values()):
            f.addRow(box.name(), box)
        for box in (self.acc_mem, self.acc_bw, self.acc_emb):
            f.addRow(box.name(), box)
        f.addRow(tr("Source"), self.acc_source)
        self.use_train = QCheckBox(tr("Use it for training"))
        self.use_serve = QCheckBox(tr("Use it for serving"))
        self.use_train.setChecked(True)
        f.addRow(self.use_train)
        f.addRow(self.use_serve)
        self.tabs.addTab(acc, tr("Accelerator"))
        # grid
        grid = QWidget()
        g = QFormLayout(grid)
        self.grid_name = QLineEdit()
        self.grid_name.setPlaceholderText(tr("e.g. Our site's 2025 supply contract"))
        self.grid_g = NumberBox(
            model_of("regions"),
            "gco2e_per_kwh",
            QT_TRANSLATE_NOOP("CustomDefs", "Carbon intensity"),
            300,
            "gCO2e/kWh",
        )
        self.grid_source = QLineEdit(tr("user-defined"))
        self.use_grid = QCheckBox(tr("Use it for this scenario"))
        self.use_grid.setChecked(True)
        g.addRow(tr(NAME), self.grid_name)
        g.addRow(self.grid_g.name(), self.grid_g)
        g.addRow(tr("Source note"), self.grid_source)
        g.addRow(self.use_grid)
        self.tabs.addTab(grid, tr("Grid"))
        # profile
        prof = QWidget()
        p = QFormLayout(prof)
        self.prof_name = QLineEdit()
        prof_model = model_of("profiles")
        self.prof_pue = NumberBox(prof_model, "pue", QT_TRANSLATE_NOOP("CustomDefs", "PUE"), 1.2)
        self.prof_wue = NumberBox(
            prof_model, "wue_l_per_kwh", QT_TRANSLATE_NOOP("CustomDefs", "WUE"), 0.5, "L/kWh"
        )
        self.prof_source = QLineEdit(tr("user-defined"))
        self.use_prof = QCheckBox(tr("Use it for this scenario"))
        self.use_prof.setChecked(True)
        p.addRow(tr(NAME), self.prof_name)
        p.addRow(self.prof_pue.name(), self.prof_pue)
        p.addRow(self.prof_wue.name(), self.prof_wue)
        p.addRow(tr("Source note"), self.prof_source)
        p.addRow(self.use_prof)
        self.tabs.addTab(prof, tr("Data-centre profile"))
        # library
        self.saved = QListWidget()
        self.saved.setToolTip(
            tr("Definitions kept in your settings; double-click one to add it to this scenario.")
        )
        self.saved.itemDoubleClicked.connect(self._add_saved)
        self.forget_button = QPushButton(tr("Forget selected"))
        self.forget_button.clicked.connect(self._forget_selected)
        self.error = plaintext.plain_label()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.add_button = buttons.addButton(tr("Add to scenario"), QDialogButtonBox.ButtonRole.ActionRole)
        self.add_button.clicked.connect(self.add_current)
        buttons.rejected.connect(self.reject)
        # the form and what it says on the left, the saved definitions beside it: the form's rows and a
        # refusal of several lines fit a 768-pixel-high screen (one column was 880 px tall)
        form = QVBoxLayout()
        form.addWidget(self.tabs)
        form.addWidget(self.error)
        form.addStretch(1)
        kept = QVBoxLayout()
        saved_label = QLabel(tr("Saved for reuse (double-click to add):"))
        saved_label.setWordWrap(True)
        kept.addWidget(saved_label)
        kept.addWidget(self.saved, 1)
        kept.addWidget(self.forget_button)
        columns = QHBoxLayout()
        columns.addLayout(form, 3)
        columns.addLayout(kept, 2)
        lay = QVBoxLayout(self)
        lay.addLayout(columns, 1)
        lay.addWidget(buttons)
        self._fill_saved()

    def _fill_saved(self) -> None:
        self.saved.clear()
        names = {"accelerators": tr("Accelerator"), "regions": tr("Grid"), "profiles": tr("Profile")}
        for kind, items in library().items():
            for uid, d in items.items():
                it = QListWidgetItem(f"{names[kind]}: {d.get('name', uid)} ({uid})")
                it.setData(Qt.ItemDataRole.UserRole, (kind, uid, d))
                self.saved.addItem(it)

    def current(self) -> tuple[str, str, dict[str, Any], dict[str, Any]]:
        """(kind, id, definition, scenario values to apply when "use it" is ticked) from the form."""
        i = self.tabs.currentIndex()
        if i == 0:
            name = self.acc_name.text().strip()
            data = {
                "name": name,
                "type": self.acc_type.currentText(),
                "tdp_w": self.acc_tdp.value(),
                "idle_w": self.acc_idle.value(),
                "peak_tflops": {p: s.value() for p, s in self.acc_tflops.items() if s.value() > 0},
                "memory_gb": self.acc_mem.value(),
                "memory_bandwidth_gbps": self.acc_bw.value(),
                "embodied_kgco2e": self.acc_emb.value(),
                "source": self.acc_source.text().strip() or "user-defined",
            }
            uid = slug(name)
            use = {}
            if self.use_train.isChecked():
                use["training.accelerator"] = uid
            if self.use_serve.isChecked():
                use["inference.accelerator"] = uid
            return "accelerators", uid, data, use
        if i == 1:
            name = self.grid_name.text().strip()
            data = {
                "name": name,
                "gco2e_per_kwh": self.grid_g.value(),
                "source": self.grid_source.text().strip() or "user-defined",
            }
            uid = slug(name)
            return "regions", uid, data, ({"datacenter.region": uid} if self.use_grid.isChecked() else {})
        name = self.prof_name.text().strip()
        data = {
            "name": name,
            "pue": self.prof_pue.value(),
            "wue_l_per_kwh": self.prof_wue.value(),
            "source": self.prof_source.text().strip() or "user-defined",
        }
        uid = slug(name)
        use = {}
        if self.use_prof.isChecked():
            use = {
                "datacenter.profile": uid,
                "datacenter.pue": data["pue"],
                "datacenter.wue_l_per_kwh": data["wue_l_per_kwh"],
            }
        return "profiles", uid, data, use

    def boxes(self, kind: str) -> list[NumberBox]:
        """The number boxes of ``kind``'s tab, in the form's order."""
        if kind == "accelerators":
            return [
                self.acc_tdp,
                self.acc_idle,
                *self.acc_tflops.values(),
                self.acc_mem,
                self.acc_bw,
                self.acc_emb,
            ]
        if kind == "regions":
            return [self.grid_g]
        return [self.prof_pue, self.prof_wue]

    def add_current(self) -> str | None:
        """Add the definition of the tab shown; a value a box cannot take is said under the form (every
        such box at once, by its label, as typed, with its range), and everything typed stays."""
        kind = KINDS[self.tabs.currentIndex()]
        refused = []
        for box in self.boxes(kind):
            read = box.read()
            box.mark(isinstance(read, str))
            if isinstance(read, str):
                refused.append((box, read))
        if refused:
            said = "\n".join(text for _box, text in refused)
            self.say(said)
            refused[0][0].setFocus()
            return said
        kind, uid, data, use = self.current()
        return self.add(kind, uid, data, use)

    @staticmethod
    def text_names(kind: str) -> dict[str, str]:
        """The labels of ``kind``'s text fields by the model's field name, as the form shows them."""
        return {"name": tr(NAME), "source": tr("Source") if kind == "accelerators" else tr("Source note")}

    def say(self, text: str, refused: bool = True) -> None:
        """The line under the form: a refusal in red, what was done in the window's text colour."""
        self.error.setStyleSheet(ERROR_STYLE if refused else "")
        self.error.setText(text)

    def add(self, kind: str, uid: str, data: dict[str, Any], use: dict[str, Any]) -> str | None:
        """Validate and add a definition (and apply ``use``); returns the error shown, or None."""
        from core.estimator import resolve

        presenter = self.presenter
        try:
            scenario = with_definition(presenter.scenario, kind, uid, data)
            if use:
                scenario = scenario.with_values(use)
            resolve(scenario)
        except DefinitionRefused as err:  # said in the form's words, the boxes concerned marked
            said = "\n".join(refusal_lines(err.errors, self.boxes(kind), self.text_names(kind)))
            self.say(said)
            return said
        except ScenarioError as err:
            from gui.inputs.refusals import refusal

            if getattr(err, "rule", "") == "idle_above_tdp" and kind == "accelerators":
                self.acc_idle.mark(self.acc_idle.read() == data.get("idle_w"))
            said = refusal(err)
            self.say(said)
            return said
        err = presenter.set_scenario(
            scenario, tr("Added {name} (user-defined)").format(name=data.get("name", uid))
        )
        if err:
            self.say(err)
            return err
        for box in self.boxes(kind):
            box.mark(False)
        self.say(
            tr("Added {name} as {uid}; it is saved with the scenario and kept for reuse.").format(
                name=data.get("name"), uid=uid
            ),
            refused=False,
        )
        remember(kind, uid, data)
        self._fill_saved()
        return None

    def _add_saved(self, item: QListWidgetItem) -> None:
        kind, uid, data = item.data(Qt.ItemDataRole.UserRole)
        self.add(kind, uid, data, {})

    def _forget_selected(self) -> None:
        for item in self.saved.selectedItems():
            kind, uid, _d = item.data(Qt.ItemDataRole.UserRole)
            forget(kind, uid)
        self._fill_saved()
