"""The data the estimator stands on: accelerators, grids, cloud regions, PUE profiles and presets.

Loaded from ``resources/`` (copied from the project's shared data pack with every provenance column;
see ``resources/ATTRIBUTIONS.md``). Loaders are typed and strict: a broken file raises
:class:`CatalogError` naming the file, the row and the column, so a damaged table never turns into
silently wrong numbers. Nothing here imports Qt.
"""

from __future__ import annotations

import csv
import hashlib
import json
import re
from dataclasses import dataclass, field
from functools import cache, cached_property
from pathlib import Path
from typing import Any

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
DATA = RESOURCES / "data"

#: Representative manufacturing footprint of one data-centre accelerator board when the catalog has
#: no product-level figure: NVIDIA HGX H100 Product Carbon Footprint summary, 164 kgCO2e per GPU
#: (as quoted in EcoLogits' methodology, genai-impact/ecologits@2d0a1c7, MPL-2.0).
DEFAULT_ACCELERATOR_EMBODIED_KG = 164.0


class CatalogError(RuntimeError):
    """A resource file is missing, damaged or inconsistent."""


@dataclass(frozen=True)
class Accelerator:
    """One accelerator chip with vendor-published peak figures (dense, no 2:4 sparsity)."""

    id: str
    vendor: str
    name: str
    type: str  # GPU | TPU | ASIC
    release_year: int | None
    tdp_w: float | None
    memory_gb: float | None
    memory_bandwidth_gbps: float | None
    peak_tflops: dict[str, float]
    embodied_kgco2e: float | None
    embodied_scope: str
    source: str
    notes: str = ""
    idle_w: float | None = None
    user_defined: bool = False

    @property
    def label(self) -> str:
        return f"{self.vendor} {self.name}" + (" (user-defined)" if self.user_defined else "")

    def peak_flops(self, precision: str) -> float | None:
        """Peak FLOP/s at a precision, falling back to the next slower precision the chip has.

        fp8/int8 fall back to bf16 (the chip runs those matmuls at 16-bit speed), fp4 to fp8, tf32 to fp32.
        """
        order = {
            "fp4": ("fp4", "fp8", "bf16"),
            "fp8": ("fp8", "bf16"),
            "int8": ("int8", "fp8", "bf16"),
            "bf16": ("bf16",),
            "fp16": ("bf16",),
            "tf32": ("tf32", "fp32"),
            "fp32": ("fp32",),
        }[precision]
        for p in order:
            v = self.peak_tflops.get(p)
            if v:
                return v * 1e12
        return None

    @property
    def product_embodied(self) -> bool:
        """True when the catalog's embodied figure covers the whole product, not the die alone."""
        return self.embodied_kgco2e is not None and "die only" not in self.embodied_scope.lower()

    def missing_for_training(self, precision: str = "bf16") -> list[str]:
        out = []
        if self.peak_flops(precision) is None:
            out.append(f"peak {precision} TFLOPS")
        if not self.tdp_w:
            out.append("TDP")
        return out

    def missing_for_inference(self) -> list[str]:
        out = self.missing_for_training("bf16")
        if not self.memory_gb:
            out.append("memory size")
        if not self.memory_bandwidth_gbps:
            out.append("memory bandwidth")
        return out

    @property
    def flop_per_joule(self) -> float | None:
        """Peak bf16 FLOP per joule of TDP: the headline efficiency of the chip."""
        f = self.peak_flops("bf16")
        return f / self.tdp_w if f and self.tdp_w else None


@dataclass(frozen=True)
class Region:
    """A grid (country, sub-region) or a cloud region with its carbon intensity and provenance."""

    code: str
    name: str
    gco2e_per_kwh: float
    year: int | None
    source: str
    basis: str
    level: str  # world | aggregate | country | subnational | utility | cloud
    provider: str = ""
    country_code: str = ""
    pue: float | None = None
    cfe_pct: float | None = None
    notes: str = ""
    user_defined: bool = False
    iso3: str = ""

    @property
    def label(self) -> str:
        return f"{self.name} ({self.code})"


