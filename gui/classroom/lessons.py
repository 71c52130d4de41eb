"""Guided lessons through the levers of AI's energy use, for a teacher and a class.

Each step sets the scenario's inputs, names the one control to move, and explains in two or three
sentences what the charts now show, with a source. The text is marked for Qt Linguist
(``QT_TRANSLATE_NOOP`` in context "Lessons") and translated at display time, so the same steps run in
English and Japanese. The numbers quoted in the text are checked against the estimator by the tests.

``python main.py lesson --list [--lang ja]`` prints the steps for rehearsal.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    return text


CONTEXT = "Lessons"


@dataclass(frozen=True)
class Step:
    title: str
    text: str
    source: str
    control: str | None  # scenario path of the one control to move; None = nothing to move
    preset: str | None = None  # start from this preset (None = keep the previous step's scenario)
    values: dict[str, Any] = field(default_factory=dict)  # then apply these inputs
    #: the one input whose change the step is about (one of ``values``), and the result it is measured on
    #: (a key of core.lessons.METRICS); a step without a lever only sets the scene
    lever: str | None = None
    metric: str = "lifecycle.energy_kwh"
    lever_with: tuple[str, ...] = ()  # inputs that move with the lever (a chip's precision)
    chart: str | None = None  # a chart the step turns to ("scale": the scale chart, gui.charts.scale)


@dataclass(frozen=True)
class Lesson:
    id: str
    title: str
    steps: tuple[Step, ...]


FIRST_PRINCIPLES = {"training.accelerator_hours": None, "training.power_per_accelerator_w": None}

LESSONS: tuple[Lesson, ...] = (
    Lesson(
        "scale",
        QT_TRANSLATE_NOOP("Lessons", "1. Model scale: parameters and tokens"),
        (
            Step(
                QT_TRANSLATE_NOOP("Lessons", "An 8-billion-parameter model"),
                QT_TRANSLATE_NOOP(
                    "Lessons",
                    "Training compute is about 6 x parameters x training tokens. This 8B model read 15 trillion "
                    "tokens. Look at the training bar in the energy chart: that is the cost of making the model.",
                ),
                "Kaplan et al. 2020, arXiv:2001.08361; Meta Llama 3.1 model card",
                "model.parameters",
                preset="llama31-8b",
                values=FIRST_PRINCIPLES,
            ),
            Step(
                QT_TRANSLATE_NOOP("Lessons", "Nine times the parameters"),
                QT_TRANSLATE_NOOP(
                    "Lessons",
                    "Move the parameters slider to 70B. With the same tokens, training energy grows almost nine "
                    "times. Every answer also reads all the weights, so the energy per query grows as well.",
                ),
                "Kaplan et al. 2020, arXiv:2001.08361",
                "model.parameters",
                values={"model.parameters": 70e9, "model.n_layers": None, "model.d_model": None},
                lever="model.parameters",
                metric="training.energy_kwh",
            ),
        ),
    ),
    Lesson(
        "pue",
        QT_TRANSLATE_NOOP("Lessons", "2. Data-centre efficiency: PUE and cooling"),
        (
            Step(
                QT_TRANSLATE_NOOP("Lessons", "An average data centre"),
                QT_TRANSLATE_NOOP(
                    "Lessons",
                    "PUE is the facility's energy divided by the computers' energy. At the industry average of "
                    "1.58, every kWh of computing needs 0.58 kWh more for cooling and power conversion: the orange "
                    "part of the bars.",
                ),
                "Uptime Institute Global Data Center Survey 2023",
                "datacenter.pue",
                preset="llama31-8b",
                values={**FIRST_PRINCIPLES, "datacenter.pue": 1.58, "datacenter.profile": None},
            ),
            Step(
                QT_TRANSLATE_NOOP("Lessons", "A best-in-class data centre"),
                QT_TRANSLATE_NOOP(
                    "Lessons",
                    "Move PUE to 1.09, Google's fleet average for 2024. The same chips doing the same work now "
                    "use about 31 % less electricity in total, because far less goes to cooling.",
                ),
                "Google 2025 Environmental Report",
                "datacenter.pue",
                values={"datacenter.pue": 1.09},
                lever="datacenter.pue",
            ),
            Step(
                QT_TRANSLATE_NOOP("Lessons", "What PUE saves in money"),
                QT_TRANSLATE_NOOP(
                    "Lessons",
                    "Now the same model in Japan, at the average price for extra-high-voltage business customers "
                    "(21.74 yen per kWh in April 2026, renewable surcharge included). At PUE 1.58 its lifetime "
                    "electricity costs about 100 million yen. Move PUE to 1.09 and watch the cost card: about "
                    "69 million yen, some 31 million yen less, because the cooling a better data centre does not "
                    "need is never paid for.",
                ),
                "Electricity and Gas Market Surveillance Commission, 電力取引報 (as stated by simulator.eic-jp.org)",
                "datacenter.pue",
                values={"datacenter.pue": 1.58, "datacenter.region": "JP", "economics.currency": "JPY"},
            ),
        ),
    ),
    Lesson(
        "hardware",
        QT_TRANSLATE_NOOP("Lessons", "3. Hardware: GPU, TPU or ASIC"),
        (
            Step(
                QT_TRANSLATE_NOOP("Lessons", "A 2017 GPU"),
                QT_TRANSLATE_NOOP(
                    "Lessons",
                    "What matters is work per joule. The V100 GPU does about 0.42 trillion operations per joule "
                    "at its peak. The hardware chart shows the same work on every chip in the catalog.",
                ),
                "NVIDIA V100 specifications (catalog)",
                "training.accelerator",
                preset="llama31-8b",
                values={
                    **FIRST_PRINCIPLES,
                    "training.accelerator": "nvidia-v100-sxm2-32gb",
                    "training.precision": "fp16",
                },
            ),
            Step(
                QT_TRANSLATE_NOOP("Lessons", "A 2022 GPU"),
                QT_TRANSLATE_NOOP(
                    "Lessons",
                    "Switch the training chip to the H100: about 1.41 trillion operations per joule, more than "
                    "three times the V100. The same training run needs roughly a third of the energy.",
                ),
                "NVIDIA H100 specifications (catalog)",
                "training.accelerator",
                values={"training.accelerator": "nvidia-h100-sxm5-80gb", "training.precision": "bf16"},
                lever="training.accelerator",
                metric="training.energy_kwh",
                lever_with=("training.precision",),
            ),
        ),
    ),
    Lesson(
        "grid",
        QT_TRANSLATE_NOOP("Lessons", "4. Renewable energy and the grid"),
        (
            Step(
                QT_TRANSLATE_NOOP("Lessons", "The grid decides the carbon"),
                QT_TRANSLATE_NOOP(
                    "Lessons",
                    "The same electricity has very different carbon depending on where it is made: Japan's grid "
                    "averaged 482 g CO2e per kWh in 2024, France's 44 g. Pick France as the region and watch the "
                    "CO2e bars and the location chart.",
                ),
                "Ember (2025) via Our World in Data, CC BY 4.0",
                "datacenter.region",
                preset="llama31-8b",
                values={"datacenter.region": "JP", "datacenter.renewable_share": 0.0},
                metric="lifecycle.co2e_kg",
            ),
            Step(
                QT_TRANSLATE_NOOP("Lessons", "Location-based and market-based"),
                QT_TRANSLATE_NOOP(
                    "Lessons",
                    "Companies also buy clean electricity by contract. Market-based accounting counts that share "
                    "at zero, location-based accounting does not: Meta reports 2,290 t for Llama 3 location-based "
                    "and 0 t market-based. Raise the clean energy share and compare the two figures.",
                ),
                "Meta Llama 3 model card; GHG Protocol Scope 2 Guidance",
                "datacenter.renewable_share",
                values={"datacenter.renewable_share": 1.0},
                lever="datacenter.renewable_share",
                metric="lifecycle.co2e_market_kg",
            ),
        ),
    ),
    Lesson(
        "algorithms",
        QT_TRANSLATE_NOOP("Lessons", "5. Energy-saving algorithms: quantization and distillation"),
        (
            Step(
                QT_TRANSLATE_NOOP("Lessons", "Quantization"),
                QT_TRANSLATE_NOOP(
                    "Lessons",
                    "Storing each weight in 4 bits instead of 16 means a quarter of the bytes to read for every "
                    "generated word, so a memory-bound chip answers faster on less energy. Slow low-bit kernels "
                    "can eat the gain: the kernel efficiency control shows that risk.",
                ),
                "ML.ENERGY leaderboard; bitsandbytes issue threads on INT8/4-bit energy",
                "inference.weight_bits",
                preset="llama31-70b",
                values={"inference.weight_bits": 4, "inference.queries_per_day": 1e7},
                lever="inference.weight_bits",
                metric="inference.energy_per_query_wh",
            ),
            Step(
                QT_TRANSLATE_NOOP("Lessons", "Knowledge distillation"),
                QT_TRANSLATE_NOOP(
                    "Lessons",
                    "A small student model learns from the big teacher's answers. Teaching costs energy once, "
                    "then every query is cheaper. The headline panel shows after how many days of serving the "
                    "saving pays back the teaching.",
                ),
                "Hinton, Vinyals & Dean 2015, arXiv:1503.02531; Meta Llama 3.2 (distilled from Llama 3.1)",
                "optimisation.distillation_student_fraction",
                values={
                    "inference.weight_bits": 16,
                    "optimisation.distillation_student_fraction": 0.12,
                    "optimisation.distillation_tokens": 1e12,
                },
                lever="optimisation.distillation_student_fraction",
                metric="inference.energy_per_query_wh",
            ),
        ),
    ),
    Lesson(
        "distributed",
        QT_TRANSLATE_NOOP("Lessons", "6. Distributed computing across sites"),
        (
            Step(
                QT_TRANSLATE_NOOP("Lessons", "Sharing the load"),
                QT_TRANSLATE_NOOP(
                    "Lessons",
                    "Here the work is spread over three data centres in France, California and Japan. The "
                    "footprint is the load-weighted mix of their grids and PUEs, and each site's grid must "
                    "supply its own peak demand in megawatts. Change the shares in the sites table.",
                ),
                "Load-weighted accounting; grid data Ember (2025), Green Algorithms",
                "datacenter.sites",
                preset="llama31-70b",
                values={
                    "inference.queries_per_day": 1e8,
                    "datacenter.sites": [
                        {"region": "FR", "load_share": 0.4, "pue": 1.15},
                        {"region": "US-CA", "load_share": 0.3, "pue": 1.1},
                        {"region": "JP", "load_share": 0.3, "pue": 1.4},
                    ],
                },
                lever="datacenter.sites",
                metric="lifecycle.co2e_kg",
            ),
        ),
    ),
    Lesson(
        "quantum",
        QT_TRANSLATE_NOOP("Lessons", "7. Quantum computing: not yet a lever"),
        (
            Step(
                QT_TRANSLATE_NOOP("Lessons", "Why quantum computing is not modelled"),
                QT_TRANSLATE_NOOP(
                    "Lessons",
                    "Quantum computers are often named as a future way to save energy. Today's machines have too "
                    "few reliable qubits and no fast way to load billions of weights, so none can train or run a "
                    "language model; their cooling also needs power. There is no published measurement to model, "
                    "so the app leaves it out.",
                ),
                "Preskill 2018, 'Quantum Computing in the NISQ era and beyond', Quantum 2:79",
                None,
            ),
        ),
    ),
    Lesson(
        "world",
        QT_TRANSLATE_NOOP("Lessons", "8. From one question to the world"),
        (
            Step(
                QT_TRANSLATE_NOOP("Lessons", "If everyone asked"),
                QT_TRANSLATE_NOOP(
                    "Lessons",
                    "One question to this 8B model takes about 0.03 Wh. Ten questions a day for a year is about "
                    "0.1 kWh for one person, about 12 GWh for everyone in Japan and nearly 800 GWh for everyone in "
                    "the world. That is about a month of a 1 GW power plant, or about 0.2 % of what the world's "
                    "data centres used in 2024. The scale chart puts each step next to Japan's and the world's "
                    "electricity.",
                ),
                "IEA (2025), Energy and AI; Ember / Our World in Data electricity demand 2024",
                "inference.queries_per_day",
                preset="llama31-8b",
                values=FIRST_PRINCIPLES,
                chart="scale",
            ),
        ),
    ),
)


def steps() -> list[tuple[Lesson, int, Step]]:
    """Every step in order, with its lesson and its index within the lesson."""
    return [(lesson, i, step) for lesson in LESSONS for i, step in enumerate(lesson.steps)]


def scenario_for(step_index: int):
    """The scenario a step shows: the last preset named up to it in its lesson, with every step's values
    applied; a lesson that names no preset (the quantum one) keeps the previous step's scenario."""
    from core.cli import preset_scenario
    from core.scenario import Scenario

    flat = steps()
    lesson = flat[step_index][0]
    first = next(i for i, (les, _, _) in enumerate(flat) if les is lesson)
    scenario = scenario_for(first - 1) if not flat[first][2].preset and first > 0 else Scenario()
    # a lesson starts from its first step's preset; later steps build on the earlier ones
    for _les, _, st in flat[first : step_index + 1]:
        if st.preset:
            scenario = preset_scenario(st.preset)
        if st.values:
            scenario = scenario.with_values(st.values)
    return scenario


def before_for(step_index: int):
    """The scenario just before the step's lever moves: the step's own start with every value it sets except
    the lever's; None for a step without a lever."""
    from core.cli import preset_scenario

    _, _, step = steps()[step_index]
    if step.lever is None:
        return None
    start = preset_scenario(step.preset) if step.preset else scenario_for(step_index - 1)
    moved = {step.lever, *step.lever_with}
    others = {k: v for k, v in step.values.items() if k not in moved}
    return start.with_values(others) if others else start


def starts_afresh(step_index: int) -> bool:
    """True when the step loads a new preset: its numbers are not comparable with the step before."""
    return bool(steps()[step_index][2].preset)
