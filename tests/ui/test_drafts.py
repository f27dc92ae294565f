"""Recovery drafts on disk: atomic, keyed by form and record, listed for the start-up offer."""

from __future__ import annotations

import json

from kopdes_desktop.ui.drafts import DraftStore, draft_opener, register_draft_opener


def test_a_draft_round_trips_and_is_listed_until_deleted(tmp_path):
    store = DraftStore(tmp_path)
    assert store.pending() == []
    store.save("person", None, {"name": "Siti Aminah", "nik": "31740"}, title="Orang: Siti")
    store.save("cooperative", "abc-123", {"name": "KKMP Melawai"}, context={"tab": 2})
    draft = store.load("person", "new")
    assert draft is not None
    assert draft.state == {"name": "Siti Aminah", "nik": "31740"}
    assert draft.title == "Orang: Siti"
    assert [d.kind for d in store.pending()] == ["person", "cooperative"]
    assert store.load("cooperative", "abc-123").context == {"tab": 2}
    store.delete("person", None)
    assert not store.exists("person", None)
    assert [d.kind for d in store.pending()] == ["cooperative"]


def test_writes_leave_no_temporary_files_and_replace_the_old_draft(tmp_path):
    store = DraftStore(tmp_path)
    store.save("person", "p1", {"name": "A"})
    store.save("person", "p1", {"name": "B"})
    files = sorted(p.name for p in (tmp_path / "drafts").iterdir())
    assert files == ["person--p1.json"]
    assert json.loads((tmp_path / "drafts" / files[0]).read_text())["state"] == {"name": "B"}


def test_a_damaged_draft_is_ignored_not_fatal(tmp_path):
    store = DraftStore(tmp_path)
    store.folder.mkdir(parents=True)
    (store.folder / "person--new.json").write_text("{ half a fi", encoding="utf-8")
    assert store.pending() == []
    assert store.load("person", None) is None


def test_record_ids_cannot_escape_the_drafts_folder(tmp_path):
    store = DraftStore(tmp_path)
    path = store.save("person", "../../etc/passwd", {})
    assert path.parent == tmp_path / "drafts"


def test_openers_are_registered_by_kind():
    def opener(services, parent, draft):
        return None

    register_draft_opener("test_kind", opener)
    assert draft_opener("test_kind") is opener
    assert draft_opener("never_registered") is None
