"""The shipped data: typed loaders, clear errors on damaged files, provenance, checksums, no Qt in core."""

import ast
import shutil
from pathlib import Path

import pytest

from core.catalog import (
    DATA,
    RESOURCES,
    CatalogError,
    catalog,
    load_accelerators,
    load_regions,
    verify_resources,
)

ROOT = Path(__file__).resolve().parents[2]


def test_catalog_contents_and_provenance():
    c = catalog()
    assert len(c.accelerators) == 26
    h100 = c.accelerators["nvidia-h100-sxm5-80gb"]
    assert (h100.type, h100.tdp_w, h100.memory_gb, h100.peak_tflops["bf16"]) == ("GPU", 700, 80, 989.4)
    assert h100.flop_per_joule == pytest.approx(989.4e12 / 700)
    assert {a.type for a in c.accelerators.values()} == {"GPU", "TPU", "ASIC"}
    assert all(a.source for a in c.accelerators.values())
    # the V100's bandwidth comes from the supplement, with its source named
    v100 = c.accelerators["nvidia-v100-sxm2-32gb"]
    assert v100.memory_bandwidth_gbps == 900 and "V100 datasheet" in v100.source
    assert c.regions["WORLD"].gco2e_per_kwh == pytest.approx(473.01)
    assert c.regions["JP"].gco2e_per_kwh == pytest.approx(482.32)
    assert c.regions["gcp:asia-northeast1"].level == "cloud"
    assert all(r.source for r in c.regions.values())
    assert len(c.pue_profiles) == 19
    assert all(p.source for p in c.presets.values())


def test_accelerator_precision_fallback():
    v100 = catalog().accelerators["nvidia-v100-sxm2-32gb"]
    assert v100.peak_flops("fp8") == v100.peak_flops("bf16") == 125e12  # no FP8 on Volta: 16-bit speed
    assert v100.peak_flops("tf32") == 15e12  # no TF32 on Volta: FP32 speed


def _damaged(tmp_path, name, edit):
    d = tmp_path / f"data-{len(list(tmp_path.iterdir()))}"
    shutil.copytree(DATA, d)
    p = d / name
    lines = p.read_text(encoding="utf-8").splitlines()
    lines = edit(lines)
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return d


def test_broken_number_names_file_row_and_column(tmp_path):
    def edit(lines):
        lines[3] = lines[3].replace(",400,", ",four hundred,", 1)
        return lines

    d = _damaged(tmp_path, "accelerators.csv", edit)
    with pytest.raises(CatalogError, match=r"accelerators.csv: row 4, column 'tdp_w': not a number"):
        load_accelerators(d)


def test_out_of_range_and_truncated_rows(tmp_path):
    d = _damaged(
        tmp_path, "grid_intensity.csv", lambda ls: [ls[0], ls[1].replace(",473.01,", ",-5,"), *ls[2:]]
    )
    with pytest.raises(
        CatalogError, match=r"grid_intensity.csv: row 2, column 'gco2e_per_kwh': outside 0 to 2000"
    ):
        load_regions(d)
    d = _damaged(tmp_path, "accelerators.csv", lambda ls: [*ls[:3], ls[3][:40]])
    with pytest.raises(CatalogError, match=r"accelerators.csv: row 4"):
        load_accelerators(d)


def test_missing_file_and_missing_column(tmp_path):
    with pytest.raises(CatalogError, match=r"accelerators.csv: resource file is missing"):
        load_accelerators(tmp_path)
    d = _damaged(tmp_path, "accelerators.csv", lambda ls: [ls[0].replace("tdp_w", "tdp"), *ls[1:]])
    with pytest.raises(CatalogError, match=r"header lacks column\(s\) tdp_w"):
        load_accelerators(d)


def test_resources_match_their_checksums(tmp_path):
    assert verify_resources() == []
    copy = tmp_path / "resources"
    shutil.copytree(RESOURCES, copy)
    (copy / "data" / "pue_profiles.csv").write_text("tampered", encoding="utf-8")
    (copy / "presets.json").unlink()
    problems = verify_resources(copy)
    assert any("pue_profiles.csv" in p and "checksum" in p for p in problems)
    assert any("presets.json" in p and "missing" in p for p in problems)


def test_core_never_imports_qt():
    for path in (ROOT / "core").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            for n in names:
                assert n.split(".")[0] not in {"PySide6", "pyqtgraph", "shiboken6", "gui"}, f"{path}: {n}"


def test_app_never_reads_shared_at_run_time():
    for folder in ("core", "gui"):
        for path in (ROOT / folder).rglob("*.py"):
            assert "../shared" not in path.read_text(encoding="utf-8"), path
