"""The autosave's two files: the newest whole one wins, a torn one is passed over, a new session's first
write outranks what an earlier session left."""

from __future__ import annotations

from core.scenario import Scenario
from gui.window.autosave import AutosaveSlots


def test_newest_whole_file_wins_and_a_torn_one_is_skipped(tmp_path):
    slots = AutosaveSlots(tmp_path)
    for pue in (1.1, 1.2, 1.3):
        slots.write(Scenario(datacenter={"pue": pue}))
    assert slots.read()[0].datacenter.pue == 1.3
    # writes alternate: the third went to the first file. A kill in the middle of it cuts it short.
    newest = slots.paths[0]
    newest.write_bytes(newest.read_bytes()[:40])
    assert slots.read()[0].datacenter.pue == 1.2  # the change before it
    slots.write(Scenario(datacenter={"pue": 1.4}))  # the next write goes over the older, whole file
    assert slots.read()[0].datacenter.pue == 1.4


def test_tail_left_by_a_kill_before_truncation_is_not_read(tmp_path):
    slots = AutosaveSlots(tmp_path)
    slots.write(Scenario(name="a long name " * 10, datacenter={"pue": 1.1}))
    slots.write(Scenario(datacenter={"pue": 1.2}))
    target = slots.paths[0]  # the next write goes here, over the long file
    long_text = target.read_bytes()
    slots.write(Scenario(datacenter={"pue": 1.3}))
    short_text = target.read_bytes()
    assert len(short_text) < len(long_text)
    target.write_bytes(short_text + long_text[len(short_text) :])  # as if truncate() never ran
    assert slots.read()[0].datacenter.pue == 1.2


def test_first_write_of_a_session_outranks_a_leftover(tmp_path):
    old = AutosaveSlots(tmp_path)
    for pue in (1.1, 1.2, 1.3, 1.4, 1.5):
        old.write(Scenario(datacenter={"pue": pue}))
    assert len(old.files()) == 2
    new = AutosaveSlots(tmp_path)  # the next session: its count starts again at one
    new.write(Scenario(datacenter={"pue": 2.0}))
    assert new.files() == [new.paths[0]]
    assert new.read()[0].datacenter.pue == 2.0
    new.discard()
    assert new.files() == [] and new.read() is None