@dataclass(frozen=True)
class PueProfile:
    id: str
    name: str
    pue: float | None
    pue_low: float | None
    pue_high: float | None
    wue_l_per_kwh: float | None
    year: int | None
    scope: str
    source: str
    notes: str = ""
    user_defined: bool = False


@dataclass(frozen=True)
class Preset:
    id: str
    name: str
    description: str
    source: str
    scenario: dict[str, Any] = field(default_factory=dict)


# ----- strict CSV reading -------------------------------------------------------------------------


class _Rows:
    """Iterates a CSV with typed getters that name file, row and column on error."""

    def __init__(self, path: Path, required: list[str]):
        self.path = path
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise CatalogError(f"{path.name}: resource file is missing ({path})") from None
        except (OSError, UnicodeDecodeError) as err:
            raise CatalogError(f"{path.name}: cannot read resource file ({err})") from None
        self.reader = csv.DictReader(text.splitlines())
        header = self.reader.fieldnames or []
        missing = [c for c in required if c not in header]
        if missing:
            raise CatalogError(f"{path.name}: header lacks column(s) {', '.join(missing)}")
        self.row: dict[str, str] = {}
        self.line = 1

    def __iter__(self):
        for i, row in enumerate(self.reader, start=2):
            self.line = i
            if None in row or any(v is None for v in row.values()):
                raise CatalogError(f"{self.path.name}: row {i}: wrong number of columns")
            self.row = row
            yield self

    def _err(self, col: str, why: str) -> CatalogError:
        return CatalogError(
            f"{self.path.name}: row {self.line}, column '{col}': {why} ({self.row.get(col)!r})"
        )

    def text(self, col: str, required: bool = False) -> str:
        v = (self.row.get(col) or "").strip()
        if required and not v:
            raise self._err(col, "value is required")
        return v

    def num(self, col: str, lo: float, hi: float, required: bool = False) -> float | None:
        v = self.text(col)
        if not v:
            if required:
                raise self._err(col, "value is required")
            return None
        try:
            x = float(v)
        except ValueError:
            raise self._err(col, "not a number") from None
        if not (lo <= x <= hi):
            raise self._err(col, f"outside {lo:g} to {hi:g}")
        return x

    def year(self, col: str) -> int | None:
        v = self.num(col, 1950, 2100)
        return int(v) if v is not None else None


