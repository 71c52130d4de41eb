"""Why a change was refused, in the window's words: one sentence from the point of view of the input moved.

The core refuses inputs that cannot hold together with an :class:`core.scenario.InputConflict` (active
parameters above the total, a query longer than the context...). Its own text is the command line's, with the
dotted paths typed after ``--set``. :func:`refusal_text` says the same to a person: the fields by their labels
in the window ("Active parameters", translated), the values as the boxes show them (2T, 100.4k) and the range
the moved input may take with the others as they are (:meth:`InputConflict.allowed`), e.g.
"Active parameters (2T) cannot be more than Parameters (8B): allowed 1M to 8B params."

:func:`refusal` is what the presenter returns for a refused change: a ``str`` (so a message box or the sites
table shows it as it is) that also keeps the conflict, so a number input can say it again in another language.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from core.scenario import InputConflict
from core.units import format_count, format_plain
from gui.inputs.fields import GROUPS, FieldSpec, box_text

# the window's number inputs by path
SPECS: dict[str, FieldSpec] = {spec.path: spec for _key, _title, specs in GROUPS for spec in specs}


def tr(text: str) -> str:
    return QCoreApplication.translate("Refusals", text)


class Refusal(str):
    """A refused change's message in the current language; ``conflict`` is the core's structured error (None
    for any other refusal, whose text is the core's own) and ``moved`` the input the person changed."""

    conflict: InputConflict | None
    moved: str

    def __new__(cls, text: str, conflict: InputConflict | None = None, moved: str = "") -> Refusal:
        made = super().__new__(cls, text)
        made.conflict, made.moved = conflict, moved
        return made


def refusal(err: Exception, moved: str = "") -> Refusal:
    """The message for a change to ``moved`` that the core refused with ``err``."""
    if isinstance(err, InputConflict):
        return Refusal(refusal_text(err, moved), err, moved)
    return Refusal(str(err), None, moved)


# ----- names and numbers as the window shows them ---------------------------------------------------------------


def field_name(path: str) -> str:
    """The input's label in the window, in the current language; never a dotted path."""
    spec = SPECS.get(path)
    if spec is not None:
        return QCoreApplication.translate("Fields", spec.label)
    from gui.whatif.labels import input_label

    return input_label(path)


def _unit(path: str) -> str:
    spec = SPECS.get(path)
    if spec is not None:
        return QCoreApplication.translate("Units", spec.unit) if spec.unit else ""
    from core.labels import input_unit
    from gui.whatif.labels import unit_word

    return unit_word(input_unit(path))


def number(path: str, value: float) -> str:
    """A value as its box shows it, to be compared at a glance: counts as 2T, 6.8B, 100k or 8192 (parameters,
    tokens, chips), other numbers as typed (4096, 1.2). A path without a box of the window's input panel reads
    as the what-if tools show it; one query's tokens as the token boxes do."""
    spec = SPECS.get(path)
    if spec is not None:
        return box_text(spec, value)
    if path == "query_tokens":
        return format_count(value)
    from core.labels import value_text

    return value_text(path, value)


def range_words(path: str, allowed: tuple[float | None, float | None]) -> str:
    """The allowed range of ``path`` in words with its unit: "1M to 8B params", "up to 7792 tokens",
    "6.8B params and up"."""
    from core.scenario import field_range

    _lo, hi_f, _unit_word = field_range(path)
    lo, hi = allowed
    unit = _unit(path)
    if lo is not None and hi is not None and not (hi_f is not None and hi >= hi_f) and lo > 0:
        text = tr("{low} to {high} {unit}").format(low=number(path, lo), high=number(path, hi), unit=unit)
    elif hi is not None and not (hi_f is not None and hi >= hi_f):
        text = tr("up to {high} {unit}").format(high=number(path, hi), unit=unit)
    elif lo is not None:
        text = tr("{low} {unit} and up").format(low=number(path, lo), unit=unit)
    else:
        return ""
    return " ".join(text.split())  # no double space where there is no unit


def _percent(share: float) -> str:
    return f"{format_plain(share * 100.0, 4)} %"


# ----- the sentences ---------------------------------------------------------------------------------------


def refusal_text(err: InputConflict, moved: str = "") -> str:
    """One plain sentence for ``err`` from the point of view of ``moved`` (a dotted path; ``""`` or a path
    outside the rule: said from the rule's first input, without a range)."""
    rule = err.rule
    if rule in ("active_above_total", "experts_per_token_above_experts", "cached_above_input"):
        return _above(err, moved)
    if rule == "query_above_context":
        return _context(err, moved)
    if rule == "site_shares_not_whole":
        return tr(
            "The load shares of the sites add up to {total}; they must add up to 100 % (Split evenly shares "
            "them out)."
        ).format(total=_percent(err.values["datacenter.sites"]))
    if rule == "serving_memory_short":
        return _memory(err, moved)
    if rule == "idle_above_tdp":  # the dialog of one's own accelerators gives both at once
        v = err.values
        return tr(
            "Idle power ({idle} W) cannot be more than the TDP ({tdp} W): allowed 0 to {tdp} W."
        ).format(idle=format_plain(v["idle_w"], 4), tdp=format_plain(v["tdp_w"], 4))
    return str(err)


def _above(err: InputConflict, moved: str) -> str:
    """A rule "the first input may not be more than the second" (active <= total, cached <= input...)."""
    small, big = err.paths[0], err.paths[1]
    v = err.values
    allowed = err.allowed(moved) if moved in err.paths else None
    this, other = (big, small) if moved == big else (small, big)
    args: dict[str, Any] = {
        "name": field_name(this),
        "value": number(this, v[this]),
        "other": field_name(other),
        "limit": number(other, v[other]),
    }
    if allowed is None:
        text = (
            tr("{name} ({value}) cannot be less than {other} ({limit}).")
            if moved == big
            else tr("{name} ({value}) cannot be more than {other} ({limit}).")
        )
        return text.format(**args)
    text = (
        tr("{name} ({value}) cannot be less than {other} ({limit}): allowed {range}.")
        if moved == big
        else tr("{name} ({value}) cannot be more than {other} ({limit}): allowed {range}.")
    )
    return text.format(range=range_words(this, allowed), **args)


def _context(err: InputConflict, moved: str) -> str:
    v = err.values
    tok = lambda p: number(p, v[p])  # noqa: E731 - each count as its box shows it
    terms = [tr("input {n}").format(n=tok("inference.input_tokens"))]
    growth = v["inference.context_growth_tokens"] * (v["inference.calls_per_query"] - 1.0)
    if growth:
        terms.append(
            tr("growth from {calls} earlier calls {n}").format(
                calls=number("inference.calls_per_query", v["inference.calls_per_query"] - 1.0),
                n=format_count(growth),
            )
        )
    if v["inference.reasoning_tokens"]:
        terms.append(tr("reasoning {n}").format(n=tok("inference.reasoning_tokens")))
    terms.append(tr("output {n}").format(n=tok("inference.output_tokens")))
    parts = dict(
        terms=" + ".join(terms),
        total=number("query_tokens", v["query_tokens"]),
        context=tok("model.context_length"),
    )
    allowed = err.allowed(moved)
    if moved == "model.context_length":
        if allowed is None:  # not reached: a longer context always fits the query
            return tr(
                "{name} ({context} tokens) is shorter than one query's tokens ({terms} = {total})."
            ).format(name=field_name(moved), **parts)
        return tr(
            "{name} ({context} tokens) is shorter than one query's tokens ({terms} = {total}): allowed {range}."
        ).format(name=field_name(moved), range=range_words(moved, allowed), **parts)
    sentence = tr("One query's tokens ({terms} = {total}) do not fit the context length of {context} tokens")
    sentence = sentence.format(**parts)
    if allowed is None or allowed[1] is None:
        return tr("{sentence}: make the context longer or the query shorter.").format(sentence=sentence)
    n = number(moved, allowed[1])
    tail = {
        "inference.input_tokens": tr("allowed up to {n} input tokens"),
        "inference.output_tokens": tr("allowed up to {n} output tokens"),
        "inference.reasoning_tokens": tr("allowed up to {n} reasoning tokens"),
        "inference.calls_per_query": tr("allowed up to {n} calls per task"),
        "inference.context_growth_tokens": tr("allowed up to {n} tokens of growth per call"),
    }[moved].format(n=n)
    return tr("{sentence}: {allowed}.").format(sentence=sentence, allowed=tail)


def _memory(err: InputConflict, moved: str) -> str:
    v = err.values
    path = "inference.accelerator_count"
    args = dict(
        name=field_name(path),
        count=number(path, v[path]),
        have=f"{v['memory_gb']:,.0f}",
        need=f"{v['needed_gb']:,.0f}",
        fits=number(path, v["fits"]),
        power=number(path, v["fits_power_of_two"]),
    )
    if moved == path:
        return tr(
            "{name} ({count}) hold {have} GB, but the weights and cache need {need} GB: allowed {fits} and up "
            "({power} as a power of two), or leave it empty for the fewest that fit."
        ).format(**args)
    return tr(
        "With {name} at {count} ({have} GB), the weights and cache need {need} GB: set it to {fits} or more "
        "({power} as a power of two), or leave it empty for the fewest that fit."
    ).format(**args)
