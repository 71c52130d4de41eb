"""The glossary (Help > Glossary): every word of the window a newcomer may not know, in plain words, searchable.

The review found jargon defined with jargon ("MFU = achieved / peak FLOP/s") and no glossary (UX review 2026-12,
P2-4). Each entry is a term and two or three plain sentences, marked for translation (context "Glossary"), so
the Japanese glossary is the same list. The search matches the term or its explanation, in the shown language
and in English (a Japanese reader typing "PUE" or "KV" finds it).
"""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QTextBrowser, QVBoxLayout, QWidget

from gui.i18n import bind

#: (term, explanation), in reading order: what a result means first, then the levers
GLOSSARY: tuple[tuple[str, str], ...] = (
    (
        QT_TRANSLATE_NOOP("Glossary", "Likely range (p5–p95)"),
        QT_TRANSLATE_NOOP(
            "Glossary",
            "Nobody knows every input exactly, so the app recomputes each result thousands of times with the "
            "uncertain inputs drawn from their published ranges. Nine times in ten the result falls between "
            "the two numbers shown: the 5th and the 95th percentile.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Glossary", "Whiskers"),
        QT_TRANSLATE_NOOP(
            "Glossary", "The thin lines on a bar: they span the likely range (p5–p95) of that bar's total."
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Glossary", "Training"),
        QT_TRANSLATE_NOOP(
            "Glossary",
            "Teaching the model once, before anyone uses it: thousands of chips run for weeks. Experiments and "
            "failed runs before the final run count too (the development share).",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Glossary", "Serving (inference)"),
        QT_TRANSLATE_NOOP(
            "Glossary",
            "Answering people's questions with the trained model, every day for as long as it is offered. "
            "Small per question, but it adds up: for a popular service it passes training within months.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Glossary", "Parameters"),
        QT_TRANSLATE_NOOP(
            "Glossary",
            "The numbers a model learns (its weights). More parameters: more arithmetic and more memory read "
            "for every word. 70B means 70 billion.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Glossary", "Tokens"),
        QT_TRANSLATE_NOOP(
            "Glossary",
            "The pieces of text a model reads and writes: about three quarters of an English word, or one or "
            "two Japanese characters. A chat answer is a few hundred tokens.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Glossary", "Query (question)"),
        QT_TRANSLATE_NOOP(
            "Glossary",
            "One question and its answer. Its energy is the serving energy shared out per question, idle "
            "machines and the building's overhead included.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Glossary", "Batch"),
        QT_TRANSLATE_NOOP(
            "Glossary",
            "Questions a chip answers together in one step. The model's weights are read once per step for "
            "the whole batch, so a larger batch costs less energy per question.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Glossary", "KV cache"),
        QT_TRANSLATE_NOOP(
            "Glossary",
            "The model's notes on the conversation so far (keys and values of every earlier token), kept in "
            "the chip's memory so they are not computed again. Long conversations need a large cache.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Glossary", "Context length"),
        QT_TRANSLATE_NOOP(
            "Glossary", "The longest text, question and answer together, the model can take into account."
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Glossary", "Quantization"),
        QT_TRANSLATE_NOOP(
            "Glossary",
            "Storing each weight in fewer bits (8 or 4 instead of 16): less memory to read per word, so "
            "usually less energy, with a small loss of quality. Slow low-bit arithmetic can cancel the gain.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Glossary", "Distillation"),
        QT_TRANSLATE_NOOP(
            "Glossary",
            "Training a small student model to imitate a large teacher. It costs extra training once and "
            "saves energy on every question; the payback is when the savings pass that cost.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Glossary", "Mixture of experts"),
        QT_TRANSLATE_NOOP(
            "Glossary",
            "A model split into many expert blocks of which each word uses only a few: all parameters must "
            "sit in memory, but only the active ones compute.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Glossary", "Accelerator (chip, GPU)"),
        QT_TRANSLATE_NOOP(
            "Glossary",
            "The processor that does the model's arithmetic: a GPU such as the NVIDIA H100, a Google TPU or "
            "another AI chip. Its peak speed, memory and power rating come from the maker's datasheet.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Glossary", "MFU (model FLOPs utilisation)"),
        QT_TRANSLATE_NOOP(
            "Glossary",
            "How busy the chips really are with the model's arithmetic during training, as a share of their "
            "top speed. 30 % means they spend most of the time waiting for data or for each other.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Glossary", "Measured hours and power"),
        QT_TRANSLATE_NOOP(
            "Glossary",
            "Chip-hours or power a model's makers published. When given, they replace the computed training "
            "time or power, so model size, chip count and MFU no longer change the training energy. Clear "
            "the field to compute again.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Glossary", "Development share"),
        QT_TRANSLATE_NOOP(
            "Glossary",
            "The share of all training computation spent on experiments, tests and failed runs before and "
            "around the final run: about four fifths for OLMo 3.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Glossary", "PUE (power usage effectiveness)"),
        QT_TRANSLATE_NOOP(
            "Glossary",
            "The whole building's electricity divided by the computers' electricity. 1.1 means cooling, power "
            "conversion and lights add 10 %; the industry average is about 1.56.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Glossary", "WUE (water usage effectiveness)"),
        QT_TRANSLATE_NOOP(
            "Glossary",
            "Litres of water the data centre evaporates for cooling per kWh of computing. Power stations use "
            "water too; the app adds that separately.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Glossary", "Grid intensity"),
        QT_TRANSLATE_NOOP(
            "Glossary",
            "Grams of CO2e released per kWh of electricity from a country's or region's grid: low where power "
            "comes from water, wind, sun or nuclear, high where it comes from coal.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Glossary", "CO2e"),
        QT_TRANSLATE_NOOP(
            "Glossary",
            "Carbon dioxide equivalent: all greenhouse gases counted as the amount of CO2 that would warm the "
            "climate as much.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Glossary", "Location-based and market-based CO2e"),
        QT_TRANSLATE_NOOP(
            "Glossary",
            "Location-based: the CO2e of the grid the data centre actually draws from. Market-based: after the "
            "clean energy the operator buys by contract or certificate. Both follow the GHG Protocol; the "
            "physical grid is the same.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Glossary", "Embodied carbon"),
        QT_TRANSLATE_NOOP(
            "Glossary",
            "The CO2e of making the chips and servers, shared out over the years they are used.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Glossary", "Wh, kWh, MWh, GWh"),
        QT_TRANSLATE_NOOP(
            "Glossary",
            "Units of energy. A phone charge is about 19 Wh; a Japanese home uses about 3,950 kWh a year. "
            "1 MWh = 1,000 kWh; 1 GWh = 1,000 MWh.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Glossary", "Energy label (A–G)"),
        QT_TRANSLATE_NOOP(
            "Glossary",
            "An appliance-style class for the energy of one question: A up to 0.03 Wh, then B, C, D, E and F "
            "each about three times more, G above 10 Wh. Google's median Gemini prompt (0.24 Wh) is a C.",
        ),
    ),
)


def tr(text: str) -> str:
    return QCoreApplication.translate("Glossary", text)


def matches(query: str) -> list[tuple[str, str]]:
    """The entries (shown language) whose term or explanation holds ``query``, in either language."""
    q = query.strip().casefold()
    out = []
    for term, text in GLOSSARY:
        shown = (tr(term), tr(text))
        if not q or any(q in s.casefold() for s in (*shown, term, text)):
            out.append(shown)
    return out


class GlossaryDialog(QDialog):
    """A search field over the glossary; the entries that match, as plain text in bold terms."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("glossaryDialog")
        bind(self, "setWindowTitle", lambda: tr("Glossary"))
        self.search = QLineEdit(self)
        self.search.setObjectName("glossarySearch")
        self.search.setClearButtonEnabled(True)
        bind(self.search, "setPlaceholderText", lambda: tr("Search: a word such as PUE, token or water"))
        bind(self.search, "setAccessibleName", lambda: tr("Search the glossary"))
        self.count = QLabel(self)
        self.view = QTextBrowser(self)
        self.view.setObjectName("glossaryText")
        self.view.setOpenLinks(False)
        bind(self.view, "setAccessibleName", lambda: tr("Glossary entries"))
        self.search.textChanged.connect(self.refresh)
        lay = QVBoxLayout(self)
        lay.addWidget(self.search)
        lay.addWidget(self.count)
        lay.addWidget(self.view, 1)
        self.resize(560, 520)
        self.refresh()

    def refresh(self) -> None:
        found = matches(self.search.text())
        self.count.setText(tr("{n} of {total} terms").format(n=len(found), total=len(GLOSSARY)))
        if not found:
            self.view.setHtml(f"<p>{html.escape(tr('No term matches. Try a shorter word.'))}</p>")
            return
        self.view.setHtml("".join(f"<p><b>{html.escape(t)}</b><br/>{html.escape(d)}</p>" for t, d in found))

    def changeEvent(self, event) -> None:
        """A language switch: the entries again, in the new language."""
        from PySide6.QtCore import QEvent, QTimer

        if event.type() == QEvent.Type.LanguageChange:
            QTimer.singleShot(0, self.refresh)  # once every catalogue of the new language is in place
        super().changeEvent(event)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.search.setFocus(Qt.FocusReason.OtherFocusReason)