def slug(*parts: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", " ".join(parts).lower()).strip("-")


_PEAK_COLS = {
    "fp32": "fp32_tflops",
    "tf32": "tf32_tflops_dense",
    "bf16": "fp16_bf16_tflops_dense",
    "fp8": "fp8_tflops_dense",
    "int8": "int8_tops_dense",
}


def load_accelerators(data_dir: Path = DATA) -> dict[str, Accelerator]:
    path = data_dir / "accelerators.csv"
    rows = _Rows(
        path, ["vendor", "model", "type", "tdp_w", "memory_gb", "memory_bandwidth_gbps", *_PEAK_COLS.values()]
    )
    supplement = _load_supplement(data_dir / "accelerators_supplement.csv")
    out: dict[str, Accelerator] = {}
    for r in rows:
        vendor, model = r.text("vendor", True), r.text("model", True)
        aid = slug(vendor, model)
        typ = r.text("type", True)
        if typ not in ("GPU", "TPU", "ASIC"):
            raise r._err("type", "must be GPU, TPU or ASIC")
        peaks = {p: v for p, c in _PEAK_COLS.items() if (v := r.num(c, 0.01, 1e6)) is not None}
        values = {
            "tdp_w": r.num("tdp_w", 1, 5000),
            "memory_gb": r.num("memory_gb", 0.1, 10000),
            "memory_bandwidth_gbps": r.num("memory_bandwidth_gbps", 1, 1e6),
        }
        notes = r.text("notes")
        sources = [r.text("source_specs")]
        for col, (value, src) in supplement.get(aid, {}).items():
            if values.get(col) is None:
                values[col] = value
                sources.append(f"{col}: {src}")
        if aid in out:
            raise r._err("model", "duplicate accelerator")
        out[aid] = Accelerator(
            id=aid,
            vendor=vendor,
            name=model,
            type=typ,
            release_year=r.year("release_year"),
            peak_tflops=peaks,
            embodied_kgco2e=r.num("embodied_kgco2e", 0, 1e5),
            embodied_scope=r.text("embodied_scope"),
            source="; ".join(s for s in sources if s),
            notes=notes,
            **values,
        )
    if not out:
        raise CatalogError(f"{path.name}: no rows")
    return out


def _load_supplement(path: Path) -> dict[str, dict[str, tuple[float, str]]]:
    """Gaps in the vendor table filled from a named datasheet: ``id, column, value, source``."""
    if not path.exists():
        return {}
    rows = _Rows(path, ["id", "column", "value", "source"])
    out: dict[str, dict[str, tuple[float, str]]] = {}
    for r in rows:
        col = r.text("column", True)
        if col not in ("tdp_w", "memory_gb", "memory_bandwidth_gbps"):
            raise r._err("column", "not a fillable column")
        out.setdefault(r.text("id", True), {})[col] = (
            r.num("value", 0.001, 1e7, True),
            r.text("source", True),
        )
    return out


def load_regions(data_dir: Path = DATA) -> dict[str, Region]:
    out: dict[str, Region] = {}
    rows = _Rows(data_dir / "grid_intensity.csv", ["code", "name", "year", "gco2e_per_kwh", "source"])
    for r in rows:
        code = r.text("code", True)
        if code in out:
            raise r._err("code", "duplicate region code")
        out[code] = Region(
            code=code,
            name=r.text("name", True),
            gco2e_per_kwh=r.num("gco2e_per_kwh", 0, 2000, True),
            year=r.year("year"),
            source=r.text("source", True),
            basis=r.text("basis"),
            level=r.text("level") or "country",
            country_code=code.split("-")[0] if len(code.split("-")[0]) == 2 else "",
            notes=r.text("notes"),
            iso3=r.text("iso3"),
        )
    rows = _Rows(
        data_dir / "cloud_regions.csv",
        ["provider", "region_id", "location_name", "gco2e_per_kwh", "intensity_year", "source"],
    )
    for r in rows:
        provider, rid = r.text("provider", True), r.text("region_id", True)
        code = f"{provider}:{rid}"
        if code in out:
            raise r._err("region_id", "duplicate cloud region")
        cfe = r.num("google_cfe_pct", 0, 100)
        out[code] = Region(
            code=code,
            name=f"{provider.upper()} {rid} – {r.text('location_name', True)}",
            gco2e_per_kwh=r.num("gco2e_per_kwh", 0, 2000, True),
            year=r.year("intensity_year"),
            source=r.text("source", True),
            basis=r.text("intensity_basis"),
            level="cloud",
            provider=provider,
            country_code=r.text("country_code"),
            pue=r.num("pue", 1.0, 3.0),
            cfe_pct=cfe,
            notes=r.text("notes"),
        )
    return out


def load_pue_profiles(data_dir: Path = DATA) -> dict[str, PueProfile]:
    rows = _Rows(data_dir / "pue_profiles.csv", ["profile_id", "name", "pue", "wue_l_per_kwh", "source"])
    out: dict[str, PueProfile] = {}
    for r in rows:
        pid = r.text("profile_id", True)
        if pid in out:
            raise r._err("profile_id", "duplicate profile")
        out[pid] = PueProfile(
            id=pid,
            name=r.text("name", True),
            pue=r.num("pue", 1.0, 3.0),
            pue_low=r.num("pue_low", 1.0, 3.0),
            pue_high=r.num("pue_high", 1.0, 3.0),
            wue_l_per_kwh=r.num("wue_l_per_kwh", 0, 20),
            year=r.year("year"),
            scope=r.text("scope"),
            source=r.text("source", True),
            notes=r.text("notes"),
        )
    return out


def load_presets(path: Path = RESOURCES / "presets.json") -> dict[str, Preset]:
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise CatalogError(f"{path.name}: resource file is missing ({path})") from None
    except (OSError, ValueError) as err:
        raise CatalogError(f"{path.name}: cannot read presets ({err})") from None
    out: dict[str, Preset] = {}
    for i, item in enumerate(raw if isinstance(raw, list) else [], start=1):
        try:
            p = Preset(
                id=item["id"],
                name=item["name"],
                description=item["description"],
                source=item["source"],
                scenario=item["scenario"],
            )
        except (KeyError, TypeError) as err:
            raise CatalogError(f"{path.name}: preset #{i}: missing key {err}") from None
        out[p.id] = p
    if not out:
        raise CatalogError(f"{path.name}: no presets")
    return out


@dataclass(frozen=True)
class Catalog:
    accelerators: dict[str, Accelerator]
    regions: dict[str, Region]
    pue_profiles: dict[str, PueProfile]
    presets: dict[str, Preset]

    @cached_property
    def comparable_ids(self) -> tuple[str, ...]:
        """Accelerators with every figure an estimate needs (worked out once: asked on every slider frame)."""
        return tuple(aid for aid, acc in self.accelerators.items() if not acc.missing_for_inference())

    def accelerator(self, aid: str, custom: Any = None) -> Accelerator:
        """A catalog accelerator, or a user-defined one from a scenario's ``custom`` definitions."""
        if custom is not None and aid in custom.accelerators:
            return accelerator_from_custom(aid, custom.accelerators[aid])
        try:
            return self.accelerators[aid]
        except KeyError:
            raise KeyError(f"unknown accelerator '{aid}'; see 'main.py catalog accelerators'") from None

    def region(self, code: str, custom: Any = None) -> Region:
        """A catalog region, or a user-defined grid from a scenario's ``custom`` definitions."""
        if custom is not None and code in custom.regions:
            g = custom.regions[code]
            return Region(
                code=code,
                name=g.name,
                gco2e_per_kwh=g.gco2e_per_kwh,
                year=None,
                source=g.source,
                basis="user-defined",
                level="user",
                user_defined=True,
            )
        return self.regions[self.region_code(code)]

    def region_code(self, text: str) -> str:
        """The catalog code a person meant: the code itself, in any case, its ISO 3166 alpha-3 code or the
        region's name (``jp``, ``JPN``, ``Japan`` -> ``JP``); KeyError naming the nearest codes otherwise."""
        if text in self.regions:
            return text
        folded = text.strip().casefold()
        for code, r in self.regions.items():
            if folded in (code.casefold(), r.iso3.casefold(), r.name.casefold()) and folded:
                return code
        import difflib

        names = {code.casefold(): code for code in self.regions}
        names.update({r.name.casefold(): code for code, r in self.regions.items()})
        near = difflib.get_close_matches(folded, list(names), n=3, cutoff=0.6)
        hint = f"; did you mean {', '.join(dict.fromkeys(names[n] for n in near))}?" if near else ""
        raise KeyError(f"unknown region '{text}'{hint} (see 'main.py catalog regions')")

    def accelerators_with(self, custom: Any = None) -> dict[str, Accelerator]:
        """Catalog accelerators followed by the user's own (marked ``user_defined``)."""
        out = dict(self.accelerators)
        if custom is not None:
            out.update({k: accelerator_from_custom(k, v) for k, v in custom.accelerators.items()})
        return out

    def regions_with(self, custom: Any = None) -> dict[str, Region]:
        """Catalog regions followed by the user's own grids."""
        out = dict(self.regions)
        if custom is not None:
            out.update({k: self.region(k, custom) for k in custom.regions})
        return out


def accelerator_from_custom(aid: str, d: Any) -> Accelerator:
    """A user-defined accelerator (``core.scenario.CustomAccelerator``) as a catalog entry."""
    return Accelerator(
        id=aid,
        vendor=d.vendor,
        name=d.name,
        type=d.type,
        release_year=None,
        tdp_w=d.tdp_w,
        memory_gb=d.memory_gb,
        memory_bandwidth_gbps=d.memory_bandwidth_gbps,
        peak_tflops=dict(d.peak_tflops),
        embodied_kgco2e=d.embodied_kgco2e,
        embodied_scope="user-defined product total",
        source=d.source,
        idle_w=d.idle_w,
        user_defined=True,
    )


@cache
def catalog() -> Catalog:
    """The shipped catalog, loaded once per process."""
    return Catalog(
        accelerators=load_accelerators(),
        regions=load_regions(),
        pue_profiles=load_pue_profiles(),
        presets=load_presets(),
    )


# ----- prices, exchange rates, scale references, everyday equivalents (issue 15) -------------------

#: ISO 4217 codes the app converts between (the currencies of ``exchange_rates.csv`` and US dollars).
CURRENCY_PATTERN = re.compile(r"^[A-Z]{3}$")


def _year_of(r: _Rows, col: str) -> int:
    """The calendar year a cell starts with: ``2025``, ``FY2022`` (Japanese fiscal year), ``2023 (annual average)``."""
    m = re.search(r"(19|20)\d\d", r.text(col, True))
    if not m:
        raise r._err(col, "no year in the value")
    return int(m.group(0))


@dataclass(frozen=True)
class ElectricityPrice:
    """One published average electricity price, in the currency's main unit per kWh, with its basis."""

    code: str
    name: str
    year: int
    year_text: str
    price_per_kwh: float
    currency: str
    customer_class: str
    taxes: str
    default: bool
    licence: str
    source: str
    notes: str = ""


@dataclass(frozen=True)
class ExchangeRate:
    currency: str
    per_usd: float  # units of ``currency`` per US dollar
    year: int
    date: str
    source: str


@dataclass(frozen=True)
class ScaleReference:
    id: str
    name: str
    value: float
    unit: str
    year: str
    licence: str
    source: str
    notes: str = ""


@dataclass(frozen=True)
class EquivalentFactor:
    """How much energy (kWh) or CO2e (kg) one everyday unit stands for, with its source and year."""

    key: str
    quantity: str  # energy_kwh | co2e_kg
    per_unit: float
    factor_unit: str
    unit: str
    year: str
    source: str
    source_ja: str
    licence: str
    notes: str = ""


def load_prices(data_dir: Path = DATA) -> dict[str, list[ElectricityPrice]]:
    """Prices by region code; exactly one row per code is marked ``default`` (the one the estimate uses)."""
    rows = _Rows(
        data_dir / "electricity_prices.csv",
        ["code", "year", "price", "currency", "customer_class", "taxes", "default", "licence", "source"],
    )
    out: dict[str, list[ElectricityPrice]] = {}
    for r in rows:
        code = r.text("code", True)
        currency = r.text("currency", True)
        if not CURRENCY_PATTERN.match(currency):
            raise r._err("currency", "not an ISO 4217 code")
        default = r.text("default")
        if default not in ("", "yes"):
            raise r._err("default", "must be 'yes' or empty")
        if default and any(p.default for p in out.get(code, [])):
            raise r._err("default", "a second default price for this region")
        out.setdefault(code, []).append(
            ElectricityPrice(
                code=code,
                name=r.text("name", True),
                year=_year_of(r, "year"),
                year_text=r.text("year"),
                # cheapest published business tariffs are a few cents; 1,000 per kWh covers JPY, KRW and INR
                price_per_kwh=r.num("price", 0.001, 1000.0, True),
                currency=currency,
                customer_class=r.text("customer_class", True),
                taxes=r.text("taxes", True),
                default=bool(default),
                licence=r.text("licence", True),
                source=r.text("source", True),
                notes=r.text("notes"),
            )
        )
    for code, prices in out.items():
        if not any(p.default for p in prices):
            raise CatalogError(f"electricity_prices.csv: region '{code}' has no row marked default")
    return out


def load_exchange_rates(data_dir: Path = DATA) -> dict[str, dict[int, ExchangeRate]]:
    rows = _Rows(data_dir / "exchange_rates.csv", ["currency", "per_usd", "year", "date", "source"])
    out: dict[str, dict[int, ExchangeRate]] = {}
    for r in rows:
        cur = r.text("currency", True)
        if not CURRENCY_PATTERN.match(cur):
            raise r._err("currency", "not an ISO 4217 code")
        year = _year_of(r, "year")
        if year in out.get(cur, {}):
            raise r._err("year", "duplicate rate for this currency and year")
        out.setdefault(cur, {})[year] = ExchangeRate(
            cur, r.num("per_usd", 1e-4, 1e6, True), year, r.text("date", True), r.text("source", True)
        )
    return out


def load_scale_references(data_dir: Path = DATA) -> dict[str, ScaleReference]:
    rows = _Rows(
        data_dir / "scale_references.csv", ["id", "name", "value", "unit", "year", "licence", "source"]
    )
    out: dict[str, ScaleReference] = {}
    for r in rows:
        rid = r.text("id", True)
        if rid in out:
            raise r._err("id", "duplicate reference")
        out[rid] = ScaleReference(
            rid,
            r.text("name", True),
            r.num("value", 1e-9, 1e11, True),
            r.text("unit", True),
            r.text("year", True),
            r.text("licence", True),
            r.text("source", True),
            r.text("notes"),
        )
    return out


def load_equivalents(data_dir: Path = DATA) -> dict[str, EquivalentFactor]:
    rows = _Rows(
        data_dir / "equivalents.csv",
        ["id", "quantity", "factor", "factor_unit", "unit", "year", "source", "source_ja", "licence"],
    )
    out: dict[str, EquivalentFactor] = {}
    for r in rows:
        key = r.text("id", True)
        if key in out:
            raise r._err("id", "duplicate equivalent")
        quantity = r.text("quantity", True)
        if quantity not in ("energy_kwh", "co2e_kg"):
            raise r._err("quantity", "must be energy_kwh or co2e_kg")
        out[key] = EquivalentFactor(
            key=key,
            quantity=quantity,
            per_unit=r.num("factor", 1e-6, 1e7, True),
            factor_unit=r.text("factor_unit", True),
            unit=r.text("unit", True),
            year=r.text("year", True),
            source=r.text("source", True),
            source_ja=r.text("source_ja", True),
            licence=r.text("licence", True),
            notes=r.text("notes"),
        )
    if not out:
        raise CatalogError("equivalents.csv: no rows")
    return out


@dataclass(frozen=True)
class EconomicTables:
    prices: dict[str, list[ElectricityPrice]]
    rates: dict[str, dict[int, ExchangeRate]]
    references: dict[str, ScaleReference]
    equivalents: dict[str, EquivalentFactor]


@cache
def economic_tables() -> EconomicTables:
    """Prices, exchange rates, scale references and equivalents, loaded once per process."""
    return EconomicTables(load_prices(), load_exchange_rates(), load_scale_references(), load_equivalents())


# ----- integrity ---------------------------------------------------------------------------------

MANIFEST = RESOURCES / "MANIFEST.sha256"


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def verify_resources(root: Path = RESOURCES) -> list[str]:
    """Compare every file listed in ``MANIFEST.sha256`` with its checksum; returns problems found."""
    manifest = root / MANIFEST.name
    if not manifest.exists():
        return [f"{manifest.name}: resource manifest is missing"]
    problems = []
    for line in manifest.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        digest, _, rel = line.partition("  ")
        p = root / rel
        if not p.exists():
            problems.append(f"{rel}: resource file is missing")
        elif file_digest(p) != digest:
            problems.append(f"{rel}: resource file is damaged or was changed (checksum mismatch)")
    return problems


def write_manifest(root: Path = RESOURCES) -> Path:
    """Recompute ``MANIFEST.sha256`` over every shipped resource (used by ``make resources``)."""
    files = sorted(
        p for p in root.rglob("*") if p.is_file() and p.name != MANIFEST.name and "__pycache__" not in p.parts
    )
    lines = [f"{file_digest(p)}  {p.relative_to(root).as_posix()}" for p in files]
    out = root / MANIFEST.name
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return out
