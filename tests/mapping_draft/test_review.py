"""The review loop: draft -> edit by hand -> draft again keeps the edits (and says where the
text disagrees); every version is an event; approve marks the one jobs may use; a job's
recorded content version names its mapping version."""

from __future__ import annotations

from pathlib import Path

import orjson
import yaml

from syncwright.mapping.draft.history import approved_version, version_of, versions
from syncwright.store import open_store
from tests.helpers import cli

TEXT1 = "Map email, last name and company. If the company is blank use 'Unknown'."
TEXT2 = "Map email, last name and company. If the company is blank use 'n/a'. Rating is always 'Warm'."


def _draft(tmp: Path, text: str, store: Path) -> dict:
    proc = cli("mapping", "draft", text, "--from", "hubspot.contacts", "--to", "salesforce.Lead",
               "-o", str(tmp / "leads.yaml"), "--name", "leads", "--json", store=store)
    assert proc.returncode == 0, proc.stderr
    return orjson.loads(proc.stdout)


def test_hand_edits_survive_a_regeneration_and_versions_are_events(tmp_path: Path) -> None:
    store = tmp_path / "s.db"
    first = _draft(tmp_path, TEXT1, store)
    assert first["conflicts"] == []
    path = tmp_path / "leads.yaml"
    spec = yaml.safe_load(path.read_text())
    # a person edits LastName by hand and adds a rule of their own
    for r in spec["rules"]:
        if r["to"] == "LastName":
            r["transform"] = ["title"]
    spec["rules"].append({"to": "Description", "value": "hand-written"})
    path.write_text(yaml.safe_dump(spec, sort_keys=False))

    second = _draft(tmp_path, TEXT2, store)
    rules = {r["to"]: r for r in yaml.safe_load(path.read_text())["rules"]}
    assert rules["LastName"]["transform"] == ["title"]  # kept, not overwritten
    assert rules["Description"]["value"] == "hand-written"  # hand-added: kept
    assert rules["Company"]["default"] == "n/a" and rules["Rating"]["value"] == "Warm"  # drafted: regenerated
    assert [c["field"] for c in second["conflicts"]] == ["LastName"]
    assert second["conflicts"][0]["drafted"] == {"to": "LastName", "from": "lastname"}

    st = open_store(str(store))
    try:
        vs = versions(st, "leads")
        assert [v["version"] for v in vs] == [1, 2]
        assert vs[0]["text"] == TEXT1 and vs[1]["engine"] == "offline"
        assert "+  default: n/a" in vs[1]["diff"] and "-  default: Unknown" in vs[1]["diff"]
        assert approved_version(st, "leads") is None
    finally:
        st.close()

    hist = cli("mapping", "history", "leads", "--json", store=store)
    assert hist.returncode == 0 and len(orjson.loads(hist.stdout)) == 2
    ok = cli("mapping", "approve", "leads", "--version", "1", store=store)
    assert ok.returncode == 0 and "approved version 1" in ok.stdout
    bad = cli("mapping", "approve", "leads", "--version", "9", store=store)
    assert bad.returncode == 2 and "has no version 9" in bad.stderr

    st = open_store(str(store))
    try:
        assert approved_version(st, "leads")["version"] == 1  # type: ignore[index]
        # a job records the content version of the mapping file it ran with; the file as
        # drafted the second time (hand edits kept) is version 2
        from syncwright.mapping.spec import load_mapping

        assert version_of(st, "leads", load_mapping(path).content_version) == 2
        assert version_of(st, "leads", "m-000000000000") is None
    finally:
        st.close()
